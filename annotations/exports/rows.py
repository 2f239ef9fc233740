"""Spans for an export without model instances: the hot path for formats that read only what span_record reads.

Each span is the positional row of records.SPAN_LAYOUT, read straight from the database: one .values_list() query
per chunk for the spans (with their article and author) and one per nested list (evidence, reviews), the columns,
joins and orders all taken from record_spec. Building model instances and Django's per-instance prefetch
bookkeeping cost ~10x more per span."""
from .records import SPAN_LAYOUT

CHUNK_SIZE = 2000


def span_rows(queryset, chunk_size: int = CHUNK_SIZE):
    """The spans of `queryset`, in its order, as rows span_record takes: (id, *columns, evidence, reviews)."""
    chunk = []
    for values in queryset.prefetch_related(None).values_list("pk", *SPAN_LAYOUT.columns).iterator(
            chunk_size=chunk_size):
        chunk.append(values)
        if len(chunk) == chunk_size:
            yield from _chunk(chunk)
            chunk = []
    if chunk:
        yield from _chunk(chunk)


def _chunk(chunk):
    ids = [values[0] for values in chunk]
    related = [_related_rows(SPAN_LAYOUT.record.model, many, layout, ids)
               for many, layout in zip(SPAN_LAYOUT.many, SPAN_LAYOUT.children)]
    for values in chunk:
        yield (*values, *(rows[values[0]] for rows in related))


def _related_rows(model, many, layout, ids) -> dict[int, list]:
    """The rows of `many` for the spans `ids`, by span id, each list in the record's order (one query)."""
    parent = model._meta.get_field(many.relation).field.name
    rows = {pk: [] for pk in ids}
    for values in (layout.record.model.objects.filter(**{f"{parent}__in": ids})
                   .order_by(parent, *layout.record.order).values_list(parent, *layout.columns)):
        rows[values[0]].append(values)
    return rows
