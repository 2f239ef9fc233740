"""Direct quotations: the words inside straight or curly quotation marks, with the speaker attributed from the
sentence around them. Follows the gold guidelines (fixtures/README.md): the marks are outside the span, a trailing
comma that hands over to the attribution is left out, a quotation interrupted by attribution is two spans, nested
quotes belong to the outer one, and scare quotes nobody is reported as saying are not quotes.

Unbalanced marks: a new opening mark while a quotation is open closes the open one at its line end; a paragraph
that starts with an opening mark continues an unclosed quotation of the paragraph before (the news convention for
quotations over several paragraphs, each part its own span); a quotation may run over single line breaks."""
import re
from dataclasses import dataclass

from . import names
from .text import Segment, sentence_at, sentences

SPEECH_VERBS = (
    r"said|says|say|told|tells|stated|states|stating|wrote|writes|added|adding|asked|insisted|insists|warned|warns|"
    r"declared|announced|claimed|claiming|argued|noted|explained|replied|urged|posted|tweeted|described|"
    r"called|calling|confirmed|confirming|conceded|acknowledged|remarked|continued|suggested|emphasized|"
    r"emphasised|reiterated|point out|points out|pointed out|according to"
)
SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
TRAILING = ",;: \t\n"
SHORT_QUOTE_WORDS = 4  # a quoted phrase this short needs a speech verb nearby, else it is a scare quote


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str
    unbalanced: bool = False


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _opens(text: str, i: int) -> bool:
    """Whether the straight or curly mark at i opens a quotation, judged by its neighbours."""
    ch = text[i]
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if ch == "“":
        return True
    if ch == '"':
        return (_is_space(before) or before in "([{—–-:/") and not _is_space(after)
    if ch in "‘'":
        return (_is_space(before) or before in "([{“\"—–:") and after.isalnum()
    return False


def _closes_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return not _is_space(before) and not after.isalnum()


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end


def _line_end(text: str, i: int) -> int:
    newline = text.find("\n", i)
    return len(text) if newline < 0 else newline


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, unbalanced) of every top-level quotation, marks excluded."""
    found = []
    open_at, kind = None, None

    def emit(start, end, unbalanced=False):
        trimmed = _trim(text, start, end)
        if trimmed:
            found.append((*trimmed, unbalanced))

    i = 0
    while i < len(text):
        ch = text[i]
        if open_at is None:
            if ch in "“\"" and _opens(text, i):
                open_at, kind = i, "double"
            elif ch in "‘'" and _opens(text, i):
                open_at, kind = i, "single"
        elif kind == "double":
            if ch == "”" or (ch == '"' and not _opens(text, i)):
                emit(open_at + 1, i)
                open_at = None
            elif ch in "“\"":  # an opening mark while one is open: the open one was never closed
                emit(open_at + 1, _line_end(text, open_at), unbalanced=True)
                open_at = i
            elif ch == "\n":
                nxt = len(text) - len(text[i:].lstrip())
                if nxt < len(text) and text[nxt] in "“\"" and _opens(text, nxt):
                    # The next paragraph reopens the quotation: this paragraph's part ends here.
                    emit(open_at + 1, i)
                    open_at = None
        elif kind == "single":
            if ch in "’'" and _closes_single(text, i):
                emit(open_at + 1, i)
                open_at = None
            elif ch == "\n":  # single marks never span lines: it was an apostrophe
                open_at = None
        i += 1
    if open_at is not None and kind == "double":
        emit(open_at + 1, _line_end(text, open_at), unbalanced=True)
    return found


def _subject_before(text: str, head_start: int, verb_start: int, sentence_start: int) -> str:
    """The speaker named before a speech verb: the person mentioned nearest to it, or a pronoun's referent, or a
    noun phrase like "the diplomat"."""
    window = text[head_start:verb_start]
    mentions = [m for m in names.people(text) if head_start <= m[0] and m[1] <= verb_start]
    pronoun = re.search(r"\b(he|she)\b[^,;]{0,40}$", window, re.IGNORECASE)
    if mentions and not (pronoun and head_start + pronoun.start() > mentions[-1][1]):
        return names.canonical(text, mentions[-1][2])
    if pronoun:  # whoever the sentence before was about
        return names.person_before(text, min(sentence_start, head_start + pronoun.start()))
    phrase = re.search(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[\w-]+\s+){0,3}?(?:diplomat|official|officials|spokesman|"
                       r"spokeswoman|minister|ambassador|source|sources|statement|release)"
                       r"(?:\s+from\s+the\s+[A-Z][\w ]+?(?=\s+[a-z]))?)", window)
    return phrase.group(1) if phrase else ""


def attribute(text: str, start: int, end: int, sents: list[Segment], previous: Quote | None = None) -> str:
    """The speaker of the quotation text[start:end]: from the words after it ("…,” Trump said"), before it
    ("Macron, however, took a firmer stance, stating: “…"), "according to …", or the quotation just before
    when this one continues it."""
    sentence = sentence_at(sents, start) or Segment(start, end, text[start:end])
    line_start = text.rfind("\n", 0, start) + 1
    line_end = _line_end(text, end)
    # After the closing mark, up to the sentence's end: "…,” Trump said." / "…” said Trump." / "…,” he wrote"
    tail_start = end + 1
    while tail_start < line_end and text[tail_start] in "”\"’',. ":
        tail_start += 1
    tail_end = min(line_end, max(sentence.end, tail_start))
    for verb in SPEECH.finditer(text, tail_start, tail_end):
        if verb.start() - tail_start > 80:
            break
        if text[tail_start:verb.start()].strip() == "":  # "… said Trump" / "…,” according to X"
            after = [m for m in names.people(text) if verb.end() <= m[0] < verb.end() + 40]
            if after:
                return names.canonical(text, after[0][2])
            continue
        who = _subject_before(text, tail_start, verb.start(), sentence.start)
        if who:
            return who
    # Before the opening mark, in the same sentence (or the paragraph before, when it ends with a colon).
    head_start = max(line_start, sentence.start if sentence.start < start else line_start)
    head_end = start - 1
    if text[line_start:head_end].strip() == "":
        before = text[:line_start].rstrip()
        if before.endswith(":"):
            head_start = before.rfind("\n") + 1
            head_end = len(before)
    verbs = [v for v in SPEECH.finditer(text, head_start, max(head_start, head_end))]
    for verb in reversed(verbs):
        if verb.group().lower() == "according to":
            after = [m for m in names.people(text) if verb.end() <= m[0] < verb.end() + 40]
            if after:
                return names.canonical(text, after[0][2])
        who = _subject_before(text, head_start, verb.start(), sentence.start)
        if who:
            return who
    # A quotation that is a sentence of its own continues the one before: same speaker.
    alone = (text[sentence.start:start - 1].strip() == ""
             and text[end + 1:max(end + 1, sentence.end)].strip(" ”\"’.,") == "")
    if alone and previous is not None and previous.speaker and text[previous.end:start].count("\n") <= 2:
        return previous.speaker  # "“A …,” Trump told reporters.\n“Just as we’re doing …”"
    # A headline quotation ("Trump distances himself …: “It's not my business.”"): the line's first person.
    first = [m for m in names.people(text) if line_start <= m[0] < start]
    return names.canonical(text, first[0][2]) if first else ""


def _has_speech_cue(text: str, start: int, end: int, sents: list[Segment]) -> bool:
    sentence = sentence_at(sents, start)
    lo = sentence.start if sentence else max(0, start - 200)
    hi = max(sentence.end if sentence else end, end + 60)
    return bool(SPEECH.search(text, lo, min(len(text), hi)))


def find_quotes(text: str, sents: list[Segment] | None = None) -> list[Quote]:
    """`sents`: the text's sentences when the caller has them already (pysbd is most of the cost)."""
    sents = sentences(text) if sents is None else sents
    found: list[Quote] = []
    for start, end, unbalanced in quote_spans(text):
        words = len(text[start:end].split())
        if text[max(0, start - 12):start - 1].rstrip().lower().endswith("so-called"):
            continue  # the classic scare quote
        introduced = text[:start - 1].rstrip().endswith(":")  # 'Headline: "It's not my business."'
        whole_sentence = text[end - 1] in ".?!"
        if (words <= SHORT_QUOTE_WORDS and not introduced and not whole_sentence
                and not _has_speech_cue(text, start, end, sents)):
            continue  # a scare quote: nobody is reported as saying it
        previous = found[-1] if found else None
        speaker = attribute(text, start, end, sents, previous)
        found.append(Quote(start, end, text[start:end], speaker, unbalanced))
    return found
