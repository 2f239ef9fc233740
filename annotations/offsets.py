"""Offsets. The server counts Unicode code points (Python str indices); browsers and some tools count UTF-16
code units. Pure functions, no Django."""
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


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str]:
    """The prefix and suffix around text[start:end], as a W3C TextQuoteSelector carries them."""
    return text[max(0, start - width) : start], text[end : end + width]
