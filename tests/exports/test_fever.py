"""FEVER: the claims file and its pages file in the shared task's shapes, scored by the official scorer
(sheffieldnlp/fever-scorer; its contract restated in fever_contract.py, see there why it is not installed)."""
import json

import pytest
from tests.exports.fever_contract import fever_score

from annotations import exports, selectors

pytestmark = pytest.mark.django_db


def export(name: str) -> str:
    spans = selectors.export_queryset().filter(pk__in=selectors.verified_spans().values("pk"))
    return "".join(exports.export_chunks(exports.get_format(name), spans))


def claims() -> list[dict]:
    return [json.loads(line) for line in export("fever").splitlines()]


def pages() -> dict[str, dict]:
    return {page["id"]: page for page in map(json.loads, export("fever-pages").splitlines())}


def as_predictions(gold: list[dict]) -> list[dict]:
    """A system that predicts exactly the gold label and every gold sentence."""
    return [{**record, "predicted_label": record["label"],
             "predicted_evidence": [[e[2], e[3]] for group in record["evidence"] for e in group
                                    if e[2] is not None]} for record in gold]


def test_the_official_scorer_scores_gold_as_predictions_at_one(claim_corpus):
    strict, accuracy, precision, recall, f1 = fever_score(as_predictions(claims()))
    assert (strict, accuracy, precision, recall, f1) == (1.0, 1.0, 1.0, 1.0, 1.0)


def test_records_have_fevers_shape_with_integer_ids(claim_corpus):
    records = claims()
    assert len(records) == 3  # claims only
    for record in records:
        assert set(record) == {"id", "verifiable", "label", "claim", "evidence"}
        assert isinstance(record["id"], int) and 0 < record["id"] < 2**53
        for group in record["evidence"]:
            for annotation_id, evidence_id, page, line in group:
                assert isinstance(annotation_id, int)
                assert (evidence_id, page, line) == (None, None, None) or (
                    isinstance(evidence_id, int) and isinstance(page, str) and isinstance(line, int))
    assert len({r["id"] for r in records}) == 3


def test_labels_follow_the_reviewers_verdict_not_the_evidence_stance(claim_corpus):
    labels = {r["claim"]: (r["label"], r["verifiable"]) for r in claims()}
    assert labels["40% of voters agree"] == ("REFUTES", "VERIFIABLE")  # false
    assert labels["A poll found"] == ("NOT ENOUGH INFO", "NOT VERIFIABLE")  # unproven
    assert next(v for k, v in labels.items() if k.startswith("Trump")) == ("SUPPORTS", "VERIFIABLE")


@pytest.mark.parametrize("verdict, label", [
    ("accurate", "SUPPORTS"), ("mostly_accurate", "SUPPORTS"), ("misleading", "REFUTES"), ("false", "REFUTES"),
    ("unproven", "NOT ENOUGH INFO"),
])
def test_a_claim_with_supporting_evidence_takes_its_label_from_the_verdict(
        annotator, reviewer, make_span, article, verdict, label):
    from annotations import services

    span = make_span(article, article.text[:20], tag="claim")
    span = services.span_submit(span=span, user=annotator)
    services.evidence_add(span=span, user=annotator, stance="supports", url="https://example.org/a",
                          excerpt="It is so. And more.")
    services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict=verdict,
                           explanation="Checked.")
    (record,) = claims()
    assert record["label"] == label


def test_every_gold_sentence_is_a_line_of_the_pages_file(claim_corpus):
    by_page = pages()
    cited = [(e[2], e[3]) for record in claims() for group in record["evidence"] for e in group if e[2]]
    assert cited
    for page, line in cited:
        lines = dict(entry.split("\t")[:2] for entry in by_page[page]["lines"].split("\n"))
        assert lines[str(line)]
    # The article passage "40% of voters agree" is cited by the sentence that holds it.
    article_lines = [(p, n) for p, n in cited if p.startswith("article:")]
    (page, line), = article_lines
    assert "40% of voters agree" in by_page[page]["lines"].split("\n")[line]
