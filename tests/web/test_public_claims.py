"""Published fact checks: a public page per verified claim with its ClaimReview JSON-LD (parsed with extruct, as a
search engine's crawler would), an index, an Atom feed; the claim's publication metadata set through the API."""
import json

import extruct
import pytest
from django.test import Client
from django.urls import reverse

from annotations import exports, selectors, services
from annotations.exports.records import public_url
from annotations.models import Span

pytestmark = pytest.mark.django_db

GOOGLE_REQUIRED = ("claimReviewed", "reviewRating", "url", "author")
HOSTILE = '</script><script>alert(1)</script><!-- "quoted" & more'


def approve(span, annotator, reviewer, *, verdict="misleading", explanation="Checked."):
    span = services.span_submit(span=span, user=annotator)
    services.evidence_add(span=span, user=annotator, stance="supports", url="https://example.org/report",
                          title="Report")
    services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict=verdict,
                           explanation=explanation)
    span.refresh_from_db()
    return span


@pytest.fixture
def long_claim(annotator, reviewer, make_span, emoji_article, staff):
    import datetime

    services.article_update(article=emoji_article, user=staff, outlet="Wire Service",
                            published=datetime.date(2025, 3, 1))
    text = emoji_article.text
    start = text.index("Trump", text.index("🔹"))
    sentence_end = text.index(".", start + 80) + 1
    span = make_span(emoji_article, text[start:sentence_end], tag="claim")
    return approve(span, annotator, reviewer)


def page_json_ld(response) -> dict:
    html = response.content.decode("utf-8")
    (data,) = extruct.extract(html, base_url="https://checks.example.net/", syntaxes=["json-ld"],
                              uniform=False)["json-ld"]
    return data


def test_a_verified_claim_has_a_public_page_with_googles_claimreview_properties(long_claim, client):
    response = client.get(f"/claims/{long_claim.uid}/")  # not signed in
    assert response.status_code == 200
    review = page_json_ld(response)
    assert review["@type"] == "ClaimReview"
    for name in GOOGLE_REQUIRED:
        assert review[name], name
    rating = review["reviewRating"]
    assert {"ratingValue", "bestRating", "worstRating", "alternateName"} <= set(rating)
    assert rating["alternateName"] == "Misleading"
    assert review["url"] == public_url(f"claims/{long_claim.uid}/")
    assert review["url"].endswith(reverse("public:claim_page", kwargs={"uid": long_claim.uid}))
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["appearance"] and item["firstAppearance"]
    assert item["author"]["name"] and item["datePublished"]


def test_claimreviewed_defaults_to_a_short_form_of_the_span(long_claim):
    assert len(long_claim.text) > 75
    document = json.loads("".join(exports.export_chunks(exports.get_format("claimreview"),
                                                        selectors.export_queryset().filter(pk=long_claim.pk))))
    (review,) = document["@graph"]
    assert len(review["claimReviewed"]) <= 75 and review["claimReviewed"].endswith("…")
    assert long_claim.text.startswith(review["claimReviewed"][:-1].rstrip())


def test_the_claimreview_url_is_a_page_the_workbench_serves(long_claim, client, settings):
    settings.FACTCHECK_PUBLIC_URL = "http://testserver"
    document = json.loads("".join(exports.export_chunks(exports.get_format("claimreview"),
                                                        selectors.export_queryset().filter(pk=long_claim.pk))))
    url = document["@graph"][0]["url"]
    assert client.get(url).status_code == 200


def test_unverified_claims_and_other_tags_have_no_page(annotator, reviewer, make_span, article, client):
    draft = make_span(article, article.text[:10], tag="claim")
    quote = make_span(article, article.text[:12], tag="quote")
    services.review_submit(span=services.span_submit(span=quote, user=annotator), reviewer=reviewer,
                           decision="approve")
    for span in (draft, quote):
        assert client.get(f"/claims/{span.uid}/").status_code == 404


def test_no_field_breaks_out_of_the_script_element(annotator, reviewer, make_span, article, client):
    span = make_span(article, article.text[:20], tag="claim")
    services.span_publication_update(span=span, user=annotator, claimant=HOSTILE, claim_summary=HOSTILE)
    span = approve(span, annotator, reviewer, explanation=HOSTILE)
    response = client.get(f"/claims/{span.uid}/")
    html = response.content.decode("utf-8")
    head = html[html.index('<script type="application/ld+json">'):]
    script = head[:head.index("</script>")]
    assert "<!--" not in script and "<script>" not in script.removeprefix('<script type="application/ld+json">')
    review = page_json_ld(response)
    assert review["claimReviewed"] == HOSTILE and review["itemReviewed"]["author"]["name"] == HOSTILE
    assert review["reviewBody"] == HOSTILE
    assert "<script>alert(1)" not in html  # the visible page escapes it too


def test_the_index_lists_published_claims_newest_first_with_an_atom_feed(annotator, reviewer, make_span, article,
                                                                        client):
    first = approve(make_span(article, article.text[:10], tag="claim"), annotator, reviewer)
    second = approve(make_span(article, article.text[:14], tag="claim"), annotator, reviewer)
    html = client.get("/claims/").content.decode("utf-8")
    assert html.index(str(second.uid)) < html.index(str(first.uid))
    feed = client.get("/claims/feed.atom")
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/atom+xml")
    body = feed.content.decode("utf-8")
    assert body.index(str(second.uid)) < body.index(str(first.uid))


def test_claimreview_is_refused_with_the_placeholder_host_outside_debug(settings):
    from django.core.exceptions import ValidationError

    settings.DEBUG = False
    settings.FACTCHECK_PUBLIC_URL = settings.FACTCHECK_PUBLIC_URL_PLACEHOLDER
    with pytest.raises(ValidationError) as info:
        exports.get_format("claimreview")
    assert info.value.error_dict["format"][0].code == "public_url_unset"


def test_a_reviewer_sets_the_publication_metadata_and_may_still_approve(annotator, reviewer, make_span, article,
                                                                       client_for):
    span = services.span_submit(span=make_span(article, article.text[:20], tag="claim"), user=annotator)
    services.evidence_add(span=span, user=annotator, stance="refutes", url="https://example.org/x")
    api = client_for(reviewer)
    detail = api.get(f"/api/spans/{span.pk}/").json()
    assert detail["actions"]["edit_publication"] is True
    assert detail["publication"]["derived"]["claim_summary"] == article.text[:20].strip()
    response = api.patch(f"/api/spans/{span.pk}/publication/", {
        "claim_summary": "A short form", "claimant": "The minister", "claim_date": "2025-06-01",
        "appearance_url": "https://example.org/speech"}, format="json")
    assert response.status_code == 200, response.json()
    assert response.json()["publication"]["claimant"] == "The minister"
    services.review_submit(span=Span.objects.get(pk=span.pk), reviewer=reviewer, decision="approve",
                           verdict="false", explanation="Refuted.")  # not a contributor: four eyes still hold
    review = json.loads("".join(exports.export_chunks(exports.get_format("claimreview"),
                                                      selectors.export_queryset().filter(pk=span.pk))))["@graph"][0]
    assert review["claimReviewed"] == "A short form"
    item = review["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "The minister"} and item["datePublished"] == "2025-06-01"
    assert item["firstAppearance"]["url"] == "https://example.org/speech"


def test_an_annotator_cannot_change_publication_once_submitted(annotator, make_span, article, client_for):
    span = services.span_submit(span=make_span(article, article.text[:20], tag="claim"), user=annotator)
    response = client_for(annotator).patch(f"/api/spans/{span.pk}/publication/", {"claimant": "x"}, format="json")
    assert response.status_code == 403
    response = client_for(annotator).patch(f"/api/spans/{span.pk}/publication/", {"claim_date": "June"},
                                           format="json")
    assert response.status_code in (400, 403)


def test_publication_fields_are_checked_by_the_rules(annotator, make_span, article, client_for):
    span = make_span(article, article.text[:20], tag="claim")
    api = client_for(annotator)
    response = api.patch(f"/api/spans/{span.pk}/publication/", {"appearance_url": "ftp://x"}, format="json")
    assert response.status_code == 400 and "appearance_url" in response.json()
    response = api.patch(f"/api/spans/{span.pk}/publication/", {"claim_summary": "x" * 151}, format="json")
    assert response.status_code == 400 and "claim_summary" in response.json()
