"""Cross-article claim matching in two tiers. Exact: the SHA-256 of the normalised text (case, quotation marks,
punctuation and spacing do not count), so the same quotation in two outlets is one cluster at once. Similarity:
TF-IDF cosine (scikit-learn) over character 3-5-grams within words, which forgives "large-scale"/"largescale"
and "join"/"joining"; at or above SAME_CLAIM a match is proposed as the same
claim, between SIMILAR and SAME_CLAIM it is only suggested, below SIMILAR it is not shown."""
import hashlib
import re
import unicodedata
from dataclasses import dataclass

SAME_CLAIM = 0.6
SIMILAR = 0.3
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


def _vectorizer():
    # Imported here, not at the top: scikit-learn takes ~0.9 s to import, which every manage.py command and
    # every app worker would pay at start-up, including the import and export commands that never match claims.
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(preprocessor=normalise, analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)


def similarities(query: str, candidates: list[str]) -> list[float]:
    """Cosine similarity of `query` to each candidate, TF-IDF fitted on all of them."""
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
    """key -> cluster id. Items with the same normalised text, or TF-IDF cosine >= SAME_CLAIM, are one cluster
    (transitively); the cluster id is the text hash of its first item, so ids stay put as new items join."""
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
    if len(items) > 1:
        try:
            matrix = _vectorizer().fit_transform([item.text for item in items])
        except ValueError:
            matrix = None
        if matrix is not None:
            from sklearn.metrics.pairwise import linear_kernel

            similar = (linear_kernel(matrix, matrix) >= SAME_CLAIM).nonzero()
            for i, j in zip(*similar):
                if i < j:
                    union(int(i), int(j))
    return {item.key: hashes[find(i)] for i, item in enumerate(items)}
