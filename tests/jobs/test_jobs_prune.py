"""Finished jobs and their files do not pile up: `jobs_prune` deletes those finished longer ago than the age given
(with their chunks), never a queued or running one, and prunes the task queue's finished rows the same way."""
import datetime
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from annotations.models import Job, JobChunk, JobKind, JobState


def job(user, state, finished_days_ago=None):
    finished = timezone.now() - datetime.timedelta(days=finished_days_ago) if finished_days_ago is not None else None
    made = Job.objects.create(kind=JobKind.EXPORT, created_by=user, state=state, finished_at=finished)
    JobChunk.objects.create(job=made, role=JobChunk.Role.OUTPUT, seq=0, data=b"x" * 100)
    return made


def test_jobs_prune_deletes_old_finished_jobs_and_their_files_only(staff):
    old_done, old_failed = job(staff, JobState.SUCCEEDED, 10), job(staff, JobState.FAILED, 8)
    recent = job(staff, JobState.SUCCEEDED, 1)
    running, queued = job(staff, JobState.RUNNING), job(staff, JobState.QUEUED)
    out = StringIO()
    call_command("jobs_prune", "--days", "7", stdout=out)
    assert set(Job.objects.values_list("pk", flat=True)) == {recent.pk, running.pk, queued.pk}
    assert not JobChunk.objects.filter(job_id__in=[old_done.pk, old_failed.pk]).exists()
    assert JobChunk.objects.count() == 3
    assert "2 finished job(s)" in out.getvalue()


def test_jobs_prune_dry_run_deletes_nothing(staff):
    job(staff, JobState.SUCCEEDED, 30)
    out = StringIO()
    call_command("jobs_prune", "--days", "7", "--dry-run", stdout=out)
    assert Job.objects.count() == 1 and "1 finished job(s) would be deleted" in out.getvalue()
