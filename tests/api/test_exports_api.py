import json
import re

import pytest
from django.core.management import call_command

from annotations.models import ClaimSet


def streamed(response) -> bytes:
    return b"".join(response.streaming_content)


def test_exporter_builds_a_claim_set_and_downloads_every_format_identically_twice(client_for, exporter,
                                                                                  claim_corpus):
    client = client_for(exporter)
    created = client.post("/api/claim-sets/", {"name": "week-47", "filters": {"tags": ["claim"]}}, format="json")
    assert created.status_code == 201, created.json()
    body = created.json()
    assert (body["span_count"], body["filters"], body["created_by"]) == (3, {"tags": ["claim"]}, "exp")
    assert len(body["content_sha256"]) == 64
    for name in ("jsonl", "csv", "claimreview", "w3c", "fixture", "fever"):
        first = client.get(f"/api/claim-sets/{body['id']}/export/?format={name}")
        assert first.status_code == 200, name
        assert first.streaming
        assert "attachment" in first["Content-Disposition"]
        assert streamed(first) == streamed(client.get(f"/api/claim-sets/{body['id']}/export/?format={name}"))
    lines = streamed(client.get(f"/api/claim-sets/{body['id']}/export/?format=jsonl")).decode().splitlines()
    assert {json.loads(line)["tag"] for line in lines} == {"claim"} and len(lines) == 3


def test_claim_set_names_are_unique_and_filters_are_validated(client_for, exporter, claim_corpus):
    client = client_for(exporter)
    assert client.post("/api/claim-sets/", {"name": "a"}, format="json").status_code == 201
    again = client.post("/api/claim-sets/", {"name": "a"}, format="json")
    assert (again.status_code, list(again.json())) == (400, ["name"])
    bad = client.post("/api/claim-sets/", {"name": "b", "filters": {"tags": ["rumour"]}}, format="json")
    assert bad.status_code == 400 and "filters" in bad.json()
    assert ClaimSet.objects.count() == 1


def test_ad_hoc_export_filters_verified_spans(client_for, exporter, claim_corpus):
    response = client_for(exporter).get("/api/exports/?format=jsonl&tags=quote&tags=opinion")
    records = [json.loads(line) for line in streamed(response).decode().splitlines()]
    assert sorted(r["tag"] for r in records) == ["opinion", "quote"]


def test_unknown_format_is_a_json_400(client_for, exporter, claim_corpus):
    response = client_for(exporter).get("/api/exports/?format=xml")
    assert response.status_code == 400
    assert "format" in response.json()


@pytest.mark.parametrize("role", ["annotator", "reviewer", None])
def test_only_exporters_export(client_for, role, request, claim_corpus):
    user = request.getfixturevalue(role) if role else None
    client = client_for(user)
    assert client.get("/api/exports/?format=jsonl").status_code in (401, 403)
    assert client.post("/api/claim-sets/", {"name": "x"}, format="json").status_code in (401, 403)
    assert client.get("/api/claim-sets/").status_code in (401, 403)


def test_openapi_schema_validates_without_warnings():
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", "/dev/null")


def test_api_docs_page_loads_its_assets_from_the_project_not_a_cdn(client):
    html = client.get("/api/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in html
    # Every script and stylesheet the page loads is the project's own: no address with a host in a src or href, nor
    # anywhere else in the page (which also holds a random CSRF token: its letters are no address).
    loaded = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", html)
    assert loaded and not [url for url in loaded if re.match(r"(?:https?:)?//", url)]
    assert not re.search(r"(?:https?:)?//[\w-]+\.[\w.-]+", html)
    assert client.get("/api/schema/").status_code == 200


def test_a_status_written_past_the_services_is_not_exported(client_for, exporter, claim_corpus):
    """Defence in depth: a span marked verified without an approval by someone else (raw SQL, a restored dump)
    is in no export and no claim set."""
    from annotations.models import Span

    forged = Span.objects.filter(status="draft").first()
    Span.objects.filter(pk=forged.pk).update(status="verified")
    body = b"".join(client_for(exporter).get("/api/exports/?format=jsonl").streaming_content).decode("utf-8")
    assert str(forged.uid) not in body
    assert len(body.splitlines()) == len(claim_corpus)
    created = client_for(exporter).post("/api/claim-sets/", {"name": "weekly"}, format="json").json()
    assert created["span_count"] == len(claim_corpus)
