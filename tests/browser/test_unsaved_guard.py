"""A note typed in the panel is never lost silently: another span, Esc and links ask first."""
import pytest
from playwright.sync_api import expect

from annotations.models import Span
from tests.browser.ui_helpers import open_article, span_on
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser


@pytest.fixture
def two_spans(role_groups, emoji_article):
    ann = user_with_roles("ann", "annotator")
    first = span_on(emoji_article, ann, "G7 leaders failed to agree on a joint statement")
    second = span_on(emoji_article, ann, "The Trump administration introduced its own UN resolution")
    return emoji_article, first, second


def type_note(page, live_server, article, span):
    open_article(page, live_server, article, f"?span={span.pk}")
    page.get_by_label("Note").fill("my careful note")


def test_clicking_another_span_with_an_unsaved_note_asks_and_keeps_the_note(page, live_server, log_in, two_spans):
    article, first, second = two_spans
    log_in(page, "ann")
    type_note(page, live_server, article, first)
    page.locator(f'#article-text mark[data-span-id="{second.pk}"]').first.click()
    expect(page.locator("#p-guard")).to_be_visible()
    expect(page.get_by_label("Note")).to_have_value("my careful note")
    expect(page.locator("#p-text")).to_have_text(first.text)
    page.get_by_role("button", name="Save and continue").click()
    expect(page.locator("#p-text")).to_have_text(second.text)
    first.refresh_from_db()
    assert first.note == "my careful note"


def test_escape_with_an_unsaved_note_asks_and_discard_closes(page, live_server, log_in, two_spans):
    article, first, _ = two_spans
    log_in(page, "ann")
    type_note(page, live_server, article, first)
    page.locator("#panel-title").focus()
    page.keyboard.press("Escape")
    expect(page.locator("#p-guard")).to_be_visible()
    expect(page.locator("#panel")).to_be_visible()
    page.get_by_role("button", name="Discard changes").click()
    expect(page.locator("#panel")).to_be_hidden()
    assert Span.objects.get(pk=first.pk).note == ""


def test_following_articles_link_with_an_unsaved_note_asks_first(page, live_server, log_in, two_spans):
    article, first, _ = two_spans
    log_in(page, "ann")
    type_note(page, live_server, article, first)
    page.get_by_role("link", name="← Articles").click()
    expect(page.locator("#p-guard")).to_be_visible()
    assert page.url.endswith(f"/articles/{article.pk}/?span={first.pk}")
    page.get_by_role("button", name="Keep editing").click()
    expect(page.get_by_label("Note")).to_be_focused()
    page.get_by_role("link", name="← Articles").click()
    page.get_by_role("button", name="Discard changes").click()
    page.wait_for_url(f"{live_server.url}/")
