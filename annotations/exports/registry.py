"""The export formats and the one function that runs any of them over a span queryset, in chunks."""
from dataclasses import dataclass
from typing import Callable, Iterator

from django.db import connections
from django.db.models import Count, Max

from annotations.rules.limits import EVIDENCE_PER_SPAN_MAX

from . import (
    bundle, claimreview, csv_format, doccano, fever, fever_pages, fixture, jsonl, labelstudio, pg_jsonl, rows, w3c,
)

CHUNK_SIZE = 500


@dataclass(frozen=True)
class ExportFormat:
    name: str
    media_type: str
    extension: str
    generate: Callable[..., Iterator[str]]
    description: str
    # Reads only what records.span_record reads: gets light rows (exports/rows.py) instead of model instances.
    light_rows: bool = False
    # The same output written by PostgreSQL itself (lines of the queryset's spans), used there instead.
    postgresql_lines: Callable | None = None
    # Raises a domain error when the format cannot be written in this configuration.
    check: Callable[[], None] | None = None


FORMATS = {
    f.name: f
    for f in [
        ExportFormat("jsonl", "application/x-ndjson", "jsonl", jsonl.generate,
                     "One verified span per line with its article, reviews and evidence.", light_rows=True,
                     postgresql_lines=pg_jsonl.lines),
        ExportFormat("bundle", "application/x-ndjson", "bundle.jsonl", bundle.generate,
                     "The jsonl export with the articles' texts: imports into an empty workbench."),
        ExportFormat("csv", "text/csv", "csv", csv_format.generate,
                     "One row per span; evidence in numbered column groups; formula-safe."),
        ExportFormat("claimreview", "application/ld+json", "claimreview.jsonld", claimreview.generate,
                     "schema.org ClaimReview JSON-LD for verified claims.", check=claimreview.check_public_url),
        ExportFormat("w3c", "application/ld+json", "w3c.jsonld", w3c.generate,
                     "W3C Web Annotation AnnotationCollection."),
        ExportFormat("fixture", "application/json", "fixture.json", fixture.generate,
                     "Django fixture (natural keys) for loaddata into an empty database."),
        ExportFormat("fever", "application/x-ndjson", "fever.jsonl", fever.generate,
                     "FEVER shared-task claims: labels from the verdict, evidence as [page, line] groups."),
        ExportFormat("fever-pages", "application/x-ndjson", "fever-pages.jsonl", fever_pages.generate,
                     "FEVER wiki-pages for the sources the fever claims cite, lines numbered as they cite them."),
        ExportFormat("doccano", "application/x-ndjson", "doccano.jsonl", doccano.generate,
                     "doccano sequence labelling: one article a line with its text and [start, end, tag] labels."),
        ExportFormat("labelstudio", "application/json", "labelstudio.json", labelstudio.generate,
                     "Label Studio tasks: one per article with its text, one annotation per author."),
    ]
}


def get_format(name: str) -> ExportFormat:
    from annotations.rules.fields import invalid

    try:
        fmt = FORMATS[name]
    except KeyError:
        raise invalid("format", f"Unknown export format {name!r}; expected one of: {', '.join(FORMATS)}.",
                      "invalid_choice")
    if fmt.check is not None:
        fmt.check()  # before the first byte: a format that cannot be written right now is refused here
    return fmt


def export_chunks(fmt: ExportFormat, queryset, *, claim_set=None, label: str = "", collection_id: str = "",
                  progress=None) -> Iterator[str]:
    """Text pieces of `fmt` over the spans of `queryset` (from selectors.export_queryset or claim_set_spans).
    The queryset is iterated with a server-side cursor where the database has one, prefetching per chunk."""
    if (fmt.postgresql_lines is not None and connections[queryset.db].vendor == "postgresql"
            and pg_jsonl.supports(queryset)):
        lines = fmt.postgresql_lines(queryset)
        yield from progress(lines) if progress is not None else lines
        return
    context = {"queryset": queryset, "claim_set": claim_set, "label": label, "collection_id": collection_id}
    plain = queryset.order_by()
    if fmt.name == "csv":
        # Column groups for the most-evidenced span, never more than the cap (spans stored before it keep their
        # evidence_count, and their first EVIDENCE_PER_SPAN_MAX sources are written).
        context["max_evidence"] = min(
            plain.annotate(n=Count("evidence", distinct=True)).aggregate(m=Max("n"))["m"] or 0,
            EVIDENCE_PER_SPAN_MAX,
        )
    if fmt.name == "w3c":
        context["total"] = plain.count()
    spans = rows.span_rows(queryset) if fmt.light_rows else queryset.iterator(chunk_size=CHUNK_SIZE)
    if progress is not None:
        spans = progress(spans)
    yield from fmt.generate(spans, **context)
