// Renders article text with its spans and suggestions, and the lists under it: each segment is wrapped in one
// <mark> per span covering it (outermost = lowest level, at most MAX_DRAWN_LEVELS), so the page grows linearly with
// its spans. Everything is built with createElement/textContent; user data never passes through innerHTML.

export const TAG_LETTERS = { claim: "C", quote: "Q", opinion: "O" };
export const TAG_LABELS = { claim: "Claim", quote: "Quote", opinion: "Opinion" };
export const STATUS_MARKS = { draft: "✎", submitted: "?", verified: "✓", rejected: "✗" };
export const SUGGESTION_MARK = "◇";

/** A binary min-heap on key(item): assigning levels and closing spans stay O(log n) per span. */
class Heap {
  constructor(key) { this.key = key; this.items = []; }
  get size() { return this.items.length; }
  peek() { return this.items[0]; }
  push(item) {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (this.key(a[parent]) <= this.key(a[i])) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && this.key(a[l]) < this.key(a[m])) m = l;
        if (r < a.length && this.key(a[r]) < this.key(a[m])) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/** Give each span a level (0, 1, ...) so that overlapping spans never share one: the level picks its underline.
 * The lowest free level each time, in O(n log n) (a heap of active spans by end, a heap of freed levels). */
export function assignLevels(spans) {
  const levels = new Map();
  const active = new Heap(([end]) => end); // [end, level]
  const free = new Heap((level) => level);
  let next = 0; // levels 0..next-1 have been handed out
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  for (const span of sorted) {
    while (active.size && active.peek()[0] <= span.start) free.push(active.pop()[1]);
    const level = free.size ? free.pop() : next++;
    levels.set(span.id, level);
    active.push([span.end, level]);
  }
  return levels;
}

// Overlapping spans nest one mark per level; past this depth a piece of text gets no more marks (app.css
// underlines levels 0..5), so the page stays linear in its spans. Deeper spans open from the list under the text.
export const MAX_DRAWN_LEVELS = 6;

export function spanLabel(span) {
  return `${TAG_LABELS[span.tag]} (${span.status}) by ${span.author}`;
}

/** The spans and suggestions of [from, to) as a fragment: the text is cut at every boundary inside it, and each
 * segment is wrapped in one <mark> per span covering it (outermost = lowest level), suggestions outermost. Linear in
 * the segments times the overlap depth. */
export function renderRange(cpText, from, to, spans, { selectedId = null, suggestions = [] } = {}) {
  const levels = assignLevels(spans);
  const drawn = spans.filter((s) => levels.get(s.id) < MAX_DRAWN_LEVELS);
  const cuts = new Set([from, to]);
  for (const s of [...drawn, ...suggestions]) {
    if (s.start > from && s.start < to) cuts.add(s.start);
    if (s.end > from && s.end < to) cuts.add(s.end);
  }
  const sgByStart = [...suggestions].sort((a, b) => a.start - b.start || b.end - a.end);
  let sgOpen = [];
  let sgNext = 0;
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  const byStart = [...drawn].sort((a, b) => a.start - b.start);
  const slots = new Array(MAX_DRAWN_LEVELS).fill(null); // the drawn span covering the current piece, per level
  const ending = new Heap((span) => span.end);
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    while (ending.size && ending.peek().end <= a) {
      const span = ending.pop();
      if (slots[levels.get(span.id)] === span) slots[levels.get(span.id)] = null;
    }
    while (next < byStart.length && byStart[next].start <= a) {
      const span = byStart[next++];
      if (span.end > a) { slots[levels.get(span.id)] = span; ending.push(span); }
    }
    sgOpen = sgOpen.filter((s) => s.end > a);
    while (sgNext < sgByStart.length && sgByStart[sgNext].start <= a) {
      if (sgByStart[sgNext].end > a) sgOpen.push(sgByStart[sgNext]);
      sgNext++;
    }
    let node = document.createTextNode(cpText.slice(a, b));
    for (let level = MAX_DRAWN_LEVELS - 1; level >= 0; level--) { // innermost first
      const span = slots[level];
      if (!span) continue;
      const mark = document.createElement("mark");
      mark.className = `hl tag-${span.tag} st-${span.status} lvl-${level}`;
      mark.dataset.spanId = span.id;
      if (span.id === selectedId) mark.classList.add("selected");
      if (span.pending) mark.classList.add("saving");
      mark.title = spanLabel(span);
      if (span.start === a) {
        mark.classList.add("hl-start");
        mark.append(spanHandle(span));
      }
      mark.appendChild(node);
      node = mark;
    }
    // Suggestions wrap outermost (longest outside), so they never shift a span's nesting.
    for (const suggestion of [...sgOpen].sort((x, y) => (y.end - y.start) - (x.end - x.start)).reverse()) {
      node = suggestionMark(suggestion, a, node);
    }
    fragment.appendChild(node);
  }
  return fragment;
}

/** The keyboard handle of a span: an element with no text (its badge is CSS generated content), so it never counts
 * in offsets, and the only focusable part of a highlight, so a mouse-down on the words starts a selection instead
 * of focusing the highlight. */
function spanHandle(span) {
  const handle = document.createElement("span");
  handle.className = `hl-handle tag-${span.tag}`;
  handle.dataset.spanId = span.id;
  handle.dataset.badge = TAG_LETTERS[span.tag] + STATUS_MARKS[span.status];
  handle.tabIndex = 0;
  handle.setAttribute("role", "button");
  handle.setAttribute("aria-label", `${spanLabel(span)}: ${span.text}`);
  return handle;
}

/** The whole text at once (the training page); the article page renders by chunk through TextView. */
export function renderText(root, cpText, spans, options = {}) {
  root.replaceChildren(renderRange(cpText, 0, cpText.length, spans, options));
}

export const TIER_LABELS = { exact: "same text", same: "same claim", similar: "similar" };

/** A suggested span: a dashed outline (no fill) and, at its start, a text-free handle with a ◇ badge that takes
 * the keyboard (a accepts, x dismisses), the same way a span's handle does. */
function suggestionMark(suggestion, segmentStart, child) {
  const mark = document.createElement("mark");
  mark.className = `sg tag-${suggestion.tag}`;
  mark.dataset.sg = suggestion.id;
  mark.title = suggestionLabel(suggestion);
  if (suggestion.start === segmentStart) {
    mark.classList.add("sg-start");
    const handle = document.createElement("span");
    handle.className = `sg-handle tag-${suggestion.tag}`;
    handle.dataset.sg = suggestion.id;
    handle.dataset.badge = suggestionBadge(suggestion);
    handle.tabIndex = 0;
    handle.setAttribute("role", "button");
    handle.setAttribute("aria-label", `${suggestionLabel(suggestion)}: ${suggestion.text}. Press a to accept, x to dismiss.`);
    mark.append(handle);
  }
  mark.appendChild(child);
  return mark;
}

/** "C◇ 0.85": ◇ marks a suggestion (statuses use ✎ ? ✓ ✗), claims add their check-worthiness. */
export function suggestionBadge(suggestion) {
  return `${TAG_LETTERS[suggestion.tag]}${SUGGESTION_MARK}${suggestion.tag === "claim" ? ` ${suggestion.score.toFixed(2)}` : ""}`;
}

export function suggestionLabel(suggestion) {
  const who = suggestion.speaker ? `, speaker ${suggestion.speaker}` : "";
  const score = suggestion.tag === "claim" ? `, check-worthiness ${suggestion.score.toFixed(2)}` : "";
  return `Suggested ${TAG_LABELS[suggestion.tag].toLowerCase()}${who}${score}`;
}

/** The suggestions under the article: claims by check-worthiness, then quotes and opinions in text order. */
export function renderSuggestionList(list, suggestions, { onAccept, onDismiss }) {
  const order = { claim: 0, quote: 1, opinion: 2 };
  const items = [...suggestions]
    .sort((a, b) => order[a.tag] - order[b.tag] || (a.tag === "claim" ? b.score - a.score : 0) || a.start - b.start)
    .map((suggestion) => {
      const li = document.createElement("li");
      li.className = "sg-item";
      li.dataset.sg = suggestion.id;
      li.tabIndex = 0;
      const badge = document.createElement("span");
      badge.className = `badge tag-${suggestion.tag}`;
      badge.textContent = TAG_LETTERS[suggestion.tag];
      const score = document.createElement("span");
      score.className = "sg-score";
      score.textContent = suggestion.score.toFixed(2);
      score.title = suggestion.tag === "claim" ? "check-worthiness" : "confidence";
      const text = document.createElement("span");
      text.className = "quote";
      const chars = Array.from(suggestion.text);
      text.textContent = chars.length > 110 ? `${chars.slice(0, 110).join("")}…` : suggestion.text;
      li.append(badge, " ", score, " ", text);
      if (suggestion.speaker) {
        const speaker = document.createElement("span");
        speaker.className = "muted";
        speaker.textContent = ` — ${suggestion.speaker}`;
        li.append(speaker);
      }
      const why = document.createElement("div");
      why.className = "muted sg-reasons";
      why.textContent = suggestion.reasons.join(" · ");
      const accept = document.createElement("button");
      accept.type = "button";
      accept.className = "sg-accept";
      accept.innerHTML = "Accept <kbd>a</kbd>";
      accept.addEventListener("click", () => onAccept(suggestion.id));
      const dismiss = document.createElement("button");
      dismiss.type = "button";
      dismiss.className = "sg-dismiss";
      dismiss.innerHTML = "Dismiss <kbd>x</kbd>";
      dismiss.addEventListener("click", () => onDismiss(suggestion.id));
      li.append(" ", accept, " ", dismiss, why);
      return li;
    });
  list.replaceChildren(...items);
}

/** The list of spans under the article: a second, linear way in (and a screen-reader friendly one). Kept in text
 * order and changed one item at a time, so a 1,000-span article does not rebuild it on every action. */
export class SpanList {
  constructor(list, onOpen) {
    this.list = list;
    this.onOpen = onOpen;
    this.items = new Map(); // id -> [span, li]
  }

  static before(a, b) {
    return a.start - b.start || a.end - b.end || a.id - b.id;
  }

  item(span) {
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link";
    button.dataset.spanId = span.id;
    const badge = document.createElement("span");
    badge.className = `badge tag-${span.tag}`;
    badge.textContent = TAG_LETTERS[span.tag];
    const status = document.createElement("span");
    status.className = `status st-${span.status}`;
    status.textContent = `${STATUS_MARKS[span.status]} ${span.status}`;
    const text = document.createElement("span");
    text.className = "quote";
    const chars = Array.from(span.text);
    text.textContent = chars.length > 90 ? `${chars.slice(0, 90).join("")}…` : span.text;
    button.append(badge, " ", text, " ", status);
    button.addEventListener("click", () => this.onOpen(span.id));
    li.appendChild(button);
    return li;
  }

  render(spans) {
    this.items.clear();
    const sorted = [...spans].sort(SpanList.before);
    const lis = sorted.map((span) => {
      const li = this.item(span);
      this.items.set(span.id, [span, li]);
      return li;
    });
    this.list.replaceChildren(...lis);
  }

  upsert(span) {
    const old = this.items.get(span.id);
    const li = this.item(span);
    if (old && SpanList.before(old[0], span) === 0) {
      old[1].replaceWith(li);
      this.items.set(span.id, [span, li]);
      return;
    }
    if (old) this.remove(span.id);
    // The first item after it in text order (a linear scan over the list's entries: no DOM work).
    let next = null;
    for (const [other, otherLi] of this.items.values()) {
      if (SpanList.before(span, other) < 0 && (!next || SpanList.before(other, next[0]) < 0)) next = [other, otherLi];
    }
    this.list.insertBefore(li, next ? next[1] : null);
    this.items.set(span.id, [span, li]);
  }

  remove(id) {
    const old = this.items.get(id);
    if (!old) return;
    old[1].remove();
    this.items.delete(id);
  }
}
