"""A worker killed (SIGKILL) in the middle of an import job leaves the database as it was, and the job is run again
by the next worker to start, to completion. Real processes: `manage.py jobs_worker` on the database queue."""
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from bench import corpus, data

ROOT = Path(__file__).resolve().parents[2]
# Batches of BATCH records: the worker dies after some are written (uncommitted) and before the last.
ARTICLES, BATCH = 150, 25
# The job's own bookkeeping changes by design; every other table must be exactly as it was.
BOOKKEEPING = {"annotations_job", "annotations_jobchunk", "django_tasks_database_dbtaskresult", "factcheck_cache"}

SETUP = """
from django.contrib.auth import get_user_model
from annotations import services
user = get_user_model().objects.create_user("importer-boss", is_staff=True, is_superuser=True)
with open({path!r}, "rb") as upload:
    job = services.import_job_create(user=user, upload=upload, filename="corpus.jsonl", format="doccano")
print(job.pk)
"""


class Database:
    """The database the subprocesses share, read through a plain DB-API connection of the test's own."""

    def __init__(self, url: str, vendor: str, path: Path | None = None):
        self.url, self.vendor, self.path = url, vendor, path
        self.env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "factcheck.settings",
                    "DEBUG": "0", "SECRET_KEY": "kill-test-" + "x" * 50, "TASKS_BACKEND": "database",
                    "ALLOWED_HOSTS": "127.0.0.1", "LOG_LEVEL": "ERROR",
                    "IMPORT_BATCH_SIZE": str(BATCH)}

    def connect(self, busy_timeout: float = 10):
        if self.vendor == "sqlite":
            # A read that meets the worker's write lock waits for it (polling with no wait raised "database is
            # locked" in CI now and then); only the uncommitted-writes probe below must not wait.
            return sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None)
        import psycopg

        return psycopg.connect(self.url, autocommit=True)

    def query(self, sql: str, params=()):
        conn = self.connect()
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def table_counts(self) -> dict[str, int]:
        if self.vendor == "sqlite":
            tables = [r[0] for r in self.query("SELECT name FROM sqlite_master WHERE type = 'table' "
                                               "AND name NOT LIKE 'sqlite_%'")]
        else:
            tables = [r[0] for r in self.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        return {t: self.query(f'SELECT count(*) FROM "{t}"')[0][0] for t in sorted(set(tables) - BOOKKEEPING)}

    def job(self, job_id: str) -> tuple:
        marker = "?" if self.vendor == "sqlite" else "%s"
        job_key = job_id.replace("-", "") if self.vendor == "sqlite" else job_id
        return self.query(f"SELECT state, attempts, result IS NOT NULL FROM annotations_job WHERE id = {marker}",
                          (job_key,))[0]

    def import_rows_uncommitted(self) -> bool:
        """Whether another connection holds uncommitted writes of the import."""
        if self.vendor == "sqlite":
            conn = self.connect(busy_timeout=0)
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
                return False
            except sqlite3.OperationalError as exc:  # "database is locked": a write transaction is open
                return "locked" in str(exc)
            finally:
                conn.close()
        return self.query("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                          "WHERE c.relname = 'annotations_span' AND l.mode = 'RowExclusiveLock' "
                          "AND l.pid <> pg_backend_pid()")[0][0] > 0

    def manage(self, *args, **kwargs):
        return subprocess.run([sys.executable, str(ROOT / "manage.py"), *args], env=self.env, cwd=ROOT,
                              capture_output=True, text=True, check=True, timeout=300, **kwargs)

    def worker(self, log: Path) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, str(ROOT / "manage.py"), "jobs_worker", "--interval", "0.2",
                                 "--no-startup-delay", "--recover-every", "1"], env=self.env, cwd=ROOT,
                                stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True)


@pytest.fixture
def database(request, tmp_path):
    if connection.vendor == "postgresql":
        request.getfixturevalue("transactional_db")  # the test database, committed to and flushed afterwards
        s = connection.settings_dict
        auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
        yield Database(f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}",
                       "postgresql")
        return
    # SQLite's test database lives in this process's memory: the workers get a file of their own.
    path = tmp_path / "jobs.sqlite3"
    db = Database(f"sqlite:///{path}", "sqlite", path)
    db.manage("migrate", "-v0")
    yield db


def _stop(process: subprocess.Popen, sig=signal.SIGKILL) -> None:
    if process.poll() is None:
        os.killpg(process.pid, sig)
        process.wait(timeout=60)


def _wait(predicate, timeout: float, what: str, log: Path):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}; worker log:\n{log.read_text()[-3000:]}")


def test_a_worker_killed_mid_import_leaves_nothing_and_the_retried_job_completes(database, tmp_path):
    corpus_file = tmp_path / "corpus.jsonl"
    data.write_doccano(corpus_file, ARTICLES, seed=7)
    expected_spans = sum(len(article.spans) for article in corpus.articles(ARTICLES, 7))
    job_id = database.manage("shell", "-c", SETUP.format(path=str(corpus_file))).stdout.strip().splitlines()[-1]
    before = database.table_counts()
    assert database.job(job_id)[:2] == ("queued", 0)

    first_log, second_log = tmp_path / "worker1.log", tmp_path / "worker2.log"
    first = database.worker(first_log)
    try:
        _wait(lambda: database.job(job_id)[0] == "running" and database.import_rows_uncommitted()
              and (time.sleep(0.3) or database.import_rows_uncommitted()), 240, "the import to write rows", first_log)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        _stop(first)

    assert database.table_counts() == before  # nothing of the half-done import is left
    assert database.job(job_id) == ("running", 1, False)  # the job row still says what was happening

    second = database.worker(second_log)
    try:
        _wait(lambda: database.job(job_id)[0] in ("succeeded", "failed"), 400, "the retried job", second_log)
    finally:
        _stop(second)
    assert database.job(job_id) == ("succeeded", 2, True), second_log.read_text()[-3000:]
    after = database.table_counts()
    assert after["annotations_article"] == before["annotations_article"] + ARTICLES
    assert after["annotations_span"] == before["annotations_span"] + expected_spans
    assert "worker gone, retried" in second_log.read_text()
