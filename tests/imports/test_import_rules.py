import io
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from annotations.imports import import_annotations, readers
from annotations.models import Article, Span
from tests.imports.conftest import CLAIM, OPINION, TRICKY_TEXT, cp, jsonl_file

GOOD = {"text": TRICKY_TEXT, "label": [[*cp(CLAIM), "claim"]]}
GOOD2 = {"text": "Second article. Unemployment fell to 3%.", "label": [[16, 39, "claim"]]}
BAD_LAST = {"text": TRICKY_TEXT, "label": [[*cp(OPINION), "opinion"], [5, 10_000, "claim"]]}


def test_a_bad_line_at_the_end_leaves_the_database_unchanged(db):
    report = import_annotations(jsonl_file(GOOD, GOOD2, BAD_LAST), format="doccano")
    assert not report.committed
    [error] = report.errors
    assert (error["file"], error["line"], error["field"]) == ("upload.jsonl", 3, "end")
    assert error["message"].startswith(f"end (10000) is past the end of the article ({len(TRICKY_TEXT)} code points).")
    assert (Article.objects.count(), Span.objects.count()) == (0, 0)
    assert report.spans_created == 0


def test_skip_invalid_imports_good_records_and_writes_rejects(db):
    rejects = StringIO()
    stream = jsonl_file(GOOD, b"\xff\xfe not utf-8", b"{not json", GOOD2, BAD_LAST)
    report = import_annotations(stream, format="doccano", skip_invalid=True, rejects=rejects)
    assert report.committed
    assert (report.spans_created, report.rejected) == (2, 3)
    lines = [json.loads(line) for line in rejects.getvalue().splitlines()]
    assert [(r["line"], r["field"]) for r in lines] == [(2, "encoding"), (3, "json"), (5, "end")]
    assert lines[2]["record"] == BAD_LAST
    # The bad record's half (its first, valid span) was not written either.
    assert not Span.objects.filter(tag="opinion").exists()


def test_reimporting_the_same_file_creates_no_duplicates(db):
    import_annotations(jsonl_file(GOOD, GOOD2), format="doccano")
    report = import_annotations(jsonl_file(GOOD, GOOD2, GOOD), format="doccano")
    assert (report.articles_created, report.articles_existing) == (0, 2)
    assert (report.spans_created, report.spans_existing) == (0, 3)
    assert (Article.objects.count(), Span.objects.count()) == (2, 2)


def test_plain_articles_from_jsonl_validate_urls_and_dates(db):
    good = {"title": "T", "text": "Body \U0001F539 text", "url": "HTTPS://Example.org", "outlet": "X",
            "published": "2025-05-20"}
    report = import_annotations(jsonl_file(good, {"text": "Other", "url": "ftp://x"}), format="articles",
                                skip_invalid=True)
    assert report.articles_created == 1
    assert report.errors[0]["line"] == 2 and report.errors[0]["field"] == "url"
    article = Article.objects.get()
    assert (article.url, str(article.published)) == ("https://example.org/", "2025-05-20")


def test_plain_articles_from_a_folder_of_txt_keep_crlf(db, tmp_path):
    (tmp_path / "a.txt").write_bytes(TRICKY_TEXT.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(b"\xc3\x28 broken")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="Nothing imported: 1 invalid"):
        call_command("import_annotations", str(tmp_path), "--format", "articles", stdout=out, stderr=err)
    assert "b.txt: encoding: not valid UTF-8 at byte 0" in err.getvalue()
    call_command("import_annotations", str(tmp_path), "--format", "articles", "--skip-invalid",
                 "--rejects", str(tmp_path / "rejects.jsonl"), stdout=out, stderr=err)
    assert Article.objects.get().text == TRICKY_TEXT
    assert json.loads((tmp_path / "rejects.jsonl").read_text())["line"] == "b.txt"


def test_command_reports_counts(db, tmp_path):
    path = tmp_path / "doccano.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps({**GOOD2, "label": [[16, 39, "FACT"]]}) + "\n")
    out = StringIO()
    call_command("import_annotations", str(path), "--format", "doccano", "--label-map", "FACT=claim", stdout=out)
    assert "2 records: 2 articles created, 0 existing; 2 spans created" in out.getvalue()


def test_json_array_reader_streams_items_across_read_blocks(monkeypatch):
    monkeypatch.setattr(readers, "CHUNK", 7)
    items = [{"n": i, "text": "\U0001F539" * i} for i in range(5)]
    stream = io.BytesIO(json.dumps(items, ensure_ascii=False).encode("utf-8"))
    assert list(readers.json_array_records(stream)) == [(item, i + 1) for i, item in enumerate(items)]


def test_staff_only_can_import(annotator):
    from annotations.errors import NotPermitted

    with pytest.raises(NotPermitted):
        import_annotations(jsonl_file(GOOD), format="doccano", user=annotator)
