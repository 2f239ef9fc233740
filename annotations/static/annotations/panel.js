// The side panel for one span: edit, evidence, submit/delete, review, history. Every action is one API call whose
// response (the full span JSON) replaces what the page knows; API errors are shown inline, 412 as a conflict that
// keeps whatever the user typed.
import { api } from "./api.js";
import { CodePointText, rangeToCp } from "./offsets.js";
import { STATUS_MARKS, TAG_LABELS, TAG_LETTERS, TIER_LABELS } from "./render.js";

const $ = (id) => document.getElementById(id);
const DECISION_LABELS = { approve: "Approved", reject: "Rejected", request_changes: "Changes requested" };
const REVIEW_KEYS = { a: "approve", r: "reject", x: "request_changes" };

function el(tag, { className, text, attrs } = {}, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

export class Panel {
  constructor({ config, getSpan, onChange, onDelete, onSelect, handleOf, articleTextFor }) {
    Object.assign(this, { config, getSpan, onChange, onDelete, onSelect, handleOf, articleTextFor });
    this.root = $("panel");
    this.spanId = null;
    this.version = null;
    this.guarded = null; // what to do once the unsaved-changes question is answered
    this.passage = null;
    this.sourceText = null;
    this.busy = false;
    this.bind();
  }

  get span() {
    return this.spanId === null ? null : this.getSpan(this.spanId);
  }

  bind() {
    $("panel-close").addEventListener("click", () => this.close());
    $("p-edit").addEventListener("submit", (event) => { event.preventDefault(); this.save(); });
    $("p-submit").addEventListener("click", () => this.submitForReview());
    $("p-withdraw").addEventListener("click", () => this.withdraw());
    $("p-delete").addEventListener("click", () => this.deleteDraft());
    $("p-reload").addEventListener("click", () => this.reload());
    $("p-add-evidence").addEventListener("submit", (event) => { event.preventDefault(); this.addEvidence(); });
    for (const radio of document.querySelectorAll("#p-add-evidence input[name=kind]")) {
      radio.addEventListener("change", () => this.showSourceKind());
    }
    $("ev-article").addEventListener("change", () => this.loadSourceArticle());
    $("ev-passage-clear").addEventListener("click", () => this.setPassage(null));
    const pick = () => this.pickPassage();
    $("ev-source-text").addEventListener("mouseup", pick);
    $("ev-source-text").addEventListener("keyup", pick);
    for (const button of document.querySelectorAll("#p-review-form button[data-decision]")) {
      button.addEventListener("click", () => this.review(button.dataset.decision));
    }
    $("p-tag").addEventListener("change", () => this.showClaimFields());
    $("p-pub-form").addEventListener("submit", (event) => { event.preventDefault(); this.savePublication(); });
    $("p-pub-summary").addEventListener("input", () => this.countSummary());
    $("pg-save").addEventListener("click", () => this.answerGuard("save"));
    $("pg-discard").addEventListener("click", () => this.answerGuard("discard"));
    $("pg-keep").addEventListener("click", () => this.answerGuard("keep"));
    // Following a link (← Articles, the menu) with unsaved text asks first; closing the tab gets the browser's own.
    document.addEventListener("click", (event) => {
      const link = event.target.closest?.("a[href]");
      if (!link || link.target === "_blank" || event.defaultPrevented || !this.isDirty()) return;
      event.preventDefault();
      this.guard(() => { window.location.href = link.href; });
    });
    window.addEventListener("beforeunload", (event) => {
      if (this.isDirty()) event.preventDefault();
    });
  }

  // --- the unsaved-changes guard -----------------------------------------------------------------------------------
  /** Run `action` now, or, when the panel holds unsaved text, after the user chose to save or discard it. */
  guard(action) {
    if (!this.isDirty()) {
      $("p-guard").hidden = true;
      action();
      return;
    }
    this.guarded = action;
    $("pg-save").hidden = !this.isEditDirty();
    $("p-guard").hidden = false;
    $("p-guard").scrollIntoView({ block: "nearest" });
    $("pg-keep").focus({ preventScroll: true });
  }

  async answerGuard(answer) {
    const action = this.guarded;
    this.guarded = null;
    $("p-guard").hidden = true;
    if (answer === "keep" || !action) {
      (this.isEditDirty() ? $("p-note") : $("rv-comment")).focus();
      return;
    }
    if (answer === "save") {
      const saved = await this.save();
      if (!saved) return; // the error is shown where the form is; nothing is lost
    } else {
      this.resetForms();
    }
    action();
  }

  resetForms() {
    const span = this.span;
    if (span) this.fill(span, { keepForm: false });
    $("p-review-form").reset();
  }

  // --- showing ------------------------------------------------------------------------------------------------
  /** Show a span. Callers go through guard() first when the panel may hold unsaved text. */
  open(id, { focusPanel = true } = {}) {
    const span = this.getSpan(id);
    if (!span) return;
    const switching = this.spanId !== id;
    this.spanId = id;
    if (switching) {
      this.clearMessages();
      $("p-add-evidence").reset();
      $("p-review-form").reset();
      this.setPassage(null);
      this.showSourceKind();
      $("p-delete").dataset.armed = "";
      $("p-delete").textContent = "Delete draft";
    }
    this.fill(span, { keepForm: false });
    if (switching) {
      // The matches' "Link as evidence" controls depend on the actions: drawn once both have answered, whichever
      // comes first (under load the matches could win, and the list stayed without its controls).
      this.actionsLoaded = this.loadActions(id);
      this.loadMatches(span);
    }
    this.root.hidden = false;
    this.onSelect(id);
    // On a narrow window the panel is a sheet over the text: focusing it must not scroll the page to it.
    if (focusPanel) $("panel-title").focus({ preventScroll: true });
  }

  /** The span's detail carries what this user may do to it; the listing does not (it is the same for everyone). */
  async loadActions(id) {
    let detail;
    try {
      detail = await api("GET", `/api/spans/${id}/`);
    } catch (err) {
      if (this.spanId === id) this.showError(err);
      return;
    }
    const cached = this.getSpan(id);
    if (!cached) return;
    // An answer that left before a change made since (a decision by key while it was on its way) is stale: the
    // newer state, with its own actions, is already shown.
    if (detail.version < cached.version) return;
    if (cached.version === detail.version) {
      // Only the per-user fields are new: no need to redraw the text.
      const { actions, refusals, removable_evidence: removable, provenance, publication } = detail;
      Object.assign(cached, { actions, refusals, removable_evidence: removable, provenance, publication });
      if (this.spanId === id) this.fill(cached, { keepForm: true });
    } else {
      this.accept(detail, { keepForm: true });
    }
  }

  /** Close (after the guard) and give the focus back to the span's handle in the text: triage goes on there. */
  close() {
    this.guard(() => {
      const id = this.spanId;
      this.root.hidden = true;
      this.spanId = null;
      this.onSelect(null);
      this.returnToText(id);
    });
  }

  returnToText(id) {
    const handle = id === null ? null : this.handleOf(id);
    if (handle) handle.focus({ preventScroll: true });
  }

  /** What the API says this user may do to the span (rules.actions on the server): the panel shows a control only
   * when the request behind it would pass. A span from the listing has no flags until its detail arrives. */
  allowed(span, action) {
    return Boolean(span.actions && span.actions[action]);
  }

  fill(span, { keepForm }) {
    const { roles } = this.config;
    this.version = span.version;
    $("panel-title").textContent = `${TAG_LETTERS[span.tag]} · ${TAG_LABELS[span.tag]}`;
    $("panel-title").className = `tag-title tag-${span.tag}`;
    $("p-text").textContent = span.text;
    $("p-status").textContent = `${STATUS_MARKS[span.status]} ${span.status}`;
    $("p-status").className = `status st-${span.status}`;
    $("p-author").textContent = span.updated_by && span.updated_by !== span.author
      ? `${span.author} (last change by ${span.updated_by})` : span.author;
    $("p-version").textContent = String(span.version);
    if (!keepForm) {
      $("p-tag").value = span.tag;
      $("p-speaker").value = span.speaker;
      $("p-note").value = span.note;
    }
    const editable = this.allowed(span, "edit");
    for (const id of ["p-tag", "p-speaker", "p-note"]) $(id).disabled = !editable;
    // A span you may not edit shows its speaker and note as facts, not as a disabled form.
    $("p-edit").hidden = !editable && !this.allowed(span, "submit") && !this.allowed(span, "delete")
      && !this.allowed(span, "withdraw");
    $("p-speaker-fact").hidden = editable || !span.speaker;
    $("p-speaker-dd").textContent = span.speaker;
    $("p-note-fact").hidden = editable || !span.note;
    $("p-note-dd").textContent = span.note;
    $("p-save").hidden = !editable;
    $("p-submit").hidden = !this.allowed(span, "submit");
    $("p-delete").hidden = !this.allowed(span, "delete");
    $("p-withdraw").hidden = !this.allowed(span, "withdraw");
    $("p-readonly-hint").hidden = editable;
    $("p-add-evidence").hidden = !this.allowed(span, "add_evidence");
    // A reviewer who may not decide on a submitted span (the four-eyes rule) is told why, without the form.
    const refusal = (span.refusals || {}).review;
    const toldWhy = Boolean(refusal && refusal.code === "four_eyes");
    $("p-review").hidden = !(this.allowed(span, "review") || toldWhy);
    $("p-review-form").hidden = !this.allowed(span, "review");
    $("p-own-hint").hidden = !toldWhy;
    $("p-own-hint").textContent = toldWhy ? refusal.message : "";
    this.arrange(this.allowed(span, "review"));
    this.fillProvenance(span);
    this.fillPublication(span, { keepForm });
    this.showClaimFields();
    this.fillEvidence(span);
    this.fillHistory(span);
  }

  /** Claims: the publication metadata (from the span's detail), the derived values as placeholders. */
  fillPublication(span, { keepForm }) {
    const pub = span.publication;
    $("p-publication").hidden = !pub;
    if (!pub) return;
    const fields = { "p-pub-summary": "claim_summary", "p-pub-claimant": "claimant", "p-pub-date": "claim_date",
      "p-pub-url": "appearance_url" };
    const editable = this.allowed(span, "edit_publication");
    for (const [id, name] of Object.entries(fields)) {
      if (!keepForm) $(id).value = pub[name] || "";
      $(id).placeholder = pub.derived[name] || "";
      $(id).disabled = !editable;
    }
    $("p-pub-save").hidden = !editable;
    $("p-pub-page").hidden = !pub.page;
    if (pub.page) $("p-pub-page").href = pub.page;
    this.countSummary();
  }

  /** The short claim's length against the advised limit (in characters, as search engines count them). */
  countSummary() {
    const span = this.span;
    const pub = span && span.publication;
    if (!pub) return;
    const value = $("p-pub-summary").value || pub.derived.claim_summary || "";
    const length = [...value].length;
    const limit = pub.advised_summary_length;
    $("p-pub-count").textContent = `${length}/${limit}${length > limit ? " — longer than advised" : ""}`;
    $("p-pub-count").classList.toggle("over", length > limit);
  }

  async savePublication() {
    const id = this.spanId;
    const body = {
      claim_summary: $("p-pub-summary").value, claimant: $("p-pub-claimant").value,
      claim_date: $("p-pub-date").value || null, appearance_url: $("p-pub-url").value,
    };
    await this.run(async () => {
      this.accept(await api("PATCH", `/api/spans/${id}/publication/`, { body, version: this.version }));
    });
  }

  /** Review mode: for a reviewer who may decide, the decision controls come first, then the evidence; otherwise
   * the author's order (edit, evidence, review). The DOM order moves, so Tab follows what is seen. */
  arrange(reviewing) {
    if (this.root.classList.contains("review-mode") === reviewing && this.arranged) return;
    this.arranged = true;
    this.root.classList.toggle("review-mode", reviewing);
    const order = reviewing
      ? ["p-review", "p-evidence-section", "p-publication", "p-edit", "p-matches", "p-history-section"]
      : ["p-edit", "p-evidence-section", "p-publication", "p-matches", "p-review", "p-history-section"];
    for (const id of order) this.root.append($(id));
  }

  showClaimFields() {
    const span = this.span;
    $("p-claim-fields").hidden = !span || span.tag !== "claim";
  }

  fillEvidence(span) {
    const list = $("p-evidence");
    const removable = new Set(span.removable_evidence || []);
    const canRemove = (ev) => removable.has(ev.id);
    const items = span.evidence.map((ev) => {
      const source = ev.source || {};
      let link;
      if (source.article) {
        link = el("a", { text: source.title || `Article #${source.article}`,
          attrs: { href: `/articles/${source.article}/`, target: "_blank", rel: "noopener noreferrer" } });
      } else if (/^https?:\/\//i.test(source.url || "")) {
        link = el("a", { text: source.title || source.url,
          attrs: { href: source.url, target: "_blank", rel: "noopener noreferrer" } });
      } else {
        link = el("span", { text: source.title || source.url || "(source)" });
      }
      const li = el("li", { className: `stance-${ev.stance}` },
        el("span", { className: `stance stance-${ev.stance}`, text: ev.stance }), " ", link);
      if (ev.source_start !== null && ev.source_start !== undefined && !ev.excerpt) {
        li.append(" ", el("span", { className: "muted", text: "(a passage of it)" }));
      }
      if (ev.excerpt) li.append(el("blockquote", { className: "excerpt", text: ev.excerpt }));
      li.append(el("div", { className: "muted", text: `added by ${ev.added_by}` }));
      if (canRemove(ev)) {
        const remove = el("button", { className: "link danger", text: "Remove",
          attrs: { type: "button", "aria-label": `Remove evidence ${source.title || source.url || ""}` } });
        remove.addEventListener("click", () => this.removeEvidence(ev.id));
        li.append(" ", remove);
      }
      return li;
    });
    if (!items.length) items.push(el("li", { className: "muted", text: "No sources yet." }));
    list.replaceChildren(...items);
  }

  /** Claims and quotes: the most similar passages of other articles, each linkable as evidence with one click. */
  async loadMatches(span) {
    const section = $("p-matches");
    const list = $("p-match-list");
    list.replaceChildren();
    section.hidden = !["claim", "quote"].includes(span.tag);
    if (section.hidden) return;
    list.append(el("li", { className: "muted", text: "Looking…" }));
    let data;
    try {
      data = await api("GET", `/api/spans/${span.id}/matches/`);
    } catch (err) {
      list.replaceChildren(el("li", { className: "error", text: err.message }));
      return;
    }
    await this.actionsLoaded;
    if (this.spanId !== span.id) return;
    $("p-same-threshold").textContent = data.same_claim_threshold.toFixed(2);
    $("p-similar-threshold").textContent = data.similar_threshold.toFixed(2);
    const canLink = () => this.allowed(this.span, "add_evidence");
    $("p-link-hint").hidden = !canLink();
    const items = data.matches.map((match) => {
      const li = el("li", { className: `match tier-${match.tier}` },
        el("span", { className: `tier tier-${match.tier}`, text: TIER_LABELS[match.tier] }), " ",
        el("span", { className: "score", text: match.score.toFixed(2) }), " ",
        el("a", { text: `#${match.article} ${match.article_title.slice(0, 60)}`,
          attrs: { href: `/articles/${match.article}/${match.span ? `?span=${match.span}` : ""}`, target: "_blank",
            rel: "noopener noreferrer" } }),
        el("blockquote", { className: "excerpt", text: match.text }));
      if (match.kind === "span") {
        li.append(el("div", { className: "muted", text: `${match.tag} span (${match.status})`
          + (match.cluster_id ? `, cluster ${match.cluster_id}` : "") }));
      }
      if (canLink()) {
        const stance = el("select", { attrs: { "aria-label": `Stance for the match in article ${match.article}` } },
          ...["supports", "refutes", "context"].map((value) => el("option", { text: value, attrs: { value } })));
        const link = el("button", { className: "link-match", text: "Link as evidence", attrs: { type: "button" } });
        link.addEventListener("click", () => this.linkMatch(match, stance.value));
        li.append(el("div", { className: "row" }, stance, link));
      }
      return li;
    });
    if (!items.length) items.push(el("li", { className: "muted", text: "Nothing similar in other articles." }));
    list.replaceChildren(...items);
  }

  async linkMatch(match, stance) {
    const id = this.spanId;
    await this.run(async () => {
      const body = { stance, source_article: match.article, source_start: match.start, source_end: match.end };
      const span = await api("POST", `/api/spans/${id}/evidence/`, { body, version: this.version });
      this.accept(span, { keepForm: true });
    });
  }

  fillProvenance(span) {
    const box = $("p-provenance");
    const p = span.provenance;
    box.hidden = !p;
    if (!p) return;
    const status = p.external_status === "verified" ? "verified elsewhere" : `${p.external_status} elsewhere`;
    const by = p.imported_by ? `by ${p.imported_by}` : "on the command line";
    const reviews = p.external_reviews.map((r) => el("li", {
      text: `${DECISION_LABELS[r.decision] || r.decision} by ${r.reviewer} (${r.verdict || "no verdict"})`
        + (r.explanation ? `: ${r.explanation}` : "") }));
    box.replaceChildren(
      el("strong", { text: `Imported, ${status}` }),
      el("div", { className: "muted", text: `${p.file} (${p.format}), imported ${by} on ${new Date(p.imported_at).toLocaleString()}.`
        + " It counts as verified only once a reviewer here approves it." }),
      el("ul", {}, ...reviews));
  }

  fillHistory(span) {
    const items = span.reviews.map((review) => {
      const li = el("li", { className: `decision-${review.decision}` },
        el("strong", { text: DECISION_LABELS[review.decision] || review.decision }),
        ` by ${review.reviewer} on version ${review.span_version}, ${new Date(review.created_at).toLocaleString()}`);
      if (review.verdict) li.append(el("div", { text: `Verdict: ${review.verdict.replace("_", " ")}` }));
      if (review.explanation) li.append(el("div", { text: review.explanation }));
      if (review.comment) li.append(el("blockquote", { className: "excerpt", text: review.comment }));
      return li;
    });
    if (!items.length) items.push(el("li", { className: "muted", text: "Not reviewed yet." }));
    $("p-history").replaceChildren(...items);
  }

  // --- messages -----------------------------------------------------------------------------------------------
  clearMessages() {
    $("p-guard").hidden = true;
    $("p-error").hidden = true;
    $("p-error").textContent = "";
    $("p-conflict").hidden = true;
    $("p-unsaved").hidden = true;
  }

  /** An error shows next to the control that caused it (`near`), and is scrolled into view. */
  showError(err, near = null) {
    if (near) near.after($("p-error"));
    if (err.status === 412) {
      const who = err.data.changed_by || "someone else";
      $("p-conflict-msg").textContent = `This span was changed by ${who} — reload it to see their version. `
        + "Your unsaved text is still in the form and nothing was overwritten.";
      $("p-conflict").hidden = false;
      $("p-error").hidden = true;
      $("p-conflict").scrollIntoView({ block: "nearest" });
      return;
    }
    $("p-error").textContent = err.message;
    $("p-error").hidden = false;
    $("p-error").scrollIntoView({ block: "nearest" });
  }

  /** One action at a time; returns true when it went through. `near` is where its error belongs. */
  async run(action, near = null) {
    if (this.busy) return false;
    this.busy = true;
    this.clearMessages();
    try {
      await action();
      return true;
    } catch (err) {
      if (!(err && "status" in err)) throw err;
      this.showError(err, near);
      return false;
    } finally {
      this.busy = false;
    }
  }

  accept(span, { keepForm = false } = {}) {
    this.onChange(span); // re-renders the text; the panel follows
    if (this.spanId === span.id) this.fill(span, { keepForm });
  }

  // --- actions ------------------------------------------------------------------------------------------------
  formValues() {
    return { tag: $("p-tag").value, speaker: $("p-speaker").value, note: $("p-note").value };
  }

  isEditDirty() {
    const span = this.span;
    if (!span || this.root.hidden || $("p-tag").disabled) return false;
    return Object.entries(this.formValues()).some(([key, value]) => span[key] !== value);
  }

  /** Unsaved text anywhere in the panel: the edit form, or a review comment or explanation not yet sent. */
  isDirty() {
    if (!this.span || this.root.hidden) return false;
    const review = !$("p-review").hidden && ["rv-comment", "rv-explanation"].some((id) => $(id).value.trim() !== "");
    return this.isEditDirty() || review;
  }

  async save() {
    const id = this.spanId;
    return this.run(async () => {
      const span = await api("PATCH", `/api/spans/${id}/`, { body: this.formValues(), version: this.version });
      this.accept(span);
    }, $("p-edit-actions"));
  }

  async submitForReview() {
    const id = this.spanId;
    await this.run(async () => {
      if (this.isDirty()) {
        this.accept(await api("PATCH", `/api/spans/${id}/`, { body: this.formValues(), version: this.version }));
      }
      this.accept(await api("POST", `/api/spans/${id}/submit/`, { version: this.version }));
    }, $("p-edit-actions"));
  }

  async withdraw() {
    const id = this.spanId;
    await this.run(async () => {
      this.accept(await api("POST", `/api/spans/${id}/withdraw/`, { version: this.version }));
    });
  }

  async deleteDraft() {
    const button = $("p-delete");
    if (!button.dataset.armed) {
      button.dataset.armed = "1";
      button.textContent = "Really delete? Click again";
      return;
    }
    const id = this.spanId;
    await this.run(async () => {
      await api("DELETE", `/api/spans/${id}/`, { version: this.version });
      this.root.hidden = true;
      this.spanId = null;
      this.onSelect(null);
      this.onDelete(id);
    }, $("p-edit-actions"));
    button.dataset.armed = "";
    button.textContent = "Delete draft";
  }

  async reload() {
    const id = this.spanId;
    const unsaved = this.formValues();
    await this.run(async () => {
      const span = await api("GET", `/api/spans/${id}/`);
      const lost = Object.entries(unsaved).filter(([key, value]) => span[key] !== value && value !== "");
      this.accept(span);
      this.arranged = false;
      if (lost.length) {
        $("p-unsaved-text").textContent = lost.map(([key, value]) => `${key}: ${value}`).join("\n");
        $("p-unsaved").hidden = false;
        $("p-conflict").hidden = false;
        $("p-conflict-msg").textContent = "Reloaded. Your unsaved text is below: copy what you need and save again.";
      }
    });
  }

  showSourceKind() {
    const kind = document.querySelector("#p-add-evidence input[name=kind]:checked").value;
    $("ev-url-fields").hidden = kind !== "url";
    $("ev-article-fields").hidden = kind !== "article";
  }

  async loadSourceArticle() {
    const id = $("ev-article").value;
    this.setPassage(null);
    const box = $("ev-source-text");
    if (!id) {
      box.hidden = true;
      this.sourceText = null;
      return;
    }
    await this.run(async () => {
      this.sourceText = new CodePointText(await this.articleTextFor(id));
      box.textContent = this.sourceText.text;
      box.hidden = false;
    });
  }

  pickPassage() {
    const selection = document.getSelection();
    if (!this.sourceText || !selection.rangeCount || selection.isCollapsed) return;
    const offsets = rangeToCp($("ev-source-text"), selection.getRangeAt(0));
    this.setPassage(offsets && this.sourceText.normalize(offsets.start, offsets.end));
  }

  setPassage(passage) {
    this.passage = passage;
    $("ev-passage").textContent = passage ? `“${passage.text}”` : "whole article";
    $("ev-passage-clear").hidden = !passage;
  }

  async addEvidence() {
    const id = this.spanId;
    const kind = document.querySelector("#p-add-evidence input[name=kind]:checked").value;
    const body = { stance: $("ev-stance").value };
    if (kind === "url") {
      Object.assign(body, { url: $("ev-url").value.trim(), title: $("ev-title").value, excerpt: $("ev-excerpt").value });
    } else {
      body.source_article = $("ev-article").value ? Number($("ev-article").value) : null;
      if (this.passage) Object.assign(body, { source_start: this.passage.start, source_end: this.passage.end });
    }
    await this.run(async () => {
      const span = await api("POST", `/api/spans/${id}/evidence/`, { body, version: this.version });
      this.accept(span, { keepForm: true }); // the edit form keeps whatever the user has typed there
      $("ev-url").value = ""; $("ev-title").value = ""; $("ev-excerpt").value = "";
    }, $("ev-add"));
  }

  async removeEvidence(evidenceId) {
    const id = this.spanId;
    await this.run(async () => {
      await api("DELETE", `/api/evidence/${evidenceId}/`, { version: this.version });
      this.accept(await api("GET", `/api/spans/${id}/`), { keepForm: true });
    });
  }

  /** A decision; from the keyboard, the focus then goes back to the span in the text, where j / k go on. */
  async review(decision, { fromKey = false } = {}) {
    const id = this.spanId;
    const span = this.span;
    const body = { decision, comment: $("rv-comment").value };
    if (decision === "approve" && span.tag === "claim") {
      Object.assign(body, { verdict: $("rv-verdict").value, explanation: $("rv-explanation").value });
    }
    const done = await this.run(async () => {
      this.accept(await api("POST", `/api/spans/${id}/reviews/`, { body, version: this.version }));
      $("p-review-form").reset();
    }, $("p-review-buttons"));
    if (done && fromKey) this.returnToText(id);
  }

  /** Keys while the panel is open: Esc closes; a / r / x review. Returns true when the key was used. */
  handleKey(event) {
    if (this.root.hidden) return false;
    if (event.key === "Escape") {
      this.close();
      return true;
    }
    const decision = REVIEW_KEYS[event.key.toLowerCase()];
    if (decision && !$("p-review").hidden && !$("p-review-form").hidden) {
      this.review(decision, { fromKey: true });
      return true;
    }
    return false;
  }
}
