"""Every write in the workbench goes through these functions; the UI, API, admin and commands call them."""
from .assist import article_suggestion_items, article_suggestions_store, suggestion_accept, suggestion_dismiss
from .clusters import span_cluster_join, span_clusters_refresh
from .articles import (
    article_clean_fields, article_create, article_get_or_create, article_prepare, article_update, text_sha256,
    title_from_text,
)
from .assignments import assignment_add, assignment_remove
from .intake import article_draft, article_ingest, draft_duplicate
from .claim_sets import claim_set_content_sha256, claim_set_create
from .jobs import claim_set_export_job_create, import_job_create, jobs_prune
from .passages import article_passages_index
from .span_bands import article_spans_index
from .evidence import evidence_add, evidence_remove, source_for_article, source_get_or_create_url
from .publication import span_publication_update
from .reviews import review_submit
from .spans import check_offsets, span_create, span_delete, span_submit, span_update, span_withdraw

__all__ = [
    "article_clean_fields", "article_create", "article_get_or_create", "article_prepare", "article_update",
    "text_sha256", "title_from_text",
    "article_draft", "article_ingest", "draft_duplicate",
    "assignment_add", "assignment_remove",
    "evidence_add", "evidence_remove", "source_for_article", "source_get_or_create_url",
    "claim_set_content_sha256", "claim_set_create",
    "review_submit", "span_publication_update",
    "article_passages_index",
    "article_spans_index",
    "article_suggestion_items", "article_suggestions_store",
    "span_cluster_join", "span_clusters_refresh", "suggestion_accept", "suggestion_dismiss",
    "claim_set_export_job_create", "import_job_create", "jobs_prune",
    "check_offsets", "span_create", "span_delete", "span_submit", "span_update", "span_withdraw",
]
