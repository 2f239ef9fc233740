"""Locality-sensitive keys for claim matching's passage index: a text's MinHash over the same character n-grams
`matching.score` weighs, one key per band, plus one key for its exact normalised text.

Two texts that share many n-grams share some band keys (a band is one MinHash value, so two texts share it with
probability equal to the Jaccard similarity of their n-gram sets), so the candidates for a text are found by
equality on an indexed key column: BANDS + 1 B-tree probes, each capped (selectors.matching), a constant amount of
work however many passages are stored and however alike they are. A nearest-first trigram scan (pg_trgm's GiST
k-NN, which this replaced for passages) has to visit the whole neighbourhood of a text before it can return its
nearest rows, and that neighbourhood grows with the corpus.

Only n-grams of content words count: an n-gram of "the" is in nearly every text, so a band keyed by it would be a
bucket of nearly everything. A text of stop words only falls back to all its n-grams. The keys depend on the text
alone (fixed seeds, a fixed hash), so every process and both databases compute the same keys.

Parameters chosen on the development half of fixtures/matching_pairs.json (docs/matching.md): 12 bands of one
MinHash each keep every same-claim pair and all but one of the similar pairs colliding; more rows per band lose
most of the similar tier."""
import hashlib
from functools import lru_cache

from . import matching

BANDS = 12
# The band number is hashed into the key, so band i's keys never collide with band j's, nor with the exact key's.
_EXACT_BAND = BANDS
_MASK64 = (1 << 64) - 1
_PRIME = 4_294_967_311  # the first prime above 2**32: the permutations are (a*x + b) mod p over 32-bit x


@lru_cache(maxsize=1)
def _permutations():
    """BANDS fixed hash permutations (a, b) and the identity of `min`. NumPy is imported here, not at the top:
    it costs ~0.15 s, which every manage.py command would pay at start-up, including those that never match."""
    import numpy as np

    rng = np.random.RandomState(15)
    a = rng.randint(1, 1 << 31, BANDS).astype(np.uint64)
    b = rng.randint(0, 1 << 31, BANDS).astype(np.uint64)
    return np, a, b, np.full(BANDS, np.iinfo(np.uint64).max, dtype=np.uint64)


def _hash32(gram: str) -> int:
    return int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=4).digest(), "little")


@lru_cache(maxsize=65536)
def _word_minhash(word: str):
    """The BANDS minimum permuted hashes of one word's n-grams: a text's MinHash is the element-wise minimum over
    its words, so a corpus's small vocabulary is hashed once per process."""
    np, a, b, _ = _permutations()
    grams, _ = matching._word_grams(word)
    x = np.fromiter((_hash32(g) for g in grams), dtype=np.uint64, count=len(grams))
    return ((x[None, :] * a[:, None] + b[:, None]) % np.uint64(_PRIME)).min(axis=1)


def _key(band: int, value: int) -> int:
    """A signed 64-bit key (a PostgreSQL bigint) for `value` in `band`."""
    digest = hashlib.blake2b(f"{band}:{value}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def exact_key(text: str) -> int:
    """The key every text with the same normalised text (matching.text_hash) shares, and no other."""
    return _key(_EXACT_BAND, int(matching.text_hash(text), 16))


def band_keys(text: str) -> list[int]:
    """BANDS MinHash keys of the first MATCH_READ_MAX characters of `text` (none if it has no words), then its
    exact key. Capped work, like matching.features."""
    words = [w[:matching.MATCH_WORD_MAX] for w in matching.normalise(text[:matching.MATCH_READ_MAX]).split()]
    stop = matching._stop_words()
    content = [w for w in dict.fromkeys(words) if w not in stop] or list(dict.fromkeys(words))
    keys = []
    if content:
        np, _, _, none = _permutations()
        minhash = np.minimum.reduce([none, *(_word_minhash(w) for w in content)])
        keys = [_key(band, int(value)) for band, value in enumerate(minhash)]
    return keys + [exact_key(text)]


def salt(passage_id: int, band: int) -> int:
    """A passage's position within its bucket in `band`: a different pseudo-random order in every band, so when
    buckets are larger than a probe's cap, the rows the caps let through are not the same few passages in every
    band (which would then look like many-band matches). SplitMix64's finaliser over (id, band), 31 bits."""
    x = (passage_id * 0x9E3779B97F4A7C15 + (band + 1) * 0xD1B54A32D192ED03) & _MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK64
    return (x ^ (x >> 31)) & 0x7FFFFFFF


# The columns of a band row, in the order band_rows gives them (and the PassageBand table has them).
BAND_COLUMNS = ("key", "salt", "passage_id", "article_id")


def band_rows(passage_id: int, article_id: int, text: str) -> list[tuple[int, int, int, int]]:
    """BAND_COLUMNS rows of one passage: what the passage index stores (services.passages,
    and the benchmark's COPY of the same rows)."""
    return [(key, salt(passage_id, band), passage_id, article_id) for band, key in enumerate(band_keys(text))]


# The columns of a span's band row, in the order span_band_rows gives them (and the SpanBand table has them).
SPAN_BAND_COLUMNS = ("key", "salt", "span_id", "article_id", "tag", "verified")


def span_band_rows(span_id: int, article_id: int, text: str, tag: str, verified: bool) -> list[tuple]:
    """SPAN_BAND_COLUMNS rows of one matched span (services.span_bands, and the benchmark's COPY)."""
    return [(key, salt(span_id, band), span_id, article_id, tag, verified)
            for band, key in enumerate(band_keys(text))]
