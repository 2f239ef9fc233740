"""Migration 0016 is the span index's door for the spans stored before it: it backfills their band rows (what
services.span_bands would write) and drops the spans' old trigram index; reversed, the old index comes back."""
import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from annotations.assist.bands import SPAN_BAND_COLUMNS
from annotations.services.span_bands import band_rows_of

BEFORE, AFTER = ("annotations", "0015_passage_bands"), ("annotations", "0016_span_bands")


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


def old_text_index() -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname = 'span_text_trgm'")
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE name LIKE 'annotations_span_fts%'")
        return {row[0] for row in cursor.fetchall()}


@pytest.mark.django_db(transaction=True)
def test_migration_0016_indexes_the_stored_spans_and_reverses():
    try:
        apps = migrate(BEFORE)
        assert old_text_index()
        User, Article, Span = (apps.get_model(*name) for name in (
            ("auth", "User"), ("annotations", "Article"), ("annotations", "Span")))
        author = User.objects.create(username="before-0016")
        text = "The council approved the budget. “We are pleased,” the mayor said. A bad day for all."
        article = Article.objects.create(title="t", text=text, text_sha256="0" * 64)
        stored = [Span.objects.create(article=article, author=author, start=start, end=end, text=text[start:end],
                                      tag=tag, status=status)
                  for start, end, tag, status in ((0, 31, "claim", "verified"), (34, 48, "quote", "rejected"),
                                                  (67, 84, "opinion", "draft"), (34, 48, "claim", "submitted"))]
        apps = migrate(AFTER)
        assert not old_text_index()
        wanted = sorted(row for s in stored for row in band_rows_of(s.pk, article.pk, s.text, s.tag, s.status))
        SpanBand = apps.get_model("annotations", "SpanBand")
        assert sorted(SpanBand.objects.values_list(*SPAN_BAND_COLUMNS)) == wanted
        assert {row[2] for row in wanted} == {stored[0].pk, stored[3].pk}  # not the rejected quote, nor the opinion
        migrate(BEFORE)
        assert old_text_index()
    finally:
        migrate(("annotations", MigrationExecutor(connection).loader.graph.leaf_nodes("annotations")[0][1]))
