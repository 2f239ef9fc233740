"""A tiny run of the benchmark's pieces: the corpus generator, one timed path, and on PostgreSQL the floors and the
seed (no timing is asserted)."""
import io
import subprocess

import pytest
from django.core.management import call_command
from django.db import connection

from bench import corpus, data
from bench.run import timed

pytestmark = pytest.mark.bench


def test_corpus_is_deterministic_and_news_like():
    first, again = corpus.article(7, 3), corpus.article(7, 3)
    assert first == again
    assert 4000 <= len(first.text.encode("utf-8")) <= 7000
    assert 15 <= len(first.spans) <= 25
    assert all(first.text[s.start:s.end] == s.text for s in first.spans)
    texts = "".join(corpus.article(7, i).text for i in range(20))
    assert "“" in texts and any(ord(ch) > 0xFFFF for ch in texts)
    verified = [s for i in range(20) for s in corpus.article(7, i).spans if s.status == "verified"]
    assert verified and all(s.review for s in verified)
    assert all(s.evidence for s in verified if s.tag == "claim")


def test_doccano_import_then_jsonl_export_of_a_small_corpus(db, tmp_path):
    path = tmp_path / "corpus.jsonl"
    data.write_doccano(path, 3, seed=7)
    out = io.StringIO()
    call_command("import_annotations", str(path), "--format", "doccano", stdout=out)
    expected = sum(len(corpus.article(7, i).spans) for i in range(3))
    assert f"{expected} spans created" in out.getvalue()
    exported = tmp_path / "out.jsonl"
    call_command("export_claims", "--format", "jsonl", "--out", str(exported), stderr=io.StringIO())
    assert exported.read_text() == ""  # imported spans are drafts: nothing is verified yet


def test_timed_reports_wall_time_and_peak_rss():
    run = timed(["python3", "-c", "print(1)"], {"PATH": "/usr/bin:/bin"})
    assert run.wall > 0 and run.rss_mb > 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the floors are PostgreSQL's COPY")
def test_the_floors_and_the_seed_fit_the_current_schema(transactional_db, tmp_path):
    """The floor tables are LIKE the app's: a new NOT NULL column breaks them, and this test, not `make bench`."""
    from django.contrib.auth import get_user_model

    from bench import floor

    settings = connection.settings_dict
    url = f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    path = tmp_path / "corpus.jsonl"
    data.write_doccano(path, 3, seed=7)
    floor.setup(url)
    try:
        assert floor.import_floor(url, str(path)) == sum(len(corpus.article(7, i).spans) for i in range(3))
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE IF EXISTS floor_span, floor_article")
    users = {}
    for name in corpus.ANNOTATORS + corpus.REVIEWERS:
        users[name] = get_user_model().objects.create(username=name).pk
    with connection.cursor() as cursor:
        counts = data.seed(cursor, 3, 7, users, big=False)
    out = tmp_path / "floor.jsonl"
    subprocess.run(floor.export_command(url, str(out)), check=True)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == counts["verified"] > 0


def test_the_benchmarks_passages_equal_what_index_passages_writes():
    """bench/passages.py writes the index from the generator's sentence offsets; it must be index_passages' rows."""
    from bench import passages

    assert passages.check(7, 20) > 20 * 50


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the bench seeds passages with PostgreSQL's COPY")
def test_the_benchmarks_passage_seed_matches_index_passages_row_for_row(db):
    from django.contrib.auth import get_user_model

    from annotations.assist.bands import BANDS
    from annotations.models import IndexedArticle, Passage
    from annotations.services.passages import article_passages_index
    from bench import passages

    users = {name: get_user_model().objects.create(username=name).pk for name in corpus.ANNOTATORS + corpus.REVIEWERS}
    with connection.cursor() as cursor:
        counts = data.seed(cursor, 3, 7, users, big=False)
        written = passages.seed(cursor, 3, 7, None)
        # The key index is dropped for the COPY and built again: the requests are timed on the migration's index.
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'passageband_key_idx'")
        assert "(key, salt) INCLUDE (passage_id, article_id)" in cursor.fetchone()[0]
    columns = ("article_id", "kind", "start", "end", "text")
    seeded = list(Passage.objects.order_by(*columns).values_list(*columns))
    assert len(seeded) == written and IndexedArticle.objects.count() == counts["articles"] == 3
    bands = {(p.article_id, p.start, p.end, p.kind): sorted(p.bands.values_list("key", flat=True))
             for p in Passage.objects.all()}
    assert all(len(keys) == BANDS + 1 for keys in bands.values())
    article_passages_index([1, 2, 3])
    assert list(Passage.objects.order_by(*columns).values_list(*columns)) == seeded
    assert {(p.article_id, p.start, p.end, p.kind): sorted(p.bands.values_list("key", flat=True))
            for p in Passage.objects.all()} == bands
    # The sequence was moved past the ids the COPY gave: the service's own inserts did not collide.
    assert Passage.objects.count() == written


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the bench seeds the span index with PostgreSQL's COPY")
def test_the_benchmarks_span_index_seed_matches_what_the_services_write(db):
    """bench/passages.seed_spans COPYs band rows for the spans bench.data COPYed: they must be the rows
    services.span_bands writes for the same spans, on the migration's two indexes."""
    from django.contrib.auth import get_user_model

    from annotations.models import Span, SpanBand
    from annotations.services.span_bands import article_spans_index
    from bench import passages

    users = {name: get_user_model().objects.create(username=name).pk for name in corpus.ANNOTATORS + corpus.REVIEWERS}
    with connection.cursor() as cursor:
        data.seed(cursor, 3, 7, users, big=False)
        written = passages.seed_spans(cursor)
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'spanband_%%_idx'")
        indexes = dict(cursor.fetchall())
    assert "(key, salt) INCLUDE (span_id, article_id)" in indexes["spanband_key_idx"]
    assert "(key, tag, salt) INCLUDE (span_id) WHERE verified" in indexes["spanband_verified_idx"]
    columns = ("key", "salt", "span_id", "article_id", "tag", "verified")
    seeded = sorted(SpanBand.objects.values_list(*columns))
    assert len(seeded) == written > 0
    # Rejected spans and opinions are not in the index; every other span is, with its status.
    assert {row[2] for row in seeded} == set(Span.objects.filter(tag__in=["claim", "quote"]).exclude(
        status="rejected").values_list("pk", flat=True))
    article_spans_index([1, 2, 3])
    assert sorted(SpanBand.objects.values_list(*columns)) == seeded
