"""Fuzzy anchoring of a quoted passage (W3C TextQuoteSelector) does bounded work whatever the text and the quote:
a quote it cannot place within its limits is refused with a code, never left to run into a worker timeout. Work is
counted as Python lines executed (tests/work.py, difflib included), never as wall time."""
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations import offsets, services
from annotations.models import Span
from tests.work import lines_run

ANCHOR_LINES_MAX = 1_000_000  # whatever the input: every loop is capped, str.find does the scanning

texts = st.one_of(
    st.builds(lambda unit, n: unit * n, st.sampled_from(["ab", "a", "abc ", "“", "the cat. ", "aab"]),
              st.integers(1, 50_000)),
    st.text(alphabet="ab X", max_size=3000),
)
quotes = st.one_of(
    st.builds(lambda unit, n, tail: unit * n + tail, st.sampled_from(["ab", "a", "ba", "abc ", "cat "]),
              st.integers(1, 600), st.sampled_from(["", "X", "ab", "Z"])),
    st.text(alphabet="ab X", min_size=1, max_size=300),
)


def anchor_or_refuse(text, exact):
    try:
        return offsets.anchor(text, exact=exact, prefix="ab" * 16, suffix="ba" * 16, start=3, end=9)
    except offsets.AnchorError as exc:
        return exc.code


def test_a_repetitive_quote_against_a_repetitive_article_is_refused_in_bounded_work():
    text, exact = "ab" * 50_000, "ab" * 200 + "X"
    result, _ = lines_run(anchor_or_refuse, text, exact, cap=ANCHOR_LINES_MAX)
    assert result == "anchor_over_budget"


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(texts, quotes)
def test_anchoring_does_bounded_work_on_adversarial_input(text, exact):
    result, _ = lines_run(anchor_or_refuse, text, exact, cap=ANCHOR_LINES_MAX)
    if isinstance(result, tuple):
        start, end, method = result
        assert 0 <= start < end <= len(text)
        if not method.startswith("fuzzy"):
            assert text[start:end] == exact


def test_a_near_quote_is_still_anchored_fuzzily():
    text = "Intro. The minister said 40% of voters agree with him. Outro."
    start, end, method = offsets.anchor(text, exact="40 % of voters agree", prefix="minister said ")
    assert method.startswith("fuzzy:") and "of voters agree" in text[start:end]


@pytest.mark.django_db
def test_a_1kb_w3c_import_that_cannot_be_anchored_in_budget_is_a_numbered_error_with_a_code(client_for, staff):
    article = services.article_create(title="Repetitive", text="ab" * 50_000, url="https://news.example.org/ab")
    record = {"type": "Annotation", "body": [{"type": "TextualBody", "purpose": "tagging", "value": "claim"}],
              "target": {"source": article.url,
                         "selector": [{"type": "TextQuoteSelector", "exact": "ab" * 200 + "X"}]}}
    upload = SimpleUploadedFile("hostile.json", json.dumps([record]).encode())
    response, _ = lines_run(client_for(staff).post, "/api/imports/", {"file": upload, "format": "w3c"},
                            format="multipart", cap=ANCHOR_LINES_MAX + 300_000)
    assert response.status_code == 400, response.content[:300]
    [error] = response.json()["errors"]
    assert (str(error["line"]), error["field"], error["code"]) == ("1", "target.selector.exact", "anchor_over_budget")
    assert not Span.objects.exists()
