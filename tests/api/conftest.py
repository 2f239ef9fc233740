import pytest
from rest_framework.test import APIClient

from annotations import services


@pytest.fixture
def client_for():
    def make(user=None):
        client = APIClient()
        if user is not None:
            client.force_authenticate(user)
        return client

    return make


@pytest.fixture
def verified_claim(article, make_span, annotator, reviewer):
    span = make_span(article, "40% of voters agree", tag="claim", speaker="The minister")
    span = services.span_submit(span=span, user=annotator)
    services.evidence_add(span=span, user=annotator, stance="supports", url="https://example.org/poll",
                          title="=HYPERLINK(\"http://evil\")", excerpt="40% agree")
    services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="mostly_accurate",
                           explanation="The poll says 40%, within the margin.")
    span.refresh_from_db()
    return span
