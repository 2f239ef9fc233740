"""The passage index's keys (assist.bands) are a pure function of the text: what the service stores, the
benchmark's COPY writes and a request probes must agree, in every process and on both databases."""
import subprocess
import sys

from annotations.assist import bands, matching

TEXT = "According to Office 3, exports of item 5 rose by 2.4% in 2011, the largest change since 1993."


def test_a_text_has_one_key_per_band_and_one_for_its_exact_text():
    keys = bands.band_keys(TEXT)
    assert len(keys) == bands.BANDS + 1 and keys[-1] == bands.exact_key(TEXT)
    assert all(-(2 ** 63) <= key < 2 ** 63 for key in keys)  # a PostgreSQL bigint


def test_the_keys_are_the_same_in_a_fresh_process():
    """Stored keys outlive the process that wrote them: a hash salted per process (Python's str hash) or a
    changed seed would leave every stored band unreachable. Changing the keys needs a migration that rewrites
    the bands."""
    code = f"from annotations.assist import bands; print(bands.band_keys({TEXT!r}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONHASHSEED": "random", "PATH": ""}, cwd=str(__import__("pathlib").Path(__file__)
                                                                               .resolve().parents[2]))
    assert out.stdout.strip() == str(bands.band_keys(TEXT))


def test_texts_that_normalise_alike_share_every_key():
    variant = "ACCORDING to Office 3 — exports of item 5 rose by 2.4 % in 2011; the largest change since 1993"
    assert matching.text_hash(variant) == matching.text_hash(TEXT)
    assert bands.band_keys(variant) == bands.band_keys(TEXT)


def test_a_paraphrase_shares_some_band_keys_and_an_unrelated_sentence_almost_none():
    paraphrase = "Exports of item 5 rose 2.4% in 2011, Office 3 said, the largest change since 1993."
    unrelated = "The mayor opened a new library on Tuesday."
    shared = len(set(bands.band_keys(paraphrase)[:-1]) & set(bands.band_keys(TEXT)[:-1]))
    assert shared >= 4
    assert len(set(bands.band_keys(unrelated)[:-1]) & set(bands.band_keys(TEXT)[:-1])) <= 1


def test_stop_words_alone_still_have_band_keys_and_empty_text_only_its_exact_key():
    assert len(bands.band_keys("it was the one that they had")) == bands.BANDS + 1
    assert bands.band_keys("  ... ") == [bands.exact_key("")]


def test_salts_order_a_bucket_differently_in_every_band():
    ids = range(1, 200)
    by_band = [sorted(ids, key=lambda pk: bands.salt(pk, band))[:20] for band in range(bands.BANDS)]
    assert all(len(set(by_band[0]) & set(other)) < 10 for other in by_band[1:])


def test_band_rows_are_in_the_tables_column_order():
    """The service and the benchmark write band_rows' tuples as they are, without naming the columns again."""
    from annotations.imports import bulk
    from annotations.models import PassageBand

    assert bulk.columns(PassageBand) == list(bands.BAND_COLUMNS)
    assert bands.band_rows(7, 3, TEXT)[0][2:] == (7, 3)
