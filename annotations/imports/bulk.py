"""Bulk reads and writes for the import writer, in plain SQL over a given cursor (the writer may run them on its own
thread over the import's connection). Rows go in exactly as given: no model instances, no defaults, no auto_now,
with PostgreSQL's COPY where available and one INSERT per row elsewhere (SQLite is in-process: a row costs
microseconds).

The loader has validated every row with the services' own checks before it gets here; this module only stores.
Audit rows are copied from the stored rows by the database itself (INSERT … SELECT), as django-simple-history's
bulk_history_create would build them: bulk writes send no signals."""
import operator
import re

from django.db import connections, router

BATCH_SIZE = 2000
IN_CHUNK = 500  # values per IN (…) list where the database has no arrays


def _connection(model):
    return connections[router.db_for_write(model)]


def _fields(model):
    """The concrete non-pk fields, in table order: what a row dict carries (by attname)."""
    return [f for f in model._meta.concrete_fields if not f.primary_key]


def row_of(model, obj) -> dict:
    return {f.attname: getattr(obj, f.attname) for f in _fields(model)}


def select(cursor, model, attnames: list[str], key: str, values: list) -> list[tuple]:
    """Rows of `attnames` of `model` whose `key` is one of `values`, as Python values."""
    if not values:
        return []
    connection = _connection(model)
    quote = connection.ops.quote_name
    by_attname = {f.attname: f for f in model._meta.concrete_fields}
    fields = [by_attname[name] for name in attnames]
    key_field = by_attname[key]
    columns = ", ".join(quote(f.column) for f in fields)
    prefix = f"SELECT {columns} FROM {quote(model._meta.db_table)} WHERE {quote(key_field.column)}"
    if connection.vendor == "postgresql":
        cursor.execute(f"{prefix} = ANY(%s)", [list(values)])
        return cursor.fetchall()
    rows = []
    prepared = [key_field.get_db_prep_value(v, connection) for v in values]
    for begin in range(0, len(prepared), IN_CHUNK):
        chunk = prepared[begin:begin + IN_CHUNK]
        cursor.execute(f"{prefix} IN ({', '.join(['%s'] * len(chunk))})", chunk)
        rows.extend(tuple(f.to_python(v) for f, v in zip(fields, row)) for row in cursor.fetchall())
    return rows


def _pg_type(field, connection) -> str:
    """The column's type name as psycopg's registry knows it: 'varchar(64)' -> 'varchar', 'bigint' as is."""
    return re.sub(r"\(.*\)$", "", field.db_type(connection)).strip()


def columns(model) -> list[str]:
    """The attnames a value row of `model` carries, in order (every concrete field but the primary key)."""
    return [f.attname for f in _fields(model)]


def insert(cursor, model, rows: list[dict]) -> list[int]:
    """Insert `rows` (attname -> value for every concrete field but the primary key; a missing one takes the
    field's default) and return their new primary keys, in order."""
    if not rows:
        return []
    fields = _fields(model)
    missing = [f for f in fields if f.attname not in rows[0]]
    if missing:  # fields the caller leaves to their defaults (evaluated per row: a default may be uuid4)
        rows = [{**row, **{f.attname: f.get_default() for f in missing}} for row in rows]
    values = operator.itemgetter(*[f.attname for f in fields])
    return insert_values(cursor, model, [values(row) for row in rows])


def insert_values(cursor, model, rows: list) -> list[int]:
    """Insert value rows (sequences in columns(model) order) and return their new primary keys, in order."""
    if not rows:
        return []
    connection = _connection(model)
    fields = _fields(model)
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    pk_column = model._meta.pk.column
    ids: list[int] = []
    if connection.vendor == "postgresql":
        names = ", ".join(quote(c) for c in [pk_column, *(f.column for f in fields)])
        # Binary COPY: no text escaping here, no parsing of numbers, uuids and timestamps on the server.
        types = [_pg_type(f, connection) for f in [model._meta.pk, *fields]]
        for begin in range(0, len(rows), BATCH_SIZE):
            batch = rows[begin:begin + BATCH_SIZE]
            # Ids from the table's own identity sequence, reserved in one query per batch.
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                           [model._meta.db_table, pk_column, len(batch)])
            reserved = [pk for (pk,) in cursor.fetchall()]
            with cursor.copy(f"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)") as copy:
                copy.set_types(types)
                for pk, row in zip(reserved, batch):
                    copy.write_row((pk, *row))
            ids.extend(reserved)
        return ids
    names = ", ".join(quote(f.column) for f in fields)
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join(['%s'] * len(fields))})"
    for row in rows:
        cursor.execute(sql, [f.get_db_prep_save(v, connection) for f, v in zip(fields, row)])
        ids.append(cursor.lastrowid)
    return ids


def history_statements(model, ids: list[int], *, user, reason: str, when) -> list[tuple[str, list]]:
    """The '+' audit rows of freshly inserted rows `ids` of `model`, copied from the table by the database: the
    statements (SQL, params), which the writer runs while the next batch is parsed (deferred.py)."""
    if not ids:
        return []
    connection = _connection(model)
    history = model.history.model
    quote = connection.ops.quote_name
    tracked = [quote(f.column) for f in history.tracked_fields]
    columns = ", ".join(tracked + [quote(c) for c in (
        "history_date", "history_change_reason", "history_type", "history_user_id")])
    select_list = ", ".join(tracked)
    date = history._meta.get_field("history_date").get_db_prep_save(when, connection)
    prefix = (f"INSERT INTO {quote(history._meta.db_table)} ({columns}) SELECT {select_list}, %s, %s, '+', %s "
              f"FROM {quote(model._meta.db_table)} WHERE {quote(model._meta.pk.column)}")
    params = [date, reason[:100], getattr(user, "pk", None)]
    if connection.vendor == "postgresql":
        return [(f"{prefix} = ANY(%s)", [*params, list(ids)])]
    chunks = (ids[begin:begin + IN_CHUNK] for begin in range(0, len(ids), IN_CHUNK))
    return [(f"{prefix} IN ({', '.join(['%s'] * len(chunk))})", [*params, *chunk]) for chunk in chunks]
