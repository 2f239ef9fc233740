"""Annotating in a real Chromium: selections become spans whose code-point offsets match what was selected."""
import pytest
from playwright.sync_api import expect

from annotations import services
from annotations.models import Span
from tests.browser.helpers import drag_select, select_text
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser


@pytest.fixture
def ann(role_groups):
    return user_with_roles("ann", "annotator")


def open_article(page, live_server, article):
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.wait_for_selector("body[data-ready=true]")


def test_mouse_selection_after_emoji_pressing_q_stores_exactly_the_selected_text(
        page, live_server, log_in, ann, emoji_article):
    log_in(page, "ann")
    open_article(page, live_server, emoji_article)
    selected = drag_select(page, "G7 leaders failed to agree")
    assert selected.strip() == "G7 leaders failed to agree"
    expect(page.locator("#sel-toolbar")).to_be_visible()
    page.keyboard.press("q")
    expect(page.locator("#panel")).to_be_visible()
    expect(page.locator("#p-text")).to_have_text("G7 leaders failed to agree")
    span = Span.objects.get()
    assert (span.tag, span.text) == ("quote", selected.strip())
    assert emoji_article.text[span.start:span.end] == span.text
    # the highlight appeared without a reload, with its badge
    expect(page.locator("#article-text .hl-handle.tag-quote")).to_have_attribute("data-badge", "Q✎")


def test_range_after_second_emoji_is_trimmed_and_stored_at_code_point_offsets(
        page, live_server, log_in, ann, emoji_article):
    log_in(page, "ann")
    open_article(page, live_server, emoji_article)
    # from just after the second 🔹 (so starting on the space) to the end of the word "introduced" plus a space
    selected = select_text(page, " The Trump administration introduced ", start_shift=0, end_shift=0)
    assert selected == " The Trump administration introduced "
    page.keyboard.press("c")
    expect(page.locator("#panel")).to_be_visible()
    span = Span.objects.get()
    assert span.text == "The Trump administration introduced"
    assert emoji_article.text.index("🔹 The Trump administration") + 2 == span.start  # code points, not UTF-16


def test_selection_never_splits_a_grapheme_cluster_and_may_cross_a_highlight(page, live_server, log_in, ann):
    text = "Family 👩\u200d👩\u200d👧 visited the cafe\u0301 today, officials said on Monday."
    article = services.article_create(title="Clusters", text=text)
    start = text.index("officials said")
    services.span_create(article=article, author=ann, start=start, end=start + len("officials said"), tag="claim")
    log_in(page, "ann")
    open_article(page, live_server, article)
    # start inside the ZWJ family (after the first woman's surrogate pair), end between "e" and its U+0301
    select_text(page, "👩\u200d👩\u200d👧 visited the cafe", start_shift=2)
    page.keyboard.press("o")
    expect(page.locator("#p-text")).to_have_text("👩\u200d👩\u200d👧 visited the cafe\u0301")
    assert Span.objects.get(tag="opinion").text == "👩\u200d👩\u200d👧 visited the cafe\u0301"
    page.keyboard.press("Escape")
    # a selection starting inside the existing highlight and ending after it
    select_text(page, "said on Monday")
    expect(page.locator("#sel-toolbar")).to_be_visible()
    page.locator("#sel-toolbar button[data-tag=quote]").click()
    expect(page.locator("#p-text")).to_have_text("said on Monday")
    quote = Span.objects.get(tag="quote")
    assert text[quote.start:quote.end] == "said on Monday"
    # both overlapping highlights are rendered, nested
    expect(page.locator("#article-text mark.tag-claim mark.tag-quote, #article-text mark.tag-quote mark.tag-claim")
           ).to_have_count(1)
