"""A form the page's module script sends through the API, submitted before that script has bound it (a slow network,
a click during load), stays on the page: no GET of the page with the fields in the address, nothing typed lost, no
job or claim set half-made. The module scripts are held back with a route, so the test sees the unbound page."""
import pytest
from playwright.sync_api import expect

from annotations import services
from annotations.models import ClaimSet, Job
from tests.factories import ArticleFactory, bulk_verified_spans, user_with_roles

pytestmark = pytest.mark.browser


def _without_page_scripts(page):
    """Hold back every module script of the page (they live beside hold_submits.js, which must still load)."""
    page.route("**/static/annotations/*.js",
               lambda route: route.continue_() if route.request.url.endswith("/hold_submits.js") else route.abort())


def test_a_claim_set_form_submitted_before_its_script_binds_stays_on_the_page(page, live_server, log_in):
    ann, rev = user_with_roles("ann", "annotator"), user_with_roles("rev", "reviewer")
    exporter = user_with_roles("exp", "exporter")
    bulk_verified_spans(ArticleFactory(), ann, rev, 2)
    services.claim_set_create(name="Week 9", filters={}, user=exporter)
    log_in(page, "exp")
    _without_page_scripts(page)
    page.goto(f"{live_server.url}/claim-sets/")
    url = page.url
    row = page.locator("table.claim-sets tr", has_text="Week 9")
    row.get_by_role("button", name="Export in the background").click()
    page.get_by_role("textbox", name="Name").fill("Week 10")
    page.get_by_role("textbox", name="Name").press("Enter")
    page.wait_for_timeout(300)
    assert page.url == url  # not /claim-sets/?format=… nor ?name=Week+10
    expect(page.get_by_role("textbox", name="Name")).to_have_value("Week 10")
    assert Job.objects.count() == 0 and ClaimSet.objects.count() == 1


def test_pasted_article_text_is_not_sent_in_the_address_before_the_intake_script_binds(page, live_server, log_in):
    user_with_roles("ann", "annotator")
    log_in(page, "ann")
    _without_page_scripts(page)
    page.goto(f"{live_server.url}/articles/new/")
    url = page.url
    page.get_by_role("button", name="Preview").click()
    page.wait_for_timeout(300)
    assert page.url == url and "?" not in page.url
