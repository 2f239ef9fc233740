import io
import json

from django.contrib.auth import get_user_model

from annotations import services
from annotations.imports import import_annotations
from annotations.models import Evidence, Review, Span, Source
from tests.imports.conftest import CLAIM, cp, jsonl_file
from tests.imports.jsonl_shape import export_lines


def build_history(tricky_article, annotator, reviewer):
    other = services.article_create(title="Other", text="Pollsters found 40% of voters agree with him.")
    span = services.span_create(article=tricky_article, author=annotator, start=cp(CLAIM)[0], end=cp(CLAIM)[1],
                                tag="claim", note="Check the poll \U0001F539")
    start = other.text.index("40% of voters agree")
    services.evidence_add(span=span, user=annotator, stance="supports", source_article=other,
                          source_start=start, source_end=start + len(CLAIM))
    services.evidence_add(span=span, user=annotator, stance="context", url="https://polls.example.org/x")
    span = services.span_submit(span=span, user=annotator)
    span = services.review_submit(span=span, reviewer=reviewer, decision="request_changes", comment="Name the poll.").span
    span = services.span_update(span=span, user=annotator, note="Poll by Example Polls")
    span = services.span_submit(span=span, user=annotator)
    services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="accurate", explanation="Matches.")
    services.span_create(article=tricky_article, author=annotator, start=0, end=5, tag="quote", speaker="Chef")
    return other


def wipe():
    Review.objects.all().delete()
    Evidence.objects.all().delete()
    Span.objects.all().delete()
    Source.objects.all().delete()
    get_user_model().objects.filter(username__in=["ann", "rev"]).delete()


def test_jsonl_import_keeps_another_desks_reviews_as_provenance(tricky_article, annotator, reviewer):
    build_history(tricky_article, annotator, reviewer)
    first = export_lines()
    wipe()
    report = import_annotations(io.BytesIO(("\n".join(first) + "\n").encode("utf-8")), format="jsonl")
    assert report.committed, report.errors
    assert (report.spans_created, report.evidence_created, report.provenance_created, report.users_created) == (
        2, 2, 1, 1)
    assert Review.objects.count() == 0
    assert not get_user_model().objects.filter(username="rev").exists()  # a reviewer's name is not an account
    author = get_user_model().objects.get(username="ann")
    assert not author.has_usable_password() and not author.is_active
    claim = Span.objects.get(tag="claim")
    assert (claim.status, claim.provenance.external_status, claim.provenance.imported_by) == (
        "submitted", "verified", None)
    assert [r["decision"] for r in claim.provenance.external_reviews] == ["request_changes", "approve"]
    # The draft quote, which no one reviewed, comes back exactly as it left.
    second = export_lines()
    assert [line for line in second if '"tag":"quote"' in line.replace(" ", "")] == [
        line for line in first if '"tag":"quote"' in line.replace(" ", "")]
    again = import_annotations(io.BytesIO(("\n".join(first) + "\n").encode("utf-8")), format="jsonl")
    assert (again.spans_created, again.spans_existing, Span.objects.count()) == (0, 2, 2)


def test_jsonl_review_by_the_author_breaks_four_eyes_and_is_an_error(tricky_article, annotator, reviewer):
    build_history(tricky_article, annotator, reviewer)
    records = [json.loads(line) for line in export_lines()]
    wipe()
    claim_line = next(n for n, r in enumerate(records, start=1) if r["tag"] == "claim")
    claim = records[claim_line - 1]
    claim["reviews"][1]["reviewer"] = claim["author"]
    report = import_annotations(jsonl_file(*records), format="jsonl")
    assert not report.committed
    assert report.errors[0]["line"] == claim_line
    assert (report.errors[0]["field"], report.errors[0]["code"]) == ("reviews[1].reviewer", "four_eyes")
    assert Span.objects.count() == 0


def test_jsonl_unknown_article_is_an_error_for_that_line(db):
    record = {"article": {"sha256": "0" * 64}, "id": "6f1d2c7e-3a51-4c1e-9a57-5b0c3f0e9d11", "author": "a",
              "start": 0, "end": 4, "text": "Café", "tag": "claim", "status": "draft"}
    report = import_annotations(jsonl_file(record), format="jsonl")
    assert report.errors[0]["field"] == "article.sha256"
    assert "import or load it first" in report.errors[0]["message"]


def test_a_verified_export_imports_as_awaiting_review_until_a_reviewer_here_approves(
        tricky_article, annotator, reviewer, tmp_path):
    from io import StringIO

    from django.core.management import call_command

    from tests.factories import user_with_roles

    build_history(tricky_article, annotator, reviewer)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    call_command("export_claims", format="jsonl", out=str(first), stderr=StringIO())
    assert len(first.read_text(encoding="utf-8").splitlines()) == 1  # the verified claim, not the draft quote
    wipe()
    call_command("import_annotations", str(first), format="jsonl", stdout=StringIO(), stderr=StringIO())
    call_command("export_claims", format="jsonl", out=str(second), stderr=StringIO())
    assert second.read_bytes() == b""  # nobody here has verified it yet
    local = user_with_roles("local-reviewer", "reviewer")
    services.review_submit(span=Span.objects.get(), reviewer=local, decision="approve", verdict="accurate",
                           explanation="Checked again here.")
    call_command("export_claims", format="jsonl", out=str(second), stderr=StringIO())
    [record] = [json.loads(line) for line in second.read_text(encoding="utf-8").splitlines()]
    assert [(r["reviewer"], r["decision"]) for r in record["reviews"]] == [("local-reviewer", "approve")]


def test_imported_spans_and_evidence_enter_the_audit_trail(tricky_article, annotator, reviewer):
    build_history(tricky_article, annotator, reviewer)
    first = "\n".join(export_lines()) + "\n"
    wipe()
    import_annotations(io.BytesIO(first.encode("utf-8")), format="jsonl")
    for model, count in ((Span, 2), (Evidence, 2), (Review, 0)):
        created = model.history.filter(history_type="+", history_change_reason="import (jsonl)")
        assert created.count() == count, model.__name__
