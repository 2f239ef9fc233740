"""Suggestions are off until a user turns them on (remembered for that user), with a badge no status uses; keyboard
triage keeps its place after a, x and Esc; a click on overlapping suggestions reaches each of them."""
import pytest
from playwright.sync_api import expect

from annotations.models import Span
from tests.browser.ui_helpers import focused, open_article, span_on
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser


@pytest.fixture
def ann(role_groups):
    return user_with_roles("ann", "annotator")


def log_out(page):
    page.get_by_role("button", name="Log out").click()


def test_suggestions_are_off_by_default_and_the_toggle_is_remembered_per_user(
        page, live_server, log_in, ann, emoji_article):
    user_with_roles("bob", "annotator")
    log_in(page, "ann")
    open_article(page, live_server, emoji_article)
    expect(page.get_by_label("Show suggestions")).not_to_be_checked()
    expect(page.locator("#article-text mark.sg")).to_have_count(0)
    page.get_by_label("Show suggestions").check()
    expect(page.locator("#article-text mark.sg").first).to_be_visible()
    open_article(page, live_server, emoji_article)
    expect(page.get_by_label("Show suggestions")).to_be_checked()
    expect(page.locator("#article-text mark.sg").first).to_be_visible()
    log_out(page)
    log_in(page, "bob")
    open_article(page, live_server, emoji_article)
    expect(page.get_by_label("Show suggestions")).not_to_be_checked()
    expect(page.locator("#article-text mark.sg")).to_have_count(0)


def test_a_suggestion_badge_is_never_a_status_badge(page, live_server, log_in, ann, emoji_article):
    span_on(emoji_article, ann, "G7 leaders failed to agree on a joint statement", "quote", submit=True)
    log_in(page, "ann")
    open_article(page, live_server, emoji_article)
    page.get_by_label("Show suggestions").check()
    expect(page.locator("#article-text [data-sg][data-badge]").first).to_be_visible()
    span_badges = set(page.locator("#article-text [data-span-id][data-badge]").evaluate_all(
        "els => els.map((e) => e.dataset.badge)"))
    suggestion_badges = page.locator("#article-text [data-sg][data-badge]").evaluate_all(
        "els => els.map((e) => e.dataset.badge.split(' ')[0])")
    assert "Q?" in span_badges
    assert suggestion_badges and not span_badges & set(suggestion_badges)
    assert all("?" not in badge for badge in suggestion_badges)


def test_keyboard_triage_keeps_its_place_after_x_a_and_escape(page, live_server, log_in, ann, emoji_article):
    log_in(page, "ann")
    open_article(page, live_server, emoji_article)
    page.get_by_label("Show suggestions").check()
    handles = page.locator("#article-text [data-sg][tabindex='0']")
    expect(handles.first).to_be_visible()
    first_key = handles.first.get_attribute("data-sg")
    handles.first.focus()
    page.keyboard.press("x")  # dismissed: the focus goes on to the next suggestion, not to the page top
    expect(page.locator(f'#article-text [data-sg="{first_key}"]')).to_have_count(0)
    assert focused(page).startswith("sg:")
    page.keyboard.press("a")  # accepted: the new span keeps the focus in the text, the panel opens beside it
    expect(page.locator("#panel")).to_be_visible()
    span = Span.objects.get()
    expect(page.locator("#p-text")).to_have_text(span.text)
    assert focused(page) == f"span:{span.pk}"
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    expect(page.locator("#panel")).to_be_hidden()
    assert focused(page) == f"span:{span.pk}"
    page.keyboard.press("Tab")  # and Tab goes on to the next highlight or suggestion in the text
    assert focused(page).startswith(("sg:", "span:"))


def test_clicking_overlapping_suggestions_picks_the_longest_then_the_next(
        page, live_server, log_in, ann, emoji_article):
    log_in(page, "ann")
    open_article(page, live_server, emoji_article)
    page.get_by_label("Show suggestions").check()
    expect(page.locator("#article-text mark.sg").first).to_be_visible()
    nested = page.locator("#article-text mark.sg mark.sg").first  # a suggestion inside another
    keys = nested.evaluate("""(m) => { const out = [];
      for (let n = m; n && n.id !== 'article-text'; n = n.parentElement)
      if (n.dataset.sg) out.push(n.dataset.sg); return out; }""")
    order = {"claim": 0, "quote": 1, "opinion": 2}

    def longest(key):
        tag, start, end = key.split(":")
        return -(int(end) - int(start)), int(start), order[tag]

    longest_first = sorted(set(keys), key=longest)
    box = nested.bounding_box()
    nested.click(position={"x": min(box["width"] - 2, 12), "y": box["height"] / 2})
    assert focused(page) == f"sg:{longest_first[0]}"
    nested.click(position={"x": min(box["width"] - 2, 12), "y": box["height"] / 2})
    assert focused(page) == f"sg:{longest_first[1]}"
