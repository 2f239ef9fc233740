"""Rules of a claim's publication metadata (what a published fact check says of it: ClaimReview's claimReviewed,
the Claim's author, date and first appearance). It is presentation, not what a reviewer verifies: the span's
author may set it while the span is editable, a reviewer at any time, and setting it makes nobody a contributor
in the four-eyes sense."""
import datetime

from annotations.errors import NotPermitted
from annotations.models import Tag

from .actors import Actor
from .fields import clean_text, invalid, normalize_url
from .limits import CLAIM_SUMMARY_MAX, CLAIMANT_MAX
from .spans import EDITABLE_STATUSES, SpanFacts

# Google's structured-data guidance for ClaimReview advises a claimReviewed of at most about 75 characters.
CLAIM_SUMMARY_ADVISED = 75
PUBLICATION_FIELDS = ("claim_summary", "claimant", "claim_date", "appearance_url")


def check_can_edit_publication(actor: Actor, span: SpanFacts) -> None:
    if span.tag != Tag.CLAIM:
        raise invalid("tag", "Only claims are published as fact checks.", "not_a_claim")
    if actor.review or actor.superuser:
        return
    if span.author_id != actor.id or not actor.edit:
        raise NotPermitted("Only a reviewer or the span's author can set how the claim is published.")
    if span.status not in EDITABLE_STATUSES:
        raise NotPermitted("Once submitted, a reviewer sets how the claim is published.", code="not_editable")


def check_publication_fields(names) -> None:
    unknown = sorted(set(names) - set(PUBLICATION_FIELDS))
    if unknown:
        raise invalid(unknown[0], "This field is not part of a claim's publication metadata.", "read_only")


def clean_claim_summary(value) -> str:
    return " ".join(clean_text("claim_summary", value, max_length=CLAIM_SUMMARY_MAX).split())


def clean_claimant(value) -> str:
    return clean_text("claimant", value, max_length=CLAIMANT_MAX).strip()


def clean_claim_date(value) -> datetime.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(clean_text("claim_date", value))
    except ValueError:
        raise invalid("claim_date", f"claim_date must be a date as YYYY-MM-DD (got {value!r}).", "invalid_date")


def clean_appearance_url(value) -> str:
    value = clean_text("appearance_url", value).strip()
    return normalize_url(value, field="appearance_url") if value else ""


def default_claim_summary(text: str, limit: int = CLAIM_SUMMARY_ADVISED) -> str:
    """The claim's text in at most `limit` characters: whole, or cut at the last word that fits, with an ellipsis.
    Linear in the text."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"
