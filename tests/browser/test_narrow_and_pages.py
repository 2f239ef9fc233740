"""At 390 px the page stays where the reader is; the claim-set page fits; API docs load nothing from outside; the
claim-set list describes its filters in words."""
import pytest
from playwright.sync_api import expect

from annotations import services
from tests.browser.helpers import drag_select
from tests.browser.ui_helpers import open_article
from tests.factories import ArticleFactory, bulk_verified_spans, user_with_roles

pytestmark = pytest.mark.browser


def fits(page):
    return page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")


def test_pressing_c_at_390px_keeps_the_page_where_the_selection_is(page, live_server, log_in, role_groups,
                                                                   emoji_article):
    user_with_roles("ann", "annotator")
    page.set_viewport_size({"width": 390, "height": 800})
    log_in(page, "ann")
    open_article(page, live_server, emoji_article)
    drag_select(page, "G7 leaders failed to agree")
    before = page.evaluate("() => scrollY")
    page.keyboard.press("c")
    expect(page.locator("#panel")).to_be_visible()
    expect(page.locator("#p-text")).to_have_text("G7 leaders failed to agree")
    assert abs(page.evaluate("() => scrollY") - before) < 200
    expect(page.locator("#article-text .hl-handle.tag-claim")).to_be_in_viewport()
    width, window_width = fits(page)
    assert width <= window_width


def test_claim_set_page_fits_a_390px_window(page, live_server, log_in, role_groups):
    ann, rev, exp = (user_with_roles("ann", "annotator"), user_with_roles("rev", "reviewer"),
                     user_with_roles("exp", "exporter"))
    bulk_verified_spans(ArticleFactory(title="A rather long title " * 4), ann, rev, 2)
    services.claim_set_create(name="Everything verified this week", filters={}, user=exp)
    page.set_viewport_size({"width": 390, "height": 800})
    log_in(page, "exp")
    page.goto(f"{live_server.url}/claim-sets/?tags=claim")
    width, window_width = fits(page)
    assert width <= window_width


def test_claim_set_list_describes_empty_filters_in_words(page, live_server, log_in, role_groups):
    exp = user_with_roles("exp", "exporter")
    services.claim_set_create(name="All of it", filters={}, user=exp)
    services.claim_set_create(name="Claims", filters={"tags": ["claim"]}, user=exp)
    log_in(page, "exp")
    page.goto(f"{live_server.url}/claim-sets/")
    rows = page.locator("table.claim-sets tbody tr")
    expect(rows.filter(has_text="All of it")).to_contain_text("every verified span")
    expect(rows.filter(has_text="Claims")).to_contain_text("tags: claim")
    expect(page.locator("table.claim-sets")).not_to_contain_text("{}")


def test_redoc_loads_nothing_from_outside_hosts(page, live_server, log_in, role_groups):
    user_with_roles("ann", "annotator")
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((live_server.url, "data:", "blob:"))
            else None)
    log_in(page, "ann")
    page.goto(f"{live_server.url}/api/redoc/")
    page.wait_for_load_state("networkidle")
    assert page.url == f"{live_server.url}/api/docs/"
    expect(page.locator(".swagger-ui").first).to_be_visible()
    assert outside == []
