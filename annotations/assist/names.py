"""Who is who in an article: capitalised name sequences, a rough person test, the fullest spelling of a name and
the person a pronoun most likely refers to. Rules only; good enough to attribute quotes in news prose.

Linear in the text: people() is computed once per text (cached) and indexed, so each later question (who is
mentioned between two offsets, the fullest spelling of a name, who was last mentioned in a sentence) is a lookup."""
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

TITLES = {
    "president", "vice", "prime", "minister", "secretary", "chancellor", "ambassador", "senator", "governor",
    "mr", "mrs", "ms", "dr", "former", "king", "queen", "pope", "general", "spokesman", "spokeswoman", "leader",
    "foreign", "defence", "defense", "state", "deputy", "chief", "mayor", "judge", "professor", "sen", "rep",
    "sir", "dame", "lord", "lady", "baroness", "baron",
    # Roles written capitalised after a name or an organisation ("the State Department Spokesperson").
    "spokesperson", "director", "chairman", "chairwoman", "commissioner", "curator", "coach", "captain",
    "undersecretary", "ceo",
    # Legislators and officers (Wikinews dev half: "Representative Jim Ramstad", "Canadian MP Deepak Obhrai",
    # "Lawmakers Lynn Boylan and …").
    "representative", "congressman", "congresswoman", "mp", "mep", "councillor", "councilor", "cllr", "lawmaker",
    "lawmakers", "taoiseach", "premier", "mec", "sheriff", "detective", "inspector", "superintendent", "manager",
    "executive", "constable", "sergeant", "counsel", "trooper",
    # Ranks of forces ("Metropolitan Police Commander Jane Fowler"; not "major", a surname and an adjective).
    "commander", "colonel", "lieutenant", "admiral", "brigadier", "commodore", "corporal", "sgt", "supt", "insp",
    # Titles a city, district or world word leads ("City Attorney X", "District Attorney X", "World Champion X").
    "attorney", "champion", "miss",
}
# Title words that say what an office is of, not who holds it ("Secretary of State X", "Minister of Foreign Affairs X")
OFFICE_DOMAINS = {"state", "foreign", "defence", "defense"}
# Unnamed speakers, named by their role: "a spokesperson for the group", "one shopkeeper", "the diplomat".
_PEOPLE = (r"diplomat|official|officials|spokesman|spokeswoman|spokesperson|minister|ambassador|source|sources|"
         r"statement|release|shopkeeper|resident|residents|witness|analyst|lawyer|doctor|teacher|aide|adviser|"
         r"advisor|police|officer|worker|farmer|voter|student|campaigner|protester|economist|expert|researcher|"
         r"scientist|nurse|owner|baker|driver|neighbour|neighbor|parent|mother|father|manager|executive|insider|"
         # People who speak online (Wikinews dev half): "one poster writing …", "a blogger said".
         r"poster|blogger|commenter|user|author|authors|member|fan|visitor|volunteer|"
         # People who ask (issue 18): a reporter's question is the reporter's, not the person asked.
         r"reporter|journalist|correspondent|interviewer|questioner|host|moderator|"
         # Family and followers (Wikinews dev half): "said a relative", "warned one devotee".
         r"relative|brother|sister|son|daughter|wife|husband|cousin|uncle|aunt|friend|devotee|follower|supporter|"
         r"activist|survivor|passenger|employee|observer|onlooker|family|"
         # Trades and occupations any news quotes ("An engineer who works on the systems said", "a shepherd in the
         # village said").
         r"engineer|operator|paramedic|firefighter|fisherman|shepherd|mechanic|technician|miner|labourer|laborer|"
         r"cleaner|guard|clerk|accountant|consultant|contractor|builder|electrician|plumber|chef|waiter|trader|"
         r"banker|broker|vendor|landlord|tenant|homeowner|commuter|motorist|cyclist|pedestrian|shopper|pensioner|"
         r"retiree|veteran|midwife|surgeon|physician|pharmacist|professor|lecturer|pupil|organiser|organizer|"
         r"negotiator|agent|representative|citizen|designer|developer|programmer|photographer|artist|musician|"
         # Wire copy's unnamed sources ("a person familiar with the negotiations", "people briefed on the talks").
         # ("people" alone is anyone's: 'The people making these allegations should shut up').
         r"person|people(?=\s+(?:familiar|briefed|close))|employees|colleague|colleagues|staffer|insiders|"
         r"businessman|businesswoman|councillor|councilor|entrepreneur|"
         # Offices a lead may give before the article names their holder ("A coroner has said …", then "area coroner
         # Helen Voss"): see sole_holder.
         r"judge|coroner|prosecutor|magistrate|mayor")
# People news names by what happened to them or what they are, plural for a crowd: speakers only as a speech verb's
# own subject ("One victim described", "the man said", "marchers chanted"), never "he" or "she" of a later
# sentence ("A woman was found dead. "…," he said" is someone else's).
AFFECTED = (r"victim|victims|man|woman|boy|girl|child|teenager|soldier|pilot|marchers|demonstrator|demonstrators|"
            r"hostage|prisoner|inmate|patient|customer|tourist|eyewitness|eyewitnesses|villager|mourner")
PEOPLE_ROLES = (_PEOPLE + r"|president|chairman|chairwoman|director|chief|head|secretary|leader|coach|captain|envoy"
                # ranks and posts a lead gives before the name it sets off ("The local police commander,
                # Superintendent Grace Ofori,")
                r"|commander|superintendent|inspector|principal|headteacher|headmaster|headmistress|governor|editor|"
                r"founder|curator|pastor|priest|vicar|rabbi|imam")
# A body named by a lowercase word speaks as itself ("said the Malaysian transport ministry", "the UN relief agency
# described"), where the noun phrase ends with it: not before another noun or a possessive ("a government
# spokesman", "the department store", "the government's chief whip", "government-backed"), nor after "his", "her"
# or "their" ("her office said" is hers).
INSTITUTIONS = r"ministry|agency|office|department|government|embassy|navy|municipality|board"
REFERENT_ROLES = _PEOPLE  # the roles a later "he" or "she" may stand for
# Nouns that stand inside a compound role, before its head ("child protection expert", "victim support worker",
# "hostage negotiator"): a role word followed by one of these, or by another role word, is a modifier.
COMPOUND_MIDDLES = (r"protection|support|safety|services|service|liaison|rights|welfare|care|health|security|rescue|"
                    r"aid|relief|defence|defense|press|media|union|community|youth|negotiator|affairs|relations")
ROLES = (_PEOPLE + "|" + AFFECTED + rf"|(?<!\bhis )(?<!\bher )(?<!\btheir )(?:{INSTITUTIONS})"
         r"(?=\s*(?:[,.;:!?\"”)]|$)|\s+(?:in|on|at|of|for|to|with|from|by|said|says|told|stated|states|has|had|have|"
         r"was|is|would|will|added|described|called|also|later|then|confirmed|announced|warned|reported|wrote|"
         r"writes)\b)")
# Parties written before a name ("Liberal Democrat Vince Cable"): cut off.
PARTIES = {"democrat", "democratic", "republican", "labour", "conservative", "tory", "liberal", "socialist",
           "communist"}
# Titles written after the name ("Tom Hale MP"): cut off, not a reason to reject the name.
POST_TITLES = {"mp", "mep", "qc", "kc", "msp"}
# Honorifics used with a first name alone ("Dame Judi", "Sir Alan"): that first name stands for the full name.
FIRST_NAME_HONORIFICS = {"sir", "dame", "lord", "lady"}
# Determiners and adverbs that start a sentence capitalised ("Both men spoke of Iran, with Peres noting …", "Later
# White stated"): cut off the front of a name, but surnames too ("Doug Most", "Neil Few"), so no reason to reject one.
SENTENCE_OPENERS = {"both", "each", "all", "neither", "either", "many", "some", "several", "most", "few", "other",
                    "another", "later", "earlier", "then", "now", "yesterday", "today", "tonight", "also", "still",
                    "afterwards", "separately"}
# "Fatah-controlled Palestinian", "London-based Ada Roe": a compound modifier before a name is no part of it.
_COMPOUND_MODIFIER = re.compile(r"[\w’'.]+-(?:controlled|led|backed|based|born|run|owned|held|funded|allied|linked|"
                                r"sponsored|affiliated|supported|dominated)|[\w’']+-of-[\w-]+", re.IGNORECASE)
# ("BINMAN-turned-poet Winston Adebayo-Crouch": a description, whose lowercase part no name's hyphen has)
_TURNED = re.compile(r"[\w’']+-turned-[\w-]+")
# ("Mother-of-two Hannah Rigg": a description before the name)
# Words of news outlets' names: no person's ("spoke to The Associated Press", "told the Daily Flare"), but an
# organisation's, which speaks ("The Marlow Gazette said in an editorial").
NEWS_OUTLETS = {"press", "journal", "herald", "tribune", "gazette", "telegraph", "chronicle", "courier", "daily",
                "weekly", "radio", "television", "tv", "broadcasting", "associated", "guardian", "express", "observer",
                "independent", "newspaper"}
NOT_PERSON = {
    "united", "states", "nations", "house", "union", "office", "committee", "assembly", "government", "organisation",
    "organization", "treaty", "force", "ministry", "department", "european", "kingdom", "times", "news", "post",
    "air", "one", "oval", "general", "north", "atlantic", "security", "council", "kremlin", "nato", "eu",
    "un", "g7", "group", "social", "truth", "senate", "relations", "foreign", "affairs", "mirror", "financial",
    "new", "york", "start", "the", "a", "an", "in", "on", "at", "for", "but", "and", "however", "meanwhile", "when",
    "after", "as", "if", "while", "despite", "with", "this", "that", "these", "those", "it", "its", "he", "she",
    "they", "we", "i", "his", "her", "their", "our", "russia", "ukraine", "europe", "america", "china", "britain",
    "france", "germany", "moscow", "kyiv", "washington", "canada", "turkey", "istanbul", "hague", "saudi",
    "arabia", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "republican", "democrat", "democratic", "russian", "ukrainian", "american", "british", "french",
    "german", "western", "americans", "europeans", "ukrainians", "photo", "tags", "filed", "under", "share",
    "leave", "reply", "exit", "mobile", "version", "defense", "defence", "obama-era", "cold", "war", "service",
    "officer", "claims", "won’t", "supports", "stuns", "weighs", "trump’s", "putin’s", "nobody", "no",
    # Sentence openers and named days that start capitalised phrases ("Before Brexit Day", "On Black Friday").
    "before", "during", "since", "until", "following", "ahead", "amid", "brexit", "like", "unlike",
} | NEWS_OUTLETS
# Words of places, buildings, bodies and events, never of a person's name: a run holding one is no person at all
# ("the Irish Republic", "Cadjehoun International Airport", "International Nuclear Events Scale"), where a
# NOT_PERSON word that leads a run is only cut off it. Not "park", "church" or "hall": those are surnames too.
# Words of clubs' and firms' names ("Deeping Rovers", "Fenmouth Albion", "Lindgren Shipping", "Halden Construction
# Ltd") are bodies' words too.
CLUB_WORDS = frozenset({"rovers", "wanderers", "albion", "athletic", "fc", "afc", "juniors", "hotspur"})
FIRM_WORDS = frozenset({"motors", "holdings", "industries", "shipping", "construction", "ltd", "inc", "plc", "llc",
                        "corp", "gmbh", "limited", "incorporated"})
INSTITUTIONAL = CLUB_WORDS | FIRM_WORDS | {
    "republic", "international", "airport", "airlines", "airways", "university", "college", "hospital", "palace",
    "stadium", "hotel", "cathedral", "museum", "institute", "association", "agency", "party", "campaign",
    "parliament", "congress", "website", "foundation", "federation", "commission", "corporation", "police", "army",
    "navy", "embassy", "county", "province", "island", "islands",
    # Events ("Eurovision Song Contest", "World Social Forum").
    "contest", "festival", "championship", "championships", "tournament", "olympics", "awards", "conference",
    "summit", "forum", "expo",
    # Settlements, regions and seas ("Gaza City", "the Muslim World", "the Gaza Strip", "the Indian Ocean").
    "city", "world", "village", "strip", "district", "region", "ocean", "sea", "gulf",
    # Rivers, mountains, coasts and streets ("the Tarne River", "the Varden Alps", "Castle Square"): none a surname
    # as these words go (not "hill", "park", "lake", "lane", "court" or "forest": Damon Hill, Ricki Lake).
    "river", "alps", "mountains", "valley", "bay", "sound", "square", "street", "avenue", "canyon", "creek",
    "peninsula", "glacier", "reservoir", "estuary", "harbour", "harbor", "quay", "wharf", "boulevard",
    # Works that carry or hold back ("the Kossa Barrage"; not "dam", "bridge" or "pier": "Wayne Bridge", "Pier Luigi").
    "tunnel", "canal", "highway", "motorway", "railway", "lighthouse", "barrage",
    # Bodies no person's name holds ("U.S. Drug Enforcement Administration", "the Equality Network").
    "administration", "network", "alliance", "coalition", "movement", "society",
    # ... and of money and rule ("Central Bank of Sri Lanka Governor X", "the International Monetary Fund").
    "bank", "fund", "authority", "ministry", "council", "tribunal", "bureau",
    # Buildings and schools ("the Harbourside Centre", "Brackenby Primary School", "Pine Flats Library").
    "school", "academy", "primary", "centre", "center", "library", "station", "building", "prison", "arena",
    "theatre", "theater", "cinema", "clinic", "gallery", "zoo",
    # Places the reviews' passages named like people ("the Gallant Strait", "the Riverside Quarter"); and clubs and
    # firms, above.
    "strait", "straits", "quarter",
}
# Towns named for what they stand at, when the word leads the name ("the embassy in Port Sela"; "Gillian Port" and
# "Anna Fort" are people; not "mount": Ferdinand Mount).
PLACE_LEADS = {"port", "fort", "cape"}
# Regions named like people that the CLDR's territory names leave out.
REGIONS = {"middle east", "far east", "near east", "west bank", "horn of africa", "scotland", "england", "wales",
           "northern ireland"}
# A named day ("Brexit Day", "Christmas Eve") unless a title makes it a surname ("Minister Stockwell Day").
NAMED_DAY = {"day", "eve"}
PRONOUNS = {"he", "she", "they"}
# A capitalised word, an initial ("A.") or a dotted abbreviation read whole ("U.S.", "L.A."), so that "U.S. Senator
# Jane Roe" is one name whose leading abbreviation and title are stripped, not "S. Senator Jane Roe".
# A surname may start with a lowercase particle ("al-Megrahi", "von der Leyen", "de Gaulle"). At most three: an
# unbounded run would be retried from each particle of "de de de …" that no capital ends, quadratic in the run.
_PARTICLES = r"(?:(?:al|el|bin|ibn|abu|de|del|della|di|da|du|van|von|der|dos|das|ter|ap)(?:[ \t]+|-)){0,3}"
# Any capital starts a word, not only A-Z: "Íngrid Betancourt", "Émile Zola" (the regex module knows \p{Lu}).
_WORD = rf"(?:(?:[A-Z]\.)+|{_PARTICLES}\p{{Lu}}[\w’'\-]*)"
NAME = regex.compile(rf"(?<![\w’'\-]){_WORD}(?:[ \t]+{_WORD})*")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")


def _place_abbreviation(words: list, k: int) -> bool:
    """Whether words[k] is an abbreviation like "U.S." before a title or a word no person has ("U.S. Senator Jane
    Roe"), not initials before a surname ("J.D. Vance")."""
    if not _ABBREVIATION.fullmatch(words[k].group()):
        return False
    after = words[k + 1].group().strip(".").lower() if k + 1 < len(words) else ""
    return after in TITLES or after in NOT_PERSON


# "Taxpayers for Common Sense", "Friends of the Earth": a capitalised word joined by "for" or "of" to the name makes
# it an organisation's, when that word does not start the sentence ("Calls for Tom Hale") and is no title ("Minister
# for Finance Jane Roe"). After the name, "for" says nothing: "Tom Hale for Labour" is a person.
_JOINED_BEFORE = regex.compile(r"(?<=[\w,;][ \t]+)(\p{Lu}[\w’'\-]*)[ \t]+(?:for|of)[ \t]+$")


_INSTITUTION_NEXT = re.compile(rf"[ \t]+(?:{'|'.join(sorted(INSTITUTIONAL))})\b")
# After a name, only role nouns that are no verbs make it a modifier: "Ada Roe host a town hall", "Critics demanded
# that Ada Roe release the files" name her. An institution word needs a determiner before the name as well ("the
# Better Together campaign", not "Tom Hale and Ada Roe campaign in Ohio").
_ROLE_NEXT = re.compile(r"[ \t]+(?:resident|residents|official|officials|spokesman|spokeswoman|spokesperson|aide|aides|"
                        r"adviser|advisers|advisor|supporter|supporters|activist|activists|loyalist|loyalists|"
                        r"ally|allies|lawmaker|diplomat|campaigner|campaigners|staffer|staffers)\b")
_ROLE_THEN_NAME = regex.compile(r"[ \t]+([a-z][a-z-]*)[ \t]+\p{Lu}[\w’'-]*[ \t]+\p{Lu}")
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \t]+(?:[a-z][\w-]*[ \t]+)?$")  # "the pro-union X campaign"
_QUOTATION_NEXT = re.compile(r"[ \t]?[\"“]")
# A first name set off after a relation: "His wife, Julie, said".
_BLOOD_RELATIVES = (r"son|daughter|mother|father|mum|mom|dad|brother|sister|grandmother|grandfather|granddaughter|"
                    r"grandson")
RELATIVES = rf"wife|husband|partner|{_BLOOD_RELATIVES}"  # family a person is named beside ("X's daughter, Y,")
RELATIVE_WORDS = frozenset(RELATIVES.split("|"))
RELATIVE_BEFORE = re.compile(rf"\b(?:{RELATIVES}|friend|neighbour|neighbor)[ \t]*,[ \t]*$")
# "Frank and Sylvia Moss": the first name before "and" shares the full name's surname.
# (At a sentence's or clause's start or after a lowercase word: not "Carl “The Hammer” Obi and Dmitri Lasko".)
_COUPLE = regex.compile(r"(?:^|(?<=\n)|(?<=[a-z,;:][ \t]))(\p{Lu}[\w’'-]+)[ \t]+and[ \t]+(\p{Lu}[\w’'-]+)[ \t]+"
                        r"(\p{Lu}[\w’'-]+)")
AGE_NEXT = re.compile(r",[ \t]*\d{1,3},")  # a first name alone with an age after it is a person's
_DETERMINER_NEXT = re.compile(r"[ \t]+(?:the|a|an|this|that|these|those|his|her|their|our|its|your|my)\b")


def _in_organisation_name(text: str, start: int) -> bool:
    before = _JOINED_BEFORE.search(text, max(0, start - 40), start)
    return bool(before) and before.group(1).strip(".").lower() not in TITLES


@lru_cache(maxsize=1)
def places() -> frozenset:
    """Country and region names, lowercased ("south korea", "east timor"): capitalised like a person's name, never
    one. From the Unicode CLDR's English territory names, as Babel ships them (no list kept here)."""
    from babel import Locale  # loaded on the first attribution, not by every process that imports this module

    return frozenset(name.lower() for name in Locale("en").territories.values()) | REGIONS


@lru_cache(maxsize=1)
def role_words() -> frozenset:
    """The plain words of the unnamed speakers' roles and of the offices ("resident", "survivor", "prosecutor")."""
    return frozenset(w for w in (_PEOPLE + "|" + AFFECTED).split("|") if w.isalpha()) | OFFICES


# Nouns for a speaker named only by what they are ("The barista said"): see is_person_noun.
# What speaks only through whoever wrote or put it up ("The email added:", "The website says:", "The sign read"),
# and things whose nouns end like nouns for people ("sticker", "order", "monitor").
THINGS = {"website", "site", "page", "email", "e-mail", "post", "tweet", "message", "note", "sign", "placard",
          "banner", "log", "advert", "advertisement", "video", "text", "app", "leaflet", "poster", "card", "letter",
          "paper", "order", "sticker", "flyer", "register", "charter", "folder", "filter", "chapter", "answer",
          "number", "border", "corner", "water", "computer", "trailer", "headliner", "paragraph", "monitor",
          "sensor", "factor", "sector", "indicator", "error", "mirror", "door", "floor", "reactor", "motor",
          "tremor", "warrant", "grant", "plant", "restaurant", "event", "incident", "accident", "content",
          "comment", "percent", "component", "element", "talent", "weather", "cover", "power", "tower", "matter",
          "quarter", "center", "theater", "thriller", "disaster", "initiative", "directive", "objective",
          "incentive", "alternative", "archive", "motive", "perspective", "address", "business", "process",
          "access", "progress", "success", "stress", "illness", "covenant", "extent", "intent", "consent",
          "present", "current", "decree", "degree", "fee", "guarantee", "jubilee", "coffee", "tree", "color",
          "colour", "favor", "labor", "honor", "humor", "harbor", "corridor", "terror", "horror", "elevator",
          "generator", "tractor", "processor", "semester", "lobster", "trigger", "ledger", "timer", "poll",
          "survey", "bill", "ad", "alert", "warning", "motion", "headline", "manifesto", "contract", "guideline",
          "policy", "caption", "slogan", "law", "forecast", "constitution", "verdict", "summary"}
# Nouns for people that end in none of _PERSON_ENDING's endings (roles and relatives have their own lists).
PERSON_NOUNS = {"fan", "pal", "chef", "boss", "mum", "mom", "dad", "nurse", "guard", "judge", "chief", "head", "star",
                "cop", "clerk", "thief", "monk", "nun", "priest", "vicar", "bishop", "nanny", "aide", "spouse",
                "bride", "groom", "guest", "host", "coach", "pupil", "kid", "child", "teen", "youth", "widow",
                "victim", "source", "mate", "friend", "neighbour", "colleague", "boy", "girl", "couple", "family",
                "people", "crowd", "expert", "analyst", "chap", "lad", "lass", "graduate", "veteran", "candidate",
                "athlete", "captain", "umpire", "rabbi", "imam", "sheriff", "deputy", "heir", "hero", "idol", "diva",
                "model", "barista", "scholar", "liar", "registrar"}
_PERSON_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|person|lady|eer|ee|ster|ive|ess)$")


def is_person_noun(noun: str) -> bool:
    """Whether a lowercase singular noun names a person ("singer", "barista", "landlady", "representative", "pal",
    "grandmother"), by the endings of such nouns or the lists of those without one; not a thing whose noun ends the
    same way ("sticker", "statement")."""
    if noun in THINGS or noun.endswith("ment"):
        return False
    return (noun in PERSON_NOUNS or noun in role_words() or noun in RELATIVE_WORDS
            or _PERSON_ENDING.search(noun) is not None)


def _words(name: str) -> list[str]:
    return [w.strip(".").lower() for w in name.split()]


def is_title(word: str) -> bool:
    """Whether a word is a title, hyphenated ones included ("Inspector-General", "Attorney-General")."""
    word = word.strip(".").lower()
    return word in TITLES or ("-" in word and all(part in TITLES for part in word.split("-")))


def _leading_title(word: str, name_follows: bool) -> bool:
    """Whether a word leading a name is a title to strip: a hyphenated one only before a name ("Inspector-General
    Khalid Abu Bakar"); alone, "the Attorney-General" is the office."""
    return is_title(word) and (name_follows or "-" not in word)


def strip_titles(name: str) -> str:
    words = name.split()
    first = 0
    while first < len(words) and _leading_title(words[first], first + 1 < len(words)):
        first += 1
    return " ".join(words[first:])


# NOT_PERSON words that are common surnames too: "Theresa May", "Dawn French", "William Hague" are people when the
# word ends a name of two or more words whose first word is a given name, not an opener ("Last May", "Old French").
SURNAMES_TOO = {"may", "french", "hague"}
_NO_GIVEN_NAME = {"last", "next", "early", "late", "mid", "every", "each", "come", "old", "middle", "modern",
                  "standard", "norman", "cajun", "quebec", "swiss", "belgian", "canadian", "den"}


def _surname_too(words: list[str], k: int) -> bool:
    """Whether words[k], a NOT_PERSON word, is the surname of the name `words`."""
    first = words[0]
    return (k == len(words) - 1 and k >= 1 and words[k] in SURNAMES_TOO and first not in _NO_GIVEN_NAME
            and first not in NOT_PERSON and first not in TITLES and first not in places() and not is_demonym(first))


def _role_not_name(word: str, following: str) -> bool:
    """Whether a capitalised word before a given name is a noun for what the person is ("Presenter Dylan Hughes",
    "Singer Amelia Ross"): it ends like a noun for people but is no given name itself ("Hunter Biden", "Taylor
    Swift"), and the word after it is one the census knows ("Yasser Arafat", "Noor Rashid Ibrahim" are left whole)."""
    word, following = word.lower(), following.lower()
    return (is_person_noun(word) and word not in first_names()
            and sum(first_names().get(following, {}).values()) >= FIRST_NAME_MIN)


def is_personal(name: str, titled: bool = False) -> bool:
    words = [w for w in _words(strip_titles(name)) if len(w) > 1]  # initials ("Bridget A. Brink") say nothing
    return (bool(words) and not any((w in NOT_PERSON and not _surname_too(words, k)) or w in TITLES
                                    or w in INSTITUTIONAL for k, w in enumerate(words))
            and (titled or not any(w in NAMED_DAY for w in words))
            and not (len(words) > 1 and words[0] in PLACE_LEADS)
            and "." not in words[-1]  # a surname is no abbreviation: "East L.A." is a place ("J.D. Vance" is not)
            and not name.isupper()
            and not (len(words) > 1 and " ".join(words) in places())  # "South Korea"; "Jordan" may be a surname
            and not is_demonym(" ".join(words))
            and "white" not in words[:-1]  # "Bill White", not "White House", "White Sox", "White Hart"
            and not (len(words) == 1 and words[0] in SENTENCE_OPENERS))  # '"…," Another said' is no one's name


_DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese")


def is_demonym(words: str) -> bool:
    """Whether lowercased `words` name a nationality: a place's name with a demonym ending ("south african",
    "north korean", "iraqi", "saudi arabian"), or the demonym a territory's own name starts with ("palestinian",
    of "Palestinian Territories")."""
    return (any(words.endswith(end) and words[:-len(end)] in places() for end in _DEMONYM_ENDINGS)
            or words in _territory_demonyms())


@lru_cache(maxsize=1)
def _territory_demonyms() -> frozenset:
    """First words of many-word territory names that end like a demonym ("palestinian", "dominican"), not those
    that are names ("Solomon Islands", "Tristan da Cunha", "Cayman Islands")."""
    return frozenset(name.split()[0] for name in places() if " " in name
                     and name.split()[0].endswith(("ian", "ean", "can", "ese", "saharan")))


_INNER_POSSESSIVE = re.compile(r"[’']s(?=[ \t])")
_SAINT = re.compile(r"(?:St|Saint|Ste)\b")


@lru_cache(maxsize=32)
def people(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of every mention of a person, titles stripped, in text order. A single word counts when
    the article also names that person in full ("Trump" after "Donald Trump") or a title precedes it."""
    mentions = []
    for match in NAME.finditer(text):
        if match.group().startswith("By ") and not text[text.rfind("\n", 0, match.start()) + 1:match.start()].strip():
            continue  # a byline ("By Nina Okafor, The Ledger") names the writer: no one the article quotes
        run = match.group()
        owner_only = False  # the run was cut to the owner of a body named after it
        inner = _INNER_POSSESSIVE.search(run)
        if (inner and not _SAINT.match(run) and len(run[:inner.start()].split()) >= 2
                and any(w.lower() in ORG_WORDS for w in run[inner.end():].split())):
            # "Prime Minister Tomas Kurek's Civic Alliance": the owner named in full is the person, if any, when a
            # body's name follows (not "Real Madrid's Jude Bellingham", nor "St Aidan's Academy", a saint's)
            run = run[:inner.end()]
            owner_only = True
        raw = run.rstrip(".’'").removesuffix("’s").removesuffix("'s")
        before = text[max(0, match.start() - 40):match.start()].lower().split()
        has_title = bool(before) and before[-1].strip(",.") in TITLES
        words = list(re.finditer(r"\S+", raw))
        # "Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy"; "Resident Tomasz Wren said",
        # "Prosecutor Amanda Lowry": a role word leading a sentence's full name is no part of it.
        first = 0
        while first < len(words) and (_leading_title(words[first].group(), first + 1 < len(words))
                                       or words[first].group().strip(".").lower() in NOT_PERSON
                                       or (first == 0 and len(words) >= 3
                                           and (words[0].group().lower() in role_words()
                                                or _role_not_name(words[0].group(), words[1].group())))
                                       or (first == 0 and words[0].group().lower() in SENTENCE_OPENERS)
                                       or _COMPOUND_MODIFIER.fullmatch(words[first].group())
                                       or _TURNED.fullmatch(words[first].group())
                                       or _place_abbreviation(words, first)):
            has_title = has_title or is_title(words[first].group())  # "President X", not "The X"
            first += 1
        if (first and len(words) == first + 1 and words[first].group().lower() in places()
                and all(w.group().lower() in ("former", "ex") for w in words[:first])):
            continue  # "Former England spinner Graeme Salter": a place after "former", no one titled
        if first and words[0].group() == "A" and len(words) > 1 and len(words[1].group()) > 1 and not any(
                w.group().strip(".").lower() in TITLES | POST_TITLES | PARTIES for w in words):
            continue  # "A Latin Cross, a common symbol": a thing, not a person (not "A Labour MP Tom Reid")
        words = words[first:]
        # "Current UK Prime Minister Dan Cole": a name holds no title, so the person starts after the last one.
        while len(words) > 1 and words[-1].group().strip(".").lower() in POST_TITLES:
            words = words[:-1]
            has_title = True
        titles = [k for k, w in enumerate(words) if w.group().strip(".").lower() in TITLES]
        if (titles and titles[-1] == len(words) - 1) or (words and words[-1].group().lower() in _SHORT_TITLES
                                                          and text[match.start() + words[-1].end():][:1] == "."):
            continue  # "Marlow Gov." before "Helen Dragomir": a place and a title, the person is the next run
        if titles and titles[-1] < len(words) - 1:
            words = words[titles[-1] + 1:]
            has_title = True
        # "Liberal Democrat Vince Cable", "Texas Republican Ted Cruz": a party before a full name is cut off too
        # (only a party: "White House Over Tariff Plan" in a headline is no name, nor "Lopez Garcia" of "Ana May").
        parties = [k for k, w in enumerate(words) if w.group().strip(".").lower() in PARTIES]
        if parties and 2 <= len(words) - parties[-1] - 1 <= 3:
            words = words[parties[-1] + 1:]
        if not words:
            continue
        offset, stop = match.start() + words[0].start(), match.start() + words[-1].end()
        name = " ".join(w.group() for w in words)
        if not is_personal(name, titled=has_title) or _in_organisation_name(text, offset):
            continue
        if owner_only and len(words) == 1 and (is_title(name) or name.lower() in role_words()):
            continue  # "The State Prosecutor’s Office": an office's name, no one's
        if _AND_BODY_NEXT.match(text, stop, stop + 60):
            continue  # "Dunholm Fire and Rescue Service said": the start of a body's name
        if ((_INSTITUTION_NEXT.match(text, stop, stop + 24)
             and _DETERMINER_BEFORE.search(text, max(0, offset - 24), offset))
                or _ROLE_NEXT.match(text, stop, stop + 24)):
            continue  # "the Better Together campaign", "West Virginia resident X", "Trump aide X": a modifier
        role_next = _ROLE_THEN_NAME.match(text, stop, stop + 40)
        if role_next and role_next.group(1) in role_words():
            continue  # "West Riding mayor Sarah Dunmore": a modifier (not "Tom Reid told Ann Cole")
        possessive = raw != match.group().rstrip(".’'")  # "Dublin's mayor": more often a place than a person
        mentions.append((offset, stop, name, has_title, possessive))
    full = {m[2] for m in mentions if len(m[2].split()) >= 2}
    surnames = {n.split()[-1].casefold() for n in full}  # "Al-Majid" starting a sentence is "al-Majid"
    # A name written family name first ("Yayi Boni", later "Yayi"; "Jang Dae-hyun", later "Jang"), when only one
    # person's name starts with the word and it is not a possessive ("Dublin's mayor", beside "Dublin Live") or a
    # word before a determiner ("Will the council listen?", beside "Will Carter").
    firsts = Counter(n.split()[0] for n in full)
    found = []
    for start, end, name, has_title, possessive in mentions:
        if (len(name.split()) >= 2 or has_title or name.casefold() in surnames
                or (firsts[name] == 1 and not possessive and not _DETERMINER_NEXT.match(text, end, end + 8))
                or RELATIVE_BEFORE.search(text, max(0, start - 24), start) and text[end:end + 1] == ","
                or (AGE_NEXT.match(text, end, end + 8)  # "Hamish, 78, who did not give his surname": a person
                    and not _DETERMINER_BEFORE.search(text, max(0, start - 24), start))):  # not "the Italian, 52,"
            found.append((start, end, name))
    return tuple(found)


@dataclass(frozen=True)
class Index:
    """people(text) with what the questions about it need: mention starts in order, the fullest spelling per last
    word, and the mentions made in sentence lines (not headlines or photo credits)."""

    mentions: tuple
    starts: list
    fullest: dict
    in_sentences: list  # (start, name) of mentions on lines ending like a sentence
    by_first_name: dict  # first name -> full name, for people the article gives an honorific ("Dame Judi Dench")
    by_title: dict  # title word -> [(start, name)] of the people the article gives it ("Lord Mayor X", "X, the mayor")
    by_first_word: dict  # first word -> the full names starting with it ("Jang" -> {"Jang Dae-hyun"})
    by_middle_word: dict  # inner word -> the full names holding it ("Yusuf" -> {"Abdullahi Yusuf Ahmed"})

    def between(self, lo: int, hi: int) -> tuple:
        """Mentions starting in [lo, hi)."""
        return self.mentions[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def first_between(self, lo: int, hi: int) -> tuple | None:
        k = bisect_left(self.starts, lo)
        return self.mentions[k] if k < len(self.starts) and self.starts[k] < hi else None


# A first name set off after a named person's relative, who shares that person's surname: "Chloe’s mum, Janet,".
# (Blood relatives only: a wife or husband may keep another surname.)
_FAMILY_OF = regex.compile(rf"(\p{{Lu}}[\w’'-]+)[’']s[ \t]+(?:{_BLOOD_RELATIVES})[ \t]*,[ \t]*$")


def _one_full(by_first_word: dict, word: str) -> str:
    """The one full name starting with `word` so far ("Chloe" -> "Chloe Radford"), or ""."""
    found = by_first_word.get(word, ())
    return next(iter(found)) if len(found) == 1 else ""


@lru_cache(maxsize=32)
def index(text: str) -> Index:
    mentions = people(text)
    fullest, by_first_name, by_title, by_first_word, by_middle_word = {}, {}, {}, {}, {}
    for start, end, name in mentions:
        last = name.split()[-1].casefold()  # "Al-Majid" starting a sentence is "al-Majid"
        if len(name.split()) >= 2:
            by_first_word.setdefault(name.split()[0], set()).add(name)
        if not _QUOTATION_NEXT.match(text, end, end + 2):  # a headline's 'Ada Roe Says "…"' is no name
            for word in name.split()[1:-1]:
                by_middle_word.setdefault(word, set()).add(name)
        if last not in fullest or (len(name.split()), len(name)) > (len(fullest[last].split()), len(fullest[last])):
            fullest[last] = name
        before = text[max(0, start - 12):start].split()
        if len(name.split()) >= 2 and before and before[-1].lower() in FIRST_NAME_HONORIFICS:
            by_first_name.setdefault(name.split()[0], name)
        for title in _titles_of(text, start, end):
            by_title.setdefault(title, []).append((start, name))
        couple = _COUPLE.search(text, max(0, start - 40), end) if len(name.split()) == 2 else None
        if couple and couple.end() == end and f"{couple.group(2)} {couple.group(3)}" == name:
            by_first_name.setdefault(couple.group(1), f"{couple.group(1)} {couple.group(3)}")
        family = _FAMILY_OF.search(text, max(0, start - 40), start) if len(name.split()) == 1 else None
        if family:  # "Chloe’s mum, Janet," is Janet Radford
            owner = fullest.get(family.group(1).casefold()) or _one_full(by_first_word, family.group(1))
            if len(strip_titles(owner).split()) >= 2:
                by_first_name.setdefault(name, f"{name} {owner.split()[-1]}")
    in_sentences = []
    line_end, sentence_line = -1, False
    for start, _, name in mentions:  # in text order: each line's end is looked up once
        if start > line_end:
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            sentence_line = text[max(0, line_end - 64):line_end].rstrip()[-1:] in ".!?”\""
        if sentence_line:
            in_sentences.append((start, name))
    return Index(mentions, [m[0] for m in mentions], fullest, in_sentences, by_first_name, by_title, by_first_word,
                 by_middle_word)


_TITLES_BEFORE = re.compile(r"(?:[\w.’'-]+[ \t]+){1,4}$")  # "Dublin's Lord Mayor " before "Mícheál MacDonncha"
_SHORT_TITLES = {"dr", "mr", "mrs", "ms", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "prof", "capt", "adm",
                 "rev", "hon", "supt", "insp", "cllr"}
PREPOSITIONS = {"of", "for", "to", "at", "with", "from", "in", "on", "by", "about"}
_TITLES_AFTER = re.compile(r",[ \t]+(?:the|a|an)[ \t]+((?:[\w’'-]+[ \t]+){0,7}?[\w’'-]+)[ \t]*[,.;]")
# "The mayor of Pellingford, Viola Jarrow", "The town's mayor, Ana Jankowski", "The Governor of Ondaru State, Mr
# Babatunde Akinlade": a role set off before the name.
_ROLE_BEFORE = re.compile(r"\b[Tt]he[ \t]+((?:[\w’'-]+[ \t]+){0,3}?[\w-]+)(?:[ \t]+(?:of|for|at|in)[ \t]+"
                          r"[^,.;:“”\"\n]{1,50})?,[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?[ \t]+)?$")
# Offices a later "the mayor said" may name, beyond the titles written before names: "Remy Ellery, the head teacher
# at Hillside Primary", "Petra Ibbotson, the area's MP".
OFFICES = TITLES | POST_TITLES | {
    "teacher", "headteacher", "principal", "headmaster", "headmistress", "engineer", "officer", "owner", "founder",
    "editor", "chair", "chairperson", "administrator", "treasurer", "clerk", "dean", "vicar", "bishop", "rector",
    "prosecutor", "solicitor", "barrister", "lawyer", "coroner", "warden", "registrar", "governor", "trustee",
    "magistrate"}


def _titles_of(text: str, start: int, end: int) -> set:
    """The title words the article gives the person mentioned at [start, end): before the name, or in an
    apposition after it ("Jeff Rathke, the State Department spokesperson,")."""
    words = []
    before = _TITLES_BEFORE.search(text, max(0, start - 48), start)
    for word in reversed(before.group().split() if before else []):  # "Dublin's Lord Mayor ", not "speaks at "
        if not (word[0].isupper() or word.strip(".").lower() in TITLES | OFFICES):
            break  # ("area coroner Helen Voss": an office written in lowercase before the name counts too)
        if word.endswith(".") and word.strip(".").lower() not in _SHORT_TITLES:
            break  # "met the Lord Mayor. Jane Roe": the sentence before ends there ("Dr." and "Sen." do not)
        words.append(word.lower())
    offices = set()
    after = _TITLES_AFTER.match(text, end, min(len(text), end + 100))
    for word in after.group(1).lower().split() if after else []:
        if word in PREPOSITIONS:
            break  # "Jane Roe, a critic of the prime minister,": the minister is someone else
        offices.add(word)
    role = _ROLE_BEFORE.search(text, max(0, start - 90), start)
    if role:  # "The minister for local government, Fiona Nwosu": her office
        offices.add(role.group(1).split()[-1].lower())
    hyphenated = {w.strip(".") for w in words if "-" in w and is_title(w)}  # "attorney-general"
    found = {w.strip(".") for w in words} & TITLES | {w.strip(".") for w in offices | set(words)} & OFFICES | hyphenated
    # "Sgt Mike Dawson said … "…," the officer said": a police rank makes its holder "the officer" too
    return found | {"officer"} if {w.strip(".") for w in words} & POLICE_RANKS else found


POLICE_RANKS = {"sgt", "sergeant", "constable", "pc", "inspector", "detective", "superintendent", "commander", "dc",
                "ds", "di", "dci", "supt", "insp"}


# Offices one person holds at a time in a story: an unnamed "coroner", "judge" or "foreign minister" is their holder
# when the article names one (not "spokesman", "director" or "officer": an article may quote an unnamed one beside
# a named one).
HELD_OFFICES = {"coroner", "judge", "prosecutor", "magistrate", "mayor", "minister", "president", "governor",
                "senator", "ambassador", "chancellor", "secretary", "commissioner", "sheriff", "premier", "coach",
                "captain", "headteacher", "principal"}


def sole_holder(text: str, role: str) -> str:
    """The one person the article gives the office `role` names ("coroner", "foreign minister": every title word
    of it), before or after the role's mention, or "" when it names none or several."""
    words = role.lower().split()
    if not words or not (words[-1] in HELD_OFFICES or ("-" in words[-1] and is_title(words[-1]))):
        return ""  # (a hyphenated title is held by one person: "the Attorney-General said")
    by_title = index(text).by_title
    holders = {canonical(text, name) for _, name in by_title.get(words[-1], ())}
    for word in words[:-1]:
        if word in TITLES:  # "foreign minister": the foreign minister, not the prime minister
            holders &= {canonical(text, name) for _, name in by_title.get(word, ())}
    return next(iter(holders)) if len(holders) == 1 else ""


def holder_of(text: str, office: str, place: str) -> str:
    """The one person the article gives `office` with `place` beside their name ("Mayor Tom Harris of Easton",
    "Jim Martin, the mayor of Padstow" for "of Easton", "of Padstow"), or ""."""
    place = place.lower()
    holders = {canonical(text, name) for start, name in index(text).by_title.get(office.lower(), ())
               if place in text[start + len(name):start + len(name) + PLACE_REACH].lower()}
    return next(iter(holders)) if len(holders) == 1 else ""


PLACE_REACH = 40  # characters after a name searched for the place its office is of


def titled(text: str, title: str, offset: int) -> str:
    """The person mentioned last before `offset` whom the article gives `title` ("the mayor said" -> the person
    introduced as "Lord Mayor X"), or ""."""
    found = index(text).by_title.get(title.lower(), [])
    k = bisect_left(found, (offset, "")) - 1
    if k < 0:
        return ""
    # One left unnamed since, after the sentence naming the holder ("Sgt Tom Reid … A second officer was hurt. "…,"
    # the officer said"; not the holder's own "X, a government spokesman,").
    since = re.search(r"[.!?]\s|\n", text[found[k][0]:offset])
    if since and re.search(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]econd|[Tt]hird)\s+(?:[a-z-]+\s+)?"
                           rf"{re.escape(title.lower())}\b", text[found[k][0] + since.end():offset]):
        return ""
    return canonical(text, found[k][1])


def canonical(text: str, name: str) -> str:
    """The fullest spelling of `name` in the article: "Trump" -> "Donald Trump"."""
    name = strip_titles(name.strip(" ,.")).removesuffix("’s").removesuffix("'s").strip()
    if not name:
        return ""
    found = index(text)
    last = name.split()[-1].casefold()
    fullest = found.fullest.get(last, name)
    first = name.split()[0]
    if len(name.split()) >= 2 and first[0].isupper() and fullest.split()[0] != first:
        return name  # "Mohammed al-Megrahi" is not his brother "Abdelbaset al-Megrahi"
    if len(fullest.split()) == 1 and name in found.by_first_name:  # "Judi" of "Dame Judi Dench"
        return found.by_first_name[name]
    if len(fullest.split()) == 1 and len(found.by_first_word.get(name, ())) == 1:
        # A name written family name first ("Jang Dae-hyun", later "Jang"), or a first name the article uses alone;
        # when two people start with the word ("Kim Jae-won", "Kim Su-ah"), it stays as written.
        return next(iter(found.by_first_word[name]))
    if len(fullest.split()) == 1 and len(found.by_middle_word.get(name, ())) == 1:
        # A name the article shortens to an inner word ("Abdullahi Yusuf Ahmed", later "President Yusuf"), when
        # nobody else's name holds it and nobody's name ends with it.
        return next(iter(found.by_middle_word[name]))
    return fullest


def acronym(text: str, word: str) -> str:
    """An organisation's acronym as the article spells it out ("Korean Central News Agency (KCNA)"), else the
    acronym itself; "" when `word` is not an acronym of 2-6 capitals."""
    if not _ACRONYM.fullmatch(word):
        return ""
    defined = _defined_acronyms(text).get(word)
    return defined or word


@lru_cache(maxsize=32)
def _defined_acronyms(text: str) -> dict:
    found = {}
    for match in _DEFINITION.finditer(text):
        words = match.group(1).split()
        if words[0] == "The":  # "The Nordic Weather Agency (NWA)": the agency's name starts after the article
            words = words[1:]
        found.setdefault(match.group(2), " ".join(words))
    return found


# "Korean Central News Agency (KCNA)", "Medecins sans Frontieres (MSF)": up to seven capitalised words (small
# joining words of English, French, Spanish or Italian between), then the acronym in brackets. Starts only at a
# word's start, so a run of capitals is read once, not once per letter.
# An acronym may hold a hyphen: "Joint Task Force Guantanamo (JTF-GTMO)".
_ACRONYM_PATTERN = r"[A-Z]{2,6}(?:-[A-Z]{2,6})?"
_ACRONYM = re.compile(_ACRONYM_PATTERN)
_DEFINITION = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|and|the|on|sans|de|du|des|la|le|di|del|"
                         rf"y|et)[ \t]+)?){{1,7}})\(({_ACRONYM_PATTERN})\)")


@lru_cache(maxsize=1)
def first_names() -> dict:
    """First name (lowercase) -> {"he": share, "she": share}: the 1990 US census lists the `names` package ships."""
    found = {}
    for pronoun, file in (("he", "dist.male.first"), ("she", "dist.female.first")):
        for line in (resources.files("names") / file).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                found.setdefault(parts[0].lower(), {})[pronoun] = float(parts[1])
    return found


SEX_SHARE = 0.95  # of a first name's bearers, for "he" or "she" to stand for it ("Jordan", "Taylor": neither)
# Rarer first names in the lists are mostly other languages' surnames written first ("Lin", "Sun", "Ma", "Moon":
# percent of the census population).
FIRST_NAME_MIN = 0.02
# Given names the census gives to women that are men's in Italy ("Andrea Pirlo", "Michele Emiliano").
_EITHER_SEX = {"andrea", "michele"}


def pronoun_of(name: str, given: bool = False) -> str:
    """"he" or "she" for a person whose first name is nearly always a man's or a woman's ("Denise Blake", "Bill
    Hogarth"; "Denise" alone when `given` says a one-word name is a first name), else "" (a surname alone, a name the
    census does not list, one given to both)."""
    words = strip_titles(name).split()
    if len(words) < (1 if given else 2):
        return ""
    first = words[0].lower().strip(".,")
    # ("Lucía" is listed as "lucia": the census is spelt in ASCII)
    first = "".join(c for c in unicodedata.normalize("NFKD", first) if not unicodedata.combining(c))
    shares = first_names().get(first)
    if not shares or first in _EITHER_SEX:
        return ""
    he, she = shares.get("he", 0.0), shares.get("she", 0.0)
    if he + she < FIRST_NAME_MIN:
        return ""
    return "he" if he >= SEX_SHARE * (he + she) else "she" if she >= SEX_SHARE * (he + she) else ""


def person_before(text: str, offset: int) -> str:
    """The person mentioned last before `offset`: what "he" or "she" there most likely refers to."""
    found = index(text).in_sentences
    i = bisect_left(found, (offset, "")) - 1
    return canonical(text, found[i][1]) if i >= 0 else ""


# Organisations that speak: a capitalised run holding one of these words ("Christian Aid", "the Church of
# Scientology", "UK Foreign Office", "Dublin City Council", "Korean Central News Agency").
ORG_WORDS = {
    "agency", "ministry", "council", "court", "church", "party", "association", "organisation", "organization",
    "office", "department", "government", "commission", "company", "corporation", "university", "police", "army",
    "committee", "union", "institute", "foundation", "bank", "authority", "service", "news", "press", "times",
    "post", "television", "radio", "network", "group", "federation", "league", "club", "board", "parliament",
    "assembly", "senate", "congress", "tribunal", "administration", "embassy", "aid", "international", "watch",
    "coalition", "alliance", "movement", "front", "society", "centre", "center", "fund", "programme", "program",
    "mission", "regulator", "watchdog", "charity", "trust", "airways", "airlines", "panel", "inquiry", "military",
} | NEWS_OUTLETS | CLUB_WORDS | FIRM_WORDS
# After a capitalised run, "and" and more capitalised words ending in a body's word: it starts that body's name.
_AND_BODY_NEXT = regex.compile(r"[ \t]+(?:and|&)[ \t]+(?:\p{Lu}[\w’'-]*[ \t]+){0,3}"
                               rf"(?:{'|'.join(sorted(word.capitalize() for word in ORG_WORDS))})\b")
_ORG_WORD = r"(?:(?:[A-Z]\.)+|\p{Lu}[\w’'&-]*)"
ORG = regex.compile(rf"(?<![\w’'\-]){_ORG_WORD}(?:[ \t]+(?:(?:of|for|and|on)[ \t]+(?:the[ \t]+)?)?{_ORG_WORD}){{0,7}}")


COUNTRY_TAIL = 40  # characters of " of the <country>" after an organisation's name
_OF_THE_COUNTRY = re.compile(r"[ \t]+of[ \t]+the[ \t]+(U\.?K\.?|U\.?S\.?|EU|"
                             r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})$")


def _is_country(name: str) -> bool:
    return name.replace(".", "") in ("UK", "US", "EU") or name.lower() in places()


def _country_tail(name: str) -> str:
    """An organisation's name without "of the <country>" after a body's word ("National Cyber Security Centre of
    the UK" is the National Cyber Security Centre; "the Church of Scientology" and "the Bank of England" keep
    theirs)."""
    tail = _OF_THE_COUNTRY.search(name)
    if tail is None or name[:tail.start()].split()[-1].lower() not in ORG_WORDS:
        return name
    return name[:tail.start()] if _is_country(tail.group(1)) else name


_CALENDAR_TAIL = re.compile(r"[ \t]+on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                            r"February|March|April|May|June|July|August|September|October|November|December)\b.*$")
_AFTER_SENTENCE_END = re.compile(r"(?<=\.)[ \t]+(?:The|A|An)[ \t]+")


@lru_cache(maxsize=32)
def organisations(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of every capitalised run that names an organisation, a leading article dropped."""
    found = []
    for match in ORG.finditer(text):
        name, end = match.group(), match.end()
        owner = _INNER_POSSESSIVE.search(name + " ")
        if owner and name[:owner.start()].split()[-1].lower() in ORG_WORDS:
            # "Fenmouth Albion’s record goalscorer": the club, not what it owns
            name, end = name[:owner.start()], match.start() + owner.start()
        words = name.split()
        if not any(w.lower().strip(".’'") in ORG_WORDS for w in words):
            continue
        if words[0] in ("The", "A", "An") and len(words) > 1:  # "A Ministry of Defence spokesman said"
            name = name[len(words[0]) + 1:]
        # "… wrote on X. The Department for Housing said": a sentence's opening article after an initial's full
        # stop starts the name
        name = _AFTER_SENTENCE_END.split(name)[-1]
        start = end - len(name)
        name = _CALENDAR_TAIL.sub("", name)  # "The International Monetary Fund on Tuesday raised …"
        name = _country_tail(name)  # "National Cyber Security Centre of the UK": the centre's own name
        found.append((start, start + len(name), name))
    return tuple(found)


@lru_cache(maxsize=32)
def organisation_names(text: str) -> frozenset:
    """The names of organisations(text), for a membership test at constant cost."""
    return frozenset(name for _, _, name in organisations(text))


def organisation_ending_at(text: str, end: int) -> str:
    """The organisation whose name ends at `end` ("… Christian Aid| said"), or ""."""
    found = organisations(text)
    k = bisect_left(found, (end, 0, "")) - 1
    while k >= 0 and found[k][1] > end:
        k -= 1
    return found[k][2] if k >= 0 and found[k][1] == end else ""


def organisation_before_country(text: str, end: int) -> str:
    """The organisation whose name ends before " of the <country>" ending at `end` ("… Centre of the UK| said": the
    centre, whose name _country_tail cut it off), or ""."""
    tail = _OF_THE_COUNTRY.search(text, max(0, end - COUNTRY_TAIL), end)
    return organisation_ending_at(text, tail.start()) if tail and _is_country(tail.group(1)) else ""


def organisation_starting_at(text: str, start: int) -> str:
    """The organisation whose name starts at `start` ("said |the Foreign Office"), or ""."""
    found = organisations(text)
    k = bisect_left(found, (start, 0, ""))
    return found[k][2] if k < len(found) and found[k][0] == start else ""


# How an article says who wrote a document it quotes: "a report by (or from) Amnesty International", "The report
# released … by Defense Science Board", "Ada Roe's report", "The X Commission has released a report" (not "research
# funded by the Wellcome Foundation").
_BY_AFTER = re.compile(r"(?:,?[ \t]+(?:by|from)|[^.;\n]{0,80}?\b(?:released|written|published|issued|prepared|compiled|"
                       r"produced|drafted|authored|signed|sent|made|filed|brought|lodged|carried[ \t]+out|conducted|"
                       r"commissioned|undertaken|presented|handed[ \t]+down)\b[^.;\n]{0,60}?\bby)[ \t]+"
                       # ("a report by the charity Safe Harbour Trust": the name after its kind)
                       r"(?:the[ \t]+)?(?:(?:charity|think[ \t-]tank|campaign[ \t]+group|group|watchdog|consultancy|"
                       r"firm|broadcaster|newspaper)[ \t]+(?=[A-Z]))?")
# An office named after its title and place ("by the Attorney General of New York", "by the Mayor of London"): the
# office is the author when no one holding it is named.
_OFFICE_OF = regex.compile(r"((?:\p{Lu}[\w-]*[ \t]+){0,2}\p{Lu}[\w-]*[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\w’'-]*"
                           r"(?:[ \t]+\p{Lu}[\w’'-]*){0,2})")
_POSSESSIVE_BEFORE = re.compile(r"[’']s[ \t]+(?:[a-z]+[ \t]+)?$")
_BODY_POSSESSIVE_BEFORE = re.compile(r"\b[Tt]he[ \t]+(\w+)[’']s[ \t]+(?:[a-z]+[ \t]+)?$")  # "The ministry's report"
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)[ \t]+(?:[\w-]+[ \t]+){0,3}$")
_PUBLISHED_BEFORE = re.compile(r"(?:[ \t]+(?:later|also|then|since|[a-z]+ly))?"  # ("The council later released")
                               r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:released|published|issued|produced|prepared|"
                               r"compiled|drafted|wrote|passed|adopted|approved|filed|sent|circulated)[ \t]+"
                               r"(?:a|an|another|the|its|their|this)[ \t]+"
                               r"(?:[\w-]+[ \t]+){0,2}$")
# A capitalised name right before a verb that issues a document, from the start of its sentence or clause.
_NAME_ENDING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))((?:[A-Z][\w’'&.-]*[ \t]+){0,3}[A-Z][\w’'&.-]*)$")
# Those who speak for a person ("the family of victim Edith Rowe", "lawyers for Viktor Solano", "President Alvarez's
# office"): declared once, for the document issuers here and the speakers in quotes.py.
FOR_PERSON = r"(?:family|relatives|friends|parents|lawyers?|solicitors?|representatives?|aides|office)"
# ... and one relative, who speaks for themself of the person ("The wife of Colonel Tom Hale said"), where no name is
# set off after the relation ("The daughter of X, Sophie Kline, said" is Sophie Kline's)
FOR_OR_KIN = rf"(?:{FOR_PERSON}|{RELATIVES}|widow|widower)"
_FOR_SOMEONE = re.compile(rf"\b({FOR_OR_KIN}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+){{0,2}})$")
_NOT_ISSUERS = {"The", "A", "An", "It", "He", "She", "They", "We", "This", "That"}
_ORG_WORD_NEXT = re.compile(rf"({'|'.join(sorted(ORG_WORDS))})\b")
# "the institute released another report", "The Canadian embassy released a statement", "the Kolmiran foreign
# ministry issued a statement" (a body no name holds: its words as the article gives them)
# A word before a body's kind that describes it ("Kolmiran foreign" ministry), up to the last "the" before it.
BODY_MODIFIER = r"(?![Tt]he\b)[\w’'.-]+[ \t]+"
_THE_ORG_WORD_BEFORE = re.compile(rf"\b[Tt]he[ \t]+((?:{BODY_MODIFIER}){{0,3}}?)(\w+)$")


# An outlet's report is a report of what others said ("a Reuters report"), not its own words.
_OUTLET_WORDS = NEWS_OUTLETS | {"reuters", "ap", "afp", "bbc", "cnn", "upi", "xinhua", "times", "post", "news"}
_SENTENCE_END_IN = re.compile(r"[a-z]{2}[.!?][ \t]")  # a word that ends a sentence, not an initial ("U.S.")
_PROPER_MODIFIER_BEFORE = regex.compile(r"\b(?:[Aa]n?|[Aa]nother)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
                                        r"((?:\p{Lu}[\w’'&.-]*[ \t]+){1,4})(?:[a-z-]+[ \t]+)?$")


def _calendar_or_demonym(run: str) -> bool:
    """Whether the capitalised words before a document are a day, a month or a nationality ("a Monday statement",
    "a British report"), not its author."""
    words = run.lower()
    return words.split()[0] in NOT_PERSON - ORG_WORDS or is_demonym(words)


def document_author(text: str, word: str, offset: int) -> str:
    """Who wrote the `word` ("report", "statement" …) the article quotes at `offset`: the author the article named
    where it last introduced that document before `offset` (a later "the report further claims" is the same
    report), or "" when that introduction names none ("a letter signed by 40 MPs", "a study by Oxford
    researchers", "a new report out on Tuesday")."""
    authored = _documents_authored(text, word.lower())
    k = bisect_left(authored, (offset, "")) - 1
    return authored[k][1] if k >= 0 else ""


def document_author_after(text: str, word: str, offset: int) -> str:
    """The author of the first `word` document the article introduces after `offset` with its author named ("Report
    warns glaciers could 'vanish'" over "A report published on Thursday by the Alpine Climate Observatory"), or ""."""
    authored = _documents_authored(text, word.lower())
    return next((author for at, author in authored[bisect_left(authored, (offset, "")):] if author), "")


@lru_cache(maxsize=32)
def _documents_authored(text: str, word: str) -> tuple[tuple[int, str], ...]:
    """Each mention of the document `word` that says who wrote it, with that author, or that introduces another
    ("a report", with no author: ""), in text order; computed once per text and word, linear in the text."""
    found = index(text)
    authored = []
    for match in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
        at, after = match.start(), match.end()
        author = ""
        by = _BY_AFTER.match(text, after, min(len(text), after + 100))
        if by:
            person = found.first_between(by.end(), by.end() + 24)
            body = _ORG_WORD_NEXT.match(text, by.end(), min(len(text), by.end() + 24))
            office = _OFFICE_OF.match(text, by.end(), min(len(text), by.end() + 60)) if not person else None
            author = (organisation_starting_at(text, by.end()) or (canonical(text, person[2]) if person else "")
                      or (organisation_with(text, body.group(1), by.end()) if body else "")  # "by the university"
                      or (office.group(1) if office and office.group(1).split()[0].lower() in TITLES else ""))
        else:
            owner = _POSSESSIVE_BEFORE.search(text, max(0, at - 40), at)
            people_before = found.between(max(0, at - 80), at) if owner else ()
            published = _PUBLISHED_BEFORE.search(text, max(0, at - 80), at)
            body = _BODY_POSSESSIVE_BEFORE.search(text, max(0, at - 40), at) if owner else None
            if people_before and people_before[-1][1] == owner.start():  # (match offsets are the text's own)
                author = canonical(text, people_before[-1][2])
            elif body and body.group(1).lower() in ORG_WORDS:  # "The commission's annual report": that body's
                author = organisation_with(text, body.group(1), at)
            elif published:
                end = published.start()
                body = _THE_ORG_WORD_BEFORE.search(text, max(0, end - 60), end)
                author = organisation_ending_at(text, end) or (
                    (organisation_with(text, body.group(2), end) or (body.group(1) and body.group(1) + body.group(2)))
                    if body and body.group(2).lower() in ORG_WORDS else "")
                person = found.between(max(0, end - 60), end) if not author else ()
                named = _NAME_ENDING.search(text, max(0, end - 60), end) if not author else None
                if person and person[-1][1] == end:  # "British Prime Minister Gordon Brown released a statement"
                    behalf = _FOR_SOMEONE.search(text, max(0, person[-1][0] - 60), person[-1][0])
                    # ("The family of missing hiker Tomasz Wilk released a statement": the family's)
                    author = (text[behalf.start(1):end] if behalf else canonical(text, person[-1][2]))
                elif named and named.group(1).split()[0] not in _NOT_ISSUERS:
                    # "Branford Rovers issued a statement", "Ada Roe released a statement": the name before the verb
                    person = found.between(named.start(1), end)
                    author = canonical(text, person[-1][2]) if person and person[-1][1] == end else named.group(1)
        if not author:  # "A leaked Treasury memo", "a new UN Security Council report": the body it is named for
            modifier = _PROPER_MODIFIER_BEFORE.search(text, max(0, at - 60), at)
            run = modifier.group(1).strip() if modifier else ""
            if (run and not _calendar_or_demonym(run) and not _OUTLET_WORDS.intersection(run.lower().split())
                    and not _SENTENCE_END_IN.search(run)):  # ("another report on Monday. The report": no run)
                author = acronym(text, run) or run  # ("the JTF-GTMO press release": as the article spells it out)
        if author or _INDEFINITE_BEFORE.search(text, max(0, at - 40), at):
            authored.append((at, author))  # a new document: an earlier one's author is not this one's
    return tuple(authored)


def organisation_with(text: str, word: str, offset: int, modifier: str = "") -> str:
    """The organisation named last before `offset` whose name holds `word` ("the Church denied" -> "Church of
    Scientology") and `modifier` if given ("the county council" -> "Kent County Council"), or ""."""
    wanted = {word.lower(), modifier.lower()} - {""}
    found = organisations(text)
    k = bisect_left(found, (offset, 0, "")) - 1
    for start, _, name in reversed(found[max(0, k - 50):k + 1]):  # the last 50 organisations are plenty
        if wanted <= {w.lower() for w in name.split()}:
            return name
    return ""
