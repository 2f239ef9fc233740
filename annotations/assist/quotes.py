"""Direct quotations: the words inside straight or curly quotation marks, with the speaker attributed from the
sentence around them. Follows the gold guidelines (fixtures/README.md): the marks are outside the span, a trailing
comma that hands over to the attribution is left out, a quotation interrupted by attribution is two spans, nested
quotes belong to the outer one (and, when someone inside it is reported as saying them, are also a quote of that
someone), and scare quotes nobody is reported as saying are not quotes.

Unbalanced marks: a new opening mark while a quotation is open closes the open one at its line end, or just before
the new mark when that is on the same line; a paragraph that starts with an opening mark continues an unclosed
quotation of the paragraph before (the news convention for quotations over several paragraphs, each part its own
span); a quotation may run over single line breaks.

Linear in the text: quotations never overlap, line ends, speech verbs and person mentions are looked up in
indexes built once per text, and each attribution reads a window of bounded size around its quotation."""
import re
from bisect import bisect_left, insort
from dataclasses import dataclass, replace

import regex

from . import names
from .budget import Work, meter
from .text import Segment, Segments, english_marks, sentences

# A quoted sentence after a comma or colon: capitalised, with a full stop, question or exclamation mark of its own
# (within 300 characters: constant work) before its closing mark.
_QUOTED_SENTENCE = r"\s*[“\"‘](?-i:[A-Z])[^“”\"\n]{0,300}?[.?!…](?:[”\"’]|\s)"
# What an article quotes as its author's words ("the ruling said", "the memo said", "an advisory urging").
_DOCUMENT_WORDS = ("statement", "release", "resolution", "letter", "report", "study", "ruling", "judgment", "judgement",
                   "memo", "memorandum", "advisory", "bulletin", "assessment", "indictment", "filing", "guidance",
                   "communiqué", "communique", "petition", "leaflet", "affidavit", "notice", "lawsuit", "complaint",
                   "audit", "manifesto", "forecast", "survey", "document", "dossier", "declaration")
_DOCUMENTS = "|".join(_DOCUMENT_WORDS)
_COURT_DOCUMENTS = {"ruling", "judgment", "judgement"}  # the court's, when the article names no other author
# Weak speech cues, each with what must follow it to report speech.
# ("warning American citizens in the country of", "urging residents to": the ones addressed between)
_ADDRESSED = (r"(?:the\s+)?(?:[A-Za-z]+\s+)?(?:citizens|residents|people|public|travellers|travelers|tourists|"
              r"nationals|parents|motorists|drivers|members|voters)\s+")  # (not "a note warning him that")
_FRAMING_VERBS = {"pledged": "", "pledges": "", "pledging": "", "thanked": "",
                  "asking": r"(?=\s+(?:for|that|whether)\b)",
                  "warning": rf"(?=\s+(?:{_ADDRESSED}(?:[a-z]+\s+){{0,4}}?)?(?:of|that|against)\b)",
                  "urging": rf"(?=\s+{_ADDRESSED}to\b)", "finding": r"(?=\s+that\b)"}
# People who report what they saw or heard, in their own words ("Kurdish officials reported "good progress"").
_REPORTERS = ("officials", "police", "authorities", "witnesses", "residents", "sources", "doctors", "rescuers",
              "commanders", "spokesman", "spokeswoman", "spokesperson", "observers", "monitors", "inspectors")
SPEECH_VERBS = (
    r"said|says|say|saying|told|tells|stated|states|stating|wrote|writes|added|adding|asked|insisted|insists|"
    r"warned|warns|declared|announced|claimed|claiming|argued|noted|explained|replied|urged|posted|tweeted|described|"
    r"called|calling|confirmed|confirming|conceded|acknowledged|remarked|continued|suggested|emphasized|"
    r"emphasised|reiterated|point out|points out|pointed out|according to|"
    # Issue 18: reporting verbs news uses beyond the seeds' (present and past forms).
    r"asks|responded|responds|countered|counters|insist|admitted|admits|recalled|recalls|vowed|vows|replies|"
    r"answered|concedes|explains|notes|argues|declares|announces|confirms|acknowledges|predicted|promised|"
    r"complained|testified|observed|adds|warn|urges|describes|calls|"
    # Promises, thanks, requests, warnings and findings that frame the words they report ('pledged to open "a new
    # chapter"', 'warning of "life-threatening flooding"'): weak cues, see _has_speech_cue.
    + "|".join(verb + context for verb, context in _FRAMING_VERBS.items()) + "|"
    # Advice only in the clause of the quotation ("the agency advised parents to keep "…"", not "Doctors advised him
    # to retire, but the striker said "…"").
    r"advised(?=[,:]?\s*[“\"]|[^.,;:“”\"\n]{0,60}[“\"]|\s*[.;]|\s+(?:residents|people|the\s+public|motorists|"
    r"drivers|parents|customers|passengers|travellers|travelers|tourists)\s*[.;])|"
    # Wikinews dev half: a letter that "continues," a plea, and praise or blame in the speaker’s words ("continues to
    # mount" is no speech).
    r"continues(?=,)|pleads|pleaded|praised|praises|commended|commends|criticised|criticized|condemned|denounced|"
    r"welcomed|"
    # Past tenses of reporting verbs any news uses ("comments," is left out: "Roe's comments, coupled with" is a noun).
    r"commented|chanted|retorted|quipped|exclaimed|decried|"
    # Going on speaking ('"…," she went on.', '"…," Ada Roe went on.'; "the show went on." is a false cue this
    # accepts: a short quotation before it may be taken for speech).
    r"(?:went|goes)\s+on(?=\s*[,.:;])|"
    # Replying in kind ('Ferris shot back that Holt had "…"', '"…," she hit back').
    r"(?:shot|shoots)\s+back\b|"
    # (not "Rovers hit back through a penalty", "Troops fired back": only before what was said, or at its end)
    r"(?:hit|hits|fired|fires)\s+back(?=\s*(?:that\b|at\b|[,:]?\s*[“\"‘]|[.;]))|"
    # Raised and lowered voices ('"Get out now," one firefighter shouted').
    r"shouted|yelled|screamed|whispered|muttered|sobbed|"
    # Tabloid and sports-page reporting verbs ('"…," fumed Wanderers boss Mick Tait').
    r"fumed|raged|gushed|joked|raved|sighed|snapped|blasted|moaned|laughed|"
    # What someone spoke of in their own words ('spoke of his "very considerable unease"'; not "spoke to reporters").
    r"(?:spoke|speaks|talked|talks)(?=\s+(?:of|about)\b)|"
    # Speech only right before a quoted sentence ("questioned "The whole argument …"", not "questioned the decision",
    # "was questioned "under caution"", "questioned "several" men").
    r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!be )questioned(?=\s*[,:]?\s*[“\"](?-i:[A-Z]))|"
    # Speech only before what was said ("the talks concluded on Friday", "workers are stressed about rent").
    r"conclude[sd](?=\s+that\b|\s*[,:]" + _QUOTED_SENTENCE + r")|"
    r"stressed(?=\s+(?:that|there|the|his|her|its|their)\b)|noting|"
    # What a report, a court or researchers found ("The report found that "…""; not "was found that", "found the").
    r"(?<!was )(?<!were )(?<!been )(?<!being )found(?=\s+that\b)|"
    # Active voice only ("was accused by colleagues of", "The report that …", "the accused" are no one speaking).
    r"(?<!the )(?<!The )reported(?=(?:\s+(?:on|last|this|late|early)\s+[A-Z]?[a-z]+)?\s+that\b|\s*[,:]"
    + _QUOTED_SENTENCE + r")|"
    # ("NTV reported Ada Roe may have been "…"", "NTV, the partner of MSNBC, reported …": a named subject, and the
    # reported clause's, the "that" left out; not "State television reported Tom Hale had been", "It was reported
    # Tom Hale had been": whose words they are is unsaid.)
    + "(?:" + "|".join(rf"(?-i:(?<=\b[A-Z][\w’'-]{{{n}}}{comma} ))" for n in range(16) for comma in ("", ",")) + ")"
    + r"reported(?=\s+(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+"
    r"(?:had|has|was|were|is|may|might|would|could|will)\b)|"
    # … or right before the lowercase phrase it reports, when people report it ('officials reported "good
    # progress"'; not 'the bank reported "underlying" profits', 'the boy, reported "missing"').
    # Two words at least, and the phrase ends where a noun it modifies would follow ('"county lines" activity',
    # '"requires improvement" ratings' are terms).
    "(?:" + "|".join(f"(?<={word} )" for word in _REPORTERS) + r")reported(?=\s+[“\"‘](?-i:[a-z])[^“”\"‘’\n]{0,60}?"
    r"\s[^“”\"‘’\n]{0,60}?[”\"’](?:[,.;:!?)]|\s*$|\s+(?:in|on|at|with|from|for|towards?|against|after|before|"
    r"during|despite|amid|as|and|but|by|over|since|while|to|of|within|near|across|around|among|between|inside|"
    r"outside|throughout|behind|beyond|under|just|shortly|overnight|minutes|hours|earlier|later|yesterday|today|"
    r"tonight|this|last)\b))|"
    # A plural subject's present ("Police report that", "Officials report that"; not "amid reports that", "a news
    # report that").
    r"(?:(?<=[a-z]s )(?<!news )|(?<=[Pp]olice ))report(?=\s+that\b)|"
    # Present tenses a document or a witness is quoted with, only before what it says ("The report claims, "…"",
    # "The resolution read: "…"", "an error message which reads "…"", not "the claims were", "read the book").
    # (a quoted sentence, not a title: 'reported, "Barbie" crossed $1 billion', 'read, "The Road," on the flight').
    r"(?-i:claims)(?=\s+that\b|\s*[,:]?" + _QUOTED_SENTENCE + r")|"
    r"(?<!was )(?<!were )(?<!be )(?<!been )(?:read|reads)(?=\s*[,:]" + _QUOTED_SENTENCE + ")|"
    # After the quotation, only a document reads ('"…," the resolution read.').
    + "(?:" + "|".join(f"(?<={word} )" for word in _DOCUMENT_WORDS if word.isascii()) + r")(?:read|reads)(?=\s*[.,;])|"
    r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!ly )(?<!he )accus(?:ed|es|ing)(?!\s+by\b)"
    r"(?=\s+(?:\w+\s+){1,4}?of\b)|"
    # What someone called a thing, with the thing between and a lowercase word quoted: "rejected it as "absurd."",
    # "referred to the rationale as "bizarre"" (not "commonly referred to as "quiet quitting"", "slammed the door
    # as "Free Palestine" chants rang out").
    r"(?:rejected|dismissed|referred\s+to|branded|slammed|hailed)(?=\s+(?:[\w’'-]+\s+){1,6}?as\s+[“\"‘](?-i:[a-z]))"
)
SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
TRAILING = ",;: \t\n"
SHORT_QUOTE_WORDS = 4  # a quoted phrase this short needs a speech verb nearby, else it is a scare quote
# Bounds on what one attribution reads, so an article of quotation marks costs no more per character than prose.
SUBJECT_WINDOW = 200  # characters before a speech verb searched for its subject
VERBS_TRIED = 3  # speech verbs before a quotation tried, nearest first
ATTRIBUTION_SENTENCE_WORDS = 10  # words of a sentence that only says who spoke ('Jane Doe, the mayor, said.')
_GOES_ON_SPEAKING = re.compile(r"\b(?:added|adds|continued|continues|went on)\b")
TAIL_VERB_DISTANCE = 80  # a speech verb after the quotation must start this close to it
_ALNUM = re.compile(r"[^\W_]")
# A short quoted phrase right after a naming verb is a name, not words anyone said: 'a robot named "Hope"',
# 'a user labelled "Anonymous"', 'listed their country as "Hope"'. ("called" is left out: 'called it "a disgrace"'
# reports what someone said.)
NAMED_BEFORE = re.compile(r"\b(?:named|dubbed|titled|entitled|labell?ed|nicknamed|known as|listed\b.{0,40}?\bas)"
                          r"(?:\s+(?:it|them|him|her|their|its|the|a|an)(?:\s+\w+)?)?\s*$", re.IGNORECASE)
NAME_WORDS = 6
# ("was entitled, "like any other citizen", to" is no title: an adjective after a copula or "feel")
_TITLED = re.compile(r"\b(?<!was )(?<!were )(?<!is )(?<!are )(?<!be )(?<!been )(?<!feel )(?<!feels )(?<!felt )"
                     r"(?<!not )(?:titled|entitled|headlined|in[ \t]+the[ \t]+matter[ \t]+of)[ \t]*[,:]?[ \t]*$")
# The title named after the quotation: '"Restoring Internet Freedom" as the order is titled', '"…", as it is known'.
_TITLED_AFTER = re.compile(r"[,.]?[”\"’']?,?[ \t]+as[ \t]+(?:it|they|(?:the|this|that|its|their)[ \t]+[a-z]+)[ \t]+"
                           r"(?:is|was|are|were)[ \t]+(?:officially[ \t]+|formally[ \t]+|now[ \t]+)?"
                           r"(?:titled|entitled|called|named|known)\b")
# A title in capitals where something is shown, published or starred in ('on ‘Britain’s Best Bakes’', 'in "The
# Crown"'): every word capitalised but small joining words, and no full stop (not a placard's "Save Our NHS!").
_TITLE_CASE = regex.compile(r"\p{Lu}[\w’'-]*(?:[ \t]+(?:(?:of|the|and|a|an|in|on|to|for|at|with)[ \t]+)*"
                            r"\p{Lu}[\w’'-]*)*")
_WHERE_SHOWN = re.compile(r"\b(?:on|(?:starred|starring|appeared|appearing|featured|featuring|roles?)[ \t]+in|"
                          # a work named after its kind or a programme one was interviewed by ('In her new memoir,
                          # "Still Standing",', 'In an interview with "Good Morning America"')
                          r"(?:memoir|book|novel|album|single|song|film|documentary|series|show|programme|program|"
                          r"podcast|play|musical|autobiography|biography),?|interview[ \t]+with|appearance[ \t]+on)"
                          r"[ \t]+$")
TITLE_WORDS = 25  # a quotation this long after "titled" is still a title
# A short quoted phrase between a determiner and a word that goes on the sentence is a term or a name in use, not
# words anyone said: 'The "History" section of the site', 'the “uranium equivalent” of the radiation'.
# ("her" is left out: 'told her "Get out now"' is an object pronoun before a quotation.)
# A possessive is a determiner too: 'the bank's "stress test" results'.
_TERM = re.compile(r".*(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Tt]his)|\w[’']s)\s+[“\"‘']$", re.DOTALL)
# What follows a term goes on its phrase; a second quotation joined by "and" that ends the phrase makes a list of
# quoted words instead ('commended their "fight against corruption" and "firm commitment …"'; 'The "Leave" and
# "Remain" campaigns' are terms).
_ATTRIBUTIVE = re.compile(r"[”\"’']\s+(?!(?:he|she|they|it|said|says|told|added|asked|wrote|as|when|while|because|"
                          # a clause or phrase of its own after it ends the quoted words, no noun of theirs
                          # ('spoke of his "very considerable unease" as he rejected', 'her "deep regret" at')
                          r"after|before|since|until|at|over|about|with|from|during)\b|"
                          r"(?:and|or)\s+(?:\w+\s+)?[“\"‘][^”\"’\n]{1,80}[”\"’](?!\s+[a-z]))[a-z]")
_NON_SPACE = re.compile(r"\S")


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


def _opens_glued(text: str, i: int, line_end: int) -> bool:
    """A straight mark glued to the sentence before it while no quotation is open, then a space and a capital, and
    closed later on the line: an opening mark typed on the wrong side ('condemned FARC." I think …", she said')."""
    return (text[i] == '"' and 0 < i and text[i - 1] in ".?!" and text[i + 1:i + 2] == " "
            and text[i + 2:i + 3].isupper() and text.find('"', i + 1, line_end) > 0)


def _opens_spaced(text: str, i: int, line_end: int) -> bool:
    """A straight mark that starts a line, then a space and a word, closed later on the line: an opening mark with
    a stray space after it ('" The inclusion of parity … position," said Jim Ramstad')."""
    return (text[i] == '"' and (i == 0 or text[i - 1] == "\n") and text[i + 1:i + 2] == " "
            and text[i + 2:i + 3].isalnum() and text.find('"', i + 1, line_end) > 0)


def _closes_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return not _is_space(before) and not after.isalnum()


class _Scanner:
    """Forward lookups whose answers are reused while the question moves forward, so a pass over the text stays
    linear: the next letter or digit from i is also the next one from any i' between i and it."""

    def __init__(self, text: str):
        self.text = text
        self._cache = {}  # pattern -> (asked from, answer)

    def _next(self, pattern, i: int) -> int:
        asked, answer = self._cache.get(pattern, (1, 0))
        if not asked <= i <= answer:
            found = pattern.search(self.text, i)
            answer = found.start() if found else len(self.text)
            self._cache[pattern] = (i, answer)
        return answer

    def next_alnum(self, i: int) -> int:
        return self._next(_ALNUM, i)

    def next_non_space(self, i: int) -> int:
        return self._next(_NON_SPACE, i)

    def trim(self, start: int, end: int) -> tuple[int, int] | None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in TRAILING:
            end -= 1
        if self.next_alnum(start) >= end:
            return None
        return start, end


def _line_end(text: str, i: int) -> int:
    newline = text.find("\n", i)
    return len(text) if newline < 0 else newline


def quote_spans(text: str, work: Work | None = None) -> list[tuple[int, int, bool]]:
    """(start, end, unbalanced) of every top-level quotation, marks excluded; they never overlap."""
    meter(work).spend(len(text))
    found = []
    scan = _Scanner(text)
    open_at, kind, open_line_end = None, None, 0
    line_end = _line_end(text, 0)  # the end of the line holding i

    def emit(start, end, unbalanced=False):
        trimmed = scan.trim(start, end)
        if trimmed:
            found.append((*trimmed, unbalanced))

    i = 0
    line_marks = 0  # straight marks before i on its line: an odd count means one of them opened unseen
    while i < len(text):
        if i > line_end:
            line_end, line_marks = _line_end(text, i), 0
        ch = text[i]
        if open_at is None:
            glued = ch == '"' and line_marks % 2 == 0 and (_opens_glued(text, i, line_end)
                                                           or _opens_spaced(text, i, line_end))
            if ch in "“\"" and (_opens(text, i) or glued):
                open_at, kind, open_line_end = i, "double", line_end
            elif ch in "‘'" and _opens(text, i):
                open_at, kind, open_line_end = i, "single", line_end
        elif kind == "double":
            if ch == "”" and i == open_at + 1 and i + 1 < len(text) and text[i + 1].isalnum():
                open_at = i  # a doubled opening mark ("“”We will …"): the quotation starts after the stray one
            elif ch == "”" or (ch == '"' and not _opens(text, i)):
                emit(open_at + 1, i)
                open_at = None
            elif ch in "“\"":  # an opening mark while one is open: the open one was never closed
                emit(open_at + 1, min(open_line_end, i), unbalanced=True)
                open_at, open_line_end = i, line_end
            elif ch == "\n":
                nxt = scan.next_non_space(i)
                if nxt < len(text) and text[nxt] in "“\"" and _opens(text, nxt):
                    # The next paragraph reopens the quotation: this paragraph's part ends here.
                    emit(open_at + 1, i)
                    open_at = None
        elif kind == "single":
            if ch in "’'" and _closes_single(text, i):
                emit(open_at + 1, i)
                open_at = None
            elif ch == "\n":  # single marks never span lines: it was an apostrophe ("the '90s"),
                nxt = scan.next_non_space(i)
                if nxt < len(text) and text[nxt] in "‘'" and _opens(text, nxt) and (
                        text[open_at + 1].isupper() or text[open_at + 1].isdigit()
                        and text[max(0, open_at - 2):open_at].rstrip(" \t")[-1:] in ("", "\n", ":")):
                    # or, opening a sentence with a capital, or a figure where a quotation starts ("the '90s" and
                    # "fish 'n' chips" do not; "'Bama" still may), the next paragraph reopens the quotation, as a UK
                    # paper prints a long one
                    emit(open_at + 1, i)
                open_at = None
        line_marks += ch == '"'
        i += 1
    if open_at is not None and kind == "double":
        emit(open_at + 1, open_line_end, unbalanced=True)
    return found


_IN_NAME = regex.compile(r"\p{Lu}[\w’'-]*[ \t]$")
_MARK_NEXT = re.compile(r"[,:]?[ \t]*[“\"]")


class _Context:
    """What attributing the quotations of one text needs, indexed once: sentences, line breaks, speech verbs and
    person mentions."""

    def __init__(self, text: str, work: Work, sents: Segments | None = None):
        self.text = text
        self.work = work
        self.sents: Segments = sentences(text, work) if sents is None else sents
        work.spend(len(text))
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        # "Abdourahim Said Bakar said": a capitalised verb right after a capitalised word is part of a name, unless
        # a quotation follows it, as in a headline ('Mayor Ada Roe Says "We Will Rebuild"').
        self.verbs = [v for v in SPEECH.finditer(text)
                      if not (v.group()[0].isupper() and _IN_NAME.search(text, max(0, v.start() - 40), v.start())
                              and not _MARK_NEXT.match(text, v.end(), v.end() + 4))]
        self.verb_starts = [v.start() for v in self.verbs]
        self.people = names.index(text)
        self._first_non_space = {}
        self.quoted_starts, self.quoted_ends = [], []  # the quotations' spans, in order, once they are known
        self.headline_end = 0  # where a first line that is a headline ends (0: none), once known
        self.couples = None  # the couples the text names (_couple_member), once asked
        self.headline_title = ""  # the one titled person the headline names (_headline_title), once known
        self.in_document = False  # finding who said something in a document: no second document looked up
        self.chants: set[int] = set()  # the starts of quotations a crowd chanted or carried
        self.pronoun_events: list = []  # (offset, name, "he" | "she" | "they"), see _by_pronoun
        self.narration_scanned = 0  # person mentions read so far for 'X said she'
        self.lead_company: tuple[int, str] | None = None  # see _lead_company: read once per text
        self.narrates = _NARRATED.search(text) is not None  # whether any sentence opens with He/She/His/Her

    def in_other_quote(self, i: int, start: int, end: int) -> bool:
        """Whether offset i lies inside a quotation that does not hold text[start:end]: a speech verb there is part
        of the quoted words ('… via tweet: "…" and "The Democrats have said …"'), no attribution of another."""
        k = bisect_left(self.quoted_starts, i + 1) - 1
        for j in (k, k - 1):  # a nested quotation lies inside the one before it: two are enough
            if j >= 0 and self.quoted_starts[j] <= i < self.quoted_ends[j]:
                return not (self.quoted_starts[j] <= start and end <= self.quoted_ends[j])
        return False

    def quotation_between(self, lo: int, hi: int) -> bool:
        """Whether a quotation starts in [lo, hi)."""
        k = bisect_left(self.quoted_starts, lo)
        return k < len(self.quoted_starts) and self.quoted_starts[k] < hi

    def opens_quotation(self, i: int) -> bool:
        """Whether the mark at `i` opens one of the quotations."""
        k = bisect_left(self.quoted_starts, i + 1)
        return k < len(self.quoted_starts) and self.quoted_starts[k] == i + 1

    def first_non_space(self, i: int) -> int:
        """The first non-space character at or after `i` (asked at line starts; each line is scanned once)."""
        if i not in self._first_non_space:
            found = _NON_SPACE.search(self.text, i)
            at = found.start() if found else len(self.text)
            dateline = _DATELINE.match(self.text, at, at + DATELINE_MAX)  # a wire story's first words follow it
            self._first_non_space[i] = dateline.end() if dateline else at
        return self._first_non_space[i]

    def line_start(self, i: int) -> int:
        k = bisect_left(self.newlines, i)
        return self.newlines[k - 1] + 1 if k else 0

    def line_end(self, i: int) -> int:
        k = bisect_left(self.newlines, i)
        return self.newlines[k] if k < len(self.newlines) else len(self.text)

    def verbs_in(self, lo: int, hi: int, starts_before: int | None = None) -> list:
        """Speech verbs lying wholly in [lo, hi) (and starting before `starts_before`), in text order; matches
        never overlap, so their ends are in order too."""
        last = hi if starts_before is None else min(hi, starts_before)
        found = self.verbs[bisect_left(self.verb_starts, lo):bisect_left(self.verb_starts, last)]
        while found and found[-1].end() > hi:
            found.pop()
        return found

    def last_verbs(self, lo: int, hi: int, n: int) -> list:
        """The last `n` speech verbs lying wholly in [lo, hi), nearest to hi first."""
        k = bisect_left(self.verb_starts, hi) - 1
        found = []
        while k >= 0 and self.verb_starts[k] >= lo and len(found) < n:
            if self.verbs[k].end() <= hi:
                found.append(self.verbs[k])
            k -= 1
        return found

    def has_verb(self, lo: int, hi: int) -> bool:
        k = bisect_left(self.verb_starts, lo)
        return k < len(self.verbs) and self.verbs[k].end() <= hi

    def newlines_between(self, lo: int, hi: int) -> int:
        return bisect_left(self.newlines, hi) - bisect_left(self.newlines, lo)

    def person_after(self, offset: int) -> str:
        """The person mentioned within 40 characters after `offset` (an "according to" or a "said" before it), in
        the same sentence: '…," said a relative.\n\nHarper …' names no Harper."""
        sentence = self.sents.at(offset)  # the segmenter knows "Dr." and "U.S." end no sentence
        stop = offset + 40 if sentence is None else min(offset + 40, sentence.end)
        line_break = self.text.find("\n", offset, stop)
        after = self.people.first_between(offset, stop if line_break < 0 else line_break)
        if after is not None and _is_object(self.text, after[0]) and _ROLE_AFTER.match(self.text, offset, after[0]):
            return ""  # '…," said a spokesman for Carrick Vale Trust': the spokesman, named by the role
        return names.canonical(self.text, after[2]) if after else ""


# What makes a mention an object, not a subject: a preposition or a verb before it ("speaking to X", "met X"), or a
# noun that names a medium before its name ("news site Dublin Live", "news agency Yonhap").
_OBJECT = regex.compile(r"\b(to|with|by|from|of|at|for|on|about|alongside|against|than|into|towards?|told|"
                        # Places a crowd marches through ("marched through Quenby Cross carrying placards").
                        r"through|across|along|around|past|near|outside|inside|behind|beside|in|via|throughout|"
                        r"telling|thanked|met|meeting|site|agency|newspaper|"
                        # Verbs whose object is a person ("X, hosting Prime Minister Y in the capital, said").
                        r"hosting|hosted|welcoming|greeting|greeted|joining|joined|replacing|replaced|succeeding|"
                        r"succeeded|defeating|defeated|beating|accompanying|accompanied|visiting|visited|"
                        r"interviewing|interviewed|thanking|urging|urged|"
                        # "Like President Bush, Prime Minister Olmert kept his comments broad": Olmert is the subject
                        r"[Ll]ike|[Uu]nlike)[ \t]+"
                        r"(?:(?:the|a|an|(?:\p{Lu}\.)+|\p{Lu}[\w’'-]*)[ \t]+){0,4}"
                        # A body named after its kind: "from the gay rights group Stonewall Scotland".
                        r"(?:(?:[a-z-]+[ \t]+){0,3}(?:group|charity|organi[sz]ation|campaign|network|union|"
                        r"association|coalition|alliance|movement|society|company|firm|party)[ \t]+)?$")


# A title's own "of" and what it is of, before the name ("Secretary of State Hillary Clinton", "Army Chief of Staff
# Colonel X"): no object's ("Mayor of Rio, Eduardo Paes" is: Rio is what the mayor is of).
_TITLE_OF = re.compile(rf"\b(?=[A-Z])(?i:{'|'.join(sorted(names.TITLES))})[ \t]+$")
# (a person's own title right after "of": "Deputy of President Tom Hale" is Hale's deputy; "State" and "Defence"
# say what an office is of, names.OFFICE_DOMAINS)
_PERSON_TITLES = "|".join(sorted(names.TITLES - names.OFFICE_DOMAINS))
_TITLE_AFTER_OF = re.compile(rf"[ \t]+(?:the[ \t]+)?(?=[A-Z])(?i:{_PERSON_TITLES})\b")
_OWNS_NEXT = regex.compile(r"(?:\p{Lu}[\w.-]*[ \t]+){0,3}\p{Lu}[\w.-]*[’']s\b")


def _is_object(text: str, start: int) -> bool:
    """Whether the mention starting at `start` is an object, by the 60 characters before it."""
    found = _OBJECT.search(text, max(0, start - 60), start)
    if found is None or found.group(1) != "of" or found.end(1) + 1 >= start - 1:
        return found is not None
    # (not "met Secretary of State Ada Roe": the title is the object; nor "Deputy of President Tom Hale", a title
    # after "of"; nor "Secretary of the Treasury Board Tom Hale's deputy")
    title = _TITLE_OF.search(text, max(0, found.start() - 16), found.start())
    return (title is None or _OBJECT.search(text, max(0, title.start() - 60), title.start()) is not None
            or _TITLE_AFTER_OF.match(text, found.end(1)) is not None or text[start - 1:start] == "’"
            or _OWNS_NEXT.match(text, start, start + 60) is not None)


# An adverb between a speaker and a verb, or after "and": lowercase ("Kelly said" has no adverb in it).
_ADVERB = r"(?:[a-z]+ly|only|also|later|then|again|still|once|further)"
# A speech verb coordinated with an earlier one after a quotation shares that clause's subject: 'X commented that
# Y "…" and said'. Without a quotation between, the nearest person is the subject: 'When Y arrived, X stood and said'.
_AND_VERB = re.compile(rf"\band\s+(?:{_ADVERB}\s+)?$")
# A speech verb with an object pronoun after the one named last ("X summoned the ambassador, Y, and warned him"): Y
# is its object, and the clause's subject speaks; unless Y heads a clause reported by a verb before it ("Tom Hale
# said Ada Roe phoned and told him": she speaks).
_HIM_AFTER = re.compile(r"\w+\s+(?:him|her|them)\b")
_THAT = re.compile(r"\bthat\b")
# A wire story's dateline: "MARISCO, July 19 (Meridian Press) - ", "LONDON (AP) — ".
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:,[ \t]*[A-Z][a-z]+\.?[ \t]+\d{1,2})?[ \t]*\([^()\n]{1,40}\)"
                       r"[ \t]*[-—–]+[ \t]*")
DATELINE_MAX = 80
_ANY_MARK = re.compile(r"[“”\"]")
_PRONOUN_NEAR = re.compile(r"\b(he|she)\b[^,;]{0,40}$", re.IGNORECASE)  # "he told reporters", the verb close by
_PROPER_END = regex.compile(r"\p{Lu}[\w’'&.-]*\s*$")
_THEY_NEAR = re.compile(r"(?:[,;]\s*|\b(?:and|but)\s+)they\b[^,;]{0,40}$")  # ", but they also added"
_PRONOUN_START = re.compile(r"(?:He|She)\b")
# "At 6.40 every morning, in all weathers, ": up to three fronted phrases before a sentence's subject.
_FRONTED_PHRASES = re.compile(r"(?:(?:[^,.;:“”\"\n]|\.(?=\d)){1,40},\s+){1,3}")
# "By seven she is halfway across Skerrow Sound": a sentence about "he" or "she" after a short lowercase lead.
_PRONOUN_LEAD = re.compile(r"(?:He|She|(?:By|On|In|At|Later|Then|Now|Today|Tonight|Yesterday|Soon|Still|Once|Every|"
                           r"After|Before|Since|Until)(?:\s+(?:[a-z]+|\d+|[A-Z][a-z]+day)){0,2},?\s+(?:he|she))\b")
_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\b")
_SUBJECT_HE = re.compile(r"\b(?:he|she)\b")
_OTHER_PERSON = re.compile(r"\b(?:him|his|her)\b")
TITLE_LEAD = 100  # characters: a longer run of title words before a name is no title
# What a title before a name does not hold: a comma, or a lowercase verb form.
# A sentence opening with a role and the name set off by commas after it: "Nigeria's acting ambassador to the United
# States, " (not "The lawsuit against the former chief executive, ", nor "The prize, which honours the poet, ").
_OPENING_ROLE = re.compile(rf"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w.’'-]+[’']s\s+)?|[\w.’'-]+[’']s\s+)"
                           rf"(?:[\w-]+\s+){{0,3}}"  # (the last role word: "The local police commander")
                           rf"((?:{names.PEOPLE_ROLES}))\b[^,;:.“”\"]{{0,60}},\s+"
                           # and the name's own titles ("The local police commander, Superintendent Grace Ofori,")
                           r"(?:(?:[A-Z][a-z]+\.?|[A-Z]{2,4})\s+){0,2}")
_VERB_FORMS = r"[a-z]+ed|is|was|were|are|has|had|have"  # what a run of title words does not hold
_NOT_TITLE = re.compile(rf",|\b(?:{_VERB_FORMS}|said|says|told|will|would)\b")
PRONOUN_CHAIN = 2  # narration sentences starting "He"/"She" looked past for the one that names the person
SUBJECT_LEAD = 40  # characters: a person named this early in a sentence is its subject ("However, UK citizen X")


_PARTICIPLE = re.compile(r"\w+ing\b")
# A document named in the clause right before a participle, no comma or stop after it ("the lawsuit filed on
# January 16 by X claiming"); (?i) for "Lawsuit", and the words between are bounded so a search stays linear.
_DOCUMENT_RUNS_ON = re.compile(rf"\b({_DOCUMENTS})\b[^,;:.!?\n“”\"]{{0,160}}[ \t]$", re.IGNORECASE)
# ... unless the clause before it has a verb of its own that acts on the document ("The company rejected the lawsuit
# filed by X calling it "…"", "Campaigners responded to the letter from X accusing her of "…"")
_ACTS_ON = re.compile(r"\b(?:[a-z]+ed|[a-z]+s\s+(?:to\s+)?the|said|told|says)\b")
_ORG_GOES_ON = regex.compile(r"[ \t]+for[ \t]+\p{Lu}")
# A clause or phrase fronted before the main clause's subject, up to its comma: "Days after X resigned,", "When X
# arrived,", "In a meeting with X,". Nobody named in it is the subject.
_FRONTED = re.compile(r"[ \t]*(?:(?:\w+[ \t]+)?(?:days|hours|weeks|months|years|minutes)[ \t]+)?(?:after|when|while|as|"
                      r"before|since|although|though|if|once|despite|during|until|because|in|at|on|with|following|"
                      r"writing|speaking)\b[^,\n]{0,120},", re.IGNORECASE)


def _titled(text: str, title, offset: int) -> str:
    """The person the article gave the title of a _THE_TITLE match, if its title words before it fit them too."""
    who = names.titled(text, title.group(2), offset)
    modifiers = [w.lower() for w in title.group(1).split() if w.lower() in names.TITLES]
    return who if who and all(names.titled(text, w, offset) == who for w in modifiers) else ""


_BUT_CLAUSE = re.compile(r";|,\s*(?:but|and|while|whereas|although|yet)\s")  # a clause of its own after it


# "the commission’s report", "the county council’s report" (a word before the body's must be in its name too)
_BODY_OWNS = re.compile(rf"\b(?:(?!(?:the|a|an|its|their|this|that)\s)([a-z]+)\s+)?"
                        rf"({'|'.join(sorted(names.ORG_WORDS))})[’']s\s")


def _subject_before(ctx: _Context, head_start: int, verb_start: int, sentence_start: int,
                    previous: Quote | None = None) -> str:
    """The speaker named before a speech verb (within SUBJECT_WINDOW characters): the person mentioned nearest to
    it, or a pronoun's referent, or a noun phrase like "the diplomat"."""
    text, head_start = ctx.text, max(head_start, verb_start - SUBJECT_WINDOW)
    ctx.work.spend((verb_start - head_start) // 2 + 1)
    window = text[head_start:verb_start]
    # "Boylan of the Sinn Féin party tweeted", "MacDonncha, speaking to Dublin Live, said": the subject is not the
    # object of a preposition or of a verb, when anyone else is named.
    if (body := _THE_BODY_SUBJECT.search(window)) and _OPENS_CLAUSE.fullmatch(window, 0, body.start()):
        # "In a statement, the club said Rudd had “…”": the body, not the person its words are about (when the
        # article named it; else the rules below, which know more ways to find it)
        word = body.group(1).lower()
        named = (_named_body(ctx, word, verb_start) if word in _ANY_BODY
                 else names.organisation_with(text, word, verb_start) or word)
        if named.lower() != word:
            return named
    if (", " in window[-SET_OFF_BODY:] and (set_off := _SET_OFF_BODY.search(window, max(0, len(window) - SET_OFF_BODY)))
            and _PROPER_END.search(window, 0, set_off.start())):
        # "NTV, the Turkish language partner of MSNBC, reported", "Brightwater, the charity that runs the shelter,
        # said": the body the phrase describes
        return _subject_before(ctx, head_start, head_start + set_off.start(), sentence_start, previous)
    if "quoted" in window:  # (one test on the common path: this reader runs for every speech verb tried)
        passive = _QUOTED_PASSIVE.search(window)
        if passive:  # '"…," the emir was quoted by ZPA as saying': the verb's subject, not the agency
            return _subject_before(ctx, head_start, head_start + passive.start(), sentence_start, previous)
        quoted = _QUOTED_AS.search(window)
        if quoted and quoted.group(1):  # '"…," the agency quoted him as saying': him
            return _pronoun(ctx, head_start + quoted.start(1), previous, "he" if quoted.group(1) == "him" else "she")
        if quoted:  # "Interfax quoted Defence Minister Sergei Ivanov as saying": the one quoted
            named = ctx.people.between(head_start + quoted.start(2), head_start + quoted.end(2))
            return names.canonical(text, named[-1][2]) if named else quoted.group(2)
    if (defined := _ACRONYM_BEFORE.search(window)) and not ctx.people.between(max(sentence_start, head_start),
                                                                                head_start + defined.start()):
        # "Medecins sans Frontieres (MSF) said": the body the bracket spells out, right before the verb ("X, a
        # senior German Council on Foreign Relations (DGAP) said" is X's, named before it in the sentence).
        return names.acronym(text, defined.group(1))
    if whom := _WHOM_SUBJECT.search(window):  # "Dr Eze, whom the governor described as "…"": the governor
        at, words = head_start + whom.start(1), whom.group(1).split()
        person = ctx.people.between(at, verb_start)
        return ((names.canonical(text, person[0][2]) if person else names.titled(text, words[-1].lower(), at))
                or " ".join(words[1:] if words[0] in ("the", "his", "her", "their") else words))
    # "disputed by the Turkish government, who has called the vote a "serious blow"": the antecedent
    if relative := _WHO_BEFORE_VERB.search(window):
        comma = head_start + relative.start()
        person = ctx.people.between(max(0, comma - 60), comma)
        if person and person[-1][1] == comma:
            return names.canonical(text, person[-1][2])
        body = names.organisation_ending_at(text, comma) or (
            (lambda m: m.group(1) if m else "")(_THE_BODY_BEFORE.search(text, max(0, comma - 60), comma)))
        if body:
            return body
    if ((called := _IT_CALLED.search(window)) and _NAMING_VERB.match(text, verb_start)
            and sentence_start <= head_start + called.start()):
        # "The Tacoma Police Union issued a vote …, citing what it called "…"", "Unite has balloted workers over a
        # pay offer it describes as "…"": "it" is the body the sentence opens with
        lead = ctx.first_non_space(sentence_start)
        who = (_organisation_subject(text, lead, head_start + called.start())
               or _lead_body_word(ctx, lead, head_start + called.start()))
        if who:
            return who
    if (joined := _GROUP_AFTER_BREAK.search(window)) and (joined.group(1) == "police"
                                                          or _speaker_noun(joined.group(1).split()[-1])):
        # "The driver was pronounced dead, and police said", "Smith was fined, and magistrates said": the group
        # that opens the verb's own clause, not anyone named in the clause before
        return joined.group(1)
    # '"…," the father-of-two said': the person named just before, described by their family
    if counted := _COUNTED_PERSON.search(window):
        return _described_before(ctx, head_start + counted.start(), counted.group(1)) or counted.group(1)
    # "Neighbours who heard the bang said"
    if (plural := _PLURAL_WHO.match(window)) and _speaker_noun(plural.group(1).lower()):
        return plural.group(1).lower()
    described = _NOUN_WHO.search(window)
    if (described and _OPENS_CLAUSE.fullmatch(window, 0, described.start())
            and _speaker_noun(described.group(2).split()[-1])):
        # "The barber, who has run the shop on Mill Lane since 1987, told": the noun the relative clause is about
        # (its own words name no subject), when no list knows it ('the spokesman, who …,' the role rules read)
        return ((described.group(1) and _described_before(ctx, head_start + described.start(), described.group(2)))
                or described.group(2))
    if ((behalf := _ON_BEHALF.search(window) or _ON_BEHALF_SET_OFF.search(window))
            and ctx.people.between(head_start + behalf.start(), verb_start)):
        # "the family of victim Edith Rowe said", "lawyers for businessman Viktor Solano said", "President Alvarez's
        # office said": those who speak for the person named, not the person
        return behalf.group(1).strip()
    mentions = [m for m in ctx.people.between(head_start, verb_start) if m[1] <= verb_start
                # Quoted words name no subject: 'Ada Roe, who produced his album "Sawmill Hours," called him'.
                and not ctx.in_other_quote(m[0], verb_start, verb_start + 1)
                # A gloss in brackets names no subject: "X, the director of Action Against Hunger (Action Contre La
                # Faim, ACF), told AFP".
                and (text.rfind("(", head_start, m[0]) <= text.rfind(")", head_start, m[0])
                     or text[m[0] - 1:m[0]] == "(" and _ROLE_BEFORE_BRACKET.search(text, max(0, m[0] - 30), m[0]))]
    if head_start <= sentence_start and (opening := _opening_body(ctx, sentence_start, verb_start)):
        return opening
    if mentions:
        adjacent = _ORG_BEFORE.search(window)
        at = head_start + adjacent.end(1) if adjacent else 0
        org = names.organisation_ending_at(text, at) if adjacent else ""
        breaks = list(_BUT_CLAUSE.finditer(text, mentions[-1][1], at - len(org))) if org else []
        clause = breaks[-1] if breaks else None  # the last clause break before the body
        if clause is not None and not _is_object(text, at - len(org)):
            # "Cole … was not arrested, but Branford Police said": the body, in a clause of its own
            return _spelt_out(text, org, at - len(org))
        role = _role_in(text[clause.end():at]) if clause is not None else None
        if role is not None:  # "…, while a spokesman from Police Scotland said": the spokesman
            return role.group(1)
    # Not the object of a preposition or verb, nor the start of an organisation's name ("…, director of one of the
    # groups, Jewish Voice for Peace, responded": before the verb, "for Peace" makes it no person's name).
    subjects = [m for m in mentions if not _is_object(text, m[0]) and not _ORG_GOES_ON.match(text, m[1], m[1] + 16)
                # nor the owner of the one named after ("Pruitt's publicist, Nina Stroud, confirmed …, saying")
                and not (_OWNER_NEXT.match(text, m[1]) and m is not mentions[-1])]
    if mentions and not subjects:
        phrase = _role_in(window, participle=_PARTICIPLE.match(text, verb_start) is not None)
        if phrase and not _DOCUMENT.search(phrase.group(1)) and (
                head_start + phrase.start() >= mentions[-1][1]  # "Writing to Ada Roe, the teacher said"
                or _SPEAKS_FOR.search(phrase.group(1))):  # "A spokesman for President Obama stated"
            return phrase.group(1)  # (not "The ambassador to Washington Tom Reid said": his own words)
        placed = _PEOPLE_OF_PLACE.search(window)
        if placed and _speaker_noun(_singular(placed.group(1))):
            return placed.group(1).lower()  # "Villagers in Little Ashby say": the villagers, not the village
    mentions = subjects or mentions
    apposed = next((m for m in mentions[:-1] if _set_off_to_verb(text, m[1], verb_start)), None)
    if apposed:  # "Rafał Pankowski, a sociologist of the organization Never Again, said": the one it describes
        return names.canonical(text, apposed[2])
    fronted = _FRONTED.match(text, sentence_start, verb_start) if sentence_start <= head_start + 1 else None
    if fronted:  # "Days after Ada Roe resigned, Tom Hale posted …, claiming": the main clause's subject
        mentions = [m for m in mentions if m[0] >= fronted.end()] or mentions
    pronoun = _PRONOUN_NEAR.search(window)
    if mentions and (they := _THEY_NEAR.search(text, mentions[-1][1], verb_start)):
        # "Hurriyet reported Ada Roe had been "…", but they also added": not the one named, but whom "they" is:
        # the subject of the sentence's speech verb before it
        # (else "they" may be those the clause acts on: "Ada Roe met Tom Hale and Sam Ellis, and they said")
        if earlier := ctx.verbs_in(max(sentence_start, head_start), they.start())[:1]:
            return _subject_before(ctx, head_start, earlier[0].start(), sentence_start, previous)
    if mentions and not (pronoun and head_start + pronoun.start() > mentions[-1][1]):
        last_end = mentions[-1][1]
        # (… or the one named last is the verb's object: "X summoned the ambassador, Y, and warned him that")
        if _AND_VERB.search(text, last_end, verb_start) and (_ANY_MARK.search(text, last_end, verb_start) or (
                len(mentions) > 1 and _HIM_AFTER.match(text, verb_start)
                and not SPEECH.search(text, mentions[0][1], mentions[-1][0]))):
            return names.canonical(text, _clause_subject(text, mentions)[2])
        if _PARTICIPLE.match(text, verb_start):  # "X released a statement boycotting Y, saying": X speaks
            return names.canonical(text, _clause_subject(text, mentions)[2])
        if len(mentions) == 1 and (role := _ROLE_AT.search(window, 0, mentions[0][0] - head_start)) and _speaker_noun(
                role.group(2)) and _OPENS_CLAUSE.fullmatch(window, 0, role.start()) and text[last_end] not in "’'":
            # (not "An aide in Tom Hale's campaign said": Hale's)
            return text[head_start + role.start(1):last_end]  # "Analysts at Brightwater Securities said": them
        return names.canonical(text, mentions[-1][2])
    if pronoun:
        at = head_start + pronoun.start()
        reported = _GROUP_BEFORE.search(window, pronoun.end(1), len(window))
        if reported and _HANDS_OVER.match(text, verb_start, verb_start + HANDS_OVER_WINDOW):
            # "She said doctors told her: “…”": the doctors, when their verb hands over to the quotation (not "He
            # said doctors told him to rest, but “I cannot …”")
            return reported.group(1)
        if mentions and _SAID_THAT.fullmatch(text, mentions[-1][1], at):
            return names.canonical(text, mentions[-1][2])  # "Mayor Ada Roe said in a statement that she had asked"
        reply = _REPLY_VERB.match(text, verb_start) is not None
        k = bisect_left(ctx.quoted_ends, verb_start + 1) - 1  # the quotation just before the verb, if any
        question = (text[verb_start:verb_start + 5].lower() in ("asked", "asks ")
                    or (k >= 0 and verb_start - ctx.quoted_ends[k] <= 8 and text[ctx.quoted_ends[k] - 1] == "?"))
        own = _own_sentence_subject(ctx, ctx.sents.at(at), at, pronoun.group(1))
        if own:  # 'X warned the MDC that …, "…," he said': the subject of the narration the quotation ends
            return own
        return (_pronoun(ctx, min(sentence_start, at), previous, pronoun.group(1), reply=reply,
                         turn="question" if question else "answer" if reply else "said")
                or _only_one_fits(ctx, sentence_start, at, pronoun.group(1)))
    which = _WHICH_DOCUMENT.search(window)
    if which:  # "Critics point to the report, which said, "…"": the report's author
        who = _document_author(ctx, which.group(1), head_start + which.start())
        if who:
            return who
    if (it := _IT_BEFORE.search(window)) and head_start <= sentence_start and not (
            it.group().lstrip()[:1] == "T" and _people_named_before(ctx, sentence_start)):
        who = _body_before(ctx, sentence_start)
        if who:  # "The report estimated the harvest at 2.1 million tonnes. It said …": the body or document before
            return who
        if (previous is not None and previous.speaker and it.group().lstrip()[:1] in "Ii"
                and ctx.newlines_between(previous.end, sentence_start) == 0
                and not names.is_personal(previous.speaker)):
            return previous.speaker  # '"…," a statement from the club read. It said …': the body quoted just before
    title = _THE_TITLE.search(window) or _THE_CAPITAL_TITLE.search(window)
    if title:  # "the mayor said": the person the article introduced as mayor; "the church said": that church
        if proxy := _PROXY_BEFORE.search(window, max(0, title.start() - 40), title.start()):
            # "A source close to the minister said": the source
            return " ".join((proxy.group(1) + " the " + title.group(1) + title.group(2)).split())
        at = head_start + title.start()
        who = (_titled(text, title, at)
               or (title.group(2) in names.ORG_WORDS and names.organisation_with(text, title.group(2), at))
               or (_DOCUMENT.search(title.group(2)) and _document_author(ctx, title.group(2), at)))
        if who:
            return who
    lead = ctx.first_non_space(sentence_start)
    document = _LEAD_DOCUMENT.match(text, lead, verb_start) if head_start <= lead else None
    if document:  # "The ministry's report also warned of risks and said that": the report the sentence is about
        issued = _FROM_BY.match(text, document.end(1), min(verb_start, document.end(1) + 80))
        if issued:  # "A Christmas Eve statement from Buckingham Palace said": the Palace's
            return issued.group(1)
        owner = [w for w in text[lead:document.start(1)].split()[1:] if w[:1].isupper()
                 and not _CALENDAR.fullmatch(w)]  # ("A Tuesday statement from the Department for Transport")
        if owner:  # "A Pacewise press release issued Monday said": Pacewise's, whoever issued a release before
            return _POSSESSIVE_END.sub("", " ".join(owner))
        owned = _BODY_OWNS.search(text, lead, document.start(1))
        who = owned and names.organisation_with(text, owned.group(2), lead, owned.group(1) or "")
        if who:  # "The commission’s annual report said": the commission named before
            return who
        who = _document_author(ctx, document.group(1), document.end(1))
        if who:
            return who
    kind = _NAME_THEN_KIND.search(window)
    if kind:  # "Brightloop, the social media company, said": the body the apposition says it is
        return kind.group(1)
    named = _NAMED_CAMPAIGN.search(window)
    if named:  # "The Better Together campaign said", "the Tom Hale campaign said"
        return named.group(1)
    org = _ORG_BEFORE.search(window)
    if org:  # "Christian Aid said", "the Foreign Office also stated"
        end = head_start + org.end(1)
        who = names.organisation_ending_at(text, end) or (" of the " in window
                                                          and names.organisation_before_country(text, end))
        spokesman = _role_in(window) if who else None
        if spokesman and _SPEAKS_FOR.match(spokesman.group(1)) and head_start + spokesman.end(1) > end - len(who):
            # "A spokesman for the Ministry of Local Government said": the spokesman, for the body named in full
            return text[head_start + spokesman.start(1):end]
        if who:
            role = _ROLE_AT.search(window, 0, end - head_start - len(who))
            if role and _speaker_noun(role.group(2)) and _OPENS_CLAUSE.fullmatch(window, 0, role.start()):
                return text[head_start + role.start(1):end]  # "an aid worker with the Red Crescent said": the worker
            return _spelt_out(text, who, end - len(who))
    phrase = _role_in(window, participle=(participle := _PARTICIPLE.match(text, verb_start) is not None))
    if phrase:
        document = _DOCUMENT.search(phrase.group(1))
        if document:  # "The European Commission released a statement saying": its words
            body = _THE_BODY.search(window, 0, phrase.start())  # "The council released a statement"
            org = (_organisation_subject(text, head_start, head_start + phrase.start())
                   or (body and names.organisation_with(text, body.group(1), head_start + body.start())))
            # Its author when the article named one, else the document ("A statement released on Friday said").
            # ("The embassy issued a statement warning that": the embassy, when no name says which)
            return (org or _document_author(ctx, document.group(), head_start + phrase.end())
                    or (body and body.group(1).lower()) or phrase.group(1))
        named = _introduced_then_named(ctx, head_start + phrase.start(1), head_start + phrase.end(1))
        if named is not None and ctx.verbs_in(named[1], ctx.sents.at(named[0]).end):
            # "A LORRY driver who scooped £4.6million says …. Kenny Mbatha, 55, said": him, when the next sentence
            # has him speak (not "A coroner has said …. Margaret Elland, 78, was taken to hospital")
            return names.canonical(text, named[2])
        if window[max(0, phrase.start(1) - 4):phrase.start(1)].lower() == "the ":
            # "A former soldier who lost both legs … Craig Devlin, 39, raised … "…," the former soldier said"
            head = _role_head(phrase.group(1))
            return (_lede_named(ctx, head, head_start + phrase.start())
                    or _couple_member(ctx, head.lower(), head_start + phrase.start()) or phrase.group(1))
        return phrase.group(1)
    if participle and (document := _DOCUMENT_RUNS_ON.search(window)) and not _ACTS_ON.search(window, 0,
                                                                                               document.start()):
        # "… in addition to the lawsuit filed by the Attorney General of New York claiming this decision was "…"":
        # with no comma before it, the participle runs on from the document, whose author speaks
        who = names.document_author(text, document.group(1), verb_start)
        if who:
            return who
    group = _GROUP_BEFORE.search(window)
    if group:  # "Japanese authorities have warned", "Local residents said": a group with no article
        return group.group(1)
    if head_start <= sentence_start:  # "Vela International Marine, which is owned by …, would only say": the
        org = _organisation_subject(text, sentence_start, min(verb_start, sentence_start + SUBJECT_LEAD))
        if org:  # organisation the sentence starts with
            return org
    brand = _BRAND_BEFORE.search(window)
    if brand:  # '"…," easyJet said': a name written with a lowercase start
        return brand.group(1)
    alone = _SURNAME_BEFORE.search(window) or _RELATIVE_SUBJECT.search(window)
    if alone and _PLACE_PREPOSITION.search(window, max(0, alone.start(1) - 20), alone.start(1)):
        return ""  # "residents of ar-Raqqa said": the place is no speaker ("with Hamas saying" is Hamas)
    if alone:  # a surname or a one-word name the article never expands, else the proper name it ends
        if _THE_BEFORE.search(window, 0, alone.start(1)) and _nationality(alone.group(1)):
            # '"…," the Pole said': a nationality describes the one the sentence before is about
            before = ctx.sents.before(sentence_start)
            return (_described_before(ctx, head_start + alone.start(1), alone.group(1))
                    or (before and _first_subject(ctx, before.start, before.end, objects=False)) or "")
        # ("Downing Street said", "In a statement, Branford City said": a body no list knows)
        proper = _PROPER_BEFORE.search(window, max(0, alone.start(1) - PROPER_RUN), alone.end(1))
        if proper and names.is_title(proper.group(1).split()[-1]):
            proper = None  # "the Sport Minister said": an office, whose holder the rules below look for
        return _named(text, alone.group(1)) or (proper.group(1) if proper else "")
    if (aged := _AGED_SUBJECT.search(window)) and _OPENS_CLAUSE.fullmatch(window, 0, aged.start()):
        return _aged(ctx, aged.group(1), head_start + aged.start())  # "The 52-year-old posted on social media:"
    anyone = _ANY_SUBJECT.search(window)
    head = anyone and _COMPLEMENT.split(anyone.group(3), maxsplit=1)[0].split()[-1]
    if (anyone and anyone.group(2) and _OPENS_CLAUSE.fullmatch(window, 0, anyone.start())
            and _body_word(head)):
        return anyone.group(2) + anyone.group(3)  # "Japan's foreign ministry said": the country's body
    if anyone and _speaker_noun(head) and _OPENS_CLAUSE.fullmatch(window, 0, anyone.start()):
        # "The singer, 27, later wrote", "One clubber told", "Ryan's representative said": the verb's subject,
        # whatever its noun, when no list above knows it and it opens the clause (not '"…" was left on the
        # windscreen, and the local council said'); "the" singer is the one person named just before, if any
        # ("Pop star Kelly Marsh was rushed to hospital. The singer, 27, later wrote")
        # ("The head of the police's internal investigators told": a description of its own, pointing nowhere)
        # (a plural points to no one person: "the charity’s trustees said")
        pointing = anyone.group(1) and not _COMPLEMENT.search(anyone.group(3)) and _singular(head) == head
        who = _described_before(ctx, head_start + anyone.start(), head) if pointing else ""
        if who is None:
            return ""  # several people named just before: the rules after this one choose among them
        return who or (anyone.group(2) or "") + anyone.group(3)
    return ""


def _speaker_noun(word: str) -> bool:
    """Whether a noun may stand for whoever speaks: a person (names.is_person_noun), not a document or a thing ("The
    email added", "The agreement says"), nor a body ("the airline", "the council"), which the rules for bodies
    resolve."""
    noun = _singular(word.split("-")[0])  # "grandmother-of-six"
    return names.is_person_noun(noun) and not _DOCUMENT.search(noun) and noun not in _ANY_BODY and not _body_word(noun)


def _body_word(noun: str) -> bool:
    """Whether a noun names a body as an organisation's or institution's word does ("ministry", "council")."""
    return noun in names.ORG_WORDS or _INSTITUTION.fullmatch(noun) is not None


DESCRIBED_WINDOW = 600  # characters: how far back "the singer" looks for the person it describes


def _described_before(ctx: _Context, at: int, noun: str) -> str | None:
    """The one person named in the two sentences before `at` (and in its own, before it), whom "the <noun>" at `at`
    describes; "" when there is none, or when the noun was used before for no one named (then it is someone else's:
    "a producer … The producer said"); None when several people are named there ("Lana Brisk played Castlefield
    Bowl. The singer said": a venue may be taken for a person)."""
    lo = at
    for _ in range(3):  # its own sentence, then the two before
        before = ctx.sents.before(lo)
        if before is None:
            break
        lo = before.start
    lo = max(lo, at - DESCRIBED_WINDOW)
    ctx.work.spend((at - lo) // 4 + 1)
    titled = set()
    for used in re.finditer(rf"\b{re.escape(noun)}\b", ctx.text[lo:at], re.IGNORECASE):
        begin, end = lo + used.start(), lo + used.end()
        person = next((m for m in ctx.people.between(max(0, begin - TITLE_LEAD), end + 3)
                       if m[0] <= begin < m[1] or end < m[0] <= end + 2), None)  # "Singer X" whole, or before X
        if person is None:
            person = _introduced_then_named(ctx, begin, end)
        if person is None:  # "Temitope Olabisi, the Nigerian-born singer who …": the name it is set off after
            person = next((m for m in reversed(ctx.people.between(max(0, begin - TITLE_LEAD), begin))
                           if _APPOSED_NOUN.fullmatch(ctx.text, m[1], begin)), None)
        if person is None:
            return ""  # the noun was someone else's
        own = person[2]  # "Singer Kayleigh Dunn, 27, … The singer later wrote": her own title
        titled.add(own[len(noun) + 1:] if own.lower().startswith(noun.lower() + " ") else own)
    if titled:
        return names.canonical(ctx.text, titled.pop()) if len(titled) == 1 else None
    # (not one whose funeral, death or trial the narration is about: "the funeral of Cathal Rooney. The priest said")
    named = {ctx.people.fullest.get(name.split()[-1].casefold(), name) for start, _, name in ctx.people.between(lo, at)
             if not _EVENT_OF.search(ctx.text, max(0, start - 40), start)}
    return names.canonical(ctx.text, named.pop()) if len(named) == 1 else (None if named else "")


_EVENT_OF = re.compile(r"\b(?:funeral|death|burial|memorial|murder|killing|trial|sentencing|disappearance)"
                       r"[ \t]+(?:service[ \t]+)?(?:of|for)[ \t]+(?:[a-z]+[ \t]+){0,2}$")
_APPOSED_NOUN = re.compile(r",[ \t]+(?:\d{1,3},[ \t]+)?(?:the|a|an)[ \t]+"
                           r"(?:(?!(?:of|for|to|with|at|by|from|in)\b)[\w’'-]+[ \t]+){0,3}")  # (not "the manager of")


def _aged(ctx: _Context, age: str, at: int) -> str:
    """The person "the <age>-year-old" at `at` is: the last one named with that age within DESCRIBED_WINDOW
    characters before ("Rocco Benedetti, 52,", "52-year-old Rocco Benedetti"), else the one person named in the
    sentences before (_described_before), else ""."""
    lo = max(0, at - DESCRIBED_WINDOW)
    ctx.work.spend((at - lo) // 8 + 1)
    for start, end, name in reversed(ctx.people.between(lo, at)):
        if (re.match(rf",[ \t]*{age}\b", ctx.text[end:end + 8])
                or re.search(rf"\b{age}-year-old[ \t]+(?:[a-z-]+[ \t]+)?$", ctx.text[max(0, start - 30):start])):
            return names.canonical(ctx.text, name)
    return _described_before(ctx, at, f"{age}-year-old") or ""


_AGED_SUBJECT = re.compile(r"\b[Tt]he[ \t]+(\d{1,3})-year-old(?:[ \t]+[a-z-]+)?"
                           r"(?:,[^,;:“”\"\n]{1,120},)?[ \t]*$")  # ("The 47-year-old, who collects rubbish, said")
_AGED_AFTER = re.compile(r"[ \t]+the[ \t]+(\d{1,3})-year-old\b")  # '"…," said the 18-year-old


def _introduced_then_named(ctx: _Context, begin: int, end: int) -> tuple | None:
    """The person the sentence after an indefinite description opens with, named with their age: "A mother-of-two
    says she has been left with black mould. Kerry Ashdown, 31, said …" (the lede's way of naming); else None."""
    if not _INDEFINITE_BEFORE.search(ctx.text, max(0, begin - 12), begin):
        return None
    sentence = ctx.sents.at(end)
    after = ctx.sents.at(ctx.first_non_space(sentence.end)) if sentence is not None else None
    if after is None or after.start <= end:
        return None
    named = ctx.people.first_between(after.start, min(after.end, after.start + TITLE_LEAD))
    if named is None or not _OPENING_WORD.fullmatch(ctx.text, after.start, named[0]):
        return None  # the sentence opens with the name, or a role word and the name ("Pensioner Joan Priddy")
    return named if names.AGE_NEXT.match(ctx.text, named[1]) else None


_COUPLE_ROLES = {"father", "husband", "dad", "mother", "wife", "mum", "mom"}


def _couple_member(ctx: _Context, noun: str, at: int) -> str:
    """For "the father", "the mother", "the husband" or "the wife": the one of that sex in the one couple the
    article names (two people of one surname, a man's and a woman's given names: "David Turpin" and "Louise Turpin"
    … "The father said"), named before `at`; else ""."""
    if noun not in _COUPLE_ROLES:
        return ""
    sex = "he" if noun in _MEN else "she"
    if ctx.couples is None:  # once per text: the people it names, by surname
        ctx.work.spend(len(ctx.text) // 64 + 1)
        by_surname: dict[str, set] = {}
        for _, _, name in ctx.people.between(0, len(ctx.text)):
            full = names.canonical(ctx.text, name)
            if len(full.split()) >= 2:
                by_surname.setdefault(full.split()[-1], set()).add(full)
        ctx.couples = [sorted(people) for people in by_surname.values() if len(people) == 2
                       and {names.pronoun_of(p) for p in people} == {"he", "she"}]
    couple = ctx.couples[0] if len(ctx.couples) == 1 else ()
    return next((p for p in couple if names.pronoun_of(p) == sex and ctx.text.find(p, 0, at) >= 0), "")


def _lede_named(ctx: _Context, noun: str, at: int) -> str:
    """The person "the <noun>" at `at` was introduced as, within DESCRIBED_WINDOW characters before: "A former
    soldier …. Craig Devlin, 39, …" (_introduced_then_named), or the role in lowercase with the name set off after it
    ("his mum, Jodie Brennan, 31, fell …. The mother said"; the last such introduction), or right before the name
    when it is no title ("Campaigner Ruth Amadi"); else ""."""
    lo = max(0, at - DESCRIBED_WINDOW)
    ctx.work.spend((at - lo) // 8 + 1)
    uses = list(re.finditer(rf"\b(?:{'|'.join(_SAME_ROLE.get(noun.lower(), (re.escape(noun),)))})\b",
                            ctx.text[lo:at], re.IGNORECASE))
    for used in uses:
        named = _introduced_then_named(ctx, lo + used.start(), lo + used.end())
        if named is not None:
            return names.canonical(ctx.text, named[2])
    for used in reversed(uses):
        end = lo + used.end()
        named = ctx.people.first_between(end, end + 3)
        if named is not None and (ctx.text[end:named[0]] == ", " and used.group().islower()  # (no "Mayor X")
                                  # "Campaigner Ruth Amadi …. The campaigner said": a role, not a title
                                  or ctx.text[end:named[0]] == " " and not names.is_title(used.group())):
            return names.canonical(ctx.text, named[2])
    return ""


# The words for one family role: "his mum, Jodie Brennan" is "the mother".
_SAME_ROLE = {word: group for group in (("mother", "mum", "mom", "mam"), ("father", "dad")) for word in group}
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?[ \t]+(?:[a-z-]+[ \t]+)?$")
_OPENING_WORD = re.compile(r"(?:[A-Z][a-z-]+[ \t]+)?")


def _clause_subject(text: str, mentions: list) -> tuple:
    """Of the people named before a coordinated verb, the subject of the first clause: the last one named before
    its "that" ("X commented on his belief that Y"), else the first."""
    that = _THAT.search(text, mentions[0][1], mentions[-1][0])
    if that is None:
        return mentions[0]
    before = [m for m in mentions if m[1] <= that.start()]
    return before[-1] if before else mentions[0]


def _pronoun(ctx: _Context, at: int, previous: Quote | None, word: str = "he", reply: bool = False,
             turn: str = "") -> str:
    """Who "he" or "she" (`word`) at `at` is: in an exchange the paragraph opened ("X asked Y whether …"), the asker
    for a question (`turn`) and the one asked for an answer; else _pronoun_guess. Unless the one found has a first
    name nearly always the other sex's ('…, his mother, Denise, refused. "…," she recalled' is not Aaron Blake's):
    then the one quoted just before, if they fit, else the last person named before who does (within PRONOUN_REACH
    characters)."""
    who = (turn and _exchange(ctx, at, turn, previous)) or _pronoun_guess(ctx, at, previous, word, reply)
    word = word.lower()
    if not who or word not in ("he", "she") or names.pronoun_of(who) in ("", word):
        return who
    if previous is not None and previous.speaker and names.pronoun_of(previous.speaker) == word:
        return previous.speaker
    ctx.work.spend(PRONOUN_REACH // 64)
    for start, _, name in reversed(ctx.people.between(max(0, at - PRONOUN_REACH), at)):
        full = names.canonical(ctx.text, name)
        # (a first name alone after a relative is one: "his mother, Denise,")
        given = " " not in full and names.RELATIVE_BEFORE.search(ctx.text, max(0, start - 24), start) is not None
        if names.pronoun_of(full, given=given) == word:
            return full
    return who


def _only_one_fits(ctx: _Context, lo: int, at: int, word: str) -> str:
    """The one person named in text[lo:at] whose first name says `word` ("he" or "she"), or "" ('Maria Estevez said
    that when she raised it with the director, Peter Rausch, he replied: "…"')."""
    if word.lower() not in ("he", "she"):
        return ""
    fits = {full for _, _, name in ctx.people.between(lo, at)
            if names.pronoun_of(full := names.canonical(ctx.text, name)) == word.lower()}
    return fits.pop() if len(fits) == 1 else ""


def _exchange(ctx: _Context, at: int, turn: str, previous: Quote | None) -> str:
    """In a paragraph a narration sentence opened as an exchange, the asker for a question (`turn`) and the one
    asked for an answer: "X asked Y whether …" (for a plain "said", only a question reported as asked is answered:
    "Prosecutor X pressed Dr Y on the timing. "You told detectives …," she said" is X's), "Y was asked by X", "Y was
    asked about …" (no asker), "X asked him why" (him: the one quoted before); else "". Up to EXCHANGE_SENTENCES
    sentences back, in the paragraph of `at`."""
    line_start = ctx.line_start(at)
    sentence = ctx.sents.before(at)
    for _ in range(EXCHANGE_SENTENCES):
        if sentence is None or sentence.start < line_start:
            return ""
        asked = _ASKED.search(ctx.text, sentence.start, sentence.end)
        if asked and not _ANY_MARK.search(ctx.text, sentence.start, asked.start()):
            before = [m for m in ctx.people.between(sentence.start, asked.start()) if not _is_object(ctx.text, m[0])]
            after = ctx.people.first_between(asked.end(), sentence.end)
            if _PASSIVE_BEFORE.search(ctx.text, max(sentence.start, asked.start() - 8), asked.start()):
                agent = _BY_AGENT.match(ctx.text, asked.end())
                asker = ctx.people.first_between(asked.end(), sentence.end) if agent else None
                asked_one = before[-1] if before else None
            else:
                asker = before[-1] if before else None
                asked_one = after
                if asker is not None and after is None and _HIM_HER.match(ctx.text, asked.end()):
                    # "X asked him why": him is the one quoted before, else the subject of the sentence before
                    him = _him_before(ctx, sentence, previous, names.canonical(ctx.text, asker[2]))
                    if him:
                        return names.canonical(ctx.text, asker[2]) if turn == "question" else him
                    asked_one = None
            if turn == "question" and asker is not None:
                return names.canonical(ctx.text, asker[2])
            if turn == "answer" and asked_one is not None:
                return names.canonical(ctx.text, asked_one[2])
            if turn == "said" and asked_one is not None and asked.group().lower() == "asked":
                return names.canonical(ctx.text, asked_one[2])
            if asker is not None or asked_one is not None:
                return ""
        sentence = ctx.sents.before(sentence.start)
    return ""


def _him_before(ctx: _Context, sentence: Segment, previous: Quote | None, asker: str) -> str:
    """Whom "him" or "her" stands for in "X asked him why" (`sentence`): the one quoted before, or the first person
    the sentence before names as no object ("Cross-examined by X, … Graham Pell admitted"), other than the asker."""
    if previous is not None and previous.speaker and previous.speaker != asker:
        return previous.speaker
    before = ctx.sents.before(sentence.start)
    if before is None:
        return ""
    for start, _, name in ctx.people.between(before.start, before.end):
        if not _is_object(ctx.text, start) and names.canonical(ctx.text, name) != asker:
            return names.canonical(ctx.text, name)
    return ""


def _names_body(ctx: _Context, speaker: str) -> bool:
    """Whether a speaker is a body, never "he" or "she": an organisation the article names, or a name holding a
    body's word ("Environment Agency", "Northway Gas")."""
    return (speaker in names.organisation_names(ctx.text)
            or any(_body_word(w.lower()) or w.lower() in names.INSTITUTIONAL for w in speaker.split()))


EXCHANGE_SENTENCES = 4
EXCHANGE_REACH = 300  # characters before "X asked him" searched for whom "him" stands for
_HIM_HER = re.compile(r"[ \t]+(?:him|her)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)[ \t]+$")
_BY_AGENT = re.compile(r"[ \t]+by\b")
PRONOUN_REACH = 600  # characters before a pronoun searched for a person of its sex


def _pronoun_guess(ctx: _Context, at: int, previous: Quote | None, word: str = "he", reply: bool = False) -> str:
    """Who "he" or "she" (`word`) at `at` is:
    - a person the sentence before introduces, when that sentence is narration (no quotation, ends like a sentence,
      not a caption) naming them in its first words ('However, Jim Swire believes it. He described …') or as the
      subject of its speech verb;
    - else, as news keeps quoting one person ('Betancourt said, "…" The politician was greeted by … "…," she
      said'), the speaker of a quotation in this or the paragraph before;
    - else whoever the sentence before was about."""
    def narration(sentence):
        return sentence.text.rstrip()[-1:] in ".!?" and not _ANY_MARK.search(sentence.text)

    k = bisect_left(ctx.quoted_starts, at + 1) - 1
    if k >= 0 and ctx.quoted_starts[k] <= at < ctx.quoted_ends[k]:
        at = ctx.quoted_starts[k]  # '"…. …," he said': the narration before is the one before the whole quotation
    before = ctx.sents.before(at)
    # 'X was sentenced. He interrupted the judge. He is reported to have said "…"': past a few narration sentences
    # that go on about "he", to the one that names him, unless that one acts on someone else ('Judge X rejected his
    # plea. He shook his head.').
    chained = False
    for _ in range(PRONOUN_CHAIN):
        if not (before is not None and before.end <= at and narration(before) and _PRONOUN_LEAD.match(before.text)):
            break
        before, chained = ctx.sents.before(before.start), True
    if chained and before is not None and _OTHER_PERSON.search(before.text):
        before = None
    asked = (_ASKED.search(ctx.text, before.start, before.end)
             if reply and before is not None and before.end <= at and narration(before) else None)
    first = ctx.people.first_between(before.start, before.end) if asked else None
    if asked and first is not None and first[1] <= asked.start():
        addressee = ctx.people.first_between(asked.end(), before.end)
        if addressee is not None:  # 'X asked the health secretary, Amanda Crewe, whether …. "…," she replied'
            return names.canonical(ctx.text, addressee[2])
    if (before is not None and before.end <= at and narration(before) and previous is not None and previous.speaker
            and ctx.newlines_between(previous.end, at) <= 2 and _addressed(ctx, before, word, previous.speaker)):
        return previous.speaker  # 'Robbins pressed her on the figures. "…," she insisted': still the one quoted
    if (before is not None and before.end <= at and narration(before)
            and not _PRONOUN_LEAD.match(before.text)):
        one = _ONE_OF_THE.match(ctx.text, ctx.first_non_space(before.start), before.end)
        member = next((_singular(w) for w in one.group(1).split() if _singular(w) in names.role_words()),
                      "") if one else ""
        named = ctx.people.first_between(one.end(), before.end) if member else None
        if member and _agrees(member, word) and (named is None or _is_object(ctx.text, named[0])):
            # (not "One of the victims, Mary Evans, 79, lost …": she is named)
            return member  # "One of the victims from X, who was 80, recalled …. "…," he said"
        first = ctx.people.first_between(before.start, before.start + SUBJECT_LEAD)
        relative = _OWNERS_RELATIVE.match(ctx.text, first[1]) if first is not None else None
        apposed = relative and ctx.people.first_between(relative.end(), relative.end() + 1)
        own = apposed and _OWN_PRONOUN.search(ctx.text, apposed[1], before.end)
        if apposed and (_agrees(relative.group(1), word) if _FAMILY.search(relative.group(1))
                        else own and own.group().lower() in _PRONOUNS_OF.get(word.lower(), ())):
            # "Petrakis' daughter, Elena Petrakis-Boyd, drove in"; "Okafor's lawyer, Daniel Reyes, walked out
            # shaking his head" (his own "his": not "Carter's assistant, Tom Baker, … “…,” she said")
            return names.canonical(ctx.text, apposed[2])
        if first is not None and not _is_object(ctx.text, first[0]) and not _owns(ctx.text, first[1]):
            return names.canonical(ctx.text, first[2])
        # "At 6.40 every morning, in all weathers, Moira Gunn walks down …": the subject after fronted phrases.
        first = first or ctx.people.first_between(before.start, before.start + TITLE_LEAD)
        if (first is not None and _FRONTED_PHRASES.fullmatch(ctx.text, before.start, first[0])
                and not _is_object(ctx.text, first[0])):
            return names.canonical(ctx.text, first[2])
        # 'Former deputy director of operations for the Iraqi Armed Forces X was …': a long title (it starts with a
        # title word, not "In a meeting with X,"), whose "for the" makes no object of X.
        first = ctx.people.first_between(before.start, before.start + TITLE_LEAD)
        lead = ctx.text[before.start:before.start + 16].split()[:1]
        if (first is not None and lead and lead[0].lower() in names.TITLES
                and not _NOT_TITLE.search(ctx.text, before.start, first[0])):
            return names.canonical(ctx.text, first[2])
        # "Nigeria's acting ambassador to the United States, Babagana Wakil, issued a statement": a name set off by
        # commas after the sentence's opening role, the first person it names, is its subject.
        first = ctx.people.first_between(before.start, before.start + TITLE_LEAD)
        opening = first is not None and _OPENING_ROLE.fullmatch(ctx.text, before.start, first[0])
        if opening and ctx.text[first[1]:first[1] + 1] == "," and _agrees(opening.group(1), word):
            return names.canonical(ctx.text, first[2])  # (not "The mother of …, Ann Vos, …. "…," he said")
        # 'In a televised address, Comoros president X said he had approved it. "…," he said': the subject of the
        # narration's own speech verb, however late it comes.
        for verb in ctx.verbs_in(before.start, before.end)[:1]:
            subjects = [m for m in ctx.people.between(before.start, verb.start()) if not _is_object(ctx.text, m[0])]
            if subjects:
                return names.canonical(ctx.text, subjects[-1][2])
        # 'During the rally a young activist dressed as X and begged for help. "…," he said': a role the narration
        # introduces as its subject ("a", "one"; not "the police", "his lawyer", "a resident's house"), named
        # before anyone else in its first words, that fits "he" or "she", when no "he" in the sentence is someone
        # else ("A police officer said he had been drinking"; "begged for his life" is the activist's own).
        role = _NEW_ROLE.search(ctx.text, before.start, min(before.end, before.start + SUBJECT_LEAD + 60))
        if role is not None and not _stands_for_he(ctx, role.group(1), role.end(), before.end):
            role = None
        if (role is not None and role.start() - before.start <= SUBJECT_LEAD and not _other_he(ctx, role.end(), before)
                and not _PREPOSITION_BEFORE.search(ctx.text, max(before.start, role.start() - 20), role.start())
                and ctx.people.first_between(before.start, role.start()) is None
                and _agrees(role.group(1), word)):
            return role.group(1)
    if (previous is not None and previous.speaker and ctx.newlines_between(previous.end, at) <= 2
            and previous.start not in ctx.chants  # a sign's crowd is no "she": 'painted a sign … "…," she said'
            and (previous.speaker[:1].isupper() or _agrees(previous.speaker, word))  # nor are "villagers"
            # nor a body quoted before a person named since ('The Environment Agency said: ‘…’ Café owner Joanne
            # Pratt said she had moved her stock. ‘…,’ she said'; "A Foreign Office spokesman said … he added" is
            # still the Foreign Office's)
            and not (_names_body(ctx, previous.speaker) and ctx.people.between(previous.end, at))):
        return previous.speaker
    if (before is not None and before.end <= at and ctx.people.first_between(before.start, before.end) is None
            # 'A police officer said he had been drinking': he is another; not so in 'The manager, who asked that
            # his name not be used, said': his own
            and (not _HE_SHE.search(before.text) or _ANONYMOUS_OWN.search(before.text))):
        role = _role_subject(ctx, before, word)
        if role:  # 'A spokesperson for NISA said … "…," he said': the spokesperson
            return role
    return _referent(ctx, at, word)


# Whom a source quoted: "the agency quoted him as", "quoted Defence Minister Sergei Ivanov as"; and the passive,
# "the emir was quoted by ZPA as".
_QUOTED_AS = re.compile(r"\bquoted[ \t]+(?:(him|her)|([^,.;:“”\"\n]{1,60}?))[ \t]+as[ \t]+$")
_QUOTED_PASSIVE = re.compile(r"\b(?:was|were|is|has[ \t]+been)[ \t]+quoted(?:[ \t]+by[ \t]+[^,.;:“”\"\n]{1,60}?)?"
                             r"[ \t]+as[ \t]+$")


def _own_sentence_subject(ctx: _Context, sentence: Segment | None, at: int, word: str) -> str:
    """The person a quotation's own sentence names as the subject of its speech verb before the quotation opens
    ('Earlier, Mugabe spokesman George Charamba warned the MDC that …, "…," he said' is Charamba's, not the one
    the sentence before was about), when "he" or "she" (`word`, at `at`) follows that one quotation and the person
    fits it."""
    if word.lower() not in ("he", "she") or sentence is None or not sentence.start < at <= sentence.end:
        return ""
    marks = [m.start() for m in _ANY_MARK.finditer(ctx.text, sentence.start, at)]
    if len(marks) != 2 or ctx.text[marks[1] + 1:at].strip(" \t,") or marks[0] == sentence.start:
        return ""
    for verb in ctx.verbs_in(sentence.start, marks[0])[:1]:
        subjects = [m for m in ctx.people.between(sentence.start, verb.start()) if not _is_object(ctx.text, m[0])]
        if subjects:
            who = names.canonical(ctx.text, subjects[-1][2])
            if names.pronoun_of(who) in ("", word.lower()):
                return who
    return ""


_ONE_OF_THE = re.compile(r"(?:One|Another)[ \t]+of[ \t]+the[ \t]+((?:[a-z-]+[ \t]+)?[a-z]+)\b")
# A relative of the person named before, named in their turn: "Petrakis' daughter, Elena Petrakis-Boyd,".
_OWNERS_RELATIVE = re.compile(r"[’']s?[ \t]+((?:[a-z-]+[ \t]+){0,2}?[a-z]+),[ \t]+")
_FAMILY = re.compile(rf"\b(?:{names.RELATIVES})$")  # a relative's role says whether they are "he" or "she"
# (not after a preposition: "read a statement on his behalf" is the client's)
_OWN_PRONOUN = regex.compile(rf"(?<!\b(?:{'|'.join(sorted(names.PREPOSITIONS))})[ \t]+)\b(?:[Hh]e|[Hh]is|[Ss]he|[Hh]er)\b")
_PRONOUNS_OF = {"he": {"he", "his", "him"}, "she": {"she", "her"}}  # a person's own pronouns, by the one they fit
# The same, to find in a sentence ("The comet bears his name").
_OWN_PRONOUNS = {word: re.compile(rf"\b(?:{'|'.join(forms)})\b", re.IGNORECASE) for word, forms in _PRONOUNS_OF.items()}


_REPLY_VERB = re.compile(r"(?:replied|replies|answered|answers|responded|responds|retorted|shot\s+back)\b")
# Someone put a question to the person named after it: "asked the health secretary, Amanda Crewe, whether"
_QUESTIONING = r"asked|pressed|questioned|quizzed|challenged|put\s+it\s+to"
_ASKED = re.compile(rf"\b(?:{_QUESTIONING})\b")
# "him" or "her" put a question or a warning to ("pressed her on", "warned her that"; not "her coach", nor "praised
# him": whoever praised may speak next)
_ADDRESSING = rf"\b(?:{_QUESTIONING}|warned|told|urged|accused|reminded)\s+"
_OBJECT_PRONOUN = {"he": re.compile(_ADDRESSING + r"him\b"),
                   "she": re.compile(_ADDRESSING + r"her\b(?=\s*(?:[,.;:]|$|(?:on|about|over|to|that|whether|if|why|"
                                                  r"how|what|with|for|into|of|again|in)\b))")}
# What says a person named right after it is a man or a woman: "spokeswoman, Priya Raman", "Mr Grey"
_GENDERED_BEFORE = re.compile(r"\b([A-Za-z]+)\.?,?[ \t]+$")


def _addressed(ctx: _Context, before: Segment, word: str, speaker: str) -> bool:
    """Whether the narration sentence `before`, whose subject is someone other than `speaker` (the one quoted just
    before), cannot be whom "he" or "she" (`word`) stands for: it acts on "him" or "her" ('Robbins pressed her on the
    figures', 'Jane Hollister KC put it to him that'), or its subject is named as the other sex ('Labour's transport
    spokeswoman, Priya Raman, has backed it. "…," he added'). Then the pronoun still stands for `speaker`."""
    first = ctx.people.first_between(before.start, before.end)
    word = word.lower()
    if first is None or word not in _OBJECT_PRONOUN or names.canonical(ctx.text, first[2]) == speaker:
        return False
    ctx.work.spend((before.end - before.start) // 8 + 1)
    acted_on = _OBJECT_PRONOUN[word].search(ctx.text, first[1], before.end)
    title = _GENDERED_BEFORE.search(ctx.text, max(before.start, first[0] - 24), first[0])
    other_sex = title is not None and title.group(1).lower() in (_HIS if word == "she" else _HERS)
    return acted_on is not None or other_sex


def _other_he(ctx: _Context, after: int, sentence: Segment) -> bool:
    """Whether a "he" or "she" after the role ending at `after` in `sentence` can be someone else: one after the
    role's speech verb when the sentence before named someone ("Tom Hale was arrested. A police officer said he had
    been drinking"), not one in a clause before that verb ("A rescue worker, who asked not to be named because he
    was not authorised to speak, said …" is the worker), nor one with no one else named ("One worker, a crane
    operator, said he had never expected to strike")."""
    stop = min(sentence.end, after + SUBJECT_WINDOW)  # constant work however long the sentence
    verbs = ctx.verbs_in(after, stop)
    # The role's own verb: right after it, or after the comma that closes a clause about it.
    main = next((v for v in verbs if not ctx.text[after:v.start()].strip()
                 or ctx.text[after:v.start()].rstrip().endswith(",")), verbs[0] if verbs else None)
    if main is not None and _ANONYMOUS.search(ctx.text, after, main.start()):
        return False  # "Another parent, who did not want to be identified, said she …": the source speaks of herself
    before = ctx.sents.before(sentence.start)
    if before is None or not any(not ctx.in_other_quote(m[0], -1, -1)
                                 for m in ctx.people.between(before.start, before.end)):
        return False
    return _SUBJECT_HE.search(ctx.text, main.end() if main else after, stop) is not None


_ANONYMOUS_OWN = re.compile(r"\b(?:who|because)\b[^.;]{0,40}?\b(?:his|her|their)\s+name\b")
_ANONYMOUS = re.compile(r"\b(?:named|identified|anonymity|(?:his|her|their)\s+name)\b")


def _role_subject(ctx: _Context, sentence: Segment, word: str = "") -> str:
    """The unnamed speaker of a sentence that names nobody: the role before one of its first speech verbs ("A
    spokesperson for NISA, the nuclear authority, said …"), or ""."""
    for verb in ctx.verbs_in(sentence.start, sentence.end)[:VERBS_TRIED]:
        window = ctx.text[max(sentence.start, verb.start() - SUBJECT_WINDOW):verb.start()]
        phrase = None if _PRONOUN_NEAR.search(window) else _role_in(window)
        if phrase and not (word and not (_agrees(phrase.group(1), word)
                                         and _stands_for_he(ctx, phrase.group(1), verb.start(), verb.start()))):
            return phrase.group(1)
    return ""


def _stands_for_he(ctx: _Context, role: str, after: int, end: int) -> bool:
    """Whether a later "he" or "she" may stand for the unnamed `role` introduced before `after`: any role of
    names.REFERENT_ROLES, but one named by what happened to it (names.AFFECTED) only when a clause after it, before
    `end`, says it spoke anonymously ("Police found a woman dead" is no speaker; "A woman who saw it, speaking on
    condition of anonymity, said …" is one)."""
    stop = min(end, after + SUBJECT_WINDOW)
    return (bool(_REFERENT.fullmatch(role)) or _ANONYMOUS.search(ctx.text, after, stop) is not None
            or _own_speech_verb(ctx, after, stop))


def _own_speech_verb(ctx: _Context, after: int, stop: int) -> bool:
    """Whether the role ending at `after` speaks of itself as "he" or "she": the subject of a speech verb, right
    after it or after a clause set off by commas, that goes on with "he" or "she" ("One woman, who was trying to
    get home, said she had been rebooked"; not "A woman was found dead, police said", nor "An inmate testified
    about abuse", whose "she" in the next quotation may be anyone)."""
    said = _SAID_PRONOUN.match(ctx.text, after, stop)
    return said is not None and said.group(1) != "they"


def _sentence_subject(ctx: _Context, sentence_start: int, upto: int, previous: Quote | None) -> str:
    """The subject of the sentence that introduces a quotation with a colon and no speech verb: a pronoun it starts
    with, or the first person it names who is no object (else the first it names)."""
    first_word = ctx.first_non_space(sentence_start)
    if _PRONOUN_START.match(ctx.text, first_word, upto):
        return _pronoun(ctx, first_word, previous, ctx.text[first_word:first_word + 3])
    return _first_subject(ctx, sentence_start, upto)


def _group_before(ctx: _Context, at: int) -> str:
    """The people a speech verb in the sentence before `at` reports, named as a group ("officials in the province
    said", "doctors at St Brennan's Hospital said"), or ""."""
    before = ctx.sents.before(at)
    if before is None or before.end > at:
        return ""
    for group in _GROUP_SAID.finditer(ctx.text, before.start, before.end):
        if _speaker_noun(group.group(2)) and not _AND_BEFORE.search(ctx.text, max(0, group.start() - 5), group.start()):
            return group.group(1)  # (not "Ada Roe and colleagues said": she is named)
    return ""


_AND_BEFORE = re.compile(r"\b(?:and|or)\s+$")
_GROUP_SAID = re.compile(r"\b((?:[A-Z][\w’'-]*\s+|(?!(?:and|or)\b)[a-z-]+\s+){0,2}?([a-z]+(?:s|ren)|police)"
                         r"(?:\s+(?:at|in|from|with|of)\s+[^,.;:“”\"\n]{1,60}?)?)"
                         r"\s+(?:said|say|says|told|added|warned)\b")


def _people_named_before(ctx: _Context, at: int) -> bool:
    """Whether the sentence before `at` names people a "They" may stand for ("The council met residents."), as
    well as the body it may open with."""
    before = ctx.sents.before(at)
    return before is not None and (ctx.people.first_between(before.start, before.end) is not None or any(
        _singular(w) != w and _speaker_noun(w) for w in _LOWER_WORD.findall(before.text)))  # ("people": person)


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _body_before(ctx: _Context, at: int) -> str:
    """The organisation the sentence before `at` starts with as its subject ("Amnesty International released a
    report.", "The mission confirmed …": the organisation the article named with that word, else the word), or
    ""."""
    before = ctx.sents.before(at)
    if before is None or before.end > at:
        return ""
    lead = min(before.end, before.start + SUBJECT_LEAD)
    company = _lead_company(ctx, at)
    if company and ctx.text.startswith(company, ctx.first_non_space(before.start)):
        return company  # "Greenpeace on Monday criticised the plan …. "…," it said": the lead's body
    person = ctx.people.first_between(before.start, lead)
    if person is not None and not (_is_object(ctx.text, person[0]) or _THE_DOCUMENT.match(
            ctx.text, ctx.first_non_space(before.start), person[0])):
        return ""  # (not "The indictment, filed by X, accuses Gideon Marsh of fraud. It says": the document's)
    org = _organisation_subject(ctx.text, before.start, lead)
    if org:
        return org
    body = _THE_BODY.match(ctx.text, ctx.first_non_space(before.start), lead)
    if body:
        return names.organisation_with(ctx.text, body.group(1), before.start) or body.group(1)
    owned = _OWNED_BODY.match(ctx.text, ctx.first_non_space(before.start), lead)
    if owned:  # "Karvia's foreign ministry denied that. In a statement, it said …"
        return owned.group()
    document = _THE_DOCUMENT.match(ctx.text, ctx.first_non_space(before.start), lead)
    if document:  # "The report estimated the harvest at … It said conditions had been "…"": the report's author
        return _document_author(ctx, document.group(1), document.end(1))  # (as that sentence introduces it)
    return ""


# Chants, placards and banners right before a quotation: the crowd's words (fixtures/README.md, "Hard cases").
_CHANT = re.compile(r"(?:\b(?:chant(?:ed|ing|s)?|shout(?:ed|ing)|slogans?)(?:\s+(?:of|slogans?))?"
                    r"(?:\s+(?:like|such\s+as|including))?|\b(?:signs?|placards?|banners?|posters?|t-shirts?)\b"
                    r"[^.;“”\"\n]{0,40}?\b(?:reading|read|reads|saying|bearing|like|such\s+as|including|"
                    r"with\s+the\s+words))\s*[,:]?\s*[“\"‘']$", re.IGNORECASE)
_JOINED = re.compile(r"[”\"’']\s*(?:,\s*)?(?:and|or|,)\s*[“\"‘']$")
_CROWD = re.compile(r"\b(marchers|protesters|protestors|demonstrators|crowds?|fans|supporters|strikers|students|"
                    r"workers|activists|mourners|residents|villagers|campaigners|pickets|picketers)\b", re.IGNORECASE)
CROWD_WINDOW = 400  # characters before a chant searched for who chanted it


def _crowd(ctx: _Context, head_start: int, start: int, previous: Quote | None) -> str | None:
    """Who chants or carries the quotation at `start`, when a chant, sign or banner introduces it: the role the
    sentence names ("One student carried a sign that read"), else the crowd named last before it ("The marchers …
    set off chanting"), else ""; the next quotation joined by "and" goes with it. None when it is no chant."""
    text = ctx.text
    if (previous is not None and previous.start in ctx.chants and previous.end >= head_start
            and _JOINED.match(text, previous.end, start)):
        ctx.chants.add(start)
        return previous.speaker  # '"Books not debts!" and "Hands off our future!"'
    cue = _CHANT.search(text, max(head_start, start - 120), start)
    if cue is None:
        return None
    ctx.chants.add(start)
    lead = max(head_start, cue.start() - SUBJECT_WINDOW)
    person = _first_subject(ctx, lead, cue.start(), objects=False)
    if person:  # "One protester, Kim Soo, 22, held a sign reading": hers ("from Carlow Square" is no one)
        return person
    role = _role_in(text[lead:cue.start()])
    if role is not None and _NEW_ROLE.match(role.group()):
        return role.group(1)
    crowds = list(_CROWD.finditer(text, max(0, cue.start() - CROWD_WINDOW), cue.start()))
    return crowds[-1].group(1).lower() if crowds else ""


def _first_subject(ctx: _Context, lo: int, hi: int, objects: bool = True) -> str:
    """The first person named in text[lo:hi] who is no preposition's or verb's object ("In an interview with the
    Lincoln Journal Star, Fluke reflected …"), else (with `objects`) the first named, else "" (a dateline's outlet
    is no one)."""
    # (A name inside quoted words is no one in the narration: 'chanted "… Great Catholic Poland …" under banners')
    mentions = [m for m in ctx.people.between(ctx.first_non_space(lo), hi) if not ctx.in_other_quote(m[0], hi, hi)]
    fallback = mentions[0] if mentions and objects else None
    first = next((m for m in mentions if not _is_object(ctx.text, m[0])), fallback)
    return names.canonical(ctx.text, first[2]) if first else ""


def _named(text: str, word: str) -> str:
    """A single capitalised word next to a speech verb as a speaker: an organisation's acronym ("said KCNA",
    spelt out where the article defines it) or a person's surname ("Okafor said"); else ""."""
    return names.acronym(text, word) or (names.canonical(text, word) if names.is_personal(word) else "")


def _referent(ctx: _Context, offset: int, word: str = "he") -> str:
    """Who "he" or "she" at `offset` refers to: the person a sentence before starts with ("Harry Kane won the Man
    of the Match award. He said, …"), looking past sentences that start with "he" or "she" themselves, else the
    person mentioned last before it."""
    before = ctx.sents.before(offset)
    for _ in range(3):  # "Ann Roe arrived. She called on Dan Cole. … she said": back past sentences "she" starts
        if before is None or before.end > offset:
            break
        first = ctx.people.first_between(before.start, before.start + 1)  # not inside a quotation it opens with
        if first is not None and not _owns(ctx.text, first[1]):
            return names.canonical(ctx.text, first[2])
        # Back past a sentence that goes on about "he" or "she" without naming them first ("This summer, he
        # crossed the Gallant Strait"; "The comet bears his name"), or names no one: feature writing's way of
        # keeping to the person a paragraph opened with
        own = _OWN_PRONOUNS.get(word.lower())
        if not (_PRONOUN_START.match(before.text)
                or (own and own.search(before.text) and not ctx.people.between(before.start, before.end))):
            break
        before = ctx.sents.before(before.start)
    return names.person_before(ctx.text, offset)


def _owns(text: str, end: int) -> bool:
    """Whether the name ending at `end` is a possessive ("Brandt's plan was backed by Varga"): an owner, not the
    sentence's subject."""
    return text[end:end + 2] in ("’s", "'s") or text[end - 1:end + 1] in ("s’", "s'")


_IT = re.compile(r"\s*(it|they)\s*", re.IGNORECASE)
_STATEMENT = re.compile(r"\bstatement\b", re.IGNORECASE)


ROLES = names.ROLES  # unnamed speakers, named by their role


def _role_pattern(roles: str) -> str:
    """A role and what it is of or for ("spokesperson for the group"), with up to three modifiers, none a
    determiner ("the rally a young activist" is "young activist"), the role a whole word ("a song" holds no
    "son")."""
    return (rf"((?:(?!(?:the|an?)\s)(?:[\w’'-]+|(?:[A-Z]\.)+)\s+){{0,3}}?(?:{roles})\b"
            rf"(?!\s+(?:{roles}|{names.COMPOUND_MIDDLES}|chief)\b)"  # "family friend", "child protection expert",
            # "police chief" (whose chief is no role of its own: "the government's chief whip")
            r"(?:\s+(?:from|for|of|at|close\s+to|familiar\s+with|briefed\s+on|based\s+in|involved\s+in)\s+"
            r"(?:the\s+(?!(?:time|moment|weekend|end|start|same|outset|beginning)\b)"
            r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|[a-z][\w-]*)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?![\w’'-]|\s+[A-Z])))?)")


_ROLE = _role_pattern(ROLES)
# "the diplomat said", "one shopkeeper", "his brother said".
_ROLE_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Oo]ne(?:\s+of\s+the)?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+{_ROLE}"
                          r"(?![’'])")  # ("the victim's family" is no one speaking)
_PLACE_WORDS = {"near", "outside", "inside", "against", "beside", "behind", "around"}
_PREPOSITION_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(names.PREPOSITIONS | _PLACE_WORDS))}|visiting|writing)\s+$",
                                 re.IGNORECASE)
# Before a one-word name, what makes it a place, not a speaker ("residents of ar-Raqqa said"; "with Hamas saying"
# introduces a subject).
_PLACE_PREPOSITION = re.compile(rf"\b(?:{'|'.join(sorted(names.PREPOSITIONS - {'with'} | _PLACE_WORDS))})\s+$",
                                re.IGNORECASE)
_OWNED_ROLE_AFTER = re.compile(rf"\s*(?:his|her|their)\s+{_ROLE}\b")
_ROLE_AFTER = re.compile(rf"\s*(?:the|an?|one(?:\s+of\s+the)?|another)\s+{_ROLE}\b")
# "Okafor said", "TEPCO only conceded", "the court has said": one adverb or auxiliary may stand between the
# speaker and the verb.
_BETWEEN = rf"(?:\s+(?:{_ADVERB}|has|had|have))?\s*$"
# Capitalised words that open a sentence or clause and start no name ("Meanwhile officials said").
_CLAUSE_OPENERS = (r"But|And|As|In|On|At|Yesterday|Today|Meanwhile|When|While|Yet|Now|Those|These|Both|Most|So|Then|"
                   r"However|Also|Still|After|Before|Since|If|Although|The")
# A run of capitalised words ending at a word before the verb, without "the" or a sentence opener ("Meanwhile").
PROPER_RUN = 60  # characters
_PROPER_BEFORE = re.compile(rf"(?:^|(?<=[\s,;:(]))(?<![Aa]\s)(?<![Aa]n\s)(?:[Tt]he\s+)?"
                            rf"(?!(?:{_CLAUSE_OPENERS}|This|That|One|Another|Other|Others|It|He|She|They|We|I|You|"
                            r"Some|Many|Each|All|Several|Few|His|Her|Its|Their|Our|My|Your|A|An)\b)"
                            r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]+)(?<![’']s)$")
# What may come before a clause's subject in the window before its verb: nothing but marks, or a short opening
# phrase ("In a statement, ", "Later, ").
_OPENS_CLAUSE = re.compile(r"[\s,;:“”\"‘’']*(?:(?:But|And|Yet)\s+)?"
                           r"(?:(?:In|At|On|Later|Earlier|Meanwhile|However|Separately|Afterwards|"
                           r"Since|After|Before|During|Asked|Speaking|Writing)\b[^,;.:“”\"]{0,120},\s*)?")
# A noun phrase right before the verb, its article dropped; a possessive name is kept ("Ryan's representative").
_ANY_SUBJECT = re.compile(r"(?:^|(?<=[\s,;:(]))(?:([Tt]he)\s+|[Aa]n?\s+|[Oo]ne\s+|[Aa]nother\s+|"
                          r"([A-Z][\w-]*[’']s\s+))((?:(?!(?:of|for|from|by|in|on|at|to|with|who|whom|him|her|them|"
                          r"it|and|or)\b)[a-z-]+(?:[’']s)?\s+){0,2}?(?!(?:him|her|them|it|me|us)\b)[a-z][a-z-]*"
                          # "of their club", "of the police's internal investigators", "of internal affairs"
                          r"(?:\s+of\s+(?:(?:the|his|her|their|its)\s+)?(?:[a-z-]+[’']s\s+)?(?:[a-z-]+\s+){0,2}?"
                          r"[a-z]+"
                          # "at a nearby café", "with the Red Crescent", "at St Brennan's Hospital", "in the province"
                          r"|\s+(?:at|with|in)\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?)"
                          r"(?:,\s*\d{1,3},)?" + _BETWEEN)
# A plural noun (or "police") opening a clause of its own right before the verb: ", and magistrates said".
_GROUP_AFTER_BREAK = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+((?:[a-z]+\s+)?(?!(?:others|many|some|"
                                r"both|all|most|several|few|they|these|those|things|words|details|reports|results|"
                                r"figures|numbers|documents|records)\b)(?:[a-z]+[^s\W]s|police))\s+(?:[a-z]+ly\s+)?$")
# A plural noun opening the sentence and the relative clause about it: "Neighbours who heard the bang said".
_PLURAL_WHO = re.compile(r"[\s“”\"‘’']*([A-Z][a-z-]+[^s\W]s)\s+who\s+[^,;:“”\"]{0,80}?\s*$")
# A name written with a lowercase start right before the verb ("easyJet", "eBay"); "iPhone" speaks no more than
# any product, but a verb after it is rare.
_BRAND_BEFORE = re.compile(r"(?:^|(?<=[\s,;:(]))([a-z]{1,5}[A-Z][\w’'-]*)" + _BETWEEN)
# "the father-of-two", "the mother-of-three": a tabloid's description of someone named before.
_COUNTED_PERSON = re.compile(r"\b[Tt]he\s+([a-z]+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+))"
                             + _BETWEEN)
# A noun phrase opening the clause and a relative clause about it right before the verb: "The barber, who has run
# the shop on Mill Lane since 1987, " ("The singer, 27, who …, ").
_NOUN_WHO = re.compile(r"(?:^|(?<=[\s,;:(]))(?:([Tt]he)\s+|[Aa]n?\s+|[Oo]ne\s+|[Aa]nother\s+)"
                       r"((?:(?!(?:of|for|from|by|in|on|at|to|with|and|or)\b)[a-z-]+\s+){0,2}?[a-z][a-z-]*)"
                       r"(?:(?:,\s*\d{1,3})?,\s+(?:who|whose)\b[^,;:“”\"]{0,160},|\s+who\s+[^,;:“”\"]{0,80}?)"
                       r"\s*(?:[a-z]+ly\s+)?$")
# "the (government) spokesman said": the title word, and the words before it, which must fit the person too ("the
# foreign minister" is not the prime minister).
# "The singer, 27,"; "the 54-year-old mayor"
_THE_TITLE = re.compile(r"\b[Tt]he\s+(?:\d{1,3}-year-old\s+)?((?:[a-z]+\s+){0,2}?)([a-z]+|MPs?|MEP|MSP)"
                        r"(?:,\s*\d{1,3},)?"
                        + _BETWEEN)
# ... and an office written with capitals, as Indian, Nigerian and many UK papers print it: "the Minister said", "the
# Chief Minister said".
_THE_CAPITAL_TITLE = re.compile(r"\b[Tt]he\s+((?:[A-Z][a-z]+\s+){0,2}?)"
                                rf"({'|'.join(sorted(w.title() for w in names.HELD_OFFICES))})" + _BETWEEN)
# A description set off by commas between a name and its verb: ", a sociologist of the organization Never Again, ".
# ... or by another's possessive: "Ada Roe, Hale's lawyer, said" is Roe's, not Hale's.
_APPOSITIVE_TO_VERB = re.compile(r",[ \t]+(?:also[ \t]+)?(?:a|an|the|his|her|its|their|"
                                 r"(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*(?:[’']s|s[’']))"
                                 r"[ \t]+\w[^,;:“”\"\n]{0,120},[ \t]*(?:[a-z]+ly[ \t]+)?")


def _opening_body(ctx: _Context, sentence_start: int, verb_start: int) -> str:
    """The body a sentence opens with when only a clause set off by commas stands between it and the verb ("The
    Metalworkers' Federation, which represents 40,000 Vesterholm employees, said"): whatever that clause names is
    not the subject; or, before a participle, the holder of the place's office it opens with."""
    lead = ctx.first_non_space(sentence_start)
    office = _PARTICIPLE.match(ctx.text, verb_start) and _OWNED_OFFICE.match(ctx.text, lead, verb_start)
    if office and not ctx.people.first_between(office.end(), office.end() + 2):
        # "Kessaria's prime minister on Sunday rejected calls from Zahran …, saying": the main clause's subject, an
        # office whose one holder the article names ("Prime Minister Faisal al-Mahdi"; not "Afghanistan's president
        # Hamid Karzai", named there)
        return names.sole_holder(ctx.text, office.group(1))
    found = names.organisations(ctx.text)
    k = bisect_left(found, (lead, 0, ""))
    if k == len(found) or found[k][0] >= verb_start or not _OPENING_ARTICLE.fullmatch(ctx.text, lead, found[k][0]):
        # "The council, which has 40 members, said": the body of that kind the article named before
        kind = _THE_BODY.match(ctx.text, lead, verb_start)
        clause = kind and _CLAUSE_TO_VERB.fullmatch(ctx.text, kind.end(), verb_start)
        return (names.organisation_with(ctx.text, kind.group(1), lead) or "") if clause else ""
    return found[k][2] if _CLAUSE_TO_VERB.fullmatch(ctx.text, found[k][1], verb_start) else ""


def _set_off_to_verb(text: str, end: int, verb_start: int) -> bool:
    """Whether only a description or a clause set off by commas stands between a name ending at `end` and its
    verb (_APPOSITIVE_TO_VERB, _CLAUSE_TO_VERB)."""
    return bool(_APPOSITIVE_TO_VERB.fullmatch(text, end, verb_start)
                or _CLAUSE_TO_VERB.fullmatch(text, end, verb_start) or _WHO_TO_VERB.fullmatch(text, end, verb_start))


# A "who" clause without commas, after a name and a party in brackets: "Rep. Charles Rangel (Democrats) who represents
# a neighborhood which Chavez recently visited said".
_WHO_TO_VERB = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+who[ \t]+[^,;:.“”\"\n]{1,160}?[ \t]+")


# A sentence opening with a place's office: "Kessaria's prime minister", "Japan's foreign minister".
_OWNED_OFFICE = regex.compile(rf"\p{{Lu}}[\w.-]*[’']s[ \t]+((?:[a-z-]+[ \t]+){{0,2}}"
                              rf"(?:{'|'.join(sorted(names.HELD_OFFICES))}))\b")
_OPENING_ARTICLE = re.compile(r"(?:[Tt]he[ \t]+)?")
# … or a clause, which may name others ("Dragan Marković, speaking a day after Prime Minister Jelena Kostić met X,
# said"; "Dani, 29, who plays barmaid Roxy Vane, told"; a role: "X, deputy to Y, said"), not a list of people ("X,
# who …, and Y, a nurse, said").
_CLAUSE_TO_VERB = re.compile(r",[ \t]+(?:\d{1,3},[ \t]+)?(?:who|whose|which|speaking|writing|talking|responding|reacting|"
                             r"replying|referring|commenting|addressing|appearing|(?:also[ \t]+)?"
                             r"(?:a|an|the|his|her|its|their)[ \t]+\w|"
                             # ("Kenji Arai, deputy to party leader Haruto Mori, said": a role without an article)
                             r"(?:[a-z-]+[ \t]+){0,2}?(?:to|of|for)[ \t])"
                             r"(?:(?!,[ \t]+and[ \t]+[A-Z])[^;:“”\"\n]){0,200}?,"
                             r"[ \t]*(?:[a-z]+ly[ \t]+)?")
_ORG_BEFORE = re.compile(r"(\S)" + _BETWEEN)
# A group that speaks, named without an article right before the verb at the start of its clause, with at most two
# capitalised or nationality-like modifiers ("Japanese authorities", "Local residents", "But officials said"; not
# "In Tokyo officials", nor "a union representing hospital doctors said").
# A speech verb that hands over to the quotation right after it: "told her: “", "said, “", "warned: “".
_HANDS_OVER = re.compile(r"\w+(?:\s+(?:me|him|her|us|them|reporters|journalists))?\s*[,:]?\s*[“\"‘']")
HANDS_OVER_WINDOW = 40
_GROUP_BEFORE = regex.compile(r"(?:^\s*|[,;:]\s+|\b(?:[Bb]ut|[Aa]nd)\s+|\b(?:said|says|added|claimed)\s+(?:that\s+)?)"
                              rf"((?:(?!(?:{_CLAUSE_OPENERS})\b)"
                              r"(?:\p{Lu}[\w’'.-]*|local|senior|other|some|many|several|foreign|two|three|four|"
                              r"five|six|seven|eight|nine|ten|\d+|government|military|health|security|hospital|"
                              r"rescue|police)\s+){0,3}"
                              r"(?:authorities|officials|residents|witnesses|doctors|experts|analysts|scientists|"
                              r"researchers|sources|activists|protesters|protestors|organizers|organisers|villagers|"
                              r"survivors|relatives|neighbours|neighbors|diplomats|investigators|prosecutors))"
                              r"(?:\s+(?:were|are))?" + _BETWEEN)  # ("Some protestors were saying")
_QUOTING_AFTER = re.compile(r"[^,.;“”\"\n]{1,60},[ \t]+(?:quoting|citing)[ \t]+")
_OWNED_BODY = regex.compile(rf"\p{{Lu}}[\w-]*[’']s\s+(?:[a-z]+\s+){{0,2}}?(?:{'|'.join(sorted(names.ORG_WORDS))})\b")
_THE_DESCRIBED_BODY = re.compile(rf"[Tt]he\s+((?:{names.BODY_MODIFIER}){{1,3}}?"
                                 rf"(?:{'|'.join(sorted(names.ORG_WORDS))}))\b")  # ("the Qatari foreign ministry")
_THE_BODY = re.compile(rf"\b[Tt]he\s+({'|'.join(sorted(names.ORG_WORDS))})\b")
_NAMED_CAMPAIGN = regex.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?((?:\p{Lu}[\w’'-]*\s+){1,4}(?:campaign|camp|team|"
                                r"family))" + _BETWEEN)
_ACRONYM_BEFORE = re.compile(r"\(([A-Z]{2,6})\)" + _BETWEEN)
# An Arabic article glued to a one-word name counts with it ("al-Shabab said", "said el-Baradei").
_GLUED_ARTICLE = r"(?:(?:al|el|ad|as|ash|an|ar|at|az)-)?"
_SURNAME_BEFORE = re.compile(rf"(?:^|[\s,])({_GLUED_ARTICLE}[A-Z][\w’'-]+)" + _BETWEEN)
# "25-year-old Netta, who performed the winning song, said": the one word before a relative clause is its subject.
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
# Nationality nouns no place's name ends like ("the Pole", "the Scot", "the Frenchman").
_NATIONALITY_NOUNS = {"pole", "scot", "briton", "brit", "swede", "dane", "finn", "turk", "spaniard", "frenchman",
                      "frenchwoman", "englishman", "englishwoman", "dutchman", "dutchwoman", "welshman", "welshwoman",
                      "irishman", "irishwoman", "scotsman", "scotswoman", "kiwi", "aussie", "swiss", "czech", "serb",
                      "croat", "greek", "german", "thai", "pakistani", "israeli", "iraqi", "filipino", "argentine",
                      "chinese", "japanese", "portuguese", "italian", "russian", "ukrainian", "american", "canadian"}


def _nationality(word: str) -> bool:
    """Whether a capitalised word is a nationality noun: "Pole", "Kenyan", "Frenchman"."""
    word = word.lower()
    return word in _NATIONALITY_NOUNS or names.is_demonym(word)


_RELATIVE_SUBJECT = regex.compile(r"(?:^|[\s,])(\p{Lu}[\w’'-]+),\s+(?:who|whose)\b[^“”\"]{0,160},\s*$")
_THE_TITLE_AFTER = re.compile(r"\s*the\s+([a-z]+)\b")
_LEAD_THE = re.compile(r"[ \t]*(?:the[ \t]+)?")
_SURNAME_AFTER = re.compile(rf"\s*({_GLUED_ARTICLE}[A-Z][\w’'-]+)(?=[\s.,;]|$)")


_DOCUMENT = re.compile(rf"\b({_DOCUMENTS})$")
_A_DOCUMENT_AFTER = re.compile(rf"\s*an?\s+(?:[\w-]+\s+){{0,2}}?({_DOCUMENTS})\b")  # "according to a new report"
_DOCUMENT_FROM = re.compile(rf"\b({_DOCUMENTS})\s+(?:from|by)\b")  # "statement from the Ministry"
_THE_DOCUMENT = re.compile(rf"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){{0,2}}?({_DOCUMENTS})\b")
# A sentence about a document: "The ministry's report also warned …", "A letter from X to residents, dated 3 May,".
_LEAD_DOCUMENT = re.compile(rf"(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[\w’'-]+\s+){{0,2}}?({_DOCUMENTS})\b")
# Between a speaker and the "he" or "she" of the clause they report: 'X said (in a statement) that she had asked'.
_SAID_THAT = re.compile(rf"(?:\s+{_ADVERB})?\s+(?:said|says|told\s+[\w\s]{{1,30}}?|added|stated|wrote|insisted|claimed)"
                        r"(?:\s+(?:in|on)\s+(?:a|an|the|his|her)\s+[\w-]+)?(?:\s+that)?\s+")
_WHICH_DOCUMENT = re.compile(rf"\b(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){{0,2}}?({_DOCUMENTS}),?\s+which"
                             + _BETWEEN)
# ("They said" opening its sentence, after one a body opens: "The Weather Office issued a watch. They said …")
_IT_BEFORE = re.compile(r"(?:(?:^\s*|[,;]\s+|\b(?:and|but)\s+)[Ii]t|^\s*They)" + _BETWEEN)
DOCUMENT_WINDOW = 1500  # characters before "the statement said" searched for who said something in it


def _document_author(ctx: _Context, word: str, at: int) -> str:
    """Who wrote the document `word` ("statement", "release" …) quoted at `at`: the author the article named where
    it introduced it (names.document_author), else whoever last said something in one ("Granite Ridge said in a
    statement that …", "In a news release, the company said …"; later '"…," the statement said')."""
    who = names.document_author(ctx.text, word, at)
    if who or ctx.in_document:  # (the subject found below is never itself looked up as a document's author)
        return who
    ctx.in_document = True
    try:
        who = _said_in(ctx, word, at)
    finally:
        ctx.in_document = False
    if not who and word.lower() in _COURT_DOCUMENTS:  # "The court found …. The ruling said": the court's
        who = names.organisation_with(ctx.text, "court", at) or names.organisation_with(ctx.text, "tribunal", at)
    return who


def _said_in(ctx: _Context, word: str, at: int) -> str:
    lo = max(0, at - DOCUMENT_WINDOW)
    said_in = [m for m in _SAID_IN.finditer(ctx.text, lo, at) if m.group("word").lower() == word.lower()]
    trailing = [m for m in _IN_DOCUMENT_AFTER.finditer(ctx.text, lo, at) if m.group("word").lower() == word.lower()]
    if trailing and (not said_in or said_in[-1].start() < trailing[-1].start()):
        # "The Front said on Thursday it would observe a ceasefire, in a statement posted on its website": the
        # subject of the sentence's first speech verb
        sentence = ctx.sents.at(trailing[-1].start())
        verbs = ctx.verbs_in(sentence.start, trailing[-1].start())[:1] if sentence is not None else []
        return _subject_before(ctx, sentence.start, verbs[0].start(), sentence.start) if verbs else ""
    for match in said_in[-1:]:
        if match.group("verb"):  # "X said in a statement": the verb's subject
            verb_start = match.start("verb")
            sentence = ctx.sents.at(verb_start)
            sentence_start = sentence.start if sentence is not None else ctx.line_start(verb_start)
            return _subject_before(ctx, sentence_start, verb_start, sentence_start)
        # "In a news release, Brightline said …", "In a statement, the Interior Ministry rejected …": the subject
        # right after the comma.
        lead = min(len(ctx.text), match.end() + SUBJECT_LEAD)
        body = _THE_BODY.match(ctx.text, match.end(), lead)
        described = _THE_DESCRIBED_BODY.match(ctx.text, match.end(), lead)
        return (_first_subject(ctx, match.end(), lead) or _organisation_subject(ctx.text, match.end(), lead + 40)
                or (body and (names.organisation_with(ctx.text, body.group(1), match.end())
                              or (body.group(1).lower() in _ANY_BODY and _lead_company(ctx, match.end()))))
                or (described and described.group(1)) or "")  # ("In a statement, the Qatari foreign ministry said")
    return ""


_A_DOCUMENT = rf"(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?P<word>{_DOCUMENTS})\b"  # "a news release"
_SAID_IN = re.compile(r"(?:\b(?P<verb>said|says|announced|added|wrote|confirmed|noted|stated|warned)\s+in|"
                      r"(?<![\w-])[Ii]n)\s+" + _A_DOCUMENT
                      # "In a memo to staff, X said": whom it went to between the document and the comma.
                      # ("In a statement posted on Telegram, the embassy said": when and where it came out)
                      + r"(?(verb)|(?:\s+(?:(?:to|for|on)\s|(?:published|posted|issued|released|sent|circulated)\b)"
                      r"[^,.;\n“”\"]{1,40}?)?,\s+)")


_IN_DOCUMENT_AFTER = re.compile(r",\s+in\s+" + _A_DOCUMENT)  # ", in a statement posted on its website"


def _spelt_out(text: str, org: str, start: int) -> str:
    """A body named by its kind alone at `start` ("the Commission said") as the article named it in full before
    ("the Human Rights Commission of Pakistan"); any other name as it is."""
    if " " in org or org.lower() not in names.ORG_WORDS:
        return org
    return names.organisation_with(text, org, start) or org


def _organisation_subject(text: str, start: int, end: int, objects: bool = False) -> str:
    """The organisation named in [start, end) that is no preposition's or verb's object ("The X Commission released
    a statement", not "a statement on the X Commission"; with `objects`, any), or ""."""
    found = names.organisations(text)  # cached, in text order: only those starting in the window are read
    for k in range(bisect_left(found, (start, 0, "")), len(found)):  # indexed, not sliced: no copy of the tail
        org_start, org_end, name = found[k]
        if org_start >= end:
            break
        if org_end <= end and (objects or not _is_object(text, org_start)):
            return name
    return ""


# A role a sentence introduces: one person, not a possessive ("A local resident's house").
_NEW_ROLE = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+{_ROLE}(?![’'])")
_REFERENT = re.compile(_role_pattern(names.REFERENT_ROLES))
_INSTITUTION = re.compile(names.INSTITUTIONS)
_OWNED = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s")  # "her constituency office said": hers
_VERB_NEXT = re.compile(_BETWEEN)
# Roles that speak for the person they name: "a spokesman for X", "a lawyer for X", "a source close to X".
# Those who speak for or about someone: "a spokesman for President Obama", "a source close to the minister".
_PROXIES = (r"spokesman|spokeswoman|spokesperson|lawyer|attorney|aide|adviser|advisor|source|sources|friend|relative|"
            r"representative|ally|confidant")
_PROXY_BEFORE = re.compile(rf"\b((?:{_PROXIES})\s+(?:to|for|of|close\s+to))\s+$", re.IGNORECASE)
_SPEAKS_FOR = re.compile(rf"^(?:\S+\s+){{0,3}}?(?:{_PROXIES})\s+(?:for|of|close\s+to)\s")
_MEN = {"father", "dad", "brother", "son", "husband", "uncle", "spokesman", "nephew", "grandfather", "boyfriend", "man",
        "boy"}
_WOMEN = {"mother", "mum", "mom", "sister", "daughter", "wife", "aunt", "spokeswoman", "niece", "grandmother",
          "girlfriend", "woman", "girl"}
_HIS = {"mr", "sir", "lord", "king", "prince", "chairman", "congressman", "businessman", "policeman"} | _MEN
_HERS = {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "chairwoman", "congresswoman", "businesswoman",
         "policewoman", "actress"} | _WOMEN


# A person's role right before the body they work at or with ("Analysts at Brightwater Securities said").
_ROLE_AT = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Ss]ome|[Oo]ther|[Ss]everal)\s+)?((?:[a-z-]+\s+){0,2}?"
                      r"([A-Za-z][a-z-]*))\s+(?:at|with|from|in)\s+(?:the\s+)?$")
_COMPLEMENT = re.compile(r"\s+(?:from|for|of|at|with|in)\s")
_OWNER_NEXT = re.compile(r"[’']s?[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z-]+,[ \t]")  # "Pruitt's publicist, "
# A relative clause whose own subject speaks: "whom the governor described as", "whom Ms Roe has called".
_WHOM_ADVERB = rf"(?:(?:{_ADVERB}|often|long)\s+)?"  # ("whom the governor has long called")
_WHOM_SUBJECT = re.compile(r"\bwhom\s+((?:the|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}?|"
                           r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
                           + _WHOM_ADVERB + r"(?:(?:has|had|have)\s+)?" + _WHOM_ADVERB + "$")
# A relative clause whose "who" is the speaker: "the Turkish government, who has called the vote".
_WHO_BEFORE_VERB = re.compile(r",\s+who\s+(?:(?:has|had|have)\s+)?(?:also\s+|since\s+|previously\s+)?$")
_THE_BODY_BEFORE = re.compile(rf"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){{0,3}}(?:{'|'.join(sorted(names.ORG_WORDS))}))$")
# "what it called", "a pay offer it describes as": a body's own word for something, right before the verb
_IT_CALLED = re.compile(r"\b(?:what|which|that|[a-z]+)\s+(?:it|they)\s+(?:has\s+|had\s+)?$")
_NAMING_VERB = re.compile(r"(?:called|calls|described|describes|termed|terms|dubbed)\b")
# A body opening its sentence: "Unite has balloted", "Japan's foreign ministry summoned".
_LEAD_BODY = regex.compile(r"(\p{Lu}[\w&’'-]*(?:[ \t]+\p{Lu}[\w&’'-]*){0,3}(?:[’']s[ \t]+[a-z]+[ \t]+[a-z]+)?)[ \t]+"
                           r"(?:has|have|had|was|were|is|are|[a-z]+ed|[a-z]+s)\b")


def _lead_body_word(ctx: _Context, lead: int, end: int) -> str:
    """The capitalised name, or a country's body ("Japan's foreign ministry"), a sentence opens with before its verb
    ("Unite has balloted …"), when it is no person the article names; else ""."""
    found = _LEAD_BODY.match(ctx.text, lead, end)
    if found is None or found.group(1) in ("The", "A", "An") or ctx.people.first_between(lead, found.end(1)):
        return ""
    return found.group(1)
# People named by where they live, opening the clause right before the verb: "Villagers in Little Ashby say".
_PEOPLE_OF_PLACE = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=,\s(?:and|but)\s))((?:[A-Z][a-z]+|[a-z]+)s)\s+(?:in|of|from|near)"
                              r"\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:(?:have|had|also)\s+)?$")
# Those who speak for a person (names.FOR_PERSON), named right before the verb (a spokesman for a person is a role:
# _SPEAKS_FOR).
# (and one relative, right before the verb, names.FOR_OR_KIN: "The wife of X said"; set off, only those who speak
# for the person: "Ada Roe, the sister of X, who died in the crash, said" is Ada Roe's)
_FOR_PERSON = names.FOR_OR_KIN


def _of_person(who: str) -> str:
    """The opening of "the family of X", "lawyers for the jailed X" for the words `who` (one group, opened)."""
    return rf"(?:^|(?<=[\s,;:]))(?:[Tt]he\s+)?((?i:{who})\s+(?:of|for)\s+(?:the\s+)?(?:[a-z]+\s+)?"


_FOR_PERSON_OF = _of_person(_FOR_PERSON)
_ON_BEHALF = re.compile(_FOR_PERSON_OF + r"(?:[A-Z][\w’'.-]*\s+){1,4}|"
                        rf"(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'.-]*[’']s\s+{_FOR_PERSON}\s+)"
                        r"(?:(?:also|later|then)\s+)?$")
# ... with a clause set off after the name: "Relatives of Mary Conlon, who spoke on condition …, said".
_ON_BEHALF_SET_OFF = re.compile(_of_person(names.FOR_PERSON)
                                + r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),[^,;:“”\"\n]{1,100},\s+$")


def _role_head(role: str) -> str:
    """The role's own noun: "spokesman" of "government spokesman for the ministry"."""
    return _COMPLEMENT.split(role, maxsplit=1)[0].split()[-1]


def _agrees(role: str, pronoun: str) -> bool:
    """Whether "he" or "she" can stand for the unnamed `role`: one person ("officials", "police" are many), of a
    gender the role does not contradict."""
    head = _role_head(role).lower()
    if head == "police" or (head.endswith("s") and not head.endswith("ss")) or _INSTITUTION.fullmatch(head):
        return False  # many people, or a body ("A government report was published. "…," he said")
    she = pronoun.lower().startswith("she")
    return head not in (_MEN if she else _WOMEN)


def _role_in(window: str, participle: bool = False):
    """The role named last before a verb that is no preposition's object: 'Writing to her son, the teacher said'
    is the teacher's. Before a participle, "with" after a comma introduces its subject: ', with a scientist at the
    centre noting that' (not 'spent the day with a farmer at the market, saying')."""
    found = None
    for match in _ROLE_BEFORE.finditer(window):
        if _INSTITUTION.fullmatch(_role_head(match.group(1))) and (_OWNED.match(match.group())
                                                                   or not _VERB_NEXT.match(window, match.end())):
            continue  # a body speaks only as the verb's subject ("defended the ministry, saying": the minister)
        if _OBJECT_RELATIVE.match(window, match.end()):
            continue  # "The man, who police described as": what the police said of him
        before = _PREPOSITION_BEFORE.search(window, max(0, match.start() - 20), match.start())
        if not before or (participle and before.group().split()[0].lower() == "with"
                          and window[:before.start()].rstrip().endswith(",")):
            found = match
    return found


_OBJECT_RELATIVE = re.compile(r",?\s+(?:whom|who)\s+(?:the\s+|his\s+|her\s+)?(?:police|[a-z]+s)"
                              r"(?:\s*$|\s+(?:[a-z]+ly\s+)?(?:described|called|branded|dubbed|labell?ed|named|"
                              r"praised|critici[sz]ed)\b)")
_PUNCTUATION = re.compile(r"[,.;:!?“”\"\n()]")
_NOT_TITLE_RUN = re.compile(rf"(?<![\w-])(?:who|whose|whom|which|that|{'|'.join(sorted(names.PREPOSITIONS))}|the|a|"
                            rf"an|[a-z]+ing|{_VERB_FORMS})\b")  # ("Hamas-led" is a title word)
# A role and whom it is for, then the person's name after a comma: the name is the speaker.
_APPOSED_AFTER = re.compile(rf"\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{ROLES})\s+(?:for|of|at)\s+"
                            r"[^,.;\n“”\"]{1,80},[ \t]+")


def _closing_title_run(ctx: _Context, offset: int) -> str:
    """After a speech verb, the person whose name closes a run of title words: "said Planned Parenthood intern and
    journalism student Audrey Nance." (not "said the farmer whose land was seized by militia commander X.")."""
    text = ctx.text
    for titled in ctx.people.between(offset, min(len(text), offset + TITLE_LEAD)):
        if _PUNCTUATION.search(text, offset, titled[0]) or _NOT_TITLE_RUN.search(text, offset, titled[0]):
            break
        if titled[1] >= len(text) or text[titled[1]] in ".,;\n":
            return names.canonical(text, titled[2])
    return ""


def _named_after(ctx: _Context, offset: int, according: bool = False) -> str:
    """The speaker right after a speech verb when no known person is: "said Okafor", "says one shopkeeper"."""
    text = ctx.text
    quoting = according and _QUOTING_AFTER.match(text, offset, min(len(text), offset + 80))
    if quoting:  # "According to Yonhap news agency, quoting … Korean Central News Agency (KCNA),": the source's
        # (after "said X, citing Y" the words are still X's)
        who = _organisation_subject(text, quoting.end(), min(len(text), quoting.end() + 60), objects=True)
        if who:
            return who
    if according and (document := _A_DOCUMENT_AFTER.match(text, offset, min(len(text), offset + 40))):
        who = _document_author(ctx, document.group(1), document.end())  # "according to a report by the X Institute"
        if who:
            return who
    title = _THE_TITLE_AFTER.match(text, offset, min(len(text), offset + 40))
    if title:  # "said the mayor"
        who = names.titled(text, title.group(1), offset)
        if who:
            return who
        if _DOCUMENT.search(title.group(1)):  # "according to the report": its author, where the article named it
            # (or names it here: "According to the indictment, filed by the District Attorney's Office,")
            who = _document_author(ctx, title.group(1), title.end())
            if who:
                return who
        if _body_word(title.group(1).lower()):  # "according to the council": the council the article named
            who = names.organisation_with(text, title.group(1), offset)
            if who:
                return who
    apposed = _APPOSED_AFTER.match(text, offset, min(len(text), offset + 120))
    if apposed:  # "said spokesperson for the UN High Commissioner for Human Rights, Rupert Colville."
        person = ctx.people.first_between(apposed.end(), apposed.end() + 1)
        if person is not None and (person[1] >= len(text) or text[person[1]] in ".,;\n"):
            return names.canonical(text, person[2])
    start = _LEAD_THE.match(text, offset).end()
    org = names.organisation_starting_at(text, start)
    if org:  # "said the Foreign Office", "according to Christian Aid"
        return _spelt_out(text, org, start)
    role = _ROLE_AFTER.match(text, offset, min(len(text), offset + 80))
    if role:
        # "according to a press release issued by the university", "according to a statement from the Ministry
        # of Health": who issued it (the role reads on into the body's name; the document word need not end it)
        document = _DOCUMENT.search(role.group(1)) or _DOCUMENT_FROM.search(role.group(1))
        return (document and _document_author(ctx, document.group(1), role.end())) or role.group(1)
    owned = _OWNED_ROLE_AFTER.match(text, offset, min(len(text), offset + 80))
    if owned:  # '"…," said her former manager': the one the article introduced so ("her former manager, Dean Ortiz")
        return _lede_named(ctx, _role_head(owned.group(1)), offset)
    alone = _SURNAME_AFTER.match(text, offset, min(len(text), offset + 40))
    return _named(text, alone.group(1)) if alone else ""


# "She was told (by officials) that …": the subject heard the words; the speaker is whoever "by" names, if anyone.
_PASSIVE = re.compile(rf"\b(?:was|were|been|being|is|are|get|got)\s+(?:{_ADVERB}\s+)?$", re.IGNORECASE)
_BY = re.compile(r"\s+by\s+(?:the\s+|an?\s+|one\s+)?" + _ROLE + r"\b")


def _passive(ctx: _Context, verb) -> tuple[bool, str]:
    """Whether the speech verb is passive ("was told", "were asked"), and then its agent ("by officials"), or ""."""
    word = verb.group().lower()
    if word not in _PASSIVE_VERBS:
        return False, ""
    by = ctx.text.startswith(" by ", verb.end())
    if not (_PASSIVE.search(ctx.text, max(0, verb.start() - 24), verb.start())
            or (by and word in _DESCRIBED and ctx.text[max(0, verb.start() - 2):verb.start()] == ", ")):
        return False, ""  # (", described by teachers as "…"": the one described is not the speaker)
    agent = ctx.person_after(verb.end()) if by else ""
    if not agent:
        by = _BY.match(ctx.text, verb.end(), min(len(ctx.text), verb.end() + 80))
        agent = by.group(1) if by else ""
    return True, agent


# Verbs whose passive names the one spoken to or about, not the speaker ("was told", "was described by neighbours
# as "quiet and polite"").
_DESCRIBED = {"described", "called", "praised", "criticised", "criticized", "condemned", "branded", "hailed",
              "dismissed", "quoted"}
_PASSIVE_VERBS = {"told", "asked", "informed", "warned", "urged"} | _DESCRIBED


@dataclass
class _Hearing:
    heard: bool = False  # a passive "was told" was met: the one told is not the speaker
    agent: str = ""  # whom its "by" names


def _active(ctx: _Context, verbs, hearing: _Hearing):
    """The speech verbs that are not passive, in order. A passive one is noted in `hearing`; one whose "by" names an
    agent ends the walk, and the agent is the speaker ("was told by officials")."""
    for verb in verbs:
        passive, agent = _passive(ctx, verb)
        if not passive:
            yield verb
            continue
        hearing.heard = True
        if agent:
            hearing.agent = agent
            return


_NOT_CLOSING = re.compile(r"[^ ”\"’.,]")
# "the minister (Tom Reid) said", "One resident (Ann Vos, a retired teacher) said": a name a role's bracket opens
# with ("Action Against Hunger (Action Contre La Faim, ACF)" glosses a name).
_ROLE_BEFORE_BRACKET = re.compile(r"\b[a-z][\w-]*\s+\($")
# Between two quotations of one speaker's sentence: marks, a pronoun and its verb, connectives ('", it added; and,
# later, "'), not another subject ('", the ministry said, while opposition leaders called the plan "').
_GOES_ON = re.compile(r"[\s,;:.”\"’']*(?:(?:it|he|she|they)\s+\w+[\s,;:]*)?(?:(?:and|but|then|later|adding)[\s,;:]*)*"
                      r"[“\"‘]?")
# "quoting (President) X, "…"": the words are X's, whoever quotes them.
_QUOTED_PERSON = re.compile(r"\b(?:quoting|citing)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")
_ONLY_HANDOVER = re.compile(r"\s*[,:]?\s*")


def _quoted_in_sentence_before(ctx: _Context, previous: Quote, sentence: Segment) -> bool:
    before = ctx.sents.before(sentence.start)
    return before is not None and previous.end > before.start


# "They added:" the sentence's whole subject, right before its verb ("It added" is the body or document the sentence
# before is about: see _body_before).
FRAMING_GAP = 3  # characters between a framing verb and the opening mark (", " or ": ")
_JOINS_CLAUSE = re.compile(r"\b(?:and|before|after|but|while|until|when|then)\b")
FRAMING_CLAUSE = 60  # characters of a clause between a speech verb and the quotation it frames ("insisted the scheme
# was "…"")
_CLAUSE_RUNS_ON = re.compile(r"(?:(?!\b(?:and|before|after|but|while|until|when|then|who|which)\b)[^,;:.“”\"‘’\n])"
                             r"{1,%d}[“\"‘']" % FRAMING_CLAUSE)
INTRODUCING_VERB = 48  # characters before a paragraph's closing colon searched for "said:", "told reporters:"
_THEY_OPENS = re.compile(rf"They(?:\s+{_ADVERB})?\s+")
_DASHED_BELOW = re.compile(r"[”\"’']?[ \t]*\n[ \t]*\n?[ \t]*[—–][ \t]*([^\n]{1,120})")


# What a dashed line under a paragraph is when it names no speaker: a credit, a wire service, a byline.
_CREDIT = re.compile(r"(?i)(?:(?:additional\s+)?reporting|editing|edited|writing|written|photo|picture|image|source|"
                     r"via|credit|by|reuters|ap|afp|pa|upi|dpa|efe|ani|pti|xinhua|"
                     r"[\w\s]*\b(?:editor|correspondent|reporter))\b")
_DASH_LIST = re.compile(r"[ \t]*\n[ \t]*[—–]")  # the next line is a dashed item too: a list
_NAME_LIKE = regex.compile(r"\p{Lu}[\w’'.&-]*(?:[ \t]+(?:(?:of|for|the|and|de|du|la)[ \t]+)?\p{Lu}[\w’'.&-]*){0,5}")


def _remark_by(ctx: _Context, sentence: Segment, start: int) -> str:
    """The person a remark the quotation's sentence names is by, when the remark leads into the quotation ("a
    statement by Presidential candidate Rudy Giuliani in October that "…"", "comments by Ada Roe: "…""), else ""."""
    lo = max(sentence.start, start - REMARK_REACH)
    before = ctx.text[lo:start]
    if sentence.start >= start - 1 or (" by " not in before and "’s " not in before and "'s " not in before):
        return ""
    owned = _REMARK_OF.search(ctx.text, lo, start)
    if owned:  # "President Harlan Cole's remark that the response had been "a disgrace"": his words
        owner = [m for m in ctx.people.between(lo, owned.start() + 1) if m[1] == owned.start()]
        if owner:
            return names.canonical(ctx.text, owner[-1][2])
    remarks = list(_REMARK_BY.finditer(ctx.text, lo, start))
    remark = remarks[-1] if remarks else None
    named = [m for m in ctx.people.between(remark.end(), min(start, remark.end() + TITLE_LEAD))
             if _LEADS_IN.fullmatch(ctx.text, m[1], start) or (
                 _LEADS_IN_CLAUSE.fullmatch(ctx.text, m[1], start) and not ctx.people.between(m[1] + 1, start))
             ] if remark else []
    return names.canonical(ctx.text, named[-1][2]) if named else ""  # (after its titles: "candidate Rudy Giuliani")


REMARK_REACH = 200  # characters before a quotation searched for the remark it is ("a statement by X … that")
_REMARKS = (r"statement|remarks?|comments?|claims?|pledge|promise|warning|vow|assertion|words|suggestion|prediction|"
            r"declaration|assurance|accusation|allegation")
_REMARK_BY = re.compile(rf"\b(?:{_REMARKS})[ \t]+(?:made[ \t]+)?by[ \t]+")
# From the name to the opening mark: a time or place at most, then "that" or a colon ("in October that ");
# or a clause after "that" that names no one else ("remarks by X that the city had "failed dismally"", not "a
# statement by X that Y had called the plan "a disgrace"").
_LEADS_IN = re.compile(r"[^.;:“”\"‘\n]{0,40}?(?:\bthat[ \t]*|[,:][ \t]*)[“\"‘']")
_LEADS_IN_CLAUSE = re.compile(r"[^.;:“”\"‘\n]{0,40}?\bthat[ \t]+[^.;:“”\"‘\n]{1,80}?[ \t][“\"‘']")
# A person's remark, by its owner's possessive: "Cole's remark that the state's response had been "a disgrace"".
# ("Lamb's promise of "a new dawn"": what it promised, right after "of")
_REMARK_OF = re.compile(rf"[’']s[ \t]+(?:[a-z]+[ \t]+)?(?:{_REMARKS})[ \t]+(?:that[ \t]+"
                        r"[^.;:“”\"‘\n]{0,100}?[ \t]|of[ \t]+)[“\"‘']$")


def _dashed_speaker(ctx: _Context, dashed) -> str:
    """Who a dashed line under a quotation set apart names as its speaker ("— Mayor of Rio, Eduardo Paes", "—
    French President Emmanuel Macron, at a press conference with Olaf Scholz", "— UNICEF"): the person named in its
    first comma-separated part that names one (not as a place: "of Rio"), else a first part that reads as a name;
    "" for a credit, a date, a list item or a sentence."""
    text, line = ctx.text, dashed.group(1)
    if _CREDIT.match(line) or _DASH_LIST.match(text, dashed.end()) or _ANY_MARK.search(line) or SPEECH.search(line):
        return ""
    at = dashed.start(1)
    for part in line.split(","):
        people = [m for m in ctx.people.between(at, at + len(part)) if not _is_object(text, m[0])]
        if people:
            return names.canonical(text, people[-1][2])
        at += len(part) + 1
    first = line.split(",")[0].strip()
    return first if _NAME_LIKE.fullmatch(first) else ""


def attribute(ctx: _Context, start: int, end: int, previous: Quote | None = None) -> str:
    """The speaker of the quotation text[start:end]: from the words after it ("…,” Trump said"), before it
    ("Macron, however, took a firmer stance, stating: “…"), "according to …", or the quotation just before
    when this one continues it."""
    text = ctx.text
    sentence = ctx.sents.at(start) or Segment(start, end, "")
    line_start = ctx.line_start(start)
    line_end = ctx.line_end(end)
    # After the closing mark, up to the sentence's end: "…,” Trump said." / "…” said Trump." / "…,” he wrote"
    tail_start = end + 1
    while (tail_start < min(line_end, end + 1 + TAIL_VERB_DISTANCE) and text[tail_start] in "”\"’',. "
           and not ctx.opens_quotation(tail_start)):  # ('"…". "…," the authors wrote': not the next one's verb)
        tail_start += 1
    tail_end = min(line_end, max(sentence.end, tail_start))
    split = ctx.sents.at(tail_start) if sentence.end <= tail_start else None
    if (split is not None and split.start < tail_start  # "‘…moves?’ said one resident.": the segmenter ends the
            # sentence before a closing single mark, not after it; but after a full stop inside the marks, a long
            # sentence is a report of its own ('…of the vote." Brian S. Brown, president of X, also argues that
            # …'), unless it goes on with the same speaker ('‘…final.’ Chief executive X added on Thursday that').
            and not (text[end - 1:end] == "." and text[tail_start].isupper()
                     and len(split.text.split()) > ATTRIBUTION_SENTENCE_WORDS
                     and not _GOES_ON_SPEAKING.search(split.text))):
        tail_end = min(line_end, max(tail_end, split.end))
    elif (split is not None and split.start == tail_start
          and (text[end - 1:end] in "?!" or text[end - 2:end] in (",'", ",’"))
          and sentence.start >= start - 1 and len(split.text.split()) <= ATTRIBUTION_SENTENCE_WORDS):
        # '"Every single one, on the night of the murder?" Mr Haig asked.': the segmenter ends a sentence after a
        # question or exclamation mark inside the marks, but a short attribution after it is still its sentence's
        # (when the quotation opens its sentence: 'Keith Ormerod shouted: "So fix it!" Cllr Forbes later said' is
        # his); and after a handover comma inside nested marks ('"… told myself, 'OK, today is my day,'" Jeptanui
        # said.'), where no sentence ends
        tail_end = min(line_end, split.end)
    elif (split is None and sentence.start < start - 1 and text[end - 1:end] in ".?!" and text[end:end + 1] in "’'"
          and text[tail_start:tail_start + 1].isupper()):
        # The segmenter runs a sentence on past a single closing mark after a full stop, as it does not past a
        # double one: a quotation its sentence led up to ends there all the same ('He told members: ‘I stand by
        # it.’ Panel member Rose Tennant said …' is his; '‘…,’ said Lottie Graves, ‘I did what any mum would do.’
        # Her former partner, Jason Reid, said' is hers). One opening its sentence may take the next one's verb.
        tail_end = tail_start
    read = _READ_BY.match(text, end, min(line_end, end + 80)) or _ISSUED_READ.match(text, end, min(line_end, end + 160))
    if read:  # '"…," read a statement by the mission', '"…," a statement from the club read': who issued it
        return _issued_by(ctx, read.end())
    dashed = _DASHED_BELOW.match(text, end, min(len(text), end + 160))
    if (dashed and ctx.first_non_space(line_start) >= start - 1  # not after "said:" in the paragraph before
            and not (_introduced(text, line_start) and ctx.has_verb(max(0, line_start - INTRODUCING_VERB),
                                                                    line_start))):
        who = _dashed_speaker(ctx, dashed)
        if who:  # '"…"\n\n— Mayor of Rio, Eduardo Paes': a quotation set apart, its speaker below
            return who
    remark = _remark_by(ctx, sentence, start)
    if remark:  # 'He found worrisome a statement by candidate Rudy Giuliani in October that "…"': Giuliani's
        return remark
    hearing = _Hearing()
    tail_verbs = [v for v in ctx.verbs_in(tail_start, tail_end, starts_before=tail_start + TAIL_VERB_DISTANCE + 1)
                  if not ctx.in_other_quote(v.start(), start, end)]
    # A quotation that ends its sentence takes a verb after the next quotation only last ('"…." "…," X said').
    ended = text[end - 1:end] in ".?!"
    borrowed = [v for v in tail_verbs if ended and ctx.quotation_between(end + 1, v.start())]
    tail_verbs = [v for v in tail_verbs if v not in borrowed]
    # A speech verb right before the opening mark frames the quotation: a verb after it in a clause of its own is
    # someone else's ('a man near the back shouted "…" and was drowned out by boos before Harmon asked').
    # So does one whose clause runs on to it ('developer X insisted the scheme was "…" and farmer Y dismissed').
    framed = any((v.end() >= start - FRAMING_GAP or _CLAUSE_RUNS_ON.fullmatch(text, v.end(), start))
                 for v in ctx.last_verbs(max(sentence.start, start - FRAMING_CLAUSE - 20), start, 1)
                 if not ctx.in_other_quote(v.start(), start, end))
    for verb in _active(ctx, tail_verbs, hearing):
        if framed and (_JOINS_CLAUSE.search(text, tail_start, verb.start()) or ";" in text[tail_start:verb.start()]):
            continue
        if text[tail_start:verb.start()].strip() == "":  # "… said Trump" / "…,” according to X"
            owned = _OWNED_BODY.match(text, ctx.first_non_space(verb.end()), min(len(text), verb.end() + 60))
            if owned and _CLAUSE_ENDS.match(text, owned.end(), owned.end() + 12):
                # "…,” said Malaysia's transport ministry.": the ministry, not the country (not "said China's
                # foreign ministry spokesman Wang Lin")
                return owned.group()
            who = _closing_title_run(ctx, verb.end()) or ctx.person_after(verb.end()) or _named_after(ctx, verb.end())
            if not who and (aged := _AGED_AFTER.match(text, verb.end())):
                who = _aged(ctx, aged.group(1), start)
            if who:
                return who
            continue
        if verb.group().lower() == "according to":  # '"…" by the spring, according to its finance director, X'
            # (not after the quotation's own verb: '"…," said X, according to Palestinian Media Watch'; 'Villagers
            # say they are "…" of lorries, according to X')
            who = not framed and not ctx.verbs_in(tail_start, verb.start()) and (
                ctx.person_after(verb.end()) or _named_after(ctx, verb.end(), according=True))
            if who:
                return who
            continue
        pronoun = _IT.fullmatch(text, tail_start, verb.start())
        if pronoun:  # "“…”, it added"
            it = pronoun.group(1).lower() == "it"
            who = _body_before(ctx, sentence.start) if it else _group_before(ctx, sentence.start)
            # "The mission confirmed the hijack. “…,” it said": the body the sentence before is about; "…, doctors at
            # the hospital said. “…,” they said": the group that sentence's verb reports
            if who:
                return who
            said = previous.speaker if previous is not None else ""
            if (said and ctx.newlines_between(previous.end, start) <= 2
                    and not (it and ctx.people.fullest.get(said.split()[-1].casefold()) == said)):
                return previous.speaker  # the organisation quoted just before ("it" is no person)
            before = None if it else ctx.sents.before(min(sentence.start, start))
            if (before is not None and _ANONYMOUS.search(before.text)
                    and _NEW_ROLE.match(ctx.text, ctx.first_non_space(before.start))):  # (its subject)
                who = _role_subject(ctx, before)
                if who:  # 'A worker, who did not want to be named, told NBS … "…," they said': the worker
                    return who
        elif (sentence.start < start and _NEW_CLAUSE.search(text, tail_start, verb.start())
              and ctx.people.between(sentence.start, start) and ctx.verbs_in(sentence.start, start)):
            break  # 'X said his government “…” but rejected what he called': the verb before it names the speaker
        who = _subject_before(ctx, tail_start, verb.start(), sentence.start, previous)
        if who:
            return who
    # Before the opening mark, in the same sentence (or the paragraph before, when it ends with a colon).
    head_start = max(line_start, sentence.start if sentence.start < start else line_start)
    head_end = start - 1
    if ctx.first_non_space(line_start) >= head_end:
        k = line_start - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        if k >= 0 and text[k] == ":":
            head_start = text.rfind("\n", 0, k) + 1
            head_end = k + 1
    if hearing.agent:
        return hearing.agent
    crowd = _crowd(ctx, head_start, start, previous)
    if crowd is not None:  # 'chanting "Books not debts!"', 'signs reading "…"': the crowd's words
        return crowd
    quoted = ctx.people.between(head_start, start)
    if quoted and _QUOTED_PERSON.search(text, max(0, quoted[-1][0] - 60), quoted[-1][0]) \
            and _ONLY_HANDOVER.fullmatch(text, quoted[-1][1], max(quoted[-1][1], start - 1)):
        return names.canonical(text, quoted[-1][2])  # 'remarked …, quoting President George W. Bush, "…"'
    head_verbs = [v for v in ctx.last_verbs(head_start, max(head_start, head_end), VERBS_TRIED)
                  if not ctx.in_other_quote(v.start(), start, end)]
    for verb in _active(ctx, head_verbs, hearing):
        if verb.group().lower() == "according to":
            who = ctx.person_after(verb.end()) or _named_after(ctx, verb.end(), according=True)
            if who:
                return who
        if (_THEY_OPENS.fullmatch(text, ctx.first_non_space(sentence.start), verb.start())
                and previous is not None and previous.speaker and _quoted_in_sentence_before(ctx, previous,
                                                                                               sentence)):
            return previous.speaker  # '"…," a Ministry of Defence spokesman said. They added: "…"'
        who = _subject_before(ctx, head_start, verb.start(), sentence.start, previous)
        if who:
            return who
        if (verb.group().lower().endswith("ing") and previous is not None and previous.speaker
                and previous.end >= sentence.start):
            return previous.speaker  # '"…," she said, later adding that "…"': the participle's subject
    if hearing.agent:
        return hearing.agent
    if hearing.heard:
        return ""  # not the one who was told: 'She was told: "…"'
    who = _closing_attribution(ctx, start, end, sentence, previous)
    if who:  # '… made "real progress" towards a ceasefire in talks that ran late, Foreign Minister X said.'
        return who
    if _introduced(text, start - 1) and sentence.start < start:  # 'She framed it as a debate: "…"'
        who = _sentence_subject(ctx, sentence.start, start, previous)
        if who:
            return who
    # A quotation that is a sentence of its own continues the one before: same speaker.
    alone = sentence.start >= start - 1 and (not _NOT_CLOSING.search(text, end + 1, max(end + 1, sentence.end))
                                             or bool(borrowed))  # ('"…." "…," X said' is read as one sentence)
    if alone:  # "X issued a statement on the decision. “Like many Texans, …”": the sentence before says who
        before = ctx.sents.before(sentence.start)
        fresh = before is not None and (previous is None or before.start >= previous.end)  # not the last quote's
        if fresh and (ctx.has_verb(before.start, before.end) or _STATEMENT.search(before.text)):
            first = _first_subject(ctx, before.start, before.end)
            if first:
                return first
            role = _role_subject(ctx, before)
            if role:  # 'A spokesperson for NISA said officials … "We have upgraded …"'
                return role
        if (fresh and previous is not None and previous.speaker and ctx.newlines_between(before.end, start) == 0
                and ctx.newlines_between(previous.end, before.start) > 0 and not _ANY_MARK.search(before.text)):
            # '"…," said X. ¶ Palestinian prime minister Salam Fayyad also rejected the plan. "…"': a new paragraph
            # that names its subject before the quotation has moved on from the one quoted before
            first = ctx.people.first_between(before.start, before.end)
            if first is not None and not _is_object(ctx.text, first[0]) and _OPENS_WITH_NAME.fullmatch(
                    ctx.text, ctx.first_non_space(before.start), first[0]):
                return names.canonical(ctx.text, first[2])
    if borrowed:  # '"I'm delighted." "This club means everything to me," Jordan Smith said': the next one's
        who = _subject_before(ctx, tail_start, borrowed[0].start(), sentence.start, previous)
        if who:
            return who
    if alone and previous is not None and previous.speaker and ctx.newlines_between(previous.end, start) <= 2:
        return previous.speaker  # "“A …,” Trump told reporters.\n“Just as we’re doing …”"
    if (previous is not None and previous.speaker and previous.end >= sentence.start
            and _GOES_ON.fullmatch(text, previous.end, start)):
        return previous.speaker  # '"…", it added; and, later, "…"': the sentence goes on with the same speaker
    if alone and text[end - 1:end] in ".?!" and start > ctx.headline_end:
        who = _standing_alone(ctx, sentence, end)
        if who:  # '"We will rebuild every home." Mayor Jean-Pierre Dubois said so on Tuesday.'
            return who
    # A headline quotation ("Trump distances himself …: “It's not my business.”"): the line's first person.
    one = _one_of(ctx, sentence, start, end, previous)
    if one is not None:  # 'Fans rushed to support her. One wrote: “…”'
        return one
    body = _BODY_AFTER.match(text, end)
    if body is not None and body.group(1).lower() in _ANY_BODY:  # '"…," the firm said': before the line's first
        word = body.group(1).lower()  # person ("Retailer Superdry … law firm Leigh Day")
        who = _named_body(ctx, word, start)
        if who != word or _unnamed_since(ctx, word, start) >= 0:
            return who
        return _first_subject(ctx, line_start, start) or who
    if sentence.start < start and _LEAD_DOCUMENT.match(text, ctx.first_non_space(sentence.start), start):
        # 'The indictment alleges that Marek Dvorsky "created fictitious vendors"': the document's words, not the
        # person it speaks of
        who = _lead_body(ctx, sentence, start, end, body)
        if who:
            return who
    return (_first_subject(ctx, line_start, start) or _lead_body(ctx, sentence, start, end, body)
            or _unnamed_body(ctx, sentence, start, end) or ctx.narrates and _narrated(ctx, start, end, previous))


# The person a paragraph narrates: "She turns a bowl in her hands", "Her first kiln was secondhand".
_NARRATED = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][”\"’']\s))(He|She|His|Her)\b")
_NARRATED_ANY = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_WRITTEN = re.compile(rf"\b(?:{_DOCUMENTS}|note|notice|sign|placard|banner|reads?)\b", re.IGNORECASE)
_ALONE_BEFORE = re.compile(r"[ \t“\"‘']*")  # a paragraph of only the quotation: its marks and punctuation
_ALONE_AFTER = re.compile(r"[”\"’'.!?…,; \t]*")
NARRATED_REACH = 300  # characters either side of the quotation read for the narration around it


def _narrated(ctx: _Context, start: int, end: int, previous: Quote | None) -> str:
    """Who a quotation no one is named for belongs to in a feature that narrates one person: the referent of another
    sentence of its paragraph opening with "He", "She", "His" or "Her" ('"If it's perfect, nobody needs it." She
    turns a bowl in her hands.'), when no one is named near it; or, for a paragraph that is only the quotation, of
    the last "he" or "she" of the paragraph before, when no one else is named there ("… Today she runs the
    school.\n\n"On the bus I learned one thing."")."""
    text, line_start, line_end = ctx.text, ctx.line_start(start), ctx.line_end(end)
    lo, hi = max(line_start, start - NARRATED_REACH), min(line_end, end + NARRATED_REACH)
    own = ctx.sents.at(start) or Segment(start, end, "")  # (not its own sentence: 'He received the reply "…"')
    narration = [m for m in (_NARRATED.search(text, lo, min(start, own.start)),
                             _NARRATED.search(text, max(end, own.end), hi)) if m]
    if _WRITTEN.search(text, own.start, start):
        return ""  # "The council's letter was blunt: "…"", 'A note on the door reads "…"': no one narrated
    if narration and not ctx.people.between(lo, hi):
        return _pronoun(ctx, narration[0].start(), previous, "he" if narration[0].group(1) in ("He", "His") else "she")
    if narration or line_start < 2 or not (_ALONE_BEFORE.fullmatch(text, line_start, start)
                                           and _ALONE_AFTER.fullmatch(text, end, line_end)):
        return ""
    lo = max(ctx.line_start(line_start - 2), line_start - NARRATED_REACH)
    said = [m for m in _NARRATED_ANY.finditer(text, lo, line_start)][-1:]
    who = _pronoun(ctx, said[0].start(), previous, said[0].group().lower()) if said else ""
    return "" if any(names.canonical(text, m[2]) != who for m in ctx.people.between(lo, line_start)) else who

# A body the article names only in lowercase, opening its clause before its speech verb ("The commission said in a
# statement that …", '"…," the national seismological institute said'): the words it is named by.
_UNNAMED_BODY = re.compile(rf"(?:^|(?<=[,;:”\"’]\s))[Tt]he\s+((?:[a-z]+\s+){{0,2}}?"
                           rf"(?:{'|'.join(sorted(names.ORG_WORDS))}))\s+(?:\w+ly\s+)?(?:said|says|added|stated|"
                           rf"wrote|warned|confirmed|announced)\b")


def _unnamed_body(ctx: _Context, sentence: Segment, start: int, end: int) -> str:
    """The last resort for a quotation no rule above gave a speaker: a body named only in lowercase that speaks in
    its sentence (not "several MPs from the governing party said": its clause opens with "several"), or ""."""
    lo, hi = max(sentence.start, start - SUBJECT_WINDOW), min(sentence.end, end + SUBJECT_WINDOW)
    ctx.work.spend((start - lo + hi - end) // 4 + 1)
    for at, words in ((lo, ctx.text[lo:start]), (end, ctx.text[end:hi])):  # before the quotation, then after it
        body = _UNNAMED_BODY.search(words)  # (slices: "^" is where the sentence or the window starts)
        if body and not ctx.in_other_quote(at + body.start(), start, end):
            return body.group(1)
    return ""


# The attribution a sentence of reported speech ends with, beyond a quoted phrase's own reach: a comma, a subject
# of a few words, the verb, then the sentence's end or only when or where it was said ('… towards a ceasefire in
# talks that ran late, Foreign Minister X said on Tuesday, though …').
_CLOSING_VERB = re.compile(r"said|says|told|added|wrote|stated|noted|warned|insisted|argued|explained|confirmed")
_CLOSING_SUBJECT = re.compile(r",[ \t]+(?:[^\s,;:“”\"]+[ \t]+){1,6}$")
_CLOSING_AFTER = re.compile(r"(?:[ \t]+(?:reporters|journalists|[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,3}))?"
                            r"(?:[ \t]+(?:on|in|at|this|last|late|earlier|later|yesterday|today|tonight)\b"
                            r"[^,.;:!?“”\"\n]{0,40})?[ \t]*(?:[.!?]|,[ \t]+(?:though|but|while|although|adding|as)\b)")
CLOSING_SUBJECT_WINDOW = 80  # characters before the closing verb searched for its comma


def _closing_attribution(ctx: _Context, start: int, end: int, sentence: Segment, previous: Quote | None) -> str:
    """The speaker of a quotation in a sentence that ends with its attribution, past TAIL_VERB_DISTANCE: the
    sentence's last speech verb, when a comma and a short subject come before it and only the sentence's end,
    or when and where it was said, after it. "" when the sentence does not end so, or when a speech verb before
    the quotation frames it ('The airline said passengers could expect "…", …, travel expert X said')."""
    if sentence.end <= end + TAIL_VERB_DISTANCE or ctx.has_verb(sentence.start, start):
        return ""  # (a verb this close was tried as the quotation's own)
    verbs = ctx.last_verbs(end, sentence.end, 1)
    if not verbs or not _CLOSING_VERB.fullmatch(verbs[0].group()) or ctx.in_other_quote(verbs[0].start(), end, end):
        return ""
    verb = verbs[0]
    subject = _CLOSING_SUBJECT.search(ctx.text, max(end, verb.start() - CLOSING_SUBJECT_WINDOW), verb.start())
    if subject is None or not _CLOSING_AFTER.match(ctx.text, verb.end(), sentence.end + 1):
        return ""
    return _subject_before(ctx, subject.start() + 1, verb.start(), sentence.start, previous)


_ANY_BODY = {"company", "firm", "operator", "force", "group", "body", "organisation", "organization", "airline",
             "carrier", "retailer", "chain", "insurer", "utility", "supplier", "manufacturer", "developer", "team",
             "club", "charity", "broadcaster", "publisher", "agency"}
_NOT_BUSINESS = {"force", "group", "body", "organisation", "organization", "team", "club", "charity", "agency"}
# A phrase set off after a body's name that says what kind of body it is, right before the verb ("NTV, the Turkish
# language partner of MSNBC, reported").
_SET_OFF_BODY = re.compile(r",\s+(?:the|a|an)\s+[^,;:“”\"\n]{0,60}?\b(?:" + "|".join(sorted(_ANY_BODY | {
    "partner", "network", "newspaper", "channel", "regulator", "watchdog", "outlet", "station", "magazine", "lender",
    "maker", "subsidiary", "affiliate"})) + r")\b[^,;:“”\"\n]{0,60},\s*$")
SET_OFF_BODY = 130  # characters before the verb its comma is looked for in
_BUSINESS = _ANY_BODY - _NOT_BUSINESS  # bodies an article's lead company may be ("the airline", not "the force")
# "the club" right before its verb: the body is the verb's subject ("In a statement, the club said Rudd had")
# (any body's word: "In a communiqué issued …, the union said", "In written reasons …, the panel said", "In a
# statement, the hospital said")
_PLACES_THAT_SPEAK = {"hospital", "school", "college", "museum", "prison", "airport"}
# ("the ministry, in a statement on Tuesday, said": a phrase set off between them)
_THE_BODY_SUBJECT = re.compile(rf"\b[Tt]he[ \t]+({'|'.join(sorted(_ANY_BODY | names.ORG_WORDS | _PLACES_THAT_SPEAK))})"
                               r"(?:,[^,;:“”\"\n]{1,60},)?[ \t]+(?:[a-z]+ly[ \t]+)?$")
_BODY_AFTER = re.compile(rf"[,.?!]?[”\"’']?,?[ \t]*the[ \t]+({'|'.join(sorted(_ANY_BODY | names.ORG_WORDS))})[ \t]+"
                         r"(?:\w+ly[ \t]+)?(?:said|says|added|adds|stated|continued|wrote|insisted|warned|"
                         r"confirmed)\b")

_CLAUSE_ENDS = regex.compile(r"\s*(?:[.;:]|,(?!\s*\p{Lu})|$|\s+(?:in|on|at|after|before|when|adding)\b)")
# A clause of its own after a quotation: '… “…” but rejected what he called', not '“…,” the spokesman said'.
_NEW_CLAUSE = re.compile(r"\b(?:but|while|whereas|although|what)\b")
# One of a group, speaking: 'One wrote: "…"', '"…," one of them said', 'One of the children said, "…"'.
_ONE_OF = re.compile(r"(?:[Oo]ne|[Aa]nother)(?:\s+of\s+(?:them|these|those|the\s+([a-z]+)))?\s+"
                     r"(?:\w+ly\s+)?(?:said|says|wrote|writes|told|added|adds|posted|replied|commented|"
                     r"described|explained|recalled|insisted|argued|warned|noted)\b")
_ONE_OF_AFTER = re.compile(r"[,.?!]?[”\"’']?,?[ \t]+" + _ONE_OF.pattern)
# The group a sentence is about: a plural noun at its start, or after a number or a quantifier ("Fans rushed to
# support the star.", "Malta has had eight citizens turned back.").
_PLURAL = r"((?-i:[A-Za-z][a-z]+(?:s|ren)|people|men|women))\b"
_GROUP = re.compile(r"\b(?:[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|"
                    r"[Ee]ight|[Nn]ine|[Tt]en|[Dd]ozens\s+of|[Hh]undreds\s+of|\d+)\s+(?:[a-z-]+\s+|[A-Z][a-z-]+\s+)?"
                    + _PLURAL)  # ("Two European officials said")
_GROUP_LEAD = re.compile(r"(?:[a-z-]+\s+)?" + _PLURAL)
_IRREGULAR_PLURALS = {"children": "child", "people": "person", "men": "man", "women": "woman"}


NEXT_SUBJECT_WINDOW = 160  # characters of the next sentence searched for its speech verb


def _standing_alone(ctx: _Context, sentence: Segment, end: int) -> str:
    """The speaker of a quotation that is a sentence of its own and no rule above named: the person the sentence
    before opens with ('Mayor Linda Shaw defended the budget. "…" Opposition leader Tom Reid … said the cuts would …'
    is Shaw's), else, only after two sentences that name nobody and say no he or she ("Her second came in stoppage
    time." is about someone), the person the next sentence opens with as speaking; or ""."""
    text = ctx.text
    before = ctx.sents.before(sentence.start)
    if before is None:
        return _named_next(ctx, end)
    opener = ctx.people.first_between(before.start, min(before.end, before.start + SUBJECT_LEAD))
    if opener is not None and not _is_object(text, opener[0]):
        return names.canonical(text, opener[2])
    lo = (ctx.sents.before(before.start) or before).start
    if ctx.people.between(lo, sentence.start) or _HE_SHE.search(text, lo, sentence.start):
        return ""
    return _named_next(ctx, end)


def _named_next(ctx: _Context, end: int) -> str:
    """The person the next sentence names as speaking, for a quotation that is a sentence of its own with no speaker
    before it ('"…." Resident Anna Kowalski, who has lived there 40 years, said she had never seen it'): the named
    subject of its first speech verb, unless it says that person "also" spoke (then it is another's report), or
    ""."""
    text = ctx.text
    after = ctx.first_non_space(end + 1)
    while after < len(text) and text[after] in "”\"’'":
        after = ctx.first_non_space(after + 1)
    following = ctx.sents.at(after)
    if following is None or following.start < end:
        return ""
    back = _POINTS_BACK.match(text, after, following.end)
    if back and ctx.newlines_between(end, after) <= 2:
        # '"…" ¶ That was how Jenny Walsh, 34, described the moment', 'That was the verdict of pensioner Dorothy
        # Kerr': a sentence that points back at the quotation names its speaker
        # The person it names, not a club, company or place that modifies them or that they belong to ("the words
        # of a furious Ashdown Town boss, Phil McKenna", "of Halvorsen Shipping's finance chief, Ingrid Dahl", "the
        # message from the 40 tenants of Burnside Court": nobody named)
        for start, stop, name in ctx.people.between(back.end(), min(following.end, back.end() + NEXT_SUBJECT_WINDOW)):
            role = _WORD_NEXT.match(text, stop)
            modifies = _POSSESSIVE_NEXT.match(text, stop) or (
                role is not None and (role.group(1) in names.role_words() or role.group(1) in names.PERSON_NOUNS))
            if not modifies and not (start > back.end() and _OF_BEFORE.search(text, max(0, start - 5), start)):
                return names.canonical(text, name)
        return ""
    if ctx.newlines_between(end, after) > 0:
        return ""
    stop = min(following.end, after + NEXT_SUBJECT_WINDOW)
    verbs = [v for v in ctx.verbs_in(after, stop) if not ctx.in_other_quote(v.start(), end, end)][:1]
    if not verbs or _ALSO.search(text, after, verbs[0].start()):
        return ""
    opener = ctx.people.first_between(after, verbs[0].start())
    if opener is None or not _OPENS_WITH_NAME.fullmatch(text, after, opener[0]):
        return ""  # ("The family of Jane Doyle said": not Jane Doyle)
    return names.canonical(text, opener[2])


_ALSO = re.compile(r"\b(?:also|too|likewise|similarly)\b")
_POSSESSIVE_NEXT = re.compile(r"[’']s?\b")  # "Halvorsen Shipping's finance chief"
_WORD_NEXT = re.compile(r"[ \t]+([a-z]+)\b")  # "Ashdown Town boss"
_OF_BEFORE = re.compile(r"\bof[ \t]+$")  # "tenants of Burnside Court"
_POINTS_BACK = re.compile(r"(?:(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:how|what|the\s+"
                          # ("That was the defiant message from X")
                          r"(?:[a-z]+\s+)?"
                          r"(?:verdict|view|message|words?|reaction|assessment|warning|response|plea|reply|answer)\s+"
                          r"(?:of|from))|"
                          # "So said X", "The remark by X came …", "The blunt message came from X"
                          # "That warning came from X", "The words are those of X"
                          r"So\s+said|(?:The|That|This)\s+(?:[a-z]+\s+)?(?:remarks?|words|message|warning|verdict|"
                          r"plea|comment|prediction|assessment)\s+(?:(?:came|comes)\s+)?(?:by|from)|"
                          r"The\s+words\s+(?:are|were)\s+those\s+of)\s")
# What may stand before a sentence's opening name: a capitalised word and up to two lowercase role words ("Labour
# leader ", "Chief executive ", "Resident "), no preposition or article.
_OPENS_WITH_NAME = re.compile(r"(?:[A-Z][\w-]*[ \t]+)?(?:(?!(?:of|for|at|in|with|who|where|the|a|an)\b)[a-z]+[ \t]+){0,2}")


def _singular(noun: str) -> str:
    noun = noun.lower()
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _one_of(ctx: _Context, sentence: Segment, start: int, end: int, previous: Quote | None) -> str | None:
    """One of a group as the speaker: 'One wrote: "…"', '"…," one of them said', 'One of the children said' — the
    group the sentence before is about ("Fans rushed to support the star."), or the one before's speaker for
    "Another added"; None when no "one" speaks."""
    text = ctx.text
    head = sentence.start if sentence.start < start else ctx.line_start(start)
    one = _ONE_OF.match(text, ctx.first_non_space(head), start) if head < start else None
    one = one or _ONE_OF_AFTER.match(text, end, min(len(text), end + 40))
    if one is None:
        return None
    if one.group(1) and _singular(one.group(1)) in names.role_words():
        return _singular(one.group(1))
    if (text[one.start():one.start() + 7].lower() == "another" and previous is not None and previous.speaker
            and previous.speaker.islower() and ctx.newlines_between(previous.end, start) <= 2):
        return previous.speaker  # 'One wrote: "…" Another added: "…"' (not after a named speaker)
    about = ctx.sents.before(head)
    if about is None:
        return None
    lead = ctx.first_non_space(about.start)
    found = [_GROUP_LEAD.match(text, lead, about.end)]
    found += _GROUP.finditer(text, about.start, min(about.end, about.start + SUBJECT_WINDOW))
    people = (_singular(g.group(1)) for g in found if g is not None)
    return next((noun for noun in people if noun in names.role_words()), None)  # "Fans …", not "dozens of messages"


# An article about a company names it first in its lead: "Skyvale Airways cancelled more than 400 flights"; later
# "the airline said" is that company when no name holds the word.
_LEAD_RUN = regex.compile(r"(?:The[ \t]+)?((?:\p{Lu}[\w&’'-]*[ \t]+(?:(?:and|&)[ \t]+)?){1,3}\p{Lu}[\w&-]*)[ \t]+"
                          r"(?:(?:has|have|had|will|is|was)[ \t]+)?\p{Ll}+\b")  # (two words at least)
_THE_ANY_BODY = re.compile(rf"[Tt]he[ \t]+({'|'.join(sorted(_ANY_BODY))})[ \t]+(?:\w+ly[ \t]+)?"
                           r"(?:said|says|added|stated|wrote|confirmed|announced|warned|told|insisted|argued|"
                           # what it called something ("The company described the restructuring as "…"")
                           r"claimed|admitted|promised|pledged|urged|described|describes|called|calls|termed|"
                           r"branded)\b")
_PASSIVE_NEXT = re.compile(r"\s+(?:(?:has|have|had)\s+been|(?:was|were|is|are)\s+(?:being\s+)?[a-z]+ed)\b")
# "Robotics manufacturer Arkwright Robotics has opened …", "Retail giant Tesco said": a kind of business, then its
# name (one word is enough after the kind).
_BUSINESS_KINDS = (r"manufacturer|maker|carmaker|automaker|chipmaker|brewer|miner|firm|company|giant|chain|retailer|"
                   r"operator|developer|airline|carrier|bank|lender|insurer|supplier|start-?up|brand|provider|builder|"
                   r"housebuilder|publisher|conglomerate|group|charity|club")
# A business's name: capitalised words, or one like "easyJet" ("and" or "&" may join two).
_BUSINESS_NAME = r"(?:(?:\p{Lu}|\p{Ll}+\p{Lu})[\w&’'-]*[ \t]+(?:(?:and|&)[ \t]+)?){0,3}(?:\p{Lu}|\p{Ll}+\p{Lu})[\w&-]*"
_LEAD_KIND = regex.compile(rf"(?:[\w-]+[ \t]+){{0,2}}?(?i:{_BUSINESS_KINDS})[ \t]+({_BUSINESS_NAME})[ \t]+"
                           r"(?:(?:has|have|had|will|is|was)[ \t]+)?\p{Ll}+\b")
# A business named by its kind anywhere before: "represented by law firm Leigh Day", "Rival airline Wizz Air",
# "The supplier, Cymru Components,".
_KIND_NAMED = regex.compile(rf"(?<![\w-])(?:[Tt]he[ \t]+(?=(?i:{_BUSINESS_KINDS}),))?((?i:{_BUSINESS_KINDS})),?[ \t]+"
                            rf"({_BUSINESS_NAME})")  # (kind, name)
_ANY_COMPANY = {"company", "firm"}  # words for a business of any kind ("Car parts maker X … the company said")
# A name set off by a body's kind right before the verb: "Brightloop, the social media company, said".
_NAME_THEN_KIND = re.compile(rf"(?:^|(?<=[\s,;:]))((?:[A-Z][\w&’'-]*[ \t]+){{0,3}}[A-Z][\w&’'-]*),[ \t]+(?:the|a)[ \t]+"
                             rf"(?:[a-z-]+[ \t]+){{0,3}}(?:{_BUSINESS_KINDS}|organi[sz]ation|body|union|"
                             rf"council|authority|regulator|watchdog|agency),[ \t]*(?:(?:also|later|then)[ \t]+)?$")
KIND_NAMED_WINDOW = 1500  # characters before a quotation searched for a business named by its kind
# Kinds of people that lead an article like a company does: "Broadcaster Gary Lineker has signed …".
_PERSON_KINDS = {"footballer", "broadcaster", "presenter", "singer", "actor", "actress", "producer", "author",
                 "writer", "chef", "striker", "musician", "rapper", "comedian", "star", "designer", "artist", "model",
                 "boxer", "golfer", "driver", "cyclist", "athlete", "player", "coach", "manager"}
LEAD_SENTENCES = 4  # sentences from the article's start read for its lead


def _lead_company(ctx: _Context, before: int) -> str:
    """The name the article's lead sentence starts with, when it is no person (a company), or "": its first
    sentence that reads like body text (ending with a full stop, eight words or more), when it comes before
    `before`."""
    if ctx.lead_company is None:
        ctx.lead_company = _read_lead(ctx)
    at, name = ctx.lead_company
    return name if at < before else ""


_LEAD_ONE = regex.compile(r"(?:The[ \t]+)?(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|In|On|At)\b)"
                          r"(\p{Lu}[\w&-]+)[ \t]+(?:(?:has|have|had|will|is|was)[ \t]+)?\p{Ll}+\b")


def _body_alone(ctx: _Context, word: str) -> bool:
    """Whether one capitalised word opening the lead is a body ("Greenpeace on Monday criticised …", "NASA on
    Friday delayed …"): an acronym, or no given name, place, nationality, sentence opener, title or word for a
    person, that the article never gives a given name or a title ("Okafor" of "Ada Okafor", "Mr Okafor")."""
    if word.isupper():
        return len(word) >= 2
    folded = word.casefold()
    return (folded not in names.SENTENCE_OPENERS and folded not in names.places() and not names.is_demonym(word)
            and not names.is_person_noun(folded) and not names.is_title(word)  # ("Chief executive Naomi Strand")
            and not names.pronoun_of(word, given=True) and folded not in names.first_names()
            and " " not in ctx.people.fullest.get(folded, word)
            and not re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Miss|Sir)\.?[ \t]+{re.escape(word)}\b", ctx.text))


def _read_lead(ctx: _Context) -> tuple[int, str]:
    nobody = (0, "")
    for sentence in ctx.sents[:LEAD_SENTENCES]:
        ctx.work.spend(len(sentence.text))
        if len(sentence.text.split()) < 8 or not sentence.text.rstrip().endswith("."):
            continue
        first = ctx.first_non_space(sentence.start)
        kind = _LEAD_KIND.match(ctx.text, first, sentence.end)
        if kind is not None and not _HE_SHE.search(sentence.text):
            return kind.start(1), kind.group(1)
        run = _LEAD_RUN.match(ctx.text, first, sentence.end)
        if run is None:
            one = _LEAD_ONE.match(ctx.text, first, sentence.end)
            return (one.start(1), one.group(1)) if one and _body_alone(ctx, one.group(1)) else nobody
        words = run.group(1).split()
        if words[0].lower() in _PERSON_KINDS:
            return nobody  # "Broadcaster Gary Lineker has signed …": a person leads it
        if (len(words) == 1 and words[0].lower() in names.SENTENCE_OPENERS) or run.group(1).lower() in names.places():
            return nobody  # ("West Yorkshire", "New Zealand")
        if _HE_SHE.search(sentence.text):
            return nobody  # "Lewis Hamilton has signed for Ferrari, ending his …": a person leads it
        # A person is called by the surname alone later ("Lenz said"); a company seldom by its last word.
        alone = re.compile(rf"(?<!{re.escape(words[0])} ){re.escape(words[-1])}\b") if len(words) > 1 else None
        if alone is not None and names.is_personal(run.group(1)) and alone.search(ctx.text, run.end(1)):
            return nobody
        return run.start(1), run.group(1)
    return nobody


def _lead_body(ctx: _Context, sentence: Segment, start: int, end: int, body=None) -> str:
    """The body or document a quotation's sentence starts with, when no speech verb's subject is named ("The state
    Department of Health issued an advisory urging clinicians to "…"", 'The Calder Terminal Operators Association,
    which bargains for …, said its offer included "…"', "The report described the harm as "…"")."""
    text = ctx.text
    head = sentence.start  # (`body`: what _BODY_AFTER matched after the quotation, a body that is no company's)
    if body is None and head < start:
        body = _THE_ANY_BODY.search(text, head, min(start, head + SUBJECT_WINDOW))  # "In a release, the firm said"
    if body is not None and body.group(1).lower() in _ANY_BODY:  # "The airline said in a statement that …"
        word = body.group(1).lower()
        return _named_body(ctx, word, start)
    if head >= start:
        return ""
    lead = min(start, ctx.first_non_space(head) + SUBJECT_LEAD)
    org = _organisation_subject(text, head, lead + SUBJECT_LEAD)  # (a long name may end past the lead)
    at = text.find(org, head, start) if org else -1
    if org and _PASSIVE_NEXT.match(text, at + len(org), min(start, at + len(org) + 40)):
        org = ""  # 'The Metropolitan Police has been branded "…" by …': what was said of it
    if org:  # 'The Calder Terminal Operators Association, which bargains for …, said its offer included "…"'
        return org
    document = _LEAD_DOCUMENT.match(text, ctx.first_non_space(head), lead)
    if document:  # 'The report described the harm to the landscape as "moderate and localised".'
        # (its author as this sentence may name it: "The indictment, filed by the District Attorney's Office,")
        return _document_author(ctx, document.group(1), start)
    return ""


def _has_speech_cue(ctx: _Context, start: int, end: int) -> bool:
    """Whether a speech verb in the quotation's sentence (or just after it) reports it. A promise, thanks, a request,
    a warning or a finding reports only a phrase that is its object's own words: lowercase, no determiner before it,
    and nothing after it that makes it a term ('pledged to open "a new chapter" in', not 'pledged to end "fire and
    rehire" practices', 'thanked her "Little Monsters"')."""
    sentence = ctx.sents.at(start)
    lo = sentence.start if sentence else max(0, start - 200)
    hi = min(len(ctx.text), max(sentence.end if sentence else end, end + 60))
    verbs = ctx.verbs_in(lo, hi)
    if any(v.group().lower() not in _FRAMING_VERBS for v in verbs):
        return True
    text = ctx.text
    return bool(verbs) and text[start].islower() and not _TERM.match(text, max(0, start - 8), start) \
        and _FREE_AFTER.match(text, end) is not None


# What may follow a phrase a weak cue reports: the sentence goes on, it is no term's noun.
_FREE_AFTER = re.compile(r"[”\"’']?(?:\s*[,.;:!?)]|\s*$|\s+(?:and|or|but|in|to|for|as|at|on|from|with|by|of|"
                         r"after|before|if|when|while|because|near|across|over|into|within|around|throughout|during|"
                         r"against|among)\b)")
# A phrase quoted right after a name's possessive is the name of that person's thing, a term: 'George W. Bush's
# "war on terror".' (what follows it does not matter, unlike after "the").
_POSSESSED = regex.compile(r"\b\p{Lu}[\w-]*[’']s\s+[“\"‘']$")
_INDEFINITE = re.compile(r"\b[Aa]n?\s+[“\"‘']$")
# After "the", what the words describe follows ('losing the "moral" battle'); "the "uranium equivalent" of" is a term.
_DEFINITE = re.compile(r"\bthe\s+[“\"‘']$")
# ... but not a named scheme or thing ("the "bedroom tax" policy", "the "county lines" gang", "the "uranium
# equivalent" of").
_TERM_NEXT = re.compile(r"[”\"’']\s+(?:of|policy|policies|scheme|law|laws|gang|gangs|tactic|tactics|rule|rules|plan|"
                        r"programme|program|bill|act|system|campaign|movement|model|strategy|initiative)\b|"
                        # ... nor the subject of its clause ("the "bedroom tax" had pushed", "the "zombie knife" ban
                        # would"), where words that describe something come before the thing they describe.
                        r"[”\"’']\s+(?:[a-z]+\s+)?(?:had|has|have|was|were|is|are|would|will|could|should|can|may|"
                        r"might|must|needed|needs)\b")
_BALLOT = re.compile(r"yes|no", re.IGNORECASE)
_VOTED = re.compile(r"\bvot(?:e|es|ed|ing)\s+[“\"‘']$", re.IGNORECASE)
_BALLOT_NOUN = re.compile(r"[”\"’']\s+(?:campaign|campaigners|camp|side|vote|votes|voters|supporters)\b")


def _introduced(text: str, mark: int) -> bool:
    """Whether the text before the opening mark at `mark` ends with a colon: 'Headline: "It's not my business."'."""
    k = mark - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ":"


def iter_quotes(text: str, work: Work | None = None, sents: Segments | None = None):
    """The quotations with their speakers, in text order, one at a time (a caller out of budget keeps those
    found so far; the marks are paired in one pass first, so a speech verb inside another quotation is known as
    quoted words). `sents`: the text's sentences, when the caller has them already."""
    work = meter(work)
    ctx = _Context(text, work, sents)
    previous = None
    pending: list[Quote] = []  # parts of a quotation over paragraphs, waiting for the part that names its speaker
    spans = list(quote_spans(text, work))
    balanced = [(a, b) for a, b, unbalanced in spans if not unbalanced]  # an unclosed mark proves nothing quoted
    ctx.quoted_starts, ctx.quoted_ends = [a for a, _ in balanced], [b for _, b in balanced]
    first_line = ctx.line_end(0)
    headline_end = first_line if not _ENDS_SENTENCE.search(text, 0, first_line) else 0  # a first line: a title
    ctx.headline_end = headline_end
    ctx.headline_title = _headline_title(ctx, headline_end) if headline_end else ""
    spans = sorted(spans + _block_quotes(ctx))
    for start, end, unbalanced in spans:
        work.spend(end - start)
        words = len(text[start:end].split())
        if text[max(0, start - 12):start - 1].rstrip().lower().endswith("so-called"):
            continue  # the classic scare quote
        if words <= NAME_WORDS and NAMED_BEFORE.search(text, max(0, start - 60), max(0, start - 1)):
            continue  # a name: 'a robot named "Robogee."'
        if words <= TITLE_WORDS and (_TITLED.search(text, max(0, start - 24), max(0, start - 1))
                                     or (_TITLED_AFTER.match(text, end, min(len(text), end + 50))
                                         and _TITLE_CASE.fullmatch(text, start, end))):
            continue  # a title, however long: 'a story headlined "Congress threatens to leave DC unless …"'
        if (words <= NAME_WORDS and _TITLE_CASE.fullmatch(text, start, end)
                and _WHERE_SHOWN.search(text, max(0, start - 24), max(0, start - 1))):
            continue  # a programme's or a book's title: 'shot to fame on ‘Gino’s Sunday Table’ in 2009'
        term = ((_TERM.match(text, max(0, start - 8), start) and _ATTRIBUTIVE.match(text, end))
                or _POSSESSED.search(text, max(0, start - 24), start))
        if term and text[start].islower() and (words >= 2 and _INDEFINITE.search(text, max(0, start - 5), start)
                                               or (_DEFINITE.search(text, max(0, start - 6), start)
                                                   and not _TERM_NEXT.match(text, end, end + 30))):
            # 'The EU called for an "immediate cessation" of', 'warned it is now a "major accident" with': what
            # someone called it, when a speech verb comes before ('the "uranium equivalent" of' stays a term).
            sentence = ctx.sents.at(start)
            term = all(v.group().lower() in _FRAMING_VERBS
                       for v in ctx.verbs_in(sentence.start if sentence else max(0, start - 200), start))
        if words <= SHORT_QUOTE_WORDS and term:
            continue  # a term used as a word: 'the "History" section', 'the “uranium equivalent” of the dose'
        if _BALLOT.fullmatch(text, start, end) and (_VOTED.search(text, max(0, start - 16), start)
                                                    or _BALLOT_NOUN.match(text, end, end + 16)):
            continue  # a ballot option: 'voted "No" to win', '"Yes" campaign' (not 'said simply "No"', '"No!"')
        whole_sentence = text[end - 1] in ".?!"
        if (words <= SHORT_QUOTE_WORDS and not _introduced(text, start - 1) and not whole_sentence
                and not _has_speech_cue(ctx, start, end) and not _CHANT.search(text, max(0, start - 120), start)
                and not (previous is not None and previous.start in ctx.chants  # '… reading “A” and “B”'
                         and _JOINED.match(text, previous.end, start))
                and not _quoted_again(ctx, start, end) and not _READ_BY.match(text, end, min(len(text), end + 80))):
            continue  # a scare quote: nobody is reported as saying it (nor chants it, nor is quoted saying it later)
        speaker = (start < headline_end and _headline_colon(ctx, end, headline_end)) or attribute(ctx, start, end,
                                                                                                  previous)
        if start < headline_end and not _headline_person(ctx, speaker, headline_end):
            # A headline's quotation that the body quotes again is whoever the body says said it ("Teachers
            # threaten strike over ‘insulting’ pay offer" over 'an offer she described as "insulting"'), unless the
            # headline names the person who says it ("Minister Okoye says cuts 'a price worth paying'")
            speaker = _said_again(ctx, start, end, words=1) or speaker
        if not speaker or (start < headline_end and not _headline_names(ctx, speaker, start, headline_end)):
            # "‘a recipe for rats’, residents warn": whom the body quotes saying the same words
            # (else, in the headline, the one holder of the title it names: "‘We will rebuild’: Dunmore mayor vows
            # action" over "Mayor Ines Varga said …")
            speaker = _said_again(ctx, start, end) or speaker or (start < headline_end and ctx.headline_title) or ""
        if not speaker and _FOCUS_DOCUMENT.search(text, max(0, start - FOCUS_WINDOW), start):
            speaker = _document_in_focus(ctx, start)
        speaker = _issuer(ctx, speaker, start)
        speaker = _named_role(ctx, speaker, start)
        speaker = _office_holder(ctx.text, speaker, start)
        speaker = _named_body(ctx, speaker, start)
        speaker = _by_pronoun(ctx, start, end, speaker)
        speaker = _same_body(ctx, end, previous) or speaker
        speaker = _body_in_full(ctx, speaker, start)
        if pending and not _CONTINUED.fullmatch(text, pending[-1].end, start):
            yield from pending  # the quotation went no further: its parts keep what they had
            pending = []
        previous = Quote(start, end, text[start:end], speaker, unbalanced)
        if len(pending) >= CONTINUED_PARTS:
            yield from pending  # (a caller out of budget keeps the parts found so far, all but a few)
            pending = []
        if not speaker and _PARAGRAPH_END.match(text, end):  # no closing mark: it runs on
            pending.append(previous)  # '“We have been tied up for weeks. ¶ “…,” said Jonah Nolloth': his, once known
            continue
        if pending:
            yield from (Quote(q.start, q.end, q.text, speaker, q.unbalanced) for q in pending)
            pending = []
        yield previous
        yield from _reported_inside(ctx, previous)
    yield from pending


FOCUS_WINDOW = 400  # characters before a quotation nobody is named for, searched for the document it is from
_FOCUS_DOCUMENT = re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){{0,2}}?({_DOCUMENTS})\b")


def _document_in_focus(ctx: _Context, start: int) -> str:
    """For a quotation nobody is named for: the author of the document the narration just before it is about ("It
    concludes from this that … "Rather, it is a fundamental problem of credibility."" after "The report … by
    Defense Science Board"), when no one is named between the document and the quotation; else ""."""
    mentions = list(_FOCUS_DOCUMENT.finditer(ctx.text, max(0, start - FOCUS_WINDOW), start))
    sentence = mentions and ctx.sents.at(start)
    if not mentions or sentence and ctx.verbs_in(sentence.start, start):
        return ""  # a verb there frames it, for someone the rules could not name ("an email sent by … said:")
    last = mentions[-1]
    if ctx.people.between(last.end(), start):
        return ""
    return _document_author(ctx, last.group(1), last.start(1))


_PLACED = re.compile(r"[ \t]+(?:in|of|at|from|for)[ \t]+(?:the[ \t]+)?[A-Z]")  # "A coroner in Kent"
_OFFICE_OF_PLACE = re.compile(r"([a-z]+)[ \t]+((?:of|for|in|at)[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})")
OFFICE_WINDOW = 400  # characters before a quotation searched for the office its speaker was named by
_OFFICE_ROLE = re.compile(r"(?:[a-z][\w-]*[ \t]+){0,2}[a-z]+")  # "coroner", "area coroner", "foreign minister"


def _office_holder(text: str, speaker: str, start: int) -> str:
    """An unnamed speaker named by an office the article gives one person ("A coroner has said …" and, below,
    "area coroner Helen Voss") as that person, unless the office was placed somewhere ("A coroner in Kent said":
    maybe another); an office of a place ("the mayor of Easton") as the one person the article gives the office
    beside that place ("Mayor Tom Harris of Easton"); any other speaker as it is."""
    if "-" in speaker and names.is_title(speaker) and " " not in speaker:  # "the Attorney-General said"
        return names.sole_holder(text, speaker) or speaker
    placed = _OFFICE_OF_PLACE.fullmatch(speaker)
    if placed:
        return names.holder_of(text, placed.group(1), placed.group(2)) or speaker
    if not _OFFICE_ROLE.fullmatch(speaker):
        return speaker
    mention = text.rfind(speaker, max(0, start - OFFICE_WINDOW), start)
    if mention >= 0 and _PLACED.match(text, mention + len(speaker)):
        return speaker
    return names.sole_holder(text, speaker) or speaker


def _named_body(ctx: _Context, speaker: str, start: int) -> str:
    """A speaker that is only a kind of body ("The company said …") as the body of that kind the article named
    before: the organisation whose name holds the word; else the last one named by its kind ("law firm Leigh Day";
    any business for "the company" or "the firm"), unless a group, team or charity left unnamed came up after it ("a
    group of residents"); else, for a business, the company the lead is about; any other speaker as it is."""
    word = speaker.lower()
    if word not in _ANY_BODY:
        return speaker
    named = names.organisation_with(ctx.text, word, start) or (
        word in ("club", "team") and _last_club(ctx, start))
    if named:
        return named
    found = list(_KIND_NAMED.finditer(ctx.text, max(0, start - KIND_NAMED_WINDOW), start))
    kinds = [k for k in found if k.group(1).lower() == word]  # "law firm Leigh Day"
    unnamed = _unnamed_since(ctx, word, start)
    if unnamed >= 0 and (not kinds or unnamed > kinds[-1].start()):
        return speaker  # "Media group Reach … A group of journalists … "…," the group said": the journalists
    if kinds:  # "… represented by law firm Leigh Day. "…," the firm said"
        return kinds[-1].group(2)
    lead = _lead_company(ctx, start)
    if lead and word in _BUSINESS and _public_body(lead):
        lead = ""  # "The Dunmore City Council met … "…," the company said": no council is a company
    if not lead and word in _ANY_COMPANY:  # "Car parts maker Halden Components … the company said": any business
        others = [k for k in found if k.group(1).lower() not in _NOT_BUSINESS]
        if others:
            return others[-1].group(2)
        # ("… engineers from Halden Construction Ltd. "…," the company said": a name only a business has)
        firms = [name for at, _, name in names.organisations(ctx.text) if at < start and _public_body(name) is False]
        if firms:
            return firms[-1]
    if lead and word not in _BUSINESS:
        # "The force", "the group", "the charity" may be any body named since the lead: the lead's only when none
        # is ("Police Scotland said … "…," the force said", not "Morrisons has … West Yorkshire Police said …").
        found = names.organisations(ctx.text)
        between = found[bisect_left(found, (ctx.lead_company[0] + 1, 0, "")):bisect_left(found, (start, 0, ""))]
        lead = "" if any(name != lead for _, _, name in between[-ORGANISATIONS_SINCE_LEAD:]) else lead
    return lead or speaker


# Words of a business's name, and of a public body's: "Halden Construction Ltd" is a company, "Dunmore City Council"
# is not.
_BUSINESS_NAME_WORDS = names.FIRM_WORDS | {"company", "corporation", "airlines", "airways", "bank", "technologies",
                                           "systems", "pharmaceuticals", "foods", "energy"}
_PUBLIC_BODY_WORDS = {"council", "ministry", "government", "police", "court", "university", "party", "department",
                      "agency", "authority", "commission", "committee", "parliament", "assembly", "senate", "congress",
                      "army", "church", "union", "embassy", "office", "tribunal", "administration", "school",
                      "hospital", "service", "navy", "force"}


def _public_body(name: str) -> bool | None:
    """True for a public body's name ("Dunmore City Council"), False for a business's ("Halden Construction Ltd"),
    None when its words tell neither."""
    words = {w.lower().strip(".,’'") for w in name.split()}
    return True if words & _PUBLIC_BODY_WORDS else False if words & _BUSINESS_NAME_WORDS else None


def _body_in_full(ctx: _Context, speaker: str, start: int) -> str:
    """A one-word speaker that is the first word of a body named in full before ("A Bluewing Airways flight was
    diverted …. Bluewing said") as that body's full name; no person ("Dunholm" of a "Dunholm Council" stays
    itself when a person of that name was named), any other speaker as it is."""
    if " " in speaker or not speaker[:1].isupper() or speaker.casefold() in ctx.people.fullest:
        return speaker
    lo = max(0, start - BODY_WINDOW)
    found = names.organisations(ctx.text)
    bodies = {name for _, _, name in found[bisect_left(found, (lo, 0, "")):bisect_left(found, (start, 0, ""))]
              if name.split()[0] == speaker}
    return bodies.pop() if len(bodies) == 1 else speaker


BODY_WINDOW = 1500  # characters before a quotation searched for the body a first word or "the club" stands for
_CLUB_WORDS = names.CLUB_WORDS | {"united", "city", "town", "rangers", "county"}  # and the last words clubs share


def _last_club(ctx: _Context, start: int) -> str:
    """The sports club named last within BODY_WINDOW characters before `start` ("Fenmouth Albion have sacked
    …. The club said"), or ""."""
    found = names.organisations(ctx.text)
    lo = bisect_left(found, (max(0, start - BODY_WINDOW), 0, ""))
    clubs = [name for _, _, name in found[lo:bisect_left(found, (start, 0, ""))]
             if name.split()[-1].lower() in _CLUB_WORDS]
    return clubs[-1] if clubs else ""


def _unnamed_since(ctx: _Context, word: str, start: int) -> int:
    """Where a group, team, charity or other body left unnamed came up last before `start` (within
    ANOTHER_BODY_WINDOW): "a group of residents"; -1 if none. A company or firm left unnamed does not count: "the
    company said" after "buying a small security company" is still the buyer."""
    if word in _ANY_COMPANY:
        return -1
    found = [m.start() for m in _ANOTHER_BODY.finditer(ctx.text, max(0, start - ANOTHER_BODY_WINDOW), start)
             if m.group(1).lower() == word]
    return found[-1] if found else -1


ORGANISATIONS_SINCE_LEAD = 20  # organisations named between the lead and a quotation checked (the last ones)
ANOTHER_BODY_WINDOW = 600  # characters before a quotation searched for an unnamed body of its kind
_ANOTHER_BODY = re.compile(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){{0,3}}?({'|'.join(sorted(_ANY_BODY))})\b")


_COLON_NAME = re.compile(r"[’”\"']?[ \t]*:[ \t]+")  # "‘I don’t think of it as retirement’: Ruth Abernathy on …"


_ON_TRIAL = re.compile(r" on (?:trial|bail|remand|the run|death row|the mend)\b")


def _headline_colon(ctx: _Context, end: int, headline_end: int) -> str:
    """The person a headline names right after its quotation and a colon, before what they speak on ("‘…’: Ruth
    Abernathy on 40 years at the library"), or ""."""
    colon = _COLON_NAME.match(ctx.text, end, headline_end)
    who = ctx.people.first_between(colon.end(), colon.end() + 1) if colon else None
    if who is None or not ctx.text.startswith(" on ", who[1]) or _ON_TRIAL.match(ctx.text, who[1]):
        return ""  # (not "John Smith on trial for murder")
    return names.canonical(ctx.text, who[2])


def _headline_title(ctx: _Context, headline_end: int) -> str:
    """The one person the article gives the one title its headline names, when the headline says someone speaks (a
    speech verb or a colon): "‘We will rebuild the bridge’: Dunmore mayor vows action" over "Mayor Ines Varga said
    …"; else ""."""
    ctx.work.spend(headline_end // 8 + 1)  # (once per text)
    by_title = names.index(ctx.text).by_title
    titles = set(re.findall(r"[a-z]+", ctx.text[:headline_end].lower())) & by_title.keys()
    holders = {names.canonical(ctx.text, name) for title in titles for _, name in by_title[title]}
    speaks = ctx.has_verb(0, headline_end) or ctx.text.find(":", 0, headline_end) >= 0
    return holders.pop() if speaks and len(titles) == 1 and len(holders) == 1 else ""


def _headline_names(ctx: _Context, speaker: str, start: int, headline_end: int) -> bool:
    """Whether a headline names the speaker of its quotation at `start` itself, with a speech verb or a colon
    ('Ellis: ‘We will not be bullied’', 'Minister Okoye says cuts ‘a price worth paying’'), not a group
    ("residents warn") nor a name the rules fell back on."""
    return (speaker[:1].isupper() and names.is_personal(speaker)
            and (ctx.has_verb(0, headline_end) or ctx.text.find(":", 0, start) >= 0))


_DOCUMENT_TAIL = re.compile(rf"(?:\s*\b(?:press|news|joint|written|official)\b)?\s*\b(?:{_DOCUMENTS})$", re.IGNORECASE)


_POSSESSIVE_END = re.compile(r"[’']s?$")


def _issuer(ctx: _Context, speaker: str, at: int) -> str:
    """A speaker found as a document ("StepWell press release", "press release") as who issued it: the name before
    the document's kind, else the author the article gives the document."""
    kind = _DOCUMENT_TAIL.search(speaker)
    if kind is None:
        return speaker
    issuer = _POSSESSIVE_END.sub("", speaker[:kind.start()].strip())  # "Ministry of Health's statement": the body
    if issuer[:1].isupper() and issuer.lower() not in ("the", "a", "an"):
        return names.acronym(ctx.text, issuer) or issuer  # ("JTF-GTMO press release": as the article spells it out)
    word = kind.group().split()[-1]
    return (_document_author(ctx, word, at)
            or (at < ctx.headline_end and names.document_author_after(ctx.text, word, ctx.headline_end)) or speaker)


# Who issued a document, named right after it: "statement from Buckingham Palace", "report by the Office for Budget
# Responsibility".
_ISSUED = r"[ \t]+(?:(?:issued|released|published|signed)[ \t]+)?(?:from|by)[ \t]+"
_FROM_BY = regex.compile(_ISSUED + r"(?:the[ \t]+)?((?:\p{Lu}[\w’'&-]*)"
                         r"(?:[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?\p{Lu}[\w’'&-]*){0,6})")
_CALENDAR = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                       r"May|June|July|August|September|October|November|December)(?:[’']s)?")
# A quotation printed as a paragraph of its own, without marks (a block quote), after a paragraph that introduces
# it with a speech verb and a colon: 'Bollinger turned to him, stating:\n\nMr. President, you exhibit …'.
_BLOCK = re.compile(r"[^\n“”\"‘«»„]{30,}?[.!?…][’']?(?=[”\"]?[ \t]*(?:\n|$))")
# The end of a block quotation's intro: a colon, or a speech verb with no stop ("… asserted that the election had been
# free and fair and said¶"), at a line's end.
_BLOCK_INTRO = re.compile(r"(?::|(?<=[ \t])(said|says|stated|states|added|declared|wrote|writes))[ \t]*\n")
_LIST_ITEM = re.compile(r"[•·*▪◦‣-]|\d+[.)]\s|[A-Z][\w .’'-]{0,40}:\s")  # (a list line, a turn "Name: …")
BLOCK_WORDS = 8  # a block quote is a sentence or more
INTRO_REACH = 40  # characters before a colonless intro's speech verb that may say it is no speech ("what", "how")
INTRO_WORDS = 12  # a colonless intro is a sentence of body text, not a headline
_LAST_WORD = re.compile(r"[ \t]*")  # the speech verb is the intro's last word: "…, stating:"
_NOT_SPEECH_INTRO = re.compile(r"\b(?:what|how|following|follows|these|this|here)\b", re.IGNORECASE)


def _block_quotes(ctx: _Context) -> list[tuple[int, int, bool]]:
    """The paragraphs quoted as blocks: a paragraph of body text right after a line that ends with a colon after a
    speech verb in its last sentence ("stating:", "According to the press release that announced his death:"), or
    with the verb itself ("… and said¶"), with no quotation mark in it but a closing one left at its end."""
    text, found = ctx.text, []
    for colon in _BLOCK_INTRO.finditer(text):
        ctx.work.spend(1)
        intro_end = colon.end(1) if colon.group(1) else colon.start()
        sentence = ctx.sents.at(colon.start())
        lo = max(sentence.start if sentence is not None else ctx.line_start(colon.start()),
                 colon.start() - SUBJECT_WINDOW)
        verbs = ctx.verbs_in(lo, intro_end)
        # ('Here is what the chancellor announced:'; without a colon, only near the verb: not "… in Tehran this
        # afternoon …, asserted … and said")
        if colon.group(1):  # no colon: a long line of body text, no headline ("Council tax to rise, mayor says¶")
            line = ctx.line_start(colon.start())
            if line < ctx.headline_end or len(text[line:intro_end].split()) < INTRO_WORDS:
                continue
            lo = max(lo, verbs[-1].start() - INTRO_REACH) if verbs else lo
        if not verbs or _NOT_SPEECH_INTRO.search(text, lo, intro_end) or not (
                verbs[0].group().lower() == "according to" or _LAST_WORD.fullmatch(text, verbs[-1].end(),
                                                                                     intro_end)):
            continue  # 'the following closures:', 'Here is what the chancellor announced:', 'how it unfolded:'
        start = ctx.first_non_space(colon.end())
        if start >= len(text) or _LIST_ITEM.match(text, start) or text[start] in "'’‘":
            continue
        block = _BLOCK.match(text, start, ctx.line_end(start) + 1)
        if block is not None and len(block.group().split()) >= BLOCK_WORDS:
            ctx.work.spend(block.end() - start)
            found.append((start, block.end(), False))
    return found


# An unnamed speaker who gave a name: "A man who gave his name only as Pete", "a man who said he was with the
# pirates. He identified himself as Farah Abd Jameh."
_GAVE_NAME = regex.compile(r"\b(?:gave|giving)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|"
                           r"\bidentified\s+(?:himself|herself|themselves)\s+(?:only\s+)?as|"
                           r"\bgave\s+only\s+(?:his|her|their)\s+first\s+name,?")
_NAME_NEXT = regex.compile(r"\s+((?:\p{Lu}[\w’'-]+)(?:[ \t]+\p{Lu}[\w’'-]+){0,3})")
# Between the role and the name it gave: its own relative clause ("A man who gave his name"), or the next
# sentence's "he" or "she" ("a man who said he was with the pirates. He identified himself as").
_OWN_CLAUSE = re.compile(r",?\s+who\s+(?:[^.;“”\"]{0,160}\.\s+(?:He|She|They)\s+)?")
NAMED_ROLE_WINDOW = 240  # characters after an unnamed speaker's role read for the name they gave
NAME_WORDS_AFTER = 80  # characters read for the name itself


def _named_role(ctx: _Context, speaker: str, at: int) -> str:
    """The name an unnamed speaker gave ("A man who gave his name only as Pete said …" → Pete), when the role
    found as the speaker was introduced just before with it."""
    if not speaker or not speaker.islower() or len(speaker.split()) > 2:
        return speaker
    lo = max(0, at - SAID_AGAIN_WINDOW)
    role = None
    introduced = regex.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+{regex.escape(speaker)}\b")
    for role in introduced.finditer(ctx.text, lo, at):
        pass  # the last introduction before the quotation
    if role is None:
        return speaker
    gave = _GAVE_NAME.search(ctx.text, role.end(), min(at, role.end() + NAMED_ROLE_WINDOW))
    if gave and not _OWN_CLAUSE.fullmatch(ctx.text, role.end(), gave.start()):
        return speaker  # "A pensioner lost £14,000 after a caller identified himself as …": the caller's name
    name = gave and _NAME_NEXT.match(ctx.text, gave.end(), min(len(ctx.text), gave.end() + NAME_WORDS_AFTER))
    return name.group(1) if name else speaker


# After a quotation, the document that printed it and who issued it: '"…," read a statement by the mission.'
_READ_BY = re.compile(rf"[,.?!]?[”\"’']?,?[ \t]*(?:read|reads|said|says)[ \t]+(?:a|an|the)[ \t]+"
                      rf"(?:[\w-]+[ \t]+){{0,2}}?"
                      rf"(?:{_DOCUMENTS})(?={_ISSUED})")
_ISSUED_READ = re.compile(rf"[,.?!]?[”\"’']?,?[ \t]*(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{_DOCUMENTS})"
                          rf"(?={_ISSUED}[^.;\n“”\"]{{1,80}}?[ \t](?:read|reads|said|says|stated|added)[ \t]*[.,;])")
_ISSUER_WORD = re.compile(_ISSUED + r"(?:the[ \t]+)?(\w+)")
_FAMILY_NAME = regex.compile(r"(?:\p{Lu}[\w’'-]+[ \t]+){1,3}family\b")


def _issued_by(ctx: _Context, at: int) -> str:
    """Who issued the document whose kind ends at `at` (" from the Okafor family", " by Harlow Water", " from
    Downing Street on Sunday", " by the mission"), or ""."""
    text = ctx.text
    word = _ISSUER_WORD.match(text, at, min(len(text), at + 60))
    if word is None:
        return ""
    family = _FAMILY_NAME.match(text, word.start(1), min(len(text), word.start(1) + 60))
    if family:  # "from the Okafor family"
        return family.group()
    person = ctx.person_after(word.start(1))  # "from headteacher Paul Dean"
    if person:
        return person
    named = _FROM_BY.match(text, at, min(len(text), at + 120))
    if named:  # "from Downing Street", "by the Office for Budget Responsibility"
        return named.group(1)
    return _spelt_out(text, word.group(1), word.start(1))  # "by the mission"


_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*[ \t]*$")  # (a headline may end with a closing mark, not a stop)


# A part of a quotation that runs on: it ends its paragraph unclosed, and the next part opens the next paragraph.
_PARAGRAPH_END = re.compile(r"[ \t]*\n")
_CONTINUED = re.compile(r"[ \t]*\n\s*[“\"‘']")
CONTINUED_PARTS = 12  # parts of one quotation held back for its speaker at most
# Words someone reported inside a quotation: a speech verb in the quoted words, then the inner quotation in the
# other kind of marks ('"He said, ‘Nobody needs to get hurt.’ Like he was ordering lunch"', "‘The deputy said,
# “Come with me now.”’"). The subject is the last few words before the verb.
_THING_VERBS = "stated|remarked|declared|added|insisted|announced|claimed|tweeted|joked"  # they take things too
_INNER_SPEECH = re.compile(r"(?<![\w’'-])((?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+(?:(?:kept|started|began)\s+)?"
                           r"(?:(?:said|says|told|tells|asked|asks|replied|shouted|shouting|yelled|screamed|"
                           r"whispered|wrote|texted|answered|goes|went)"
                           r"(?:\s+(?:to\s+)?(?:me|us|her|him|them|the\s+\w+))?(?:\s+\w+ly)?\s*[,:]?|"
                           # Verbs that also take a thing as object ("added ‘Wonderwall’ to the set", "declared
                           # ‘Pride and Prejudice’ the best novel"): only with a comma or colon before the words.
                           rf"(?:{_THING_VERBS})(?:\s+\w+ly)?\s*[,:])\s*$")
_TAKES_THINGS = re.compile(rf"\b(?:{_THING_VERBS})\b")
# The clause's own subject, described, near its start: "At midnight the captain raised his glass and added".
_OPENS_DESCRIBED = re.compile(r"^\s*(?:(?:[A-Z]?[a-z]+\s+){1,3}?)?(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+"
                              r"([A-Za-z]+)\b(?!\s+(?:of|for)\b)")
_DESCRIBED_INNER = re.compile(r"\b(?:[Tt]he|[Mm]y|[Oo]ur|[Oo]ne|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+([a-z]+)$")
_I_OR_WE = re.compile(r"\b(?:I|[Ww]e)\b")


def _own_clause(clause: str) -> str:
    """The inner speech verb's own clause: without a fronted subordinate clause ("When I took office, Erik told"),
    and only the last coordinated part when that has a subject of its own ("We called the hotline and the operator
    told"; not "I waited two hours and finally told")."""
    clause = _FRONTED_SUBORDINATE.sub("", clause)
    last = _COORDINATED.split(clause)[-1]
    return last if last != clause and _NEW_SUBJECT.match(last) else clause


_COORDINATED = re.compile(r"\b(?:and|but|then)\b")
_NEW_SUBJECT = re.compile(r"\s*(?:(?:the|a|an|my|his|her|our|their|one|another)\s+[a-z]|[A-Z]|(?:he|she|they)\b)")
_FRONTED_SUBORDINATE = re.compile(r"^\s*(?:When|After|Before|If|As|Since|While|Once|Although|Though|Because|Until)\b"
                                  r"[^,]*,\s*")
_CLAUSE_BREAK = re.compile(r"[.;:!?]")
_INNER_OPEN = {"‘": "’", "'": "'", "“": "”", '"': '"'}
INNER_WINDOW = 80  # characters before an inner quotation read for who said it


def _reported_inside(ctx: _Context, outer: Quote) -> list[Quote]:
    """The quotations inside `outer` that its speaker reports someone saying, each with that someone: the outer
    speaker for "I said", a person named or a role ("The deputy said, ‘…’"), else nobody for "he" or "she" (the
    guidelines give a nested quote to whoever the outer one says said it)."""
    text, found = ctx.text, []
    i = outer.start
    while True:
        mark = _INNER_MARK.search(text, i, outer.end)
        if mark is None:
            return found
        close = _INNER_OPEN[mark.group()]
        j = text.find(close, mark.end(), outer.end + 1)
        while j > 0 and close in "’'" and text[j + 1:j + 2].isalpha():  # "don’t" is no closing mark
            j = text.find(close, j + 1, outer.end + 1)
        if j < 0:
            return found
        i = j + 1
        said = _INNER_SPEECH.search(text, max(outer.start, mark.start() - INNER_WINDOW), mark.start())
        if said is None or j - mark.end() < 2:
            continue  # a word in marks nobody is reported as saying: 'this ‘bloodbath’ is over'
        # (A comma or full stop inside the marks is speech: "declared, ‘Not Guilty,’ in a clear voice".)
        if (_TAKES_THINGS.search(said.group()) and len(text[mark.end():j].split()) <= NAME_WORDS
                and _TITLE_CASE.fullmatch(text, mark.end(), j)):
            continue  # a title, a thing: "They added, ‘Sweet Caroline’, and the crowd sang"
        ctx.work.spend(j - mark.start())
        subject = said.group(1)
        clause = _own_clause(_CLAUSE_BREAK.split(text[max(outer.start, mark.start() - INNER_WINDOW):said.end(1)])[-1])
        pronoun = next((w.lower() for w in (subject.split()[-1], clause.split()[0])
                        if w.lower() in names.PRONOUNS), None)
        right_before = _DESCRIBED_INNER.search(subject)
        if right_before and right_before.group(1) not in names.PRONOUNS | {"it", "you"}:
            who = right_before.group(1)  # "I remember my father told me, ‘…’": the father, whoever "I" is
        elif _I_OR_WE.search(clause):  # "I stood up and told them, ‘…’" (not "When I took office, Erik told me,
            who = outer.speaker  # ‘…’", nor "We called the hotline and the operator told us, ‘…’")
        elif pronoun:  # "He rang me and said, ‘…’": whom the article last called "he", other than the outer speaker
            who = (_known_as(ctx, outer.start, pronoun, outer.speaker)
                   or _role_mentioned(ctx, max(0, outer.start - INNER_CONTEXT), mark.start(), pronoun))
        elif subject.split()[-1].lower() in {"it", "you"}:
            who = ""
        else:
            clause_start = max(outer.start, mark.start() - INNER_WINDOW, said.end(1) - len(clause))
            person = [m for m in ctx.people.between(clause_start, mark.start())  # "Gary turned to me and said"
                      if not _is_object(text, m[0])][:1]
            role = _role_in(subject)
            opening = _OPENS_DESCRIBED.search(clause)  # "My husband looked at me and said", "The captain raised"
            if opening and opening.group(1).lower() not in names.role_words() | _RELATIVE_WORDS:
                opening = None  # ("Then the alarm went off and someone shouted", "In the morning my son")
            who = (names.canonical(text, person[-1][2]) if person else role.group(1) if role
                   else opening.group(1) if opening and opening.group(1).isupper()  # ("The DJ")
                   else opening.group(1).lower() if opening else "")
        start, end = mark.end(), j
        while end > start and text[end - 1] in TRAILING:
            end -= 1
        found.append(Quote(start, end, text[start:end], who))


INNER_CONTEXT = 300  # characters before a quotation read for the role a "he" or "she" inside it stands for
_FAMILY_WORDS = {"mom": "mother", "mum": "mother", "mama": "mother", "dad": "father", "papa": "father"}
_RELATIVE_WORDS = names.RELATIVE_WORDS | frozenset(_FAMILY_WORDS)
_ROLE_MENTION = re.compile(rf"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z-]+\s+)?"
                           rf"({'|'.join(sorted(_FAMILY_WORDS))}|{names.REFERENT_ROLES}|{names.AFFECTED})\b(?![’'])")


def _role_mentioned(ctx: _Context, lo: int, hi: int, pronoun: str) -> str:
    """The role last mentioned in text[lo:hi] that fits `pronoun`, for a "he" or "she" a quotation reports speaking
    ('"…. He said, ‘Nobody needs to get hurt.’"' after "a man walked in with a gun"; '"She shook me and said, ‘…’"'
    after "her elderly mother had woken her"), or ""."""
    lo = max(lo, hi - 2 * INNER_CONTEXT)  # (a long quotation is read back so far only)
    for match in reversed(list(_ROLE_MENTION.finditer(ctx.text, lo, hi))):
        role = match.group(1).lower()
        role = _FAMILY_WORDS.get(role, role)
        if _agrees(role, pronoun) and not role.endswith("s"):
            return role
    return ""


_INNER_MARK = re.compile(r"(?:(?<=[\s,:(])|^)[‘'“\"](?=\w)")


SAID_AGAIN_WINDOW = 3000  # characters after a quotation searched for the same words quoted again
PRONOUN_MEMORY = 3000  # characters before a quotation searched for the person its "she" or "they" last stood for
PRONOUN_EVENTS = 40  # at most this many of what was learnt there are read, so a quotation costs constant work
# A pronoun and its speech verb right after a quotation ('…,” she said') or right before one ('they added: “…').
_PRONOUN_AFTER = re.compile(rf"[,.?!]?[”\"’']?,?[ \t]*(he|she|they)[ \t]+(?:\w+ly[ \t]+)?(?:{SPEECH_VERBS})\b")
_PRONOUN_BEFORE = re.compile(rf"\b(he|she|they)[ \t]+(?:\w+ly[ \t]+)?(?:{SPEECH_VERBS})[ \t]*[,:]?[ \t]*[“\"‘']$")
# A person, with an apposition set off by commas, whose speech verb goes on with "he", "she" or "they": 'Alex
# Verity, the park's head keeper, said they understood'.
_SAID_PRONOUN = re.compile(rf"(?:,[^.;:“”\"\n]{{1,100}},)?[ \t]+(?:{SPEECH_VERBS})[ \t]+(?:that[ \t]+)?"
                           r"(he|she|they)\b")


# What an article calls a body it has just quoted by name: '"…," Greenline Buses said. "…," the operator added.'
# Any body may be "the company" or "the force"; "the council" or "the court" only one whose name holds the word.


def _same_body(ctx: _Context, end: int, previous: Quote | None) -> str:
    """The organisation the quotation before spoke for, when this one goes on "…," the operator added' in the same
    paragraph with a word that fits it; else ""."""
    if previous is None or not previous.speaker or ctx.newlines_between(previous.end, end) > 0:
        return ""
    body = _BODY_AFTER.match(ctx.text, end, min(len(ctx.text), end + 60))
    if body is None or previous.speaker not in names.organisation_names(ctx.text):
        return ""
    word = body.group(1).lower()
    return previous.speaker if word in _ANY_BODY or word in previous.speaker.lower().split() else ""


# He, she and they, learnt per person in text order from 'X said she …' and from the quotations attributed so far
# ('“…,” she said'), in ctx.pronoun_events. A quotation whose "she" the rules gave to someone the article calls "he"
# or "they" goes instead to the person it last called "she" (within PRONOUN_MEMORY characters); one who is not known
# either way keeps the rules' answer.
def _by_pronoun(ctx: _Context, start: int, end: int, speaker: str) -> str:
    word = _PRONOUN_AFTER.match(ctx.text, end, min(len(ctx.text), end + 40))
    word = word or _PRONOUN_BEFORE.search(ctx.text, max(0, start - 60), start)
    if word is None:
        return speaker
    word = word.group(1).lower()
    said, known = _recent_pronouns(ctx, start)
    if speaker and known.get(speaker, word) != word:
        other = next((name for _, name, used in reversed(said) if used == word and known[name] == word), None)
        speaker = other or speaker
    if speaker:
        insort(ctx.pronoun_events, (start, speaker, word))
    return speaker


def _known_as(ctx: _Context, at: int, word: str, other_than: str) -> str:
    """The person the article last called `word` before `at`, in its paragraph or the one before, if not
    `other_than`, else ""."""
    said, known = _recent_pronouns(ctx, at)
    return next((name for event, name, used in reversed(said) if known[name] == word and name != other_than
                 and ctx.newlines_between(event, at) <= 2), "")


def _recent_pronouns(ctx: _Context, at: int) -> tuple[list, dict]:
    """What was learnt within PRONOUN_MEMORY characters before `at` (the last PRONOUN_EVENTS of it), and the word
    last used of each person there. Reads the narration's 'X said she' up to `at` first, each mention once."""
    people = ctx.people.mentions
    while ctx.narration_scanned < len(people) and people[ctx.narration_scanned][0] < at:
        m_start, m_end, name = people[ctx.narration_scanned]
        ctx.narration_scanned += 1
        said = _SAID_PRONOUN.match(ctx.text, m_end, min(len(ctx.text), m_end + 160))
        if said and not ctx.in_other_quote(m_start, -1, -1):
            insort(ctx.pronoun_events, (m_start, names.canonical(ctx.text, name), said.group(1).lower()))
    said = ctx.pronoun_events
    said = said[max(bisect_left(said, (at - PRONOUN_MEMORY,)), len(said) - PRONOUN_EVENTS):]
    return said, {name: used for _, name, used in said}


def _again(ctx: _Context, start: int, end: int, words: int = 2) -> tuple[int, int] | None:
    """The quotation that holds the same words as text[start:end] (of at least `words` words, or a shorter quotation
    of only those words) within SAID_AGAIN_WINDOW characters after it, or None."""
    said = ctx.text[start:end].strip(" .,;:!?…")
    if not said or len(said.split()) < min(words, 2):
        return None
    stop = min(len(ctx.text), end + SAID_AGAIN_WINDOW)
    if len(said.split()) < 2:  # one word: only a quotation of that word alone ("insulting"), among the next few
        k = bisect_left(ctx.quoted_starts, end)
        for i in range(k, min(k + ONE_WORD_AGAIN, len(ctx.quoted_starts))):
            if ctx.quoted_starts[i] >= stop:
                break
            if ctx.text[ctx.quoted_starts[i]:ctx.quoted_ends[i]].strip(" .,;:!?…").lower() == said.lower():
                return ctx.quoted_starts[i], ctx.quoted_ends[i]
        return None
    found = ctx.text.find(said, end, stop)
    if found < 0 and said[:1].isalpha():  # "‘he threw the first punch’" is "“He threw the first punch, …”" below
        found = ctx.text.find(said[0].swapcase() + said[1:], end, stop)
    k = bisect_left(ctx.quoted_starts, found + 1) - 1
    if found < 0 or k < 0 or not (ctx.quoted_starts[k] <= found and found + len(said) <= ctx.quoted_ends[k]):
        return None
    return ctx.quoted_starts[k], ctx.quoted_ends[k]


ONE_WORD_AGAIN = 12  # quotations after a headline's one quoted word looked at for the same word alone


def _quoted_again(ctx: _Context, start: int, end: int) -> bool:
    """Whether a short phrase a headline quotes ("Family pay tribute to ‘kind and gentle’ teenager") is quoted
    again below where someone is reported as saying it."""
    again = _again(ctx, start, end)  # (two words at least: a repeated "No" proves nothing)
    return again is not None and _has_speech_cue(ctx, *again)


def _headline_person(ctx: _Context, speaker: str, headline_end: int) -> bool:
    """Whether the headline names `speaker` as speaking: a person it names, or a name right before its speech verb
    ("Union says pay offer ‘insulting’"; not "Union leader says")."""
    last = speaker.split()[-1] if speaker else ""
    # (not a name that only says where the one speaking is from: "Niger Delta chief says")
    return bool(last) and (any(m[2].split()[-1] == last and not _role_then_verb(ctx.text, m[1], headline_end)
                               for m in ctx.people.between(0, headline_end))
                           or re.search(rf"\b{re.escape(last)}\s+(?:{SPEECH_VERBS})\b", ctx.text[:headline_end],
                                        re.IGNORECASE) is not None)


_ROLE_NEXT_THEN_VERB = re.compile(rf"[ \t]+([a-z]+)[ \t]+(?:{SPEECH_VERBS})\b")


def _role_then_verb(text: str, at: int, end: int) -> bool:
    role = _ROLE_NEXT_THEN_VERB.match(text, at, end)
    return role is not None and names.is_person_noun(role.group(1))


def _said_again(ctx: _Context, start: int, end: int, words: int = 2) -> str:
    """The speaker of the same words quoted again soon after (a headline's "‘charges in five minutes’" is the
    researcher's the body quotes saying it), or ""."""
    again = _again(ctx, start, end, words)  # ("love" may be anyone's: one word only for a headline's)
    return attribute(ctx, *again) if again is not None else ""


def find_quotes(text: str, work: Work | None = None, sents: Segments | None = None) -> list[Quote]:
    """The quotations of `text`, whatever language's marks it prints them in (text.english_marks), with the
    article's own words."""
    read = english_marks(text)
    found = list(iter_quotes(read, work, sents))
    return found if read is text else [replace(q, text=text[q.start:q.end]) for q in found]
