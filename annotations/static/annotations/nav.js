// The number beside "My work": spans sent back to me plus spans waiting for my review (GET /api/me/work/). Asked
// after the page has loaded, so no page pays for it in its own queries; a failure just leaves the link bare.
import { api } from "./api.js";

const badge = document.getElementById("nav-work-count");
if (badge) {
  api("GET", "/api/me/work/").then((counts) => {
    const waiting = counts.changes_requested + counts.to_review;
    badge.textContent = String(waiting);
    badge.hidden = waiting === 0;
    badge.parentElement.setAttribute("aria-label", `My work: ${counts.changes_requested} sent back to you, `
      + `${counts.to_review} waiting for your review, ${counts.assigned} assigned articles`);
  }).catch(() => {});
}
