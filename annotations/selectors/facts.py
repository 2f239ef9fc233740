"""What the rules need to know about a stored span (rules.spans.SpanFacts), read from the span, its evidence and
the audit trail. A constant number of queries per span: the work grows with one span's history, never the table."""
from annotations.models import Evidence, Review, Span
from annotations.rules.evidence import DECISIVE_STANCES
from annotations.rules.spans import CONTENT_FIELDS, SpanFacts


def span_contributors(span_id: int) -> frozenset:
    """Everyone who shaped what a reviewer would approve: who created or imported the span, who changed its
    offsets, tag, speaker or note, and who added or removed its evidence (the audit trail keeps removals)."""
    people = set()
    previous = None
    for row in (Span.history.filter(id=span_id).order_by("history_date", "history_id")
                .values("history_user_id", "history_type", "author_id", *CONTENT_FIELDS)):
        content = tuple(row[name] for name in CONTENT_FIELDS)
        if previous is None or row["history_type"] == "+" or content != previous:
            people.add(row["history_user_id"])
        previous = content
    people.update(Evidence.history.filter(span_id=span_id).values_list("history_user_id", flat=True))
    people.update(Evidence.objects.filter(span_id=span_id).values_list("added_by_id", flat=True))
    people.discard(None)
    return frozenset(people)


def span_facts(span: Span) -> SpanFacts:
    return SpanFacts(
        author_id=span.author_id,
        status=span.status,
        tag=span.tag,
        contributors=span_contributors(span.pk) | {span.author_id},
        has_reviews=Review.objects.filter(span_id=span.pk).exists(),
        has_decisive_evidence=Evidence.objects.filter(span_id=span.pk, stance__in=DECISIVE_STANCES).exists(),
    )
