"""Bulk writes for the loader: rows go in exactly as given (no model instances, no defaults, no auto_now), with
PostgreSQL's COPY where available and one INSERT per row elsewhere (SQLite is in-process: a row costs microseconds).

The loader has validated every row with the services' own checks before it gets here; this module only stores.
Audit rows are copied from the stored rows by the database itself (INSERT … SELECT), as django-simple-history's
bulk_history_create would build them: bulk writes send no signals."""
from django.db import connections, router

BATCH_SIZE = 2000
IN_CHUNK = 500  # ids per IN (…) list where the database has no arrays


def _connection(model):
    return connections[router.db_for_write(model)]


def _fields(model):
    """The concrete non-pk fields, in table order: what a row dict must carry (by attname)."""
    return [f for f in model._meta.concrete_fields if not f.primary_key]


def insert(model, rows: list[dict]) -> list[int]:
    """Insert `rows` (attname -> value for every concrete field but the primary key) and return their new primary
    keys, in order."""
    if not rows:
        return []
    connection = _connection(model)
    fields = _fields(model)
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    pk_column = model._meta.pk.column
    names = [f.attname for f in fields]
    ids: list[int] = []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            columns = ", ".join(quote(c) for c in [pk_column, *(f.column for f in fields)])
            for begin in range(0, len(rows), BATCH_SIZE):
                batch = rows[begin:begin + BATCH_SIZE]
                # Ids from the table's own identity sequence, reserved in one query per batch.
                cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                               [model._meta.db_table, pk_column, len(batch)])
                reserved = [pk for (pk,) in cursor.fetchall()]
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for pk, row in zip(reserved, batch):
                        copy.write_row((pk, *[row[name] for name in names]))
                ids.extend(reserved)
            return ids
        columns = ", ".join(quote(f.column) for f in fields)
        sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"
        for row in rows:
            cursor.execute(sql, [f.get_db_prep_save(row[f.attname], connection) for f in fields])
            ids.append(cursor.lastrowid)
    return ids


def insert_history(model, ids: list[int], *, user, reason: str, when) -> None:
    """The '+' audit rows of freshly inserted rows `ids` of `model`, copied from the table by the database."""
    if not ids:
        return
    connection = _connection(model)
    history = model.history.model
    quote = connection.ops.quote_name
    tracked = [quote(f.column) for f in history.tracked_fields]
    columns = ", ".join(tracked + [quote(c) for c in (
        "history_date", "history_change_reason", "history_type", "history_user_id")])
    select = ", ".join(tracked)
    date = history._meta.get_field("history_date").get_db_prep_save(when, connection)
    prefix = (f"INSERT INTO {quote(history._meta.db_table)} ({columns}) SELECT {select}, %s, %s, '+', %s "
              f"FROM {quote(model._meta.db_table)} WHERE {quote(model._meta.pk.column)}")
    params = [date, reason[:100], getattr(user, "pk", None)]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"{prefix} = ANY(%s)", [*params, list(ids)])
            return
        for begin in range(0, len(ids), IN_CHUNK):
            chunk = ids[begin:begin + IN_CHUNK]
            cursor.execute(f"{prefix} IN ({', '.join(['%s'] * len(chunk))})", [*params, *chunk])
