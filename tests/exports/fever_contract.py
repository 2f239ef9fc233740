"""The input contract and the scores of FEVER's official scorer (sheffieldnlp/fever-scorer, src/fever/scorer.py,
`fever_score`), restated for our tests.

The scorer is published on PyPI as fever-scorer 2.0.39, but its setup.py hands setuptools the `license` builtin
and no setuptools that runs on Python 3.11 builds it ("'_Printer' object has no attribute 'splitlines'"), so it
cannot be a dev dependency. What it checks and computes, read from its source:
- every prediction has `predicted_evidence`, a list of [page: str, line: int] pairs (asserted; "Predicted evidence
  must be a list of (page<string>,line<int>) lists" is the crash our old export caused);
- gold `evidence` is a list of groups, each a list of [annotation_id, evidence_id, page, line]; only items 2 and 3
  (page, line) are compared, as lists, against the predicted pairs;
- `label` and `predicted_label` are compared case-insensitively;
- strict: the label is right and, unless it is NOT ENOUGH INFO, some whole gold group is among the predictions;
- macro precision over the non-NEI claims: predicted pairs found among the gold pairs whose line is not None (1.0
  for a claim with no predictions); macro recall over the non-NEI claims: 1 when a whole group is predicted (or
  there is no gold evidence), else 0; F1 from the two.
It returns (strict, accuracy, precision, recall, f1)."""


def _check_predicted_evidence(instance: dict) -> None:
    predicted = instance["predicted_evidence"]
    assert all(isinstance(p, list) and len(p) == 2 for p in predicted), \
        "Predicted evidence must be a list of (page,line) lists"
    assert all(isinstance(p[0], str) and isinstance(p[1], int) for p in predicted), \
        "Predicted evidence must be a list of (page<string>,line<int>) lists"


def _pairs(group) -> list[list]:
    return [[item[2], item[3]] for item in group]


def _nei(instance) -> bool:
    return instance["label"].upper() == "NOT ENOUGH INFO"


def _label_right(instance) -> bool:
    return instance["label"].upper() == instance["predicted_label"].upper()


def _whole_group_predicted(instance) -> bool:
    return any(all(pair in instance["predicted_evidence"] for pair in _pairs(group))
               for group in instance["evidence"])


def fever_score(predictions: list[dict]) -> tuple[float, float, float, float, float]:
    correct = strict = 0.0
    precision = precision_hits = recall = recall_hits = 0.0
    for instance in predictions:
        assert "predicted_evidence" in instance, "evidence must be provided for the prediction"
        assert "evidence" in instance and "label" in instance, "gold evidence must be provided"
        _check_predicted_evidence(instance)
        for group in instance["evidence"]:
            for item in group:
                assert isinstance(item, list) and len(item) == 4, "gold evidence items are [ann, ev, page, line]"
        if _label_right(instance):
            correct += 1
            if _nei(instance) or _whole_group_predicted(instance):
                strict += 1
        if not _nei(instance):
            gold = [[item[2], item[3]] for group in instance["evidence"] for item in group if item[3] is not None]
            predicted = instance["predicted_evidence"]
            hits = sum(1.0 for pair in predicted if pair in gold)
            precision += hits / len(predicted) if predicted else 1.0
            precision_hits += 1
            recall += 1.0 if not instance["evidence"] or _whole_group_predicted(instance) else 0.0
            recall_hits += 1
    total = len(predictions)
    p = precision / precision_hits if precision_hits else 1.0
    r = recall / recall_hits if recall_hits else 0.0
    return strict / total, correct / total, p, r, (2 * p * r / (p + r) if p + r else 0.0)
