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


def test_our_own_w3c_export_imports_into_a_fresh_database(db, annotator, reviewer, make_span):
    """Export verified spans as W3C, wipe the spans, import the file: the same spans come back, anchored by the
    article IRI our export writes (/articles/<text sha256>)."""
    import io

    from annotations import exports, selectors, services
    from annotations.imports import import_annotations
    from annotations.models import Evidence, Review, Span
    from tests.factories import ArticleFactory

    article = ArticleFactory(text="Intro 🔹 then the minister said 40% of voters agree. Critics disagree.")
    span = services.span_submit(span=make_span(article, "40% of voters agree", tag="claim"), user=annotator)
    services.evidence_add(span=span, user=annotator, stance="supports", url="https://example.org/poll")
    services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="accurate", explanation="ok")
    spans = selectors.export_queryset().filter(pk__in=selectors.verified_spans().values("pk"))
    document = "".join(exports.export_chunks(exports.get_format("w3c"), spans))
    Review.objects.all().delete()
    Evidence.objects.all().delete()
    Span.objects.all().delete()
    report = import_annotations(io.BytesIO(document.encode("utf-8")), format="w3c")
    assert report.committed, report.errors
    restored = Span.objects.get()
    assert (restored.start, restored.end, restored.tag, restored.text) == (span.start, span.end, "claim",
                                                                          "40% of voters agree")
