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


def test_jsonl_export_import_export_round_trip_is_identical(tricky_article, annotator, reviewer):
    build_history(tricky_article, annotator, reviewer)
    first = "\n".join(export_lines()) + "\n"
    wipe()
    report = import_annotations(io.BytesIO(first.encode("utf-8")), format="jsonl")
    assert report.committed, report.errors
    assert (report.spans_created, report.evidence_created, report.reviews_created, report.users_created) == (2, 2, 2, 2)
    assert not get_user_model().objects.get(username="rev").has_usable_password()
    second = "\n".join(export_lines()) + "\n"
    assert second == first
    again = import_annotations(io.BytesIO(first.encode("utf-8")), format="jsonl")
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
    assert report.errors[0]["field"] == "reviews[1].reviewer"
    assert "four-eyes" in report.errors[0]["message"]
    assert Span.objects.count() == 0


def test_jsonl_unknown_article_is_an_error_for_that_line(db):
    record = {"article": {"sha256": "0" * 64}, "id": "6f1d2c7e-3a51-4c1e-9a57-5b0c3f0e9d11", "author": "a",
              "start": 0, "end": 4, "text": "Café", "tag": "claim", "status": "draft"}
    report = import_annotations(jsonl_file(record), format="jsonl")
    assert report.errors[0]["field"] == "article.sha256"
    assert "import or load it first" in report.errors[0]["message"]


def test_verified_export_command_round_trips_through_import(tricky_article, annotator, reviewer, tmp_path):
    from io import StringIO

    from django.core.management import call_command

    build_history(tricky_article, annotator, reviewer)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    call_command("export_claims", format="jsonl", out=str(first), stderr=StringIO())
    wipe()
    call_command("import_annotations", str(first), format="jsonl", stdout=StringIO(), stderr=StringIO())
    call_command("export_claims", format="jsonl", out=str(second), stderr=StringIO())
    assert second.read_bytes() == first.read_bytes()
    assert len(first.read_text(encoding="utf-8").splitlines()) == 1  # the verified claim, not the draft quote


def test_imported_spans_evidence_and_reviews_enter_the_audit_trail(tricky_article, annotator, reviewer):
    build_history(tricky_article, annotator, reviewer)
    first = "\n".join(export_lines()) + "\n"
    wipe()
    import_annotations(io.BytesIO(first.encode("utf-8")), format="jsonl")
    for model, count in ((Span, 2), (Evidence, 2), (Review, 2)):
        created = model.history.filter(history_type="+", history_change_reason="import (jsonl)")
        assert created.count() == count, model.__name__
