"""The article page's details: reviewers and staff get the form, everyone sees the history of the details."""
from annotations import services
from annotations.services import article_update
from tests.factories import ArticleFactory, user_with_roles


def test_a_reviewer_gets_the_details_form_and_the_history_shows_who_changed_what(client, reviewer, article):
    article_update(article=article, user=reviewer, outlet="The Daily Example")
    client.force_login(reviewer)
    page = client.get(f"/articles/{article.pk}/").content.decode()
    assert 'id="details-form"' in page and "article_details.js" in page
    assert "rev changed: outlet “” → “The Daily Example”" in page


def test_an_annotator_sees_the_history_but_no_details_form(client, annotator, article):
    client.force_login(annotator)
    page = client.get(f"/articles/{article.pk}/").content.decode()
    assert 'id="details-history"' in page
    assert 'id="details-form"' not in page and "article_details.js" not in page


def test_my_work_page_query_count_is_constant(client, reviewer, annotator, make_span,
                                             django_assert_max_num_queries):
    boss = user_with_roles("boss3", is_staff=True, is_superuser=True)
    client.force_login(reviewer)
    client.get("/my-work/")
    for n in range(5):
        article = ArticleFactory()
        for role in ("review", "annotate"):
            services.assignment_add(article=article, user=reviewer, role=role, assigned_by=boss)
        services.span_submit(span=make_span(article, "Critics disagree", tag="opinion"), user=annotator)
        make_span(article, "The minister said", tag="quote", author=reviewer)
    with django_assert_max_num_queries(12):
        page = client.get("/my-work/").content.decode()
    assert page.count('href="/articles/') >= 15  # 5 assigned articles, 5 spans to review, 5 drafts
