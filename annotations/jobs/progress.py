"""How far a running job has got, written to its Job row while it runs.

The job's own rows are written in one transaction, which nobody else sees until it commits; progress therefore goes
through another connection (a reporter thread has its own), every FLUSH_SECONDS. On SQLite that connection would
wait for the job's write lock (one writer per database), so there progress is written once, at the end."""
import threading

from django.db import connection

from annotations.models import Job

FLUSH_SECONDS = 0.5


class Progress:
    def __init__(self, job_id, *, live: bool, total: int | None = None, phase: str = ""):
        """`live`: report while running. The runner decides before it opens the job's transaction: a job run inside
        someone else's transaction (where it was enqueued, by the immediate backend) has no row to report to yet."""
        self.job_id, self.live = job_id, live
        self.done, self.total, self.phase = 0, total, phase
        self._stop = threading.Event()
        self._thread = None
        self._written = None

    def advance(self, n: int) -> None:
        self.done += n

    def set_phase(self, phase: str) -> None:
        self.phase = phase

    def fields(self) -> dict:
        return {"progress_done": self.done, "progress_total": self.total, "phase": self.phase}

    def __enter__(self):
        if self.live and connection.vendor == "postgresql":
            self._thread = threading.Thread(target=self._report, name=f"progress-{self.job_id}", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._thread is not None:
            self._stop.set()
            self._thread.join()
            self._thread = None

    def _report(self) -> None:
        try:
            while not self._stop.wait(FLUSH_SECONDS):
                state = self.fields()
                if state != self._written:
                    Job.objects.filter(pk=self.job_id).update(**state)
                    self._written = state
        finally:
            connection.close()
