// Staff assign the article (POST /api/assignments/) or remove an assignment (DELETE), then reload the list.
import { api } from "./api.js";

const form = document.getElementById("assign-form");
const error = document.getElementById("assign-error");

function fail(err) {
  error.textContent = err.message;
  error.hidden = false;
}

if (form) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    try {
      await api("POST", "/api/assignments/", { body: {
        article: Number(form.dataset.article), user: form.elements.user.value, role: form.elements.role.value,
      } });
      window.location.reload();
    } catch (err) { fail(err); }
  });
  document.getElementById("assignment-list").addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-unassign]");
    if (!button) return;
    try {
      await api("DELETE", `/api/assignments/${button.dataset.unassign}/`);
      window.location.reload();
    } catch (err) { fail(err); }
  });
}
