"""Running a user's job: its work and its outcome are one transaction, so a job killed mid-way leaves no partial rows
(and its Job row still says "running" until recovery.py requeues it). Progress is reported on the side."""
import logging
import tempfile
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from annotations.models import Job, JobChunk, JobKind, JobState

from . import storage
from .progress import Progress

logger = logging.getLogger(__name__)


@dataclass
class Outcome:
    state: str
    result: dict | None = None
    error: dict | None = None


def run(job_id) -> str:
    job = Job.objects.select_related("created_by").get(pk=job_id)
    if job.state in (JobState.SUCCEEDED, JobState.FAILED):
        return job.state  # finished in an earlier attempt whose worker died after its commit
    live = not connection.in_atomic_block
    Job.objects.filter(pk=job.pk).update(state=JobState.RUNNING, started_at=timezone.now(),
                                         attempts=F("attempts") + 1, phase="starting")
    progress = Progress(job.pk, live=live)
    try:
        with transaction.atomic():
            with progress:
                outcome = RUNNERS[job.kind](job, progress)
            Job.objects.filter(pk=job.pk).update(
                state=outcome.state, result=outcome.result, error=outcome.error, finished_at=timezone.now(),
                **{**progress.fields(), "phase": "done"})
    except Exception as exc:
        logger.exception("job %s failed", job.pk)
        Job.objects.filter(pk=job.pk).update(
            state=JobState.FAILED, finished_at=timezone.now(), phase="failed",
            error={"code": "job_error", "message": f"The job failed: {type(exc).__name__}: {exc}"})
        raise
    return outcome.state


def run_import(job, progress: Progress) -> Outcome:
    from annotations.imports import import_annotations
    from annotations.models import Article

    params = dict(job.params)
    filename, article = params.pop("filename"), params.pop("article", None)
    progress.total = params.pop("size")  # bytes: the readers' progress through the file
    progress.set_phase("importing")
    report = import_annotations(
        storage.ChunkReader(job, JobChunk.Role.INPUT, on_read=progress.advance), user=job.created_by,
        filename=filename, article=Article.objects.get(pk=article) if article else None, **params)
    result = report.as_dict()
    if report.committed:
        return Outcome(JobState.SUCCEEDED, result)
    return Outcome(JobState.FAILED, result, {
        "code": "import_rejected",
        "message": f"{len(report.errors)} record(s) refused (see result.errors); nothing was imported."})


def run_export(job, progress: Progress) -> Outcome:
    from annotations import exports
    from annotations.models import ClaimSet

    claim_set = ClaimSet.objects.get(pk=job.params["claim_set"])
    fmt = exports.get_format(job.params["format"])
    progress.set_phase("writing")
    # Through a temporary file: PostgreSQL's fast path streams a COPY, which holds the connection the chunks would
    # be stored through until it ends.
    with tempfile.TemporaryFile() as spool:
        for piece in exports.claim_set_chunks(fmt, claim_set):
            progress.advance(spool.write(piece.encode("utf-8")))
        progress.set_phase("storing")
        spool.seek(0)
        size = storage.store_file(job, JobChunk.Role.OUTPUT, spool)
    progress.total = size
    return Outcome(JobState.SUCCEEDED, {
        "filename": f"claim-set-{claim_set.pk}.{fmt.extension}", "content_type": f"{fmt.media_type}; charset=utf-8",
        "size": size, "spans": claim_set.span_count,
    })


RUNNERS = {JobKind.IMPORT: run_import, JobKind.EXPORT: run_export}
