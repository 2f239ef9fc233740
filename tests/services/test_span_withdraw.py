"""An author can take back a span they submitted (back to draft) until a reviewer decides on it."""
import pytest
from django.core.exceptions import ValidationError

from annotations import services
from annotations.errors import NotPermitted
from annotations.rules.actors import Actor
from annotations.rules.spans import SpanFacts, check_can_withdraw


def test_the_author_withdraws_a_submitted_span_back_to_draft_and_the_history_says_so(annotator, article, make_span):
    span = services.span_submit(span=make_span(article, "40% of voters agree"), user=annotator)
    span = services.span_withdraw(span=span, user=annotator, expected_version=span.version)
    span.refresh_from_db()
    assert span.status == "draft"
    assert [row.status for row in span.history.order_by("history_date", "history_id")] == [
        "draft", "submitted", "draft"]
    services.span_update(span=span, user=annotator, note="fixed")  # editable again


def test_someone_else_cannot_withdraw_the_span(annotator, other_annotator, article, make_span):
    span = services.span_submit(span=make_span(article, "40% of voters agree"), user=annotator)
    with pytest.raises(NotPermitted) as caught:
        services.span_withdraw(span=span, user=other_annotator)
    assert caught.value.code == "not_author"


@pytest.mark.parametrize("status", ["draft", "verified", "rejected"])
def test_only_a_submitted_span_can_be_withdrawn(status):
    actor = Actor(id=1, annotate=True, edit=True, delete=True)
    with pytest.raises(ValidationError) as caught:
        check_can_withdraw(actor, SpanFacts(author_id=1, status=status, tag="claim"))
    assert caught.value.error_dict["status"][0].code == "not_withdrawable"


def test_withdraw_over_the_api_refuses_a_draft_with_the_rules_code(client_for, annotator, article, make_span):
    span = make_span(article, "40% of voters agree")
    response = client_for(annotator).post(f"/api/spans/{span.pk}/withdraw/")
    assert response.status_code == 400
    assert response.json()["status"][0].startswith("Only a submitted span")
