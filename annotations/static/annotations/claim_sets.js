// The claim-set page: the filters are the GET form (the server counts what they select); this freezes that
// selection as a named claim set through POST /api/claim-sets/.
import { api } from "./api.js";
import { bytes, watchJob } from "./jobs.js";

// "Export in the background": POST /api/claim-sets/<id>/export-jobs/, follow the job, then offer its file.
for (const jobForm of document.querySelectorAll("form.export-job")) {
  jobForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const status = jobForm.querySelector(".job-status");
    const link = jobForm.querySelector(".job-download");
    const button = jobForm.querySelector("button");
    button.disabled = true;
    link.hidden = true;
    status.textContent = "Queued";
    try {
      const job = await api("POST", jobForm.dataset.url, { body: { format: jobForm.elements.format.value } });
      const done = await watchJob(job.url, status);
      if (done.download_url) {
        link.href = done.download_url;
        link.textContent = `Download ${done.result.filename} (${bytes(done.result.size)})`;
        link.hidden = false;
      }
    } catch (err) {
      status.textContent = err.message;
      status.dataset.state = "failed";
    } finally {
      button.disabled = false;
    }
  });
}

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
