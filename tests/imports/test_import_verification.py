"""An import may bring what another desk verified, as provenance: it never creates a review in the name of a local
account, never verifies a span by itself, and checks every review and evidence entry with the services' rules."""
import json
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from annotations.imports import import_annotations
from annotations.models import Evidence, ImportProvenance, Review, Span
from annotations.rules.limits import EXCERPT_MAX
from tests.factories import user_with_roles
from tests.imports.conftest import CLAIM, cp, jsonl_file


def claim_record(article, *, status="verified", reviews=None, evidence=None, author="someone-else"):
    start, end = cp(CLAIM)
    return {
        "article": {"sha256": article.text_sha256}, "id": str(uuid.uuid4()), "author": author,
        "start": start, "end": end, "text": CLAIM, "tag": "claim", "status": status,
        "evidence": evidence if evidence is not None else [
            {"stance": "supports", "source_url": "https://example.org/poll", "added_by": author, "excerpt": ""}],
        "reviews": reviews if reviews is not None else [
            {"reviewer": "rev", "decision": "approve", "verdict": "accurate", "explanation": "Matches the poll.",
             "comment": "", "span_version": 2, "created_at": "2026-01-01T00:00:00Z"}],
    }


def counts():
    return (Span.objects.count(), Evidence.objects.count(), Review.objects.count(),
            get_user_model().objects.count(), ImportProvenance.objects.count())


@pytest.fixture
def importer(db):
    """Staff who may import, without the reviewer role or the import_verified_span permission."""
    user = user_with_roles("desk", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="add_article"))
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def trusted_importer(importer):
    importer.user_permissions.add(Permission.objects.get(codename="import_verified_span"))
    return get_user_model().objects.get(pk=importer.pk)


def upload(client_for, user, *records):
    body = "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")
    return client_for(user).post("/api/imports/", {"file": SimpleUploadedFile("forged.jsonl", body),
                                                   "format": "jsonl"}, format="multipart")


def test_staff_without_permission_cannot_import_a_verified_span(client_for, tricky_article, importer, reviewer):
    before = counts()
    forged = claim_record(tricky_article, reviews=[
        {"reviewer": reviewer.username, "decision": "approve", "verdict": "", "span_version": 1}])
    response = upload(client_for, importer, forged)
    assert response.status_code == 400, response.json()
    assert [(e["field"], e["code"]) for e in response.json()["errors"]] == [("status", "not_permitted")]
    assert counts() == before


def test_an_imported_verification_is_provenance_not_a_local_review(client_for, tricky_article, trusted_importer,
                                                                   reviewer):
    before = counts()
    response = upload(client_for, trusted_importer, claim_record(tricky_article, reviews=[
        {"reviewer": "stranger-at-other-desk", "decision": "approve", "verdict": "accurate",
         "explanation": "Matches the poll.", "span_version": 1}]))
    assert response.status_code == 201, response.json()
    span = Span.objects.get()
    assert span.status == "submitted"  # waits for a reviewer here
    assert Review.objects.count() == 0
    assert not get_user_model().objects.filter(username="stranger-at-other-desk").exists()
    provenance = span.provenance
    assert (provenance.file, provenance.imported_by, provenance.external_status) == (
        "forged.jsonl", trusted_importer, "verified")
    assert provenance.external_reviews[0]["reviewer"] == "stranger-at-other-desk"
    assert counts()[0] == before[0] + 1


def test_a_local_reviewer_verifies_an_imported_span_but_not_the_importer(tricky_article, trusted_importer, reviewer):
    from annotations import services
    from annotations.errors import NotPermitted

    trusted_importer.groups.add(*reviewer.groups.all())
    trusted_importer = get_user_model().objects.get(pk=trusted_importer.pk)
    report = import_annotations(jsonl_file(claim_record(tricky_article)), format="jsonl", user=trusted_importer)
    assert report.committed, report.errors
    span = Span.objects.get()
    with pytest.raises(NotPermitted) as exc_info:
        services.review_submit(span=span, reviewer=trusted_importer, decision="approve", verdict="accurate",
                               explanation="I imported it.")
    assert exc_info.value.code == "four_eyes"
    review = services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="accurate",
                                    explanation="Checked here.")
    assert review.span.status == "verified"


@pytest.mark.parametrize("change, field, code", [
    ({"reviews": [{"reviewer": "rev", "decision": "approve", "verdict": "accurate", "explanation": "",
                   "span_version": 1}]}, "reviews[0].explanation", "required"),
    ({"status": "rejected", "reviews": [{"reviewer": "rev", "decision": "reject", "comment": "",
                                         "span_version": 1}]}, "reviews[0].comment", "required"),
    ({"status": "draft", "reviews": [], "evidence": [
        {"stance": "supports", "source_url": "https://example.org/x", "added_by": "someone-else",
         "excerpt": "x" * (EXCERPT_MAX + 1)}]}, "evidence[0].excerpt", "too_long"),
    ({"status": "draft", "reviews": [], "evidence": [
        {"stance": "supports", "source_url": "https://example.org/x", "added_by": "someone-else"},
        {"stance": "refutes", "source_url": "HTTPS://EXAMPLE.org/x", "added_by": "someone-else"}]},
     "evidence[1].source_url", "duplicate_evidence"),
], ids=["approval-without-explanation", "rejection-without-comment", "excerpt-over-limit", "duplicate-evidence"])
def test_import_refuses_what_the_services_refuse(tricky_article, trusted_importer, change, field, code):
    before = counts()
    report = import_annotations(jsonl_file({**claim_record(tricky_article), **change}), format="jsonl",
                                user=trusted_importer)
    assert not report.committed
    assert [(e["line"], e["field"], e["code"]) for e in report.errors] == [(1, field, code)]
    assert counts() == before


def test_import_refuses_a_named_local_reviewer_without_the_reviewer_role(tricky_article, trusted_importer,
                                                                         other_annotator):
    before = counts()
    record = claim_record(tricky_article, reviews=[
        {"reviewer": other_annotator.username, "decision": "approve", "verdict": "accurate",
         "explanation": "Fine.", "span_version": 1}])
    report = import_annotations(jsonl_file(record), format="jsonl", user=trusted_importer)
    assert [(e["field"], e["code"]) for e in report.errors] == [("reviews[0].reviewer", "not_permitted")]
    assert counts() == before


@pytest.mark.parametrize("lookalike", ["Someone-Else", "someone-else ", " someone-else", "ＳＯＭＥＯＮＥ-ＥＬＳＥ",
                                       "someone\u00adelse".replace("\u00ad", "-\u200b")])
def test_an_author_approving_under_a_lookalike_name_breaks_four_eyes(tricky_article, trusted_importer, lookalike):
    report = import_annotations(jsonl_file(claim_record(tricky_article, reviews=[
        {"reviewer": lookalike, "decision": "approve", "verdict": "accurate", "explanation": "Mine.",
         "span_version": 1}])), format="jsonl", user=trusted_importer)
    assert [(e["field"], e["code"]) for e in report.errors] == [("reviews[0].reviewer", "four_eyes")]


def test_the_latest_review_by_time_decides_whether_a_file_says_verified(tricky_article, trusted_importer):
    reviews = [
        {"reviewer": "carol", "decision": "reject", "comment": "Wrong poll.", "created_at": "2026-03-01T00:00:00Z"},
        {"reviewer": "bob", "decision": "approve", "verdict": "accurate", "explanation": "Fine.",
         "created_at": "2026-01-01T00:00:00Z"},
    ]
    report = import_annotations(jsonl_file(claim_record(tricky_article, reviews=reviews)), format="jsonl",
                                user=trusted_importer)
    assert [(e["field"], e["code"]) for e in report.errors] == [("status", "no_approval")]
