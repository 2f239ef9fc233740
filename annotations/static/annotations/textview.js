// The article text as chunks (paragraphs, long ones cut at a space): each chunk is its own element and knows the
// spans and suggestions that touch it, so a change re-renders only the chunks the old and new offsets touch; a
// 1,000-span article costs a paragraph's work per action, not the whole text's.
import { cpLength } from "./offsets.js";
import { renderRange } from "./render.js";

const LONG_CHUNK = 3000; // code points: past this a paragraph is cut at the next space, so no chunk costs much

/** Chunk boundaries in code points: after each run of line breaks, and at a space once a chunk grows long. */
export function chunkBounds(cpText) {
  const bounds = [0];
  const chars = cpText.chars;
  let last = 0;
  for (let i = 0; i < chars.length; i++) {
    const breakHere = chars[i] === "\n" && chars[i + 1] !== "\n";
    const longHere = i - last >= LONG_CHUNK && chars[i] === " ";
    if ((breakHere || longHere) && i + 1 < chars.length) {
      bounds.push(i + 1);
      last = i + 1;
    }
  }
  bounds.push(chars.length);
  return bounds;
}

export class TextView {
  constructor(root, cpText) {
    this.root = root;
    this.cpText = cpText;
    this.bounds = chunkBounds(cpText);
    this.count = this.bounds.length - 1;
    this.spanIds = Array.from({ length: this.count }, () => new Set());
    this.sgIds = Array.from({ length: this.count }, () => new Set());
    this.spans = new Map();
    this.suggestions = new Map();
    this.selectedId = null;
    this.chunks = [];
    // UTF-16 start of every chunk, for the keyboard caret (Intl.Segmenter counts UTF-16 units).
    this.u16 = [0];
    for (let i = 0; i < this.count; i++) {
      this.u16.push(this.u16[i] + cpText.slice(this.bounds[i], this.bounds[i + 1]).length);
    }
  }

  /** Index of the chunk holding code point `cp` (binary search). */
  chunkAt(cp) {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.bounds[mid] <= cp) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  chunksOf(item) {
    const first = this.chunkAt(item.start);
    const last = this.chunkAt(Math.max(item.start, item.end - 1));
    const out = [];
    for (let i = first; i <= last; i++) out.push(i);
    return out;
  }

  index(sets, item, add) {
    for (const i of this.chunksOf(item)) {
      if (add) sets[i].add(item.id); else sets[i].delete(item.id);
    }
  }

  /** First full render: one element per chunk. */
  renderAll(spans, suggestions) {
    // Filled in place: the page holds a reference to this.spans.
    this.spans.clear();
    for (const span of spans) this.spans.set(span.id, span);
    this.suggestions = new Map(suggestions.map((s) => [s.id, s]));
    for (const set of [...this.spanIds, ...this.sgIds]) set.clear();
    for (const span of this.spans.values()) this.index(this.spanIds, span, true);
    for (const sg of this.suggestions.values()) this.index(this.sgIds, sg, true);
    this.chunks = [];
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < this.count; i++) {
      const chunk = document.createElement("span");
      chunk.className = "chunk";
      chunk.dataset.chunk = i;
      chunk.append(this.renderChunk(i));
      this.chunks.push(chunk);
      fragment.append(chunk);
    }
    this.root.replaceChildren(fragment);
  }

  renderChunk(i) {
    const spans = [...this.spanIds[i]].map((id) => this.spans.get(id));
    const suggestions = [...this.sgIds[i]].map((id) => this.suggestions.get(id));
    return renderRange(this.cpText, this.bounds[i], this.bounds[i + 1], spans,
      { selectedId: this.selectedId, suggestions });
  }

  /** Code-point offset of a DOM boundary point in the text: its chunk's start plus the code points before it in
   * that chunk, so the cost is one paragraph's, not the whole text's (the same count as offsets.domPointToCp). */
  cpAt(node, offset) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    const chunk = element === this.root ? null : element.closest(".chunk");
    if (!chunk) return offset >= this.count ? this.cpText.length : this.bounds[offset];
    const before = document.createRange();
    before.setStart(chunk, 0);
    before.setEnd(node, offset);
    return this.bounds[Number(chunk.dataset.chunk)] + cpLength(before.toString());
  }

  /** The code-point [start, end) of a DOM Range, clipped to the text; null when it is outside. */
  rangeToCp(range) {
    const whole = document.createRange();
    whole.selectNodeContents(this.root);
    if (range.compareBoundaryPoints(Range.END_TO_START, whole) >= 0) return null;
    if (range.compareBoundaryPoints(Range.START_TO_END, whole) <= 0) return null;
    const startsInside = range.compareBoundaryPoints(Range.START_TO_START, whole) >= 0;
    const endsInside = range.compareBoundaryPoints(Range.END_TO_END, whole) <= 0;
    const start = startsInside ? this.cpAt(range.startContainer, range.startOffset) : 0;
    const end = endsInside ? this.cpAt(range.endContainer, range.endOffset) : this.cpText.length;
    return start < end ? { start, end } : null;
  }

  /** Draw chunks again; a selection the reader is making in them survives (its text nodes are replaced). */
  rerender(chunkIndexes) {
    const chunks = new Set(chunkIndexes);
    const kept = this.keepSelection(chunks);
    for (const i of chunks) this.chunks[i].replaceChildren(this.renderChunk(i));
    if (kept) {
      const [a, b] = [this.domPoint(kept[0]), this.domPoint(kept[1])];
      document.getSelection().setBaseAndExtent(a[0], a[1], b[0], b[1]);
    }
  }

  /** The UTF-16 [start, end) of a selection that touches one of these chunks, or null. */
  keepSelection(chunks) {
    const selection = document.getSelection();
    if (!selection || !selection.rangeCount || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (![...chunks].some((i) => range.intersectsNode(this.chunks[i]))) return null;
    if (!this.root.contains(range.startContainer) || !this.root.contains(range.endContainer)) return null;
    const u16 = (node, at) => {
      const cp = this.cpAt(node, at);
      const chunk = this.chunkAt(cp);
      return this.u16[chunk] + this.cpText.slice(this.bounds[chunk], cp).length;
    };
    return [u16(range.startContainer, range.startOffset), u16(range.endContainer, range.endOffset)];
  }

  /** Add or replace a span: only the chunks its old and new offsets touch are drawn again. */
  upsertSpan(span) {
    const old = this.spans.get(span.id);
    const dirty = this.chunksOf(span);
    if (old) {
      dirty.push(...this.chunksOf(old));
      this.index(this.spanIds, old, false);
    }
    this.spans.set(span.id, span);
    this.index(this.spanIds, span, true);
    this.rerender(dirty);
  }

  removeSpan(id) {
    const old = this.spans.get(id);
    if (!old) return;
    this.index(this.spanIds, old, false);
    this.spans.delete(id);
    this.rerender(this.chunksOf(old));
  }

  removeSuggestion(id) {
    const old = this.suggestions.get(id);
    if (!old) return;
    this.index(this.sgIds, old, false);
    this.suggestions.delete(id);
    this.rerender(this.chunksOf(old));
  }

  /** Mark a span as the selected one without drawing anything again. */
  select(id) {
    for (const mark of this.root.querySelectorAll("mark.selected")) mark.classList.remove("selected");
    this.selectedId = id;
    if (id === null || !this.spans.has(id)) return;
    for (const i of this.chunksOf(this.spans.get(id))) {
      for (const mark of this.chunks[i].querySelectorAll(`mark[data-span-id="${id}"]`)) mark.classList.add("selected");
    }
  }

  handleOf(id) {
    const span = this.spans.get(id);
    if (!span) return null;
    return this.chunks[this.chunkAt(span.start)].querySelector(`.hl-handle[data-span-id="${id}"]`);
  }

  suggestionHandle(id) {
    const sg = this.suggestions.get(id);
    if (!sg) return null;
    return this.chunks[this.chunkAt(sg.start)].querySelector(`.sg-handle[data-sg="${CSS.escape(id)}"]`);
  }

  /** The DOM point of a UTF-16 offset into the text: found inside its chunk only. */
  domPoint(u16) {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.u16[mid] <= u16) lo = mid; else hi = mid - 1;
    }
    let rest = u16 - this.u16[lo];
    const walker = document.createTreeWalker(this.chunks[lo], NodeFilter.SHOW_TEXT);
    let node = null;
    for (let n; (n = walker.nextNode()); ) {
      node = n;
      if (rest <= n.data.length) return [n, rest];
      rest -= n.data.length;
    }
    return node ? [node, node.data.length] : [this.chunks[lo], 0];
  }
}
