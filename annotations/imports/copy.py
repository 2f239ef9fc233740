"""Bulk writes for the loader: PostgreSQL's COPY where available, bulk_create elsewhere.

Rows reach the database exactly as bulk_create would write them (auto_now stamps, defaults, primary keys set
on the objects), but COPY skips the per-row parameter arrays that dominated the import's profile. Primary keys
come from the table's own identity sequence, reserved in one query per batch."""
from django.db import connections, models, router
from django.utils import timezone

BATCH_SIZE = 2000
# Field types whose Python values psycopg's COPY writes as they are.
PLAIN = (models.CharField, models.TextField, models.IntegerField, models.BigIntegerField, models.UUIDField,
         models.DateTimeField, models.DateField, models.BooleanField, models.ForeignKey, models.AutoField,
         models.BigAutoField)


def copy_create(model, objs: list) -> list:
    if not objs:
        return objs
    connection = connections[router.db_for_write(model)]
    if connection.vendor != "postgresql":
        return model.objects.bulk_create(objs, batch_size=BATCH_SIZE)
    opts = model._meta
    fields = list(opts.concrete_fields)
    table = connection.ops.quote_name(opts.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    plain = [isinstance(f, PLAIN) for f in fields]
    with connection.cursor() as cursor:
        for begin in range(0, len(objs), BATCH_SIZE):
            batch = objs[begin:begin + BATCH_SIZE]
            missing = [obj for obj in batch if obj.pk is None]
            if missing:
                cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                               [opts.db_table, opts.pk.column, len(missing)])
                for obj, (pk,) in zip(missing, cursor.fetchall()):
                    obj.pk = pk
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for obj in batch:
                    row = []
                    for field, is_plain in zip(fields, plain):
                        value = field.pre_save(obj, True)
                        row.append(value if is_plain else field.get_db_prep_save(value, connection))
                    copy.write_row(row)
            for obj in batch:
                obj._state.adding, obj._state.db = False, connection.alias
    return objs


def copy_history(model, objs: list, *, user, reason: str) -> None:
    """The '+' audit rows of freshly inserted objects, as django-simple-history's bulk_history_create builds them
    (bulk inserts send no signals), written with copy_create."""
    history = model.history.model
    now = timezone.now()
    tracked = [field.attname for field in history.tracked_fields]
    rows = []
    for obj in objs:
        row = history(history_date=now, history_user=user, history_change_reason=reason, history_type="+",
                      **{name: getattr(obj, name) for name in tracked})
        rows.append(row)
    copy_create(history, rows)

