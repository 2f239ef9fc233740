// The article page: renders highlights, turns a selection into a span (keys c / q / o), opens the side panel.
import { api, apiList } from "./api.js";
import { startLiveUpdates } from "./live.js";
import { CodePointText, rangeToCp } from "./offsets.js";
import { Panel } from "./panel.js";
import { renderSpanList, renderSuggestionList, renderText } from "./render.js";

const config = JSON.parse(document.getElementById("workbench-config").textContent);
const root = document.getElementById("article-text");
const toolbar = document.getElementById("sel-toolbar");
const preview = document.getElementById("sel-preview");
const pageError = document.getElementById("page-error");
const cpText = new CodePointText(config.text);
const spans = new Map();
const suggestions = new Map(); // "tag:start:end" -> suggestion
const showSuggestions = document.getElementById("show-suggestions");
const TAG_KEYS = { c: "claim", q: "quote", o: "opinion" };
let pending = null; // {start, end, text}: the normalised current selection
let busy = false;

function showPageError(message) {
  pageError.textContent = message;
  pageError.hidden = !message;
}

function visibleSuggestions() {
  return showSuggestions && showSuggestions.checked ? [...suggestions.values()] : [];
}

function render() {
  renderText(root, cpText, [...spans.values()], { selectedId: panel.spanId, suggestions: visibleSuggestions() });
  if (showSuggestions) {
    renderSuggestionList(document.getElementById("suggestion-list"), visibleSuggestions(),
      { onAccept: acceptSuggestion, onDismiss: dismissSuggestion });
    document.getElementById("suggestion-count").textContent = String(suggestions.size);
  }
  renderSpanList(document.getElementById("span-list"), [...spans.values()], (id) => panel.open(id));
  document.getElementById("span-count").textContent = String(spans.size);
}

function upsert(span) {
  spans.set(span.id, span);
  render();
}

function remove(id) {
  spans.delete(id);
  render();
}

const panel = new Panel({
  config,
  getSpan: (id) => spans.get(id),
  onChange: upsert,
  onDelete: remove,
  onSelect: render,
  articleTextFor: (id) => api("GET", `/api/articles/${id}/`).then((a) => a.text),
});

// --- selection -> toolbar -------------------------------------------------------------------------------------
function currentSelection() {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const offsets = rangeToCp(root, selection.getRangeAt(0));
  return offsets ? cpText.normalize(offsets.start, offsets.end) : null;
}

function updateToolbar() {
  pending = config.roles.annotate ? currentSelection() : null;
  if (!pending) {
    toolbar.hidden = true;
    return;
  }
  const chars = Array.from(pending.text);
  preview.textContent = `“${chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : pending.text}”`;
  toolbar.hidden = false;
  const rect = document.getSelection().getRangeAt(0).getBoundingClientRect();
  const box = root.offsetParent ? root.offsetParent.getBoundingClientRect() : { left: 0, top: 0 };
  const left = Math.max(0, Math.min(rect.left - box.left, (root.offsetParent?.clientWidth || 600) - toolbar.offsetWidth));
  toolbar.style.left = `${left}px`;
  toolbar.style.top = `${rect.bottom - box.top + 6}px`;
}

let selectionTimer = null;
let staleRender = false; // colleagues' changes arrived while the user was selecting: shown once the selection ends
document.addEventListener("selectionchange", () => {
  clearTimeout(selectionTimer);
  selectionTimer = setTimeout(() => {
    updateToolbar();
    if (staleRender && !selectingInText()) {
      staleRender = false;
      render();
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
  else render();
}

async function createSpan(tag) {
  const selection = pending || currentSelection();
  if (!selection || busy) return;
  busy = true;
  showPageError("");
  try {
    const span = await api("POST", "/api/spans/", {
      body: { article: config.article, start: selection.start, end: selection.end, text: selection.text, tag },
    });
    document.getSelection().removeAllRanges();
    pending = null;
    toolbar.hidden = true;
    spans.set(span.id, span);
    panel.open(span.id);
  } catch (err) {
    showPageError(err.message);
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
  busy = true;
  showPageError("");
  try {
    const { tag, start, end } = suggestion;
    const result = await api("POST", `/api/articles/${config.article}/suggestions/${verb}/`, { body: { tag, start, end } });
    suggestions.delete(key);
    done(result);
  } catch (err) {
    showPageError(err.message);
  } finally {
    busy = false;
  }
}

function acceptSuggestion(key) {
  return onSuggestion(key, "accept", (span) => {
    spans.set(span.id, span);
    panel.open(span.id);
  });
}

function dismissSuggestion(key) {
  return onSuggestion(key, "dismiss", () => render());
}

const SUGGESTION_KEYS = { a: acceptSuggestion, x: dismissSuggestion };

function typingInField(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || typingInField(event.target)) return;
  const key = event.key.toLowerCase();
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
  if (panel.handleKey(event)) event.preventDefault();
});
if (showSuggestions) showSuggestions.addEventListener("change", render);

// --- opening spans ---------------------------------------------------------------------------------------------
root.addEventListener("click", (event) => {
  if (!document.getSelection().isCollapsed) return; // a drag that ended on a highlight is a selection, not a click
  const mark = event.target.closest("mark[data-span-id]");
  const suggested = event.target.closest("mark[data-sg]");
  if (!mark && suggested) {
    root.querySelector(`mark.sg-start[data-sg="${CSS.escape(suggested.dataset.sg)}"]`)?.focus();
    return;
  }
  if (mark) panel.open(Number(mark.dataset.spanId), mark);
});
root.addEventListener("keydown", (event) => {
  const mark = event.target.closest?.("mark[data-span-id]");
  if (mark && (event.key === "Enter" || event.key === " ")) {
    event.preventDefault();
    panel.open(Number(mark.dataset.spanId), mark);
  }
});

async function load() {
  try {
    const list = await apiList(`/api/spans/?article=${config.article}&page_size=1000`);
    for (const span of list) spans.set(span.id, span);
    if (config.roles.annotate) {
      for (const suggestion of await api("GET", `/api/articles/${config.article}/suggestions/`)) {
        const id = `${suggestion.tag}:${suggestion.start}:${suggestion.end}`;
        suggestions.set(id, { ...suggestion, id });
      }
    }
    render();
    document.body.dataset.ready = "true";
    startLiveUpdates({ article: config.article, spans, onChanges: applyLiveChanges });
    if (config.open_span && spans.has(Number(config.open_span))) panel.open(Number(config.open_span));
  } catch (err) {
    showPageError(`Could not load the spans: ${err.message}`);
  }
}

load();
