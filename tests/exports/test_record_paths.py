"""Every path that writes the jsonl record gives the same bytes for the same awkward data (tests/awkward_data.py):
model instances, light rows and, on PostgreSQL, the SQL that record_spec spells for the database. Runs on both
databases: on SQLite the first two, on PostgreSQL all three."""
import orjson
import pytest
from django.db import connection

from annotations import exports, selectors
from annotations.exports import jsonl, pg_jsonl, record_spec, rows
from annotations.exports.records import span_record
from tests.awkward_data import AWKWARD_TEXTS


def from_models(queryset) -> list[str]:
    return [orjson.dumps(span_record(span), option=jsonl.OPTIONS).decode() for span in queryset]


def from_light_rows(queryset) -> list[str]:
    return list(jsonl.generate(rows.span_rows(queryset, chunk_size=3)))


PATHS = {"light rows": from_light_rows}
if connection.vendor == "postgresql":
    PATHS["postgresql"] = lambda queryset: list(pg_jsonl.lines(queryset))


@pytest.mark.parametrize("path", PATHS)
def test_every_path_writes_the_model_paths_bytes(awkward_spans, path):
    queryset = selectors.export_queryset()
    assert pg_jsonl.supports(queryset)
    expected = from_models(queryset)
    assert len(expected) == len(awkward_spans)
    assert PATHS[path](queryset) == expected


def test_the_exports_door_writes_the_model_paths_bytes(awkward_spans):
    """What the command and the API stream: the SQL on PostgreSQL, light rows elsewhere."""
    queryset = selectors.export_queryset()
    assert "".join(exports.export_chunks(exports.get_format("jsonl"), queryset)) == "".join(from_models(queryset))


def test_a_filtered_export_writes_the_same_bytes(awkward_spans):
    queryset = selectors.export_queryset().filter(status="verified")
    expected = from_models(queryset)
    assert 0 < len(expected) < len(awkward_spans)
    assert "".join(exports.export_chunks(exports.get_format("jsonl"), queryset)) == "".join(expected)


def test_the_awkward_data_reaches_the_record(awkward_spans):
    """The data is as awkward as it claims: if the builder drifted, the equality tests would prove less."""
    text = "".join(from_models(selectors.export_queryset()))
    records = [orjson.loads(line) for line in text.split("\n")[:-1]]  # not splitlines(): U+2028 is raw
    for awkward in AWKWARD_TEXTS:
        assert any(r["note"] == awkward for r in records), awkward
    assert '"created_at":"2024-03-01T12:00:00Z"' in text
    assert '"created_at":"2025-06-07T08:09:10.123456Z"' in text
    assert '"updated_at":"2025-01-02T03:04:05.000010Z"' in text
    assert {r["cluster_id"] for r in records} == {None, "c0ffee"}
    assert {r["speaker"] for r in records} >= {"", AWKWARD_TEXTS[1]}
    evidence = [e for r in records for e in r["evidence"]]
    assert {e["source_article_id"] is None for e in evidence} == {True, False}
    assert {e["source_start"] for e in evidence} >= {None, 4}
    assert any(len(r["evidence"]) == 3 for r in records) and any(not r["evidence"] for r in records)
    for r in records:  # reviews by created_at, then id: the late-created first review comes last
        assert [v["created_at"] for v in r["reviews"]] == sorted(v["created_at"] for v in r["reviews"])
    assert any(len(r["reviews"]) == 4 and r["reviews"][-1]["decision"] == "approve" for r in records)
    same_place = [(r["article"]["id"], r["start"], r["end"], r["tag"]) for r in records]
    assert len(same_place) > len(set(same_place))  # some lines are ordered by uid alone


def test_the_record_order_is_the_selectors_export_order():
    """pg_jsonl only takes querysets in record_spec's order; export_queryset must hand them out in it."""
    assert selectors.EXPORT_ORDER == record_spec.SPAN.order
    assert tuple(selectors.export_queryset().query.order_by) == record_spec.SPAN.order


def test_record_keys_must_be_declared_sorted():
    from annotations.models import Review

    with pytest.raises(ValueError, match="sorted"):
        record_spec.Record(Review, order=("id",), fields=(record_spec.Field("verdict"), record_spec.Field("comment")))
