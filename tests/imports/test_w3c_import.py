from annotations.imports import import_annotations
from annotations.models import Span
from tests.imports.conftest import CLAIM, TRICKY_TEXT, cp, json_file, utf16


def annotation(start, end, exact, source="https://news.example.org/tricky", **quote):
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "id": "urn:uuid:1",
        "creator": {"type": "Person", "nickname": "hypo-user"},
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": "Claim"},
                 {"type": "TextualBody", "purpose": "commenting", "value": "Check the poll."}],
        "target": {"source": source, "selector": [
            {"type": "TextPositionSelector", "start": start, "end": end},
            {"type": "TextQuoteSelector", "exact": exact, **quote},
        ]},
    }


def test_w3c_code_point_position_anchors_directly(tricky_article):
    report = import_annotations(json_file([annotation(*cp(CLAIM), CLAIM)]), format="w3c")
    assert report.committed and report.reanchored == []
    span = Span.objects.get()
    assert (span.text, span.tag, span.note, span.author.username) == (CLAIM, "claim", "Check the poll.", "hypo-user")


def test_w3c_hypothesis_utf16_position_is_converted(tricky_article):
    report = import_annotations(json_file({"type": "AnnotationCollection", "items": [annotation(*utf16(CLAIM), CLAIM)]}),
                                format="w3c")
    assert report.reanchored[0]["method"] == "position-utf16"
    assert Span.objects.get().text == CLAIM


def test_w3c_quote_is_fuzzily_reanchored_when_text_changed(tricky_article):
    typo = "40 % of voters agree"  # the client saw a slightly different text
    report = import_annotations(json_file([annotation(0, 5, typo, prefix="minister said ")]), format="w3c")
    assert report.committed
    assert report.reanchored[0]["method"].startswith("fuzzy:")
    span = Span.objects.get()
    assert TRICKY_TEXT[span.start:span.end] == span.text
    assert CLAIM in span.text or span.text in CLAIM


def test_w3c_unanchorable_annotation_is_reported_not_dropped(tricky_article):
    report = import_annotations(
        json_file([annotation(*cp(CLAIM), CLAIM), annotation(0, 5, "an entirely different sentence about tariffs")]),
        format="w3c",
    )
    assert not report.committed
    assert [(e["line"], e["field"]) for e in report.errors] == [(2, "target.selector.exact")]
    assert Span.objects.count() == 0


def test_w3c_target_matched_by_text_hash_urn(tricky_article):
    record = annotation(*cp(CLAIM), CLAIM, source=f"urn:sha256:{tricky_article.text_sha256}")
    assert import_annotations(json_file([record]), format="w3c").spans_created == 1
