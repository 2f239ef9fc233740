import datetime

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from annotations import services


class Command(BaseCommand):
    help = ("Delete background jobs that finished more than --days ago, with their uploaded and exported files, and "
            "the task queue's finished rows of the same age (django-tasks-db's prune_db_task_results). Queued and "
            "running jobs are never touched. Run it daily (docs/operations.md).")

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7, help="age of a finished job to delete (default 7)")
        parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")

    def handle(self, *args, days: int, dry_run: bool, **options):
        count = services.jobs_prune(older_than=timezone.now() - datetime.timedelta(days=days), dry_run=dry_run)
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(f"{count} finished job(s) {verb} (older than {days} days).")
        if not settings.TASKS["default"]["BACKEND"].startswith("django_tasks_db."):  # no task rows to prune
            return
        call_command("prune_db_task_results", min_age_days=days, failed_min_age_days=days, dry_run=dry_run,
                     verbosity=options["verbosity"], stdout=self.stdout._out)
