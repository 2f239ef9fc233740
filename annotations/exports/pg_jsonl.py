"""The jsonl export on PostgreSQL: the database writes each line.

records.span_record stays the one definition of a line; this is the same record spelt in SQL, so that PostgreSQL
builds the JSON while it reads the rows (what the benchmark's floor does) instead of sending columns for Python to
assemble. row_to_json writes compact JSON with the columns in the order given (the record's sorted keys) and escapes
strings exactly as orjson does; timestamps are spelt like records.iso (UTC, microseconds only when non-zero, "Z").
tests/exports/test_pg_jsonl.py holds the two spellings to the same bytes."""
import psycopg
from django.db import connections


def _iso(column: str) -> str:
    utc = f"({column} AT TIME ZONE 'UTC')"
    return (f"to_char({utc}, 'YYYY-MM-DD\"T\"HH24:MI:SS') || "
            f"CASE WHEN to_char({utc}, 'US') = '000000' THEN '' ELSE to_char({utc}, '.US') END || 'Z'")


def _object(fields: str) -> str:
    """A compact JSON object of `fields` ("expr AS key", keys in sorted order), as text."""
    return f"(SELECT row_to_json(d) FROM (SELECT {fields}) d)::text"


# The selected spans' evidence and reviews, aggregated once per span in one pass over each table (hash joins)
# rather than looked up span by span; each a compact JSON array like orjson's (json_agg puts a blank after commas).
EVIDENCE = f"""SELECT e.span_id, '[' || string_agg({_object(
    "eu.username AS added_by, e.excerpt, so.article_id AS source_article_id, "
    "sa.text_sha256 AS source_article_sha256, e.source_end, e.source_start, so.title AS source_title, "
    "so.url AS source_url, e.stance")}, ',' ORDER BY e.id) || ']' AS items
  FROM annotations_evidence e JOIN selected ON selected.id = e.span_id
  JOIN annotations_source so ON so.id = e.source_id LEFT JOIN annotations_article sa ON sa.id = so.article_id
  JOIN auth_user eu ON eu.id = e.added_by_id
  GROUP BY e.span_id"""

REVIEWS = f"""SELECT r.span_id, '[' || string_agg({_object(
    f"r.comment, {_iso('r.created_at')} AS created_at, r.decision, r.explanation, ru.username AS reviewer, "
    "r.span_version, r.verdict")}, ',' ORDER BY r.created_at, r.id) || ']' AS items
  FROM annotations_review r JOIN selected ON selected.id = r.span_id JOIN auth_user ru ON ru.id = r.reviewer_id
  GROUP BY r.span_id"""

LINE = _object(f"""{_object("art.id, art.outlet, art.text_sha256 AS sha256, art.title, art.url")}::json AS article,
  au.username AS author,
  NULLIF(s.cluster_id, '') AS cluster_id,
  {_iso("s.created_at")} AS created_at,
  s."end" AS "end",
  COALESCE(ev.items, '[]')::json AS evidence,
  s.uid::text AS id,
  s.note AS note,
  s.prefix AS prefix,
  COALESCE(rv.items, '[]')::json AS reviews,
  s.speaker AS speaker,
  s.start AS start,
  s.status AS status,
  s.suffix AS suffix,
  s.tag AS tag,
  s.text AS text,
  {_iso("s.updated_at")} AS updated_at""")

# selectors.EXPORT_ORDER, spelt in SQL.
ORDER = 'art.text_sha256, s.start, s."end", s.tag, s.uid'


def supports(queryset) -> bool:
    """Whether lines() can write this queryset: a span queryset in export order (what selectors hand out)."""
    from annotations.selectors import EXPORT_ORDER

    return tuple(queryset.query.order_by) == EXPORT_ORDER


def select_statement(queryset) -> tuple[str, tuple]:
    """The SELECT of the lines of `queryset`'s spans, in export order, and its parameters."""
    selected, params = queryset.order_by().values("pk").query.sql_with_params()
    sql = f"""WITH selected (id) AS MATERIALIZED ({selected}),
ev AS ({EVIDENCE}),
rv AS ({REVIEWS})
SELECT {LINE} FROM selected
  JOIN annotations_span s ON s.id = selected.id
  JOIN annotations_article art ON art.id = s.article_id
  JOIN auth_user au ON au.id = s.author_id
  LEFT JOIN ev ON ev.span_id = s.id
  LEFT JOIN rv ON rv.span_id = s.id
ORDER BY {ORDER}"""
    return sql, params


# COPY's CSV format with a quote and a delimiter that JSON text never holds raw (it escapes every control
# character), so each line goes out exactly as the database wrote it, one row per line.
COPY_OPTIONS = "(FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"


def lines(queryset):
    """The jsonl lines of `queryset`'s spans, in its order, streamed by COPY … TO STDOUT: no rows to fetch and
    decode in Python, memory flat however many spans there are."""
    sql, params = select_statement(queryset)
    with connections[queryset.db].cursor() as cursor:
        # COPY takes no bind parameters: psycopg's client-side binding (Django's default cursor) spells them in.
        raw = cursor.cursor
        mogrify = raw.mogrify if hasattr(raw, "mogrify") else psycopg.ClientCursor(raw.connection).mogrify
        statement = mogrify(f"COPY ({sql}) TO STDOUT {COPY_OPTIONS}", params)
        with cursor.copy(statement) as copy:
            for row in copy:
                yield bytes(row).decode("utf-8")
