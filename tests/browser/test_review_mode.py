"""Review mode: from the queue the text scrolls to the span, the panel leads with the decision, j / k move on."""
import pytest
from playwright.sync_api import expect

from annotations.models import Span
from tests.browser.ui_helpers import span_on, wait_focused
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser

NEEDLES = [
    "G7 leaders failed to agree on a joint statement",
    "The Trump administration introduced its own UN resolution",
    "Trump’s rapid policy shift on Ukraine has shaken decades of transatlantic cooperation",
]


@pytest.fixture
def submitted(role_groups, emoji_article):
    ann = user_with_roles("ann", "annotator")
    user_with_roles("rev", "reviewer")
    return [span_on(emoji_article, ann, needle, submit=True) for needle in NEEDLES]


def request_changes_by_key(page):
    """The open span's decision by key: a comment, then x (request changes); the panel shows it back in draft."""
    page.get_by_label("Comment (needed to reject or request changes)").fill("Name the resolution.")
    page.locator("#panel-title").focus()
    page.keyboard.press("x")
    expect(page.locator("#p-status")).to_have_text("✎ draft")


def test_opening_a_span_from_the_queue_scrolls_to_it_and_leads_with_the_decision(
        page, live_server, log_in, submitted):
    late = submitted[2]
    log_in(page, "rev")
    page.get_by_role("link", name="Review queue").click()
    page.get_by_role("link", name=late.text[:40]).click()
    page.wait_for_selector("body[data-ready=true]")
    mark = page.locator(f'#article-text mark[data-span-id="{late.pk}"]').first
    expect(mark).to_be_in_viewport()
    expect(mark).to_have_class(__import__("re").compile(r"\bselected\b"))
    verdict = page.get_by_label("Verdict (claims, when approving)")
    approve = page.get_by_role("button", name="Approve")
    expect(verdict).to_be_in_viewport()
    expect(approve).to_be_in_viewport()
    # decision first, then the evidence; no disabled edit form in the way
    review_top = page.locator("#p-review").bounding_box()["y"]
    assert review_top < page.locator("#p-evidence-section").bounding_box()["y"]
    assert review_top - page.locator("#panel").bounding_box()["y"] < 300
    expect(page.locator("#p-edit")).to_be_hidden()


def test_j_and_k_move_between_spans_awaiting_review(page, live_server, log_in, submitted):
    first, second, third = sorted(submitted, key=lambda span: span.start)  # j and k go in text order
    log_in(page, "rev")
    page.goto(f"{live_server.url}/articles/{first.article_id}/?span={first.pk}")
    page.wait_for_selector("body[data-ready=true]")
    expect(page.locator("#p-text")).to_have_text(first.text)
    page.keyboard.press("j")
    expect(page.locator("#p-text")).to_have_text(second.text)
    page.keyboard.press("j")
    expect(page.locator("#p-text")).to_have_text(third.text)
    expect(page.locator(f'#article-text mark[data-span-id="{third.pk}"]').first).to_be_in_viewport()
    page.keyboard.press("k")
    expect(page.locator("#p-text")).to_have_text(second.text)
    # x asks for a comment; with one, the decision is recorded and the focus goes back to the span in the text
    request_changes_by_key(page)
    assert Span.objects.get(pk=second.pk).status == "draft"
    wait_focused(page, f"span:{second.pk}")


def test_review_mode_screenshot(page, live_server, log_in, submitted, tmp_path):
    import os
    import shutil
    from pathlib import Path

    span = submitted[0]
    log_in(page, "rev")
    page.goto(f"{live_server.url}/articles/{span.article_id}/?span={span.pk}")
    page.wait_for_selector("body[data-ready=true]")
    expect(page.get_by_role("button", name="Approve")).to_be_in_viewport()
    page.get_by_label("Verdict (claims, when approving)").select_option("accurate")
    page.get_by_label("Explanation (one line)").fill("The G7 chair's summary confirms there was no joint statement.")
    page.evaluate("() => document.activeElement.blur()")
    shot = tmp_path / "review-mode.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        target = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "review-mode.png"
        shutil.copyfile(shot, target)


def test_a_late_answer_for_a_span_does_not_undo_a_decision_made_since(page, live_server, log_in, submitted):
    """Opening a span asks the server for its detail; a decision made by key before that answer arrives must stay
    shown when the older answer lands (under load on PostgreSQL it did arrive last, and the panel showed the span
    as still submitted)."""
    first, second = sorted(submitted, key=lambda span: span.start)[:2]
    log_in(page, "rev")
    page.goto(f"{live_server.url}/articles/{first.article_id}/?span={first.pk}")
    page.wait_for_selector("body[data-ready=true]")
    page.keyboard.press("j")  # second's detail arrives: its actions are known
    expect(page.locator("#p-text")).to_have_text(second.text)
    page.keyboard.press("k")
    expect(page.locator("#p-text")).to_have_text(first.text)
    held = []  # the next answer for second's detail, taken now (status submitted) and delivered after the decision
    page.route(f"**/api/spans/{second.pk}/", lambda route: held.append((route, route.fetch()))
               if route.request.method == "GET" and not held else route.fallback())
    page.keyboard.press("j")
    expect(page.locator("#p-text")).to_have_text(second.text)
    request_changes_by_key(page)
    assert held, "the detail request was not held"
    route, stale = held[0]
    route.fulfill(response=stale)
    page.wait_for_timeout(300)  # the stale answer is handled
    expect(page.locator("#p-status")).to_have_text("✎ draft")
    assert Span.objects.get(pk=second.pk).status == "draft"
