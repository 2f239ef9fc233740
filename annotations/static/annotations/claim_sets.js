// The claim-set page: the filters are the GET form (the server counts what they select); this freezes that
// selection as a named claim set through POST /api/claim-sets/.
import { api } from "./api.js";

const form = document.getElementById("claim-create");
if (form) {
  const filters = JSON.parse(document.getElementById("claim-filters-json").textContent);
  const error = document.getElementById("cs-error");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      await api("POST", "/api/claim-sets/", {
        body: { name: form.elements.name.value, description: form.elements.description.value, filters },
      });
      window.location.reload();
    } catch (err) {
      error.textContent = err.message;
      error.hidden = false;
    } finally {
      button.disabled = false;
    }
  });
}
