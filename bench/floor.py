"""The floors: what PostgreSQL itself needs for the same work, run as whole commands like ours.

    python -m bench.floor import FILE      doccano JSONL -> CSV in Python -> COPY FROM into plain tables that
                                           carry the same indexes as the app's (floor_article, floor_span)
    python -m bench.floor export FILE      COPY (SELECT json_build_object(...) ... the export's join ...) TO FILE
"""
import csv
import datetime
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import uuid

import psycopg

CONTEXT = 32

SETUP_SQL = """
DROP TABLE IF EXISTS floor_span, floor_article;
CREATE TABLE floor_article (LIKE annotations_article INCLUDING ALL);
CREATE TABLE floor_span (LIKE annotations_span INCLUDING ALL);
"""

EXPORT_SQL = """
SELECT json_build_object(
  'article', json_build_object('id', a.id, 'outlet', a.outlet, 'sha256', a.text_sha256, 'title', a.title, 'url', a.url),
  'author', au.username, 'created_at', s.created_at, 'end', s."end",
  'evidence', COALESCE((
    SELECT json_agg(json_build_object(
      'added_by', eu.username, 'excerpt', e.excerpt, 'source_article_id', so.article_id,
      'source_article_sha256', sa.text_sha256, 'source_end', e.source_end, 'source_start', e.source_start,
      'source_title', so.title, 'source_url', so.url, 'stance', e.stance) ORDER BY e.id)
    FROM annotations_evidence e JOIN annotations_source so ON so.id = e.source_id
    LEFT JOIN annotations_article sa ON sa.id = so.article_id JOIN auth_user eu ON eu.id = e.added_by_id
    WHERE e.span_id = s.id), '[]'::json),
  'id', s.uid, 'note', s.note, 'prefix', s.prefix,
  'reviews', COALESCE((
    SELECT json_agg(json_build_object(
      'comment', r.comment, 'created_at', r.created_at, 'decision', r.decision, 'explanation', r.explanation,
      'reviewer', ru.username, 'span_version', r.span_version, 'verdict', r.verdict) ORDER BY r.created_at, r.id)
    FROM annotations_review r JOIN auth_user ru ON ru.id = r.reviewer_id WHERE r.span_id = s.id), '[]'::json),
  'speaker', s.speaker, 'start', s.start, 'status', s.status, 'suffix', s.suffix, 'tag', s.tag, 'text', s.text,
  'updated_at', s.updated_at)
FROM annotations_span s JOIN annotations_article a ON a.id = s.article_id JOIN auth_user au ON au.id = s.author_id
WHERE s.status = 'verified'
ORDER BY a.text_sha256, s.start, s."end", s.tag, s.uid
"""


def setup(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(SETUP_SQL)


def truncate(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("TRUNCATE floor_span, floor_article RESTART IDENTITY")


def import_floor(url: str, path: str) -> int:
    now = datetime.datetime.now(datetime.timezone.utc).isoformat()
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as articles, \
            tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spans:
        a_out, s_out = csv.writer(articles), csv.writer(spans)
        article_id = span_id = 0
        with open(path, encoding="utf-8") as source:
            for line in source:
                record = json.loads(line)
                text = record["text"]
                article_id += 1
                a_out.writerow([article_id, record.get("title", ""), text, "", "", "", r"\N", "en",
                                hashlib.sha256(text.encode("utf-8")).hexdigest(), now])
                for start, end, label in record["label"]:
                    span_id += 1
                    s_out.writerow([span_id, uuid.uuid4(), article_id, start, end, text[start:end],
                                    text[max(0, start - CONTEXT):start], text[end:end + CONTEXT], label.lower(), "",
                                    "", 1, "draft", 1, "manual", "", 1, now, now])
        with psycopg.connect(url) as conn, conn.cursor() as cur:
            for table, columns, buffer in (
                ("floor_article", "id, title, text, outlet, author, url, published, language, text_sha256, created_at",
                 articles),
                ("floor_span", 'id, uid, article_id, start, "end", text, prefix, suffix, tag, speaker, note, '
                 "author_id, status, version, origin, cluster_id, updated_by_id, created_at, updated_at", spans),
            ):
                buffer.seek(0)
                with cur.copy(f"COPY {table} ({columns}) FROM STDIN (FORMAT csv, NULL '\\N')") as copy:
                    while block := buffer.read(1 << 20):
                        copy.write(block)
    return span_id


def export_command(url: str, path: str) -> list[str]:
    """psql running the floor export (timed as a whole command, like ours)."""
    # CSV with control-character quote and delimiter: the JSON text goes out as is, without COPY's escaping.
    query = " ".join(EXPORT_SQL.split())
    command = f"\\copy ({query}) TO '{path}' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"
    return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", command]


def main(argv: list[str]) -> None:
    url = os.environ["DATABASE_URL"]
    what, path = argv
    if what == "import":
        print(import_floor(url, path))
    elif what == "export":
        subprocess.run(export_command(url, path), check=True)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
