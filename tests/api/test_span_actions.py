"""The API tells each user what they may do to a span, from the same checks the services run: every flag is proved
by making the request behind it."""
import itertools

import pytest
from django.db import transaction

from annotations import services
from annotations.models import Span
from tests.factories import user_with_roles


class _Rollback(Exception):
    pass


def etag_of(span) -> str:
    """The span's current ETag, which overwriting writes must send (428 otherwise)."""
    return f'"{Span.objects.get(pk=span.pk).version}"'


REQUESTS = {
    "edit": lambda c, span: c.patch(f"/api/spans/{span.pk}/", {"note": "changed"}, format="json",
                                    HTTP_IF_MATCH=etag_of(span)),
    "submit": lambda c, span: c.post(f"/api/spans/{span.pk}/submit/"),
    "withdraw": lambda c, span: c.post(f"/api/spans/{span.pk}/withdraw/"),
    "delete": lambda c, span: c.delete(f"/api/spans/{span.pk}/", HTTP_IF_MATCH=etag_of(span)),
    "add_evidence": lambda c, span: c.post(f"/api/spans/{span.pk}/evidence/",
                                           {"stance": "context", "url": "https://example.org/new"}, format="json"),
    "review": lambda c, span: c.post(f"/api/spans/{span.pk}/reviews/",
                                     {"decision": "request_changes", "comment": "Please check."}, format="json"),
}


def attempt(client, action, span) -> bool:
    """Make the request, report whether it succeeded, and undo it."""
    try:
        with transaction.atomic():
            response = REQUESTS[action](client, span)
            raise _Rollback(response.status_code)
    except _Rollback as done:
        return done.args[0] < 400


@pytest.fixture
def people(annotator, reviewer, other_annotator):
    root = user_with_roles("root", is_staff=True, is_superuser=True)
    return {"author": annotator, "reviewer": reviewer, "stranger": other_annotator, "root": root,
            "exporter": user_with_roles("exp", "exporter")}


@pytest.mark.parametrize("status", ["draft", "submitted"])
def test_every_action_flag_matches_what_the_request_does(client_for, article, make_span, people, status):
    span = make_span(article, "40% of voters agree")
    services.evidence_add(span=span, user=people["author"], stance="supports", url="https://example.org/poll")
    if status == "submitted":
        span = services.span_submit(span=span, user=people["author"])
    checked = 0
    for (name, user), action in itertools.product(people.items(), REQUESTS):
        client = client_for(user)
        body = client.get(f"/api/spans/{span.pk}/").json()
        assert body["actions"][action] == attempt(client, action, span), (name, action, body["refusals"])
        assert (action in body["refusals"]) != body["actions"][action]
        checked += 1
    assert checked == len(people) * len(REQUESTS)


def test_author_and_rewriter_are_told_why_they_cannot_review(client_for, article, make_span, people):
    span = make_span(article, "40% of voters agree", author=people["reviewer"])
    services.evidence_add(span=span, user=people["root"], stance="supports", url="https://example.org/poll")
    span = services.span_submit(span=span, user=people["reviewer"])
    for who in ("reviewer", "root"):
        body = client_for(people[who]).get(f"/api/spans/{span.pk}/").json()
        assert body["actions"]["review"] is False
        assert body["refusals"]["review"]["code"] == "four_eyes"
        assert body["refusals"]["review"]["message"].startswith("Four-eyes rule")


def test_removable_evidence_lists_what_the_user_may_remove(client_for, article, make_span, people):
    span = make_span(article, "40% of voters agree")
    own = services.evidence_add(span=span, user=people["author"], stance="supports", url="https://example.org/a")
    theirs = services.evidence_add(span=span, user=people["reviewer"], stance="context", url="https://example.org/b")
    removable = {who: client_for(people[who]).get(f"/api/spans/{span.pk}/").json()["removable_evidence"]
                 for who in ("author", "reviewer", "stranger")}
    assert removable == {"author": sorted([own.pk, theirs.pk]), "reviewer": [theirs.pk], "stranger": []}
