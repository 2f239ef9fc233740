"""The desk's loop in Chromium, with real clicks and keys: staff assign an article; the annotator finds it in
My work, annotates and submits; the assigned reviewer finds the span in My work and requests changes; the author
reads the comment in My work, fixes the span and resubmits; the reviewer verifies it. Screenshots go to tmp_path."""
import pytest
from playwright.sync_api import expect

from annotations.models import Span
from tests.browser.helpers import drag_select
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser

NEEDLE = "G7 leaders failed to agree"


@pytest.fixture
def people(role_groups):
    return {"ann": user_with_roles("ann", "annotator"), "rev": user_with_roles("rev", "reviewer", "annotator"),
            "boss": user_with_roles("boss", is_staff=True, is_superuser=True)}


@pytest.fixture
def new_page(browser, browser_context_args):
    contexts = []

    def make():
        context = browser.new_context(**browser_context_args)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def test_assign_annotate_request_changes_fix_resubmit_and_verify(page, new_page, live_server, log_in, people,
                                                                 emoji_article, tmp_path):
    article_url = f"{live_server.url}/articles/{emoji_article.pk}/"
    # Staff assign the article: the annotator to annotate, the reviewer to review.
    boss = log_in(new_page(), "boss")
    boss.goto(article_url)
    for person, work in (("ann", "to annotate"), ("rev", "to review")):
        boss.locator("#as-user").select_option(person)
        boss.locator("#as-role").select_option(label=work)
        boss.get_by_role("button", name="Assign").click()
        expect(boss.locator("#assignment-list")).to_contain_text(person)
    expect(boss.locator("#assignment-list li")).to_have_count(2)
    boss.locator("#article-details summary").click()
    boss.locator("#assign-h").scroll_into_view_if_needed()
    boss.screenshot(path=str(tmp_path / "assigned.png"))

    # The annotator finds the article in My work, annotates after the emoji, adds a source and submits.
    log_in(page, "ann")
    page.get_by_role("link", name="My work").click()
    page.locator("#w-assigned").get_by_role("link").click()
    page.wait_for_selector("body[data-ready=true]")
    assert drag_select(page, NEEDLE).strip() == NEEDLE
    page.keyboard.press("c")
    expect(page.locator("#p-text")).to_have_text(NEEDLE)
    page.get_by_label("URL", exact=True).fill("https://example.org/g7-communique")
    page.get_by_label("Stance").select_option("supports")
    page.get_by_role("button", name="Add evidence").click()
    expect(page.locator("#p-evidence a[href='https://example.org/g7-communique']")).to_have_count(1)
    page.get_by_role("button", name="Submit for review").click()
    print("P-ERROR", page.locator("#p-error").text_content(), page.locator("#p-evidence").text_content())
    expect(page.locator("#p-status")).to_have_text("? submitted")

    # The reviewer sees it waiting in My work (and the count in the navigation) and requests changes.
    rev = log_in(new_page(), "rev")
    expect(rev.locator("#nav-work-count")).to_have_text("1")
    rev.get_by_role("link", name="My work").click()
    rev.locator("#w-review").get_by_role("link", name=NEEDLE).click()
    expect(rev.locator("#p-review")).to_be_visible()
    rev.get_by_label("Comment").fill("Say who failed: name the summit in the note.")
    rev.get_by_role("button", name="Request changes").click()
    expect(rev.locator("#p-status")).to_contain_text("draft")

    # The author reads the comment in My work, fixes the note, resubmits.
    page.get_by_role("link", name="My work").click()
    changes = page.locator("#w-changes")
    expect(changes).to_contain_text("rev asked for changes: Say who failed: name the summit in the note.")
    expect(page.locator("#nav-work-count")).to_have_text("1")
    page.screenshot(path=str(tmp_path / "my-work-changes-requested.png"), full_page=True)
    changes.get_by_role("link", name=NEEDLE).click()
    expect(page.locator("#p-text")).to_have_text(NEEDLE)
    version = int(page.locator("#p-version").text_content())
    page.get_by_label("Note").fill("The G7 summit in Canada, per the communiqué.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#p-version")).to_have_text(str(version + 1))
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator("#p-status")).to_have_text("? submitted")
    page.get_by_role("link", name="My work").click()
    expect(page.locator("#w-changes")).to_contain_text("Nothing sent back to you.")
    expect(page.locator("#w-submitted")).to_contain_text(NEEDLE)

    # The reviewer verifies it.
    rev.get_by_role("link", name="My work").click()
    rev.locator("#w-review").get_by_role("link", name=NEEDLE).click()
    rev.get_by_label("Verdict (claims, when approving)").select_option("accurate")
    rev.get_by_label("Explanation (one line)").fill("The communiqué confirms it.")
    rev.get_by_role("button", name="Approve").click()
    expect(rev.locator("#p-status")).to_have_text("✓ verified")
    span = Span.objects.get()
    assert (span.status, span.note) == ("verified", "The G7 summit in Canada, per the communiqué.")
    assert emoji_article.text[span.start:span.end] == span.text == NEEDLE
    rev.screenshot(path=str(tmp_path / "verified.png"), full_page=True)


def test_the_author_withdraws_a_submitted_span_from_my_work(page, live_server, log_in, people, emoji_article):
    from annotations import services

    start = emoji_article.text.index(NEEDLE)
    span = services.span_create(article=emoji_article, author=people["ann"], start=start, end=start + len(NEEDLE),
                                tag="opinion")
    services.span_submit(span=span, user=people["ann"])
    log_in(page, "ann")
    page.get_by_role("link", name="My work").click()
    page.locator("#w-submitted").get_by_role("link", name=NEEDLE).click()
    page.get_by_role("button", name="Withdraw to draft").click()
    expect(page.locator("#p-status")).to_contain_text("draft")
    expect(page.get_by_role("button", name="Withdraw to draft")).to_be_hidden()
    span.refresh_from_db()
    assert span.status == "draft"
    page.get_by_role("link", name="My work").click()
    expect(page.locator("#w-drafts")).to_contain_text(NEEDLE)
