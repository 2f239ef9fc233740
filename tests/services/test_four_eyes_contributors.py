"""The four-eyes rule holds against everyone who changed what a span says or its evidence, not only its author."""
import pytest

from annotations import services
from annotations.errors import NotPermitted
from annotations.models import Review
from tests.factories import user_with_roles


@pytest.fixture
def superuser(db):
    return user_with_roles("root", is_staff=True, is_superuser=True)


def test_superuser_cannot_approve_a_draft_they_rewrote(article, make_span, annotator, superuser):
    span = make_span(article, "40% of voters agree", tag="opinion")
    span = services.span_update(span=span, user=superuser, tag="claim", note="Rewritten by root",
                                start=span.start, end=span.end + 1)
    services.evidence_add(span=span, user=superuser, stance="supports", url="https://example.org/only")
    span = services.span_submit(span=span, user=superuser)
    with pytest.raises(NotPermitted) as exc_info:
        services.review_submit(span=span, reviewer=superuser, decision="approve", verdict="accurate",
                               explanation="I checked it myself.")
    assert exc_info.value.code == "four_eyes"
    span.refresh_from_db()
    assert (span.status, Review.objects.count()) == ("submitted", 0)


def test_reviewer_who_added_the_only_evidence_cannot_approve(article, make_span, annotator, reviewer):
    span = services.span_submit(span=make_span(article, "40% of voters agree"), user=annotator)
    services.evidence_add(span=span, user=reviewer, stance="supports", url="https://example.org/mine")
    with pytest.raises(NotPermitted) as exc_info:
        services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="accurate",
                               explanation="Backed by my source.")
    assert exc_info.value.code == "four_eyes"


def test_evidence_removed_by_a_reviewer_still_makes_them_a_contributor(article, make_span, annotator, reviewer):
    span = make_span(article, "40% of voters agree")
    services.evidence_add(span=span, user=annotator, stance="supports", url="https://example.org/a")
    extra = services.evidence_add(span=span, user=reviewer, stance="refutes", url="https://example.org/b")
    services.evidence_remove(evidence=extra, user=reviewer)
    span = services.span_submit(span=span, user=annotator)
    with pytest.raises(NotPermitted):
        services.review_submit(span=span, reviewer=reviewer, decision="reject", comment="No.")


def test_reviewer_who_only_reviewed_before_may_approve_the_reworked_span(article, make_span, annotator, reviewer):
    span = make_span(article, "40% of voters agree")
    services.evidence_add(span=span, user=annotator, stance="supports", url="https://example.org/a")
    span = services.span_submit(span=span, user=annotator)
    services.review_submit(span=span, reviewer=reviewer, decision="request_changes", comment="Add a note.")
    span.refresh_from_db()
    span = services.span_update(span=span, user=annotator, note="The poll of May.")
    span = services.span_submit(span=span, user=annotator)
    review = services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="accurate",
                                    explanation="Matches the poll.")
    assert review.span.status == "verified"


def test_another_reviewer_may_approve_what_the_superuser_rewrote(article, make_span, annotator, reviewer, superuser):
    span = make_span(article, "40% of voters agree")
    span = services.span_update(span=span, user=superuser, note="Rewritten by root")
    services.evidence_add(span=span, user=superuser, stance="supports", url="https://example.org/only")
    span = services.span_submit(span=span, user=annotator)
    review = services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="accurate",
                                    explanation="Matches.")
    assert review.span.status == "verified"
