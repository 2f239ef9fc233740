"""Tasks whose worker died: run again, or reported failed after JOB_MAX_ATTEMPTS.

django-tasks' database backend leaves the task of a worker that exits uncleanly marked RUNNING for ever
(django-tasks issue #46, open). Every jobs_worker holds a lease for its life (lease.py) and runs this at start and
every few seconds: a RUNNING task whose last worker holds no lease is put back in the queue (the task row keeps
the ids of every worker that tried it, so the attempts are counted there). A job's writes are one transaction, so
the dead attempt left nothing behind and running it again is safe."""
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from annotations.models import Job, JobState

from . import lease

logger = logging.getLogger(__name__)


class WorkerLost(Exception):
    """The worker running the task stopped before it finished (killed, out of memory, machine lost)."""


def recover_stalled_tasks() -> dict:
    """Requeue or fail every running task whose worker is gone; returns {"retried": [...], "failed": [...]}."""
    done = {"retried": [], "failed": []}
    running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).values_list("id", "worker_ids")
    for task_id, worker_ids in list(running):
        worker = worker_ids[-1] if worker_ids else ""
        if worker and lease.is_held(worker):
            continue
        outcome = _retry_or_fail(task_id, worker)
        if outcome:
            done[outcome].append(str(task_id))
    return done


@transaction.atomic
def _retry_or_fail(task_id, worker: str) -> str | None:
    task = DBTaskResult.objects.select_for_update().filter(pk=task_id, status=TaskResultStatus.RUNNING).first()
    if task is None:  # it finished, or another worker's recovery got here first
        return None
    attempts = len(task.worker_ids)
    job = Job.objects.select_for_update().filter(task_id=str(task_id)).first()
    message = f"The worker running this job ({worker or 'unknown'}) stopped during attempt {attempts}"
    if attempts < settings.JOB_MAX_ATTEMPTS:
        DBTaskResult.objects.filter(pk=task_id).update(status=TaskResultStatus.READY, started_at=None)
        if job is not None:
            job.state, job.phase = JobState.QUEUED, "retrying"
            job.error = {"code": "worker_lost", "message": f"{message}; it will run again."}
            job.save(update_fields=["state", "phase", "error"])
        logger.warning("%s: task %s requeued", message, task_id)
        return "retried"
    task.set_failed(WorkerLost(f"{message} of {settings.JOB_MAX_ATTEMPTS}."))
    if job is not None:
        job.state, job.finished_at = JobState.FAILED, timezone.now()
        job.error = {"code": "worker_lost", "message": f"{message} of {settings.JOB_MAX_ATTEMPTS}; "
                     "nothing it did was kept. Start it again when the cause is fixed."}
        job.save(update_fields=["state", "finished_at", "error"])
    logger.error("%s: task %s failed for good", message, task_id)
    return "failed"
