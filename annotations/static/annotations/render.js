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

export function renderText(root, cpText, spans, { selectedId = null } = {}) {
  const levels = assignLevels(spans);
  const cuts = new Set([0, cpText.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
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
    fragment.appendChild(node);
  }
  root.replaceChildren(fragment);
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
