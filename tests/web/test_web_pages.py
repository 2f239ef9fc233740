"""The server-rendered pages: sign-in required, what they show, and query counts that do not grow with rows."""
import json

import pytest

from annotations import services
from tests.factories import ArticleFactory, bulk_verified_spans


@pytest.fixture
def signed_in(client):
    def sign_in(user):
        client.force_login(user)
        return client

    return sign_in


@pytest.mark.parametrize("url", ["/", "/articles/1/", "/review/", "/claim-sets/"])
def test_anonymous_visitor_is_sent_to_login(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_login_page_has_labelled_fields(client, db):
    body = client.get("/accounts/login/").content.decode()
    assert '<label for="id_username">' in body and '<label for="id_password">' in body


def test_article_list_shows_progress_by_tag_and_status(signed_in, annotator, article, make_span):
    make_span(article, "40% of voters agree", tag="claim")
    span = make_span(article, "Critics disagree", tag="opinion")
    services.span_submit(span=span, user=annotator)
    page = signed_in(annotator).get("/")
    row = next(a for a in page.context["page_obj"] if a.pk == article.pk)
    assert (row.n_claim, row.n_quote, row.n_opinion) == (1, 0, 1)
    assert (row.n_draft, row.n_submitted, row.n_verified) == (1, 1, 0)
    assert "1 draft, 1 submitted, 0 verified, 0 rejected" in page.content.decode()


def test_article_list_filters_by_search_and_what_needs_work(signed_in, annotator, make_span):
    busy = ArticleFactory(title="Budget vote", outlet="Daily")
    ArticleFactory(title="Weather", outlet="Gazette")
    make_span(busy, "40% of voters", tag="claim")
    client = signed_in(annotator)
    titles = lambda response: [a.title for a in response.context["page_obj"]]  # noqa: E731
    assert titles(client.get("/", {"q": "budget"})) == ["Budget vote"]
    assert titles(client.get("/", {"outlet": "Gazette"})) == ["Weather"]
    assert titles(client.get("/", {"needs": "draft"})) == ["Budget vote"]
    assert titles(client.get("/", {"needs": "unannotated"})) == ["Weather"]


def test_article_list_query_count_is_constant(signed_in, annotator, django_assert_max_num_queries):
    client = signed_in(annotator)
    client.get("/")  # warm the session/permission caches
    for n in range(30):
        ArticleFactory(outlet=f"Outlet {n % 3}")
    with django_assert_max_num_queries(7):
        assert client.get("/").status_code == 200


def test_article_page_escapes_text_and_embeds_exact_text_for_the_script(signed_in, annotator, db):
    text = "Line one <script>alert(1)</script>\n\n  indented 🔹 é\r\nend"
    article = services.article_create(title="<b>t</b>", text=text)
    response = signed_in(annotator).get(f"/articles/{article.pk}/")
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "&lt;b&gt;t&lt;/b&gt;" in body
    start = body.index('<script id="workbench-config" type="application/json">') + len(
        '<script id="workbench-config" type="application/json">')
    config = json.loads(body[start:body.index("</script>", start)])
    assert config["text"] == text  # the script renders from this, so \r and every code point survive
    assert config["roles"] == {"annotate": True, "review": False, "export": False, "add_articles": True,
                               "edit_metadata": False, "assign": False}


def test_article_page_query_count_is_constant(signed_in, annotator, article, make_span,
                                              django_assert_max_num_queries):
    client = signed_in(annotator)
    client.get(f"/articles/{article.pk}/")
    for n in range(20):
        ArticleFactory()
    make_span(article, "40% of voters", tag="claim")
    with django_assert_max_num_queries(8):  # + the history of the article details, + its assignments
        assert client.get(f"/articles/{article.pk}/").status_code == 200


def test_unknown_article_is_a_404(signed_in, annotator):
    assert signed_in(annotator).get("/articles/999999/").status_code == 404


def test_review_queue_lists_submitted_spans_by_others_only(signed_in, annotator, reviewer, article, make_span):
    theirs = make_span(article, "40% of voters agree", tag="claim")
    services.span_submit(span=theirs, user=annotator)
    make_span(article, "Critics disagree", tag="opinion")  # a draft: not in the queue
    own = make_span(article, "Critics", tag="opinion", author=reviewer)
    services.span_submit(span=own, user=reviewer)
    response = signed_in(reviewer).get("/review/")
    assert [s.pk for s in response.context["spans"]] == [theirs.pk]
    assert f"/articles/{article.pk}/?span={theirs.pk}" in response.content.decode()


def test_review_queue_query_count_is_constant(signed_in, annotator, reviewer, make_span,
                                              django_assert_max_num_queries):
    client = signed_in(reviewer)
    client.get("/review/")
    for n in range(15):
        span = make_span(ArticleFactory(), "40% of voters", tag="claim")
        services.evidence_add(span=span, user=annotator, stance="supports", url=f"https://example.org/{n}")
        services.span_submit(span=span, user=annotator)
    with django_assert_max_num_queries(6):
        response = client.get("/review/")
    assert len(response.context["spans"]) == 15


def test_annotator_without_reviewer_role_is_told_so_in_the_queue(signed_in, annotator):
    assert "don't have the reviewer role" in signed_in(annotator).get("/review/").content.decode()


def test_claim_set_page_counts_filtered_verified_spans_and_links_every_format(
        signed_in, exporter, annotator, reviewer, django_assert_max_num_queries):
    first, second = ArticleFactory(), ArticleFactory()
    bulk_verified_spans(first, annotator, reviewer, 5)
    bulk_verified_spans(second, annotator, reviewer, 3)
    services.claim_set_create(name="Everything", user=exporter)
    client = signed_in(exporter)
    client.get("/claim-sets/")
    with django_assert_max_num_queries(9):
        response = client.get("/claim-sets/", {"articles": [second.pk], "tags": ["claim"]})
    assert response.context["count"] == 3
    body = response.content.decode()
    for fmt in ("jsonl", "csv", "claimreview", "w3c", "fixture", "fever"):
        assert f"/api/exports/?format={fmt}&amp;articles={second.pk}&amp;tags=claim" in body
        assert f"/export/?format={fmt}" in body
    assert 'id="claim-create"' in body


def test_claim_set_page_shows_a_bad_filter_inline(signed_in, exporter):
    response = signed_in(exporter).get("/claim-sets/", {"verified_from": "yesterday"})
    assert response.status_code == 200
    assert "verified_from must be a date" in response.content.decode()
