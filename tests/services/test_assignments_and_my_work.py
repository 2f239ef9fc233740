"""Staff assign articles; "My work" shows each person what is theirs to do."""
import pytest
from django.core.exceptions import ValidationError

from annotations import selectors, services
from annotations.errors import NotPermitted
from tests.factories import ArticleFactory, user_with_roles


@pytest.fixture
def boss(db):
    return user_with_roles("boss2", is_staff=True, is_superuser=True)


def test_staff_assign_an_article_to_several_annotators_and_a_reviewer(boss, annotator, other_annotator, reviewer,
                                                                      article):
    for person, role in ((annotator, "annotate"), (other_annotator, "annotate"), (reviewer, "review")):
        services.assignment_add(article=article, user=person, role=role, assigned_by=boss)
    assert [a.pk for a in selectors.assigned_articles(annotator)] == [article.pk]
    assert selectors.assigned_articles(reviewer)[0].my_roles == ["review"]
    assert article.assignments.count() == 3


def test_only_staff_assign(annotator, reviewer, article):
    with pytest.raises(NotPermitted):
        services.assignment_add(article=article, user=annotator, role="annotate", assigned_by=reviewer)


@pytest.mark.parametrize("role, code", [("review", "assignee_lacks_role"), ("proofread", "invalid_choice")])
def test_an_assignment_needs_a_person_who_holds_the_role(boss, annotator, article, role, code):
    with pytest.raises(ValidationError) as caught:
        services.assignment_add(article=article, user=annotator, role=role, assigned_by=boss)
    field = "user" if code == "assignee_lacks_role" else "role"
    assert caught.value.error_dict[field][0].code == code


def test_the_same_assignment_twice_is_refused(boss, annotator, article):
    services.assignment_add(article=article, user=annotator, role="annotate", assigned_by=boss)
    with pytest.raises(ValidationError) as caught:
        services.assignment_add(article=article, user=annotator, role="annotate", assigned_by=boss)
    assert caught.value.error_dict["user"][0].code == "already_assigned"


def test_my_work_lists_drafts_changes_requested_with_the_comment_submitted_and_the_assigned_queue(
        boss, annotator, reviewer, article, make_span):
    other = ArticleFactory()
    services.assignment_add(article=article, user=reviewer, role="review", assigned_by=boss)
    draft = make_span(article, "Critics disagree", tag="opinion")
    sent_back = services.span_submit(span=make_span(article, "40% of voters agree"), user=annotator)
    services.review_submit(span=sent_back, reviewer=reviewer, decision="request_changes",
                           comment="Which poll? Add the source.")
    waiting = services.span_submit(span=make_span(article, "The minister said", tag="quote"), user=annotator)
    elsewhere = services.span_submit(span=make_span(other, "The minister said", tag="quote"), user=annotator)

    mine = selectors.my_work(annotator, reviewer=False)
    assert [s.pk for s in mine["drafts"]] == [draft.pk]
    assert [(s.pk, s.last_comment, s.last_reviewer) for s in mine["changes_requested"]] == [
        (sent_back.pk, "Which poll? Add the source.", "rev")]
    assert {s.pk for s in mine["submitted"]} == {waiting.pk, elsewhere.pk}
    assert mine["to_review"] == []
    theirs = selectors.my_work(reviewer, reviewer=True)
    assert [s.pk for s in theirs["to_review"]] == [waiting.pk]  # not the span on the article not assigned to them
    assert selectors.my_work_counts(reviewer, reviewer=True) == {"changes_requested": 0, "to_review": 1,
                                                                 "assigned": 1}


def test_my_work_takes_a_constant_number_of_queries(boss, annotator, make_span, django_assert_max_num_queries):
    for n in range(6):
        article = ArticleFactory()
        services.assignment_add(article=article, user=annotator, role="annotate", assigned_by=boss)
        make_span(article, "The minister said", tag="quote")
    with django_assert_max_num_queries(6):  # assignments, their articles, and one per list
        work = selectors.my_work(annotator, reviewer=True)
        assert len(work["assigned"]) == 6 and len(work["drafts"]) == 6


def test_assignments_over_the_api_staff_only_and_the_counts(client_for, boss, annotator, reviewer, article):
    body = {"article": article.pk, "user": "ann", "role": "annotate"}
    assert client_for(reviewer).post("/api/assignments/", body, format="json").status_code == 403
    created = client_for(boss).post("/api/assignments/", body, format="json")
    assert created.status_code == 201 and created.json()["user"] == "ann"
    assert client_for(annotator).get("/api/me/work/").json() == {"changes_requested": 0, "to_review": 0,
                                                                 "assigned": 1}
    listed = client_for(annotator).get(f"/api/assignments/?article={article.pk}").json()
    assert [row["user"] for row in listed["results"]] == ["ann"]
    assert client_for(boss).delete(f"/api/assignments/{created.json()['id']}/").status_code == 204
    assert client_for(annotator).get("/api/me/work/").json()["assigned"] == 0
