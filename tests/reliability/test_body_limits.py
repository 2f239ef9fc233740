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


@pytest.fixture
def short_articles(monkeypatch):
    monkeypatch.setattr(limits, "ARTICLE_TEXT_MAX", 1000)


def test_an_article_over_the_length_limit_is_refused_by_the_api(client_for, staff, short_articles):
    response = client_for(staff).post("/api/articles/", {"title": "Long", "text": "x" * 1001}, format="json")
    assert response.status_code == 400
    assert response.json()["text"] == ["text is 1001 characters long; the limit is 1000."]
    assert Article.objects.count() == 0


def test_an_article_over_the_length_limit_is_refused_by_the_import(db, short_articles):
    from annotations.imports import import_annotations

    stream = io.BytesIO(json.dumps({"text": "x" * 1001}).encode() + b"\n")
    report = import_annotations(stream, format="articles", filename="long.jsonl")
    assert [(e["field"], e["code"]) for e in report.errors] == [("text", "too_long")]
    assert Article.objects.count() == 0


def test_an_article_over_the_length_limit_is_refused_by_the_admin(client, staff, short_articles):
    client.force_login(staff)
    response = client.post("/admin/annotations/article/add/", {"title": "Long", "text": "x" * 1001, "language": "en"})
    assert response.status_code == 200  # the form again, with the error
    assert b"the limit is 1000" in response.content
    assert Article.objects.count() == 0


def test_the_article_length_limit_is_generous_for_news():
    assert limits.ARTICLE_TEXT_MAX >= 1_000_000


@pytest.fixture
def few_spans(monkeypatch):
    monkeypatch.setattr(limits, "SPANS_PER_ARTICLE_MAX", 2)


def test_a_span_past_the_per_article_limit_is_refused_by_the_service_and_the_api(client_for, annotator, article,
                                                                                  make_span, few_spans):
    make_span(article, "The minister", tag="quote")
    make_span(article, "Critics disagree", tag="opinion")
    start = article.text.index("40% of voters")
    response = client_for(annotator).post("/api/spans/", {"article": article.pk, "start": start, "end": start + 13,
                                                          "tag": "claim"}, format="json")
    assert response.status_code == 400
    assert "article" in response.json() and "2" in response.json()["article"][0]
    assert Span.objects.count() == 2


def test_an_import_past_the_per_article_limit_is_refused_with_too_many_spans(db, few_spans):
    from annotations.imports import import_annotations

    text = "One. Two. Three."
    record = {"text": text, "label": [[0, 4, "claim"], [5, 9, "claim"], [10, 16, "claim"]]}
    report = import_annotations(io.BytesIO(json.dumps(record).encode() + b"\n"), format="doccano")
    assert [e["code"] for e in report.errors] == ["too_many_spans"]
    assert Span.objects.count() == 0
    # a second import adding to an article at the limit is refused too
    import_annotations(io.BytesIO(json.dumps({**record, "label": record["label"][:2]}).encode() + b"\n"),
                       format="doccano")
    report = import_annotations(io.BytesIO(json.dumps({**record, "label": record["label"][2:]}).encode() + b"\n"),
                                format="doccano")
    assert [e["code"] for e in report.errors] == ["too_many_spans"]
    assert Span.objects.count() == 2


def test_skip_invalid_reports_the_record_that_would_pass_a_stored_articles_limit(db, few_spans):
    from annotations.imports import import_annotations

    full = {"text": "One. Two. Three.", "label": [[0, 4, "claim"], [5, 9, "claim"]]}
    other = {"text": "Another article.", "label": [[0, 7, "claim"]]}
    import_annotations(io.BytesIO(json.dumps(full).encode() + b"\n"), format="doccano")
    more = {**full, "label": [[10, 16, "claim"]]}
    rejects = io.StringIO()
    body = b"\n".join(json.dumps(r).encode() for r in (other, more)) + b"\n"
    report = import_annotations(io.BytesIO(body), format="doccano", skip_invalid=True, rejects=rejects)
    assert report.committed and report.spans_created == 1
    assert [(e["line"], e["code"]) for e in report.errors] == [(2, "too_many_spans")]
    assert json.loads(rejects.getvalue())["code"] == "too_many_spans"
    assert Span.objects.count() == 3
