"""Span reads: the annotated span with its evidence and reviews, the listing's light rows, the export order and
the review queue."""
from django.core.exceptions import EmptyResultSet
from django.db.models import Count, F, Lookup, Prefetch, QuerySet

from annotations.exports.record_spec import SPAN as SPAN_RECORD
from annotations.models import Evidence, Review, Span, SpanStatus

# Stable across databases (no auto ids): re-exports and exports from a restored copy diff cleanly.
# The export record declares its line order (exports.record_spec); the export querysets read it from there.
EXPORT_ORDER = SPAN_RECORD.order


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
