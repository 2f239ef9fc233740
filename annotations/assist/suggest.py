"""All suggestions for one article text: quotes with their speaker, claims ranked by check-worthiness, opinions.
Cached by text, since an article's text does not change once annotated.

Bounded: the readers are linear in the text and share one work meter of SUGGEST_WORK_LIMIT units, and read at most
the first SUGGEST_READ_MAX characters. An article that needs more (a very long one, or one built to be slow) gets
the suggestions found until then, marked partial."""
import re
from dataclasses import asdict, dataclass, replace
from functools import lru_cache

from . import transcripts
from .budget import SUGGEST_READ_MAX, SUGGEST_WORK_LIMIT, Work, WorkExhausted
from .checkworthy import body_sentences, iter_claims, iter_opinions
from .quotes import SAID_AGAIN_WINDOW, iter_quotes
from .text import Segment, Segments, english_marks, is_caption, is_citation, paragraphs, sentences


@dataclass(frozen=True)
class Suggestion:
    tag: str
    start: int
    end: int
    text: str
    score: float
    speaker: str = ""
    reasons: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {**asdict(self), "reasons": list(self.reasons)}


@dataclass(frozen=True)
class Suggestions:
    """The suggestions in text order; `partial` when the work limit cut the reading short."""

    items: tuple[Suggestion, ...]
    partial: bool = False
    work: int = 0

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


def _collect(text: str, work: Work) -> tuple[list[Suggestion], bool]:
    found = []
    try:
        sents = sentences(text, work)
        paras = paragraphs(text, work)
        transcript = transcripts.find(text, work, paras)
        captions = Segments(p for p in paras if is_caption(p) or is_citation(p))  # neither is body text
        for a in transcript.answers:
            found.append(Suggestion("quote", a.start, a.end, a.text, 0.9, a.speaker, ("interview transcript",)))
        for q in iter_quotes(text, work, sents):
            if transcript.covers(q.start) and not _reported_in_answer(transcript, q):
                continue  # inside a turn: the answer is the quote, and a question is not labelled
            if captions.at(q.start) is not None:
                continue  # a caption's pull quote, a source's title: neither is annotated
            if ":" in text[max(0, q.start - 3):q.start] and _pulled_again(text, paras, q, found):
                continue  # 'José Mourinho, Manchester United manager: "…"' repeating his words above: a pull quote
            speaker = q.speaker or _answered_again(text, transcript, q, work)
            found.append(Suggestion("quote", q.start, q.end, q.text, 0.6 if q.unbalanced else 1.0, speaker,
                                    ("unbalanced quotation marks",) if q.unbalanced else ("quotation marks",)))
        body = [s for s in body_sentences(text, work, sents, paras) if not transcript.covers(s.start)]
        for c in iter_claims(text, work, body):
            found.append(Suggestion("claim", c.start, c.end, c.text, c.score, "", c.reasons))
        # A quotation's words are the speaker's: the quote is their span, not an opinion of the article's.
        quoted = Segments(_outermost(Segment(s.start, s.end, "") for s in found if s.tag == "quote"))
        for c in iter_opinions(text, work, body):
            if quoted.at((c.start + c.end) // 2) is not None:
                continue
            found.append(Suggestion("opinion", c.start, c.end, c.text, c.score, "", c.reasons))
    except WorkExhausted:
        return found, True
    return found, False


# A paragraph that is only a label and a quotation: "José Mourinho, Manchester United manager: "…"".
_LABELLED_QUOTATION = re.compile(r"[A-Z][^:\n“”\"]{0,120}:[ \t]*[“\"‘']")
_AFTER_QUOTATION = re.compile(r"[”\"’'.!?…\s]*")


def _pulled_again(text: str, paras: Segments, quote, found: list) -> bool:
    """Whether `quote` is a pull quote: a paragraph of only a label and the quotation, whose words a quotation
    found before it already holds (the article repeats them for display; a desk cites the first)."""
    paragraph = paras.at(quote.start)
    label = paragraph and _LABELLED_QUOTATION.match(text, paragraph.start, quote.start)
    if not label or label.end() != quote.start or not _AFTER_QUOTATION.fullmatch(text, quote.end, paragraph.end):
        return False
    words = " ".join(quote.text.split()).rstrip(".")
    return len(words.split()) >= PULLED_WORDS and any(
        s.tag == "quote" and words in " ".join(s.text.split()) for s in found[-PULLED_BACK:])


PULLED_WORDS = 5  # a shorter repeat ("Yes.") may be said twice
PULLED_BACK = 50  # quotations looked back at: constant work per pull quote


def _answered_again(text: str, transcript, quote, work: Work) -> str:
    """The interviewee whose answer below says the words of a quotation nobody was named for (a headline's "‘We are
    not at the peak yet’: Chief Medical Officer on the flu wave" over the Q&A), or ""."""
    if not transcript or len(quote.text) < ANSWERED_AGAIN_MIN:
        return ""
    stop = min(len(text), quote.end + SAID_AGAIN_WINDOW)
    work.spend((stop - quote.end) // 8 + 1)
    again = text.find(quote.text, quote.end, stop)
    answer = transcript.answer_at(again) if again >= 0 else None
    return answer.speaker if answer is not None else ""


ANSWERED_AGAIN_MIN = 12  # characters: a shorter quotation ("Yes") may recur by chance


def _reported_in_answer(transcript, quote) -> bool:
    """Whether `quote` lies in an answer and is someone else's words the interviewee reports ("A nurse said to me
    last week, "…""): an extra quote of that person, as the guidelines ask."""
    answer = transcript.answer_at(quote.start)
    return answer is not None and bool(quote.speaker) and quote.speaker != answer.speaker


def _outermost(spans) -> list[Segment]:
    """The spans in text order without those inside another (a quotation reported inside a quotation), so that a
    lookup by offset finds the outer one (transcript answers come first among the suggestions, then the rest)."""
    kept = []
    for span in sorted(spans, key=lambda q: (q.start, -q.end)):
        if not kept or span.end > kept[-1].end:
            kept.append(span)
    return kept


def readable_part(text: str, read_max: int = SUGGEST_READ_MAX) -> str:
    """The text, or its first `read_max` characters cut after the last line break in them (offsets stay valid)."""
    if len(text) <= read_max:
        return text
    cut = text.rfind("\n", 0, read_max)
    return text[:cut if cut > 0 else read_max]


@lru_cache(maxsize=64)
def suggest(text: str, limit: int | None = SUGGEST_WORK_LIMIT) -> Suggestions:
    work = Work(limit)
    part = readable_part(text)
    read = english_marks(part)  # the same offsets; the spans' words are the article's own, marks and all
    found, partial = _collect(read, work)
    if read is not part:
        found = [replace(s, text=part[s.start:s.end]) for s in found]
    return Suggestions(tuple(sorted(found, key=lambda s: (s.start, s.end, s.tag))), partial or part != text,
                       work.spent)
