"""Reads of background jobs: a job is visible to whoever started it and to superusers."""
import uuid

from annotations.models import Job


def job_for_user(user, job_id) -> Job:
    """The job, or Job.DoesNotExist when there is none that `user` may see (one query). The id is checked here, not
    by the URL pattern, so an anonymous caller is refused before anyone learns whether an id is well formed."""
    try:
        job_id = uuid.UUID(str(job_id))
    except ValueError:
        raise Job.DoesNotExist from None
    jobs = Job.objects.all()
    if not user.is_superuser:
        jobs = jobs.filter(created_by=user)
    return jobs.get(pk=job_id)

