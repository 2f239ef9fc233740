"""The jsonl export with its articles: a file that restores a verified set into an empty workbench.

Each article the spans need comes once, as {"type": "article", "text", "title", ...}, before the first line that
points at it: first the articles cited as evidence passages (in text-hash order), then each annotated article just
before its spans. Span lines are exactly the jsonl export's records. `import_annotations --format jsonl` reads it.
The plain jsonl export leaves the texts out: it is the bulk format, a line per span, and the texts would repeat."""
import orjson

from annotations.models import Article, Evidence

from .by_article import article_meta, articles_with_spans
from .jsonl import OPTIONS
from .records import span_record

CHUNK = 100


def article_line(meta: dict, text: str) -> str:
    return orjson.dumps({"type": "article", **meta, "text": text}, option=OPTIONS).decode()


def generate(spans, *, queryset, **context):
    cited = (Article.objects.filter(as_source__evidence__in=Evidence.objects.filter(span__in=queryset.order_by()
                                                                                    .values("pk")))
             .distinct().order_by("text_sha256"))
    written = set()
    for article in cited.iterator(chunk_size=CHUNK):
        written.add(article.text_sha256)
        yield article_line(article_meta(article), article.text)
    for article, text, group in articles_with_spans(spans):
        if article.text_sha256 not in written:
            yield article_line(article_meta(article), text)
        for span in group:
            yield orjson.dumps(span_record(span), option=OPTIONS).decode()
