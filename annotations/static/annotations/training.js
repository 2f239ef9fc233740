// Training page: the same selection -> code-point offsets as the article page, saved as training spans.
import { api } from "./api.js";
import { CodePointText, rangeToCp } from "./offsets.js";
import { renderText } from "./render.js";

const config = JSON.parse(document.getElementById("training-config").textContent);
const root = document.getElementById("article-text");
const error = document.getElementById("page-error");
const cpText = new CodePointText(config.text);
const TAG_KEYS = { c: "claim", q: "quote", o: "opinion" };
let spans = config.spans;

function show(message) {
  error.textContent = message;
  error.hidden = !message;
}

function render() {
  // Training spans have no workflow: draw them as drafts by "you".
  renderText(root, cpText, spans.map((s) => ({ ...s, status: "draft", author: "you" })));
  document.getElementById("span-count").textContent = `${spans.length} span(s) marked`;
  document.body.dataset.ready = "true";
}

function selection() {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const offsets = rangeToCp(root, sel.getRangeAt(0));
  return offsets ? cpText.normalize(offsets.start, offsets.end) : null;
}

document.addEventListener("keydown", async (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const tag = TAG_KEYS[event.key.toLowerCase()];
  const chosen = tag && selection();
  if (!chosen) return;
  event.preventDefault();
  try {
    const session = await api("POST", `/api/training-sessions/${config.session}/spans/`,
      { body: { start: chosen.start, end: chosen.end, text: chosen.text, tag } });
    spans = session.spans;
    document.getSelection().removeAllRanges();
    show("");
    render();
  } catch (err) {
    show(err.message);
  }
});

root.addEventListener("click", async (event) => {
  const mark = event.target.closest("mark[data-span-id]");
  if (!mark || !document.getSelection().isCollapsed) return;
  const id = Number(mark.dataset.spanId);
  try {
    await api("DELETE", `/api/training-spans/${id}/`);
    spans = spans.filter((s) => s.id !== id);
    render();
  } catch (err) {
    show(err.message);
  }
});

document.getElementById("finish").addEventListener("click", async () => {
  try {
    await api("POST", `/api/training-sessions/${config.session}/finish/`);
    window.location.reload();
  } catch (err) {
    show(err.message);
  }
});

render();
