"""A reviewer sets how a claim is published in the panel; the published page, fetched by Chromium without a
login, carries the ClaimReview JSON-LD (parsed with extruct) with Google's properties, and no field escapes it."""
import extruct
import pytest
from playwright.sync_api import expect

from annotations import services
from annotations.models import Span
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser

HOSTILE = '</script><script>window.__xss = 1</script><!-- x'


@pytest.fixture
def ann(role_groups):
    return user_with_roles("ann", "annotator")


@pytest.fixture
def rev(role_groups):
    return user_with_roles("rev", "reviewer", "annotator")


def test_reviewer_publishes_a_claim_whose_public_page_carries_its_claimreview(
        page, live_server, log_in, ann, rev, emoji_article, settings):
    settings.FACTCHECK_PUBLIC_URL = live_server.url
    needle = "G7 leaders failed to agree"
    start = emoji_article.text.index(needle)
    span = services.span_create(article=emoji_article, author=ann, start=start, end=start + len(needle), tag="claim")
    span = services.span_submit(span=span, user=ann)
    services.evidence_add(span=span, user=ann, stance="refutes", url="https://example.org/g7")

    log_in(page, "rev")
    page.goto(f"{live_server.url}/articles/{emoji_article.pk}/?span={span.pk}")
    expect(page.locator("#p-publication")).to_be_visible()
    page.get_by_label("Short claim").fill("G7 leaders failed to agree on a statement " + "x" * 40)
    expect(page.locator("#p-pub-count")).to_contain_text("longer than advised")
    page.get_by_label("Short claim").fill("G7 leaders failed to agree")
    expect(page.locator("#p-pub-count")).to_have_text("26/75")
    page.get_by_label("Claimant").fill(HOSTILE)
    page.get_by_label("First made on").fill("2025-06-16")
    before = Span.objects.get(pk=span.pk).version
    page.get_by_role("button", name="Update publication details").click()
    expect(page.locator("#p-version")).to_have_text(str(before + 1))
    assert Span.objects.get(pk=span.pk).claimant == HOSTILE
    services.review_submit(span=Span.objects.get(pk=span.pk), reviewer=rev, decision="approve", verdict="false",
                           explanation="The joint statement was " + HOSTILE)

    context = page.context.browser.new_context()  # a visitor: no session
    visitor = context.new_page()
    response = visitor.goto(f"{live_server.url}/claims/{span.uid}/")
    assert response.status == 200
    expect(visitor.locator("h1")).to_have_text("G7 leaders failed to agree")
    assert visitor.evaluate("window.__xss") is None
    (review,) = extruct.extract(visitor.content(), base_url=live_server.url, syntaxes=["json-ld"],
                                uniform=False)["json-ld"]
    assert review["url"] == f"{live_server.url}/claims/{span.uid}/"
    assert review["claimReviewed"] == "G7 leaders failed to agree" and review["author"]["name"]
    rating = review["reviewRating"]
    assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"], rating["alternateName"]) == (
        1, 5, 1, "False")
    item = review["itemReviewed"]
    assert item["author"]["name"] == HOSTILE and item["datePublished"] == "2025-06-16"
    assert item["appearance"] and item["firstAppearance"]
    assert review["reviewBody"].endswith(HOSTILE)
    context.close()
