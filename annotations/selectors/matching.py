"""Claim matching reads: candidates from an index, never a scan of the corpus, then rescored with the fixed
`matching.score` (nothing fitted per request). At most CANDIDATES rows per table are read and rescored, whatever
the size of the corpus.

Passages (every quotation and sentence of every article, the table that grows fastest): their band keys
(assist.bands), the same method on both databases. One capped B-tree probe per key of the asking text; a passage
found in a probe scores 1 / (rows that probe returned), so a passage met in small, specific buckets outranks one
met in a bucket so common the cap cut it; an exact-text match outranks every band match. The work is at most
(BANDS + 1) x PROBE_MAX index entries, however many passages there are and however alike.

Spans (claims and quotes; fewer, and their status filters): PostgreSQL: pg_trgm's GiST index read nearest first
(`ORDER BY text <-> q LIMIT k`, trigram distance); SQLite: FTS5's MATCH over the text's content words, best bm25
first."""
from django.db import connection

from annotations.assist import bands, matching
from annotations.models import Span, SpanStatus, Tag

# Rows read from each index (spans, passages) per request or per approval.
CANDIDATES = 25
# Rows read from one band's bucket of the passage index: a bound on each probe.
PROBE_MAX = 50
# FTS5 query words per text: the longest content words (a bound on the query, not on the result).
FTS_WORDS = 24
MATCHED_TAGS = (Tag.CLAIM, Tag.QUOTE)

SPAN_COLUMNS = ("id", "article_id", "start", "end", "text", "tag", "status", "cluster_id")
PASSAGE_COLUMNS = ("id", "article_id", "start", "end", "text", "kind")


def _fts_query(text: str) -> str:
    """An FTS5 OR-query of the text's content words, each quoted (so no word is read as an operator)."""
    stop = matching._stop_words()
    words = sorted({w[:matching.MATCH_WORD_MAX] for w in matching.normalise(text[:matching.MATCH_READ_MAX]).split()
                    if w not in stop and len(w) > 1},
                   key=lambda w: (-len(w), w))[:FTS_WORDS]
    return " OR ".join(f'"{w}"' for w in words)


def _candidate_rows(table: str, columns: tuple, where: str, params: list, text: str, limit: int) -> list[dict]:
    """Up to `limit` rows of `table` (alias t) satisfying `where` whose text is most like `text` (its first
    MATCH_READ_MAX characters, what the rescoring reads too), each with its article's title (joined outside the
    index scan, so the plan stays a k-NN scan). One query."""
    text = text[:matching.MATCH_READ_MAX]
    select = ", ".join(f't."{c}"' for c in columns)
    if connection.vendor == "postgresql":
        # No similarity threshold: a `%` filter makes PostgreSQL rank every row over it before the LIMIT.
        nearest = (f"SELECT {select}, t.text <-> %s AS distance FROM {table} t WHERE {where} "
                   f"ORDER BY distance LIMIT %s")
        params = [text, *params, limit]
    else:
        query = _fts_query(text)
        if not query:
            return []
        nearest = (f"SELECT {select}, f.rank AS distance FROM {table}_fts f JOIN {table} t ON t.id = f.rowid "
                   f"WHERE {table}_fts MATCH %s AND {where} ORDER BY distance LIMIT %s")
        params = [query, *params, limit]
    outer = ", ".join(f'n."{c}"' for c in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {outer}, a.title FROM ({nearest}) n JOIN annotations_article a ON a.id = n.article_id "
                       f"ORDER BY n.distance, n.id", params)
        return [dict(zip((*columns, "article_title"), row)) for row in cursor.fetchall()]


def similar_spans(text: str, *, exclude_article=None, exclude_span=None, tag=None, verified=False,
                  limit: int = CANDIDATES) -> list[dict]:
    """Claims and quotes (of `tag` only, if given) most like `text`: verified ones only, or all but rejected."""
    tags = [tag] if tag else list(MATCHED_TAGS)
    where = [f"t.tag IN ({', '.join(['%s'] * len(tags))})"]
    params: list = list(tags)
    where.append("t.status = %s" if verified else "t.status <> %s")
    params.append(SpanStatus.VERIFIED if verified else SpanStatus.REJECTED)
    if exclude_article is not None:
        where.append("t.article_id <> %s")
        params.append(exclude_article)
    if exclude_span is not None:
        where.append("t.id <> %s")
        params.append(exclude_span)
    return _candidate_rows("annotations_span", SPAN_COLUMNS, " AND ".join(where), params, text, limit)


def similar_passages(text: str, *, exclude_article, limit: int = CANDIDATES) -> list[dict]:
    """Indexed quotations and sentences of other articles most like `text`, by their shared band keys (see the
    module's docstring); one query of BANDS + 1 capped probes."""
    keys = bands.band_keys(text)
    probe = ("SELECT passage_id, {votes} AS votes FROM (SELECT passage_id FROM annotations_passageband "
             "WHERE key = %s AND article_id <> %s ORDER BY salt LIMIT %s) AS bucket")
    probes, params = [], []
    for i, key in enumerate(keys):
        # The exact-text key (the last) is not shared out among its bucket: every exact match outranks band matches.
        exact = i == len(keys) - 1
        probes.append(probe.format(votes=f"{bands.BANDS + 1}.0" if exact else "1.0 / COUNT(*) OVER ()"))
        params += [key, exclude_article, PROBE_MAX]
    select = ", ".join(f't."{c}"' for c in PASSAGE_COLUMNS)
    sql = (f"SELECT {select}, a.title FROM (SELECT passage_id, SUM(votes) AS votes FROM ({' UNION ALL '.join(probes)}) "
           f"AS found GROUP BY passage_id ORDER BY votes DESC, passage_id LIMIT %s) AS best "
           f"JOIN annotations_passage t ON t.id = best.passage_id JOIN annotations_article a ON a.id = t.article_id "
           f"ORDER BY best.votes DESC, t.id")
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit])
        return [dict(zip((*PASSAGE_COLUMNS, "article_title"), row)) for row in cursor.fetchall()]


def span_matches(span: Span, limit: int) -> list[dict]:
    """The spans (claims and quotes, not rejected), indexed quotations and sentences of *other* articles most
    similar to `span`, best first, each with its score and tier (exact / same / similar); weaker than
    matching.SIMILAR is left out. Two queries and at most
    2 x CANDIDATES rows rescored, whatever the number of articles."""
    own_hash = matching.text_hash(span.text)
    candidates = [("span", row) for row in similar_spans(span.text, exclude_article=span.article_id)]
    candidates += [(row["kind"], row) for row in similar_passages(span.text, exclude_article=span.article_id)]
    scored = []
    for kind, row in candidates:
        exact = matching.text_hash(row["text"]) == own_hash
        score = matching.score(span.text, row["text"])
        tier = matching.tier(score, exact)
        if tier is not None:
            scored.append((score, kind, row, tier))
    scored.sort(key=lambda item: (-item[0], item[2]["article_id"], item[2]["start"], item[1]))
    ranked, seen = [], set()
    for score, kind, row, tier in scored:
        where = (row["article_id"], row["start"], row["end"])
        if where in seen:
            continue
        seen.add(where)
        is_span = kind == "span"
        ranked.append({
            "kind": kind, "article": row["article_id"], "start": row["start"], "end": row["end"], "text": row["text"],
            "article_title": row["article_title"], "score": round(score, 3), "tier": tier,
            "span": row["id"] if is_span else None,
            "tag": row["tag"] if is_span else None, "status": row["status"] if is_span else None,
            "cluster_id": (row["cluster_id"] or None) if is_span else None,
        })
        if len(ranked) == limit:
            break
    return ranked
