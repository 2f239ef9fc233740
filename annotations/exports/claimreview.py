"""schema.org ClaimReview JSON-LD for verified claims: the markup fact-checkers publish, with the properties
Google's ClaimReview structured data requires (claimReviewed, reviewRating with ratingValue, bestRating,
worstRating and alternateName, url, author) and recommends (itemReviewed: a Claim with its author, datePublished,
appearance and firstAppearance). One JSON document with an @graph of ClaimReview objects; the rating maps the
verdict scale onto 1 (false) .. 5 (accurate).

`url` is the claim's published page on this workbench (annotations/web/public.py), under FACTCHECK_PUBLIC_URL.
Every string is written with <, > and & as \\u escapes (the same JSON), so the document can sit inside a
<script type="application/ld+json"> element whatever a field holds."""
import json

from django.conf import settings

from annotations.models import VERDICT_RATING_VALUES, Tag, Verdict
from annotations.rules.fields import invalid
from annotations.rules.publication import default_claim_summary  # noqa: F401  (serializers read it here)

from .records import final_approval, public_url

SCRIPT_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def script_safe_json(value) -> str:
    """JSON that cannot end or comment out the <script> element it is embedded in."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True).translate(SCRIPT_SAFE)


def check_public_url() -> None:
    """ClaimReview points at pages this workbench serves: refuse the placeholder host outside development."""
    if not settings.DEBUG and settings.FACTCHECK_PUBLIC_URL == settings.FACTCHECK_PUBLIC_URL_PLACEHOLDER:
        raise invalid("format", "ClaimReview urls need this workbench's public address: set FACTCHECK_PUBLIC_URL "
                      f"(it is the placeholder {settings.FACTCHECK_PUBLIC_URL}).", "public_url_unset")


def claim_page_path(span) -> str:
    return f"claims/{span.uid}/"


def claim_reviewed(span) -> str:
    return span.claim_summary or default_claim_summary(span.text)


def claimant(span) -> dict | None:
    name, kind = span.claimant or span.speaker, "Person"
    if not name and span.article.outlet:
        name, kind = span.article.outlet, "Organization"
    return {"@type": kind, "name": name} if name else None


def claim_date(span):
    return span.claim_date or span.article.published


def appearance(span) -> dict:
    """Where the claim was first made: the URL a reviewer recorded, else the article it was annotated in."""
    article = span.article
    if span.appearance_url:
        work = {"@type": "CreativeWork", "url": span.appearance_url}
        if span.claim_date:
            work["datePublished"] = span.claim_date.isoformat()
        return work
    work = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        work["url"] = article.url
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.published:
        work["datePublished"] = article.published.isoformat()
    return work


def claim_review(span) -> dict | None:
    approval = final_approval(span)
    if span.tag != Tag.CLAIM or approval is None or not approval.verdict:
        return None
    organization = settings.FACTCHECK_ORGANIZATION
    first = appearance(span)
    item = {"@type": "Claim", "appearance": [first], "firstAppearance": first}
    author = claimant(span)
    if author:
        item["author"] = author
    date = claim_date(span)
    if date:
        item["datePublished"] = date.isoformat()
    return {
        "@type": "ClaimReview",
        "author": {"@type": "Organization", "name": organization["name"], "url": organization["url"]},
        "claimReviewed": claim_reviewed(span),
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
        "url": public_url(claim_page_path(span)),
    }


def generate(spans, **context):
    yield '{"@context": "https://schema.org", "@graph": ['
    first = True
    for span in spans:
        review = claim_review(span)
        if review is None:
            continue
        yield ("\n" if first else ",\n") + script_safe_json(review)
        first = False
    yield "\n]}\n"


