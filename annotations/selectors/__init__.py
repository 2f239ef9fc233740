"""Every read the views, exports and commands need, each owning its select_related/prefetch_related so the
number of queries does not grow with the number of rows. One module per concern; callers use
`from annotations import selectors` and `selectors.<name>`, so the public names are re-exported here."""
from .articles import (
    ARTICLE_NEEDS, article_choices, article_get, article_list_filtered, article_list_with_progress, article_outlets,
    article_text_in_use,
)
from .assist import MATCH_LIMIT, agreement_articles, article_agreement, article_suggestions, span_matches
from .audit import AUDIT_ACTIONS, AUDIT_SKIP_FIELDS, article_audit_trail, span_audit_trail
from .claim_sets import (
    CLAIM_FILTERS, FILTER_KEYS, MAX_ID, ClaimFilter, author_usernames, claim_filters_from_query, claim_set_list,
    claim_set_list_with_hashes, claim_set_snapshot_hashes, claim_set_spans, clean_claim_filters,
    describe_claim_filters, reviewer_usernames, verified_spans,
)
from .facts import span_contributors, span_facts
from .publication import published_claim, published_claims
from .spans import (
    EVIDENCE_ROW_FIELDS, EXPORT_ORDER, REVIEW_ROW_FIELDS, SPAN_ROW_FIELDS, SpanRowList, export_queryset,
    review_queue, span_get, span_queryset, span_related_rows, span_rows,
)
from .training import marked_segments
from .work import (
    WORK_LIST_LIMIT, article_assignments, assignable_people, assigned_articles, assigned_review_queue, changes_requested, my_drafts, my_submitted, my_work,
    my_work_counts,
)

__all__ = [
    "ARTICLE_NEEDS", "article_choices", "article_get", "article_list_filtered", "article_list_with_progress",
    "article_text_in_use",
    "article_outlets",
    "MATCH_LIMIT", "agreement_articles", "article_agreement", "article_suggestions", "span_matches",
    "AUDIT_ACTIONS", "AUDIT_SKIP_FIELDS", "article_audit_trail", "span_audit_trail",
    "CLAIM_FILTERS", "FILTER_KEYS", "MAX_ID", "ClaimFilter", "author_usernames", "claim_filters_from_query",
    "claim_set_list", "claim_set_list_with_hashes", "claim_set_snapshot_hashes", "claim_set_spans",
    "clean_claim_filters", "describe_claim_filters", "reviewer_usernames", "verified_spans",
    "EVIDENCE_ROW_FIELDS", "EXPORT_ORDER", "REVIEW_ROW_FIELDS", "SPAN_ROW_FIELDS", "SpanRowList", "export_queryset",
    "review_queue", "span_get", "span_queryset", "span_related_rows", "span_rows",
    "marked_segments",
    "WORK_LIST_LIMIT", "article_assignments", "assignable_people", "assigned_articles", "assigned_review_queue", "changes_requested", "my_drafts",
    "my_submitted", "my_work", "my_work_counts",
    "span_contributors", "span_facts",
    "published_claim", "published_claims",
]
