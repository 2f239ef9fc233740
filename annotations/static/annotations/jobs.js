// A background job's progress, polled from GET /api/jobs/<id>/ until it succeeds or fails.
import { api } from "./api.js";

const POLL_MS = 1000;

function bytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** One line saying where the job is: state, phase, and how far (a percentage when the whole is known). */
export function describe(job) {
  const { done, total, phase } = job.progress;
  const amount = total ? `${Math.min(100, Math.floor((100 * done) / total))}% (${bytes(done)} of ${bytes(total)})`
    : done ? bytes(done) : "";
  const retry = job.state === "queued" && job.error ? ` — ${job.error.message}` : "";
  if (job.state === "queued") return `Queued${job.attempts ? `, attempt ${job.attempts + 1}` : ""}${retry}`;
  if (job.state === "running") return `Running${phase ? ` (${phase})` : ""}${amount ? `: ${amount}` : ""}`;
  if (job.state === "failed") return `Failed: ${job.error ? job.error.message : "unknown error"}`;
  return `Done${amount ? `: ${bytes(done)}` : ""}`;
}

/** Poll the job at `url`, showing each state in `status` (an element with role=status); resolves with the
 * finished job. */
export async function watchJob(url, status) {
  for (;;) {
    const job = await api("GET", url);
    status.textContent = describe(job);
    status.dataset.state = job.state;
    if (job.state === "succeeded" || job.state === "failed") return job;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export { bytes };
