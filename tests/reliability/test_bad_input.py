"""The bad-input catalogue: every hostile or broken request gets a 4xx with a JSON message naming the field (never a
500), and afterwards every table has exactly the rows it had before."""
import json
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from annotations import services
from annotations.models import Article, ClaimSet, Evidence, Review, Source, Span, TrainingSpan
from annotations.rules.limits import ARTICLE_TEXT_MAX, JSON_DEPTH_MAX, UPLOAD_MAX_BYTES

MODELS = (Article, Span, Source, Evidence, Review, ClaimSet, TrainingSpan, get_user_model())


def counts():
    return {m.__name__: m.objects.count() for m in MODELS}


@pytest.fixture
def world(article, make_span, annotator, reviewer, staff):
    draft = make_span(article, "Critics disagree", tag="opinion")
    deleted = make_span(article, "The minister", tag="quote")
    deleted_id = deleted.pk
    services.span_delete(span=deleted, user=annotator)
    start = article.text.index("40% of voters")
    return {"article": article, "draft": draft, "deleted_id": deleted_id, "start": start}


def span_body(world, **overrides):
    body = {"article": world["article"].pk, "start": world["start"], "end": world["start"] + 13, "tag": "claim",
            "text": "40% of voters"}
    body.update(overrides)
    return {key: value for key, value in body.items() if value is not None}


# (case id, method, url, body builder -> str (raw JSON) or dict, expected status, field the error names or None)
CASES = [
    ("malformed json", "post", "/api/spans/", lambda w: '{"article": 1, "start": ', 400, "detail"),
    ("json array not object", "post", "/api/spans/", lambda w: "[1, 2, 3]", 400, None),
    ("start is a string", "post", "/api/spans/", lambda w: span_body(w, start="ten"), 400, "start"),
    ("tag is a number", "post", "/api/spans/", lambda w: span_body(w, tag=5), 400, "tag"),
    ("article is not an id", "post", "/api/spans/", lambda w: span_body(w, article="first"), 400, "article"),
    ("missing fields", "post", "/api/spans/", lambda w: {}, 400, "article"),
    ("negative offset", "post", "/api/spans/", lambda w: span_body(w, start=-1, text=None), 400, "start"),
    ("reversed offsets", "post", "/api/spans/", lambda w: span_body(w, start=20, end=10, text=None), 400, "end"),
    ("offset past the end", "post", "/api/spans/", lambda w: span_body(w, end=10**6, text=None), 400, "end"),
    ("offset beyond int64", "post", "/api/spans/", lambda w: span_body(w, end=2**70, text=None), 400, "end"),
    ("text does not match", "post", "/api/spans/", lambda w: span_body(w, text="41% of voters"), 400, "text"),
    ("lone surrogate in note", "post", "/api/spans/",
     lambda w: json.dumps(span_body(w)).replace('"tag"', '"note": "\\ud800", "tag"'), 400, "note"),
    ("NUL in note", "post", "/api/spans/", lambda w: span_body(w, note="a\u0000b"), 400, "note"),
    ("control character in speaker", "post", "/api/spans/", lambda w: span_body(w, speaker="Bob\u0007"), 400,
     "speaker"),
    ("10,000-character note", "post", "/api/spans/", lambda w: span_body(w, note="n" * 10_000), 400, "note"),
    ("unknown tag", "post", "/api/spans/", lambda w: span_body(w, tag="rumour"), 400, "tag"),
    ("duplicate span", "post", "/api/spans/",
     lambda w: {"article": w["article"].pk, "start": w["draft"].start, "end": w["draft"].end, "tag": "opinion"},
     400, "start"),
    ("missing article", "post", "/api/spans/", lambda w: span_body(w, article=99_999_999), 400, "article"),
    ("oversized body", "post", "/api/spans/", lambda w: span_body(w, note="x" * (6 * 1024 * 1024)), 413, "detail"),
    ("javascript: url", "post", "/api/spans/{draft}/evidence/",
     lambda w: {"stance": "supports", "url": "javascript:alert(document.cookie)"}, 400, "url"),
    ("data: url", "post", "/api/spans/{draft}/evidence/",
     lambda w: {"stance": "supports", "url": "data:text/html,<script>alert(1)</script>"}, 400, "url"),
    ("file: url", "post", "/api/spans/{draft}/evidence/", lambda w: {"stance": "supports", "url": "file:///etc/passwd"},
     400, "url"),
    ("relative url", "post", "/api/spans/{draft}/evidence/", lambda w: {"stance": "supports", "url": "/a/b"}, 400,
     "url"),
    ("5,000-character url", "post", "/api/spans/{draft}/evidence/",
     lambda w: {"stance": "supports", "url": "https://e.org/" + "a" * 4990}, 400, "url"),
    ("unknown stance", "post", "/api/spans/{draft}/evidence/", lambda w: {"stance": "maybe", "url": "https://e.org/"},
     400, "stance"),
    ("missing source article", "post", "/api/spans/{draft}/evidence/",
     lambda w: {"stance": "context", "source_article": 99_999_999}, 400, "source_article"),
    ("evidence on a deleted span", "post", "/api/spans/{deleted}/evidence/",
     lambda w: {"stance": "context", "url": "https://e.org/"}, 404, "detail"),
    ("edit a deleted span", "patch", "/api/spans/{deleted}/", lambda w: {"note": "x"}, 404, "detail"),
    ("unknown decision", "post", "/api/spans/{draft}/reviews/", lambda w: {"decision": "maybe"}, 400, "decision"),
    ("unknown status filter", "get", "/api/spans/?status=bogus", None, 400, "status"),
    ("stale If-Match", "patch", "/api/spans/{draft}/", lambda w: {"note": "x", "_if_match": '"99"'}, 412, "detail"),
    ("garbage If-Match", "patch", "/api/spans/{draft}/", lambda w: {"note": "x", "_if_match": "yesterday"}, 400,
     "detail"),
    ("claim set with unknown filter", "post", "/api/claim-sets/", lambda w: {"name": "x", "filters": {"colour": 1}},
     400, "filters"),
    ("unknown export format", "get", "/api/exports/?format=pdf", None, 400, "format"),
    ("article text with NUL", "post", "/api/articles/", lambda w: {"text": "a\u0000b"}, 400, "text"),
    ("non-integer id in path", "get", "/api/spans/abc/", None, 404, "detail"),
    # issue 13
    ("NUL in an export filter", "get", "/api/exports/?format=csv&reviewers=%00", None, 400, "reviewers"),
    ("NUL in a list filter", "get", "/api/articles/?q=%00", None, 400, "q"),
    ("JSON nested 100,000 deep", "post", "/api/spans/",
     lambda w: '{"note": ' + "[" * 100_000 + "]" * 100_000 + "}", 400, "detail"),
    (f"JSON nested {JSON_DEPTH_MAX + 1} deep", "post", "/api/spans/{draft}/evidence/",
     lambda w: '{"stance": "supports", "url": ' + "[" * (JSON_DEPTH_MAX + 1) + "]" * (JSON_DEPTH_MAX + 1) + "}", 400,
     "detail"),
    ("source URL with port 65536", "post", "/api/spans/{draft}/evidence/",
     lambda w: {"stance": "supports", "url": "https://example.com:65536/"}, 400, "url"),
    ("source URL host with a Cyrillic lookalike", "post", "/api/spans/{draft}/evidence/",
     lambda w: {"stance": "supports", "url": "https://ex\u0430mple.com/"}, 400, "url"),
    ("article text over the length limit", "post", "/api/articles/", lambda w: {"text": "x" * (ARTICLE_TEXT_MAX + 1)},
     400, "text"),
    ("multipart import over the upload limit", "post", "/api/imports/",
     lambda w: {"_content_length": str(UPLOAD_MAX_BYTES + 1)}, 413, "detail"),
    ("intake of the cloud metadata service", "post", "/api/articles/",
     lambda w: {"url": "http://169.254.169.254/latest/meta-data/"}, 400, "url"),
    ("intake of a file: url", "post", "/api/articles/", lambda w: {"url": "file:///etc/passwd"}, 400, "url"),
    ("intake of both text and html", "post", "/api/articles/", lambda w: {"text": "a", "html": "<p>b</p>"}, 400,
     "non_field_errors"),
    ("intake preview of a loopback url", "post", "/api/articles/preview/", lambda w: {"url": "http://[::1]:8000/"},
     400, "url"),
]
# Issue 13, lost updates: an overwriting write must name the version it was based on (428 otherwise).
CASES += [
    ("edit without If-Match", "patch", "/api/spans/{draft}/", lambda w: {"note": "x"}, 428, "detail"),
    ("edit with If-Match *", "patch", "/api/spans/{draft}/", lambda w: {"note": "x", "_if_match": "*"}, 428,
     "detail"),
    ("delete without If-Match", "delete", "/api/spans/{draft}/", None, 428, "detail"),
]


@pytest.mark.parametrize("name, method, url, body, expected, field", CASES, ids=[c[0] for c in CASES])
def test_bad_api_input_is_a_4xx_naming_the_field_and_writes_nothing(client_for, world, staff, annotator, name,
                                                                    method, url, body, expected, field):
    user = staff if "claim set" in name or "export" in name or "article text" in name or "import" in name \
        else annotator
    client = client_for(user)
    client.raise_request_exception = False
    target = url.format(draft=world["draft"].pk, deleted=world["deleted_id"])
    payload = body(world) if body else None
    headers = {}
    if isinstance(payload, dict) and "_if_match" in payload:
        headers["HTTP_IF_MATCH"] = payload.pop("_if_match")
    if isinstance(payload, dict) and "_content_length" in payload:  # claimed, not sent: refused before it is read
        headers["CONTENT_LENGTH"] = payload.pop("_content_length")
    before = counts()
    if payload is None:
        response = getattr(client, method)(target, **headers)
    else:
        raw = payload if isinstance(payload, str) else json.dumps(payload)
        response = client.generic(method.upper(), target, raw, content_type="application/json", **headers)
    assert response.status_code == expected, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    if field:
        assert field in data, data
        message = data[field] if isinstance(data[field], str) else " ".join(map(str, data[field]))
        assert message.strip()
    assert counts() == before


IMPORT_CASES = [
    ("invalid utf-8", b'{"text": "caf\xe9 au lait", "label": []}\n', "UTF-8"),
    ("malformed json line", b'{"text": "ok", "label": [[0, 2, "CLAIM"]]}\n{"text": oops}\n', ":2:"),
    ("unknown label", '{"text": "Hello world", "label": [[0, 5, "RUMOUR"]]}\n'.encode(), "RUMOUR"),
    ("offsets out of range", '{"text": "Hello", "label": [[0, 50, "CLAIM"]]}\n'.encode(), "end"),
    ("negative offset", '{"text": "Hello", "label": [[-1, 3, "CLAIM"]]}\n'.encode(), "start"),
    ("NUL in text", '{"text": "Hel\\u0000lo", "label": []}\n'.encode(), "NUL"),
    ("a line nested 100,000 deep", ("[" * 100_000 + "]" * 100_000 + "\n").encode(), "deeper"),
]


@pytest.mark.parametrize("name, content, needle", IMPORT_CASES, ids=[c[0] for c in IMPORT_CASES])
def test_bad_import_file_is_refused_with_its_line_and_writes_nothing(db, tmp_path, name, content, needle):
    good = '{"text": "A good article about 40% of voters.", "label": [[21, 24, "CLAIM"]]}\n'.encode()
    path = tmp_path / "upload.jsonl"
    path.write_bytes(good + content)
    before = counts()
    with pytest.raises(CommandError) as exc_info:
        call_command("import_annotations", str(path), format="doccano", stdout=StringIO(), stderr=StringIO())
    assert "Nothing imported" in str(exc_info.value) or needle in str(exc_info.value)
    assert counts() == before


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/", "/api/auth/token/"])
def test_login_doors_with_bad_input_are_answered_not_a_500(client, annotator, url):
    before = counts()
    for data in ({"username": "ann\u0000", "password": "x"}, {"username": "a" * 10_000, "password": "x"}, {},
                 {"username": "ann", "password": "p" * 100_000}):
        response = client.post(url, data)
        assert response.status_code in (200, 400, 429), (url, response.status_code)
    assert client.get("/").status_code == 302  # still signed out
    assert counts() == before
