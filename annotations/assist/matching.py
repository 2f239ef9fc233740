"""Cross-article claim matching in two tiers. Exact: the SHA-256 of the normalised text (case, quotation marks,
punctuation and spacing do not count), so the same quotation in two outlets is one cluster at once. Similarity:
cosine over weighted character 3-5-grams within words, which forgives "large-scale"/"largescale" and
"join"/"joining"; at or above SAME_CLAIM a match is proposed as the same claim, between SIMILAR and SAME_CLAIM it is
only suggested, below SIMILAR it is not shown.

The weights are fixed (`features`): sublinear term frequency, n-grams of English function words down-weighted and
n-grams of words with digits up-weighted, in place of the inverse document frequency a TF-IDF model would fit on
the corpus. So a text's vector depends on that text alone: nothing is fitted per request, two servers score alike,
and a score means the same at 5 articles and at 50,000. `similarities` is the TF-IDF method this replaced, kept
for `evaluate_matching`, which measures both on fixtures/matching_pairs.json (docs/matching.md)."""
import hashlib
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

SAME_CLAIM = 0.6
SIMILAR = 0.3
# The similarity reads at most this many characters of a text, and at most MATCH_WORD_MAX of a word, so one score
# (and the index query, selectors.matching) costs the same for a 2,000,000-character span as for a sentence:
# a claim or quote worth matching is a sentence or a few, and a "word" longer than this is not one. The exact
# tier (text_hash) still reads the whole text.
MATCH_READ_MAX = 2_000
MATCH_WORD_MAX = 40
EXACT, SAME, SUGGESTED = "exact", "same", "similar"
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": " ", "–": " "})


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


def tier(score: float, exact: bool) -> str | None:
    if exact:
        return EXACT
    if score >= SAME_CLAIM:
        return SAME
    if score >= SIMILAR:
        return SUGGESTED
    return None


# Tuned on the development half of fixtures/matching_pairs.json (docs/matching.md), never on the test half.
STOP_WEIGHT = 0.2
DIGIT_WEIGHT = 2.0
NGRAM_MIN, NGRAM_MAX = 3, 5


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    from .stopwords import ENGLISH_STOP_WORDS

    return ENGLISH_STOP_WORDS


@lru_cache(maxsize=65536)
def _word_grams(word: str) -> tuple[tuple[str, ...], float]:
    # Callers pass words of at most MATCH_WORD_MAX characters, so the cache holds at most that much per entry.
    """A normalised word's character 3-5-grams (padded with spaces, as scikit-learn's char_wb) and its weight.
    Cached: a corpus repeats a small vocabulary, and this is most of the cost of `features`."""
    padded = f" {word} "
    grams = tuple(padded[i:i + n] for n in range(NGRAM_MIN, NGRAM_MAX + 1) for i in range(max(1, len(padded) - n + 1)))
    weight = STOP_WEIGHT if word in _stop_words() else DIGIT_WEIGHT if any(c.isdigit() for c in word) else 1.0
    return grams, weight


def features(text: str) -> dict[str, float]:
    """The unit-length vector of the first MATCH_READ_MAX characters of `text`: character 3-5-grams of each
    normalised word (its first MATCH_WORD_MAX characters), weight (1 + log tf) times the highest weight of a word it
    occurs in. Capped work, whatever the text's length."""
    return _features(text[:MATCH_READ_MAX])


@lru_cache(maxsize=2048)
def _features(text: str) -> dict[str, float]:
    counts: Counter = Counter()
    by_weight: dict[float, set] = {}
    for word in normalise(text).split():
        grams, weight = _word_grams(word[:MATCH_WORD_MAX])
        counts.update(grams)
        by_weight.setdefault(weight, set()).update(grams)
    weights = {}
    for weight in sorted(by_weight):  # ascending, so a gram keeps the highest weight of the words it occurs in
        weights.update(dict.fromkeys(by_weight[weight], weight))
    vector = {gram: (1 + math.log(tf)) * weights[gram] for gram, tf in counts.items()}
    norm = math.sqrt(sum(x * x for x in vector.values()))
    return {gram: x / norm for gram, x in vector.items()} if norm else {}


def score(a: str, b: str) -> float:
    """Cosine similarity of two texts' `features` (0..1)."""
    fa, fb = features(a), features(b)
    return min(1.0, sum(fa[gram] * fb[gram] for gram in fa.keys() & fb.keys()))


def _vectorizer():
    # Imported here, not at the top: scikit-learn takes ~0.9 s to import, which every manage.py command and
    # every app worker would pay at start-up, including the import and export commands that never match claims.
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(preprocessor=normalise, analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)


def similarities(query: str, candidates: list[str]) -> list[float]:
    """The method before issue 15, for `evaluate_matching` only: cosine similarity of `query` to each candidate,
    TF-IDF fitted on all of them (a model per call, quadratic memory in clusters)."""
    if not candidates:
        return []
    try:
        matrix = _vectorizer().fit_transform([query, *candidates])
    except ValueError:  # no characters to compare
        return [0.0] * len(candidates)
    from sklearn.metrics.pairwise import linear_kernel

    return [float(x) for x in linear_kernel(matrix[0:1], matrix[1:]).ravel()]


@dataclass
class Item:
    """Something to cluster: a key (a span id), its article, its text, and an order (oldest first)."""

    key: object
    article: object
    text: str


def clusters(items: list[Item]) -> dict:
    """key -> cluster id, by comparing every pair: the reference the index-backed clustering
    (services.clusters) is tested against, quadratic, for small sets only. Items with the same normalised text, or
    `score` >= SAME_CLAIM, are one cluster (transitively); the cluster id is the text hash of its first item, so ids
    stay put as new items join."""
    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i, j):
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    hashes = [text_hash(item.text) for item in items]
    first_with_hash = {}
    for i, h in enumerate(hashes):
        union(i, first_with_hash.setdefault(h, i))
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if score(items[i].text, items[j].text) >= SAME_CLAIM:
                union(i, j)
    return {item.key: hashes[find(i)] for i, item in enumerate(items)}
