"""Article details (title, outlet, author, URL, published date, language) are edited by reviewers and staff and
recorded in the audit history; the text stays immutable once spans point into it."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from annotations.errors import NotPermitted
from annotations.selectors import article_audit_trail
from annotations.services import article_update

DETAILS = {"title": "Paris talks", "outlet": "The Daily Example", "author": "Jane Reporter",
           "url": "https://news.example.org/paris", "published": datetime.date(2025, 2, 24), "language": "fr"}


def test_a_reviewer_edits_every_detail_and_the_history_names_them_with_before_and_after(reviewer, article):
    old_title = article.title
    article_update(article=article, user=reviewer, **DETAILS)
    article.refresh_from_db()
    assert {name: getattr(article, name) for name in DETAILS} == DETAILS
    last = article_audit_trail(article.pk)[-1]
    assert (last["user"], last["action"]) == ("rev", "changed")
    changes = {change["field"]: (change["old"], change["new"]) for change in last["changes"]}
    assert changes["title"] == (old_title, "Paris talks")
    assert changes["author"] == ("", "Jane Reporter")
    assert "text" not in changes


def test_an_annotator_cannot_edit_the_details(annotator, article):
    with pytest.raises(NotPermitted):
        article_update(article=article, user=annotator, title="Mine now")


def test_a_reviewer_cannot_change_the_text(reviewer, article):
    with pytest.raises(NotPermitted):
        article_update(article=article, user=reviewer, text="Rewritten.")


def test_the_text_stays_locked_once_a_span_exists_even_for_staff(staff, article, make_span):
    make_span(article, "Critics disagree", tag="opinion")
    with pytest.raises(ValidationError) as caught:
        article_update(article=article, user=staff, text="Rewritten.")
    assert caught.value.error_dict["text"][0].code == "text_locked"
    article_update(article=article, user=staff, title="Still fine")  # the details are not locked


def test_the_article_history_is_served_over_the_api(client_for, reviewer, article):
    client = client_for(reviewer)
    assert client.patch(f"/api/articles/{article.pk}/", {"outlet": "Outlet B"}, format="json").status_code == 200
    history = client.get(f"/api/articles/{article.pk}/history/").json()
    assert history[-1]["user"] == "rev"
    assert {"field": "outlet", "old": "", "new": "Outlet B"} in history[-1]["changes"]
