"""Inter-annotator agreement between two people's spans on one article: span-level F1 per tag (exact and overlap
match, from annotations.scoring; F1 is symmetric, so which side counts as "gold" does not matter) and Cohen's kappa
at the character level, per tag: every code point of the text is labelled in/out of that tag by each annotator.

Kappa is None when it is undefined: both annotators gave every character the same single label (expected
agreement 1), e.g. neither used the tag at all."""
from annotations.scoring import TAGS, score_spans


def cohen_kappa(a: list, b: list) -> float | None:
    """Cohen's kappa of two equally long label sequences."""
    if len(a) != len(b):
        raise ValueError("both annotators must label the same items")
    n = len(a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(a, b)) / n
    labels = set(a) | set(b)
    expected = sum((a.count(label) / n) * (b.count(label) / n) for label in labels)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def char_labels(length: int, spans, tag: str) -> list[bool]:
    labels = [False] * length
    for span in spans:
        if span["tag"] == tag:
            for i in range(max(0, span["start"]), min(length, span["end"])):
                labels[i] = True
    return labels


def agreement(text_length: int, spans_a, spans_b) -> dict:
    """{"tags": {tag: {"exact_f1", "overlap_f1", "kappa", "a", "b"}}} for each tag and "all" (kappa of "any tag")."""
    spans_a, spans_b = list(spans_a), list(spans_b)
    score = score_spans(spans_a, spans_b)
    result = {}
    for tag in TAGS + ("all",):
        if tag == "all":
            la = [any(x) for x in zip(*(char_labels(text_length, spans_a, t) for t in TAGS))]
            lb = [any(x) for x in zip(*(char_labels(text_length, spans_b, t) for t in TAGS))]
        else:
            la, lb = char_labels(text_length, spans_a, tag), char_labels(text_length, spans_b, tag)
        kappa = cohen_kappa(la, lb)
        result[tag] = {
            "exact_f1": score["exact"]["tags"][tag]["f1"],
            "overlap_f1": score["overlap"]["tags"][tag]["f1"],
            "kappa": None if kappa is None else round(kappa, 4),
            "a": score["exact"]["tags"][tag]["gold"],
            "b": score["exact"]["tags"][tag]["predicted"],
        }
    return result
