"""Evaluation sets for the suggestions: articles with labelled quotes (and their speakers), claims and opinions,
kept as files under fixtures/eval/<name>/ (one `NNN_slug.txt` article and one `NNN_slug.json` of spans each,
located by exact text and occurrence as in fixtures/gold/, plus the article's source, licence and split).

Scoring is the same for every set, the seeds' gold set included: precision/recall/F1 per tag (exact and overlap,
scoring.score_spans) and speaker accuracy over the gold quotes a suggested quote overlaps. No database."""
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from annotations import scoring
from annotations.gold import locate

SPLITS = ("dev", "test")
SECOND = "second"  # <set>/second/: an independent second labelling of some of the set's articles


@dataclass
class EvalArticle:
    name: str
    text: str
    split: str
    source: str = ""
    licence: str = ""
    style: str = ""
    spans: list = field(default_factory=list)  # {"start", "end", "tag", "text", "speaker"}


def sets_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "fixtures" / "eval"


def available() -> list[str]:
    base = sets_dir()
    return sorted(p.name for p in base.iterdir() if p.is_dir()) if base.exists() else []


def load(name_or_path: str, split: str = "all") -> list[EvalArticle]:
    """The set's articles (of `split`: dev, test or all), in file order. Raises ValueError naming the file and span
    that cannot be read or located."""
    path = _set_path(name_or_path)
    articles = []
    for labels in sorted(path.glob("*.json")):
        meta = json.loads(labels.read_text(encoding="utf-8"))
        if meta.get("split") not in SPLITS:
            raise ValueError(f"{labels.name}: split must be one of {', '.join(SPLITS)}")
        if split != "all" and meta["split"] != split:
            continue
        text = (path / meta["article"]).read_bytes().decode("utf-8")
        article = EvalArticle(name=labels.stem, text=text, split=meta["split"], source=meta.get("source", ""),
                              licence=meta.get("licence", ""), style=meta.get("style", ""))
        article.spans = _located(text, meta["spans"], labels.name)
        articles.append(article)
    return articles


def _set_path(name_or_path: str) -> Path:
    path = Path(name_or_path)
    if not path.is_dir():
        path = sets_dir() / name_or_path
    if not path.is_dir():
        raise ValueError(f"no evaluation set {name_or_path!r} (known: {', '.join(available()) or 'none'})")
    return path


def _located(text: str, items, file_name: str) -> list[dict]:
    spans = []
    for n, item in enumerate(items):
        where = f"{file_name} span {n}"
        if item.get("tag") not in scoring.TAGS:
            raise ValueError(f"{where}: tag must be one of {', '.join(scoring.TAGS)}")
        start, end = locate(text, item["text"], item.get("occurrence", 0), where=where)
        spans.append({"start": start, "end": end, "tag": item["tag"], "text": item["text"],
                      "speaker": item.get("speaker", "")})
    return spans


def load_second(name_or_path: str, articles: list[EvalArticle]) -> dict[str, list[dict]]:
    """The second labelling (<set>/second/NAME.json, {"article", "spans"} as the set's own files) of those of
    `articles` it covers, by article name, its spans located in the article's text. Raises ValueError naming the
    file of an article the set does not have, or a span that cannot be located."""
    path = _set_path(name_or_path)
    folder = path / SECOND
    by_name = {a.name: a for a in articles}
    every = {labels.stem for labels in path.glob("*.json")}  # the set's articles, whatever the split asked for
    second = {}
    for labels in sorted(folder.glob("*.json")):  # none when there is no such folder
        if labels.stem not in every:
            raise ValueError(f"{SECOND}/{labels.name}: the set has no article {labels.stem!r}")
        if labels.stem in by_name:
            meta = json.loads(labels.read_text(encoding="utf-8"))
            second[labels.stem] = _located(by_name[labels.stem].text, meta["spans"], f"{SECOND}/{labels.name}")
    return second


# What follows an unnamed speaker's role noun to say whose, where or which it is.
_ROLE_PLACED = re.compile(r"\s+(?:of|for|from|at|in|on|with|near|who|close\s+to|based|familiar|briefed)\s+")


def same_person(found: str, expected: str) -> bool:
    """Whether a suggested speaker names the gold speaker: the same last word, accents and case aside, what the
    guidelines add in brackets ("(unnamed)", "British Government (news release)") ignored; an unnamed speaker is its
    role's head noun, before what says whose or where it is ("relative of Mohamed Kohail (unnamed)" is a relative,
    "foreign diplomat based in Zorava (unnamed)" a diplomat), one or several alike ("employees" of "Quillsoft
    employee (unnamed)")."""
    def surname(name):  # (accents aside: "Chavez" is "Chávez", as the article itself may spell it both ways)
        words = re.sub(r"\([^)]*\)", " ", name).replace(",", " ").split()
        bare = unicodedata.normalize("NFKD", words[-1]) if words else ""
        return "".join(c for c in bare if not unicodedata.combining(c)).casefold()

    def role(name):  # "relative of Mohamed Kohail (unnamed)": a relative, not Kohail
        return surname(_ROLE_PLACED.split(name)[0]).removesuffix("s")

    if not found:
        return False
    if "(unnamed" in expected:
        return role(found) == role(expected)
    return surname(found) == surname(expected)


def _shared(a: dict, b: dict) -> float:
    """The share of the two spans' union that both cover (1.0 for the same span)."""
    both = min(a["end"], b["end"]) - max(a["start"], b["start"])
    return both / (max(a["end"], b["end"]) - min(a["start"], b["start"]))


def evaluate(documents, suggest, *, keep_speakers: bool = False) -> dict:
    """documents: (key, text, gold spans) triples; suggest: text -> suggestions with start, end, tag, text,
    speaker. Returns {"score": scoring.score_spans(...), "speakers": (right, matched quotes), "articles": n} and,
    with keep_speakers, "wrong_speakers": the matched quotes whose suggested speaker is not the gold one."""
    gold_spans, predicted, right, matched, wrong = [], [], 0, 0, []
    count = 0
    for key, text, expected in documents:
        count += 1
        expected = [{**g, "article": key} for g in expected]
        found = [{"start": s.start, "end": s.end, "tag": s.tag, "text": s.text, "speaker": s.speaker,
                  "article": key} for s in suggest(text)]
        gold_spans += expected
        predicted += found
        for g in (g for g in expected if g["tag"] == "quote"):
            # The suggestion that covers it best: a quotation reported inside another is its own suggestion.
            hit = max((p for p in found if p["tag"] == "quote" and p["start"] < g["end"] and g["start"] < p["end"]),
                      key=lambda p: _shared(p, g), default=None)
            if hit is not None:
                matched += 1
                if same_person(hit["speaker"], g["speaker"]):
                    right += 1
                elif keep_speakers:
                    wrong.append({"article": key, "text": g["text"], "gold": g["speaker"], "found": hit["speaker"]})
    result = {"score": scoring.score_spans(gold_spans, predicted), "speakers": (right, matched), "articles": count}
    if keep_speakers:
        result["wrong_speakers"] = wrong
    return result
