// Colleagues' work, live: every few seconds ask for the spans of this article changed since the newest change seen
// (GET /api/spans/?article=&updated_since=), and now and then for the whole list, which is how deletions show.
// The window overlaps by OVERLAP_MS because a change is stamped before its transaction commits: a span stamped a
// moment before the newest one seen may only become visible afterwards. Versions decide what is new.
import { apiList } from "./api.js";

export const POLL_MS = 2500;
const OVERLAP_MS = 10000;
const FULL_EVERY = 8; // polls

function newest(spans) {
  let latest = null;
  for (const span of spans.values()) if (!latest || span.updated_at > latest) latest = span.updated_at;
  return latest;
}

/** Poll for changes; call onChanges({changed: [span], removed: [id]}) when there are any. */
export function startLiveUpdates({ article, spans, onChanges }) {
  let polls = 0;
  async function poll() {
    polls += 1;
    const full = polls % FULL_EVERY === 0;
    const latest = newest(spans);
    const params = new URLSearchParams({ article, page_size: "1000" });
    if (latest && !full) params.set("updated_since", new Date(Date.parse(latest) - OVERLAP_MS).toISOString());
    try {
      const rows = await apiList(`/api/spans/?${params}`);
      const changed = rows.filter((span) => !spans.has(span.id) || spans.get(span.id).version < span.version);
      const seen = new Set(rows.map((span) => span.id));
      const removed = full ? [...spans.keys()].filter((id) => !seen.has(id)) : [];
      if (changed.length || removed.length) onChanges({ changed, removed });
    } catch {
      // offline or signed out: try again at the next tick; the page's own actions report their errors
    }
    setTimeout(poll, POLL_MS);
  }
  setTimeout(poll, POLL_MS);
}
