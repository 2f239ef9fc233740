"""Background jobs on django-tasks' database queue: the tasks (tasks.py), how a user's job runs and reports
(runner.py, progress.py, storage.py), and how a task whose worker died is retried or reported (lease.py,
recovery.py). `manage.py jobs_worker` runs them (docs/operations.md)."""
