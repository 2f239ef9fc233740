"""Claim matching reads user text (a span's text, its candidates' texts) on every `matches/` request and every
cluster update: its work is capped whatever their length, on adversarial text too. Work is counted as Python lines
executed (tests/work.py), never as wall time."""
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.assist import matching
from annotations.selectors import matching as selectors
from tests.work import lines_run

# Lines one score() may execute, whatever the two texts: a few times what two MATCH_READ_MAX texts cost.
SCORE_LINES = 60_000
RUN_CHARS = "aA1 “”\"'.-—\n\té🔹"
PHRASES = ["the ", "Inflation rose by 3.2% in 2024. ", "“We will,” she said. ", "a-b-c-", "x" * 500 + " ", "1,000 "]

long_texts = st.one_of(
    st.builds(lambda ch, n: ch * n, st.sampled_from(RUN_CHARS), st.integers(1, 1_000_000)),
    st.builds(lambda phrase, n: (phrase * n)[:1_000_000], st.sampled_from(PHRASES), st.integers(1, 100_000)),
    st.text(min_size=0, max_size=3000),
)


def fresh_score(a, b):
    matching._features.cache_clear()
    matching._word_grams.cache_clear()
    return matching.score(a, b)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(long_texts, long_texts)
def test_scoring_two_texts_does_capped_work_whatever_their_length(a, b):
    score, lines = lines_run(fresh_score, a, b, cap=SCORE_LINES)
    assert 0.0 <= score <= 1.0


def test_rescoring_25_megabyte_candidates_stays_within_25_scores_of_work():
    span = "According to the IMF, wages rose by 18.1% in 2020. " * 20_000
    candidates = [("Inflation rose by 3.2% in 2024 " * 40_000)[:1_000_000 + k] for k in range(25)]

    def rescore():
        return [fresh_score(span, text) for text in candidates]

    scores, _ = lines_run(rescore, cap=25 * SCORE_LINES)
    assert len(scores) == 25


def test_the_index_is_asked_about_the_first_characters_of_a_long_text_only(db):
    text = "Wages rose by 18.1% in 2020 " * 40_000  # ~1.1 MB
    with CaptureQueriesContext(connection) as ctx:
        selectors.similar_passages(text, exclude_article=0)
        selectors.similar_spans(text)
    assert ctx.captured_queries
    assert all(len(q["sql"]) < matching.MATCH_READ_MAX + 2_000 for q in ctx.captured_queries)


def test_the_exact_tier_still_reads_the_whole_text():
    a = "x " * 5_000 + "ends one way"
    b = "x " * 5_000 + "ends another way"
    assert matching.score(a, b) > 0.99  # alike in what the similarity reads
    assert matching.text_hash(a) != matching.text_hash(b)  # but not the same text
