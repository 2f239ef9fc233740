// Add an article: preview what the server finds (POST /api/articles/preview/), let the user correct the details,
// then save exactly the previewed text with them (POST /api/articles/). The text is kept as the API returned it
// (never read back from an element, which could change its line breaks).
import { api } from "./api.js";

const source = document.getElementById("intake-source");
const preview = document.getElementById("intake-preview");
const save = document.getElementById("intake-save");
const $ = (id) => document.getElementById(id);
const FIELDS = ["title", "outlet", "author", "url", "published", "language"];
let draft = null;

function showError(element, message) {
  element.textContent = message;
  element.hidden = !message;
}

function chosenKind() {
  return source.elements.kind.value;
}

function showKind() {
  for (const row of source.querySelectorAll("[data-kind]")) row.hidden = row.dataset.kind !== chosenKind();
}

function requestBody() {
  const kind = chosenKind();
  if (kind === "file") {
    const file = $("in-file").files[0];
    if (!file) throw new Error("Choose a file first.");
    const form = new FormData();
    form.append("file", file);
    return form;
  }
  const value = kind === "url" ? $("in-url").value.trim() : $("in-text").value;
  if (!value.trim()) throw new Error(kind === "url" ? "Give the article's web address." : "Paste the article's text.");
  return { [kind]: value };
}

function showDuplicate(duplicate) {
  $("pv-duplicate").hidden = !duplicate;
  $("pv-save").hidden = Boolean(duplicate);
  if (!duplicate) return;
  $("pv-dup-reason").textContent = duplicate.reason === "url" ? "same URL" : "same text";
  $("pv-dup-id").textContent = duplicate.id;
  $("pv-dup-title").textContent = duplicate.title;
  $("pv-dup-link").href = `/articles/${duplicate.id}/`;
  $("pv-dup-link").focus();
}

function showDraft(data) {
  draft = data;
  for (const name of FIELDS) save.elements[name].value = data[name] || "";
  $("pv-text").textContent = data.text;
  $("pv-length").textContent = data.length.toLocaleString();
  const notes = $("pv-notes");
  notes.replaceChildren(...data.notes.map((note) => Object.assign(document.createElement("li"), { textContent: note })));
  showError($("pv-error"), "");
  preview.hidden = false;
  showDuplicate(data.duplicate);
  if (!data.duplicate) save.elements.title.focus();
}

source.addEventListener("change", (event) => {
  if (event.target.name === "kind") showKind();
});

source.addEventListener("submit", async (event) => {
  event.preventDefault();
  showError($("in-error"), "");
  const button = $("in-preview");
  button.disabled = true;
  $("in-busy").textContent = chosenKind() === "url" ? "Fetching the page…" : "Reading…";
  try {
    showDraft(await api("POST", "/api/articles/preview/", { body: requestBody() }));
  } catch (err) {
    preview.hidden = true;
    showError($("in-error"), err.message);
  } finally {
    button.disabled = false;
    $("in-busy").textContent = "";
  }
});

save.addEventListener("submit", async (event) => {
  event.preventDefault();
  if (!draft) return;
  const body = { text: draft.text };
  for (const name of FIELDS) body[name] = save.elements[name].value.trim() || (name === "published" ? null : "");
  const button = $("pv-save");
  button.disabled = true;
  try {
    const article = await api("POST", "/api/articles/", { body });
    window.location.assign(`/articles/${article.id}/`);
  } catch (err) {
    if (err.code === "duplicate_article") {
      window.location.assign(`/articles/${err.data.article}/`);
      return;
    }
    showError($("pv-error"), err.message);
  } finally {
    button.disabled = false;
  }
});

showKind();
