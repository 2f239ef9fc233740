"""The passage index for a large benchmark corpus, written without sentence splitting.

`index_passages` splits every article with pysbd (tens of milliseconds per article on these machines, most of an
hour at 50,000 articles) before the benchmark could time a single request. The corpus generator already knows
where each of its sentences starts and ends, so the benchmark takes the sentences from there and the quotations
from the workbench's own `find_quotes` over them, then COPYs the rows. It is a fast path for set-up only, so
`check` proves it equal to `services.passages.passages_of` (what `index_passages` writes) on a sample of articles
before any row is written; a difference stops the run."""
from contextlib import contextmanager

from annotations.assist.bands import BAND_COLUMNS, SPAN_BAND_COLUMNS, band_rows
from annotations.assist.quotes import find_quotes
from annotations.assist.text import Segment, Segments
from annotations.models import PassageBand, SpanBand
from annotations.services.passages import passages_of
from annotations.services.span_bands import band_rows_of

from . import corpus
from .data import _copy

BATCH = 2000


def corpus_passages(art: corpus.ArticleData) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, text) as passages_of gives them, from the generator's sentence offsets."""
    text = art.text
    sents = Segments(Segment(start, end, text[start:end]) for start, end in art.sentences)
    found = [("quote", q.start, q.end, q.text) for q in find_quotes(text, sents=sents)]
    found += [("sentence", s.start, s.end, s.text) for s in sents]
    return found


def check(seed: int, sample: int) -> int:
    """Compare with passages_of on the first `sample` articles; returns how many passages were compared. Raises on
    the first difference. (The 1,000-span article is one 100 KB paragraph, which sentences() cuts into pieces, so
    seed() gives it passages_of's own rows.)"""
    compared = 0
    for art in corpus.articles(sample, seed):
        ours, theirs = corpus_passages(art), [(str(k), s, e, t) for k, s, e, t in passages_of(art.text)]
        if ours != theirs:
            diff = next((a, b) for a, b in zip(ours + [None] * len(theirs), theirs + [None] * len(ours)) if a != b)
            raise SystemExit(f"bench passages differ from passages_of on article {art.index}: {diff}")
        compared += len(ours)
    return compared


def seed(cursor, n: int, seed: int, big_article_id: int | None) -> int:
    """COPY the passages of the first n articles (ids 1..n, as bench.data.seed numbers them) and of the 1,000-span
    article with their band keys (assist.bands.band_rows, the rows services.passages writes), and mark them
    indexed. Passage ids are given here (1, 2, ...) so the bands can name them. Returns how many passages were
    written."""
    cursor.execute("TRUNCATE annotations_passage, annotations_passageband, annotations_indexedarticle "
                   "RESTART IDENTITY")
    with _without_indexes(PassageBand, ["passageband_key_idx"]):
        written = _seed(cursor, n, seed, big_article_id)
    cursor.execute("SELECT setval(pg_get_serial_sequence('annotations_passage', 'id'), GREATEST(%s, 1), %s)",
                   [written, written > 0])
    return written


def seed_spans(cursor) -> int:
    """COPY the band rows of every span claim matching sees (the spans bench.data.seed COPYed, which no service
    indexed), computed by services.span_bands.band_rows_of, the function its writer calls; returns rows written."""
    from django.db import connection

    from annotations.rules.matching import MATCHED_TAGS

    cursor.execute("TRUNCATE annotations_spanband RESTART IDENTITY")
    written = 0
    with _without_indexes(SpanBand, ["spanband_key_idx", "spanband_verified_idx"]):
        # A server-side cursor: a million spans' texts are read a batch at a time, never held at once.
        with connection.connection.cursor(name="bench_spans") as spans:
            spans.itersize = BATCH
            spans.execute("SELECT id, article_id, text, tag, status FROM annotations_span WHERE tag = ANY(%s) "
                          "ORDER BY id", [list(MATCHED_TAGS)])
            while batch := spans.fetchmany(BATCH):
                rows = [row for span in batch for row in band_rows_of(*span)]
                _copy(cursor, "annotations_spanband", list(SPAN_BAND_COLUMNS), rows)
                written += len(rows)
    cursor.execute("SELECT setval(pg_get_serial_sequence('annotations_spanband', 'id'), GREATEST(%s, 1), %s)",
                   [written, written > 0])
    return written


@contextmanager
def _without_indexes(model, names: list[str]):
    """Millions of band rows inserted into an indexed table grow the index past memory, one random insert at a
    time (25 minutes at 50,000 articles): drop the key indexes, COPY, and build them once at the end, from the
    model's own declaration so they are the migration's indexes."""
    from django.db import connection

    indexes = [i for i in model._meta.indexes if i.name in names]
    with connection.schema_editor(atomic=False) as editor:
        for index in indexes:
            editor.remove_index(model, index)
    try:
        yield
    finally:
        with connection.cursor() as cursor:  # the rows' deferred foreign-key checks run before the index is built
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        with connection.schema_editor(atomic=False) as editor:
            for index in indexes:
                editor.add_index(model, index)
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def _seed(cursor, n: int, seed: int, big_article_id: int | None) -> int:
    written = 0
    found, marks = [], []
    if big_article_id is not None:
        found += [(big_article_id, str(kind), start, end, text)
                  for kind, start, end, text in passages_of(corpus.big_article(seed).text)]
        marks.append(big_article_id)
    for art in corpus.articles(n, seed):
        found += [(art.index + 1, kind, start, end, text) for kind, start, end, text in corpus_passages(art)]
        marks.append(art.index + 1)
        if len(marks) >= BATCH:
            written += _flush(cursor, found, marks, written)
            found, marks = [], []
    written += _flush(cursor, found, marks, written)
    return written


def _flush(cursor, found, marks, first_id) -> int:
    rows = [(first_id + i + 1, *passage) for i, passage in enumerate(found)]
    _copy(cursor, "annotations_passage", ["id", "article_id", "kind", "start", "end", "text"], rows)
    _copy(cursor, "annotations_passageband", list(BAND_COLUMNS),
          (band for pk, article_id, _, _, _, text in rows for band in band_rows(pk, article_id, text)))
    cursor.execute("INSERT INTO annotations_indexedarticle (article_id, indexed_at) "
                   "SELECT unnest(%s::int[]), now()", [marks])
    return len(rows)
