"""Spans grouped by article, with the article's text: for the formats whose record is a document (doccano,
Label Studio), which carry the text so that a file imports into a workbench that has never seen the article.

Spans come in export order, article hash first, so an article's spans are consecutive. Texts are read per batch of
spans, one query for the batch's articles (the export querysets defer article.text)."""
from annotations.models import Article

BATCH = 500


def articles_with_spans(spans):
    """(article, text, [spans]) for each article, in the order the spans come."""
    texts: dict[int, str] = {}
    current, group = None, []
    batch = []

    def flush_batch():
        wanted = {span.article_id for span in batch} - set(texts)
        texts.update(Article.objects.filter(pk__in=wanted).values_list("pk", "text"))

    def groups(items):
        nonlocal current, group
        for span in items:
            if current is not None and span.article_id != current.pk:
                yield current, texts.pop(current.pk), group
                group = []
            current = span.article
            group.append(span)

    for span in spans:
        batch.append(span)
        if len(batch) == BATCH:
            flush_batch()
            yield from groups(batch)
            batch = []
    flush_batch()
    yield from groups(batch)
    if current is not None:
        yield current, texts.pop(current.pk), group


def article_meta(article) -> dict:
    """What a document format keeps of an article besides its text."""
    return {
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "sha256": article.text_sha256,
        "title": article.title,
        "url": article.url,
    }
