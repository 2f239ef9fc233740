"""The passage index: the quotations and sentences of each article, stored once so that claim matching reads
candidates from an index instead of splitting every article on every request (selectors.matching)."""
from collections.abc import Iterable

from django.db import connection, transaction

from annotations.assist.bands import band_rows
from annotations.imports import bulk
from annotations.models import Article, IndexedArticle, Passage, PassageBand, PassageKind


def passages_of(text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, text) of every quotation and sentence of `text`; pysbd's sentences, computed once."""
    from annotations.assist.quotes import find_quotes
    from annotations.assist.text import sentences

    sents = sentences(text)
    found = [(PassageKind.QUOTE, q.start, q.end, q.text) for q in find_quotes(text, sents=sents)]
    found += [(PassageKind.SENTENCE, s.start, s.end, s.text) for s in sents]
    return found


@transaction.atomic
def article_passages_index(article_ids: Iterable[int]) -> int:
    """(Re)write the passages of these articles with their band keys (the index claim matching reads), and mark
    the articles indexed; returns how many passages were written. Costs tens of milliseconds of CPU per 5 KB
    article (sentence splitting), so callers pass batches, not the whole table."""
    ids = list(article_ids)
    passages_drop(ids)
    found = []
    for article_id, text in Article.objects.filter(pk__in=ids).values_list("id", "text").iterator(chunk_size=100):
        found += [{"article_id": article_id, "kind": str(kind), "start": start, "end": end, "text": body}
                  for kind, start, end, body in passages_of(text)]
    passages_store(found)
    IndexedArticle.objects.bulk_create([IndexedArticle(article_id=pk) for pk in ids], batch_size=1000,
                                       update_conflicts=True, unique_fields=["article"], update_fields=["indexed_at"])
    return len(found)


def passages_drop(article_ids: list[int]) -> None:
    """Delete these articles' passages and their band rows: two DELETEs, the bands' first (the passages' foreign
    key does not cascade). The bands are found through their passages' ids (both columns indexed), not by their
    article_id, which no index covers: that was a scan of every article's bands."""
    PassageBand.objects.filter(passage_id__in=Passage.objects.filter(article_id__in=article_ids).values("id")).delete()
    Passage.objects.filter(article_id__in=article_ids).delete()


def passages_store(found: list[dict]) -> list[int]:
    """Insert passages (dicts of Passage's columns) with their band keys; returns the passages' ids. Plain inserts
    (binary COPY on PostgreSQL), not the ORM: ~70 passages and ~900 band rows per article, which model instances
    made the larger part of the cost. The one writer of the passage index (the benchmark COPYs the same band_rows)."""
    with connection.cursor() as cursor:
        passage_ids = bulk.insert_values(cursor, Passage, [[row[c] for c in bulk.columns(Passage)] for row in found])
        bulk.insert_values(cursor, PassageBand, [  # band_rows' tuples are in BAND_COLUMNS order, the table's
            band for pk, row in zip(passage_ids, found) for band in band_rows(pk, row["article_id"], row["text"])])
    return passage_ids
