"""Reads for the training pages."""


def marked_segments(text: str, *, missed, extra, found) -> list[dict]:
    """The text cut at every boundary of the missed (gold not found), extra (not in gold) and found spans, each
    piece with the kinds covering it, for the training result page: [{text, kinds: {"missed", "extra", "found"}}]."""
    marks = ([(s["start"], s["end"], "missed") for s in missed] + [(s["start"], s["end"], "extra") for s in extra]
             + [(s.start, s.end, "found") for s in found])
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    segments = []
    for a, b in zip(cuts, cuts[1:]):
        kinds = sorted({kind for start, end, kind in marks if start <= a and b <= end})
        if segments and segments[-1]["kinds"] == kinds:
            segments[-1]["text"] += text[a:b]
        else:
            segments.append({"text": text[a:b], "kinds": kinds})
    return segments
