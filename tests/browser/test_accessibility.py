"""axe-core (bundled by axe-playwright-python: nothing fetched) on every page of the reviewer UI: no serious or
critical violation. The article page is checked with spans of every tag and status, suggestions on and the panel
open."""
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from annotations import services
from tests.browser.ui_helpers import open_article, span_on
from tests.factories import ArticleFactory, bulk_verified_spans, user_with_roles

pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}


def blocking_violations(page):
    results = Axe().run(page)
    impacts = [v["impact"] for v in results.response["violations"]]
    print(f"axe {page.url}: " + (", ".join(f"{impacts.count(i)} {i}" for i in sorted(set(impacts))) or "none"))
    return [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}"
            for v in results.response["violations"] if v["impact"] in BLOCKING]


@pytest.fixture
def workbench(role_groups, emoji_article):
    ann = user_with_roles("ann", "annotator")
    rev = user_with_roles("rev", "reviewer", "annotator", "exporter")
    other = user_with_roles("other", "annotator")
    verified = span_on(emoji_article, ann, "G7 leaders failed to agree on a joint statement", submit=True)
    services.review_submit(span=verified, reviewer=rev, decision="approve", verdict="accurate",
                           explanation="The chair's summary confirms it.")
    span_on(emoji_article, ann, "The Trump administration introduced its own UN resolution", "quote", submit=True)
    span_on(emoji_article, ann, "introduced its own UN resolution but later abstained", "opinion")
    span_on(emoji_article, other, "G7 leaders failed to agree", "claim")
    bulk_verified_spans(ArticleFactory(), ann, rev, 2)
    services.claim_set_create(name="Everything", filters={}, user=rev)
    return emoji_article, verified


def test_every_page_has_no_serious_or_critical_axe_violation(page, live_server, log_in, workbench):
    article, verified = workbench
    page.goto(f"{live_server.url}/accounts/login/")
    found = {"login": blocking_violations(page)}
    log_in(page, "rev")
    found["articles"] = blocking_violations(page)
    open_article(page, live_server, article, f"?span={verified.pk}")
    page.get_by_label("Show suggestions").check()
    expect(page.locator("#article-text mark.sg").first).to_be_visible()
    expect(page.locator("#panel")).to_be_visible()
    found["article with panel"] = blocking_violations(page)
    page.keyboard.press("?")
    found["shortcut help"] = blocking_violations(page)
    page.keyboard.press("Escape")
    for name, path in [("review queue", "/review/"), ("claim sets", "/claim-sets/?tags=claim"),
                       ("training", "/training/"), ("agreement", "/agreement/")]:
        page.goto(f"{live_server.url}{path}")
        found[name] = blocking_violations(page)
    assert {name: v for name, v in found.items() if v} == {}
