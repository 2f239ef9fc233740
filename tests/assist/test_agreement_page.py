"""The agreement page: who agrees with whom on an article, with a query count that does not grow with spans."""
from tests.factories import ArticleFactory


def test_agreement_page_shows_each_pair_and_tag(client, annotator, other_annotator, reviewer, make_span,
                                                django_assert_max_num_queries):
    article = ArticleFactory(title="Budget vote")
    ArticleFactory(title="Only one annotator here")
    for author in (annotator, other_annotator, reviewer):
        make_span(article, "40% of voters agree", tag="claim", author=author)
    make_span(article, "Critics disagree", tag="opinion", author=other_annotator)
    client.force_login(annotator)
    with django_assert_max_num_queries(7):  # session, user, roles (2), articles, spans, chosen article
        page = client.get("/agreement/")
    assert page.status_code == 200
    assert page.context["chosen"] == article and [a.title for a in page.context["articles"]] == ["Budget vote"]
    assert [(p["a"], p["b"]) for p in page.context["pairs"]] == [("ann", "ann2"), ("ann", "rev"), ("ann2", "rev")]
    body = page.content.decode()
    assert "Cohen" in body and body.count("<td>claim</td>") == 3
    assert client.get("/agreement/", {"article": 999999}).status_code == 404
