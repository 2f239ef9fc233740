"""A deterministic synthetic news corpus: articles of 4-6 KB with ~20 spans each, curly quotes, some non-BMP
characters, evidence on most claims and an approving review on every verified span.

Article i depends only on (seed, i), so the first N articles of a 10·N corpus are the N-article corpus."""
import datetime
import hashlib
import random
import uuid
from dataclasses import dataclass, field

ANNOTATORS = [f"annotator{n:02d}" for n in range(1, 11)]
REVIEWERS = [f"reviewer{n:02d}" for n in range(1, 6)]
IMPORTER = "importer"
SOURCE_POOL = 5000  # distinct evidence URLs
EPOCH = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)

ORGS = ["the Treasury", "the Office for National Statistics", "the health ministry", "Eurostat", "the central bank",
        "the Met Office", "the city council", "the IMF", "the transport authority", "the school inspectorate"]
PEOPLE = ["Ana Souza", "Jürgen Weiß", "Zoë Lefèvre", "Kwame Mensah", "Siobhán O’Neill", "Li Wei", "Marta Nowak",
          "Rafael Núñez", "Aiko Tanaka", "Olusegun Adeyemi"]
TOPICS = ["unemployment", "inflation", "hospital waiting times", "rail punctuality", "rents", "emissions",
          "school results", "crime", "wages", "housing starts", "energy prices", "GDP growth"]
OUTLETS = ["The Daily Ledger", "Morning Courier", "Le Quotidien", "Der Bote", "City Wire", "Harbour Times"]
MARKS = ["🔹", "📈", "📉", "𝔼", "🗳", "🏥"]  # non-BMP, one code point each: never inside a grapheme cluster


@dataclass
class SpanData:
    uid: uuid.UUID
    start: int
    end: int
    text: str
    tag: str
    status: str
    author: str
    speaker: str = ""
    evidence: list = field(default_factory=list)  # (source index, stance, excerpt)
    review: tuple | None = None  # (reviewer, verdict, explanation, review uid)


@dataclass
class ArticleData:
    index: int
    title: str
    text: str
    outlet: str
    url: str
    published: datetime.date
    spans: list
    # (start, end) of the title and of every sentence, in text order: how the text was built, which
    # bench/passages.py checks against the workbench's own sentence splitter.
    sentences: list = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def source_url(index: int) -> str:
    return f"https://source{index % 97}.example.org/reports/{index}"


def _claim(rng) -> str:
    return (f"According to {rng.choice(ORGS)}, {rng.choice(TOPICS)} rose by {rng.randint(1, 40)}.{rng.randint(0, 9)}% "
            f"in {rng.randint(2015, 2024)}, the largest change since {rng.randint(1990, 2014)}.")


def _quote(rng) -> tuple[str, str]:
    person = rng.choice(PEOPLE)
    said = (f"“We will not accept {rng.choice(TOPICS)} at these levels — the figures for "
            f"{rng.randint(2019, 2024)} speak for themselves,” said {person}.")
    return said, person


def _opinion(rng) -> str:
    return (f"It is {rng.choice(['hard to believe', 'frankly absurd', 'encouraging', 'worrying'])} that "
            f"{rng.choice(TOPICS)} still gets so little attention from {rng.choice(ORGS)}.")


def _filler(rng) -> str:
    mark = f" {rng.choice(MARKS)}" if rng.random() < 0.15 else ""
    return (f"Residents of {rng.choice(['Łódź', 'Malmö', 'São Paulo', 'Reykjavík', 'Kraków', 'Nîmes'])} "
            f"told the paper’s reporters about {rng.choice(TOPICS)} and {rng.choice(TOPICS)}{mark}, "
            f"citing ‘{rng.choice(['local', 'recent', 'official'])} figures’ and their own experience.")


def article(seed: int, index: int) -> ArticleData:
    rng = random.Random(f"{seed}:{index}")
    target_bytes = rng.randint(4100, 5900)
    n_spans = rng.randint(18, 22)
    sentences = []  # (text, tag or None, speaker)
    size = 0
    while size < target_bytes or sum(1 for s in sentences if s[1]) < n_spans:
        roll = rng.random()
        wanted = sum(1 for s in sentences if s[1]) < n_spans
        if wanted and roll < 0.30:
            item = (_claim(rng), "claim", "")
        elif wanted and roll < 0.45:
            said, person = _quote(rng)
            item = (said, "quote", person)
        elif wanted and roll < 0.55:
            item = (_opinion(rng), "opinion", "")
        else:
            item = (_filler(rng), None, "")
        sentences.append(item)
        size += len(item[0].encode("utf-8")) + 1
    title = f"{rng.choice(TOPICS).capitalize()} in focus: report {index}"
    parts, spans, offset = [], [], len(title) + 2
    bounds = [(0, len(title))]
    for n, (sentence, tag, speaker) in enumerate(sentences):
        if n and n % 5 == 0:
            parts.append("\n\n")
            offset += 2
        elif n:
            parts.append(" ")
            offset += 1
        if tag:
            spans.append(_span(rng, offset, sentence, tag, speaker))
        parts.append(sentence)
        bounds.append((offset, offset + len(sentence)))
        offset += len(sentence)
    text = title + "\n\n" + "".join(parts)
    for span in spans:
        assert text[span.start:span.end] == span.text
    return ArticleData(
        index=index, title=title, text=text, outlet=rng.choice(OUTLETS),
        url=f"https://news.example.com/{index}/{rng.getrandbits(32):08x}",
        published=datetime.date(2024, 1, 1) + datetime.timedelta(days=index % 365), spans=spans, sentences=bounds,
    )


def _span(rng, start: int, sentence: str, tag: str, speaker: str) -> SpanData:
    roll = rng.random()
    status = "verified" if roll < 0.5 else "submitted" if roll < 0.7 else "draft" if roll < 0.95 else "rejected"
    span = SpanData(uid=uuid.UUID(int=rng.getrandbits(128), version=4), start=start, end=start + len(sentence),
                    text=sentence, tag=tag, status=status, author=rng.choice(ANNOTATORS), speaker=speaker)
    if tag == "claim" and (status == "verified" or rng.random() < 0.7):
        for k in range(rng.choice([1, 1, 2, 3])):
            stance = "supports" if k == 0 and rng.random() < 0.7 else "refutes" if k == 0 else rng.choice(
                ["supports", "refutes", "context"])
            span.evidence.append((rng.randrange(SOURCE_POOL), stance, f"Table {rng.randint(1, 9)}, p. {k + 1}"))
        span.evidence = list({e[0]: e for e in span.evidence}.values())  # one link per source
    if status == "verified":
        verdict = rng.choice(["accurate", "mostly_accurate", "unproven", "misleading", "false"]) if tag == "claim" else ""
        span.review = (rng.choice(REVIEWERS), verdict, "Checked against the cited sources." if verdict else "",
                       uuid.UUID(int=rng.getrandbits(128), version=4))
    return span


def articles(n: int, seed: int = 7, start: int = 0):
    for index in range(start, n):
        yield article(seed, index)


def big_article(seed: int, n_spans: int = 1000) -> ArticleData:
    """One long article with n_spans spans, for the API's 1,000-span listing."""
    rng = random.Random(f"{seed}:big")
    parts, spans, offset, bounds = [], [], 0, []
    for n in range(n_spans):
        kind = n % 3
        if kind == 0:
            sentence, tag, speaker = _claim(rng), "claim", ""
        elif kind == 1:
            (sentence, speaker), tag = _quote(rng), "quote"
        else:
            sentence, tag, speaker = _opinion(rng), "opinion", ""
        if n:
            parts.append(" ")
            offset += 1
        spans.append(_span(rng, offset, sentence, tag, speaker))
        parts.append(sentence)
        bounds.append((offset, offset + len(sentence)))
        offset += len(sentence)
    return ArticleData(index=-1, title="The 1,000-span article", text="".join(parts), outlet="Bench",
                       url="https://news.example.com/big", published=datetime.date(2024, 6, 1), spans=spans,
                       sentences=bounds)
