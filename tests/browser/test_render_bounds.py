"""Rendering an article with many spans is linear: the text is cut at every span boundary, and each piece is wrapped
in at most MAX_DRAWN_LEVELS marks however many spans cover it (deeper ones stay in the list under the article).
Work is counted as DOM elements, not time."""
import pytest

from annotations import services
from annotations.models import Span
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser

MAX_DRAWN_LEVELS = 6  # app.css underlines levels 0..5
NESTED = 300


def test_three_hundred_nested_spans_render_a_linear_number_of_marks(page, live_server, log_in, role_groups):
    ann = user_with_roles("ann", "annotator")
    article = services.article_create(title="Nested", text="word " * (2 * NESTED + 20))
    Span.objects.bulk_create([
        Span(article=article, author=ann, start=5 * i, end=len(article.text) - 5 * i - 1, tag="claim",
             text=article.text[5 * i:len(article.text) - 5 * i - 1])
        for i in range(NESTED)
    ])
    log_in(page, "ann")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.wait_for_selector("body[data-ready=true]", timeout=60_000)
    pieces = 2 * NESTED + 1
    marks = page.locator("#article-text mark.hl").count()
    assert marks <= MAX_DRAWN_LEVELS * pieces, marks
    assert page.locator("#span-list li").count() == NESTED  # every span is still listed and can be opened
