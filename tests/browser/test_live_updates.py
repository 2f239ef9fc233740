"""Two people on one article: what one does appears in the other's page within 5 s, without a reload, without
taking the other's selection or unsaved panel text."""
import pytest
from playwright.sync_api import expect

from annotations import services
from tests.browser.helpers import drag_select, select_text
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser


@pytest.fixture
def two(role_groups):
    return user_with_roles("ann", "annotator"), user_with_roles("ann2", "annotator")


def _open(page, live_server, article):
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.wait_for_selector("body[data-ready=true]")


def test_a_span_created_in_one_context_appears_in_the_other_within_5_seconds(
        page, browser, browser_context_args, live_server, log_in, two, emoji_article):
    other_context = browser.new_context(**browser_context_args)
    try:
        other = other_context.new_page()
        log_in(other, "ann2")
        _open(other, live_server, emoji_article)
        mine = services.span_create(article=emoji_article, author=two[1], start=0, end=9, tag="opinion")
        other.locator(f"#article-text mark[data-span-id='{mine.pk}']").first.click()
        other.get_by_label("Note").fill("typed, not saved")

        log_in(page, "ann")
        _open(page, live_server, emoji_article)
        assert drag_select(page, "G7 leaders failed to agree").strip() == "G7 leaders failed to agree"
        page.keyboard.press("c")
        expect(page.locator("#p-text")).to_have_text("G7 leaders failed to agree")

        expect(other.locator("#article-text mark.hl-start.tag-claim[data-span-id]")).to_have_count(1, timeout=5000)
        expect(other.locator("#span-count")).to_have_text("2")
        expect(other.get_by_label("Note")).to_have_value("typed, not saved")
    finally:
        other_context.close()


def test_a_selection_being_made_is_not_taken_away_by_a_colleagues_change(
        page, live_server, log_in, two, emoji_article):
    log_in(page, "ann")
    _open(page, live_server, emoji_article)
    assert select_text(page, "Macron in the Oval Office") == "Macron in the Oval Office"
    start = emoji_article.text.index("G7 leaders")
    services.span_create(article=emoji_article, author=two[1], start=start, end=start + 10, tag="claim")
    page.wait_for_timeout(4000)  # more than a poll: the change arrived, the render waits for the selection
    assert page.evaluate("() => getSelection().toString()") == "Macron in the Oval Office"
    expect(page.locator("#sel-toolbar")).to_be_visible()
    page.evaluate("() => getSelection().removeAllRanges()")
    expect(page.locator("#article-text mark.hl-start.tag-claim[data-span-id]")).to_have_count(1, timeout=5000)
