"""On PostgreSQL the jsonl export's lines are written by the database (exports/pg_jsonl.py); they must be the very
bytes records.span_record + orjson give, whatever the data holds."""
import datetime

import pytest
from django.db import connection

from annotations import selectors
from annotations.exports import jsonl, pg_jsonl, rows
from annotations.models import Review, Span

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="the SQL spelling is PostgreSQL's")


def python_lines(queryset) -> list[str]:
    return list(jsonl.generate(rows.span_rows(queryset)))


def exported():
    return selectors.export_queryset().filter(pk__in=selectors.verified_spans().values("pk"))


def test_database_lines_equal_the_python_records_byte_for_byte(claim_corpus):
    assert list(pg_jsonl.lines(exported())) == python_lines(exported())
    assert len(python_lines(exported())) == len(claim_corpus)


def test_awkward_values_are_spelt_the_same(claim_corpus, reviewer):
    """Control characters (stored by an old fixture, say), quotes, backslashes, non-BMP characters, a cluster id,
    whole-second and microsecond timestamps, two reviews at the same instant (ordered by id)."""
    first, second = claim_corpus[0], claim_corpus[1]
    awkward = 'tab\there "quoted" back\\slash \x01\x1f\x7f \u2028 \U0001F539 é'
    Span.objects.filter(pk=first.pk).update(
        note=awkward, speaker="\n", cluster_id="abc123",
        created_at=datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
        updated_at=datetime.datetime(2025, 1, 2, 3, 4, 5, 10, tzinfo=datetime.UTC))
    same_instant = datetime.datetime(2025, 6, 7, 8, 9, 10, 123456, tzinfo=datetime.UTC)
    review = Review.objects.filter(span=second).first()
    Review.objects.filter(pk=review.pk).update(created_at=same_instant, comment=awkward)
    Review.objects.create(span=second, reviewer=reviewer, decision="approve", verdict="false",
                          explanation="Second look.", span_version=review.span_version)
    Review.objects.filter(span=second).update(created_at=same_instant)
    database, python = list(pg_jsonl.lines(exported())), python_lines(exported())
    assert database == python
    assert '"cluster_id":"abc123"' in "".join(database)
    assert '"created_at":"2025-01-02T03:04:05Z"' in "".join(database)
    assert '"updated_at":"2025-01-02T03:04:05.000010Z"' in "".join(database)


def test_the_export_command_and_api_use_the_database_lines(claim_corpus, client_for, exporter, tmp_path):
    from django.core.management import call_command

    out = tmp_path / "all.jsonl"
    call_command("export_claims", "--format", "jsonl", "--out", str(out))
    assert out.read_text(encoding="utf-8") == "".join(python_lines(exported()))
    response = client_for(exporter).get("/api/exports/?format=jsonl")
    assert b"".join(response.streaming_content).decode() == "".join(python_lines(exported()))
