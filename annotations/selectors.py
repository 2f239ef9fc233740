"""Every read the views, exports and commands need, each owning its select_related/prefetch_related so the
number of queries does not grow with the number of rows."""
import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import EmptyResultSet
from django.db.models import Count, F, Lookup, Prefetch, Q, QuerySet
from django.db.models.functions import Length

from annotations.models import Article, ClaimSet, Evidence, Review, Span, SpanStatus, Tag
from annotations.services.validation import invalid

# Stable across databases (no auto ids): re-exports and exports from a restored copy diff cleanly.
EXPORT_ORDER = ("article__text_sha256", "start", "end", "tag", "uid")


def span_queryset() -> QuerySet[Span]:
    return Span.objects.select_related("author", "updated_by").prefetch_related(
        Prefetch(
            "evidence",
            queryset=Evidence.objects.select_related("source", "source__article", "added_by")
            .defer("source__article__text").order_by("id"),
        ),
        Prefetch("reviews", queryset=Review.objects.select_related("reviewer").order_by("created_at", "id")),
    )


def span_get(pk) -> Span:
    return span_queryset().select_related("article").get(pk=pk)


# The span listing reads rows, not model instances: for a 1,000-span page, building instances and Django's
# per-instance prefetch bookkeeping (a queryset clone per span and relation) cost ~6x the queries themselves.
SPAN_ROW_FIELDS = ("id", "uid", "article_id", "start", "end", "text", "prefix", "suffix", "tag", "speaker", "note",
                   "author__username", "status", "version", "updated_by__username", "created_at", "updated_at",
                   "origin", "cluster_id")
EVIDENCE_ROW_FIELDS = ("id", "span_id", "source_id", "source__url", "source__article", "source__title",
                       "source__publisher", "source__accessed", "stance", "excerpt", "source_start", "source_end",
                       "added_by__username", "created_at")
REVIEW_ROW_FIELDS = ("id", "span_id", "reviewer__username", "decision", "verdict", "explanation", "comment",
                     "span_version", "created_at")


class _AnyOf(Lookup):
    """`column IN (ids)` with the ids, already ints, taken as they are: on PostgreSQL as one array parameter
    (`= ANY(%s)`). Django's `__in` prepares, normalises and quotes each value, and psycopg then splits a query of
    1,000 placeholders: ~40% of the listing's time for two queries of 1,000 ids."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        if not self.rhs:
            raise EmptyResultSet
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} IN ({', '.join(['%s'] * len(self.rhs))})", (*params, *self.rhs)

    def as_postgresql(self, compiler, connection):
        if not self.rhs:
            raise EmptyResultSet
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", (*params, list(self.rhs))


def span_rows(queryset: QuerySet[Span]) -> QuerySet:
    """`queryset` (filtered and ordered by the caller, e.g. span_queryset()) as named rows of SPAN_ROW_FIELDS."""
    return queryset.prefetch_related(None).values_list(*SPAN_ROW_FIELDS, named=True)


class SpanRowList:
    """span_rows(queryset) as a lazy sequence for a paginator: counted on `queryset` itself (the count needs none
    of the joins to the users that the rows do) and read only for the slice asked for."""

    def __init__(self, queryset: QuerySet[Span]):
        self.queryset = queryset
        self.ordered = queryset.ordered

    def count(self) -> int:
        return self.queryset.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("SpanRowList is read a page (a slice) at a time.")
        return list(span_rows(self.queryset)[index])


def span_related_rows(span_ids) -> tuple[dict[int, list], dict[int, list]]:
    """The evidence (with its source) and the reviews of these spans as named rows of EVIDENCE_ROW_FIELDS and
    REVIEW_ROW_FIELDS, by span id, in span_queryset's order for each span (two queries)."""
    evidence = {pk: [] for pk in span_ids}
    reviews = {pk: [] for pk in span_ids}
    if not evidence:
        return evidence, reviews
    ids = [int(pk) for pk in evidence]
    for row in (Evidence.objects.filter(_AnyOf(F("span_id"), ids)).order_by("id")
                .values_list(*EVIDENCE_ROW_FIELDS, named=True)):
        evidence[row.span_id].append(row)
    for row in (Review.objects.filter(_AnyOf(F("span_id"), ids)).order_by("created_at", "id")
                .values_list(*REVIEW_ROW_FIELDS, named=True)):
        reviews[row.span_id].append(row)
    return evidence, reviews


def export_queryset() -> QuerySet[Span]:
    # No export reads article.text; loading it once per span cost 100 KB a row for long articles.
    return span_queryset().select_related("article").defer("article__text").order_by(*EXPORT_ORDER)


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


# --- Reads for the reviewer UI (annotations/web) ---------------------------------------------------------------

ARTICLE_NEEDS = {
    "": "all articles",
    "unannotated": "no spans yet",
    "draft": "has drafts",
    "submitted": "awaiting review",
    "rejected": "has rejected spans",
    "verified": "has verified spans",
}


def article_list_filtered(*, q: str = "", outlet: str = "", needs: str = "") -> QuerySet[Article]:
    """article_list_with_progress narrowed by a search in title/outlet, an outlet and what still needs work."""
    qs = article_list_with_progress()
    if q:
        qs = qs.filter(Q(title__icontains=q) | Q(outlet__icontains=q))
    if outlet:
        qs = qs.filter(outlet=outlet)
    if needs == "unannotated":
        qs = qs.filter(n_spans=0)
    elif needs in SpanStatus.values:
        qs = qs.filter(**{f"n_{needs}__gt": 0})
    return qs


def article_outlets() -> list[str]:
    return list(Article.objects.exclude(outlet="").order_by("outlet").values_list("outlet", flat=True).distinct())


def article_get(pk) -> Article:
    return Article.objects.get(pk=pk)


def article_choices() -> list[tuple[int, str]]:
    """(id, title) of every article, for pickers; the text is not loaded."""
    return list(Article.objects.order_by("id").values_list("id", "title"))


def review_queue(user) -> QuerySet[Span]:
    """Submitted spans by other people, oldest change first: what a reviewer can act on."""
    return (
        Span.objects.filter(status=SpanStatus.SUBMITTED)
        .exclude(author=user)
        .select_related("author", "article")
        .defer("article__text")
        .annotate(n_evidence=Count("evidence", distinct=True))
        .order_by("updated_at", "id")
    )


def reviewer_usernames() -> list[str]:
    """Everyone who has approved a span: the choices for a claim set's reviewer filter."""
    return list(
        get_user_model().objects.filter(reviews__decision="approve").order_by("username")
        .values_list("username", flat=True).distinct()
    )


def claim_set_list() -> QuerySet[ClaimSet]:
    return ClaimSet.objects.select_related("created_by").order_by("-created_at", "-id")


def article_list_with_progress() -> QuerySet[Article]:
    """Articles with span counts by tag and status, one query."""
    counts = {f"n_{tag}": Count("spans", filter=Q(spans__tag=tag)) for tag in Tag.values}
    counts.update({f"n_{status}": Count("spans", filter=Q(spans__status=status)) for status in SpanStatus.values})
    return (
        Article.objects.defer("text")
        .annotate(length=Length("text"), n_spans=Count("spans"), **counts)
        .order_by("id")
    )


def users_by_username(usernames) -> dict:
    return {u.username: u for u in get_user_model().objects.filter(username__in=list(usernames))}


AUDIT_SKIP_FIELDS = {"id", "history_id", "history_date", "history_type", "history_user", "history_change_reason",
                     "history_user_id", "version", "updated_by", "prefix", "suffix"}
AUDIT_ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}


def _audit_rows(records, kind: str) -> list[dict]:
    """Turn simple-history snapshots into {at, user, object, action, changes[{field, old, new}]} rows, diffing each
    snapshot against the previous one of the same object."""
    rows, previous = [], {}
    for record in records:
        fields = [f.attname for f in record.instance_type._meta.fields if f.attname not in AUDIT_SKIP_FIELDS]
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


def marked_segments(text: str, *, missed, extra, found) -> list[dict]:
    """The text cut at every boundary of the missed (gold not found), extra (not in gold) and found spans, each
    piece with the kinds covering it, for the training result page: [{text, kinds: {"missed", "extra", "found"}}]."""
    marks = ([(s["start"], s["end"], "missed") for s in missed] + [(s["start"], s["end"], "extra") for s in extra]
             + [(s.start, s.end, "found") for s in found])
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    segments = []
    for a, b in zip(cuts, cuts[1:]):
        kinds = sorted({kind for start, end, kind in marks if start <= a and b <= end})
        if segments and segments[-1]["kinds"] == kinds:
            segments[-1]["text"] += text[a:b]
        else:
            segments.append({"text": text[a:b], "kinds": kinds})
    return segments
# --- Assisted annotation: suggestions, cross-article matches, agreement ----------------------------------------

def article_suggestions(article: Article, user) -> list[dict]:
    """The article's suggestions that `user` has neither dismissed nor already covered with a span of that tag,
    claims by check-worthiness first within the text order the UI renders (two queries)."""
    from annotations.assist.suggest import suggest
    from annotations.models import SuggestionDismissal

    dismissed = set(SuggestionDismissal.objects.filter(article=article, user=user)
                    .values_list("tag", "start", "end"))
    own = list(Span.objects.filter(article=article, author=user).values_list("tag", "start", "end"))
    found = []
    for suggestion in suggest(article.text):
        if (suggestion.tag, suggestion.start, suggestion.end) in dismissed:
            continue
        if any(tag == suggestion.tag and start < suggestion.end and suggestion.start < end for tag, start, end in own):
            continue
        found.append(suggestion.as_dict())
    return found


MATCH_LIMIT = 8


def span_matches(span: Span, limit: int = MATCH_LIMIT) -> list[dict]:
    """The spans (claims and quotes, not rejected), suggested quotations and sentences of *other* articles most
    similar to `span`, best first, each with its score and tier (exact / same / similar); weaker than
    matching.SIMILAR is left out. Three queries whatever the number of articles."""
    from annotations.assist import matching
    from annotations.assist.quotes import find_quotes
    from annotations.assist.text import sentences

    articles = {a.pk: a for a in Article.objects.exclude(pk=span.article_id).only("id", "title", "text")}
    spans = list(Span.objects.filter(article_id__in=list(articles), tag__in=[Tag.CLAIM, Tag.QUOTE])
                 .exclude(status=SpanStatus.REJECTED).only("id", "article_id", "start", "end", "text", "tag",
                                                           "status", "cluster_id").order_by("id"))
    candidates = [("span", s.article_id, s.start, s.end, s.text, s) for s in spans]
    for article in articles.values():
        candidates += [("quote", article.pk, q.start, q.end, q.text, None) for q in find_quotes(article.text)]
        candidates += [("sentence", article.pk, s.start, s.end, s.text, None) for s in sentences(article.text)]
    scores = matching.similarities(span.text, [c[4] for c in candidates])
    own_hash = matching.text_hash(span.text)
    ranked, seen = [], set()
    for (kind, article_id, start, end, text, other), score in sorted(
            zip(candidates, scores), key=lambda pair: (-pair[1], pair[0][1], pair[0][2], pair[0][0])):
        tier = matching.tier(score, matching.text_hash(text) == own_hash)
        if tier is None or (article_id, start, end) in seen:
            continue
        seen.add((article_id, start, end))
        ranked.append({
            "kind": kind, "article": article_id, "article_title": articles[article_id].title,
            "start": start, "end": end, "text": text, "score": round(min(score, 1.0), 3), "tier": tier,
            "span": other.pk if other else None, "tag": other.tag if other else None,
            "status": other.status if other else None, "cluster_id": (other.cluster_id or None) if other else None,
        })
        if len(ranked) == limit:
            break
    return ranked


def article_agreement(article: Article) -> list[dict]:
    """Agreement of every pair of people with spans on `article` (one query): [{a, b, tags: {...}}]."""
    from itertools import combinations

    from annotations.assist.agreement import agreement

    by_author: dict[str, list[dict]] = {}
    for username, start, end, tag in (Span.objects.filter(article=article).order_by("author__username", "start")
                                      .values_list("author__username", "start", "end", "tag")):
        by_author.setdefault(username, []).append({"start": start, "end": end, "tag": tag})
    return [
        {"a": a, "b": b, "tags": agreement(len(article.text), by_author[a], by_author[b])}
        for a, b in combinations(sorted(by_author), 2)
    ]


def agreement_articles() -> QuerySet[Article]:
    """Articles that two or more people have annotated."""
    return (Article.objects.defer("text").annotate(n_authors=Count("spans__author", distinct=True))
            .filter(n_authors__gte=2).order_by("id"))
