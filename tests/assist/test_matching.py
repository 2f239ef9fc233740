"""Claim matching: the exact tier (normalised-text hash), the similarity tiers, and clusters."""
from annotations.assist import matching


def test_the_same_quote_in_two_outlets_hashes_alike_despite_marks_case_and_spacing():
    assert matching.text_hash("It’s not my business.") == matching.text_hash('it\'s  NOT my business')
    assert matching.text_hash("It’s not my business.") != matching.text_hash("It’s my business.")


def test_tiers_follow_the_two_thresholds():
    assert matching.tier(0.1, exact=True) == "exact"
    assert matching.tier(matching.SAME_CLAIM, exact=False) == "same"
    assert matching.tier(matching.SIMILAR, exact=False) == "similar"
    assert matching.tier(matching.SIMILAR - 0.01, exact=False) is None


def test_similarity_ranks_a_paraphrase_above_an_unrelated_sentence():
    scores = matching.similarities("Ukraine will not join NATO", [
        "The minister said Ukraine would never join Nato.", "Britain announced new sanctions on Tuesday."])
    assert scores[0] >= matching.SIMILAR > scores[1]


def test_clusters_group_exact_and_near_duplicates_and_keep_the_oldest_members_id():
    items = [
        matching.Item(1, "a", "Russia wants to have large-scale trade with the United States, and I agree"),
        matching.Item(2, "b", "Britain announced a new wave of sanctions against Russia's military."),
        matching.Item(3, "c", "Russia wants to do largescale TRADE with the United States, and I agree"),
        matching.Item(4, "d", "britain announced a new wave of sanctions against russias military"),
    ]
    ids = matching.clusters(items)
    assert ids[1] == ids[3] == matching.text_hash(items[0].text)
    assert ids[2] == ids[4] == matching.text_hash(items[1].text)
    assert ids[1] != ids[2]
