"""JSON nested deeper than limits.JSON_DEPTH_MAX is refused with the code too_deep (400), by the API's parser and by
the import readers alike, instead of a RecursionError (500) or a value nested too deep for the code that reads it."""
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from annotations.imports import import_annotations
from annotations.models import Article, Span
from annotations.rules.limits import JSON_DEPTH_MAX


def nested(depth: int, inner: str = "1") -> str:
    return "[" * depth + inner + "]" * depth


@pytest.mark.parametrize("depth", [100_000, JSON_DEPTH_MAX + 1])
def test_a_json_body_nested_too_deep_is_a_400_too_deep(client_for, annotator, depth):
    client = client_for(annotator)
    client.raise_request_exception = False
    body = '{"article": 1, "start": 0, "end": 1, "tag": "claim", "note": ' + nested(depth) + "}"
    response = client.generic("POST", "/api/spans/", body, content_type="application/json")
    assert response.status_code == 400, response.content[:300]
    assert response.json()["code"] == "too_deep"
    assert str(JSON_DEPTH_MAX) in response.json()["detail"]
    assert Span.objects.count() == 0


def test_json_at_the_depth_limit_is_parsed(client_for, staff):
    body = {"name": "deep enough", "filters": {}}
    response = client_for(staff).generic("POST", "/api/claim-sets/", json.dumps(body), content_type="application/json")
    assert response.status_code == 201
    from annotations.jsonparse import loads

    assert loads(nested(JSON_DEPTH_MAX - 1, "{}"))  # JSON_DEPTH_MAX containers, the innermost an object


@pytest.mark.parametrize("fmt, content", [
    ("jsonl", (nested(100_000) + "\n").encode()),
    ("articles", ('{"text": "fine"}\n' + '{"text": ' + nested(JSON_DEPTH_MAX) + "}\n").encode()),
    ("w3c", nested(100_000).encode()),
    ("w3c", json.dumps({"type": "AnnotationCollection", "items": [{"target": json.loads(nested(JSON_DEPTH_MAX))}]})
     .encode()),
])
def test_an_import_nested_too_deep_is_refused_with_too_deep(db, fmt, content):
    report = import_annotations(io.BytesIO(content), format=fmt, filename="deep")
    assert not report.committed
    assert [e["code"] for e in report.errors] == ["too_deep"], report.errors
    assert Article.objects.count() == 0


def test_a_deep_import_upload_is_a_400_report(client_for, staff):
    response = client_for(staff).post("/api/imports/", {
        "file": SimpleUploadedFile("deep.jsonl", (nested(100_000) + "\n").encode()), "format": "jsonl"},
        format="multipart")
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "too_deep"
