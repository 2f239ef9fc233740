"""Claim-set reads: the filter a claim set is built from, the verified spans it selects, and the sets themselves."""
import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from annotations.models import ClaimSet, ClaimSetExport, Decision, Review, Span, SpanStatus, Tag
from annotations.rules.fields import clean_text, invalid
from annotations.rules.limits import USERNAME_MAX

from .spans import export_queryset

MAX_ID = 2**63 - 1
LIST, DATE = "list", "date"


@dataclass(frozen=True)
class ClaimFilter:
    """One key of a claim-set filter. A list key holds `item`s (article ids, tags or usernames), a date key one
    YYYY-MM-DD day; `lookup` is the span field it narrows, through an approving review when `approval` is set."""

    name: str
    kind: str
    lookup: str
    item: str = ""
    approval: bool = False
    help: str = ""

    @property
    def many(self) -> bool:
        return self.kind == LIST


# The one declaration of the claim-set filter: clean_claim_filters, verified_spans, claim_filters_from_query (the
# claim-set page and the ad-hoc export), the API's ClaimFilterSerializer and the export's OpenAPI parameters all
# read their keys from here.
CLAIM_FILTERS = (
    ClaimFilter("articles", LIST, "article_id__in", item="article", help="Article ids."),
    ClaimFilter("tags", LIST, "tag__in", item="tag", help="Tags."),
    ClaimFilter("authors", LIST, "author__username__in", item="username", help="Authors' usernames."),
    ClaimFilter("reviewers", LIST, "reviews__reviewer__username__in", item="username", approval=True,
                help="Usernames of the reviewers who approved the span."),
    ClaimFilter("verified_from", DATE, "reviews__created_at__date__gte", approval=True,
                help="Approved on or after this day."),
    ClaimFilter("verified_to", DATE, "reviews__created_at__date__lte", approval=True,
                help="Approved on or before this day."),
    ClaimFilter("updated_since", DATE, "updated_at__date__gte", help="Last changed on or after this day."),
)
FILTER_KEYS = {f.name for f in CLAIM_FILTERS}


def describe_claim_filters(filters: dict) -> str:
    """A claim set's stored filter in words for people ("tags: claim · articles: 3, 7"), in declaration order; no
    filter at all reads "every verified span"."""
    parts = []
    for f in CLAIM_FILTERS:
        value = filters.get(f.name)
        if value in (None, "", []):
            continue
        shown = ", ".join(str(v) for v in value) if isinstance(value, (list, tuple)) else str(value)
        parts.append(f"{f.name.replace('_', ' ')}: {shown}")
    return " · ".join(parts) or "every verified span"


def _date(field: str, value) -> datetime.date:
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise invalid(field, f"{field} must be a date as YYYY-MM-DD (got {value!r}).", "invalid_date")


def _clean_list(key: str, item: str, values) -> list:
    if isinstance(values, (str, int)):
        values = [values]
    if not isinstance(values, list):
        raise invalid(key, f"{key} must be a list.", "invalid_type")
    if item == "article":
        try:
            values = sorted({int(v) for v in values})
        except (TypeError, ValueError):
            raise invalid(key, "articles must be article ids (integers).", "invalid_type")
        if any(not 0 < v <= MAX_ID for v in values):
            raise invalid(key, "articles must be article ids (positive integers).", "out_of_range")
        return values
    if item == "tag":
        bad = [v for v in values if v not in Tag.values]
        if bad:
            raise invalid(key, f"{bad[0]!r} is not a tag; expected claim, quote or opinion.", "invalid_choice")
        return sorted(set(values))
    return sorted({clean_text(key, str(v), max_length=USERNAME_MAX) for v in values})


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
    for f in CLAIM_FILTERS:
        value = filters.get(f.name)
        if f.many and value not in (None, "", []):
            clean[f.name] = _clean_list(f.name, f.item, value)
        elif not f.many and value:
            clean[f.name] = _date(f.name, value).isoformat()
    return clean


def claim_filters_from_query(query) -> dict:
    """The claim-set filter spelt in a query string (a QueryDict: list keys repeat, ?tags=claim&tags=quote), not
    yet cleaned."""
    return {f.name: query.getlist(f.name) if f.many else query.get(f.name)
            for f in CLAIM_FILTERS if f.name in query}


def verified_spans(filters: dict | None = None) -> QuerySet[Span]:
    """Verified, production spans matching a claim-set filter (see clean_claim_filters), in export order."""
    filters = clean_claim_filters(filters or {})
    # "Verified" is read off the reviews as well as the status: a status written past the services (raw SQL, a
    # restored dump, an admin hole) reaches no export without an approval by someone other than the author.
    approved_by_another = Exists(Review.objects.filter(span=OuterRef("pk"), decision=Decision.APPROVE)
                                 .exclude(reviewer=OuterRef("author")))
    qs = Span.objects.filter(approved_by_another, status=SpanStatus.VERIFIED)
    approvals = Q(reviews__decision="approve")
    for f in CLAIM_FILTERS:
        if f.name not in filters:
            continue
        # One filter() per key: each condition on the reviews may be met by a different approval.
        condition = {f.lookup: filters[f.name]}
        qs = qs.filter(approvals, **condition) if f.approval else qs.filter(**condition)
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


def claim_set_list_with_hashes() -> QuerySet[ClaimSet]:
    """claim_set_list with the SHA-256 of each frozen export (one more query, whatever the number of sets)."""
    return claim_set_list().prefetch_related(_SNAPSHOT_HASHES)


# The hashes of a set's frozen exports, without their bytes.
_SNAPSHOT_HASHES = Prefetch("snapshots", queryset=ClaimSetExport.objects.only("claim_set_id", "format", "sha256"),
                            to_attr="snapshot_hashes")


def claim_set_snapshot_hashes(claim_set: ClaimSet) -> list:
    if hasattr(claim_set, "snapshot_hashes"):
        return claim_set.snapshot_hashes
    return list(claim_set.snapshots.only("claim_set_id", "format", "sha256"))


def author_usernames() -> list[str]:
    """Everyone with a verified span: the choices for a claim set's author filter."""
    return list(
        Span.objects.filter(status=SpanStatus.VERIFIED).order_by("author__username")
        .values_list("author__username", flat=True).distinct()
    )
