"""Statements the database runs while the import parses the next batch (PostgreSQL).

After a batch's rows are copied in, its audit rows (INSERT … SELECT) and the check of its foreign keys (SET
CONSTRAINTS … IMMEDIATE) cost PostgreSQL about as much again. Run in turn, Python sat idle while they ran, and every
key of the import was checked at COMMIT while nothing else could happen. Sent without waiting for the reply, they run
on the server while Python parses and checks the next batch. The reply is read, and any error raised as Django's
own (an IntegrityError for a missing user or article), before the connection's next statement: the writer waits
before its own statements, and `reading()` wraps the connection so that any other query of the import (a user, an
article, a job's file chunk) waits first too. One thread owns the connection throughout; nothing else uses it.

SQLite runs in process, where nothing can overlap: the statements run at once."""
import contextlib

import psycopg
from psycopg import pq


class Deferred:
    def __init__(self, connection):
        self.connection = connection  # Django's connection wrapper
        self.in_flight = False

    def run(self, statements: list[tuple[str, list]]) -> None:
        """Run `statements` (SQL, params) in order; on PostgreSQL the call returns once they are sent."""
        if not statements:
            return
        if self.connection.vendor != "postgresql":
            with self.connection.cursor() as cursor:
                for sql, params in statements:
                    cursor.execute(sql, params)
            return
        self.wait()
        raw = self.connection.connection
        with _blocking(raw.pgconn):
            raw.pgconn.send_query(self._message(statements).encode(raw.info.encoding))
        self.in_flight = True

    def _message(self, statements) -> str:
        """One simple-protocol message: the values bound client-side, as Django's own psycopg cursors bind them."""
        with psycopg.ClientCursor(self.connection.connection) as cursor:
            return ";\n".join(cursor.mogrify(sql, params) for sql, params in statements)

    def wait(self) -> None:
        """Read the reply of what was sent; raise its first error as Django's database error."""
        if not self.in_flight:
            return
        self.in_flight = False
        pgconn = self.connection.connection.pgconn
        error = None
        with _blocking(pgconn):
            while (result := pgconn.get_result()) is not None:
                if result.status == pq.ExecStatus.FATAL_ERROR and error is None:
                    error = _error_of(result, self.connection.connection.info.encoding)
        if error is not None:
            with self.connection.wrap_database_errors:
                raise error

    @contextlib.contextmanager
    def reading(self):
        """While inside: every query the connection runs waits for the reply first. On the way out the reply is
        read; if an exception is on its way out already, an error in the reply is not raised over it."""
        def wait_first(execute, sql, params, many, context):
            self.wait()
            return execute(sql, params, many, context)

        with self.connection.execute_wrapper(wait_first):
            try:
                yield self
            except BaseException:
                with contextlib.suppress(Exception):
                    self.wait()
                raise
            self.wait()


@contextlib.contextmanager
def _blocking(pgconn):
    """libpq in blocking mode for a send or a read (psycopg runs it non-blocking around its own waits)."""
    before, pgconn.nonblocking = pgconn.nonblocking, 0
    try:
        yield
    finally:
        pgconn.nonblocking = before


def _error_of(result, encoding: str) -> Exception:
    state = (result.error_field(pq.DiagnosticField.SQLSTATE) or b"").decode("ascii")
    message = result.error_message.decode(encoding, "replace").strip()
    try:
        kind = psycopg.errors.lookup(state)
    except KeyError:
        kind = psycopg.DatabaseError
    return kind(message)
