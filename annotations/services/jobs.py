"""Starting a user's background job: the job row, its input file and its task, in one transaction (with the database
queue the task row commits with them, so a job is never recorded without being queued, nor queued half-stored)."""
from django.db import transaction

from annotations import roles
from annotations.errors import NotPermitted
from annotations.models import Job, JobChunk, JobKind


def _enqueue(job: Job) -> Job:
    from annotations.jobs.tasks import run_job

    result = run_job.enqueue(str(job.pk))
    Job.objects.filter(pk=job.pk).update(task_id=str(result.id))
    job.refresh_from_db()
    return job


@transaction.atomic
def import_job_create(*, user, upload, filename: str, article=None, **options) -> Job:
    """Queue an import of `upload` (a file object) with import_annotations' `options`, run as `user`."""
    from annotations.jobs import storage

    if not roles.can_manage_articles(user):
        raise NotPermitted("Only staff can import annotations.")
    job = Job.objects.create(kind=JobKind.IMPORT, created_by=user, params={})
    size = storage.store_file(job, JobChunk.Role.INPUT, upload)
    job.params = {**options, "filename": filename, "article": article.pk if article else None, "size": size}
    job.save(update_fields=["params"])
    return _enqueue(job)


@transaction.atomic
def claim_set_export_job_create(*, user, claim_set, format: str) -> Job:
    """Queue writing `claim_set` in export format `format` to a file the user downloads from the job."""
    from annotations import exports

    if not roles.can_export(user):
        raise NotPermitted("You need the exporter role to export claim sets.")
    fmt = exports.get_format(format)
    job = Job.objects.create(kind=JobKind.EXPORT, created_by=user,
                             params={"claim_set": claim_set.pk, "format": fmt.name})
    return _enqueue(job)


@transaction.atomic
def jobs_prune(*, older_than, dry_run: bool = False) -> int:
    """Delete the jobs that finished (succeeded or failed) before `older_than`, with their input and output chunks;
    a queued or running job is never touched. Returns how many jobs were (or would be) deleted."""
    from annotations.models import JobState

    finished = Job.objects.filter(state__in=[JobState.SUCCEEDED, JobState.FAILED], finished_at__lt=older_than)
    count = finished.count()
    if not dry_run:
        JobChunk.objects.filter(job__in=finished).delete()
        finished.delete()
    return count
