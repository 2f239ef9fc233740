"""The audit trail: simple-history snapshots of a span, its evidence and its reviews as before/after rows."""
from annotations.models import Article, Evidence, Review, Span

AUDIT_SKIP_FIELDS = {"id", "history_id", "history_date", "history_type", "history_user", "history_change_reason",
                     "history_user_id", "version", "updated_by", "prefix", "suffix"}
AUDIT_ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}


def _audit_rows(records, kind: str, skip=frozenset()) -> list[dict]:
    """Turn simple-history snapshots into {at, user, object, action, changes[{field, old, new}]} rows, diffing each
    snapshot against the previous one of the same object."""
    rows, previous = [], {}
    for record in records:
        fields = [f.attname for f in record.instance_type._meta.fields
                  if f.attname not in AUDIT_SKIP_FIELDS and f.attname not in skip]
        before = previous.get(record.id)
        changes = []
        for name in fields:
            new = getattr(record, name, None)
            old = getattr(before, name, None) if before is not None else None
            if record.history_type == "+" or (before is not None and old != new):
                changes.append({"field": name.removesuffix("_id"), "old": old, "new": new})
        previous[record.id] = record
        if record.history_type == "~" and not changes:
            changes = [{"field": "version", "old": None, "new": record.version}] if hasattr(record, "version") else []
        rows.append({
            "at": record.history_date,
            "user": record.history_user.username if record.history_user else None,
            "object": kind,
            "object_id": record.id,
            "action": AUDIT_ACTIONS.get(record.history_type, record.history_type),
            "changes": changes,
        })
    return rows


def span_audit_trail(span_id) -> list[dict]:
    """Everything that happened to a span, its evidence and its reviews, oldest first (three queries)."""
    span_history = Span.history.filter(id=span_id).select_related("history_user").order_by("history_date",
                                                                                            "history_id")
    evidence_history = Evidence.history.filter(span_id=span_id).select_related("history_user").order_by(
        "history_date", "history_id")
    review_history = Review.history.filter(span_id=span_id).select_related("history_user").order_by(
        "history_date", "history_id")
    rows = (_audit_rows(span_history, "span") + _audit_rows(evidence_history, "evidence")
            + _audit_rows(review_history, "review"))
    return sorted(rows, key=lambda row: row["at"])


# The text is immutable once annotated and may be megabytes: its history row says it was set, not what it was.
ARTICLE_AUDIT_SKIP = frozenset({"text", "text_sha256", "created_at"})


def article_audit_trail(article_id) -> list[dict]:
    """Who created the article and who changed its details, with before/after values, oldest first (one query)."""
    history = (Article.history.filter(id=article_id).select_related("history_user")
               .defer("text").order_by("history_date", "history_id"))
    return _audit_rows(history, "article", skip=ARTICLE_AUDIT_SKIP)
