"""The My work page: one query per list, however much work there is."""
from annotations import services
from tests.factories import ArticleFactory, user_with_roles


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
