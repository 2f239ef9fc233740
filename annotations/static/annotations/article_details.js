// Article details (reviewers and staff): PATCH /api/articles/<id>/ with the edited fields, then reload so the
// heading, the meta line and the history show what the server stored.
import { api } from "./api.js";

const form = document.getElementById("details-form");
if (form) {
  const error = document.getElementById("details-error");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    const body = {};
    for (const name of ["title", "outlet", "author", "url", "published", "language"]) {
      const value = form.elements[name].value.trim();
      body[name] = name === "published" && !value ? null : value;
    }
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      await api("PATCH", `/api/articles/${form.dataset.article}/`, { body });
      window.location.reload();
    } catch (err) {
      error.textContent = err.message;
      error.hidden = false;
      button.disabled = false;
    }
  });
}
