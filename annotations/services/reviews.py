"""Reviews and the four-eyes rule: a span is verified only when someone other than its author approves it,
and a claim only when at least one source supports or refutes it."""
from django.db import transaction

from annotations import roles
from annotations.errors import NotPermitted
from annotations.models import Decision, Review, Span, SpanStatus, Stance, Tag, Verdict

from .assist import span_clusters_refresh
from .spans import lock_span, save_span
from .validation import clean_choice, clean_text, invalid

# Evidence that bears on a claim's truth; "context" alone cannot back a verdict.
DECISIVE_STANCES = (Stance.SUPPORTS, Stance.REFUTES)
NEXT_STATUS = {
    Decision.APPROVE: SpanStatus.VERIFIED,
    Decision.REJECT: SpanStatus.REJECTED,
    Decision.REQUEST_CHANGES: SpanStatus.DRAFT,
}


@transaction.atomic
def review_submit(
    *, span: Span, reviewer, decision, comment="", verdict="", explanation="", expected_version=None
) -> Review:
    if not roles.can_review(reviewer):
        raise NotPermitted("You need the reviewer role to review spans.")
    decision = clean_choice("decision", decision, Decision)
    comment = clean_text("comment", comment, max_length=5000).strip()
    explanation = clean_text("explanation", explanation, max_length=300).strip()
    verdict = clean_text("verdict", verdict).strip()
    span = lock_span(span, expected_version)
    if span.author_id == reviewer.pk:
        raise NotPermitted(
            "Four-eyes rule: you cannot review your own span; another reviewer must.", code="four_eyes"
        )
    if span.status != SpanStatus.SUBMITTED:
        raise invalid("status", f"Only submitted spans can be reviewed; this one is {span.status}.", "not_submitted")
    if decision == Decision.APPROVE:
        if span.tag == Tag.CLAIM:
            if not verdict:
                raise invalid("verdict", "Approving a claim needs a verdict: one of "
                              f"{', '.join(Verdict.values)}.", "required")
            clean_choice("verdict", verdict, Verdict)
            if not explanation:
                raise invalid("explanation", "Approving a claim needs a one-line explanation of its verdict.",
                              "required")
            if not span.evidence.filter(stance__in=DECISIVE_STANCES).exists():
                raise invalid(
                    "evidence",
                    "A claim cannot be verified without a source that supports or refutes it; add evidence first.",
                    "no_supporting_source",
                )
        elif verdict:
            raise invalid("verdict", "Only claims carry a verdict.", "verdict_not_allowed")
    else:
        if verdict:
            raise invalid("verdict", "A verdict is recorded only when approving a claim.", "verdict_not_allowed")
        if not comment:
            raise invalid("comment", "Say what is wrong or what to change.", "required")
    review = Review(
        span=span, reviewer=reviewer, decision=decision, verdict=verdict, explanation=explanation,
        comment=comment, span_version=span.version,
    )
    review._history_user = reviewer
    review.save()
    span.status = NEXT_STATUS[decision]
    save_span(span, ["status"], reviewer)
    if span.status == SpanStatus.VERIFIED and span.tag in (Tag.CLAIM, Tag.QUOTE):
        # A newly verified claim or quote joins (or starts) a cluster that exports carry as cluster_id.
        transaction.on_commit(span_clusters_refresh)
    return review
