"""The article page's details: reviewers and staff get the form, everyone sees the history of the details."""
from annotations.services import article_update


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
