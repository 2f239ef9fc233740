"""Scoring a trainee's spans against gold spans: precision, recall and F1 per tag, for exact match (same start,
end and tag) and for overlap match (same tag, sharing at least one code point). Pure functions, no Django.

Zero denominators: with no predictions precision is 1.0 if there was nothing to find, else 0.0; with no gold
spans recall is 1.0 if nothing was predicted, else 0.0. F1 is 0.0 when precision + recall is 0."""
from annotations.models import Tag

TAGS = tuple(Tag.values)


def _key(span) -> tuple:
    # "article" (optional) keeps spans of different articles apart when scoring several at once.
    return span.get("article", 0), span["start"], span["end"], span["tag"]


def _overlaps(a, b) -> bool:
    return (a["tag"] == b["tag"] and a.get("article", 0) == b.get("article", 0)
            and a["start"] < b["end"] and b["start"] < a["end"])


def _prf(found_pred: int, n_pred: int, found_gold: int, n_gold: int) -> dict:
    precision = found_pred / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    recall = found_gold / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "gold": n_gold, "predicted": n_pred, "matched_gold": found_gold, "matched_predicted": found_pred}


def _dedupe(spans) -> list[dict]:
    unique = {}
    for span in spans:
        unique.setdefault(_key(span), span)
    return sorted(unique.values(), key=_key)


def score_spans(gold, predicted) -> dict:
    """gold, predicted: iterables of {start, end, tag, ...}. Returns {"exact": {...}, "overlap": {...}} where each
    mode holds per-tag and "all" (micro-averaged) figures plus the missed gold spans and the extra predictions."""
    gold, predicted = _dedupe(gold), _dedupe(predicted)
    gold_keys, pred_keys = {_key(s) for s in gold}, {_key(s) for s in predicted}
    matchers = {
        "exact": (lambda g: _key(g) in pred_keys, lambda p: _key(p) in gold_keys),
        "overlap": (lambda g: any(_overlaps(g, p) for p in predicted), lambda p: any(_overlaps(p, g) for g in gold)),
    }
    result = {}
    for mode, (gold_found, pred_found) in matchers.items():
        hit_gold = [gold_found(g) for g in gold]
        hit_pred = [pred_found(p) for p in predicted]
        figures = {}
        for tag in TAGS + ("all",):
            gi = [i for i, g in enumerate(gold) if tag == "all" or g["tag"] == tag]
            pi = [i for i, p in enumerate(predicted) if tag == "all" or p["tag"] == tag]
            figures[tag] = _prf(sum(hit_pred[i] for i in pi), len(pi), sum(hit_gold[i] for i in gi), len(gi))
        result[mode] = {
            "tags": figures,
            "missed": [g for g, hit in zip(gold, hit_gold) if not hit],
            "extra": [p for p, hit in zip(predicted, hit_pred) if not hit],
        }
    return result


def format_score(score: dict) -> list[str]:
    """Lines of a plain-text table, for the command line."""
    lines = [f"{'mode':8} {'tag':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}"]
    for mode in ("exact", "overlap"):
        for tag, f in score[mode]["tags"].items():
            lines.append(f"{mode:8} {tag:8} {f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f} "
                         f"{f['gold']:5d} {f['predicted']:5d}")
    return lines
