"""Offsets. The server counts Unicode code points (Python str indices); browsers and some tools count UTF-16
code units. Pure functions, no Django."""
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

import regex

CONTEXT_CHARS = 32


def utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def cp_to_utf16(text: str, offset: int) -> int:
    """Code-point offset -> UTF-16 code-unit offset in the same text."""
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset} is outside 0..{len(text)}")
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def utf16_to_cp(text: str, offset: int) -> int:
    """UTF-16 code-unit offset -> code-point offset. Refuses an offset inside a surrogate pair."""
    if offset < 0:
        raise ValueError(f"offset {offset} is negative")
    units = 0
    for index, ch in enumerate(text):
        if units == offset:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > offset:
            raise ValueError(f"UTF-16 offset {offset} falls inside the surrogate pair of {ch!r} at {index}")
    if units == offset:
        return len(text)
    raise ValueError(f"UTF-16 offset {offset} is past the end of the text ({units} units)")


@lru_cache(maxsize=64)
def grapheme_boundaries(text: str) -> frozenset[int]:
    """Every code-point offset at which an extended grapheme cluster starts or ends."""
    bounds = {0}
    for match in regex.finditer(r"\X", text):
        bounds.add(match.end())
    return frozenset(bounds)


def _simple(ch: str) -> bool:
    """Grapheme_Cluster_Break=Other and no part in any no-break rule of UAX #29: printable ASCII, Latin-1 letters and
    signs (not the soft hyphen, a format character), Latin Extended-A/B, and the quotes and dashes of U+2010..2027."""
    code = ord(ch)
    return 0x20 <= code <= 0x7E or (0xA0 <= code <= 0x24F and code != 0xAD) or 0x2010 <= code <= 0x2027


def is_grapheme_boundary(text: str, offset: int) -> bool:
    """Whether an extended grapheme cluster starts or ends at `offset`. Between two simple characters every rule
    of UAX #29 breaks, so most offsets are answered without segmenting the text."""
    if offset <= 0 or offset >= len(text):
        return offset == 0 or offset == len(text)
    before, after = text[offset - 1], text[offset]
    if before in "\r\n\t" or after in "\r\n\t":  # GB4/GB5 break around controls, except GB3's CR LF
        return not (before == "\r" and after == "\n")
    if _simple(before) and _simple(after):
        return True
    return offset in grapheme_boundaries(text)


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str]:
    """The prefix and suffix around text[start:end], as a W3C TextQuoteSelector carries them."""
    return text[max(0, start - width) : start], text[end : end + width]


# Bounds on anchoring, so a quote and an article built to be slow cost no more than ordinary ones.
CONTEXT_SCORE_MAX = 64  # characters of a prefix/suffix compared around a hit
QUOTE_HITS_MAX = 5_000  # exact occurrences weighed by their context
FUZZY_QUOTE_MAX = 500  # longer quotes are anchored by position or exactly, never approximately
FUZZY_SEED_HITS_MAX = 20_000  # verbatim chunk occurrences the fuzzy search may look at
FUZZY_CANDIDATES = 5  # windows compared character by character (difflib), best-voted first
# difflib's work grows with the pairs of equal characters in the two strings (a run of one letter is the worst
# case); ordinary prose gives ~17,000 pairs per candidate for a 500-character quote.
FUZZY_PAIRS_MAX = 100_000


class AnchorError(ValueError):
    """The quoted text could not be placed in the document well enough (code "anchor_not_found"), or not within
    the work limits (code "anchor_over_budget")."""

    def __init__(self, message: str, code: str = "anchor_not_found"):
        super().__init__(message)
        self.code = code


def _common_prefix_length(a: str, b: str) -> int:
    """By bisection over slice comparisons (done in C): a few steps, not one per character."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of the expected prefix/suffix (up to CONTEXT_SCORE_MAX each) agree with the text around
    [start:end]."""
    prefix, suffix = prefix[-CONTEXT_SCORE_MAX:], suffix[:CONTEXT_SCORE_MAX]
    before = text[max(0, start - len(prefix)) : start]
    return (_common_prefix_length(before[::-1], prefix[::-1])
            + _common_prefix_length(text[end : end + len(suffix)], suffix))


def anchor(
    text: str, *, exact: str, prefix: str = "", suffix: str = "", start: int | None = None, end: int | None = None,
    threshold: float = 0.85,
) -> tuple[int, int, str]:
    """Place a quoted passage in `text` as code-point offsets, W3C-style: trust the position when the text there
    is `exact` (as code points, then as UTF-16 units, which Hypothesis writes), else find `exact` (the occurrence
    whose prefix/suffix agree best, nearest the position on a tie), else the best fuzzy match whose similarity is at
    least `threshold`. Returns (start, end, method); raises AnchorError rather than guess.

    Bounded work: at most QUOTE_HITS_MAX occurrences are weighed, and the fuzzy search (quotes of at most
    FUZZY_QUOTE_MAX characters) looks at FUZZY_SEED_HITS_MAX verbatim chunks and compares FUZZY_CANDIDATES windows;
    past a limit it refuses with code "anchor_over_budget" (the quote is too ambiguous to place anyway)."""
    if not exact:
        raise AnchorError("the quoted text is empty")
    if start is not None and end is not None:
        if 0 <= start < end <= len(text) and text[start:end] == exact:
            return start, end, "position"
        try:
            cp_start, cp_end = utf16_to_cp(text, start), utf16_to_cp(text, end)
        except ValueError:
            pass
        else:
            if text[cp_start:cp_end] == exact:
                return cp_start, cp_end, "position-utf16"
    hits = []
    found = text.find(exact)
    while found >= 0 and len(hits) < QUOTE_HITS_MAX:
        hits.append(found)
        found = text.find(exact, found + 1)
    if hits:
        hint = start if start is not None else 0
        best = max(hits, key=lambda h: (_context_score(text, h, h + len(exact), prefix, suffix), -abs(h - hint)))
        return best, best + len(exact), "quote"
    if threshold >= 1:  # only an exact match would do, and there is none: nothing to search for
        raise AnchorError(f"the quoted text {exact[:60]!r} is not in the article")
    if len(exact) > FUZZY_QUOTE_MAX:
        raise AnchorError(f"the quoted text ({len(exact)} characters) is not in the article, and quotes over "
                          f"{FUZZY_QUOTE_MAX} characters are not matched approximately")
    fuzzy = _fuzzy_find(text, exact, start if start is not None else 0)
    if fuzzy is not None and fuzzy[2] >= threshold:
        return fuzzy[0], fuzzy[1], f"fuzzy:{fuzzy[2]:.3f}"
    raise AnchorError(
        f"the quoted text {exact[:60]!r} is not in the article, even approximately (threshold {threshold:.2f})"
    )


def _fuzzy_find(text: str, exact: str, hint: int, slack: int = 4) -> tuple[int, int, float] | None:
    """The window of `text` most similar to `exact`. Chunks of `exact` found verbatim vote for where the quote
    would start (offset of the hit minus the chunk's place in the quote); the FUZZY_CANDIDATES most-voted starts
    (nearest the hint on a tie) are compared with difflib, each once over a window widened by `slack`, and the
    matched blocks give the edges and the ratio. Linear in the text (str.find does the scanning), capped in the
    hits it weighs (FUZZY_SEED_HITS_MAX) and in difflib's work (FUZZY_PAIRS_MAX pairs of equal characters)."""
    n = len(exact)
    k = max(3, min(12, n // 4))
    votes: dict[int, int] = {}
    seen = 0
    for i in range(0, max(1, n - k + 1), max(1, k // 2)):
        chunk = exact[i : i + k]
        pos = text.find(chunk)
        while pos >= 0:
            seen += 1
            if seen > FUZZY_SEED_HITS_MAX:
                raise AnchorError(
                    f"the quoted text {exact[:60]!r} is not in the article, and its parts occur too often to place "
                    f"it approximately (more than {FUZZY_SEED_HITS_MAX} places)", code="anchor_over_budget")
            seed = max(0, pos - i)
            votes[seed] = votes.get(seed, 0) + 1
            pos = text.find(chunk, pos + 1)
    if not votes:
        return None
    ranked = sorted(votes, key=lambda s: (-votes[s], abs(s - hint)))[:FUZZY_CANDIDATES]
    in_quote = Counter(exact)
    best, pairs = None, 0
    for seed in ranked:
        lo, hi = max(0, seed - slack), min(len(text), seed + n + slack)
        window = text[lo:hi]
        pairs += sum(in_quote[ch] * count for ch, count in Counter(window).items())
        if pairs > FUZZY_PAIRS_MAX:
            if best is not None:
                break
            raise AnchorError(
                f"the quoted text {exact[:60]!r} is not in the article, and it is too repetitive to place "
                f"approximately within the work limit", code="anchor_over_budget")
        blocks = [b for b in SequenceMatcher(None, exact, window, autojunk=False).get_matching_blocks() if b.size]
        if not blocks:
            continue
        s, e = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size
        # difflib's ratio of the quote and the window trimmed to the matched blocks, from the same blocks.
        ratio = 2 * sum(b.size for b in blocks) / (n + e - s)
        score = (ratio, -abs(s - hint))
        if best is None or score > best[0]:
            best = (score, s, e)
    if best is None:
        return None
    (ratio, _), s, e = best
    return s, e, ratio
