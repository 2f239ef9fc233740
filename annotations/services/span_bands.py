"""The span index: the band keys (assist.bands) of every claim and quote claim matching sees
(rules.matching.is_matched), with the tag and whether it is verified, so the matches endpoint and the cluster
update find candidate spans by capped B-tree probes, as for passages (selectors.matching).

One writer, `spans_bands_write`, called wherever a span's text, tag or status changes:
- services.spans.save_span (edits, submit, withdraw, reviews: every compare-and-set UPDATE);
- the post_save signal of Span (span_create, loaddata's raw saves, any other ORM save);
- `spans_index`, for rows written past the ORM: the importer queues it, with the ids of the spans it wrote, in the
  import's transaction (the keys cost ~0.2 ms of CPU per span, which would double a large import; imported spans
  are never verified, so only the matches endpoint waits for them); `index_passages` runs it for spans that have
  no rows (a job that failed, rows written by hand) and `article_spans_index` rebuilds whole articles.
The benchmark's COPY writes the rows `band_rows_of` gives, and its smoke test compares them with this writer's."""
from collections.abc import Iterable

from django.db import connection, transaction
from django.db.models import Exists, OuterRef

from annotations.assist.bands import span_band_rows
from annotations.models import Span, SpanBand, SpanStatus
from annotations.rules.matching import is_matched
from annotations.selectors.matching import MATCHED

# The fields of a span its band rows derive from.
INDEXED_FIELDS = frozenset({"text", "tag", "status"})
# Spans per DELETE ... IN (...) and per insert batch.
BATCH = 500


def band_rows_of(span_id: int, article_id: int, text: str, tag: str, status: str) -> list[tuple]:
    """The index rows one span should have now: its band keys if claim matching sees it, else none."""
    if not is_matched(tag, status):
        return []
    return span_band_rows(span_id, article_id, text, tag, status == SpanStatus.VERIFIED)


@transaction.atomic(savepoint=False)  # inside an approval's transaction: no SAVEPOINT round trips
def spans_bands_write(spans: Iterable[tuple[int, int, str, str, str]]) -> int:
    """Replace the band rows of these spans, given as (id, article_id, text, tag, status); returns rows written."""
    # Here, not at the top: the importer's package imports the services (span_create and others) at load time.
    from annotations.imports import bulk

    spans = list(spans)
    written = 0
    with connection.cursor() as cursor:
        for start in range(0, len(spans), BATCH):
            batch = spans[start:start + BATCH]
            SpanBand.objects.filter(span_id__in=[span[0] for span in batch]).delete()
            rows = [row for span in batch for row in band_rows_of(*span)]
            bulk.insert_values(cursor, SpanBand, rows)
            written += len(rows)
    return written


def span_bands_write(span: Span) -> int:
    return spans_bands_write([(span.pk, span.article_id, span.text, span.tag, span.status)])


def _locked(spans) -> list[tuple]:
    """These spans' (id, article_id, text, tag, status) as stored, locked in id order (PostgreSQL), so an edit or a
    review of one of them waits and the rows written are its current ones."""
    return list(spans.select_for_update().order_by("id").values_list("id", "article_id", "text", "tag", "status"))


@transaction.atomic
def spans_index(span_ids: Iterable[int]) -> int:
    """Rewrite the band rows of these spans (an import's, or spans found without rows); returns rows written."""
    return spans_bands_write(_locked(Span.objects.filter(pk__in=list(span_ids))))


@transaction.atomic
def article_spans_index(article_ids: Iterable[int]) -> int:
    """Rewrite the band rows of every span of these articles; returns rows written."""
    return spans_bands_write(_locked(Span.objects.filter(article_id__in=list(article_ids))))


def spans_unindexed():
    """Ids of the spans claim matching should see that have no band rows: what a failed index job, or a write past
    the workbench, leaves behind (`index_passages` repairs them)."""
    return (Span.objects.filter(MATCHED).filter(~Exists(SpanBand.objects.filter(span_id=OuterRef("pk")))).order_by("id")
            .values_list("id", flat=True))


def on_span_saved(sender, instance: Span, update_fields=None, **kwargs) -> None:
    """post_save of Span: the saves that go through the ORM (span_create, loaddata, the admin) index the span; a
    save of other fields only (update_fields) leaves its rows, which that save cannot have changed."""
    if update_fields is not None and not INDEXED_FIELDS & set(update_fields):
        return
    span_bands_write(instance)
