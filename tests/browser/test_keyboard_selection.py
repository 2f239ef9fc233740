"""Selecting without a mouse: a caret moved by word or sentence, Shift to extend, c to tag; ? lists every key."""
import pytest
from playwright.sync_api import expect

from annotations.models import Span
from tests.browser.ui_helpers import open_article
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser


@pytest.fixture
def ann(role_groups):
    return user_with_roles("ann", "annotator")


def test_caret_by_sentence_and_shift_by_word_selects_after_the_emoji_and_c_tags_it(
        page, live_server, log_in, ann, emoji_article):
    log_in(page, "ann")
    open_article(page, live_server, emoji_article)
    page.locator("#article-text").focus()
    status = page.locator("#kb-status")
    for _ in range(60):
        page.keyboard.press("ArrowDown")
        if "G7 leaders" in (status.text_content() or ""):
            break
    expect(status).to_contain_text("Caret before “G7 leaders failed to agree on”")
    for _ in range(5):
        page.keyboard.press("Shift+ArrowRight")
    expect(status).to_contain_text("Selected: “G7 leaders failed to agree”")
    page.keyboard.press("Shift+ArrowLeft")
    page.keyboard.press("Shift+ArrowRight")
    page.keyboard.press("c")
    expect(page.locator("#p-text")).to_have_text("G7 leaders failed to agree")
    span = Span.objects.get()
    assert emoji_article.text[span.start:span.end] == "G7 leaders failed to agree"  # code points, after 🔹


def test_question_mark_opens_a_help_listing_every_shortcut(page, live_server, log_in, ann, emoji_article):
    log_in(page, "ann")
    open_article(page, live_server, emoji_article)
    page.keyboard.press("?")
    help_dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(help_dialog).to_be_visible()
    for key in ["c", "q", "o", "a", "r", "x", "j", "k", "Esc", "?", "Shift", "→", "↓", "Enter"]:
        expect(help_dialog.locator("kbd", has_text=key).first).to_be_attached()
    page.keyboard.press("Escape")
    expect(help_dialog).to_be_hidden()
