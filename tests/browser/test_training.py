"""A trainee practises on seed 004 in Chromium: spans after the 🔹 land at code-point offsets, stay out of
production, and the finished page shows the score with missed and extra spans marked."""
from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from annotations.models import Article, Span, TrainingSpan
from tests.browser.helpers import drag_select
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser


def test_trainee_marks_spans_and_sees_the_score(page, live_server, log_in):
    call_command("load_seeds", stdout=StringIO())
    article = Article.objects.get(text__contains="🔹")
    user_with_roles("trainee")
    log_in(page, "trainee")
    page.goto(f"{live_server.url}/training/")
    page.get_by_label("Article").select_option(str(article.pk))
    page.get_by_role("button", name="Start").click()
    page.wait_for_selector("body[data-ready=true]")
    selected = drag_select(page, "G7 leaders failed to agree on a joint statement")
    page.keyboard.press("c")
    expect(page.locator("#span-count")).to_have_text("1 span(s) marked")
    span = TrainingSpan.objects.get()
    assert span.text == selected.strip() == article.text[span.start:span.end]
    page.get_by_role("button", name="Finish and score").click()
    expect(page.locator("#score-table")).to_be_visible()
    expect(page.locator("#result-text mark.tr-missed").first).to_be_visible()
    assert Span.objects.count() == 0
