"""A title for a text that came without one: its headline line, skipping what pasted news text carries above the
headline (a line of tags, a photo caption, the same caption twice); a lede paragraph is cut to its first words.
Bounded: it reads at most the first SCAN_CHARS characters and SCAN_LINES non-empty lines of them."""
import re

SCAN_LINES = 8
SCAN_CHARS = 20_000
HEADLINE_MAX = 120  # longer than that, a first line is a paragraph, not a headline
TAG_LINE = re.compile(r"^\s*(tags?|topics?|keywords?)\s*:|^\s*(#\w+[\s,]*){2,}$", re.IGNORECASE)
CAPTION = re.compile(r"\b(photo|photograph|image|picture|credit)\s*[/:|©]|\((photo|image)\b|\bphoto by\b|©",
                     re.IGNORECASE)
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def _skippable(line: str, seen: set[str]) -> bool:
    return bool(TAG_LINE.search(line) or CAPTION.search(line)) or line in seen


def _shorten(line: str, limit: int) -> str:
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0].rstrip(",;:–— ")
    return f"{cut}…"


def headline_from_text(text: str, *, limit: int = HEADLINE_MAX) -> str:
    """The first line that is neither tags nor a photo caption nor a repeat; a paragraph becomes its first words
    and an ellipsis. Empty for a blank text."""
    seen: set[str] = set()
    first = ""
    scanned = 0
    for raw in text[:SCAN_CHARS].splitlines():
        line = MARKDOWN_HEADING.sub("", raw).strip()
        if not line:
            continue
        scanned += 1
        first = first or line
        if scanned > SCAN_LINES:
            break
        if _skippable(line, seen):
            seen.add(line)
            continue
        return _shorten(line, limit)
    return _shorten(first, limit)
