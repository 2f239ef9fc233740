"""doccano's sequence-labelling JSONL, one article a line: {"text", "label": [[start, end, tag], ...], "meta"}.

doccano counts offsets in code points (Python str indices), as we do. The article's title, URL, outlet, date and
text hash travel in `meta`, which doccano keeps with the example and our importer reads back (meta.title names the
article). doccano holds labels, not who drew them: a span two annotators drew with the same tag is one label."""
import json

from .by_article import article_meta, articles_with_spans


def document(article, text: str, spans) -> dict:
    labels = sorted({(span.start, span.end, span.tag) for span in spans})
    return {"label": [list(label) for label in labels], "meta": article_meta(article), "text": text}


def generate(spans, **context):
    for article, text, group in articles_with_spans(spans):
        yield json.dumps(document(article, text, group), ensure_ascii=False, sort_keys=True) + "\n"
