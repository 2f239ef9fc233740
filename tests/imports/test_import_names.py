"""The names and keys a file gives (authors, who added evidence, another desk's reviewers, article hashes) pass the
same field rules as any text before the database sees them: a name with NUL, a lone surrogate, a control character
or over the username limit is a record error with the rule's code, never a 500, a whole-file "out of range" or a
name stored in the provenance."""
import json
import uuid

import pytest
from django.core.management import call_command

from annotations import services
from annotations.imports import import_annotations
from annotations.models import ImportProvenance, Span
from annotations.rules.limits import USERNAME_MAX
from tests.factories import user_with_roles
from tests.imports.conftest import CLAIM, TRICKY_TEXT, cp, jsonl_file


@pytest.fixture
def tricky(db):
    user_with_roles("writer", "annotator")
    return services.article_create(title="T", text=TRICKY_TEXT)


def record(article, *, author="writer", added_by="writer", reviewer="bob", sha=None):
    start, end = cp(CLAIM)
    return {"article": {"sha256": sha or article.text_sha256}, "id": str(uuid.uuid4()), "author": author,
            "start": start, "end": end, "tag": "claim", "status": "rejected", "text": CLAIM,
            "evidence": [{"stance": "supports", "source_url": "https://example.org/x", "added_by": added_by}],
            "reviews": [{"reviewer": reviewer, "decision": "reject", "comment": "No."}]}


BAD_NAMES = [("a\x00b", "nul_character"), ("a\ud800b", "invalid_unicode"), ("a\x07b", "control_character"),
             ("b" * (USERNAME_MAX + 1), "too_long"), ("", "required")]


@pytest.mark.parametrize("key, field", [("reviewer", "reviews[0].reviewer"), ("added_by", "evidence[0].added_by"),
                                        ("author", "author")])
@pytest.mark.parametrize("name, code", BAD_NAMES, ids=[code for _, code in BAD_NAMES])
def test_a_bad_name_in_an_import_is_a_record_error_with_the_rules_code(tricky, key, field, name, code):
    report = import_annotations(jsonl_file(record(tricky, **{key: name})), format="jsonl")
    assert not report.committed
    assert [(e["field"], e["code"]) for e in report.errors] == [(field, code)]
    assert (Span.objects.count(), ImportProvenance.objects.count()) == (0, 0)


@pytest.mark.parametrize("sha", ["\x00", "a" * 63, "A" * 64, "g" * 64])
def test_an_article_hash_that_is_not_a_sha256_is_a_record_error(tricky, sha):
    report = import_annotations(jsonl_file(record(tricky, sha=sha)), format="jsonl")
    assert [(e["field"], e["code"]) for e in report.errors] == [("article.sha256", "invalid_sha256")]


def test_a_lone_surrogate_reaches_the_rejects_file_escaped(tricky, tmp_path):
    path, rejects = tmp_path / "in.jsonl", tmp_path / "rejects.jsonl"
    bad = record(tricky, reviewer="b\ud800")
    path.write_text(json.dumps(bad) + "\n", encoding="utf-8")  # json.dumps writes it as \ud800
    call_command("import_annotations", str(path), format="jsonl", skip_invalid=True, rejects=str(rejects),
                 stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))
    [line] = rejects.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["record"]["reviews"][0]["reviewer"] == "b\ud800"


def test_an_upload_naming_a_reviewer_with_a_lone_surrogate_is_a_400_report(tricky, client_for):
    from django.core.files.uploadedfile import SimpleUploadedFile

    root = user_with_roles("root", is_staff=True, is_superuser=True)
    body = (json.dumps(record(tricky, reviewer="b\ud800")) + "\n").encode()
    client = client_for(root)
    client.raise_request_exception = False
    response = client.post("/api/imports/", {"file": SimpleUploadedFile("x.jsonl", body), "format": "jsonl"},
                           format="multipart")
    assert response.status_code == 400, response.content[:200]
    assert response.json()["errors"][0]["code"] == "invalid_unicode"
