"""Every write to spans, evidence, reviews and claim sets leaves an audit row: who, when, before and after."""
import pytest
from django.core.exceptions import ValidationError

from annotations import selectors, services
from annotations.models import ClaimSet, Evidence, Review, Span


def test_span_lifecycle_is_recorded_with_who_and_before_after(client_for, article, make_span, annotator, reviewer):
    span = make_span(article, "40% of voters agree", tag="claim")
    span = services.span_update(span=span, user=annotator, note="from the 2026 poll")
    services.evidence_add(span=span, user=annotator, stance="supports", url="https://example.org/poll")
    span = services.span_submit(span=Span.objects.get(), user=annotator)
    services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="accurate", explanation="ok")

    trail = selectors.span_audit_trail(span.pk)
    summary = [(row["object"], row["action"], row["user"]) for row in trail]
    assert summary == [
        ("span", "created", "ann"), ("span", "changed", "ann"), ("evidence", "created", "ann"),
        ("span", "changed", "ann"), ("span", "changed", "ann"), ("review", "created", "rev"),
        ("span", "changed", "rev"), ("span", "changed", None),
    ]
    note_change = next(c for c in trail[1]["changes"] if c["field"] == "note")
    assert (note_change["old"], note_change["new"]) == ("", "from the 2026 poll")
    status_change = next(c for c in trail[-2]["changes"] if c["field"] == "status")
    assert (status_change["old"], status_change["new"]) == ("submitted", "verified")
    # The approval's cluster update (a job, run at once in the tests) is recorded too, by nobody: the system.
    cluster_change = next(c for c in trail[-1]["changes"] if c["field"] == "cluster")  # cluster_id, named as the trail names fields
    assert cluster_change["old"] == "" and cluster_change["new"] == Span.objects.get().cluster_id != ""

    response = client_for(annotator).get(f"/api/spans/{span.pk}/history/")
    assert response.status_code == 200
    assert [row["action"] for row in response.json()][:2] == ["created", "changed"]


def test_deleting_a_draft_is_recorded_and_a_reviewed_span_cannot_be_deleted(article, make_span, annotator, reviewer):
    draft = make_span(article, "Critics disagree", tag="opinion")
    draft_id = draft.pk
    services.span_delete(span=draft, user=annotator)
    deleted = Span.history.filter(id=draft_id, history_type="-").get()
    assert (deleted.history_user.username, deleted.text) == ("ann", "Critics disagree")

    reviewed = services.span_submit(span=make_span(article, "40% of voters", tag="claim"), user=annotator)
    services.review_submit(span=reviewed, reviewer=reviewer, decision="request_changes", comment="Widen it.")
    reviewed.refresh_from_db()
    assert reviewed.status == "draft"
    with pytest.raises(ValidationError) as exc_info:
        services.span_delete(span=reviewed, user=annotator)
    assert exc_info.value.error_dict["status"][0].code == "has_reviews"
    assert Span.objects.filter(pk=reviewed.pk).exists()


def test_evidence_removal_and_claim_sets_are_recorded(article, make_span, annotator, exporter):
    span = make_span(article, "40% of voters", tag="claim")
    evidence = services.evidence_add(span=span, user=annotator, stance="context", url="https://example.org/")
    evidence_id = evidence.pk
    services.evidence_remove(evidence=evidence, user=annotator)
    assert list(Evidence.history.filter(id=evidence_id).values_list("history_type", flat=True).order_by(
        "history_id")) == ["+", "-"]
    claim_set = services.claim_set_create(name="audit", user=exporter)
    assert ClaimSet.history.get(id=claim_set.pk).history_user == exporter
    assert Review.history.count() == 0


def test_audit_trail_costs_a_constant_number_of_queries(article, make_span, annotator,
                                                        django_assert_max_num_queries):
    span = make_span(article, "40% of voters", tag="claim")
    for n in range(20):
        span = services.span_update(span=span, user=annotator, note=f"edit {n}")
    with django_assert_max_num_queries(3):
        trail = selectors.span_audit_trail(span.pk)
    assert len(trail) == 21
