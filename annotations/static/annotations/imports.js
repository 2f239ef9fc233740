// The import page: uploads the file through POST /api/imports/. A small file is imported in the request (201 or
// 400 with the report); a large one becomes a background job (202), whose progress is polled and shown.
import { ApiError, upload } from "./api.js";
import { watchJob } from "./jobs.js";

const form = document.getElementById("import-form");
const status = document.getElementById("import-status");
const report = document.getElementById("import-report");

function showReport(body) {
  report.hidden = false;
  const lines = [
    `${body.records} records: ${body.articles_created} articles and ${body.spans_created} spans created, ` +
      `${body.spans_existing} spans already there, ${body.rejected} rejected.`,
    body.committed ? "Imported." : "Nothing was imported.",
    ...body.errors.slice(0, 20).map((e) => `line ${e.line}, ${e.field}: ${e.message}`),
  ];
  report.replaceChildren(...lines.map((text) => Object.assign(document.createElement("li"), { textContent: text })));
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  report.hidden = true;
  status.dataset.state = "";
  status.textContent = "Uploading…";
  try {
    const { status: code, data } = await upload("/api/imports/", new FormData(form));
    if (code === 202) {
      const job = await watchJob(data.url, status);
      if (job.result) showReport(job.result);
    } else if (data && "committed" in data) {
      status.textContent = data.committed ? "Done." : "Refused.";
      showReport(data);
    } else {
      throw new ApiError(code, data, Object.entries(data || {}).map(([k, v]) => `${k}: ${v}`).join(" "));
    }
  } catch (err) {
    status.textContent = err.message;
    status.dataset.state = "failed";
  } finally {
    button.disabled = false;
  }
});
