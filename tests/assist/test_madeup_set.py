"""The made-up wire-style set: six batches written with their answer keys before anything was run on them; the
second, the fourth, the fifth and the sixth are held out (test), the others were tuned on (dev). Only quotes are
labelled."""
from collections import Counter

from annotations.assist import evalsets


def test_the_made_up_set_has_its_six_batches_and_every_quote_is_found_in_its_article():
    articles = evalsets.load("madeup")  # raises, naming file and span, on a label not in its text
    assert Counter(a.name[0] for a in articles) == {"a": 30, "b": 30, "c": 40, "d": 30, "e": 30, "f": 30}
    assert {a.split for a in articles if a.name[0] in "bdef"} == {"test"}
    assert {a.split for a in articles if a.name[0] not in "bdef"} == {"dev"}
    spans = [s for a in articles for s in a.spans]
    assert {s["tag"] for s in spans} == {"quote"} and all(s["speaker"] for s in spans)
    assert all(a.licence and a.style for a in articles)
