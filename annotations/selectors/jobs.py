"""Reads of background jobs: a job is visible to whoever started it and to superusers."""
from annotations.models import Job


def job_for_user(user, job_id) -> Job:
    """The job, or Job.DoesNotExist when there is none that `user` may see (one query)."""
    jobs = Job.objects.all()
    if not user.is_superuser:
        jobs = jobs.filter(created_by=user)
    return jobs.get(pk=job_id)

