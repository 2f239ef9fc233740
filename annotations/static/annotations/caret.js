// Selecting without a mouse. With the focus on the article text (Tab to it, or on one of its highlights):
// → / ← move a caret to the next / previous word, ↓ / ↑ to the next / previous sentence, and with Shift they extend
// a selection from where the caret was; c / q / o then tag it as for a mouse selection. The caret is drawn with the
// CSS Custom Highlight API, so the text's DOM is never touched; the selection is the browser's own, so the same code
// turns it into code-point offsets.

const WORD_KEYS = { ArrowRight: 1, ArrowLeft: -1 };
const SENTENCE_KEYS = { ArrowDown: 1, ArrowUp: -1 };

/** Sorted UTF-16 boundaries of word-like segments (starts and ends) and of sentences, computed once per page. */
function segmentBounds(text) {
  const wordStarts = [];
  const wordEnds = [];
  for (const { index, segment, isWordLike } of new Intl.Segmenter(undefined, { granularity: "word" }).segment(text)) {
    if (!isWordLike) continue;
    wordStarts.push(index);
    wordEnds.push(index + segment.length);
  }
  const sentenceStarts = [];
  const sentenceEnds = [];
  for (const { index, segment } of new Intl.Segmenter(undefined, { granularity: "sentence" }).segment(text)) {
    const trimmed = segment.replace(/^\s+/, "");
    const start = index + (segment.length - trimmed.length);
    const end = index + segment.replace(/\s+$/, "").length;
    if (end > start) {
      // A sentence starts at its first word: "🔹 G7 leaders…" starts at "G7".
      const word = wordStarts.find((w) => w >= start);
      sentenceStarts.push(word !== undefined && word < end ? word : start);
      sentenceEnds.push(end);
    }
  }
  return { wordStarts, wordEnds, sentenceStarts, sentenceEnds };
}

const firstAfter = (list, pos) => list.find((x) => x > pos);
const lastBefore = (list, pos) => { let found; for (const x of list) { if (x < pos) found = x; else break; } return found; };

export class KeyboardCaret {
  constructor({ root, view, cpText, onSay }) {
    Object.assign(this, { root, view, onSay });
    this.text = cpText.text;
    this.bounds = null;
    this.position = null; // UTF-16 offset of the caret in the text
    this.anchor = null; // UTF-16 offset where the selection started, while extending
    this.highlight = typeof Highlight !== "undefined" && CSS.highlights ? new Highlight() : null;
    if (this.highlight) CSS.highlights.set("kb-caret", this.highlight);
    root.addEventListener("focus", () => { if (this.position === null && root.matches(":focus-visible")) this.place(0); });
  }

  /** Keys for the caret, when the focus is on the text or on a highlight in it. Returns true when used. */
  handleKey(event) {
    const inText = event.target === this.root || (this.root.contains(event.target) && event.target.matches?.(".hl-handle, .sg-handle"));
    if (!inText) return false;
    const words = WORD_KEYS[event.key];
    const sentences = SENTENCE_KEYS[event.key];
    if (!words && !sentences) {
      if (event.key === "Escape" && this.anchor !== null) {
        this.anchor = null;
        document.getSelection().removeAllRanges();
        this.draw();
        return true;
      }
      return false;
    }
    this.bounds ||= segmentBounds(this.text);
    if (this.position === null) this.position = this.startingPoint(event.target);
    const b = this.bounds;
    const forward = (words || sentences) > 0;
    let target;
    if (event.shiftKey) {
      if (this.anchor === null) this.anchor = this.position;
      const ends = words ? b.wordEnds : b.sentenceEnds;
      const starts = words ? b.wordStarts : b.sentenceStarts;
      target = forward ? firstAfter(ends, this.position) : lastBefore(starts, this.position);
    } else {
      this.anchor = null;
      const starts = words ? b.wordStarts : b.sentenceStarts;
      target = forward ? firstAfter(starts, this.position) : lastBefore(starts, this.position);
    }
    if (target !== undefined) this.position = target;
    if (event.target !== this.root) this.root.focus({ preventScroll: true });
    this.draw();
    return true;
  }

  /** From a focused highlight, the caret starts at its first character. */
  startingPoint(target) {
    const id = target?.dataset?.spanId;
    const span = id ? this.view.spans.get(Number(id)) : null;
    if (!span) return 0;
    return this.view.u16[this.view.chunkAt(span.start)]
      + this.view.cpText.slice(this.view.bounds[this.view.chunkAt(span.start)], span.start).length;
  }

  /** Put the caret at a code-point offset (after a span is made, it goes on from the span's end). */
  moveTo(cp) {
    const chunk = this.view.chunkAt(Math.min(cp, this.view.cpText.length));
    this.position = this.view.u16[chunk] + this.view.cpText.slice(this.view.bounds[chunk], cp).length;
    this.anchor = null;
    this.draw({ quiet: true });
  }

  place(u16) {
    this.position = u16;
    this.draw();
  }

  draw({ quiet = false } = {}) {
    const selection = document.getSelection();
    const [node, offset] = this.view.domPoint(this.position);
    if (this.anchor !== null && this.anchor !== this.position) {
      const [anchorNode, anchorOffset] = this.view.domPoint(this.anchor);
      selection.setBaseAndExtent(anchorNode, anchorOffset, node, offset);
    } else if (this.anchor !== null) {
      selection.removeAllRanges();
    }
    // The caret: the word it stands before, shaded.
    this.bounds ||= segmentBounds(this.text);
    const end = firstAfter(this.bounds.wordEnds, this.position) ?? this.position;
    const range = document.createRange();
    range.setStart(node, offset);
    const [endNode, endOffset] = this.view.domPoint(Math.max(end, this.position));
    range.setEnd(endNode, endOffset);
    if (this.highlight) {
      this.highlight.clear();
      if (this.anchor === null) this.highlight.add(range);
    }
    const rect = range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) {
      window.scrollBy({ top: rect.top - window.innerHeight / 3 });
    }
    if (quiet) return;
    // What the caret stands before: a few words, so moving by sentence says which sentence it reached.
    const ahead = this.bounds.wordEnds.filter((x) => x > this.position).slice(0, 6);
    const upTo = ahead.length ? ahead[ahead.length - 1] : this.position;
    const shown = this.anchor !== null ? selection.toString() : this.text.slice(this.position, upTo);
    const clipped = shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
    this.onSay(this.anchor !== null ? `Selected: “${clipped}” (c, q or o to tag it)` : `Caret before “${clipped}”`);
  }
}
