"""The claim-set filter is declared once (selectors.CLAIM_FILTERS): the page, the API's claim-set serializer, the
ad-hoc export and clean_claim_filters all take exactly its keys, and the page honours every one of them."""
import datetime

import pytest

from annotations import selectors
from annotations.api.serializers import ClaimFilterSerializer
from annotations.models import Span
from tests.factories import ArticleFactory, bulk_verified_spans, user_with_roles

# For each key, a value that leaves out every span of the corpus below (all claims, by `ann`, approved by `rev`
# today): if the page drops the key, the count stays at the total.
EXCLUDING = {
    "articles": ["999999"],
    "tags": ["quote"],
    "authors": ["nobody"],
    "reviewers": ["nobody"],
    "verified_from": "2999-01-01",
    "verified_to": "2000-01-01",
    "updated_since": "2999-01-01",
}


@pytest.fixture
def corpus(db):
    ann, rev = user_with_roles("ann", "annotator"), user_with_roles("rev", "reviewer")
    bulk_verified_spans(ArticleFactory(), ann, rev, 4)
    return 4


def test_every_declared_key_has_an_excluding_value_here():
    assert set(EXCLUDING) == {f.name for f in selectors.CLAIM_FILTERS}


@pytest.mark.parametrize("key", list(EXCLUDING))
def test_claim_set_page_honours_every_filter_key(client, exporter, corpus, key):
    client.force_login(exporter)
    assert client.get("/claim-sets/").context["count"] == corpus
    response = client.get("/claim-sets/", {key: EXCLUDING[key]})
    assert response.context["error"] is None
    assert response.context["count"] == 0


def test_claim_set_page_narrows_by_author_and_update_day(client, exporter, corpus):
    other = user_with_roles("ann-b", "annotator")
    rev = user_with_roles("rev-b", "reviewer")
    old = bulk_verified_spans(ArticleFactory(), other, rev, 3)
    Span.objects.filter(pk__in=[s.pk for s in old]).update(
        updated_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc))
    client.force_login(exporter)
    assert client.get("/claim-sets/", {"authors": "ann-b"}).context["count"] == 3
    assert client.get("/claim-sets/", {"updated_since": "2021-01-01"}).context["count"] == corpus
    response = client.get("/claim-sets/", {"authors": ["ann-b", "ann"], "updated_since": "2021-01-01"})
    assert response.context["count"] == corpus
    body = response.content.decode()
    assert "authors=ann&amp;authors=ann-b&amp;updated_since=2021-01-01" in body  # the download links keep them
    assert '<option value="ann-b" selected>' in body and 'value="2021-01-01"' in body  # and so does the form


def test_every_door_takes_exactly_the_declared_keys(client_for, exporter):
    names = [f.name for f in selectors.CLAIM_FILTERS]
    assert list(ClaimFilterSerializer().fields) == names
    assert selectors.FILTER_KEYS == set(names)
    assert list(selectors.clean_claim_filters({key: EXCLUDING[key] for key in names})) == names
    schema = client_for(exporter).get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    params = [p["name"] for p in schema["paths"]["/api/exports/"]["get"]["parameters"] if p["name"] != "format"]
    assert sorted(params) == sorted(names)  # drf-spectacular sorts them
