from annotations.scoring import score_spans

GOLD = [
    {"start": 0, "end": 10, "tag": "claim"},
    {"start": 20, "end": 30, "tag": "quote"},
    {"start": 40, "end": 50, "tag": "opinion"},
]


def test_perfect_annotation_scores_one_everywhere():
    score = score_spans(GOLD, GOLD)
    for mode in ("exact", "overlap"):
        assert all(f["f1"] == 1.0 for f in score[mode]["tags"].values())
        assert score[mode]["missed"] == score[mode]["extra"] == []


def test_empty_annotation_scores_zero_and_misses_everything():
    score = score_spans(GOLD, [])
    assert score["exact"]["tags"]["all"] | {} == {
        "precision": 0.0, "recall": 0.0, "f1": 0.0, "gold": 3, "predicted": 0, "matched_gold": 0,
        "matched_predicted": 0}
    assert score["overlap"]["missed"] == GOLD


def test_nothing_to_find_and_nothing_found_is_perfect():
    assert score_spans([], [])["exact"]["tags"]["claim"]["f1"] == 1.0


def test_partial_overlap_counts_for_overlap_but_not_exact():
    predicted = [
        {"start": 2, "end": 12, "tag": "claim"},     # overlaps the gold claim, wrong bounds
        {"start": 20, "end": 30, "tag": "quote"},    # exact
        {"start": 40, "end": 50, "tag": "claim"},    # right place, wrong tag
        {"start": 60, "end": 70, "tag": "opinion"},  # nothing there
    ]
    score = score_spans(GOLD, predicted)
    exact, overlap = score["exact"]["tags"], score["overlap"]["tags"]
    assert (exact["all"]["precision"], exact["all"]["recall"]) == (0.25, 0.3333)
    assert (overlap["all"]["precision"], overlap["all"]["recall"]) == (0.5, 0.6667)
    assert overlap["claim"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "gold": 1, "predicted": 2,
                                "matched_gold": 1, "matched_predicted": 1}
    assert exact["quote"]["f1"] == 1.0
    assert [s["start"] for s in score["overlap"]["missed"]] == [40]
    assert [s["start"] for s in score["overlap"]["extra"]] == [40, 60]
    assert [s["start"] for s in score["exact"]["missed"]] == [0, 40]


def test_spans_of_different_articles_never_match():
    gold = [{"start": 0, "end": 10, "tag": "claim", "article": 1}]
    assert score_spans(gold, [{"start": 0, "end": 10, "tag": "claim", "article": 2}])["overlap"]["tags"]["all"]["f1"] == 0
