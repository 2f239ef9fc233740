"""schema.org ClaimReview JSON-LD for verified claims: the markup fact-checkers publish. One JSON document with
an @graph of ClaimReview objects; the rating maps the verdict scale onto 1 (false) .. 5 (accurate)."""
import json

from django.conf import settings

from annotations.models import VERDICT_RATING_VALUES, Tag, Verdict

from .records import article_iri, final_approval, public_url


def claim_review(span) -> dict | None:
    approval = final_approval(span)
    if span.tag != Tag.CLAIM or approval is None or not approval.verdict:
        return None
    article = span.article
    organization = settings.FACTCHECK_ORGANIZATION
    appearance = {"@type": "CreativeWork", "url": article_iri(article), "headline": article.title}
    if article.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.published:
        appearance["datePublished"] = article.published.isoformat()
    claim_author = span.speaker or article.outlet
    item = {"@type": "Claim", "appearance": [appearance]}
    if claim_author:
        item["author"] = {"@type": "Person" if span.speaker else "Organization", "name": claim_author}
    if article.published:
        item["datePublished"] = article.published.isoformat()
    return {
        "@type": "ClaimReview",
        "author": {"@type": "Organization", "name": organization["name"], "url": organization["url"]},
        "claimReviewed": span.text,
        "datePublished": approval.created_at.date().isoformat(),
        "itemReviewed": item,
        "reviewBody": approval.explanation,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": Verdict(approval.verdict).label,
            "bestRating": 5,
            "ratingExplanation": approval.explanation,
            "ratingValue": VERDICT_RATING_VALUES[approval.verdict],
            "worstRating": 1,
        },
        "url": public_url(f"claims/{span.uid}"),
    }


def generate(spans, **context):
    yield '{"@context": "https://schema.org", "@graph": ['
    first = True
    for span in spans:
        review = claim_review(span)
        if review is None:
            continue
        yield ("\n" if first else ",\n") + json.dumps(review, ensure_ascii=False, sort_keys=True)
        first = False
    yield "\n]}\n"
