"""Who is who in an article: capitalised name sequences, a rough person test, the fullest spelling of a name and
the person a pronoun most likely refers to. Rules only; good enough to attribute quotes in news prose."""
import re
from functools import lru_cache

TITLES = {
    "president", "vice", "prime", "minister", "secretary", "chancellor", "ambassador", "senator", "governor",
    "mr", "mrs", "ms", "dr", "former", "king", "queen", "pope", "general", "spokesman", "spokeswoman", "leader",
    "foreign", "defence", "defense", "state", "deputy", "chief", "mayor", "judge", "professor", "sen", "rep",
}
NOT_PERSON = {
    "united", "states", "nations", "house", "union", "office", "committee", "assembly", "government", "organisation",
    "organization", "treaty", "force", "ministry", "department", "european", "kingdom", "times", "news", "post",
    "air", "one", "white", "oval", "general", "north", "atlantic", "security", "council", "kremlin", "nato", "eu",
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
}
PRONOUNS = {"he", "she", "they"}
NAME = re.compile(r"\b(?:[A-Z]\.|[A-Z][\w’'\-]*)(?:[ \t]+(?:[A-Z]\.|[A-Z][\w’'\-]*))*")


def _words(name: str) -> list[str]:
    return [w.strip(".").lower() for w in name.split()]


def strip_titles(name: str) -> str:
    words = name.split()
    while words and words[0].strip(".").lower() in TITLES:
        words.pop(0)
    return " ".join(words)


def is_personal(name: str) -> bool:
    words = [w for w in _words(strip_titles(name)) if len(w) > 1]  # initials ("Bridget A. Brink") say nothing
    return bool(words) and not any(w in NOT_PERSON or w in TITLES for w in words) and not name.isupper()


@lru_cache(maxsize=32)
def people(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of every mention of a person, titles stripped, in text order. A single word counts when
    the article also names that person in full ("Trump" after "Donald Trump") or a title precedes it."""
    mentions = []
    for match in NAME.finditer(text):
        raw = match.group().rstrip(".’'")
        before = text[max(0, match.start() - 40):match.start()].lower().split()
        titled = bool(before) and before[-1].strip(",.") in TITLES
        words = list(re.finditer(r"\S+", raw))
        # "Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy"
        while words and (words[0].group().strip(".").lower() in TITLES | NOT_PERSON):
            words.pop(0)
        if not words:
            continue
        offset, stop = match.start() + words[0].start(), match.start() + words[-1].end()
        name = " ".join(w.group() for w in words)
        if not is_personal(name):
            continue
        mentions.append((offset, stop, name, titled or offset != match.start()))
    full = {m[2] for m in mentions if len(m[2].split()) >= 2}
    surnames = {n.split()[-1] for n in full}
    found = []
    for start, end, name, titled in mentions:
        if len(name.split()) >= 2 or titled or name in surnames:
            found.append((start, end, name))
    return tuple(found)


def canonical(text: str, name: str) -> str:
    """The fullest spelling of `name` in the article: "Trump" -> "Donald Trump"."""
    name = strip_titles(name.strip(" ,.")).removesuffix("’s").removesuffix("'s").strip()
    if not name:
        return ""
    last = name.split()[-1]
    candidates = [n for _, _, n in people(text) if n.split()[-1] == last and n.endswith(name.split()[-1])]
    return max(candidates, key=lambda n: (len(n.split()), len(n)), default=name)


def person_before(text: str, offset: int) -> str:
    """The person mentioned last before `offset`: what "he" or "she" there most likely refers to."""
    last = ""
    for start, _, name in people(text):
        if start >= offset:
            break
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
        line = text[line_start:len(text) if line_end < 0 else line_end].rstrip()
        if line[-1:] in ".!?”\"":  # not from a headline or a photo credit
            last = name
    return canonical(text, last) if last else ""
