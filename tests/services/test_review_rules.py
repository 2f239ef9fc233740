"""The four-eyes rule and the evidence requirement, as review_submit enforces them."""
import pytest
from django.core.exceptions import ValidationError

from annotations import services
from annotations.errors import NotPermitted
from annotations.models import Evidence, Review, Source, Span
from tests.factories import ArticleFactory, user_with_roles


@pytest.fixture
def submitted_claim(article, make_span, annotator):
    span = make_span(article, "40% of voters agree", tag="claim")
    return services.span_submit(span=span, user=annotator)


def approve(span, reviewer, **kwargs):
    kwargs.setdefault("verdict", "accurate")
    kwargs.setdefault("explanation", "Matches the poll.")
    return services.review_submit(span=span, reviewer=reviewer, decision="approve", **kwargs)


def test_author_cannot_approve_own_span_even_as_reviewer(article, reviewer):
    span = services.span_create(article=article, author=reviewer, start=0, end=7, tag="quote")
    span = services.span_submit(span=span, user=reviewer)
    with pytest.raises(NotPermitted) as exc_info:
        services.review_submit(span=span, reviewer=reviewer, decision="approve")
    assert exc_info.value.code == "four_eyes"
    assert "own span" in exc_info.value.message
    span.refresh_from_db()
    assert (span.status, Review.objects.count()) == ("submitted", 0)


def test_claim_without_supporting_source_cannot_be_verified(submitted_claim, reviewer):
    with pytest.raises(ValidationError) as exc_info:
        approve(submitted_claim, reviewer)
    assert exc_info.value.error_dict["evidence"][0].code == "no_supporting_source"
    submitted_claim.refresh_from_db()
    assert (submitted_claim.status, Review.objects.count()) == ("submitted", 0)


def test_context_only_evidence_is_not_enough_to_verify_a_claim(submitted_claim, reviewer, annotator):
    services.evidence_add(span=submitted_claim, user=annotator, stance="context", url="https://example.org/poll")
    with pytest.raises(ValidationError):
        approve(submitted_claim, reviewer)
    assert Span.objects.get().status == "submitted"


def test_second_reviewer_verifies_claim_with_supporting_source(submitted_claim, reviewer, annotator):
    services.evidence_add(span=submitted_claim, user=annotator, stance="supports", url="https://example.org/poll")
    review = approve(submitted_claim, reviewer)
    span = Span.objects.get()
    assert (span.status, review.verdict, review.span_version) == ("verified", "accurate", 3)


def test_approving_a_claim_needs_a_verdict_from_the_scale(submitted_claim, reviewer, annotator):
    services.evidence_add(span=submitted_claim, user=annotator, stance="refutes", url="https://example.org/poll")
    with pytest.raises(ValidationError) as exc_info:
        approve(submitted_claim, reviewer, verdict="pants-on-fire")
    assert exc_info.value.error_dict["verdict"][0].code == "invalid_choice"
    with pytest.raises(ValidationError) as exc_info:
        approve(submitted_claim, reviewer, verdict="false", explanation="")
    assert "explanation" in exc_info.value.error_dict
    assert Review.objects.count() == 0
    approve(submitted_claim, reviewer, verdict="false", explanation="The poll says 14%.")
    assert Span.objects.get().status == "verified"


def test_annotator_without_reviewer_role_cannot_review(submitted_claim, other_annotator):
    with pytest.raises(NotPermitted):
        services.review_submit(span=submitted_claim, reviewer=other_annotator, decision="reject", comment="no")
    assert Review.objects.count() == 0


def test_rejected_then_resubmitted_span_keeps_its_review_history(submitted_claim, reviewer, annotator):
    services.review_submit(span=submitted_claim, reviewer=reviewer, decision="reject", comment="Too broad.")
    span = Span.objects.get()
    assert span.status == "rejected"
    span = services.span_update(span=span, user=annotator, note="Narrowed.")
    assert span.status == "draft"
    services.evidence_add(span=span, user=annotator, stance="supports", url="https://example.org/poll")
    span = services.span_submit(span=Span.objects.get(), user=annotator)
    approve(Span.objects.get(), reviewer)
    decisions = list(Review.objects.order_by("id").values_list("decision", flat=True))
    assert decisions == ["reject", "approve"]
    assert Span.objects.get().status == "verified"


def test_rejection_needs_a_comment(submitted_claim, reviewer):
    with pytest.raises(ValidationError) as exc_info:
        services.review_submit(span=submitted_claim, reviewer=reviewer, decision="reject")
    assert "comment" in exc_info.value.error_dict


def test_draft_cannot_be_reviewed(article, make_span, reviewer):
    span = make_span(article, "Critics disagree", tag="opinion")
    with pytest.raises(ValidationError):
        services.review_submit(span=span, reviewer=reviewer, decision="approve")
    assert Review.objects.count() == 0


@pytest.mark.parametrize(
    "url, code",
    [
        ("javascript:alert(1)", "invalid_scheme"),
        ("data:text/html,<script>alert(1)</script>", "invalid_scheme"),
        ("file:///etc/passwd", "invalid_scheme"),
        ("/relative/path", "invalid_scheme"),
        ("https://" + "a" * 5000 + ".com", "too_long"),
        ("https://user:secret@example.org/", "credentials_in_url"),
    ],
)
def test_unsafe_source_urls_are_refused_and_nothing_is_written(submitted_claim, annotator, url, code):
    with pytest.raises(ValidationError) as exc_info:
        services.evidence_add(span=submitted_claim, user=annotator, stance="supports", url=url)
    assert exc_info.value.error_dict["url"][0].code == code
    assert (Source.objects.count(), Evidence.objects.count()) == (0, 0)
    submitted_claim.refresh_from_db()
    assert submitted_claim.version == 2


def test_source_urls_are_normalised_to_one_row(submitted_claim, annotator, reviewer, article, make_span):
    services.evidence_add(span=submitted_claim, user=annotator, stance="supports", url="HTTPS://Example.ORG:443/a#x")
    other = services.span_submit(span=make_span(article, "Critics disagree", tag="opinion"), user=annotator)
    services.evidence_add(span=other, user=reviewer, stance="context", url="https://example.org/a")
    assert list(Source.objects.values_list("url", flat=True)) == ["https://example.org/a"]
    with pytest.raises(ValidationError) as exc_info:
        services.evidence_add(span=submitted_claim, user=annotator, stance="refutes", url="https://example.org/a")
    assert exc_info.value.error_dict["url"][0].code == "duplicate_evidence"
    assert Evidence.objects.count() == 2


def test_another_article_passage_as_evidence(submitted_claim, annotator):
    other = ArticleFactory(text="A poll found that 40% of voters agree with the plan.")
    start = other.text.index("40%")
    evidence = services.evidence_add(
        span=submitted_claim, user=annotator, stance="supports", source_article=other,
        source_start=start, source_end=start + 19,
    )
    assert evidence.excerpt == "40% of voters agree"
    assert evidence.source.article == other
    with pytest.raises(ValidationError) as exc_info:
        services.evidence_add(span=submitted_claim, user=annotator, stance="supports",
                              source_article=submitted_claim.article)
    assert exc_info.value.error_dict["source_article"][0].code == "same_article"


def test_stranger_cannot_add_evidence_to_my_span(submitted_claim):
    stranger = user_with_roles("stranger", "annotator")
    with pytest.raises(NotPermitted):
        services.evidence_add(span=submitted_claim, user=stranger, stance="supports", url="https://example.org/")
    assert Evidence.objects.count() == 0
