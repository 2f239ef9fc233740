// The article page: renders highlights, turns a selection into a span (keys c / q / o), opens the side panel.
import { api, apiList } from "./api.js";
import { startLiveUpdates } from "./live.js";
import { KeyboardCaret } from "./caret.js";
import { CodePointText } from "./offsets.js";
import { Panel } from "./panel.js";
import { SpanList, renderSuggestionList } from "./render.js";
import { TextView } from "./textview.js";

const config = JSON.parse(document.getElementById("workbench-config").textContent);
const root = document.getElementById("article-text");
const toolbar = document.getElementById("sel-toolbar");
const preview = document.getElementById("sel-preview");
const selError = document.getElementById("sel-error");
const pageError = document.getElementById("page-error");
const cpText = new CodePointText(config.text);
const view = new TextView(root, cpText);
const spans = view.spans; // id -> span: the view's own map, so page and text never disagree
const suggestions = new Map(); // "tag:start:end" -> suggestion
const showSuggestions = document.getElementById("show-suggestions");
const SUGGESTIONS_KEY = `workbench:show-suggestions:${config.me}`; // remembered per user, off until turned on
const TAG_KEYS = { c: "claim", q: "quote", o: "opinion" };
const TAG_ORDER = { claim: 0, quote: 1, opinion: 2 };
let pending = null; // {start, end, text}: the normalised current selection
let busy = false;
let suggestionsLoaded = false;
let erroredAt = null; // "start:end" of the selection whose span was refused

const spanList = new SpanList(document.getElementById("span-list"), (id) => openSpan(id, { from: "list" }));

const status = document.getElementById("kb-status");
/** A short message for keyboard users, read out by screen readers (a polite live region under the legend). */
function say(text) {
  status.textContent = text;
}

function showPageError(message) {
  pageError.textContent = message;
  pageError.hidden = !message;
  if (message) pageError.scrollIntoView({ block: "nearest" });
}

/** An error beside what caused it: in the toolbar under the selection, or under the focused suggestion. */
function showSelectionError(message, anchorRect) {
  selError.textContent = message;
  selError.hidden = !message;
  if (!message) return;
  toolbar.hidden = false;
  if (anchorRect) placeToolbar(anchorRect);
  toolbar.scrollIntoView({ block: "nearest" });
}

function visibleSuggestions() {
  return showSuggestions && showSuggestions.checked ? [...suggestions.values()] : [];
}

function renderAll() {
  view.renderAll([...spans.values()], visibleSuggestions());
  view.select(panel.spanId);
  renderSuggestions();
  spanList.render([...spans.values()]);
  document.getElementById("span-count").textContent = String(spans.size);
}

function renderSuggestions() {
  if (!showSuggestions) return;
  renderSuggestionList(document.getElementById("suggestion-list"), visibleSuggestions(),
    { onAccept: acceptSuggestion, onDismiss: dismissSuggestion });
  document.getElementById("suggestion-count").textContent = String(suggestions.size);
}

function upsert(span) {
  view.upsertSpan(span);
  view.select(panel.spanId);
  spanList.upsert(span);
  document.getElementById("span-count").textContent = String(spans.size);
}

function remove(id) {
  view.removeSpan(id);
  spanList.remove(id);
  document.getElementById("span-count").textContent = String(spans.size);
}

const panel = new Panel({
  config,
  getSpan: (id) => spans.get(id),
  onChange: upsert,
  onDelete: remove,
  onSelect: (id) => view.select(id),
  handleOf: (id) => view.handleOf(id),
  articleTextFor: (id) => api("GET", `/api/articles/${id}/`).then((a) => a.text),
});

/** Open a span in the panel (after the unsaved-changes guard), scroll the text to it and mark it. */
function openSpan(id, { focusPanel = true, from = "text" } = {}) {
  panel.guard(() => {
    panel.open(id, { focusPanel });
    revealSpan(id, { flash: from !== "text" });
  });
}

function revealSpan(id, { flash = false } = {}) {
  const handle = view.handleOf(id);
  if (!handle) return;
  const mark = handle.closest("mark") || handle;
  const box = mark.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) mark.scrollIntoView({ block: "center" });
  if (flash) {
    for (const m of root.querySelectorAll(`mark[data-span-id="${id}"]`)) {
      m.classList.remove("flash");
      void m.offsetWidth; // restart the animation
      m.classList.add("flash");
    }
  }
}

// --- selection -> toolbar -------------------------------------------------------------------------------------
function currentSelection() {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const offsets = view.rangeToCp(selection.getRangeAt(0));
  return offsets ? cpText.normalize(offsets.start, offsets.end) : null;
}

/** Put the toolbar under the selection's last line, or above its first when there is no room below: never over
 * the selected words, and inside the article box. */
function placeToolbar(rect) {
  const box = toolbar.offsetParent ? toolbar.offsetParent.getBoundingClientRect() : { left: 0, top: 0 };
  const width = toolbar.offsetParent?.clientWidth || 600;
  const left = Math.max(0, Math.min(rect.left - box.left, width - toolbar.offsetWidth));
  const below = rect.bottom + 8 + toolbar.offsetHeight <= window.innerHeight;
  const top = below ? rect.bottom - box.top + 8 : rect.top - box.top - toolbar.offsetHeight - 8;
  toolbar.style.left = `${left}px`;
  toolbar.style.top = `${Math.max(0, top)}px`;
}

function selectionRect() {
  const selection = document.getSelection();
  if (!selection.rangeCount) return null;
  const rects = [...selection.getRangeAt(0).getClientRects()].filter((r) => r.width > 0);
  if (!rects.length) return selection.getRangeAt(0).getBoundingClientRect();
  const last = rects[rects.length - 1];
  const first = rects[0];
  return { left: first.left, top: first.top, bottom: last.bottom, right: last.right };
}

function updateToolbar() {
  if (busy) return;
  pending = config.roles.annotate ? currentSelection() : null;
  if (!pending) {
    if (selError.hidden) toolbar.hidden = true;
    return;
  }
  // An error stays while its selection does (a redraw restores the selection, which fires selectionchange).
  if (erroredAt !== `${pending.start}:${pending.end}`) selError.hidden = true;
  const chars = Array.from(pending.text);
  preview.textContent = `“${chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : pending.text}”`;
  toolbar.hidden = false;
  placeToolbar(selectionRect());
}

let selectionTimer = null;
let staleRender = false; // colleagues' changes arrived while the user was selecting: shown once the selection ends
document.addEventListener("selectionchange", () => {
  clearTimeout(selectionTimer);
  selectionTimer = setTimeout(() => {
    updateToolbar();
    if (staleRender && !selectingInText()) {
      staleRender = false;
      renderAll();
    }
  }, 60);
});

function selectingInText() {
  const selection = document.getSelection();
  return Boolean(selection && !selection.isCollapsed && selection.rangeCount
    && root.contains(selection.getRangeAt(0).commonAncestorContainer));
}

/** Spans others created, changed or deleted. Re-rendering the text would drop a selection being made, so it waits;
 * the open panel keeps what the user typed (a stale save is answered by the API's conflict, as before). */
function applyLiveChanges({ changed, removed }) {
  for (const span of changed) spans.set(span.id, span);
  for (const id of removed) if (id !== panel.spanId) spans.delete(id);
  if (selectingInText() || busy) staleRender = true;
  else renderAll();
}

async function createSpan(tag) {
  const selection = pending || currentSelection();
  if (!selection || busy) return;
  busy = true;
  showSelectionError("");
  // Drawn at once as "saving" (only its chunk is redrawn), replaced by the stored span when the POST answers.
  const provisional = { id: -Date.now(), ...selection, tag, status: "draft", author: config.me, pending: true };
  view.upsertSpan(provisional);
  try {
    const span = await api("POST", "/api/spans/", {
      body: { article: config.article, start: selection.start, end: selection.end, text: selection.text, tag },
    });
    view.removeSpan(provisional.id);
    document.getSelection().removeAllRanges();
    pending = null;
    toolbar.hidden = true;
    upsert(span);
    caret.moveTo(span.end);
    panel.guard(() => panel.open(span.id, { focusPanel: true }));
  } catch (err) {
    view.removeSpan(provisional.id);
    erroredAt = `${selection.start}:${selection.end}`;
    showSelectionError(err.message, selectionRect()); // read only now: reading it first forced a layout
  } finally {
    busy = false;
  }
}

toolbar.addEventListener("mousedown", (event) => event.preventDefault()); // keep the selection while clicking
toolbar.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-tag]");
  if (button) createSpan(button.dataset.tag);
});

// --- suggestions: a accepts (a draft span by me, provenance "suggested"), x dismisses (remembered for me) ------------
/** POST a suggestion to accept/ or dismiss/, then let `done` update the page with the response. */
async function onSuggestion(key, verb, done) {
  const suggestion = suggestions.get(key);
  if (!suggestion || busy) return;
  const handle = view.suggestionHandle(key);
  const rect = handle ? handle.getBoundingClientRect() : null;
  const following = nextSuggestion(suggestion);
  busy = true;
  showSelectionError("");
  try {
    const { tag, start, end } = suggestion;
    const result = await api("POST", `/api/articles/${config.article}/suggestions/${verb}/`, { body: { tag, start, end } });
    suggestions.delete(key);
    view.removeSuggestion(key);
    document.querySelector(`#suggestion-list li[data-sg="${CSS.escape(key)}"]`)?.remove();
    document.getElementById("suggestion-count").textContent = String(suggestions.size);
    done(result, following);
  } catch (err) {
    showSelectionError(err.message, rect);
  } finally {
    busy = false;
  }
}

/** The suggestion after this one in the text, where keyboard triage goes on after a dismissal. */
function nextSuggestion(suggestion) {
  let best = null;
  for (const other of visibleSuggestions()) {
    if (other.id === suggestion.id || other.start < suggestion.start) continue;
    if (other.start === suggestion.start && other.id <= suggestion.id) continue;
    if (!best || other.start < best.start) best = other;
  }
  return best;
}

function acceptSuggestion(key) {
  return onSuggestion(key, "accept", (span) => {
    upsert(span);
    // The panel opens beside the text; the focus stays in the text on the new span, so Tab goes on with triage.
    panel.guard(() => {
      panel.open(span.id, { focusPanel: false });
      view.handleOf(span.id)?.focus();
    });
  });
}

function dismissSuggestion(key) {
  return onSuggestion(key, "dismiss", (_, following) => {
    const target = following && view.suggestionHandle(following.id);
    if (target) target.focus();
    else root.focus();
  });
}

const SUGGESTION_KEYS = { a: acceptSuggestion, x: dismissSuggestion };

async function setSuggestionsShown(shown, { draw = true } = {}) {
  localStorage.setItem(SUGGESTIONS_KEY, shown ? "1" : "0");
  if (shown && !suggestionsLoaded) {
    try {
      const found = await api("GET", `/api/articles/${config.article}/suggestions/`);
      for (const suggestion of found.results) {
        const id = `${suggestion.tag}:${suggestion.start}:${suggestion.end}`;
        suggestions.set(id, { ...suggestion, id });
      }
      // A very long (or costly) article is read only up to the work limit: say so rather than look complete.
      document.getElementById("suggestions-partial").hidden = !found.partial;
      suggestionsLoaded = true;
    } catch (err) {
      showPageError(`Could not load the suggestions: ${err.message}`);
      return;
    }
  }
  if (!draw) return;
  view.renderAll([...spans.values()], visibleSuggestions());
  view.select(panel.spanId);
  renderSuggestions();
}

// --- keys --------------------------------------------------------------------------------------------------------
function typingInField(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** j / k: the next or previous span awaiting review (submitted by someone else), in text order. */
function awaitingReview(direction) {
  const candidates = [...spans.values()]
    .filter((s) => s.status === "submitted" && s.author !== config.me)
    .sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
  if (!candidates.length) return null;
  const current = panel.span || (caret.position !== null ? { start: caret.position, end: caret.position, id: -1 } : null);
  if (!current) return direction > 0 ? candidates[0] : candidates[candidates.length - 1];
  const after = (s) => s.start > current.start || (s.start === current.start && (s.end > current.end || (s.end === current.end && s.id > current.id)));
  if (direction > 0) return candidates.find(after) || null;
  return [...candidates].reverse().find((s) => s.id !== current.id && !after(s)) || null;
}

const help = document.getElementById("help");
document.getElementById("help-open")?.addEventListener("click", () => help.showModal());

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || typingInField(event.target) || help.open) return;
  if (caret.handleKey(event)) {
    event.preventDefault();
    return;
  }
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key === "?") {
    event.preventDefault();
    help.showModal();
    return;
  }
  if (TAG_KEYS[key] && config.roles.annotate) {
    pending = currentSelection(); // not the debounced one: a fast key press must see the selection just made
    if (pending) {
      event.preventDefault();
      createSpan(TAG_KEYS[key]);
      return;
    }
  }
  const focusedSuggestion = event.target.closest?.("[data-sg]");
  if (focusedSuggestion && SUGGESTION_KEYS[key]) {
    event.preventDefault();
    SUGGESTION_KEYS[key](focusedSuggestion.dataset.sg);
    return;
  }
  if (key === "j" || key === "k") {
    const target = awaitingReview(key === "j" ? 1 : -1);
    event.preventDefault();
    if (target) openSpan(target.id, { from: "keys" });
    else say(key === "j" ? "No more spans awaiting review after this one." : "No span awaiting review before this one.");
    return;
  }
  if (panel.handleKey(event)) event.preventDefault();
});

if (showSuggestions) {
  showSuggestions.checked = localStorage.getItem(SUGGESTIONS_KEY) === "1";
  showSuggestions.addEventListener("change", () => setSuggestionsShown(showSuggestions.checked));
}

// --- opening spans ---------------------------------------------------------------------------------------------
/** Every suggestion covering the clicked point, longest first: the sentence before the clause inside it. */
function suggestionsAt(target) {
  const ids = [];
  for (let node = target.closest("mark[data-sg]"); node && root.contains(node); node = node.parentElement?.closest("mark[data-sg]")) {
    ids.push(node.dataset.sg);
  }
  return ids.map((id) => suggestions.get(id)).filter(Boolean)
    .sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start || TAG_ORDER[a.tag] - TAG_ORDER[b.tag]);
}

let lastPicked = null;
root.addEventListener("click", (event) => {
  if (!document.getSelection().isCollapsed) return; // a drag that ended on a highlight is a selection, not a click
  const mark = event.target.closest("[data-span-id]");
  if (mark && Number(mark.dataset.spanId) < 0) return; // still being saved
  if (mark) {
    openSpan(Number(mark.dataset.spanId), { focusPanel: event.target.classList.contains("hl-handle") });
    return;
  }
  const covering = suggestionsAt(event.target);
  if (!covering.length) return;
  // A click picks the longest suggestion under the pointer; clicking again there steps to the next one inside it.
  // (The mouse-down has already moved the focus to the text, so the last pick is remembered here.)
  const at = covering.findIndex((s) => s.id === lastPicked);
  const chosen = covering[(at + 1) % covering.length];
  lastPicked = chosen.id;
  view.suggestionHandle(chosen.id)?.focus();
  if (covering.length > 1) {
    say(`${covering.indexOf(chosen) + 1} of ${covering.length} suggestions here: click again for the next.`);
  }
});
root.addEventListener("keydown", (event) => {
  const handle = event.target.closest?.(".hl-handle");
  if (handle && (event.key === "Enter" || event.key === " ")) {
    event.preventDefault();
    openSpan(Number(handle.dataset.spanId), { focusPanel: true });
  }
});

const caret = new KeyboardCaret({ root, view, cpText, onSay: say });

async function load() {
  try {
    const list = await apiList(`/api/spans/?article=${config.article}&page_size=1000`);
    for (const span of list) spans.set(span.id, span);
    if (showSuggestions && showSuggestions.checked) await setSuggestionsShown(true, { draw: false });
    renderAll();
    document.body.dataset.ready = "true";
    startLiveUpdates({ article: config.article, spans, onChanges: applyLiveChanges });
    performance.mark("workbench-ready"); // read by bench/ui.py
    const open = Number(config.open_span);
    if (open && spans.has(open)) {
      panel.open(open, { focusPanel: false });
      revealSpan(open, { flash: true });
      view.handleOf(open)?.focus({ preventScroll: true });
    }
  } catch (err) {
    showPageError(`Could not load the spans: ${err.message}`);
  }
}

load();
