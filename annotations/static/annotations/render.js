// Renders the article text with its spans: the text is cut at every span boundary into segments, and each segment
// is wrapped in one <mark> per span covering it (outermost = lowest level), so overlaps nest legibly. Everything is
// built with createElement/textContent; user data never passes through innerHTML.

export const TAG_LETTERS = { claim: "C", quote: "Q", opinion: "O" };
export const TAG_LABELS = { claim: "Claim", quote: "Quote", opinion: "Opinion" };
export const STATUS_MARKS = { draft: "✎", submitted: "?", verified: "✓", rejected: "✗" };

/** Give each span a level (0, 1, ...) so that overlapping spans never share one: the level picks its underline. */
export function assignLevels(spans) {
  const levels = new Map();
  const active = []; // [end, level]
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  for (const span of sorted) {
    for (let i = active.length - 1; i >= 0; i--) if (active[i][0] <= span.start) active.splice(i, 1);
    const used = new Set(active.map(([, level]) => level));
    let level = 0;
    while (used.has(level)) level++;
    levels.set(span.id, level);
    active.push([span.end, level]);
  }
  return levels;
}

export function spanLabel(span) {
  return `${TAG_LABELS[span.tag]} (${span.status}) by ${span.author}`;
}

export function renderText(root, cpText, spans, { selectedId = null, suggestions = [] } = {}) {
  const levels = assignLevels(spans);
  const cuts = new Set([0, cpText.length]);
  for (const s of [...spans, ...suggestions]) { cuts.add(s.start); cuts.add(s.end); }
  const sgByStart = [...suggestions].sort((a, b) => a.start - b.start);
  let sgOpen = [];
  let sgNext = 0;
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  let open = []; // spans covering the current segment
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    open = open.filter((s) => s.end > a);
    while (next < byStart.length && byStart[next].start <= a) {
      if (byStart[next].end > a) open.push(byStart[next]);
      next++;
    }
    sgOpen = sgOpen.filter((s) => s.end > a);
    while (sgNext < sgByStart.length && sgByStart[sgNext].start <= a) {
      if (sgByStart[sgNext].end > a) sgOpen.push(sgByStart[sgNext]);
      sgNext++;
    }
    let node = document.createTextNode(cpText.slice(a, b));
    const covering = [...open].sort((x, y) => levels.get(y.id) - levels.get(x.id)); // innermost first
    for (const span of covering) {
      const mark = document.createElement("mark");
      const level = levels.get(span.id);
      mark.className = `hl tag-${span.tag} st-${span.status} lvl-${Math.min(level, 5)}`;
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
