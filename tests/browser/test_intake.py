"""Adding an article in a real Chromium: a URL served by a local test server (a saved news page with comments and
boilerplate), the preview with the metadata found, corrections, save, and a span after an emoji that slices
exactly. Screenshots go to the test's tmp_path (never committed)."""
import pytest
from playwright.sync_api import expect

from annotations.models import Article, Span
from tests.browser.helpers import drag_select
from tests.factories import user_with_roles
from tests.ingest.conftest import NEWS_PAGE, page_server  # noqa: F401  (the fixture)

pytestmark = pytest.mark.browser


@pytest.fixture
def ann(role_groups):
    return user_with_roles("ann", "annotator")


def test_annotator_adds_an_article_by_url_previews_it_saves_it_and_annotates_after_the_emoji(
        page, live_server, log_in, ann, page_server, tmp_path):  # noqa: F811
    log_in(page, "ann")
    page.get_by_role("link", name="Add an article").click()
    page.wait_for_url(f"{live_server.url}/articles/new/")
    page.get_by_label("Web address (http or https)").fill(page_server.url("/news/leaders-meet.html"))
    page.get_by_label("Web address (http or https)").press("Enter")
    expect(page.get_by_label("Title")).to_have_value("Leaders meet in Paris as talks go on")
    expect(page.get_by_label("Outlet")).to_have_value("The Daily Example")
    expect(page.get_by_label("Author")).to_have_value("Jane Reporter")
    expect(page.get_by_label("Published")).to_have_value("2025-02-24")
    expect(page.locator("#pv-text")).to_contain_text("G7 leaders failed to agree")
    expect(page.locator("#pv-text")).not_to_contain_text("Leave a Reply")
    page.screenshot(path=str(tmp_path / "intake-preview.png"), full_page=True)
    page.get_by_label("Title").fill("Paris talks: G7 fails to agree")
    page.get_by_role("button", name="Save article").click()
    page.wait_for_url(f"{live_server.url}/articles/*/")
    page.wait_for_selector("body[data-ready=true]")
    article = Article.objects.get()
    assert (article.title, article.outlet, article.author, str(article.published)) == (
        "Paris talks: G7 fails to agree", "The Daily Example", "Jane Reporter", "2025-02-24")
    assert article.text == page.evaluate("() => JSON.parse(document.getElementById('workbench-config').textContent)"
                                         ".text")
    selected = drag_select(page, "G7 leaders failed to agree")
    assert selected.strip() == "G7 leaders failed to agree"
    page.keyboard.press("c")
    expect(page.locator("#p-text")).to_have_text("G7 leaders failed to agree")
    span = Span.objects.get()
    assert article.text[span.start:span.end] == span.text == "G7 leaders failed to agree"
    assert article.text[span.start - 2] == "🔹"


def test_a_duplicate_is_shown_in_the_preview_with_a_link_to_the_existing_article(
        page, live_server, log_in, ann, page_server):  # noqa: F811
    from annotations.services import article_ingest

    existing = article_ingest(user=ann, html=NEWS_PAGE.decode())
    log_in(page, "ann")
    page.goto(f"{live_server.url}/articles/new/")
    page.get_by_label("A file").check()
    page.get_by_label("File (.txt, .md, .html or a saved web page)").set_input_files(
        files=[{"name": "saved.html", "mimeType": "text/html", "buffer": NEWS_PAGE}])
    page.get_by_role("button", name="Preview").click()
    expect(page.locator("#pv-duplicate")).to_be_visible()
    expect(page.get_by_role("button", name="Save article")).to_be_hidden()
    page.locator("#pv-dup-link").click()
    page.wait_for_url(f"{live_server.url}/articles/{existing.pk}/")


def test_a_blocked_address_is_refused_on_the_page_with_the_reason(page, live_server, log_in, ann):
    log_in(page, "ann")
    page.goto(f"{live_server.url}/articles/new/")
    page.get_by_label("Web address (http or https)").fill("http://169.254.169.254/latest/meta-data/")
    page.get_by_role("button", name="Preview").click()
    expect(page.locator("#in-error")).to_contain_text("link-local")
    assert Article.objects.count() == 0
