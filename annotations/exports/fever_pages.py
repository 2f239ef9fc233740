"""The pages of a FEVER export: what FEVER calls its Wikipedia dump, for the sources our claims cite.

A page is one evidence source, its lines the sentences a FEVER pipeline retrieves and a label is justified by:
- a workbench article is the page `article:<text SHA-256>` (the text, unlike a title or URL, never changes once
  cited); its lines are the article's sentences (annotations.assist.text.sentences, pysbd), numbered from 0, so a
  passage cited as evidence is the lines it overlaps;
- an external URL is the page `<the URL>`; all we hold of it is its title and the excerpts quoted from it, so its
  line 0 is its title (the URL when untitled) and lines 1.. are the distinct sentences of the excerpts quoted from
  it in this export, in sorted order. Evidence with an excerpt cites its sentences, without one line 0.

URL line numbers are therefore relative to one export (the claims file and the pages file written from the same
selection agree); a frozen claim set's exports never change, so its numbering is stable.

The pages file is FEVER's wiki-pages JSONL: {"id", "text", "lines": "0\\tsentence\\n1\\tsentence..."}."""
import json
from bisect import bisect_right

from annotations.assist.text import sentences
from annotations.models import Article, Evidence, Source, Tag

CHUNK = 200


def article_page(sha256: str) -> str:
    return f"article:{sha256}"


def _clean(line: str) -> str:
    """A sentence as one line of FEVER's tab-separated `lines` field."""
    return " ".join(line.split())


class Pages:
    """The pages cited by the claims of a span queryset and the lines each piece of evidence cites."""

    def __init__(self, queryset):
        self.queryset = queryset
        self._articles: dict[str, tuple[list[int], list[str]]] = {}  # sha -> (sentence starts, sentence texts)
        self._excerpts: dict[str, set[str]] = {}  # excerpt -> its sentences: pysbd runs once per distinct excerpt
        self._urls = self._url_lines()

    def _claim_evidence(self):
        spans = self.queryset.order_by().filter(tag=Tag.CLAIM).values("pk")
        return Evidence.objects.filter(span__in=spans)

    def _url_lines(self) -> dict[str, list[str]]:
        titles, quoted = {}, {}
        for url, title, excerpt in (self._claim_evidence().filter(source__article__isnull=True)
                                    .values_list("source__url", "source__title", "excerpt").distinct()
                                    .order_by("source__url")):
            titles[url] = _clean(title) or url
            quoted.setdefault(url, set()).update(self._excerpt_sentences(excerpt))
        return {url: [titles[url], *sorted(quoted[url])] for url in titles}

    def _excerpt_sentences(self, excerpt: str) -> set[str]:
        if excerpt not in self._excerpts:
            self._excerpts[excerpt] = {_clean(s.text) for s in sentences(excerpt)}
        return self._excerpts[excerpt]

    def load_articles(self, shas) -> None:
        """Read and split the texts of these source articles, once each (one query per call)."""
        missing = sorted(set(shas) - set(self._articles))
        if missing:
            for sha, text in Article.objects.filter(text_sha256__in=missing).values_list("text_sha256", "text"):
                found = sentences(text)
                self._articles[sha] = ([s.start for s in found], [_clean(s.text) for s in found])

    def cited(self, evidence) -> tuple[str, list[int]]:
        """The page and the line numbers a piece of evidence cites."""
        source = evidence.source
        if source.article_id is None:
            lines = self._urls.get(source.url, [])
            wanted = self._excerpt_sentences(evidence.excerpt)
            cited = [n for n, line in enumerate(lines) if n and line in wanted]
            return source.url, cited or [0]
        sha = source.article.text_sha256
        self.load_articles([sha])
        starts, texts = self._articles[sha]
        start, end = evidence.source_start, evidence.source_end
        if start is None:
            # No passage: the sentences holding the excerpt, when it is in the text.
            joined = [(n, t) for n, t in enumerate(texts) if evidence.excerpt and _clean(evidence.excerpt) in t]
            return article_page(sha), [joined[0][0]] if joined else [0]
        first = max(bisect_right(starts, start) - 1, 0)
        last = max(bisect_right(starts, end - 1) - 1, first)
        return article_page(sha), list(range(first, last + 1))

    def records(self):
        """Every cited page as a FEVER wiki-pages record, URL pages then article pages, each in id order."""
        for url, lines in sorted(self._urls.items()):
            yield self._record(url, lines)
        articles = (Source.objects.filter(evidence__in=self._claim_evidence(), article__isnull=False)
                    .values_list("article__text_sha256", flat=True).distinct().order_by("article__text_sha256"))
        batch = []
        for sha in articles.iterator(chunk_size=CHUNK):
            batch.append(sha)
            if len(batch) == CHUNK:
                yield from self._article_records(batch)
                batch = []
        yield from self._article_records(batch)

    def _article_records(self, shas):
        self.load_articles(shas)
        for sha in shas:
            yield self._record(article_page(sha), self._articles.pop(sha)[1])

    @staticmethod
    def _record(page: str, lines: list[str]) -> dict:
        return {"id": page, "lines": "\n".join(f"{n}\t{line}" for n, line in enumerate(lines)),
                "text": " ".join(lines)}


def generate(spans, *, queryset, **context):
    """FEVER's pages file for the claims of `queryset`; `spans` is not read (pages are per source, not per span)."""
    for record in Pages(queryset).records():
        yield json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
