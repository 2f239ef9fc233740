"""Rules of review: the four-eyes rule, what a decision must carry, and when a span can be verified."""
from annotations.errors import NotPermitted
from annotations.models import Decision, SpanStatus, Tag, Verdict

from .actors import Actor
from .fields import clean_choice, clean_text, invalid
from .limits import COMMENT_MAX, EXPLANATION_MAX
from .spans import SpanFacts

NEXT_STATUS = {
    Decision.APPROVE: SpanStatus.VERIFIED,
    Decision.REJECT: SpanStatus.REJECTED,
    Decision.REQUEST_CHANGES: SpanStatus.DRAFT,
}


def check_reviewer(actor: Actor) -> None:
    if not actor.review:
        raise NotPermitted("You need the reviewer role to review spans.")


def check_four_eyes(reviewer_id, *, author_id, contributors=frozenset()) -> None:
    """Nobody approves, rejects or sends back what they wrote or changed: the author, and anyone who changed the
    span's content or its evidence (a superuser too), must leave the decision to another reviewer."""
    if reviewer_id is not None and reviewer_id == author_id:
        raise NotPermitted("Four-eyes rule: you cannot review your own span; another reviewer must.", code="four_eyes")
    if reviewer_id is not None and reviewer_id in contributors:
        raise NotPermitted("Four-eyes rule: you changed this span or its evidence, so another reviewer must "
                           "review it.", code="four_eyes")


def check_reviewable(span: SpanFacts) -> None:
    if span.status != SpanStatus.SUBMITTED:
        raise invalid("status", f"Only submitted spans can be reviewed; this one is {span.status}.", "not_submitted")


def clean_decision(*, tag: str, decision, verdict="", explanation="", comment="") -> dict:
    """What a decision must carry: a claim's approval a verdict from the scale and a one-line explanation; a
    rejection or a request for changes a comment; a verdict nowhere else."""
    decision = clean_choice("decision", decision, Decision)
    comment = clean_text("comment", comment, max_length=COMMENT_MAX).strip()
    explanation = clean_text("explanation", explanation, max_length=EXPLANATION_MAX).strip()
    verdict = clean_text("verdict", verdict).strip()
    if decision == Decision.APPROVE:
        if tag == Tag.CLAIM:
            if not verdict:
                raise invalid("verdict", "Approving a claim needs a verdict: one of "
                              f"{', '.join(Verdict.values)}.", "required")
            clean_choice("verdict", verdict, Verdict)
            if not explanation:
                raise invalid("explanation", "Approving a claim needs a one-line explanation of its verdict.",
                              "required")
        elif verdict:
            raise invalid("verdict", "Only claims carry a verdict.", "verdict_not_allowed")
    else:
        if verdict:
            raise invalid("verdict", "A verdict is recorded only when approving a claim.", "verdict_not_allowed")
        if not comment:
            raise invalid("comment", "Say what is wrong or what to change.", "required")
    return {"decision": decision, "verdict": verdict, "explanation": explanation, "comment": comment}


def check_verifiable(*, tag: str, has_decisive_evidence: bool) -> None:
    if tag == Tag.CLAIM and not has_decisive_evidence:
        raise invalid(
            "evidence",
            "A claim cannot be verified without a source that supports or refutes it; add evidence first.",
            "no_supporting_source",
        )


def check_can_review(actor: Actor, span: SpanFacts) -> None:
    """Whether `actor` may decide on `span` at all (what the UI's review controls show for)."""
    check_reviewer(actor)
    check_four_eyes(actor.id, author_id=span.author_id, contributors=span.contributors)
    check_reviewable(span)


def check_review(actor: Actor, span: SpanFacts, **decision) -> dict:
    """Every rule of a review, in the order a reviewer meets them; returns the cleaned decision."""
    check_can_review(actor, span)
    cleaned = clean_decision(tag=span.tag, **decision)
    if cleaned["decision"] == Decision.APPROVE:
        check_verifiable(tag=span.tag, has_decisive_evidence=span.has_decisive_evidence)
    return cleaned
