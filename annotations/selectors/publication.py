"""Published fact checks: verified claims with a verdict, the newest approval first. What the public pages and
the feed read; nothing here is behind a login, so nothing else may be reachable from it."""
from django.db.models import Max, Q, QuerySet

from annotations.models import Decision, Span, Tag

from .claim_sets import verified_spans
from .spans import export_queryset


def published_claims() -> QuerySet[Span]:
    """Verified claims whose approval gave a verdict, newest approval first, with what a ClaimReview reads."""
    verified = verified_spans({"tags": [Tag.CLAIM]}).filter(
        reviews__decision=Decision.APPROVE).exclude(reviews__verdict="").values("pk")
    return (export_queryset().filter(pk__in=verified)
            .annotate(published_at=Max("reviews__created_at", filter=Q(reviews__decision=Decision.APPROVE)))
            .order_by("-published_at", "-id"))


def published_claim(uid) -> Span | None:
    return published_claims().filter(uid=uid).first()
