"""Writes the corpus in the shapes the benchmark needs: doccano JSONL (what import_annotations reads), a Django
fixture of the same rows (what loaddata reads), and, for the export and API runs, the whole annotated corpus
(users, articles, sources, spans, evidence, reviews) COPYed straight into the workbench's tables."""
import datetime
import json

from . import corpus

CONTEXT = 32
APP_TABLES = [
    "annotations_claimset_spans", "annotations_claimset", "annotations_trainingspan", "annotations_trainingsession",
    "annotations_review", "annotations_evidence", "annotations_source", "annotations_span", "annotations_article",
    "annotations_historicalreview", "annotations_historicalevidence", "annotations_historicalspan",
    "annotations_historicalarticle", "annotations_historicalclaimset", "annotations_assignment",
    "annotations_historicalassignment",
]


def write_doccano(path, n: int, seed: int) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for art in corpus.articles(n, seed):
            labels = [[s.start, s.end, s.tag.upper()] for s in art.spans]
            out.write(json.dumps({"title": art.title, "text": art.text, "label": labels}, ensure_ascii=False) + "\n")


def _stamp(minutes: int) -> str:
    return (corpus.EPOCH + datetime.timedelta(minutes=minutes)).isoformat()


def write_fixture(path, n: int, seed: int, importer_pk: int = 1) -> None:
    """The rows import_annotations would create from the doccano file, as a Django fixture (explicit pks)."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("[\n")
        out.write(json.dumps({"model": "auth.user", "pk": importer_pk, "fields": {
            "username": corpus.IMPORTER, "password": "!", "date_joined": _stamp(0)}}))
        span_pk = 0
        for art in corpus.articles(n, seed):
            stamp = _stamp(art.index)
            out.write(",\n" + json.dumps({"model": "annotations.article", "pk": art.index + 1, "fields": {
                "title": art.title, "text": art.text, "outlet": "", "url": "", "published": None, "language": "en",
                "text_sha256": art.sha256, "created_at": stamp}}, ensure_ascii=False))
            for s in art.spans:
                span_pk += 1
                out.write(",\n" + json.dumps({"model": "annotations.span", "pk": span_pk, "fields": {
                    "uid": str(s.uid), "article": art.index + 1, "start": s.start, "end": s.end, "text": s.text,
                    "prefix": art.text[max(0, s.start - CONTEXT):s.start], "suffix": art.text[s.end:s.end + CONTEXT],
                    "tag": s.tag, "speaker": "", "note": "", "author": importer_pk, "status": "draft", "version": 1,
                    "updated_by": importer_pk, "created_at": stamp, "updated_at": stamp}}, ensure_ascii=False))
        out.write("\n]\n")


def _copy(cursor, table: str, columns: list[str], rows) -> None:
    quoted = ", ".join(f'"{c}"' for c in columns)
    with cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def truncate(cursor) -> None:
    cursor.execute(f"TRUNCATE {', '.join(APP_TABLES)} RESTART IDENTITY CASCADE")


def seed(cursor, n: int, seed: int, users: dict[str, int], *, big: bool = True) -> dict:
    """COPY n articles (and the 1,000-span article) with spans, evidence and reviews into the app's tables.
    `users` maps every corpus username to its auth_user id. Returns counts and the big article's id."""
    truncate(cursor)
    now = corpus.EPOCH
    _copy(cursor, "annotations_source", ["id", "url", "title", "publisher", "created_at"],
          ((i + 1, corpus.source_url(i), f"Report {i}", "Statistics Desk", now) for i in range(corpus.SOURCE_POOL)))
    counts = {"articles": 0, "spans": 0, "verified": 0, "evidence": 0, "reviews": 0}
    article_cols = ["id", "title", "text", "outlet", "author", "url", "published", "language", "text_sha256",
                    "created_at"]
    span_cols = ["id", "uid", "article_id", "start", "end", "text", "prefix", "suffix", "tag", "speaker", "note",
                 "author_id", "status", "version", "origin", "cluster_id", "updated_by_id", "created_at", "updated_at"]
    evidence_cols = ["span_id", "source_id", "stance", "excerpt", "added_by_id", "created_at"]
    review_cols = ["uid", "span_id", "reviewer_id", "decision", "verdict", "explanation", "comment", "span_version",
                   "created_at"]
    batch = 2000
    span_id, big_id = 0, None
    for group in _batched(corpus.articles(n, seed), batch):
        a_rows, s_rows, e_rows, r_rows = [], [], [], []
        for art in group:
            stamp = now + datetime.timedelta(minutes=art.index)
            a_rows.append((art.index + 1, art.title, art.text, art.outlet, "", art.url, art.published, "en",
                           art.sha256, stamp))
            span_id = _span_rows(art, art.index + 1, span_id, stamp, users, s_rows, e_rows, r_rows, counts)
        _copy(cursor, "annotations_article", article_cols, a_rows)
        _copy(cursor, "annotations_span", span_cols, s_rows)
        _copy(cursor, "annotations_evidence", evidence_cols, e_rows)
        _copy(cursor, "annotations_review", review_cols, r_rows)
        counts["articles"] += len(a_rows)
    if big:
        art = corpus.big_article(seed)
        big_id = n + 1
        a_rows, s_rows, e_rows, r_rows = [], [], [], []
        a_rows.append((big_id, art.title, art.text, art.outlet, "", art.url, art.published, "en", art.sha256, now))
        span_id = _span_rows(art, big_id, span_id, now, users, s_rows, e_rows, r_rows, counts)
        _copy(cursor, "annotations_article", article_cols, a_rows)
        _copy(cursor, "annotations_span", span_cols, s_rows)
        _copy(cursor, "annotations_evidence", evidence_cols, e_rows)
        _copy(cursor, "annotations_review", review_cols, r_rows)
    for table in ("annotations_source", "annotations_article", "annotations_span", "annotations_evidence",
                  "annotations_review"):
        cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1)) FROM {table}")
    cursor.execute("ANALYZE")
    counts["big_article_id"] = big_id
    return counts


def _batched(iterable, size):
    group = []
    for item in iterable:
        group.append(item)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group


def _span_rows(art, article_id, span_id, stamp, users, s_rows, e_rows, r_rows, counts) -> int:
    text = art.text
    for s in art.spans:
        span_id += 1
        author = users[s.author]
        reviewer = users[s.review[0]] if s.review else None
        version = 1 + (s.status != "draft") + len(s.evidence) + (s.review is not None)
        s_rows.append((span_id, s.uid, article_id, s.start, s.end, s.text, text[max(0, s.start - CONTEXT):s.start],
                       text[s.end:s.end + CONTEXT], s.tag, s.speaker, "", author, s.status, version, "manual", "",
                       reviewer or author, stamp, stamp))
        for source_index, stance, excerpt in s.evidence:
            e_rows.append((span_id, source_index + 1, stance, excerpt, author, stamp))
        if s.review:
            _, verdict, explanation, uid = s.review
            r_rows.append((uid, span_id, reviewer, "approve", verdict, explanation, "", version - 1, stamp))
        counts["spans"] += 1
        counts["verified"] += s.status == "verified"
        counts["evidence"] += len(s.evidence)
        counts["reviews"] += s.review is not None
    return span_id

