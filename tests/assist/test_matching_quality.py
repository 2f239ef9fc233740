"""Matching quality does not drop: on the labelled pairs (fixtures/matching_pairs.json), the index-backed method
keeps the old TF-IDF method's precision and recall at both tier thresholds, on the development half (tuned on)
and the test half (never tuned on), within TOLERANCE, through this database's own index."""
from django.core.management import call_command

TOLERANCE = 0.05  # one pair in ~20 of a tier's predictions


def test_index_backed_matching_keeps_precision_and_recall_of_the_tfidf_method_on_labelled_pairs(db, capsys):
    call_command("evaluate_matching")
    rows = {}
    for line in capsys.readouterr().out.splitlines():
        parts = line.split()
        if len(parts) == 8 and parts[0] in ("dev", "test"):
            rows[tuple(parts[:3])] = (float(parts[3]), float(parts[4]))
    assert len(rows) == 12
    for split in ("dev", "test"):
        for tier in ("same", "similar"):
            p_before, r_before = rows[(split, tier, "before")]
            for method in ("after", "passage"):  # the spans' index, and the passages' band keys
                p_after, r_after = rows[(split, tier, method)]
                assert p_after >= p_before - TOLERANCE, (split, tier, method, "precision", p_before, p_after)
                assert r_after >= r_before - TOLERANCE, (split, tier, method, "recall", r_before, r_after)
