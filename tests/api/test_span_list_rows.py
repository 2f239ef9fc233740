"""The span listing builds its body from rows (selectors.span_rows, serializers.span_list_data) and writes it with
PlainJSONRenderer; these tests pin it, byte for byte, to what SpanSerializer and JSONRenderer produce."""
import datetime
from collections import OrderedDict

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.exceptions import ErrorDetail
from rest_framework.renderers import JSONRenderer

from annotations import selectors, services
from annotations.api.renderers import PlainJSONRenderer
from annotations.api.serializers import SpanSerializer, span_list_data
from annotations.models import Source, Span, SpanOrigin
from tests.awkward_data import build_awkward_spans
from tests.factories import ArticleFactory, user_with_roles

AWKWARD = 'Tab\there,\r\n"quotes" \\ back\u2028line\u2029para 🔹 𝔼 \u00e9'


@pytest.fixture
def annotated(annotator, reviewer, make_span, emoji_article):
    """An article with overlapping spans of every tag and status; evidence by URL (with and without a date
    accessed) and by a passage of another article; approvals with verdicts, a rejection and a request for
    changes; non-BMP text, an empty and an awkward note, a span whose updated_by is null (the column allows it)."""
    other = ArticleFactory(text="A poll found that 40% of voters agree with the plan.", outlet="Poll Times")
    text = emoji_article.text
    after_emoji = text.index("Trump", text.index("🔹"))
    claim = make_span(emoji_article, text[after_emoji:after_emoji + 40], tag="claim", note=AWKWARD)
    overlapping = make_span(emoji_article, text[after_emoji + 6:after_emoji + 60], tag="opinion",
                            author=reviewer, origin=SpanOrigin.SUGGESTED)
    quote = make_span(emoji_article, "A lot of progress has been made.", tag="quote", speaker="Donald Trump")
    draft = make_span(emoji_article, text[after_emoji:after_emoji + 40], tag="quote")  # same offsets, another tag
    Span.objects.filter(pk=draft.pk).update(updated_by=None)

    services.evidence_add(span=claim, user=annotator, stance="supports", source_article=other,
                          source_start=other.text.index("40%"), source_end=other.text.index("40%") + 19)
    services.evidence_add(span=claim, user=annotator, stance="refutes", url="https://example.org/a?b=1#c",
                          title="=SUM(A1:A9)", publisher="Desk 📈", accessed=datetime.date(2024, 2, 29))
    # Evidence by someone other than the author and the reviewer (who, having added it, could not review it).
    services.evidence_add(span=claim, user=user_with_roles("desk-root", is_superuser=True), stance="context",
                          url="https://example.org/ctx", excerpt="“Curly” excerpt")
    claim = services.span_submit(span=claim, user=annotator)
    services.review_submit(span=claim, reviewer=reviewer, decision="request_changes", comment="Which poll?")
    claim = services.span_submit(span=Span.objects.get(pk=claim.pk), user=annotator)
    services.review_submit(span=claim, reviewer=reviewer, decision="approve", verdict="mostly_accurate",
                           explanation="One outlet confirms.")

    quote = services.span_submit(span=quote, user=annotator)
    services.review_submit(span=quote, reviewer=reviewer, decision="reject", comment="Not a quote.\nSee 𝔼.")
    services.evidence_add(span=overlapping, user=reviewer, stance="context", url="https://example.org/ctx")
    Span.objects.filter(pk=overlapping.pk).update(cluster_id="c0ffee")
    # A timestamp without microseconds, which isoformat() writes differently.
    Span.objects.filter(pk=quote.pk).update(created_at=datetime.datetime(2024, 3, 1, 12, 0, tzinfo=datetime.UTC))
    assert Source.objects.filter(article=other).exists()
    return emoji_article


def serializer_body(queryset, *, count, next_link=None, previous_link=None) -> bytes:
    page = OrderedDict([("count", count), ("next", next_link), ("previous", previous_link)])
    page["results"] = SpanSerializer(queryset, many=True).data
    return JSONRenderer().render(page)


def ordered(queryset):
    return queryset.order_by("article_id", "start", "end", "id")


def test_listing_body_is_byte_identical_to_span_serializer(client_for, reviewer, annotated):
    response = client_for(reviewer).get(f"/api/spans/?article={annotated.pk}&page_size=1000")
    assert response.status_code == 200
    spans = ordered(selectors.span_queryset().filter(article=annotated))
    assert response.content == serializer_body(spans, count=4)
    body = response.json()["results"]
    assert {(s["updated_by"] is None) for s in body} == {True, False}
    assert {e["source"]["article"] is None for s in body for e in s["evidence"]} == {True, False}
    assert {r["decision"] for s in body for r in s["reviews"]} == {"approve", "reject", "request_changes"}
    assert b"\\u2028" in response.content and "\u2028".encode() not in response.content


@pytest.fixture
def awkward_spans(db):
    return build_awkward_spans()


def test_listing_rows_write_span_serializers_bytes_for_awkward_data(awkward_spans):
    """tests/awkward_data.py (the export's awkward data) through span_list_data and PlainJSONRenderer, against
    SpanSerializer and JSONRenderer: on SQLite and on PostgreSQL."""
    spans = ordered(selectors.span_queryset())
    rows = list(selectors.span_rows(spans))
    data = span_list_data(rows, *selectors.span_related_rows([row.id for row in rows]))
    assert len(data) == len(awkward_spans)
    assert PlainJSONRenderer().render(data) == JSONRenderer().render(SpanSerializer(spans, many=True).data)


def test_listing_endpoint_writes_span_serializers_bytes_for_awkward_data(client_for, reviewer, awkward_spans):
    response = client_for(reviewer).get("/api/spans/?page_size=1000")
    assert response.content == serializer_body(ordered(selectors.span_queryset()), count=len(awkward_spans))
    assert b"\\u2028" in response.content and b'"updated_by":null' in response.content


def test_listing_pages_and_ordering_match_span_serializer(client_for, reviewer, annotated):
    client = client_for(reviewer)
    response = client.get("/api/spans/", {"ordering": "-created_at", "page_size": 2, "page": 2})
    spans = selectors.span_queryset().order_by("-created_at")[2:4]
    assert response.content == serializer_body(
        spans, count=Span.objects.count(),
        previous_link="http://testserver/api/spans/?ordering=-created_at&page_size=2")
    filtered = client.get("/api/spans/", {"article": annotated.pk, "status": "verified", "tag": "claim"})
    assert filtered.content == serializer_body(
        ordered(selectors.span_queryset().filter(article=annotated, status="verified", tag="claim")), count=1)


def test_listing_writes_times_in_the_current_time_zone_like_drf(client_for, reviewer, annotated):
    with timezone.override("America/St_Johns"):  # -03:30: neither UTC nor a whole hour
        response = client_for(reviewer).get(f"/api/spans/?article={annotated.pk}")
        expected = serializer_body(ordered(selectors.span_queryset().filter(article=annotated)), count=4)
    assert response.content == expected
    assert b"-03:30" in response.content or b"-02:30" in response.content


def test_empty_listing_matches_span_serializer(client_for, reviewer, annotated):
    response = client_for(reviewer).get("/api/spans/?tag=claim&status=rejected")
    assert response.content == serializer_body(Span.objects.none(), count=0)


def test_span_rows_need_three_queries_for_any_number_of_spans(annotated, django_assert_num_queries):
    with django_assert_num_queries(3):
        spans = list(selectors.span_rows(selectors.span_queryset()))
        selectors.span_related_rows([span.id for span in spans])


def test_listing_errors_keep_their_json_shape(client_for, reviewer):
    client = client_for(reviewer)
    bad = client.get("/api/spans/?article=999999")
    assert (bad.status_code, bad.json()) == (400, {"article": [
        "Select a valid choice. That choice is not one of the available choices."]})
    past_the_end = client.get("/api/spans/?page=99")
    assert (past_the_end.status_code, past_the_end.json()) == (404, {"detail": "Invalid page.", "code": "not_found"})
    anonymous = client_for(None).get("/api/spans/")
    assert anonymous.status_code in (401, 403) and anonymous.json()["code"] == "not_authenticated"


def test_listing_counts_spans_without_joining_users(client_for, reviewer, annotated):
    with CaptureQueriesContext(connection) as ctx:
        client_for(reviewer).get(f"/api/spans/?article={annotated.pk}")
    counts = [q["sql"] for q in ctx.captured_queries if "COUNT(*)" in q["sql"]]
    assert len(counts) == 1 and "auth_user" not in counts[0]


CASES = [
    OrderedDict([("count", 2), ("next", None),
                 ("results", [{"a": AWKWARD + "\x01\x1f\x7f", "n": -(2**63), "b": True, "z": None}])]),
    {"detail": ErrorDetail("Not found.", code="not_found"), "code": "not_found"},
    {"every code point": "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)},
    {"big": 2**70},  # past 64 bits: orjson refuses, JSONRenderer writes it
    {"when": datetime.datetime(2024, 1, 1, 12, 30, 15, 123456, tzinfo=datetime.UTC), "day": datetime.date(2024, 1, 1)},
    [1, [2, [3, {}]], []],
    None,
]


@pytest.mark.parametrize("data", CASES)
def test_plain_renderer_writes_what_json_renderer_writes(data):
    assert PlainJSONRenderer().render(data) == JSONRenderer().render(data)


def test_plain_renderer_leaves_indented_output_to_json_renderer():
    data = {"a": [1, "é"]}
    media_type = "application/json; indent=2"
    assert PlainJSONRenderer().render(data, media_type, {}) == JSONRenderer().render(data, media_type, {})


def test_browsable_api_still_renders_the_listing(client_for, annotated):
    user = user_with_roles("browser", "reviewer")
    response = client_for(user).get(f"/api/spans/?article={annotated.pk}", HTTP_ACCEPT="text/html")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    assert "Donald Trump" in response.content.decode()
