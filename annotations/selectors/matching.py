"""Claim matching reads: candidates from an index, never a scan of the corpus, then rescored with the fixed
`matching.score` (nothing fitted per request). At most CANDIDATES rows per table are read and rescored, whatever
the size of the corpus.

Both tables the matching reads, spans (claims and quotes) and passages (every quotation and sentence of every
article), are found by their band keys (assist.bands), the same SQL on both databases. One capped B-tree probe
per key of the asking text; a row found in a probe scores 1 / (rows that probe returned), so a row met in small,
specific buckets outranks one met in a bucket so common the cap cut it; an exact-text match outranks every band
match. The work is at most (BANDS + 1) x PROBE_MAX index entries, however many rows there are and however alike.
The span index holds only the spans matching sees (rules.matching), with their tag and whether they are verified,
so the probes filter inside the index: the cluster update's read only the verified ones (a partial index)."""
from django.db import connection
from django.db.models import Q

from annotations.assist import bands, matching
from annotations.models import Span, SpanStatus
from annotations.rules.matching import MATCHED_TAGS

# rules.matching's two rules as query filters (the rules package reads no database), for the reads that select
# such spans in bulk; tests hold each to its function's answer for every tag and status.
MATCHED = Q(tag__in=MATCHED_TAGS) & ~Q(status=SpanStatus.REJECTED)
CLUSTERED = Q(tag__in=MATCHED_TAGS, status=SpanStatus.VERIFIED)

# Rows read from each index (spans, passages) per request or per approval.
CANDIDATES = 25
# Rows read from one band's bucket: a bound on each probe.
PROBE_MAX = 50

SPAN_COLUMNS = ("id", "article_id", "start", "end", "text", "tag", "status", "cluster_id")
PASSAGE_COLUMNS = ("id", "article_id", "start", "end", "text", "kind")


def _best_by_bands(text: str, band_table: str, id_column: str, where: list[str], where_params: list, table: str,
                   columns: tuple, limit: int, outer_where: str = "", outer_params=()) -> list[dict]:
    """The `limit` rows of `table` whose band rows (in `band_table`, pointing at them by `id_column`, filtered by
    the conditions `where`) share most of `text`'s band keys, each with its article's title; one query of
    BANDS + 1 capped probes, then `outer_where` (if any) on the few rows found."""
    keys = bands.band_keys(text)
    probe = (f"SELECT {id_column} AS found_id, {{votes}} AS votes FROM (SELECT {id_column} FROM {band_table} "
             f"WHERE {' AND '.join(['key = %s', *where])} ORDER BY salt LIMIT %s) AS bucket")
    probes, params = [], []
    for i, key in enumerate(keys):
        # The exact-text key (the last) is not shared out among its bucket: every exact match outranks band matches.
        exact = i == len(keys) - 1
        probes.append(probe.format(votes=f"{bands.BANDS + 1}.0" if exact else "1.0 / COUNT(*) OVER ()"))
        params += [key, *where_params, PROBE_MAX]
    select = ", ".join(f't."{c}"' for c in columns)
    sql = (f"SELECT {select}, a.title FROM (SELECT found_id, SUM(votes) AS votes FROM ({' UNION ALL '.join(probes)}) "
           f"AS found GROUP BY found_id ORDER BY votes DESC, found_id LIMIT %s) AS best "
           f"JOIN {table} t ON t.id = best.found_id JOIN annotations_article a ON a.id = t.article_id "
           f"{'WHERE ' + outer_where if outer_where else ''} ORDER BY best.votes DESC, t.id")
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit, *outer_params])
        return [dict(zip((*columns, "article_title"), row)) for row in cursor.fetchall()]


def similar_spans(text: str, *, exclude_article=None, exclude_span=None, tag=None, verified=False,
                  limit: int = CANDIDATES) -> list[dict]:
    """Claims and quotes (of `tag` only, if given) most like `text`: verified ones only, or all but rejected."""
    where, params = [], []
    if verified:  # the partial index's own condition, so the planner reads it
        where.append("verified")
    if tag is not None:
        where.append("tag = %s")
        params.append(tag)
    if exclude_article is not None:
        where.append("article_id <> %s")
        params.append(exclude_article)
    if exclude_span is not None:
        where.append("span_id <> %s")
        params.append(exclude_span)
    # The index is derived from the spans; their status as stored has the last word.
    outer = ("t.status = %s", [SpanStatus.VERIFIED]) if verified else ("t.status <> %s", [SpanStatus.REJECTED])
    return _best_by_bands(text, "annotations_spanband", "span_id", where, params, "annotations_span", SPAN_COLUMNS,
                          limit, *outer)


def similar_passages(text: str, *, exclude_article, limit: int = CANDIDATES) -> list[dict]:
    """Indexed quotations and sentences of other articles most like `text`, by their shared band keys (see the
    module's docstring); one query of BANDS + 1 capped probes."""
    return _best_by_bands(text, "annotations_passageband", "passage_id", ["article_id <> %s"], [exclude_article],
                          "annotations_passage", PASSAGE_COLUMNS, limit)


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
