"""Reviews: the checks of rules.reviews (role, four-eyes against everyone who shaped the span, what a decision
must carry, decisive evidence for a claim) plus one locked write."""
from django.db import transaction

from annotations.models import Review, Span
from annotations.rules.actors import actor_of
from annotations.rules.reviews import NEXT_STATUS, check_reviewer, check_review
from annotations.selectors.facts import span_facts

from annotations.rules.matching import is_clustered

from .clusters import span_cluster_join
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
    if is_clustered(span.tag, span.status) or span.cluster_id:
        # A newly verified claim or quote joins (or starts) a cluster that exports carry as cluster_id; a span
        # leaving the verified set leaves its cluster. A job, queued in this transaction, so the approval never
        # commits without it; the worker runs it after commit, when the join can read other approvals' spans.
        from annotations.jobs.tasks import cluster_update

        cluster_update.enqueue(span.pk)
    return review
