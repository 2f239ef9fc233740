"""The intake service: one door for the page, the API and ingest_articles."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from annotations.errors import ArticleExists, NotPermitted
from annotations.models import Article
from annotations.services import article_draft, article_ingest, span_create

from .conftest import NEWS_PAGE, Route

NEWS_PATH = "/news/leaders-meet.html"


def test_a_fetched_news_page_keeps_its_main_text_and_drops_comments_and_boilerplate(annotator, page_server):
    draft = article_draft(user=annotator, url=page_server.url(NEWS_PATH))
    assert draft.text.startswith("The two presidents met in the Élysée Palace")
    assert "G7 leaders failed to agree on a joint statement" in draft.text
    for boilerplate in ("Leave a Reply", "Cheap watches", "Great article", "Subscribe", "Most read", "Cookies",
                        "Related posts", "Share this"):
        assert boilerplate not in draft.text
    assert (draft.title, draft.outlet, draft.author, draft.published, draft.language) == (
        "Leaders meet in Paris as talks go on", "The Daily Example", "Jane Reporter", datetime.date(2025, 2, 24),
        "en")
    assert draft.url == "https://news.example.org/world/2025/02/24/leaders-meet-in-paris/"


def test_the_stored_text_is_exactly_the_previewed_text_and_offsets_slice_it(annotator, page_server):
    draft = article_draft(user=annotator, url=page_server.url(NEWS_PATH))
    article = article_ingest(user=annotator, text=draft.text, title="Edited title", outlet=draft.outlet,
                             article_url=draft.url, published=draft.published)
    assert article.text == draft.text and article.title == "Edited title"
    needle = "G7 leaders failed to agree on a joint statement"
    start = article.text.index(needle)
    assert article.text[start - 2] == "🔹"
    span = span_create(article=article, author=annotator, start=start, end=start + len(needle), tag="claim")
    assert article.text[span.start:span.end] == span.text == needle


def test_pasted_text_keeps_its_line_breaks_and_is_not_normalised(annotator):
    text = "Headline\r\n\r\nCafe\u0301 owners said 🔹 prices rose.\n\tSecond line."
    article = article_ingest(user=annotator, text=text)
    assert article.text == text and article.title == "Headline"


@pytest.mark.parametrize("name, data, title", [
    ("story.txt", "Tags: #a #b\nThe headline\nBody text.\n".encode(), "The headline"),
    ("story.md", "# The headline\n\nBody *text*.\n".encode(), "The headline"),
    ("saved.html", NEWS_PAGE, "Leaders meet in Paris as talks go on"),
])
def test_uploaded_text_markdown_and_saved_pages_become_drafts(annotator, name, data, title):
    draft = article_draft(user=annotator, file_name=name, file_data=data)
    assert draft.title == title
    if not name.endswith(".html"):
        assert draft.text == data.decode()


def test_an_upload_of_another_kind_is_refused(annotator):
    with pytest.raises(ValidationError) as caught:
        article_draft(user=annotator, file_name="scan.pdf", file_data=b"%PDF-1.7")
    assert caught.value.error_dict["file"][0].code == "unsupported_file_type"


def test_a_text_file_that_is_not_utf8_is_refused_not_guessed(annotator):
    with pytest.raises(ValidationError) as caught:
        article_draft(user=annotator, file_name="story.txt", file_data="café".encode("latin-1"))
    assert caught.value.error_dict["file"][0].code == "invalid_encoding"


def test_the_same_text_is_found_before_saving_and_names_the_existing_article(annotator, page_server):
    first = article_ingest(user=annotator, url=page_server.url(NEWS_PATH))
    with pytest.raises(ArticleExists) as caught:
        article_ingest(user=annotator, text=first.text)
    assert (caught.value.article_id, caught.value.reason) == (first.pk, "text")
    assert Article.objects.count() == 1


def test_the_same_canonical_url_is_a_duplicate_even_when_the_text_changed(annotator, page_server):
    first = article_ingest(user=annotator, url=page_server.url(NEWS_PATH))
    page_server.routes["/amp"] = Route(body=NEWS_PAGE.replace(b"three hours", b"four hours"))
    with pytest.raises(ArticleExists) as caught:
        article_ingest(user=annotator, url=page_server.url("/amp"))
    assert (caught.value.article_id, caught.value.reason) == (first.pk, "url")


def test_people_without_the_annotator_role_cannot_add_articles_and_nothing_is_fetched(exporter, page_server):
    with pytest.raises(NotPermitted):
        article_draft(user=exporter, url=page_server.url(NEWS_PATH))
    assert page_server.requests == []


def test_exactly_one_source_is_required(annotator):
    with pytest.raises(ValidationError) as caught:
        article_draft(user=annotator, text="a", html="<p>b</p>")
    assert "exactly one" in str(caught.value)


def test_a_plain_text_page_is_stored_as_served_and_a_wrong_charset_is_refused(annotator, page_server):
    page_server.routes["/plain"] = Route(body="Headline\r\nCafe\u0301 🔹 text.\n".encode(),
                                         headers={"Content-Type": "text/plain; charset=utf-8"})
    page_server.routes["/latin"] = Route(body="café".encode("latin-1"), headers={"Content-Type": "text/plain"})
    draft = article_draft(user=annotator, url=page_server.url("/plain"))
    assert (draft.text, draft.title, draft.url) == ("Headline\r\nCafe\u0301 🔹 text.\n", "Headline",
                                                    page_server.url("/plain"))
    with pytest.raises(ValidationError) as caught:
        article_draft(user=annotator, url=page_server.url("/latin"))
    assert caught.value.error_dict["url"][0].code == "invalid_encoding"
