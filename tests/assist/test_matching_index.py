"""The matching index stays in step with the tables it indexes: claims and quotes and passages are indexed by
their band keys, written and replaced with them, on both databases; the nearest-first text indexes they replaced
(pg_trgm GiST, SQLite FTS5 and its triggers) are gone."""
from django.db import connection

from annotations.assist.bands import BANDS
from annotations.models import Passage, PassageBand, Span, SpanBand
from annotations.selectors.matching import similar_passages, similar_spans
from annotations import services
from tests.factories import ArticleFactory

BAND_INDEXES = {"passageband_key_idx", "spanband_key_idx", "spanband_verified_idx"}


def test_the_index_objects_exist_on_this_database(db):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname IN "
                           "('span_text_trgm', 'passage_text_trgm', 'passageband_key_idx', 'spanband_key_idx', "
                           "'spanband_verified_idx')")
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE name LIKE '%_fts%' OR name IN "
                           "('passageband_key_idx', 'spanband_key_idx', 'spanband_verified_idx')")
        assert {row[0] for row in cursor.fetchall()} == BAND_INDEXES


def test_spans_are_found_by_their_current_text_and_not_after_deletion(annotator, make_span):
    article = ArticleFactory(text="Sanctions on Russian banks widened. Wheat exports from Ukraine doubled in March.")
    other = ArticleFactory(text="Something else entirely.")
    span = make_span(article, "Sanctions on Russian banks widened")
    assert [r["id"] for r in similar_spans("sanctions against Russian banks widened", exclude_article=other.pk)] \
        == [span.pk]
    services.span_update(span=span, user=annotator, start=36, end=79)
    assert similar_spans("wheat exports from Ukraine doubled", exclude_article=other.pk)[0]["id"] == span.pk
    assert similar_spans("sanctions against Russian banks widened", exclude_article=other.pk) == []
    assert SpanBand.objects.filter(span=span).count() == BANDS + 1
    services.span_delete(span=Span.objects.get(pk=span.pk), user=annotator)
    assert similar_spans("wheat exports from Ukraine doubled", exclude_article=other.pk) == []
    assert not SpanBand.objects.exists()


def test_reindexing_an_article_replaces_its_passages(db):
    article = ArticleFactory(text="The council approved the budget. “We are pleased,” the mayor said.")
    other = ArticleFactory(text="Unrelated.")
    assert services.article_passages_index([article.pk]) == services.article_passages_index([article.pk]) == 3
    # Each passage has its BANDS + 1 keys, once: the old passages' keys went with them.
    assert PassageBand.objects.filter(article_id=article.pk).count() == 3 * (BANDS + 1)
    assert set(PassageBand.objects.values_list("passage_id", flat=True)) == set(
        Passage.objects.filter(article=article).values_list("pk", flat=True))
    found = similar_passages("the council approved the budget", exclude_article=other.pk)
    assert [(r["kind"], r["text"]) for r in found][:1] == [("sentence", "The council approved the budget.")]
    quotes = [r for r in similar_passages("we are pleased", exclude_article=other.pk) if r["kind"] == "quote"]
    assert [r["text"] for r in quotes] == ["We are pleased"]


def test_reindexing_deletes_the_old_passages_without_reading_them_back(db):
    """Re-indexing replaces an article's passages and bands with two DELETEs; the ORM's cascade would first load
    every old passage (its text too) to find their bands, work that grows with the article."""
    from django.test.utils import CaptureQueriesContext

    article = ArticleFactory(text="The council approved the budget. “We are pleased,” the mayor said. " * 20)
    services.article_passages_index([article.pk])
    with CaptureQueriesContext(connection) as queries:
        services.article_passages_index([article.pk])
    reads = [q["sql"] for q in queries.captured_queries
             if q["sql"].startswith("SELECT") and 'FROM "annotations_passage"' in q["sql"]]
    assert reads == []
    assert PassageBand.objects.filter(article_id=article.pk).count() == Passage.objects.filter(
        article=article).count() * (BANDS + 1) > 0


def test_deleting_an_article_deletes_its_passages_and_their_bands(db):
    article = ArticleFactory(text="The council approved the budget. “We are pleased,” the mayor said.")
    services.article_passages_index([article.pk])
    article.delete()
    assert not Passage.objects.exists() and not PassageBand.objects.exists()


def test_the_span_probes_read_the_band_indexes(annotator, reviewer, make_span):
    """The matches endpoint's probes read (key, salt); the cluster update's read the partial index of verified
    rows, whose condition the query must repeat word for word for the planner to use it."""
    from django.test.utils import CaptureQueriesContext

    article = ArticleFactory(text="Sanctions on Russian banks widened. Wheat exports from Ukraine doubled in March.")
    make_span(article, "Sanctions on Russian banks widened")
    for name, kwargs in (("spanband_key_idx", dict(exclude_article=0)),
                         ("spanband_verified_idx", dict(tag="claim", verified=True, exclude_span=0))):
        with CaptureQueriesContext(connection) as queries:
            similar_spans("sanctions on Russian banks", **kwargs)
        (query,) = [q["sql"] for q in queries.captured_queries if "annotations_spanband" in q["sql"]]
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SET enable_seqscan = off")  # a table this small would be scanned otherwise
                try:
                    cursor.execute("EXPLAIN " + query)
                    rows = cursor.fetchall()
                finally:
                    cursor.execute("RESET enable_seqscan")
            else:
                cursor.execute("EXPLAIN QUERY PLAN " + query)
                rows = cursor.fetchall()
            plan = " ".join(str(row) for row in rows)
        assert plan.count(name) == BANDS + 1, plan
