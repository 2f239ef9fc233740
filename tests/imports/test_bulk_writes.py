"""The loader writes in batches between records: what that must not change."""
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.db import DatabaseError, IntegrityError, connection

from annotations.imports import import_annotations, loader
from annotations.models import Article, Span
from tests.imports.conftest import CLAIM, OPINION, TRICKY_TEXT, cp, jsonl_file

OTHER = "Second article. Unemployment fell to 3%."


@pytest.fixture
def tiny_batches(monkeypatch):
    monkeypatch.setattr(loader, "BATCH_SIZE", 2)


def test_a_rejected_record_leaves_neither_its_new_article_nor_its_new_user(db):
    bad = {"text": "A text nobody imported before.", "label": [[0, 6, "claim"], [2, 999, "claim"]]}
    report = import_annotations(jsonl_file({"text": OTHER, "label": [[16, 39, "claim"]]}, bad), format="doccano",
                                skip_invalid=True, author="new-importer")
    assert (report.articles_created, report.spans_created, report.rejected) == (1, 1, 1)
    assert not Article.objects.filter(text__startswith="A text nobody").exists()
    # The author was created by the good record; a user named only by the bad record is not.
    assert get_user_model().objects.filter(username="new-importer").exists()


def test_a_user_named_only_by_a_rejected_record_is_not_created(tricky_article, annotator):
    start, end = cp(CLAIM)
    record = {"article": {"sha256": tricky_article.text_sha256}, "id": "00000000-0000-4000-8000-000000000001",
              "start": start, "end": end + 1, "text": CLAIM, "tag": "claim", "status": "draft",
              "author": "someone-new", "evidence": [], "reviews": []}
    report = import_annotations(io.BytesIO(json.dumps(record).encode() + b"\n"), format="jsonl", skip_invalid=True)
    assert report.rejected == 1 and report.errors[0]["field"] == "text"
    assert not get_user_model().objects.filter(username="someone-new").exists()


def test_an_article_recurring_after_a_flush_is_stored_once_and_checked_against_its_own_text(db, tiny_batches):
    claim, opinion = cp(CLAIM), cp(OPINION)
    records = [
        {"text": TRICKY_TEXT, "label": [[*claim, "claim"]]},
        {"text": OTHER, "label": [[16, 39, "claim"], [0, 14, "opinion"]]},  # the flush comes after this record
        # Offsets past the end of OTHER but inside TRICKY_TEXT: valid only against the recurring article's text.
        {"text": TRICKY_TEXT, "label": [[*opinion, "opinion"], [*claim, "claim"]]},
    ]
    report = import_annotations(jsonl_file(*records), format="doccano")
    assert report.committed, report.errors
    assert (report.articles_created, report.articles_existing) == (2, 0)
    assert (report.spans_created, report.spans_existing) == (4, 1)
    tricky = Article.objects.get(text=TRICKY_TEXT)
    assert sorted(tricky.spans.values_list("text", flat=True)) == sorted([CLAIM, OPINION])
    assert Article.objects.count() == 2


def test_a_doomed_atomic_import_stores_nothing_even_after_a_flush(db, tiny_batches):
    records = [{"text": f"Article number {n}. Prices rose.", "label": [[0, 7, "claim"]]} for n in range(5)]
    records.append({"text": OTHER, "label": [[16, 999, "claim"]]})
    report = import_annotations(jsonl_file(*records), format="doccano")
    assert not report.committed and report.errors[0]["line"] == 6
    assert (Article.objects.count(), Span.objects.count(), get_user_model().objects.count()) == (0, 0, 0)


def test_imported_articles_and_spans_are_audited_as_stored(db, tiny_batches):
    records = [{"text": f"Article number {n}. Prices rose.", "label": [[0, 7, "claim"], [18, 29, "opinion"]]}
               for n in range(3)]
    assert import_annotations(jsonl_file(*records), format="doccano").committed
    assert Article.history.filter(history_type="+", history_change_reason="import (doccano)").count() == 3
    audited = Span.history.filter(history_type="+", history_change_reason="import (doccano)")
    assert audited.count() == Span.objects.count() == 6
    stored = {s.pk: (s.uid, s.article_id, s.start, s.end, s.text, s.tag, s.author_id, s.version) for s in Span.objects.all()}
    assert {h.id: (h.uid, h.article_id, h.start, h.end, h.text, h.tag, h.author_id, h.version)
            for h in audited} == stored
    assert all(s.created_at == s.updated_at for s in Span.objects.all())


def test_a_failing_batch_write_rolls_the_whole_import_back_and_leaves_the_connection_usable(db, tiny_batches,
                                                                                            monkeypatch):
    """The second batch's audit statement fails on the server: on PostgreSQL while the loader parses the next batch
    (deferred.py), so the error is raised when its reply is read. Either way nothing is stored."""
    from annotations.imports import bulk

    real, calls = bulk.history_statements, []

    def failing(model, ids, **kwargs):
        calls.append(model)
        if model is Span and calls.count(Span) == 2:  # the second batch's spans
            return [("INSERT INTO no_such_table (id) VALUES (%s)", [1])]
        return real(model, ids, **kwargs)

    monkeypatch.setattr(bulk, "history_statements", failing)
    records = [{"text": f"Article number {n}. Prices rose.", "label": [[0, 7, "claim"]]} for n in range(6)]
    with pytest.raises(DatabaseError, match="no_such_table"):
        import_annotations(jsonl_file(*records), format="doccano")
    assert calls.count(Span) == 2  # it stopped at the failing batch
    assert (Article.objects.count(), Span.objects.count()) == (0, 0)


def test_a_batch_referring_to_a_missing_user_fails_the_import_with_an_integrity_error(transactional_db, tiny_batches,
                                                                                      monkeypatch):
    """The foreign keys of a batch are checked while the next is parsed (PostgreSQL) or at COMMIT (SQLite); a
    dangling reference fails the whole import either way, as Django's IntegrityError, and stores nothing."""
    from annotations.imports import writer as writer_module

    real, batches = writer_module.BatchWriter._span_rows, []

    def dangling(self, batch):
        rows = real(self, batch)
        batches.append(rows)
        if len(batches) == 2:
            for row in rows:
                row[self.column["updated_by_id"]] = 10**9
        return rows

    monkeypatch.setattr(writer_module.BatchWriter, "_span_rows", dangling)
    records = [{"text": f"Article number {n}. Prices rose.", "label": [[0, 7, "claim"]]} for n in range(6)]
    with pytest.raises(IntegrityError):
        import_annotations(jsonl_file(*records), format="doccano")
    assert (Article.objects.count(), Span.objects.count(), Span.history.count()) == (0, 0, 0)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite runs in process: nothing can overlap")
def test_a_batchs_audit_rows_and_key_checks_run_on_the_server_while_the_next_batch_is_parsed(db, tiny_batches,
                                                                                              monkeypatch):
    from annotations.imports import deferred, formats

    events, instances = [], []
    real_init, real_message, real_wait = deferred.Deferred.__init__, deferred.Deferred._message, deferred.Deferred.wait
    real_parse = formats.PARSERS["doccano"]

    def init(self, connection):
        real_init(self, connection)
        instances.append(self)

    def message(self, statements):
        events.append(("sent", tuple(sql.split()[0] for sql, _ in statements)))
        return real_message(self, statements)

    def wait(self):
        if self.in_flight:
            events.append(("read",))
        real_wait(self)

    def parse(raw, ctx):
        events.append(("parse", "while the server works" if instances[0].in_flight else "alone"))
        return real_parse(raw, ctx)

    monkeypatch.setattr(deferred.Deferred, "__init__", init)
    monkeypatch.setattr(deferred.Deferred, "_message", message)
    monkeypatch.setattr(deferred.Deferred, "wait", wait)
    monkeypatch.setitem(loader.PARSERS, "doccano", parse)
    records = [{"text": f"Article number {n}. Prices rose.", "label": [[0, 7, "claim"]]} for n in range(6)]
    assert import_annotations(jsonl_file(*records), format="doccano").committed
    # Batches of two records. After each batch's COPY: its articles' and spans' audit rows, then the key checks,
    # sent in one message; the next batch's two records are parsed before the reply is read.
    batch = [("sent", ("INSERT", "INSERT", "SET", "SET")), ("parse", "while the server works"),
             ("parse", "while the server works"), ("read",)]
    assert events == [("parse", "alone"), ("parse", "alone"), *batch, *batch, batch[0], ("read",)]
    assert Span.history.count() == Span.objects.count() == 6 and Article.history.count() == 6


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite runs in process: nothing is left running")
def test_a_query_while_deferred_statements_run_waits_for_their_reply(db):
    from annotations.imports.deferred import Deferred

    later = Deferred(connection)
    with later.reading():
        later.run([("SELECT pg_sleep(0.05)", []), ("SET CONSTRAINTS ALL IMMEDIATE", [])])
        assert later.in_flight
        assert Article.objects.count() == 0  # the ORM's query waited for the reply: no "command in progress"
        assert not later.in_flight
    with pytest.raises(DatabaseError, match="another command is already in progress"):
        later.run([("SELECT pg_sleep(0.05)", [])])
        try:
            Article.objects.count()  # outside reading(): nothing waits first
        finally:
            later.wait()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="constraint modes are PostgreSQL's")
def test_an_import_inside_a_transaction_leaves_foreign_keys_deferred_afterwards(db):
    """The import leaves the caller's transaction with Django's deferred foreign-key checks."""
    from django.db import transaction

    with transaction.atomic():
        import_annotations(jsonl_file({"text": OTHER, "label": [[16, 39, "claim"]]}), format="doccano")
        span = Span.objects.get()
        with connection.cursor() as cursor:
            # A dangling reference is allowed until COMMIT only while the check is deferred.
            cursor.execute("UPDATE annotations_span SET article_id = %s WHERE id = %s", [10**9, span.pk])
            cursor.execute("UPDATE annotations_span SET article_id = %s WHERE id = %s", [span.article_id, span.pk])
