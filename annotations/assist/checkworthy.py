"""Check-worthy claims and opinions, by rules. A claim candidate is a sentence of body text (headlines, captions and
boilerplate do not end like sentences and are skipped); its check-worthiness score adds up signals of something a
record can confirm: numbers and dates, named actors, reporting and action verbs, attributions, comparisons and
causes. Sentences that are only a quotation and its "…, X said" are left to the quote suggestion. An opinion is the
clause that carries evaluative, hedged, predictive or characterising language.

Linear in the text: every pattern runs over one sentence (at most text.SEGMENT_MAX characters) and none of them
backtracks more than linearly in it; headings and person mentions are matched to sentences by a merge, not a
search per sentence."""
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from . import names
from .budget import Work, meter
from .quotes import SPEECH
from .text import Segment, is_caption, is_heading, paragraphs, sentences

CLAIM_THRESHOLD = 0.4  # chosen on the Wikinews dev half (0.3-0.5 tried), the seeds' claims F1 kept

# A figure, with its unit or ordinal glued on ("5p", "£2m", "3bn", "10km", "1990s", "21st").
NUMBER = re.compile(r"\b\d[\d,.]*(?:\b|(?:p|m|bn|k|km|kg|mph|ft|cm|mm|s|st|nd|rd|th)\b)|"
                    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|"
                    r"forty|fifty|hundred|thousand|million|billion|dozen|several|half)\b", re.IGNORECASE)
DATE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                  r"june|july|august|september|october|november|december|yesterday|today|last (?:week|month|year)|"
                  r"(?:days|weeks|months|years) (?:ago|later)|(?:19|20)\d\d|since|during|era|term|anniversary)\b",
                  re.IGNORECASE)
ACTION = re.compile(
    r"\b(?:announce[sd]?|confirm(?:s|ed)?|declare[sd]?|vote[sd]?|passe[sd]|pass|introduce[sd]?|impose[sd]?|"
    r"sign(?:s|ed)?|met|meet|visit(?:s|ed)?|reject(?:s|ed)?|agree[sd]?|promise[sd]?|threaten(?:s|ed)?|urge[sd]?|"
    r"told|said|says|stated|wrote|reported|revealed|described|suggested|emphasi[sz]ed|insisted|warned|"
    r"outlined|ruled|backed|sided|supported|supporting|opposed|oppose|abstained|exited|expires?|limits|"
    r"resign(?:ed|ation)|invaded|invasion|imposed|launched|sent|sending|struck|strikes|seized|withdr[ae]w[ns]?|"
    r"distanc(?:es|ed|ing)|convey(?:ed|s)|spoke|speaking|called|steered|discussed|moving|blamed|countered|"
    r"condemn(?:s|ed|ing)|failed|receiving|remain|remains|provide|access|finali[sz]e|scheduled|deploys|"
    r"stressed|voiced|tied|crucial|essential|expected|sought|demand|gains?|abandon|regain|controls?|invitations?)\b",
    re.IGNORECASE)
# Something happened: a past or perfect tense, a future plan, a common irregular past.
EVENT = re.compile(r"\b(?:\w{3,}ed|has|have|had|will|was|were|made|took|gave|went|came|spoke|left|led|found|saw|"
                   r"held|brought|became|began|knew|thought|struck|won|lost|rose|fell|sought|sent|met|told|said|"
                   r"wrote|put|set|kept|ran|paid|meant|built|chose|drew|drove|flew|grew|hid|hit|laid|lay|lent|"
                   r"rode|rang|sold|shot|shut|stood|stole|swore|taught|threw|tore|understood|woke|wore)\b")
PRONOUN_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\b(?:that|and|but)\s+)(?:he|she|they)\b", re.IGNORECASE)
HEDGE = re.compile(r"\b(?:seem(?:s|ed|ingly)?|appear(?:s|ed)? to|apparently|likely|perhaps|probably|"
                   r"remains? to be seen|(?:remains? |is |it is not )?unclear|not clear|in question|skeptical)\b",
                   re.IGNORECASE)
ATTRIBUTION = re.compile(r"\b(?:according to|officials?|sources?|reported|report|statement|news release|"
                         r"told reporters|on condition of anonymity)\b", re.IGNORECASE)
COMPARISON = re.compile(r"\b(?:more|less|fewer|most|least|largest|biggest|first|last|only|never|always|"
                        r"rather than|instead|than|not only)\b", re.IGNORECASE)
CAUSAL = re.compile(r"\b(?:because|due to|as a result|led to|lead to|caused?|so that|after|in exchange for|"
                    r"following|responding to)\b", re.IGNORECASE)
ACTOR = re.compile(r"\b(?:U\.S\.|US|UN|EU|NATO|Nato|G7|Kremlin|White House|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*)\b")

# Outside its quotation, a sentence of at most this many words with a speech verb and no number or date is only
# the quote's attribution, not a claim of its own.
ATTRIBUTION_ONLY_WORDS = 8
BULLET = re.compile(r"[•▪◦·‣*–—-]\s+")

OPINION_CUES = re.compile(
    r"\b(?:seem(?:s|ed|ingly)?|appear(?:s|ed)?|apparently|likely|unlikely|could|may|might|perhaps|probably|"
    r"critics?|criticized|criticised|concerns?|concerned|worr(?:y|ies|ied)|fear|skeptical|sceptical|unclear|"
    r"remains to be seen|in question|question(?:s)? (?:now )?is|believe[sd]?|confident|radical|dramatic|"
    r"significant|major|controversial|premature|performative|fiery|frustrat(?:ed|ing)|isolated|catastrophic|"
    r"deep(?:er)?|growing|increasingly|undermin(?:es|ed|ing)|highlight(?:s|ed)|underscore[sd]?|signal(?:s|ed|ing|"
    r"ling)|indicate[sd]?|implications|eager(?:ness)?|famously|of course|usually|easy|intransigence|real goal|"
    r"all eyes|shaken|thaw|departure|shift|reversal|limits of|raised eyebrows|tested|will (?:likely )?(?:come|"
    r"reshape|be)|exactly what|exactly the kind|calling it|portraying|boasting|downplayed|firmer|sarcastic|"
    r"smart|cunning|unrealistic|must|should|importance|challenge|remain(?:s)? (?:confident|skeptical|unclear)|"
    # Issue 18: evaluative words and idioms of news prose beyond the seeds' vocabulary.
    r"damning|shameless(?:ly)?|disgraceful(?:ly)?|outrageous(?:ly)?|reckless(?:ly)?|cynical(?:ly)?|brazen(?:ly)?|"
    r"ill-(?:judged|advised|conceived)|misguided|short-sighted|heavy-handed|tone-deaf|welcome (?:step|move|news)|"
    r"step in the right direction|missed opportunity|wake-up call|slap in the face|goes? to the heart of|"
    r"laudable|baffling|absurd|farcical|shambolic|embarrassing|humiliating|astonishing|extraordinary|"
    r"courageous|cowardly|arguably|frankly|sadly|unfortunately|fortunately|rightly|wrongly|deserve[sd]?|"
    r"at best|at worst|too little,? too late|hypocri(?:sy|tical)|"
    # Wikinews dev half: the writer's degree and manner adverbs, framing verbs, feelings nobody is named as having,
    # and characterising adjectives.
    r"relatively|largely|somewhat|fairly|highly|extremely|particularly|notably|especially|surprisingly|"
    r"remarkably|ironically|controversially|tragically|unusually|strikingly|overshadow\w*|reflect(?:s|ed|ing)|"
    r"into question|continues? to (?:emerge|mount|grow)|mounting|fears|feared|pleased|displeased|angry|upset|"
    r"disappointed|strict|harsh|bloated|satirical|secretive|pointed|unchallenged)\b",
    re.IGNORECASE)
# The writer's praise and blame, in lowercase only ("a good save", "the best possible start", "a new blow"):
# capitalised, the same words are names ("Great Britain", "Best Picture"). Wikinews dev half, its match reports.
EVALUATIVE = re.compile(
    r"\b(?:good|great|best|poor|bad|worst|excellent|brilliant|superb|impressive|disappointing|dominant|desperate|"
    r"epic|special|perfect(?:ly)?|beautiful|terrible|awful|stunning|spectacular|lucky|unlucky|unfortunate|"
    r"wonderful|amazing|incredible|shaky|sloppy|genius|controversy|rumou?red|conflicting|blows?|"
    # The writer's characterising adjectives (Wikinews dev half, 80-93): "a brutal attack", "a devastating
    # earthquake", "the struggling economy", "an important issue", and what nobody knows ("is unknown").
    r"brutal|devastating|crippled|crippling|struggling|important|prominent|renowned|notorious|infamous|"
    r"horrific|shocking|alarming|tragic|grim|bleak|dire|fierce|bitter|heated|unknown)\b")
# Cues that are reported speech, not the writer's evaluation, when framed so: "officials expressed concern that",
# "the company indicated the plant could reopen". A clause whose only cues are these, in such a frame, is a claim.
REPORTED_FRAME = re.compile(r"\b(?:expressed|voiced|raised|cited)\s+(?:\w+\s+)?concerns?\b|"
                            r"\b(?:indicated|said|says|told|announced|confirmed|stated|according to|reported|"
                            r"warn|warns|warned)\b"
                            r"[^.;]*\b(?:could|may|might|believes?|believed)\b|"
                            # A named group's fear: "The archaeologists fear they may" ("many fear", "amid fears"
                            # are no one's in particular).
                            r"(?:\b(?-i:[Tt]he)\s+\w+|(?<!^)\b(?-i:[A-Z])[\w-]+)\s+(?:fear|fears|feared)\b"
                            r"[^.;]*\b(?:could|may|might)\b|"
                            r"\b[A-Z][\w-]+ (?:also )?believes?\b", re.IGNORECASE)
REPORTED_CUES = {"concern", "concerns", "concerned", "could", "indicated", "indicates", "indicate",
                 # Wikinews dev half: a named person's belief or hedge, reported, is a claim about what was said.
                 "may", "might", "believe", "believes", "believed",
                 # What a named group fears ("The archaeologists fear they may …"; "there are fears" is no one's).
                 "fear", "fears", "feared"}
PERCEIVED = re.compile(r"\bcould be (?:heard|seen(?! as))\b", re.IGNORECASE)  # "could be seen as" is a hedge
# A named person's stance, reported like their words: "Jim Swire, father of a victim, believes he was innocent".
BELIEF = re.compile(r"\b(?:believes?|believed|thinks?|thought|hopes?|hoped|expects?|expected|considers?|"
                    r"considered|feels?|felt)\b", re.IGNORECASE)
# "will be" of a scheduled event ("which will launch on April 29", "will be STS-135") is a plan on record, not a
# prediction: a clause whose only cue is a "will" and that names a date or a number is left to the claims.
FUTURE_CUES = {"will be", "will come", "will reshape", "will likely be", "will likely come", "will likely reshape"}
SCHEDULED = re.compile(r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                       r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z]{2,}-\d+|"
                       r"the (?:last|first|final|next) [A-Z])", re.IGNORECASE)
# Clause boundaries inside a sentence: ", but", ", while", ";", " — ", ", which", ", signaling" ...
# (?<!\s): a dash is looked for once per run of spaces, not once per space of it.
CLAUSE_BREAK = re.compile(r";\s+|(?<!\s)\s+[—–]\s+|:\s+|,\s+(?=(?:but|while|and|which|who|where|as|signal\w*|calling|"
                          r"creating|boasting|portraying|seemingly|looking|suggesting|revealing|reversing|"
                          r"blindsiding|however)\b)", re.IGNORECASE)
LEADING_CONNECTIVE = re.compile(r"^(?:However|But|Yet|And|Meanwhile|In contrast|Instead|Similarly|Still|Now|"
                                r"Even so|As a result|To many),?\s+", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:I|we|you|our|us)\b")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    score: float
    reasons: tuple[str, ...] = field(default_factory=tuple)


_OPENING, _CLOSING = re.compile(r"[“\"]"), re.compile(r"[”\"]")


def _strip_quotes(text: str) -> str:
    """The text with each quotation (an opening mark to the next closing mark) replaced by a space, in one pass:
    re.sub(r'[“"][^”"]*[”"]') does the same but is quadratic on a run of opening marks."""
    parts, cursor = [], 0
    while True:
        opening = _OPENING.search(text, cursor)
        closing = _CLOSING.search(text, opening.end()) if opening else None
        if closing is None:
            break
        parts += [text[cursor:opening.start()], " "]
        cursor = closing.end()
    parts.append(text[cursor:])
    return "".join(parts)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Without leading connectives and the final full stop, as the guidelines bound a span."""
    piece = text[start:end]
    lead = LEADING_CONNECTIVE.match(piece)
    if lead:
        start += lead.end()
    while end > start and text[end - 1] in " .,;:\n":
        end -= 1
    while start < end and text[start] in " ,;:\n":
        start += 1
    bullet = BULLET.match(text, start, end)
    if bullet:
        start += bullet.end() - start
    return start, end


def claim_score(sentence: str, people_in_sentence: int = 0) -> tuple[float, tuple[str, ...]]:
    """0..1: how much in the sentence a fact-checker could check against a record, with the reasons. A named actor
    doing or saying something is enough (0.6); numbers, dates, attributions, comparisons and causes add to it;
    hedging, questions and first-person asides take away."""
    body = _strip_quotes(sentence)
    words = body.split()
    if len(words) < 5:
        return 0.0, ("too short outside quotation marks",)
    if (len(body) < len(sentence) and len(words) <= ATTRIBUTION_ONLY_WORDS and SPEECH.search(body)
            and not NUMBER.search(body) and not DATE.search(body)):
        return 0.0, ("a quotation and its attribution",)  # the quote is the span: “Not yet,” Okafor said by phone
    reasons, score = [], 0.0
    actor = people_in_sentence or ACTOR.search(body[1:]) or PRONOUN_SUBJECT.search(body)
    checks = [
        (actor, 0.3, "named actor"),
        (ACTION.search(body) or EVENT.search(body), 0.3, "action, event or statement"),
        (NUMBER.search(body), 0.2, "number"),
        (DATE.search(body), 0.2, "date or time"),
        (ATTRIBUTION.search(body), 0.15, "attribution"),
        (COMPARISON.search(body), 0.1, "comparison"),
        (CAUSAL.search(body), 0.1, "cause or sequence"),
    ]
    for hit, weight, reason in checks:
        if hit:
            score += weight
            reasons.append(reason)
    if HEDGE.search(body):
        score -= 0.2
        reasons.append("hedged")
    if sentence.rstrip().endswith("?") or FIRST_PERSON.search(body):
        score -= 0.3
        reasons.append("question or first person")
    return max(0.0, min(1.0, round(score, 2))), tuple(reasons)


def body_sentences(text: str, work: Work | None = None, sents: list[Segment] | None = None,
                   paras: list[Segment] | None = None) -> list[Segment]:
    """The sentences outside headings and photo captions; `sents`, `paras`: the text's sentences and paragraphs,
    when the caller has them already."""
    work = meter(work)
    # A list item ends without a full stop but is body text, not a heading: "• 40 jobs will go by March".
    headings = [p for p in (paragraphs(text, work) if paras is None else paras)
                if (is_heading(p) and not BULLET.match(p.text)) or is_caption(p)]  # neither is body text
    found, h = [], 0
    for sentence in sentences(text, work) if sents is None else sents:  # both in text order: a merge
        while h < len(headings) and headings[h].end <= sentence.start:
            h += 1
        if not (h < len(headings) and headings[h].start <= sentence.start):
            found.append(sentence)
    return found


def iter_claims(text: str, work: Work | None = None, body: list[Segment] | None = None):
    """Claim candidates in text order; `body`: the text's body sentences, when the caller has them already."""
    work = meter(work)
    people = names.index(text).starts
    for sentence in body_sentences(text, work) if body is None else body:
        work.spend(len(sentence.text))
        n_people = bisect_left(people, sentence.end) - bisect_left(people, sentence.start)
        score, reasons = claim_score(sentence.text, n_people)
        if score < CLAIM_THRESHOLD:
            continue
        start, end = _trim(text, sentence.start, sentence.end)
        if end > start:
            yield Candidate(start, end, text[start:end], score, reasons)


def find_claims(text: str, work: Work | None = None) -> list[Candidate]:
    return list(iter_claims(text, work))


def clauses(text: str, sentence: Segment) -> list[tuple[int, int]]:
    cuts = [sentence.start]
    for match in CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        cuts.append(match.end())
    cuts.append(sentence.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def iter_opinions(text: str, work: Work | None = None, body: list[Segment] | None = None):
    work = meter(work)
    people = names.index(text).starts
    for sentence in body_sentences(text, work) if body is None else body:
        work.spend(2 * len(sentence.text))
        for a, b in clauses(text, sentence):
            piece = _strip_quotes(text[a:b])
            # A cue capitalised inside a clause is part of a name: "reopen in May", "the Millennium Challenge
            # Account", "Major League Soccer".
            perceived = PERCEIVED.search(piece) is not None  # "could be heard": perception, not a hedge
            cues = sorted({m.group().lower() for m in OPINION_CUES.finditer(piece)
                           if not (m.group()[0].isupper() and m.start() > 0)
                           and not (perceived and m.group().lower() == "could")}
                          | {m.group() for m in EVALUATIVE.finditer(piece)})
            if not cues or len(piece.split()) < 4:
                continue
            if set(cues) <= REPORTED_CUES and REPORTED_FRAME.search(piece):
                continue  # reported speech with a hedge in it: a claim about what was said
            if set(cues) <= FUTURE_CUES and SCHEDULED.search(piece):
                continue  # a scheduled event, not a prediction
            if bisect_left(people, b) > bisect_left(people, a) and (SPEECH.search(piece) or BELIEF.search(piece)):
                continue  # a named person's reaction, reported ("X said it was a disgrace"): a claim
            start, end = _trim(text, a, b)
            if end > start:
                score = round(min(1.0, 0.4 + 0.2 * len(cues)), 2)
                yield Candidate(start, end, text[start:end], score, tuple(f"“{c}”" for c in cues))


def find_opinions(text: str, work: Work | None = None) -> list[Candidate]:
    return list(iter_opinions(text, work))
