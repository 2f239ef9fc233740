"""Writes that overwrite or remove a span or its evidence need If-Match (the span's ETag): without it the last writer
silently won. Missing (or `*`) is 428 Precondition Required with code if_match_required and changes nothing; a
stale one is 412. Token clients and the reviewer UI's session alike (panel.js sends the ETag it read)."""
import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from annotations import services
from annotations.models import Evidence, Span


@pytest.fixture
def draft(make_span, article):
    return make_span(article, article.text.split()[0], note="first")


@pytest.fixture
def token_client(annotator):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=annotator).key}")
    return client


@pytest.fixture
def session_client(annotator):
    client = APIClient()
    client.force_login(annotator)
    return client


WRITES = {
    "patch": lambda c, span, **h: c.patch(f"/api/spans/{span.pk}/", {"note": "mine"}, format="json", **h),
    "put": lambda c, span, **h: c.put(f"/api/spans/{span.pk}/", {"note": "mine", "tag": "claim"}, format="json", **h),
    "delete": lambda c, span, **h: c.delete(f"/api/spans/{span.pk}/", **h),
}


@pytest.mark.parametrize("kind", ["token_client", "session_client"])
@pytest.mark.parametrize("write", list(WRITES))
@pytest.mark.parametrize("header", [None, "*"])
def test_a_span_write_without_a_version_is_428_and_changes_nothing(request, kind, write, header, draft):
    client = request.getfixturevalue(kind)
    extra = {} if header is None else {"HTTP_IF_MATCH": header}
    response = WRITES[write](client, draft, **extra)
    assert response.status_code == 428, response.content[:200]
    assert response.json()["code"] == "if_match_required"
    span = Span.objects.get(pk=draft.pk)
    assert (span.note, span.version) == ("first", draft.version)


def test_removing_evidence_without_a_version_is_428(token_client, draft, annotator):
    evidence = services.evidence_add(span=draft, user=annotator, stance="supports", url="https://example.org/e")
    response = token_client.delete(f"/api/evidence/{evidence.pk}/")
    assert response.status_code == 428 and response.json()["code"] == "if_match_required"
    assert Evidence.objects.filter(pk=evidence.pk).exists()
    version = token_client.get(f"/api/spans/{draft.pk}/").headers["ETag"]
    assert token_client.delete(f"/api/evidence/{evidence.pk}/", HTTP_IF_MATCH=version).status_code == 204


def test_two_writers_of_the_same_version_cannot_both_win(token_client, session_client, draft):
    etag = token_client.get(f"/api/spans/{draft.pk}/").headers["ETag"]
    first = token_client.patch(f"/api/spans/{draft.pk}/", {"note": "token's"}, format="json", HTTP_IF_MATCH=etag)
    second = session_client.patch(f"/api/spans/{draft.pk}/", {"note": "UI's"}, format="json", HTTP_IF_MATCH=etag)
    assert (first.status_code, second.status_code) == (200, 412)
    assert Span.objects.get(pk=draft.pk).note == "token's"
