"""Layout at 1280x800 and on a narrow window, the claim-set page, and the README screenshot."""
import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from annotations import services
from tests.factories import ArticleFactory, bulk_verified_spans, user_with_roles

pytestmark = pytest.mark.browser

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "article.png"


def span_on(article, author, needle, tag, **kwargs):
    start = article.text.index(needle)
    return services.span_create(article=article, author=author, start=start, end=start + len(needle), tag=tag,
                                **kwargs)


@pytest.fixture
def annotated_article(role_groups, emoji_article):
    """Article 004 with spans of all three tags, every status, and an overlap."""
    ann, rev = user_with_roles("ann", "annotator"), user_with_roles("rev", "reviewer", "annotator")
    text = emoji_article
    verified = span_on(text, ann, "G7 leaders failed to agree on a joint statement", "claim")
    services.evidence_add(span=verified, user=ann, stance="supports", url="https://www.reuters.com/world/g7/",
                          title="G7 fails to agree on statement marking war anniversary")
    services.span_submit(span=verified, user=ann)
    services.review_submit(span=verified, reviewer=rev, decision="approve", verdict="accurate",
                           explanation="The G7 chair's summary confirms there was no joint statement.")
    quote = span_on(text, ann, "“Europeans are ready to support Ukraine in various ways", "quote",
                    speaker="Emmanuel Macron")
    services.span_submit(span=quote, user=ann)
    span_on(text, ann, "The U.S. not only voted against the resolution but actively urged other nations to oppose it",
            "claim")
    span_on(text, ann, "actively urged other nations to oppose it, signaling a major break from previous Western unity",
            "opinion")
    rejected = span_on(text, ann, "Trump’s rapid policy shift on Ukraine has shaken decades of transatlantic cooperation",
                       "opinion")
    services.span_submit(span=rejected, user=ann)
    services.review_submit(span=rejected, reviewer=rev, decision="reject", comment="This is reporting, not opinion.")
    return emoji_article, verified


def no_horizontal_scroll(page):
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


def test_article_page_screenshot_with_all_three_tags(page, live_server, log_in, annotated_article, tmp_path):
    article, verified = annotated_article
    log_in(page, "rev")
    page.goto(f"{live_server.url}/articles/{article.pk}/?span={verified.pk}")
    expect(page.locator("#panel")).to_be_visible()
    for tag in ("claim", "quote", "opinion"):
        expect(page.locator(f"#article-text mark.hl-start.tag-{tag}").first).to_be_visible()
    expect(page.locator("#article-text mark.tag-claim mark.tag-opinion, #article-text mark.tag-opinion mark.tag-claim")
           ).not_to_have_count(0)
    assert no_horizontal_scroll(page)
    page.evaluate("""() => { const m = document.querySelector('#article-text mark.tag-quote');
                             window.scrollTo(0, m.getBoundingClientRect().top + scrollY - 100); }""")
    page.evaluate("() => document.activeElement.blur()")  # no focus ring on the panel heading in the picture
    shot = tmp_path / "article.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)


def test_narrow_window_shows_the_panel_as_a_sheet_over_the_lower_window(page, live_server, log_in, annotated_article):
    article, verified = annotated_article
    page.set_viewport_size({"width": 390, "height": 800})
    log_in(page, "ann")
    page.goto(f"{live_server.url}/articles/{article.pk}/?span={verified.pk}")
    expect(page.locator("#panel")).to_be_visible()
    panel_box = page.locator("#panel").bounding_box()
    assert panel_box["y"] >= 800 * 0.4 and panel_box["y"] + panel_box["height"] <= 801  # inside the window, below
    expect(page.locator(f'#article-text mark[data-span-id="{verified.pk}"]').first).to_be_in_viewport()
    assert no_horizontal_scroll(page)


def test_exporter_builds_a_claim_set_and_downloads_it(page, live_server, log_in, role_groups):
    ann, rev = user_with_roles("ann", "annotator"), user_with_roles("rev", "reviewer")
    user_with_roles("exp", "exporter")
    bulk_verified_spans(ArticleFactory(), ann, rev, 4)
    log_in(page, "exp")
    page.get_by_role("link", name="Claim sets").click()
    page.get_by_role("checkbox", name="Claim").check()
    page.get_by_role("button", name="Count").click()
    expect(page.locator("#cs-count")).to_have_text("4")
    page.get_by_role("textbox", name="Name", exact=True).fill("Week 8 claims")
    page.get_by_role("button", name="Create claim set").click()
    row = page.locator("table.claim-sets tr", has_text="Week 8 claims")
    expect(row).to_contain_text("4")
    href = row.get_by_role("link", name="jsonl").get_attribute("href")
    response = page.request.get(f"{live_server.url}{href}")
    assert response.status == 200
    assert len(response.text().strip().splitlines()) == 4
