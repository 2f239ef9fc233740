"""Drags that start on a highlight or a suggestion select text (the highlight must not take the mouse-down)."""
import pytest
from playwright.sync_api import expect

from annotations import services
from annotations.models import Span
from tests.browser.helpers import drag_select
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser

NEEDLE = "G7 leaders failed to agree on a joint statement"


@pytest.fixture
def ann(role_groups):
    return user_with_roles("ann", "annotator")


def open_article(page, live_server, article):
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.wait_for_selector("body[data-ready=true]")


@pytest.mark.parametrize("inset", [1, 3])
def test_drag_starting_on_the_first_letter_of_a_highlight_selects_from_that_letter(
        page, live_server, log_in, ann, emoji_article, inset):
    start = emoji_article.text.index(NEEDLE)
    services.span_create(article=emoji_article, author=ann, start=start, end=start + len("G7 leaders"), tag="quote")
    log_in(page, "ann")
    open_article(page, live_server, emoji_article)
    selected = drag_select(page, NEEDLE, inset=inset)
    assert selected.strip() == NEEDLE
    page.keyboard.press("c")
    expect(page.locator("#p-text")).to_have_text(NEEDLE)
    claim = Span.objects.get(tag="claim")
    assert emoji_article.text[claim.start:claim.end] == NEEDLE  # code points, after the 🔹


def test_drag_starting_on_the_first_letter_of_a_suggestion_selects_from_that_letter(
        page, live_server, log_in, ann, emoji_article):
    log_in(page, "ann")
    open_article(page, live_server, emoji_article)
    if not page.locator("#show-suggestions").is_checked():
        page.locator("#show-suggestions").check()
    quote = page.locator("#article-text mark.sg[data-sg^='quote:']").first
    expect(quote).to_be_visible()
    key = quote.get_attribute("data-sg")
    tag, start, end = key.split(":")
    text = emoji_article.text[int(start):int(end)]
    words = " ".join(text.split()[:4])
    selected = drag_select(page, words)
    assert selected.strip() == words
    page.keyboard.press("o")
    expect(page.locator("#p-text")).to_have_text(words)
    assert Span.objects.get(tag="opinion").text == words
