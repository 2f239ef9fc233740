"""Paragraphs and sentences as code-point offsets into the article text. pysbd splits sentences (rule-based, no
model); it keeps quotation marks inside the sentence they belong to."""
import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd

# A paragraph that does not end like a sentence is a headline, a section head, a caption credit or boilerplate.
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s*$|[\"”]\s*$")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Segment]:
    """Non-empty lines, trimmed, as segments."""
    found = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            start = match.start() + lead
            found.append(Segment(start, start + len(body), body))
    return found


def is_heading(paragraph: Segment) -> bool:
    return not SENTENCE_END.search(paragraph.text)


@lru_cache(maxsize=1)
def _segmenter():
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def sentences(text: str) -> list[Segment]:
    """Sentences of every paragraph, trimmed, with their offsets in `text`."""
    found = []
    for paragraph in paragraphs(text):
        cursor = paragraph.start
        for piece in _segmenter().segment(paragraph.text):
            body = piece.strip()
            if not body:
                continue
            start = text.find(body, cursor, paragraph.end + 1)
            if start < 0:  # pysbd changed the text: keep the rest of the paragraph as one sentence
                rest = text[cursor:paragraph.end].strip()
                if rest:
                    start = text.index(rest, cursor)
                    found.append(Segment(start, start + len(rest), rest))
                break
            found.append(Segment(start, start + len(body), body))
            cursor = start + len(body)
    return found


def sentence_at(sents: list[Segment], offset: int) -> Segment | None:
    for sentence in sents:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None
