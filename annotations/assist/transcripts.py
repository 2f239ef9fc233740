"""Interview transcripts: paragraphs printed as "Name: words", as a Q&A interview, a broadcast or a hearing shows
them. By the guidelines (fixtures/README.md, "Transcripts") each paragraph of an interviewee's answer is a quote of
that speaker, without quotation marks; the interviewer's questions are not labelled, and nothing else is labelled
inside a turn.

A text is a transcript when it has at least MIN_TURNS labelled paragraphs from at least two labels, so a lone
"Update: ..." or "Note: ..." line is not one. A label's turns are questions when at least half of them end with a
question mark (an answer may ask a rhetorical question, but rarely ends on one), or the label is a generic
interviewer's ("Q", "Question", "Interviewer"). A paragraph without a label between an answer and the next turn
continues that answer, unless it reads as a heading (no sentence end): a section head ends the answer, or a photo
caption, which is left out. Linear in the text: one pass over its paragraphs."""
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from . import names
from .budget import Work, meter
from .text import Segment, Segments, is_caption, is_heading, paragraphs

# 1-4 capitalised words (initials and "Mr." included), then a colon and the words: "David Hill: We started ...";
# a broadcast transcript may add the speaker's role in capitals ("DR. VICTOR AMANI, COUNTY HEALTH OFFICER: …").
# A broadcast or a briefing may say whom a label stands for in brackets ("HOST (Dana Reyes):", "REPORTER (WBLV):").
TURN = re.compile(r"((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,3})(?:, [A-Z][A-Z'’.-]*(?: [A-Z0-9][A-Z0-9'’.-]*){0,5})?"
                  r"(?:[ \t]*\([^()\n]{1,40}\))?:[ \t]+(?=\S)")
# Other ways a turn's label is printed: an outlet's in brackets ("[NT] "), in bold ("**Q:**", "**Science Desk:**")
# or as initials before a dash ("NBF — "); the last two only as find() allows.
_BOLD_TURN = re.compile(r"\*\*([A-Z][^*:\n]{0,30}?)(?::\*\*|\*\*:)[ \t]+(?=\S)")
_BRACKET_TURN = re.compile(r"\[([A-Z][A-Za-z .]{0,20})\][ \t]+(?=\S)")
_DASH_TURN = re.compile(r"([A-Z]{2,4})[ \t]+[—–-][ \t]+(?=\S)")  # initials: "LONDON — " is a dateline's
_NAME_LABEL = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}")  # each word capitalised: a name or initials
# A timestamp before the label: "[00:14:22] Callum Reddaway: …", "(14:22) HOST: …".
_TIMESTAMP = re.compile(r"[\[(]?\d{1,2}(?::\d\d){1,2}[\])]?[ \t]+")
NOT_SPEAKERS = frozenset({
    "transcript", "image", "images", "photo", "photos", "picture", "video", "audio", "source", "sources", "update",
    "updated",
    "note", "notes", "correction", "editor's note", "editor’s note", "ed.", "disclaimer", "related", "see also",
    "warning", "caption", "credit", "credits", "tags", "filed under", "read more",
    # The fields of a results box or a scorecard ("Toss: Oakhampton.", "Result: Westshire won by 25 runs.").
    "result", "results", "score", "scores", "toss", "umpire", "umpires", "referee", "referees", "attendance", "crowd",
    "venue", "stadium", "ground", "goals", "scorers", "booked", "sent off", "tries", "cons", "pens", "half-time",
    "full-time", "kick-off", "weather", "substitutes", "subs", "lineups", "line-ups",
    # A headline's kicker ("EXCLUSIVE: …", "WATCH: …").
    "exclusive", "breaking", "watch", "live", "analysis", "opinion", "explainer", "revealed", "pictured", "listen"})
INTERVIEWERS = frozenset({"q", "question", "interviewer", "((wn))", "wn", "wikinews",
                          # a broadcast's or a press conference's questioners
                          "presenter", "host", "anchor", "reporter", "journalist", "moderator", "correspondent"})
# Wikinews marks its own questions "((WN)) …" or "((Wikinews)) …", with or without a colon; the answer after one may
# carry no label, or the interviewee's name or initials without a colon ("CR The film was produced by …").
_DOTTED_TURN = re.compile(r"([QA])\.[ \t]+(?=\S)")  # a Q&A printed "Q. …" / "A. …"
WIKINEWS_QUESTION = re.compile(r"\(\([A-Z][^()\n]{0,30}\)\):?[ \t]*(?=\S)")  # (and an outlet's: "((Ardent News))")
# An intro that says an interview follows: only then are questions printed without a label (in bold, on the page)
# the interviewer's, and the paragraph after each the interviewee's answer.
_INTERVIEW_CUE = re.compile(r"\binterview|\b(?:spoke|spoken|talked|talks|speaks|sat\s+down)\s+(?:to|with)\b",
                            re.IGNORECASE)
UNNAMED_ANSWERS = frozenset({"a", "answer"})  # "Q: … / A: …": the answers are the interviewee's the intro names
MIN_TURNS = 4
PROSE_WORDS = 2  # lowercase words that make a turn's line read as speech, not a field's value
PROSE_SHARE = 4  # at least one turn in this many must read as speech
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
_ASKS = re.compile(r"\?[\"”’')\]]*$")
_INTERVIEW_LABELS = INTERVIEWERS | UNNAMED_ANSWERS
_AFTER_PREPOSITION = re.compile(rf"\b(?:{'|'.join(sorted(names.PREPOSITIONS))})\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Turn:
    start: int  # the paragraph's start, label included
    end: int
    label: str
    words_start: int  # after "Label: "
    marked: bool = False  # in bold or before a dash ("**Q:**", "NBF — "): see find()


@dataclass(frozen=True)
class Answer:
    start: int
    end: int
    text: str
    speaker: str


class Transcript:
    """The transcript's turn paragraphs (questions and answers alike) and the answers as quotes."""

    def __init__(self, spans: list[tuple[int, int]], answers: list[Answer]):
        self._starts = [a for a, _ in spans]
        self._ends = [b for _, b in spans]
        self.answers = answers
        self._answer_starts = [a.start for a in answers]

    def covers(self, offset: int) -> bool:
        """Whether `offset` lies in a turn paragraph (where nothing but the answer quote is suggested)."""
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]

    def answer_at(self, offset: int) -> "Answer | None":
        """The answer that holds `offset`, or None."""
        i = bisect_right(self._answer_starts, offset) - 1
        return self.answers[i] if i >= 0 and offset < self.answers[i].end else None

    def __bool__(self):
        return bool(self._starts)


def _turn(paragraph: Segment) -> Turn | None:
    text = paragraph.text
    stamp = _TIMESTAMP.match(text)
    at = stamp.end() if stamp else 0
    asked = WIKINEWS_QUESTION.match(text, at)
    if asked is not None:
        return Turn(paragraph.start, paragraph.end, "((WN))", paragraph.start + asked.end())
    dotted = _DOTTED_TURN.match(text, at)
    if dotted is not None:  # "Q. Is that realistic?" / "A. It's realistic as a need."
        return Turn(paragraph.start, paragraph.end, dotted.group(1), paragraph.start + dotted.end())
    match = TURN.match(text, at) or _BRACKET_TURN.match(text, at)
    marked = match is None and (match := _BOLD_TURN.match(text, at) or _DASH_TURN.match(text, at)) is not None
    if match is None or match.group(1).lower() in NOT_SPEAKERS:
        return None
    return Turn(paragraph.start, paragraph.end, match.group(1), paragraph.start + match.end(), marked)


_MARKS = "\"“”"


def _answer(text: str, start: int, end: int, speaker: str) -> Answer:
    """An answer paragraph as a quote; one printed inside quotation marks ('A: "Money, obviously."') leaves them
    outside its span, as the guidelines leave the marks of any quote."""
    inner = text[start + 1:end - 1]
    if end - start > 2 and text[start] in _MARKS and text[end - 1] in _MARKS and not any(m in inner for m in _MARKS):
        start, end = start + 1, end - 1  # (not '"Yes" and "No"', two quotations)
    return Answer(start, end, text[start:end], speaker)


def _answers_after_questions(text: str, paras: Segments, turns: list) -> None:
    """Mark the unlabelled paragraph right after each question an answer ("A") of the interviewee, its leading name
    or initials without a colon ("Chad Ridgely …", "CR …") left out of the words. The questions are Wikinews' own
    ("((WN)) …"), or those of the one label the text has when it is an interviewer's ("Q: …", "Wikinews: …") or a
    named interviewer's whose turns mostly ask (at least MIN_TURNS of them)."""
    labelled = [(i, t) for i, t in enumerate(turns) if t is not None]
    labels = {t.label for _, t in labelled}
    if "((WN))" in labels:
        asker, least = "((WN))", MIN_TURNS // 2
    elif len(labels) == 1:
        asker = labels.pop()
        asks = sum(bool(_ASKS.search(text, t.words_start, t.end)) for _, t in labelled)
        least = MIN_TURNS // 2 if asker.lower() in INTERVIEWERS else MIN_TURNS if 2 * asks >= len(labelled) else 0
    else:
        return
    firsts = [i for i, t in labelled if t.label == asker]
    if not least or len(firsts) < least:
        return
    who = _interviewee(text, turns[firsts[0]].start).split()
    initials = "".join(w[0] for w in who if w[:1].isupper())
    for i in firsts:
        if i + 1 >= len(paras) or turns[i + 1] is not None:
            continue
        paragraph = paras[i + 1]
        if is_caption(paragraph) or is_heading(paragraph):
            continue
        words = paragraph.start
        for label in (" ".join(who), initials):
            if len(label) >= 2 and paragraph.text.startswith(label + " "):
                words = paragraph.start + len(label) + 1
                break
        turns[i + 1] = Turn(paragraph.start, paragraph.end, "A", words)


def _answers_after_unlabelled_questions(text: str, paras: Segments, turns: list) -> None:
    """When nothing is labelled, an intro that announces an interview and at least MIN_TURNS paragraphs that each
    ask a question and are followed by another (read in pairs) make a Q&A printed without labels: each question a "Q"
    turn, the paragraph after it an "A" turn (the interviewee's, as the intro names them). A quotation that asks
    ('"Why now?" she asked.') does not end on its question mark, and a question opening with a quotation mark is
    somebody's quoted words, not the interviewer's. A label the questions mostly share ("Wikinews - ", "[WN] ",
    "WIKINEWS ") also marks those that do not ask ("Wikinews - Tell us about …"), and one the answers mostly share
    ("Marta Quill - ", "QUILL ") is left out of their words."""
    if any(t is not None for t in turns):
        return
    asks = _paired_questions(paras, 0, _asks)
    if len(asks) < MIN_TURNS or not _INTERVIEW_CUE.search(text, 0, paras[asks[0]].start):
        return
    asker = _shared_label(paras[i] for i in asks)
    if asker:  # the questions that do not ask, by the label they share with those that do
        asks = _paired_questions(paras, asks[0], lambda p: _asks(p) or _label(p) == asker)
    answerer = _shared_label(paras[i + 1] for i in asks)
    for i in asks:
        turns[i] = Turn(paras[i].start, paras[i].end, "Q", paras[i].start)
        answer = paras[i + 1]
        label = _LABEL.match(answer.text) if answerer and _label(answer) == answerer else None
        turns[i + 1] = Turn(answer.start, answer.end, "A", answer.start + (label.end() if label else 0))


def _asks(paragraph: Segment) -> bool:
    """Whether a paragraph is a question, not somebody's quoted question ('"Why now?" she asked.' does not end on its
    question mark; '"Why now?"' opens with a quotation mark)."""
    return bool(_ASKS.search(paragraph.text)) and paragraph.text[:1] not in _MARKS + "‘'"


def _paired_questions(paras: Segments, start: int, question) -> list[int]:
    """From paragraph `start` on, the paragraphs `question` accepts that a paragraph of body text follows, read in
    pairs (an answer may end on a question of its own: "Who knows?")."""
    found, i = [], start
    while i + 1 < len(paras):
        if question(paras[i]) and not is_heading(paras[i + 1]) and not is_caption(paras[i + 1]):
            found.append(i)
            i += 1
        i += 1
    return found


# What may print a turn's speaker before its words without a colon: "((WN)) ", "[MQ] ", "**Wikinews:** ", "Marta
# Quill - ", "Wikinews : ", "QUILL " (capitals alone need no separator).
_LABEL = re.compile(r"(\(\([^()\n]{1,20}\)\)|\[[^\]\n]{1,20}\]|\*\*[^*\n]{1,30}\*\*|"
                    r"[A-Z][A-Z'’.]+(?:[ \t]+[A-Z][A-Z'’.]+){0,3}(?=[ \t])|[A-Z][\w'’.]*(?:[ \t]+[A-Z][\w'’.]*){0,3})"
                    r"(?:[ \t]*([:—–-])|(?=[ \t]))[ \t]+(?=\S)")


def _label(paragraph: Segment) -> str:
    """The label a paragraph opens with (see _LABEL), or ""."""
    found = _LABEL.match(paragraph.text)
    if found is None:
        return ""
    label = found.group(1)
    return label if found.group(2) or label[0] in "([*" or (label.isupper() and len(label) > 1) else ""


def _shared_label(paragraphs) -> str:
    """The label at least half of `paragraphs` open with, or ""."""
    found = [_label(p) for p in paragraphs]
    counts = Counter(label for label in found if label)
    label, n = counts.most_common(1)[0] if counts else ("", 0)
    return label if 2 * n >= len(found) else ""


def _speaker(label: str, interviewee: str = "", by_initials: dict | None = None) -> str:
    """The answer's speaker: the interviewee for "A"; for initials ("AAF", "OS"), the person named before the
    first turn whose initials they are (Amir Abbas Fakhravar, Oliver Sandberg)."""
    if label.lower() in UNNAMED_ANSWERS:
        return interviewee
    return (by_initials or {}).get(label, label) if _INITIALS.fullmatch(label) else label


def _named_by_initials(text: str, first_turn: int) -> dict:
    """Initials -> full name, of the people named in full before the first turn (the first one named wins)."""
    found = {}
    for start, name in names.index(text).in_sentences:
        if start >= first_turn:
            break
        full = names.canonical(text, name)
        if len(full.split()) >= 2:
            found.setdefault("".join(w[0] for w in full.split() if w[:1].isupper()), full)
            # ("NBF" is Nuala Brennock-Fahy: each part of a double-barrelled name may give its own initial)
            found.setdefault("".join(w[0] for w in re.split(r"[\s-]+", full) if w[:1].isupper()), full)
    return found


_INITIALS = re.compile(r"[A-Z]{2,5}")
_RUN_ON = re.compile(r"\w{2,}\.\s")


def _interviewee(text: str, first_turn: int) -> str:
    """Who answers a "Q: … / A: …" interview: the last person named in full in the sentences before its first turn
    ("Dr. Teresa Quon, a marine ecologist …, spoke to us about what worked."), or ""."""
    found = names.index(text)
    named = [names.canonical(text, name) for start, name in found.in_sentences
             if start < first_turn and len(name.split()) >= 2
             and not _AFTER_PREPOSITION.search(text, max(0, start - 24), start)]  # "… at the Hollins Bay Station"
    if not named:
        return ""
    # The intro is about the interviewee: of those it names in full, the one it mentions most ("Delahanty sat down
    # with the Courier" after "General manager Tasha Whitcombe said …"), the last one named if as often.
    surnames = Counter(m[2].split()[-1].removesuffix("’s").removesuffix("'s") for m in found.between(0, first_turn))
    return max(reversed(named), key=lambda full: surnames[full.split()[-1]])


def find(text: str, work: Work | None = None, paras: Segments | None = None) -> Transcript:
    """`paras`: the text's paragraphs, when the caller has them already."""
    work = meter(work)
    paras = paragraphs(text, work) if paras is None else paras
    turns = [_turn(p) for p in paras]
    # Labels in bold or before a dash are a transcript's only where they recur, one of them mostly asks ("BE — How
    # does it feel?"), and the others read as a person's name or initials ("NBF — "): not a digest's "**Why it
    # matters:**" beside "**The big question:**", nor "LONDON — " and "PARIS — " datelines. (One pass: counts.)
    marked = [t for t in turns if t is not None and t.marked]
    counts = Counter(t.label for t in marked)
    asking = Counter(t.label for t in marked if _ASKS.search(text, t.words_start, t.end))
    askers = {label for label, n in counts.items() if 2 * asking[label] >= n}
    keep = {label for label, n in counts.items() if n >= 2 and (label in askers or _NAME_LABEL.fullmatch(label)
                                                                and label.lower() not in names.places())}
    if not askers & keep:
        keep = set()
    turns = [None if t is not None and t.marked and t.label not in keep else t for t in turns]
    if turns and turns[0] is not None and sum(t is not None and t.label == turns[0].label for t in turns) == 1:
        turns[0] = None  # a headline "The Margin: are supermarkets gouging?" is no turn of the transcript below
    _answers_after_questions(text, paras, turns)
    _answers_after_unlabelled_questions(text, paras, turns)
    # Turns that are mostly not prose are the fields of a results box or a fact file, not an interview: "Referee:
    # Jonathan Kaplan", "Tries: P Riordan 48'". An interview has some turns that read as speech, however short most
    # answers are ("Reid: No.").
    labelled = [t for t in turns if t is not None]
    if len(labelled) < MIN_TURNS or len({t.label for t in labelled}) < 2:
        return Transcript([], [])
    prose = sum(len(_LOWER_WORD.findall(text, t.words_start, t.end)) >= PROSE_WORDS for t in labelled)
    if PROSE_SHARE * prose < len(labelled) and not any(
            t.label.lower() in _INTERVIEW_LABELS or _ASKS.search(text, t.words_start, t.end) for t in labelled):
        return Transcript([], [])  # a question asked makes it an interview ("Mr Hale: All night?" / "Ms Vos: Yes.")
    asked: dict[str, list[int]] = {}
    for t in labelled:
        counts = asked.setdefault(t.label, [0, 0])
        counts[0] += bool(_ASKS.search(text[t.words_start:t.end]))
        counts[1] += 1
    questioners = {label for label, (q, n) in asked.items()
                   if label.lower() in INTERVIEWERS or 2 * q >= n and label.lower() not in UNNAMED_ANSWERS}
    spans, answers, speaker = [], [], None
    last_turn = max(i for i, t in enumerate(turns) if t is not None)
    interviewee = (_interviewee(text, labelled[0].start)
                   if any(t.label.lower() in UNNAMED_ANSWERS for t in labelled) else "")
    by_initials = _named_by_initials(text, labelled[0].start) if any(
        _INITIALS.fullmatch(t.label) for t in labelled) else {}

    known: dict[str, str] = {}

    def who(label):  # once per label: the lookups below read the whole text
        if label not in known:
            work.spend(len(text) // 8 + 1)
            known[label] = _who(label)
        return known[label]

    def _who(label):  # ("Keira:" is Keira Boyd, named in full before; "MARTA QUILL:" is Marta Quill)
        speaker = _speaker(label, interviewee, by_initials)
        if speaker.isupper() and len(speaker) > 3:  # ("DR. VICTOR AMANI": Victor Amani)
            titled = speaker.title().split()
            # The article's own spelling of the last word ("DU PREEZ-HOLT" is "du Preez-Holt"), its titles aside
            # ("CHIEF ACHTERBERG" is Rosalind Achterberg, "GOV. TRUSSELL" Arlen Trussell).
            spelt = re.search(rf"\b{re.escape(titled[-1])}\b", text, re.IGNORECASE)
            named = names.canonical(text, spelt.group()) if spelt else ""
            untitled = {w.casefold() for w in names.strip_titles(" ".join(titled).replace(".", "")).split()}
            if named and (set(named.split()) <= set(titled) or untitled <= {w.casefold() for w in named.split()}):
                speaker = named
            elif speaker.title() in text:
                speaker = " ".join(titled)
        if speaker.lower() in names.HELD_OFFICES:  # "PREMIER:", "MINISTER:": the one the article gives the office
            return names.titled(text, speaker.lower(), labelled[0].start) or speaker
        full = names.canonical(text, speaker)
        # (not a name the index ran on into a caption's "Image:": "Robert Sarvis. Image")
        return full if full and speaker in full.split() and not _RUN_ON.search(full) else speaker

    for i, (paragraph, turn) in enumerate(zip(paras, turns)):
        if turn is not None:
            speaker = None if turn.label in questioners else turn.label
            spans.append((paragraph.start, paragraph.end))
            if speaker is not None:
                answers.append(_answer(text, turn.words_start, paragraph.end, who(speaker)))
        elif is_heading(paragraph):
            speaker = None
        elif is_caption(paragraph):
            continue  # a photo caption between turns is not part of the answer
        elif speaker is not None and i < last_turn and not questioners and _asks(paragraph):
            speaker = None  # an unlabelled question between labelled answers ("Why a week?" / "Cassidy: …")
            spans.append((paragraph.start, paragraph.end))
        elif speaker is not None and i < last_turn:
            spans.append((paragraph.start, paragraph.end))
            answers.append(_answer(text, paragraph.start, paragraph.end, who(speaker)))
    return Transcript(spans, answers)
