"""doccano and Label Studio: exports in each tool's import shape, carrying the article text, that re-import into an
empty workbench with the same spans; the Label Studio file converted by label-studio-converter itself."""
import io
import json

import pytest
from label_studio_converter import Converter

from annotations import exports, selectors
from annotations.exports.labelstudio import LABEL_CONFIG
from annotations.imports import import_annotations
from annotations.models import Article, ClaimSet, Evidence, ImportProvenance, Review, Source, Span

pytestmark = pytest.mark.django_db


def export(name: str) -> str:
    spans = selectors.export_queryset().filter(pk__in=selectors.verified_spans().values("pk"))
    return "".join(exports.export_chunks(exports.get_format(name), spans))


def span_keys() -> set[tuple]:
    return set(Span.objects.values_list("article__text_sha256", "start", "end", "tag", "text"))


def verified_keys(corpus) -> set[tuple]:
    return {(s.article.text_sha256, s.start, s.end, s.tag, s.text) for s in corpus}


def empty_the_workbench() -> None:
    ClaimSet.objects.all().delete()
    Review.objects.all().delete()
    Evidence.objects.all().delete()
    ImportProvenance.objects.all().delete()
    Span.objects.all().delete()
    Source.objects.all().delete()
    Article.objects.all().delete()


def stream(text: str, name: str) -> io.BytesIO:
    data = io.BytesIO(text.encode("utf-8"))
    data.name = name
    return data


def test_doccano_export_is_one_sequence_labelling_record_per_article(claim_corpus):
    records = [json.loads(line) for line in export("doccano").splitlines()]
    assert len(records) == 2
    by_title = {r["meta"]["title"]: r for r in records}
    emoji = by_title["004"]
    assert "🔹" in emoji["text"]
    for start, end, tag in emoji["label"]:
        assert tag in ("claim", "quote", "opinion") and 0 <= start < end <= len(emoji["text"])
    claim = next(s for s in claim_corpus if s.article.title == "004" and s.tag == "claim")
    assert [claim.start, claim.end, "claim"] in emoji["label"]


def test_doccano_export_round_trips_into_an_empty_workbench(claim_corpus, staff):
    text, expected = export("doccano"), verified_keys(claim_corpus)
    titles = set(Article.objects.values_list("title", flat=True))
    empty_the_workbench()
    report = import_annotations(stream(text, "verified.doccano.jsonl"), format="doccano", user=staff)
    assert report.committed, report.errors
    assert span_keys() == expected
    assert set(Article.objects.values_list("title", flat=True)) == titles  # meta.title, not the first line


def test_labelstudio_export_converts_with_label_studio_converter(claim_corpus, tmp_path):
    path = tmp_path / "verified.labelstudio.json"
    path.write_text(export("labelstudio"), encoding="utf-8")
    converter = Converter(config=LABEL_CONFIG, project_dir=str(tmp_path), download_resources=False)
    converter.convert_to_json_min(str(path), str(tmp_path / "min"), is_dir=False)
    converted = json.loads((tmp_path / "min" / "result.json").read_text(encoding="utf-8"))
    regions = {(r["text"][region["start"]:region["end"]], region["text"], tuple(region["labels"]))
               for r in converted for region in r["label"]}
    assert {(s.text, s.text, (s.tag,)) for s in claim_corpus} == regions


def test_labelstudio_export_round_trips_into_an_empty_workbench(claim_corpus, staff):
    text, expected = export("labelstudio"), verified_keys(claim_corpus)
    empty_the_workbench()
    report = import_annotations(stream(text, "verified.labelstudio.json"), format="labelstudio", user=staff)
    assert report.committed, report.errors
    assert span_keys() == expected


def ls_task(completed_by) -> dict:
    text = "The minister said 40% of voters agree."
    return {"id": 1, "data": {"text": text, "title": "Poll"}, "annotations": [{"id": 9, "completed_by": completed_by,
            "result": [{"from_name": "label", "to_name": "text", "type": "labels",
                        "value": {"start": 18, "end": 37, "text": "40% of voters agree", "labels": ["Claim"]}}]}]}


@pytest.mark.parametrize("completed_by, author", [
    ({"id": 3, "email": "ann@example.org", "first_name": "", "last_name": ""}, "ann@example.org"),
    (3, "labelstudio-user-3"),
])
def test_labelstudio_completed_by_becomes_the_spans_author(staff, completed_by, author):
    report = import_annotations(stream(json.dumps([ls_task(completed_by)]), "ls.json"), format="labelstudio",
                                user=staff)
    assert report.committed, report.errors
    assert Span.objects.get().author.username == author


def test_labelstudio_json_min_is_imported(claim_corpus, staff, tmp_path):
    path = tmp_path / "verified.labelstudio.json"
    path.write_text(export("labelstudio"), encoding="utf-8")
    Converter(config=LABEL_CONFIG, project_dir=str(tmp_path), download_resources=False).convert_to_json_min(
        str(path), str(tmp_path / "min"), is_dir=False)
    json_min = (tmp_path / "min" / "result.json").read_text(encoding="utf-8")
    expected = verified_keys(claim_corpus)
    empty_the_workbench()
    report = import_annotations(stream(json_min, "result.json"), format="labelstudio", user=staff)
    assert report.committed, report.errors
    assert span_keys() == expected


def test_labelstudio_json_min_keeps_its_annotator(staff):
    record = {"id": 1, "text": "The minister said 40% of voters agree.", "title": "Poll", "annotator": "ann@example.org",
              "label": [{"start": 18, "end": 37, "text": "40% of voters agree", "labels": ["Claim"]}]}
    report = import_annotations(stream(json.dumps([record]), "result.json"), format="labelstudio", user=staff)
    assert report.committed, report.errors
    span = Span.objects.get()
    assert (span.author.username, span.text, span.article.title) == ("ann@example.org", "40% of voters agree", "Poll")


def test_doccano_meta_title_names_the_article(staff):
    record = {"text": "A headline line\nThe minister said 40% agree.", "label": [[16, 28, "claim"]],
              "meta": {"title": "Minister on polls"}}
    report = import_annotations(stream(json.dumps(record) + "\n", "x.jsonl"), format="doccano", user=staff)
    assert report.committed, report.errors
    assert Article.objects.get().title == "Minister on polls"


def test_jsonl_bundle_restores_the_verified_set_into_an_empty_workbench(claim_corpus, staff):
    text, expected = export("bundle"), verified_keys(claim_corpus)
    evidence = set(Evidence.objects.values_list("span__uid", "stance", "excerpt", "source__url",
                                                "source__article__text_sha256"))
    empty_the_workbench()
    report = import_annotations(stream(text, "verified.bundle.jsonl"), format="jsonl", user=staff)
    assert report.committed, report.errors
    assert span_keys() == expected
    assert set(Evidence.objects.values_list("span__uid", "stance", "excerpt", "source__url",
                                            "source__article__text_sha256")) == evidence
    # Verified elsewhere, reviewed here again (imports never create reviews): the reviews travel as provenance.
    assert {p.external_status for p in ImportProvenance.objects.all()} == {"verified"}
    assert all(p.external_reviews for p in ImportProvenance.objects.all())
