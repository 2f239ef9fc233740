from annotations.imports import import_annotations
from annotations.models import Span
from tests.imports.conftest import CLAIM, OPINION, TRICKY_TEXT, cp, json_file, utf16


def task(start, end, text, label="Claim"):
    return {"id": 7, "data": {"text": TRICKY_TEXT}, "annotations": [{"id": 1, "completed_by": 3, "result": [
        {"from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": start, "end": end, "text": text, "labels": [label]}},
        {"from_name": "ok", "to_name": "text", "type": "choices", "value": {"choices": ["yes"]}},
    ]}]}


def test_labelstudio_code_point_results_import_as_is(db):
    report = import_annotations(json_file([task(*cp(CLAIM), CLAIM), task(*cp(OPINION), OPINION, "Opinion")]),
                                format="labelstudio")
    assert report.committed and report.reanchored == []
    assert sorted(Span.objects.values_list("tag", "text")) == [("claim", CLAIM), ("opinion", OPINION)]
    assert report.articles_created == 1 and report.articles_existing == 0


def test_labelstudio_offsets_that_disagree_with_the_text_are_reanchored_by_the_text(db):
    report = import_annotations(json_file([task(*utf16(CLAIM), CLAIM)]), format="labelstudio")
    assert report.committed
    assert report.reanchored == [{"line": 1, "start": cp(CLAIM)[0], "end": cp(CLAIM)[1], "method": "position-utf16"}]
    assert Span.objects.get().text == CLAIM


def test_labelstudio_text_not_in_the_task_is_rejected_with_reason(db):
    report = import_annotations(json_file([task(*cp(CLAIM), "50% of voters agree")]), format="labelstudio")
    assert not report.committed
    error = report.errors[0]
    assert (error["line"], error["field"]) == (1, "annotations[0].result[0].value.text")
    assert "do not hold the span's text" in error["message"]
    assert Span.objects.count() == 0
