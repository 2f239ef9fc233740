"""The job worker: django-tasks-db's db_worker, holding a lease for its life and recovering the tasks of workers
that died (annotations/jobs/recovery.py)."""
import logging
import threading

from django.db import connection
from django_tasks_db.management.commands.db_worker import Command as DBWorkerCommand

from annotations.jobs import lease, recovery

logger = logging.getLogger(__name__)


class Command(DBWorkerCommand):
    help = ("Run background jobs (imports, exports, cluster updates, suggestions) until stopped. Start one or more "
            "per machine; a task whose worker died is run again (or reported failed after JOB_MAX_ATTEMPTS).")

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--recover-every", type=float, default=10.0,
                            help="Seconds between looks for tasks whose worker died (default: %(default)s).")

    def handle(self, *args, recover_every: float, **options):
        # The reloader would run the worker in a child process under another id than the lease's.
        options["reload"] = False
        worker_id = options["worker_id"]
        with lease.held(worker_id):
            self._recover()
            stop = threading.Event()
            thread = threading.Thread(target=self._recover_loop, args=(stop, recover_every), daemon=True)
            thread.start()
            try:
                super().handle(*args, **options)
            finally:
                stop.set()

    def _recover(self) -> None:
        done = recovery.recover_stalled_tasks()
        for outcome, ids in done.items():
            for task_id in ids:
                self.stdout.write(f"task {task_id}: worker gone, {outcome}")

    def _recover_loop(self, stop: threading.Event, every: float) -> None:
        try:
            while not stop.wait(every):
                try:
                    self._recover()
                except Exception:  # a failed look is tried again next time; the worker keeps working
                    logger.exception("recovering stalled tasks failed")
        finally:
            connection.close()
