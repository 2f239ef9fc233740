"""One entry point, import_annotations(), for the management command and the API upload alike: read records,
check each with the services' rules (checks.py), hand the good ones to the batch writer (writer.py)."""
from pathlib import Path
from typing import BinaryIO, Callable

from django.conf import settings
from django.db import transaction

from annotations import roles
from annotations.errors import NotPermitted
from annotations.jobs.tasks import enqueue_matching_index, enqueue_suggestions
from annotations.models import Article, ImportProvenance

from . import readers
from .checks import check_record
from .context import ImportContext
from .errors import RecordError
from .formats import PARSERS
from .labels import parse_label_map  # noqa: F401  (re-exported)
from .report import ImportReport
from .writer import BatchWriter

FORMATS = tuple(PARSERS)
FORMAT_ALIASES = {"label-studio": "labelstudio", "label_studio": "labelstudio", "w3c-jsonld": "w3c", "ours": "jsonl"}
BATCH_SIZE = 2000  # records per batched write; settings.IMPORT_BATCH_SIZE overrides it
MAX_ERRORS = 100
DEFAULT_AUTHOR = "importer"
FILE_NAME_MAX = ImportProvenance._meta.get_field("file").max_length


class _Abort(Exception):
    """Roll the atomic import back."""


def import_annotations(
    source: str | Path | BinaryIO, *, format: str, user=None, author: str | None = None, label_map=None,
    skip_invalid: bool = False, rejects=None, offset_unit: str = "codepoint", fuzzy_threshold: float = 0.85,
    article: Article | None = None, text_key: str = "text", filename: str | None = None,
    on_record: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import one file (a path, a binary file object such as an upload, or for 'articles' a folder of .txt files).

    Atomic unless skip_invalid: any bad record and nothing is written (report.committed is False and report.errors
    names file, line, field, code and message). With skip_invalid the good records are written and each bad one goes to
    `rejects` (a text file object) as a JSON line. `user` is who imports (must be staff; None = a trusted command);
    `author` the username that formats without authorship are attributed to (default: `user`, else "importer")."""
    fmt = FORMAT_ALIASES.get(format, format)
    if fmt not in PARSERS:
        raise ValueError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    if offset_unit not in ("codepoint", "utf16"):
        raise ValueError("offset_unit must be 'codepoint' or 'utf16'")
    if not 0 < fuzzy_threshold <= 1:
        raise ValueError("fuzzy_threshold must be in (0, 1]")
    if user is not None and not roles.can_manage_articles(user):
        raise NotPermitted("Only staff can import annotations.")
    report = ImportReport(file=readers.file_name(source, filename)[:FILE_NAME_MAX], format=fmt)
    ctx = ImportContext(
        report=report, user=user, author=author or (user.get_username() if user is not None else DEFAULT_AUTHOR),
        label_map=label_map, offset_unit=offset_unit, fuzzy_threshold=fuzzy_threshold, article=article,
        text_key=text_key, skip_invalid=skip_invalid,
    )
    parse = PARSERS[fmt]
    try:
        with transaction.atomic():
            writer = BatchWriter(ctx, report, batch_size=getattr(settings, "IMPORT_BATCH_SIZE", BATCH_SIZE),
                                 rejects=rejects)
            with writer.reading():
                for raw, line in readers.records(source, fmt):
                    report.records += 1
                    if on_record:
                        on_record(1)
                    try:
                        _load_record(raw, line, parse, ctx, writer, report)
                    except RecordError as exc:
                        report.reject(rejects, raw, line, exc)
                        if not skip_invalid and len(report.errors) >= MAX_ERRORS:
                            break
                if report.errors and not skip_invalid:
                    raise _Abort
                writer.flush()
            if report.errors and not skip_invalid:  # the writer refuses spans past an article's limit
                raise _Abort
            if writer.created_article_ids:  # intake: queued in the import's transaction, committed with it
                enqueue_suggestions(writer.created_article_ids)
            # Rows written past the ORM: the claim-matching index of the new articles and spans, by a job queued
            # in the same transaction (services.span_bands says why not inline).
            enqueue_matching_index(writer.created_article_ids, writer.span_ids)
            report.committed = True
    except _Abort:
        pass
    if not report.committed:
        report.roll_back()
    return report


def _load_record(raw, line, parse, ctx: ImportContext, writer: BatchWriter, report: ImportReport) -> None:
    if isinstance(raw, RecordError):
        raise raw
    ctx.begin_record()
    try:
        checked = check_record(raw, parse, ctx)
    except RecordError:
        ctx.undo()
        raise
    for candidate, author in checked:
        candidate.line = line
        if candidate.anchored_by != "position":
            report.reanchored.append({"line": line, "start": candidate.start, "end": candidate.end,
                                      "method": candidate.anchored_by})
        if ctx.skip_invalid or not report.errors:  # once an atomic import is doomed, only validate
            writer.add(candidate, author)
    if ctx.skip_invalid or not report.errors:
        writer.end_of_record()
