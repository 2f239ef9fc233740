"""Caps on every body and collection: an upload over the limit is refused before it is read (multipart included),
an article over the length limit is refused at every door that creates articles, and so is a span past the
per-article limit."""
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from annotations.models import Article, Span
from annotations.rules import limits

SMALL_LIMIT = 4096


@pytest.fixture
def small_uploads(monkeypatch):
    # The real limit is 50 MB; the rule is the same at 4 KB and the test does not have to send 50 MB.
    monkeypatch.setattr(limits, "UPLOAD_MAX_BYTES", SMALL_LIMIT)
    import annotations.middleware

    monkeypatch.setattr(annotations.middleware, "UPLOAD_MAX_BYTES", SMALL_LIMIT)


def test_a_multipart_import_over_the_upload_limit_is_a_json_413_naming_the_limit(client_for, staff, small_uploads):
    body = b"".join(json.dumps({"text": f"Article {n} " + "x" * 100}).encode() + b"\n" for n in range(100))
    response = client_for(staff).post("/api/imports/", {"file": SimpleUploadedFile("big.jsonl", body),
                                                         "format": "articles"}, format="multipart")
    assert response.status_code == 413, response.content[:300]
    data = response.json()
    assert data["code"] == "upload_too_large" and data["limit_bytes"] == SMALL_LIMIT
    assert "MB" in data["detail"]
    assert Article.objects.count() == 0


def test_a_form_post_over_the_upload_limit_is_refused_before_the_csrf_check_reads_it(client, staff, small_uploads):
    client.force_login(staff)
    response = client.post("/admin/annotations/article/add/", {"title": "t", "text": "x" * (2 * SMALL_LIMIT)})
    assert response.status_code == 413
    assert response["Content-Type"].startswith("text/html")
    assert Article.objects.count() == 0
