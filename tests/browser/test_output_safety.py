"""Every user-supplied string — article title, outlet and text, speaker, note, source title and URL — reaches every
page as text: in a real browser no script runs and no element is injected."""
import pytest
from playwright.sync_api import expect

from annotations import services
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser
XSS = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'
HOSTILE_URL = 'https://example.org/a?q="><img/src=x/onerror=window.__xss=3>'


def test_hostile_strings_render_as_text_on_every_page(page, live_server, log_in, staff):
    ann = user_with_roles("ann", "annotator")
    rev = user_with_roles("rev", "reviewer", "exporter")
    article = services.article_create(title=f"Title {XSS}", outlet=f"Outlet {XSS}",
                                      text=f"Intro. {XSS} The minister said 40% agree.")
    start = article.text.index("<script>")
    quote = services.span_create(article=article, author=ann, start=start, end=start + len(XSS), tag="quote",
                                 speaker=XSS, note=XSS)
    services.evidence_add(span=quote, user=ann, stance="supports", url=HOSTILE_URL, title=XSS)
    services.span_submit(span=quote.__class__.objects.get(pk=quote.pk), user=ann)
    seen = []
    page.on("dialog", lambda dialog: (seen.append(dialog.message), dialog.dismiss()))
    log_in(page, "rev")
    for path in ("/", f"/articles/{article.pk}/", f"/articles/{article.pk}/?span={quote.pk}", "/review/",
                 f"/claim-sets/?articles={article.pk}"):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("() => window.__xss") is None, path
        assert page.locator("main img, main script:not([type='application/json'])").count() == 0, path
    page.goto(f"{live_server.url}/articles/{article.pk}/?span={quote.pk}")
    link = page.locator("#p-evidence a").first
    expect(link).to_have_text(XSS)
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert link.get_attribute("href") == services.source_get_or_create_url(url=HOSTILE_URL, user=rev).url
    expect(page.locator("#article-text")).to_contain_text(XSS)
    assert seen == []
