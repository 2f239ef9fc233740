from annotations.imports import import_annotations
from annotations.models import Article, Span
from tests.imports.conftest import CLAIM, OPINION, TRICKY_TEXT, cp, jsonl_file, utf16


def test_doccano_label_form_maps_labels_and_keeps_code_point_offsets(db):
    record = {"text": TRICKY_TEXT, "label": [[*cp(CLAIM), "CLAIM"], [*cp(OPINION), "Meinung"]]}
    report = import_annotations(jsonl_file(record), format="doccano", label_map="Meinung=opinion")
    assert report.committed and not report.errors
    assert (report.articles_created, report.spans_created) == (1, 2)
    spans = {s.tag: s.text for s in Span.objects.all()}
    assert spans == {"claim": CLAIM, "opinion": OPINION}
    assert Article.objects.get().text == TRICKY_TEXT  # CRLF kept: offsets count the text as stored
    assert Span.objects.get(tag="claim").author.username == "importer"
    assert not Span.objects.get(tag="claim").author.has_usable_password()


def test_doccano_entities_form_with_utf16_offsets_is_converted(db):
    start, end = utf16(CLAIM)
    assert (start, end) != cp(CLAIM)
    record = {"text": TRICKY_TEXT, "entities": [{"id": 1, "label": "claim", "start_offset": start, "end_offset": end}]}
    report = import_annotations(jsonl_file(record), format="doccano", offset_unit="utf16")
    assert report.committed
    assert Span.objects.get().text == CLAIM


def test_doccano_unknown_label_is_reported_with_line_and_field(db):
    report = import_annotations(jsonl_file({"text": TRICKY_TEXT, "label": [[*cp(CLAIM), "RUMOUR"]]}), format="doccano")
    assert not report.committed
    assert report.errors == [{"file": "upload.jsonl", "line": 1, "field": "label[0].label", "code": "unknown_label",
                              "message": "unknown label 'RUMOUR': map it with --label-map LABEL=claim|quote|opinion"}]
    assert (Article.objects.count(), Span.objects.count()) == (0, 0)


def test_doccano_offset_splitting_an_emoji_sequence_is_refused(db):
    family = TRICKY_TEXT.index("\U0001F469")
    report = import_annotations(jsonl_file({"text": TRICKY_TEXT, "label": [[family, family + 1, "claim"]]}),
                                format="doccano")
    assert report.errors[0]["field"] == "end"
    assert "splits a character cluster" in report.errors[0]["message"]
    assert Span.objects.count() == 0
