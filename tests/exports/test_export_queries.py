"""Exports stream in chunks: the number of queries grows with the number of chunks, never with rows."""
from django.db import connection
from django.test.utils import CaptureQueriesContext

from annotations import exports, selectors
from annotations.exports.registry import CHUNK_SIZE
from tests.factories import ArticleFactory, bulk_verified_spans


def queries_for(fmt_name, article):
    spans = selectors.export_queryset().filter(pk__in=selectors.verified_spans({"articles": [article.pk]}).values("pk"))
    with CaptureQueriesContext(connection) as ctx:
        for _ in exports.export_chunks(exports.get_format(fmt_name), spans):
            pass
    return len(ctx.captured_queries)


def test_export_query_count_is_constant_up_to_chunking(annotator, reviewer):
    small, large = ArticleFactory(text="s" * 1100), ArticleFactory(text="l" * 1100)
    bulk_verified_spans(small, annotator, reviewer, 10)
    bulk_verified_spans(large, annotator, reviewer, 1000)
    extra_chunks = 1000 // CHUNK_SIZE - 1
    for name in exports.FORMATS:
        few, many = queries_for(name, small), queries_for(name, large)
        # Per extra chunk of spans: one query per prefetch (evidence, reviews); nothing per row.
        assert many <= few + 2 * extra_chunks, (name, few, many)
