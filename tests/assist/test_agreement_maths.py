"""Agreement maths on hand-built cases whose answers are worked out by hand."""
import pytest

from annotations.assist.agreement import agreement, char_labels, cohen_kappa


def test_kappa_textbook_case():
    # 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15 -> po = 0.7, pe = 0.5*0.6 + 0.5*0.4 = 0.5
    a = ["y"] * 20 + ["y"] * 5 + ["n"] * 10 + ["n"] * 15
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_kappa_is_one_for_identical_labels_and_undefined_when_nobody_varies():
    assert cohen_kappa([1, 0, 1, 0], [1, 0, 1, 0]) == 1.0
    assert cohen_kappa([0, 0, 0], [0, 0, 0]) is None


def test_kappa_is_negative_when_annotators_systematically_disagree():
    assert cohen_kappa([1, 0, 1, 0], [0, 1, 0, 1]) == pytest.approx(-1.0)


def test_character_labels_are_half_open():
    assert char_labels(6, [{"start": 1, "end": 3, "tag": "claim"}, {"start": 4, "end": 5, "tag": "quote"}],
                       "claim") == [False, True, True, False, False, False]


def test_agreement_of_two_annotators_on_a_ten_character_text():
    a = [{"start": 0, "end": 4, "tag": "claim"}, {"start": 6, "end": 8, "tag": "quote"}]
    b = [{"start": 0, "end": 2, "tag": "claim"}, {"start": 6, "end": 8, "tag": "quote"},
         {"start": 8, "end": 10, "tag": "opinion"}]
    result = agreement(10, a, b)
    # claims: no exact match (F1 0), overlapping (F1 1). Characters: A = 0-3, B = 0-1 -> po 0.8,
    # pe = 0.4*0.2 + 0.6*0.8 = 0.56 -> kappa = 0.24 / 0.44
    assert result["claim"]["exact_f1"] == 0.0 and result["claim"]["overlap_f1"] == 1.0
    assert result["claim"]["kappa"] == pytest.approx(0.24 / 0.44, abs=1e-4)
    assert result["quote"] == {"exact_f1": 1.0, "overlap_f1": 1.0, "kappa": 1.0, "a": 1, "b": 1}
    # opinion: A has none, B one -> F1 0; A labels nothing, so pe = po = 0.8 and kappa = 0
    assert result["opinion"]["overlap_f1"] == 0.0 and result["opinion"]["kappa"] == 0.0
    # any tag: A = 0-3, 6-7 (6 chars), B = 0-1, 6-9 (6 chars); agree on 0,1,4,5,6,7 -> po 0.6, pe 0.52
    assert result["all"]["kappa"] == pytest.approx(0.08 / 0.48, abs=1e-4)
    assert (result["all"]["a"], result["all"]["b"]) == (2, 3)
