"""Every door that writes a span keeps the span index (claim matching's band rows) equal to what
services.span_bands derives from the spans as stored: the services, the API, loaddata, the importer's job. A span
missing from the index would silently never be matched or clustered; a stale row would match a text the span no
longer has, or offer a rejected span."""
import io
import json

import pytest
from django.core.management import call_command

from annotations import services
from annotations.assist.bands import BANDS, SPAN_BAND_COLUMNS
from annotations.imports import import_annotations
from annotations.models import Span, SpanBand
from annotations.selectors.matching import similar_spans
from annotations.services.span_bands import band_rows_of
from tests.factories import ArticleFactory
from tests.jobs.test_job_kinds import DATABASE_QUEUE, run_queued_tasks

TEXT = ("The council approved the budget by nine votes to two. “We are pleased,” the mayor said. "
        "It was a bad day for the opposition.")


def assert_index_in_step() -> None:
    wanted = sorted(row for span in Span.objects.values_list("id", "article_id", "text", "tag", "status")
                    for row in band_rows_of(*span))
    assert sorted(SpanBand.objects.values_list(*SPAN_BAND_COLUMNS)) == wanted


def bands_of(span) -> list[tuple]:
    return sorted(SpanBand.objects.filter(span_id=span.pk).values_list("tag", "verified").distinct())


def test_the_services_keep_the_index_in_step_through_a_spans_life(annotator, reviewer, make_span):
    article = ArticleFactory(text=TEXT)
    claim = make_span(article, "The council approved the budget by nine votes to two")
    opinion = make_span(article, "It was a bad day for the opposition", tag="opinion")
    assert SpanBand.objects.filter(span=claim).count() == BANDS + 1 and bands_of(claim) == [("claim", False)]
    assert bands_of(opinion) == []  # opinions are not matched
    assert_index_in_step()
    services.span_submit(span=claim, user=annotator)
    services.review_submit(span=claim, reviewer=reviewer, decision="reject", comment="Not a claim we check.")
    assert bands_of(claim) == []  # a rejected span is offered to nobody
    claim = services.span_update(span=Span.objects.get(pk=claim.pk), user=annotator, tag="quote")
    assert bands_of(claim) == [("quote", False)]  # reworked: a draft again, under its new tag
    services.span_submit(span=claim, user=annotator)
    services.review_submit(span=Span.objects.get(pk=claim.pk), reviewer=reviewer, decision="approve")
    assert bands_of(claim) == [("quote", True)]
    assert [r["id"] for r in similar_spans(claim.text, tag="quote", verified=True)] == [claim.pk]
    assert_index_in_step()
    draft = make_span(article, "We are pleased", tag="quote")
    services.span_delete(span=draft, user=annotator)
    assert not SpanBand.objects.filter(span_id=draft.pk).exists()
    assert_index_in_step()


def test_the_api_keeps_the_index_in_step(client_for, annotator, reviewer):
    article = ArticleFactory(text=TEXT)
    needle = "The council approved the budget by nine votes to two"
    response = client_for(annotator).post("/api/spans/", {"article": article.pk, "start": 0, "end": len(needle),
                                                          "tag": "claim", "text": needle}, format="json")
    assert response.status_code == 201, response.json()
    span = Span.objects.get(pk=response.json()["id"])
    assert bands_of(span) == [("claim", False)]
    response = client_for(annotator).patch(f"/api/spans/{span.pk}/", {"start": 4, "end": len(needle)},
                                           format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 200, response.json()
    assert_index_in_step()
    assert [r["id"] for r in similar_spans("council approved the budget by nine votes to two")] == [span.pk]


def test_loaddata_indexes_the_spans_it_loads(db, annotator, tmp_path):
    article = ArticleFactory(text=TEXT)
    path = tmp_path / "spans.json"
    path.write_text(json.dumps([{"model": "annotations.span", "pk": 900, "fields": {
        "uid": "2f1d7c1e-8a4e-4a52-9d55-1c1e0f5b7a01", "article": article.pk, "start": 0, "end": 52,
        "text": TEXT[:52], "tag": "claim", "status": "verified", "author": annotator.pk, "version": 3,
        "created_at": "2026-12-01T10:00:00Z", "updated_at": "2026-12-01T10:00:00Z"}}]))
    call_command("loaddata", str(path), stdout=io.StringIO())
    assert bands_of(Span.objects.get(pk=900)) == [("claim", True)]
    assert_index_in_step()


@pytest.mark.parametrize("queue", ["database", "immediate"])
def test_an_import_queues_the_index_of_its_spans_and_articles(queue, settings, staff, monkeypatch):
    """The importer writes spans past the ORM; the job it queues in its transaction indexes them (and the new
    article's passages), so they are matched once a worker has run it."""
    if queue == "database":
        settings.TASKS = DATABASE_QUEUE
    line = {"text": TEXT, "label": [[0, 52, "CLAIM"], [88, 123, "OPINION"]]}
    report = import_annotations(io.BytesIO((json.dumps(line) + "\n").encode()), format="doccano", user=staff)
    assert report.committed and report.spans_created == 2, report.errors
    if queue == "database":
        assert not SpanBand.objects.exists()  # not matched until the worker has run the job
        run_queued_tasks(monkeypatch)
    claim = Span.objects.get(tag="claim")
    assert bands_of(claim) == [("claim", False)]
    assert_index_in_step()
    other = ArticleFactory(text="Unrelated.")
    assert [r["id"] for r in similar_spans(claim.text, exclude_article=other.pk)] == [claim.pk]
    assert claim.article.passages.count() == 4  # three sentences and a quotation


def test_index_passages_repairs_spans_left_without_rows(annotator, make_span):
    """A failed index job or a write past the workbench leaves a claim without band rows in an article that is
    otherwise indexed: the command finds it by its missing rows, not by its article."""
    article = ArticleFactory(text=TEXT)
    services.article_passages_index([article.pk])
    claim = make_span(article, "The council approved the budget by nine votes to two")
    SpanBand.objects.filter(span=claim).delete()
    out = io.StringIO()
    call_command("index_passages", stdout=out)
    assert f"{BANDS + 1} span band row(s)" in out.getvalue()
    assert_index_in_step()


def test_a_save_of_other_fields_leaves_the_rows_alone(annotator, make_span):
    claim = make_span(ArticleFactory(text=TEXT), "The council approved the budget by nine votes to two")
    rows = sorted(SpanBand.objects.filter(span=claim).values_list("pk", flat=True))
    claim.note = "checked"
    claim.save(update_fields=["note"])
    assert sorted(SpanBand.objects.filter(span=claim).values_list("pk", flat=True)) == rows  # not rewritten
    claim.tag = "quote"
    claim.save(update_fields=["tag"])
    assert bands_of(claim) == [("quote", False)]
    assert_index_in_step()


@pytest.mark.parametrize("name", ["clustered", "matched"])
def test_each_query_filter_and_its_rule_agree_on_every_tag_and_status(annotator, name):
    from annotations.models import SpanStatus, Tag
    from annotations.rules import matching as rules
    from annotations.selectors import matching as selectors

    query, rule = getattr(selectors, name.upper()), getattr(rules, f"is_{name}")
    article = ArticleFactory(text="abcdefghij" * 10)
    combos = [(tag, status) for tag in Tag.values for status in SpanStatus.values]
    spans = Span.objects.bulk_create([Span(article=article, author=annotator, start=i, end=i + 1, text=article.text[i],
                                           tag=tag, status=status) for i, (tag, status) in enumerate(combos)])
    assert set(Span.objects.filter(query).values_list("pk", flat=True)) == {
        span.pk for span in spans if rule(span.tag, span.status)} != set()


def test_rewriting_a_spans_rows_inside_a_write_takes_no_savepoint(annotator, make_span):
    """save_span calls the writer on every approval, inside the review's transaction: it joins that transaction
    instead of opening a savepoint (two round trips per approval)."""
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from annotations.services.span_bands import span_bands_write

    claim = make_span(ArticleFactory(text=TEXT), "The council approved the budget by nine votes to two")
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        span_bands_write(claim)
    assert not [q["sql"] for q in queries.captured_queries if "SAVEPOINT" in q["sql"]]
    assert_index_in_step()


def test_an_imports_span_ids_are_queued_as_runs_of_at_most_a_jobs_worth():
    from annotations.jobs.tasks import id_runs

    assert id_runs([], 3) == []
    assert id_runs([4, 5, 6, 9, 10, 12], 100) == [[[4, 6], [9, 10], [12, 12]]]
    assert id_runs([1, 2, 3, 4, 5, 6, 7], 3) == [[[1, 3]], [[4, 6]], [[7, 7]]]  # a run split at the job's size
    assert id_runs([1, 2, 5, 6, 7], 3) == [[[1, 2], [5, 5]], [[6, 7]]]


def test_the_span_index_job_reads_runs_and_plain_ids_alike(annotator, make_span):
    """A job queued by this version holds runs; one queued before it, plain ids. Both index the same spans."""
    from annotations.jobs.tasks import spans_index

    article = ArticleFactory(text=TEXT)
    spans = [make_span(article, "The council approved the budget by nine votes to two"),
             make_span(article, "It was a bad day for the opposition", tag="quote")]
    ids = sorted(s.pk for s in spans)
    for job in ([[ids[0], ids[0]], [ids[1], ids[1]]], ids):
        SpanBand.objects.all().delete()
        spans_index.call(job)
        assert_index_in_step()
        assert SpanBand.objects.values("span").distinct().count() == 2
