// Renders the article text with its spans: the text is cut at every span boundary into segments, and each segment
// is wrapped in one <mark> per span covering it (outermost = lowest level, at most MAX_DRAWN_LEVELS), so overlaps
// nest legibly and the page grows linearly with its spans. Everything is
// built with createElement/textContent; user data never passes through innerHTML.

export const TAG_LETTERS = { claim: "C", quote: "Q", opinion: "O" };
export const TAG_LABELS = { claim: "Claim", quote: "Quote", opinion: "Opinion" };
export const STATUS_MARKS = { draft: "✎", submitted: "?", verified: "✓", rejected: "✗" };

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

export function renderText(root, cpText, spans, { selectedId = null, suggestions = [] } = {}) {
  const levels = assignLevels(spans);
  const drawn = spans.filter((s) => levels.get(s.id) < MAX_DRAWN_LEVELS);
  const cuts = new Set([0, cpText.length]);
  for (const s of [...drawn, ...suggestions]) { cuts.add(s.start); cuts.add(s.end); }
  const sgByStart = [...suggestions].sort((a, b) => a.start - b.start);
  let sgOpen = []; // suggestions never nest deeply: quotes, sentences and clauses do not overlap among themselves
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
      if (span.start === a) {
        // The first piece of a span carries its badge (CSS ::before, so it is never part of the text) and is the
        // keyboard handle that opens the panel.
        mark.classList.add("hl-start");
        mark.dataset.badge = TAG_LETTERS[span.tag] + STATUS_MARKS[span.status];
        mark.tabIndex = 0;
        mark.setAttribute("role", "button");
        mark.setAttribute("aria-label", `${spanLabel(span)}: ${span.text}`);
      }
      mark.title = spanLabel(span);
      mark.appendChild(node);
      node = mark;
    }
    for (const suggestion of sgOpen) node = suggestionMark(suggestion, a, node); // outermost: never shifts spans
    fragment.appendChild(node);
  }
  root.replaceChildren(fragment);
}

export const TIER_LABELS = { exact: "same text", same: "same claim", similar: "similar" };

/** A suggested span: a dashed outline (no fill), its first piece focusable; keys a / x accept or dismiss it. */
function suggestionMark(suggestion, segmentStart, child) {
  const mark = document.createElement("mark");
  mark.className = `sg tag-${suggestion.tag}`;
  mark.dataset.sg = suggestion.id;
  mark.title = suggestionLabel(suggestion);
  if (suggestion.start === segmentStart) {
    mark.classList.add("sg-start");
    // Claims show their check-worthiness in the badge: "C? 0.85".
    mark.dataset.badge = `${TAG_LETTERS[suggestion.tag]}?${suggestion.tag === "claim" ? ` ${suggestion.score.toFixed(2)}` : ""}`;
    mark.tabIndex = 0;
    // A description, not a label: the marked words stay what a screen reader reads (and what tests find by label).
    mark.title = `${suggestionLabel(suggestion)}: press a to accept, x to dismiss`;
  }
  mark.appendChild(child);
  return mark;
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

/** The list of spans under the article: a second, linear way in (and a screen-reader friendly one). */
export function renderSpanList(list, spans, onOpen) {
  const items = [...spans].sort((a, b) => a.start - b.start || a.end - b.end).map((span) => {
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
    button.addEventListener("click", () => onOpen(span.id));
    li.appendChild(button);
    return li;
  });
  list.replaceChildren(...items);
}
