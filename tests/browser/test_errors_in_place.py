"""Errors appear beside what caused them, in view; the toolbar never covers the selection."""
import pytest
from playwright.sync_api import expect

from tests.browser.helpers import drag_select
from tests.browser.ui_helpers import open_article, span_on
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser

LATE = "Trump’s rapid policy shift on Ukraine has shaken decades of transatlantic cooperation"


@pytest.fixture
def ann(role_groups):
    return user_with_roles("ann", "annotator")


def test_duplicate_span_far_down_the_page_shows_its_error_beside_the_selection(
        page, live_server, log_in, ann, emoji_article):
    span_on(emoji_article, ann, LATE)
    log_in(page, "ann")
    open_article(page, live_server, emoji_article)
    assert drag_select(page, LATE).strip() == LATE
    assert page.evaluate("() => scrollY") > 500
    page.keyboard.press("c")
    error = page.get_by_role("alert").filter(has_text="already have a claim")
    expect(error).to_be_visible()
    expect(error).to_be_in_viewport()
    # beside the selection: within a few lines of it
    selection_bottom = page.evaluate("() => getSelection().getRangeAt(0).getBoundingClientRect().bottom")
    assert abs(error.bounding_box()["y"] - selection_bottom) < 200


def test_toolbar_never_covers_the_selected_words(page, live_server, log_in, ann, emoji_article):
    log_in(page, "ann")
    open_article(page, live_server, emoji_article)
    drag_select(page, "G7 leaders failed to agree on a joint statement condemning Russia’s war")
    toolbar = page.locator("#sel-toolbar")
    expect(toolbar).to_be_visible()
    overlaps = page.evaluate("""() => { const t = document.getElementById('sel-toolbar').getBoundingClientRect();
      return [...getSelection().getRangeAt(0).getClientRects()].filter((r) => r.width > 0 &&
        r.left < t.right && r.right > t.left && r.top < t.bottom && r.bottom > t.top).length; }""")
    assert overlaps == 0
