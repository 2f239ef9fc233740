"""Reviews: the checks of rules.reviews (role, four-eyes against everyone who shaped the span, what a decision
must carry, decisive evidence for a claim) plus one locked write."""
from django.db import transaction

from annotations.models import Review, Span, SpanStatus
from annotations.rules.actors import actor_of
from annotations.rules.reviews import NEXT_STATUS, check_reviewer, check_review
from annotations.selectors.facts import span_facts

from .clusters import CLUSTERED_TAGS, span_cluster_join
from .spans import lock_span, save_span


@transaction.atomic
def review_submit(
    *, span: Span, reviewer, decision, comment="", verdict="", explanation="", expected_version=None
) -> Review:
    actor = actor_of(reviewer)
    check_reviewer(actor)  # before the lock: a stranger learns nothing about the span
    span = lock_span(span, expected_version)
    cleaned = check_review(actor, span_facts(span), decision=decision, verdict=verdict, explanation=explanation,
                           comment=comment)
    review = Review(span=span, reviewer=reviewer, span_version=span.version, **cleaned)
    review._history_user = reviewer
    review.save()
    span.status = NEXT_STATUS[cleaned["decision"]]
    save_span(span, ["status"], reviewer)
    if (span.status == SpanStatus.VERIFIED and span.tag in CLUSTERED_TAGS) or span.cluster_id:
        # A newly verified claim or quote joins (or starts) a cluster that exports carry as cluster_id; a span
        # leaving the verified set leaves its cluster. After commit: the join reads other approvals' spans.
        span_id = span.pk
        transaction.on_commit(lambda: span_cluster_join(span_id))
    return review
