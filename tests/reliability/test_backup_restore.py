"""A full backup restored into an empty database holds exactly what the original held, table by table."""
import shutil
import sqlite3
import subprocess
import uuid

import pytest
from django.db import connection

from annotations import services

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def desk_data(make_span, annotator, reviewer, exporter, emoji_article):
    span = make_span(emoji_article, "Speaking alongside French President Emmanuel Macron", tag="claim",
                     note="🔹 check the transcript")
    span = services.span_submit(span=span, user=annotator)
    services.evidence_add(span=span, user=annotator, stance="supports", url="https://example.org/transcript")
    services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="accurate",
                           explanation="Transcript confirms.")
    make_span(emoji_article, "“A lot of progress has been made.", tag="quote", speaker="Donald Trump")
    services.claim_set_create(name="backup-test", user=exporter)


def table_contents(cursor, tables):
    contents = {}
    for table in tables:
        cursor.execute(f'SELECT * FROM "{table}"')
        contents[table] = sorted(cursor.fetchall(), key=repr)
    return contents


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump/pg_restore need PostgreSQL")
def test_pg_dump_restored_into_an_empty_database_has_every_row(desk_data):
    if not shutil.which("pg_dump"):
        pytest.skip("pg_dump is not installed")
    settings = connection.settings_dict
    conn_args = ["-h", settings["HOST"] or "127.0.0.1", "-p", str(settings["PORT"] or 5432),
                 "-U", settings["USER"] or "postgres"]
    target = f"restore_{uuid.uuid4().hex[:10]}"
    dump = subprocess.run(["pg_dump", "-Fc", *conn_args, settings["NAME"]], capture_output=True, check=True).stdout
    subprocess.run(["createdb", *conn_args, target], check=True)
    try:
        subprocess.run(["pg_restore", "--no-owner", *conn_args, "-d", target], input=dump, check=True)
        import psycopg

        tables = connection.introspection.table_names()
        contents = []
        for dbname in (settings["NAME"], target):  # the same client for both, so values decode alike
            with psycopg.connect(host=conn_args[1], port=conn_args[3], user=conn_args[5], dbname=dbname) as conn:
                contents.append(table_contents(conn.cursor(), tables))
        original, restored = contents
        assert restored == original
        assert len(original["annotations_span"]) == 2 and len(original["annotations_historicalspan"]) >= 4
    finally:
        subprocess.run(["dropdb", *conn_args, "--if-exists", target], check=True)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite online backup")
def test_sqlite_online_backup_has_every_row(desk_data, tmp_path):
    connection.ensure_connection()
    backup_path = tmp_path / "backup.sqlite3"
    target = sqlite3.connect(backup_path)
    connection.connection.backup(target)
    target.close()
    restored_db = sqlite3.connect(":memory:")
    sqlite3.connect(backup_path).backup(restored_db)  # the restore: backup file -> an empty database
    tables = connection.introspection.table_names()
    name = connection.settings_dict["NAME"]
    # Read the original with a plain sqlite3 connection too, so both sides decode values the same way.
    plain = sqlite3.connect(name, uri=name.startswith("file:"))
    original, restored = table_contents(plain.cursor(), tables), table_contents(restored_db.cursor(), tables)
    assert restored == original
    assert len(original["annotations_span"]) == 2
