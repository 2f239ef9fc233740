"""A worker's lease: something the worker holds for as long as its process lives and that the operating system or
the database lets go of the moment it dies (kill -9 included). A task whose worker no longer holds its lease will
never finish, so recovery.py may run it again.

PostgreSQL: a session advisory lock on a connection of its own (the server ends the session, and the lock, when the
worker's socket closes); any app server or worker sees it in pg_locks. SQLite (one machine by nature): an flock on a
file beside the database."""
import fcntl
import tempfile
import zlib
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

# The first key of our advisory locks: the second is the worker id's CRC-32. Two live workers with the same CRC
# would only make a dead one look alive (its task waits for the other to stop); ids are 32 random characters.
LOCK_SPACE = 0x0FAC7


def _key(worker_id: str) -> int:
    return zlib.crc32(worker_id.encode("utf-8")) - 2**31


def _lease_dir() -> Path:
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or name.startswith("file:"):  # an in-memory database (tests): no file to sit beside
        return Path(tempfile.gettempdir()) / f"factcheck-workers-{zlib.crc32(name.encode('utf-8')):08x}"
    return Path(f"{name}-workers")


def _lease_file(worker_id: str) -> Path:
    return _lease_dir() / f"{zlib.crc32(worker_id.encode('utf-8')):08x}.lease"


@contextmanager
def held(worker_id: str):
    """Hold `worker_id`'s lease for the duration of the block (the worker's whole life)."""
    if connection.vendor == "postgresql":
        import psycopg

        settings = connection.settings_dict
        params = {key: value for key, value in {
            "dbname": settings["NAME"], "user": settings["USER"], "password": settings["PASSWORD"],
            "host": settings["HOST"], "port": settings["PORT"]}.items() if value}
        with psycopg.connect(**params, autocommit=True, application_name=f"jobs_worker {worker_id}"[:63]) as conn:
            conn.execute("SELECT pg_advisory_lock(%s, %s)", (LOCK_SPACE, _key(worker_id)))
            try:
                yield
            finally:  # at once, not whenever the server notices the closed connection
                conn.execute("SELECT pg_advisory_unlock(%s, %s)", (LOCK_SPACE, _key(worker_id)))
        return
    path = _lease_file(worker_id)
    path.parent.mkdir(exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            path.unlink(missing_ok=True)


def is_held(worker_id: str) -> bool:
    """Whether the worker `worker_id` is still alive."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
                           "AND classid = %s::oid AND objid = %s::oid AND objsubid = 2)",
                           (LOCK_SPACE, _key(worker_id) & 0xFFFFFFFF))
            return cursor.fetchone()[0]
    path = _lease_file(worker_id)
    try:
        handle = open(path)
    except FileNotFoundError:
        return False
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    path.unlink(missing_ok=True)
    return False
