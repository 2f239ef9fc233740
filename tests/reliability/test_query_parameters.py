"""A query string the database cannot take (NUL, control characters) is a 400 before any view runs: JSON naming the
parameter for /api/, a page otherwise. An export validates everything before its first byte, so every export error
is a JSON response and never a broken stream."""
import pytest
from django.core.exceptions import ValidationError

from annotations import exports
from annotations.rules.fields import invalid


@pytest.mark.parametrize("query, name", [
    ("format=csv&reviewers=%00", "reviewers"),
    ("format=csv&tags=claim%07", "tags"),
    ("format=csv&authors=a%00b&articles=1", "authors"),
])
def test_an_export_query_with_nul_or_controls_is_a_json_400_naming_the_parameter(client_for, exporter, query, name):
    client = client_for(exporter)
    client.raise_request_exception = False
    response = client.get(f"/api/exports/?{query}")
    assert response.status_code == 400, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    assert name in response.json(), response.json()


def test_a_page_query_with_nul_is_a_400_page(client, annotator):
    client.force_login(annotator)
    client.raise_request_exception = False
    response = client.get("/?q=%00")
    assert response.status_code == 400, response.content[:300]
    assert response["Content-Type"].startswith("text/html")
    assert b"q" in response.content and b"NUL" in response.content


def test_an_api_list_query_with_nul_is_a_json_400(client_for, annotator):
    client = client_for(annotator)
    client.raise_request_exception = False
    response = client.get("/api/articles/?q=%00")
    assert response.status_code == 400
    assert "q" in response.json()


def test_tabs_and_line_breaks_in_a_query_are_still_allowed(client_for, annotator):
    assert client_for(annotator).get("/api/articles/?q=a%09b%0Ac").status_code == 200


def test_an_export_that_fails_as_it_starts_is_a_json_error_not_a_broken_stream(client_for, exporter, claim_corpus,
                                                                               monkeypatch):
    def refuse(*args, **kwargs):
        raise invalid("reviewers", "No such reviewer.", "invalid_choice")
        yield  # a generator, as export_chunks is: the error comes with the first chunk

    monkeypatch.setattr(exports, "export_chunks", refuse)
    client = client_for(exporter)
    client.raise_request_exception = False
    response = client.get("/api/exports/?format=jsonl")
    assert not response.streaming
    assert response.status_code == 400
    assert response.json() == {"reviewers": ["No such reviewer."]}


def test_a_username_in_a_claim_set_filter_is_checked_by_the_field_rules():
    from annotations.selectors import clean_claim_filters

    with pytest.raises(ValidationError) as exc_info:
        clean_claim_filters({"reviewers": ["a\u0000"]})
    assert exc_info.value.error_dict["reviewers"][0].code == "nul_character"


@pytest.mark.parametrize("url", ["/api/exports/?format=csv&colour=red", "/api/exports/?format=jsonl&tag=claim"])
def test_an_export_refuses_a_parameter_it_does_not_know_before_streaming(client_for, exporter, url):
    response = client_for(exporter).get(url)
    assert response.status_code == 400
    assert not response.streaming
    [(name, [message])] = response.json().items()
    assert name in url and "format" in message


def test_a_claim_set_export_takes_only_the_format(client_for, exporter, claim_corpus):
    client = client_for(exporter)
    claim_set = client.post("/api/claim-sets/", {"name": "week", "filters": {}}, format="json").json()
    assert client.get(f"/api/claim-sets/{claim_set['id']}/export/?format=csv").status_code == 200
    response = client.get(f"/api/claim-sets/{claim_set['id']}/export/?format=csv&tags=claim")
    assert response.status_code == 400 and "tags" in response.json()
