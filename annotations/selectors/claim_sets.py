"""Claim-set reads: the filter a claim set is built from, the verified spans it selects, and the sets themselves."""
import datetime

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet

from annotations.models import ClaimSet, Span, SpanStatus, Tag
from annotations.services.validation import invalid

from .spans import export_queryset

MAX_ID = 2**63 - 1
FILTER_KEYS = {"articles", "tags", "authors", "reviewers", "verified_from", "verified_to", "updated_since"}


def _date(field: str, value) -> datetime.date:
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise invalid(field, f"{field} must be a date as YYYY-MM-DD (got {value!r}).", "invalid_date")


def clean_claim_filters(filters: dict) -> dict:
    """Validate a claim-set filter and return it in canonical form (sorted lists, ISO dates), so that the same
    selection is always stored and hashed the same way."""
    if not isinstance(filters, dict):
        raise invalid("filters", "filters must be an object.", "invalid_type")
    unknown = set(filters) - FILTER_KEYS
    if unknown:
        raise invalid(sorted(unknown)[0], f"Unknown filter; expected some of: {', '.join(sorted(FILTER_KEYS))}.",
                      "unknown_filter")
    clean = {}
    for key in ("articles", "tags", "authors", "reviewers"):
        values = filters.get(key)
        if values in (None, "", []):
            continue
        if isinstance(values, (str, int)):
            values = [values]
        if not isinstance(values, list):
            raise invalid(key, f"{key} must be a list.", "invalid_type")
        if key == "articles":
            try:
                values = sorted({int(v) for v in values})
            except (TypeError, ValueError):
                raise invalid(key, "articles must be article ids (integers).", "invalid_type")
            if any(not 0 < v <= MAX_ID for v in values):
                raise invalid(key, "articles must be article ids (positive integers).", "out_of_range")
        elif key == "tags":
            bad = [v for v in values if v not in Tag.values]
            if bad:
                raise invalid(key, f"{bad[0]!r} is not a tag; expected claim, quote or opinion.", "invalid_choice")
            values = sorted(set(values))
        else:
            values = sorted({str(v) for v in values})
        clean[key] = values
    for key in ("verified_from", "verified_to", "updated_since"):
        if filters.get(key):
            clean[key] = _date(key, filters[key]).isoformat()
    return clean


def verified_spans(filters: dict | None = None) -> QuerySet[Span]:
    """Verified, production spans matching a claim-set filter (see clean_claim_filters), in export order."""
    filters = clean_claim_filters(filters or {})
    qs = Span.objects.filter(status=SpanStatus.VERIFIED)
    if "articles" in filters:
        qs = qs.filter(article_id__in=filters["articles"])
    if "tags" in filters:
        qs = qs.filter(tag__in=filters["tags"])
    if "authors" in filters:
        qs = qs.filter(author__username__in=filters["authors"])
    approvals = Q(reviews__decision="approve")
    if "reviewers" in filters:
        qs = qs.filter(approvals, reviews__reviewer__username__in=filters["reviewers"])
    if "verified_from" in filters:
        qs = qs.filter(approvals, reviews__created_at__date__gte=filters["verified_from"])
    if "verified_to" in filters:
        qs = qs.filter(approvals, reviews__created_at__date__lte=filters["verified_to"])
    if "updated_since" in filters:
        qs = qs.filter(updated_at__date__gte=filters["updated_since"])
    return qs.distinct()


def claim_set_spans(claim_set: ClaimSet) -> QuerySet[Span]:
    return export_queryset().filter(claim_sets=claim_set)


def reviewer_usernames() -> list[str]:
    """Everyone who has approved a span: the choices for a claim set's reviewer filter."""
    return list(
        get_user_model().objects.filter(reviews__decision="approve").order_by("username")
        .values_list("username", flat=True).distinct()
    )


def claim_set_list() -> QuerySet[ClaimSet]:
    return ClaimSet.objects.select_related("created_by").order_by("-created_at", "-id")
