"""Listing an article's spans costs the same number of queries for 10 spans as for 300."""
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ArticleFactory, bulk_verified_spans


def list_queries(client, article) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/api/spans/?article={article.pk}&page_size=1000")
    assert response.status_code == 200
    return len(response.json()["results"]), len(ctx.captured_queries)


def test_span_list_query_count_is_constant(client_for, reviewer, annotator):
    few, many = ArticleFactory(text="f" * 400), ArticleFactory(text="m" * 400)
    bulk_verified_spans(few, annotator, reviewer, 10)
    bulk_verified_spans(many, annotator, reviewer, 300)
    client = client_for(reviewer)
    list_queries(client, few)  # warm caches (content types, permissions) so both counts compare like with like
    (n_few, q_few), (n_many, q_many) = list_queries(client, few), list_queries(client, many)
    assert (n_few, n_many) == (10, 300)
    assert q_few == q_many, (q_few, q_many)
