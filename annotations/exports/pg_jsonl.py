"""The jsonl export on PostgreSQL: the database writes each line.

The SQL is generated from record_spec, the declaration records.span_record is built from, so that PostgreSQL builds
the JSON while it reads the rows (what the benchmark's floor does) instead of sending columns for Python to
assemble. row_to_json writes compact JSON with the columns in the order given (the record's sorted keys) and escapes
strings exactly as orjson does; each lookup path becomes a column of a join, each spelling an SQL expression, each
Many a per-table aggregate. tests/exports/test_record_paths.py holds the spellings to the same bytes."""
import psycopg
from django.db import connections

from .record_spec import BLANK_AS_NULL, SPAN, TEXT, TIMESTAMP, TIMESTAMP_FORMAT, Field, Many, Object


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _iso(column: str) -> str:
    """record_spec.TIMESTAMP_FORMAT in SQL: microseconds only when they are not zero."""
    fmt = TIMESTAMP_FORMAT
    zoned = f"({column} AT TIME ZONE '{fmt.zone_name}')"
    return (f"to_char({zoned}, 'YYYY-MM-DD\"{fmt.separator}\"HH24:MI:SS') || "
            f"CASE WHEN to_char({zoned}, 'US') = '000000' THEN '' ELSE to_char({zoned}, '.US') END || "
            f"'{fmt.suffix}'")


SPELL = {TEXT: lambda column: f"CAST({column} AS text)", BLANK_AS_NULL: lambda column: f"NULLIF({column}, '')",
         TIMESTAMP: _iso}


def _object(fields: str) -> str:
    """A compact JSON object of `fields` ("expr AS key", keys in sorted order), as text."""
    return f"(SELECT row_to_json(d) FROM (SELECT {fields}) d)::text"


class _Tables:
    """The rows of one record: its model's table as `alias` and a join for each relation a lookup path crosses
    (an outer join from the first nullable foreign key on, so a null relation gives null columns, not no row)."""

    def __init__(self, model, alias: str):
        self.model, self.alias, self.joins = model, alias, {}

    def column(self, path: str) -> str:
        *relations, name = path.split("__")
        model, alias, nullable = self.model, self.alias, False
        for relation in relations:
            field = model._meta.get_field(relation)
            nullable = nullable or field.null
            joined = f"{alias}__{relation}"
            if joined not in self.joins:
                self.joins[joined] = (
                    f"{'LEFT JOIN' if nullable else 'JOIN'} {_q(field.related_model._meta.db_table)} {joined} "
                    f"ON {joined}.{_q(field.target_field.column)} = {alias}.{_q(field.column)}")
            model, alias = field.related_model, joined
        return f"{alias}.{_q(model._meta.get_field(name).column)}"

    def order_by(self, paths) -> str:
        return ", ".join(self.column(path) for path in paths)

    def table(self) -> str:
        return f"{_q(self.model._meta.db_table)} {self.alias}"


def _fields(tables: _Tables, fields, ctes: dict) -> str:
    """The SELECT list of `fields` ("expr AS key", in declaration order); a Many adds its aggregate to `ctes`."""
    items = []
    for field in fields:
        if isinstance(field, Field):
            column = tables.column(field.path)
            expression = SPELL[field.spelling](column) if field.spelling in SPELL else column
        elif isinstance(field, Object):
            expression = f"{_object(_fields(tables, field.fields, ctes))}::json"
        else:
            ctes[field.key] = _many(tables.model, field)
            expression = f"COALESCE({_q('items_' + field.key)}.items, '[]')::json"
        items.append(f"{expression} AS {_q(field.key)}")
    return ",\n  ".join(items)


def _many(model, many: Many) -> str:
    """The selected spans' `many` records, aggregated once per span in one pass over the table (hash joins)
    rather than looked up span by span; a compact JSON array like orjson's (json_agg puts a blank after commas)."""
    parent = model._meta.get_field(many.relation).field
    tables = _Tables(many.record.model, many.key)
    nested = {}
    fields = _fields(tables, many.record.fields, nested)
    if nested:
        raise NotImplementedError("a Many inside a Many is not spelt in SQL")
    key = f"{tables.alias}.{_q(parent.column)}"
    joins = "\n  ".join(tables.joins.values())
    return f"""SELECT {key} AS parent_id, '[' || string_agg({_object(fields)}, ',' ORDER BY {
        tables.order_by(many.record.order)}) || ']' AS items
  FROM {tables.table()} JOIN selected ON selected.id = {key}
  {joins}
  GROUP BY {key}"""


def _line_statement(record) -> str:
    """The SELECT of the lines of `record` for the rows in the CTE `selected` (id), in the record's order, with
    %(selected)s where the CTE's query goes."""
    tables, ctes = _Tables(record.model, "span"), {}
    line = _object(_fields(tables, record.fields, ctes))
    order = tables.order_by(record.order)
    pk = _q(record.model._meta.pk.column)
    with_ = "".join(f",\n{_q('items_' + key)} AS ({sql})" for key, sql in ctes.items())
    outer = "".join(f"\n  LEFT JOIN {_q('items_' + key)} ON {_q('items_' + key)}.parent_id = {tables.alias}.{pk}"
                    for key in ctes)
    joins = "".join(f"\n  {join}" for join in tables.joins.values())
    return f"""WITH selected (id) AS MATERIALIZED (%(selected)s){with_}
SELECT {line} FROM selected
  JOIN {tables.table()} ON {tables.alias}.{pk} = selected.id{joins}{outer}
ORDER BY {order}"""


STATEMENT = _line_statement(SPAN)


def supports(queryset) -> bool:
    """Whether lines() can write this queryset: a span queryset in the record's order (selectors.EXPORT_ORDER)."""
    return queryset.model is SPAN.model and tuple(queryset.query.order_by) == SPAN.order


def select_statement(queryset) -> tuple[str, tuple]:
    """The SELECT of the lines of `queryset`'s spans, in export order, and its parameters."""
    selected, params = queryset.order_by().values("pk").query.sql_with_params()
    return STATEMENT.replace("%(selected)s", selected, 1), params


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
