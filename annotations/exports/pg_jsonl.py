"""The jsonl export on PostgreSQL: the database writes each line.

records.span_record stays the one definition of a line; this is the same record spelt in SQL, so that PostgreSQL
builds the JSON while it reads the rows (what the benchmark's floor does) instead of sending columns for Python to
assemble. row_to_json writes compact JSON with the columns in the order given (the record's sorted keys) and escapes
strings exactly as orjson does; timestamps are spelt like records.iso (UTC, microseconds only when non-zero, "Z").
tests/exports/test_pg_jsonl.py holds the two spellings to the same bytes."""
import psycopg
from django.db import connections
from django.db.models.expressions import RawSQL


def _iso(column: str) -> str:
    utc = f"({column} AT TIME ZONE 'UTC')"
    return (f"to_char({utc}, 'YYYY-MM-DD\"T\"HH24:MI:SS') || "
            f"CASE WHEN to_char({utc}, 'US') = '000000' THEN '' ELSE to_char({utc}, '.US') END || 'Z'")


def _array(fields: str, source: str, order: str) -> str:
    """A JSON array of objects of `fields` (in key order) over the rows of `source`, sorted by `order`; compact like
    orjson (json_agg puts a blank after each comma), [] when there are none."""
    return (f"COALESCE((SELECT ('[' || string_agg(x.j, ',' ORDER BY {order}) || ']')::json FROM ("
            f"SELECT (SELECT row_to_json(d) FROM (SELECT {fields}) d)::text AS j, {source}) x), '[]'::json)")


SPAN = "annotations_span"  # the alias Django gives the queryset's own table

EVIDENCE = _array(
    "eu.username AS added_by, e.excerpt, so.article_id AS source_article_id, sa.text_sha256 AS source_article_sha256, "
    "e.source_end, e.source_start, so.title AS source_title, so.url AS source_url, e.stance",
    "e.id FROM annotations_evidence e JOIN annotations_source so ON so.id = e.source_id "
    "LEFT JOIN annotations_article sa ON sa.id = so.article_id JOIN auth_user eu ON eu.id = e.added_by_id "
    f"WHERE e.span_id = {SPAN}.id",
    "x.id",
)

REVIEWS = _array(
    f"r.comment, {_iso('r.created_at')} AS created_at, r.decision, r.explanation, ru.username AS reviewer, "
    "r.span_version, r.verdict",
    f"r.created_at, r.id FROM annotations_review r JOIN auth_user ru ON ru.id = r.reviewer_id "
    f"WHERE r.span_id = {SPAN}.id",
    "x.created_at, x.id",
)

LINE = f"""(SELECT row_to_json(line)::text FROM (SELECT
  (SELECT row_to_json(a) FROM (SELECT art.id, art.outlet, art.text_sha256 AS sha256, art.title, art.url) a) AS article,
  au.username AS author,
  NULLIF({SPAN}.cluster_id, '') AS cluster_id,
  {_iso(f"{SPAN}.created_at")} AS created_at,
  {SPAN}."end" AS "end",
  {EVIDENCE} AS evidence,
  {SPAN}.uid::text AS id,
  {SPAN}.note AS note,
  {SPAN}.prefix AS prefix,
  {REVIEWS} AS reviews,
  {SPAN}.speaker AS speaker,
  {SPAN}.start AS start,
  {SPAN}.status AS status,
  {SPAN}.suffix AS suffix,
  {SPAN}.tag AS tag,
  {SPAN}.text AS text,
  {_iso(f"{SPAN}.updated_at")} AS updated_at
  FROM annotations_article art, auth_user au
  WHERE art.id = {SPAN}.article_id AND au.id = {SPAN}.author_id) line)"""


# COPY's CSV format with a quote and a delimiter that JSON text never holds raw (it escapes every control
# character), so each line goes out exactly as the database wrote it, one row per line.
COPY_OPTIONS = "(FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"


def lines(queryset):
    """The jsonl lines of `queryset`'s spans, in its order, streamed by COPY … TO STDOUT: no rows to fetch and
    decode in Python, memory flat however many spans there are."""
    rows = queryset.prefetch_related(None).annotate(jsonl_line=RawSQL(LINE, ())).values_list("jsonl_line", flat=True)
    sql, params = rows.query.sql_with_params()
    with connections[rows.db].cursor() as cursor:
        # COPY takes no bind parameters: psycopg's client-side binding (Django's default cursor) spells them in.
        raw = cursor.cursor
        mogrify = raw.mogrify if hasattr(raw, "mogrify") else psycopg.ClientCursor(raw.connection).mogrify
        statement = mogrify(f"COPY ({sql}) TO STDOUT {COPY_OPTIONS}", params)
        with cursor.copy(statement) as copy:
            for row in copy:
                yield bytes(row).decode("utf-8")
