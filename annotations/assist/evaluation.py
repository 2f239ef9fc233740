"""Same-claim matching measured on labelled pairs (fixtures/matching_pairs.json): precision and recall at the two
tier thresholds, for the method before issue 15 (TF-IDF fitted on the corpus) and the current one (candidates
from the database's index, rescored with matching.score). A pair is predicted "same" at a tier when its texts
have the same normalised text or score at least the tier's threshold; for the current method the second text
must also be among the first text's index candidates, so the index's recall is part of the figure."""
import json
from dataclasses import dataclass
from pathlib import Path

from . import matching

TIERS = (("same", matching.SAME_CLAIM), ("similar", matching.SIMILAR))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load_pairs(path: Path) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))["pairs"]


def background(seed_dir: Path) -> list[str]:
    """The seeds' sentences: the corpus the old TF-IDF model was fitted on beside the pairs (as a matches request
    fitted it on every sentence of the other articles)."""
    from .text import sentences

    texts = []
    for path in sorted(Path(seed_dir).glob("*.txt")):
        texts += [s.text for s in sentences(path.read_bytes().decode("utf-8"))]
    return texts


def tfidf_scores(pairs: list[dict], corpus: list[str]) -> list[float]:
    """The old method: one TF-IDF model over the pairs' texts and the background corpus, cosine per pair."""
    texts = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
    position = {text: i for i, text in enumerate(texts)}
    vectors = matching._vectorizer().fit_transform(texts + corpus)
    return [float(vectors[position[p["a"]]].multiply(vectors[position[p["b"]]]).sum()) for p in pairs]


def tally(pairs: list[dict], scores: list[float]) -> dict[tuple[str, str], Counts]:
    """(split, tier) -> counts."""
    table: dict[tuple[str, str], Counts] = {}
    for pair, score in zip(pairs, scores):
        exact = matching.text_hash(pair["a"]) == matching.text_hash(pair["b"])
        for tier, threshold in TIERS:
            counts = table.setdefault((pair["split"], tier), Counts())
            predicted = exact or score >= threshold
            counts.tp += predicted and pair["same"]
            counts.fp += predicted and not pair["same"]
            counts.fn += (not predicted) and pair["same"]
    return table
