"""Paragraphs and sentences as code-point offsets into the article text. pysbd splits sentences (rule-based, no
model); it keeps quotation marks inside the sentence they belong to.

Linear in the text: pysbd's own rules are superlinear within one call (a run of "Mr. " or of spaces), so it never
sees more than SEGMENT_MAX characters at a time; a longer paragraph is cut at a space into pieces of at most that
size (a sentence longer than that becomes two)."""
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import pysbd

from .budget import Work, meter

SEGMENT_MAX = 1000
# pysbd's cost in the work meter's units (about a microsecond each, see budget.py): per character and per call.
SEGMENT_CHAR_UNITS = 10
SEGMENT_CALL_UNITS = 700
# A piece with no sentence end before its last characters is one sentence: pysbd is not asked.
_INNER_END = re.compile(r"[.!?…;]")
_TRAILING = frozenset(".!?…;\"”’')] \t\r\f\v")


def _inner_end(chunk: str) -> bool:
    """Whether a sentence could end before the chunk's closing run of marks and spaces."""
    k = len(chunk)
    while k and chunk[k - 1] in _TRAILING:
        k -= 1
    return bool(_INNER_END.search(chunk, 0, k))
# A paragraph that does not end like a sentence is a headline, a section head, a caption credit or boilerplate.
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$|[\"”]$")
_LAST_SPACE = re.compile(r"\s(?=\S*$)")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


class Segments(list):
    """Segments in text order, found by offset in O(log n)."""

    def at(self, offset: int) -> Segment | None:
        i = self._index(offset)
        if i >= 0 and self[i].start <= offset < self[i].end:
            return self[i]
        return None

    def before(self, offset: int) -> Segment | None:
        """The last segment that starts before `offset`."""
        i = self._index(offset - 1)
        return self[i] if i >= 0 else None

    def _index(self, offset: int) -> int:
        if not hasattr(self, "_starts"):
            self._starts = [segment.start for segment in self]
        return bisect_right(self._starts, offset) - 1


def paragraphs(text: str, work: Work | None = None) -> Segments:
    """Non-empty lines, trimmed, as segments."""
    meter(work).spend(len(text))
    found = Segments()
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            start = match.start() + lead
            found.append(Segment(start, start + len(body), body))
    return found


# A photo caption or credit: "Hill (right) with …", "… Image: David Shankbone.", "File photo of …". Captions are
# not annotated (fixtures/README.md), so nothing is suggested in them.
CAPTION = re.compile(r"\((?:right|left|centre|center|pictured|file)\)|\b(?:Image|Photo|Picture|Credit):|"
                     r"^(?:File )?(?:photo|image|picture) of\b", re.IGNORECASE)


def is_caption(paragraph: Segment) -> bool:
    return CAPTION.search(paragraph.text) is not None


# A line of a list of sources: [author.] "Title" — Publisher, date. The title is in quotation marks but nobody says
# it, and the line does not end like a sentence, so it is no body text; a paragraph that opens with a quotation and a
# dash but ends with a full stop is prose.
CITATION = re.compile(r"(?:[^\"“”\n]{1,160}?\.[ \t]+)?[\"“][^\"“”\n]{1,400}[\"”](?:[ \t]*[—–]|[ \t]+--?[ \t])")


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def is_citation(paragraph: Segment) -> bool:
    """A source's line names when it was published; a headline with a quotation and a dash does not."""
    return (CITATION.match(paragraph.text) is not None and is_heading(paragraph)
            and _YEAR.search(paragraph.text) is not None)


def is_heading(paragraph: Segment) -> bool:
    return not SENTENCE_END.search(paragraph.text[-64:])


@lru_cache(maxsize=1)
def _segmenter():
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def _pieces(paragraph: Segment):
    """(start, end) of the paragraph's pieces of at most SEGMENT_MAX characters, cut after a space if there is one."""
    start, end, text = paragraph.start, paragraph.end, paragraph.text
    while end - start > SEGMENT_MAX:
        window = text[start - paragraph.start : start - paragraph.start + SEGMENT_MAX]
        space = _LAST_SPACE.search(window, SEGMENT_MAX // 2)
        cut = start + (space.end() if space else SEGMENT_MAX)
        yield start, cut
        start = cut
    yield start, end


# "posted on X." ends a sentence: the segmenter reads a capital and a full stop as an initial ("J. Smith"). So does
# a single closing mark after a full stop ("He said: ‘I stand by it.’ The council said …"), which the segmenter runs
# on past, as it does not past a double one.
_PLATFORM_END = re.compile(r"\b(?:on|via|to)\s+X\.(?=\s+[A-Z“\"‘'])|(?<=[.?!][’'])(?=\s+[A-Z“\"‘])")


def _platform_ends(piece: str) -> list[str]:
    """The piece cut after each "on X." that the segmenter took for an initial, and after each single closing mark
    that ends a sentence."""
    cuts = [m.end() for m in _PLATFORM_END.finditer(piece)]
    return [piece[a:b] for a, b in zip([0] + cuts, cuts + [len(piece)])] if cuts else [piece]


def sentences(text: str, work: Work | None = None) -> Segments:
    """Sentences of every paragraph, trimmed, with their offsets in `text`."""
    work = meter(work)
    found = Segments()
    for paragraph in paragraphs(text, work):
        for piece_start, piece_end in _pieces(paragraph):
            chunk = text[piece_start:piece_end]
            if not _inner_end(chunk):
                pieces = [chunk]
            else:
                work.spend(SEGMENT_CALL_UNITS + SEGMENT_CHAR_UNITS * len(chunk))
                pieces = [part for piece in _segmenter().segment(chunk) for part in _platform_ends(piece)]
            cursor = piece_start
            for piece in pieces:
                body = piece.strip()
                if not body:
                    continue
                start = text.find(body, cursor, piece_end + 1)
                if start < 0:  # pysbd changed the text: keep the rest of the piece as one sentence
                    rest = text[cursor:piece_end].strip()
                    if rest:
                        start = text.index(rest, cursor)
                        found.append(Segment(start, start + len(rest), rest))
                    break
                found.append(Segment(start, start + len(body), body))
                cursor = start + len(body)
    return found


def sentence_at(sents: list[Segment], offset: int) -> Segment | None:
    if isinstance(sents, Segments):
        return sents.at(offset)
    return Segments(sents).at(offset)


# Other languages' quotation marks, as the English marks every reader knows, one code point for one so that offsets
# hold: French « … » and ‹ … ›, German „ … “ and ‚ … ‘ (whose closing marks are English opening ones), Polish
# „ … ”, and the reversed » … « of German and Danish print.
_FOREIGN_MARK = re.compile(r"[«»‹›„‚]")
_GERMAN_QUOTATION = re.compile(r"„([^“”„\n]*)“|‚([^‘’‚\n]*)‘")
_GUILLEMET = re.compile(r"[«»‹›]")
_FRENCH = str.maketrans("«»‹›„‚", "“”‘’“‘")
_REVERSED = str.maketrans("»«›‹„‚", "“”‘’“‘")


def english_marks(text: str) -> str:
    """The text with foreign quotation marks as English ones (the same length, every other character unchanged):
    the readers of quotations know “ ” " ‘ ’ ' only. Linear in the text."""
    if _FOREIGN_MARK.search(text) is None:
        return text
    text = _GERMAN_QUOTATION.sub(lambda m: f"“{m[1]}”" if m[1] is not None else f"‘{m[2]}’", text)
    first = _GUILLEMET.search(text)
    reversed_ = first is not None and first[0] in "»›" and "«" in text[first.end():]
    return text.translate(_REVERSED if reversed_ else _FRENCH)
