"""The jsonl span export record, declared once.

A Record names its model, the order of its rows and its fields in key order (the order orjson's OPT_SORT_KEYS
writes, so the order PostgreSQL must write them in too). A Field reads a Django lookup path from the record's row
and spells its value one way; an Object nests fields of the same row; a Many nests one record per related row.

Everything that writes the record is built from these declarations: records.py (from model instances and from the
positional light rows of rows.py) and pg_jsonl.py (the same record spelt in SQL: keys, joins, ORDER BYs and the
timestamp format). tests/exports/test_record_paths.py holds every path to the same bytes on SQLite and PostgreSQL."""
import datetime
from dataclasses import dataclass

from annotations.models import Evidence, Review, Span

# How a value is spelt in the record.
VALUE = "value"  # as stored (str, int or None)
TEXT = "text"  # as text (a uuid, hyphenated lowercase)
BLANK_AS_NULL = "blank_as_null"  # "" becomes null
TIMESTAMP = "timestamp"  # see TimestampFormat


@dataclass(frozen=True)
class TimestampFormat:
    """ISO 8601 in `zone` to the second, then ".ffffff" only when the microseconds are not zero, then `suffix`
    in place of the offset: 2025-01-02T03:04:05Z, 2025-01-02T03:04:05.000010Z."""

    zone: datetime.tzinfo
    zone_name: str  # the same zone as PostgreSQL names it
    separator: str
    suffix: str


TIMESTAMP_FORMAT = TimestampFormat(zone=datetime.UTC, zone_name="UTC", separator="T", suffix="Z")


@dataclass(frozen=True)
class Field:
    key: str
    path: str = ""  # a Django lookup from the record's model ("author__username"); the key if empty
    spelling: str = VALUE

    def __post_init__(self):
        if not self.path:
            object.__setattr__(self, "path", self.key)


@dataclass(frozen=True)
class Object:
    key: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Many:
    key: str
    relation: str  # the related name from the parent record's model
    record: "Record"


@dataclass(frozen=True)
class Record:
    model: type
    order: tuple[str, ...]  # Django order_by paths of the rows (the lines, or the items of a Many)
    fields: tuple[Field | Object | Many, ...]

    def __post_init__(self):
        for fields in (self.fields, *(f.fields for f in self.fields if isinstance(f, Object))):
            keys = [f.key for f in fields]
            if keys != sorted(set(keys)):
                raise ValueError(f"{self.model.__name__} record: keys must be unique and sorted, got {keys}")


EVIDENCE = Record(Evidence, order=("id",), fields=(
    Field("added_by", "added_by__username"),
    Field("excerpt"),
    Field("source_article_id", "source__article_id"),
    Field("source_article_sha256", "source__article__text_sha256"),
    Field("source_end"),
    Field("source_start"),
    Field("source_title", "source__title"),
    Field("source_url", "source__url"),
    Field("stance"),
))

REVIEW = Record(Review, order=("created_at", "id"), fields=(
    Field("comment"),
    Field("created_at", spelling=TIMESTAMP),
    Field("decision"),
    Field("explanation"),
    Field("reviewer", "reviewer__username"),
    Field("span_version"),
    Field("verdict"),
))

# The lines' order: stable across databases (no auto ids), so re-exports and exports from a restored copy diff
# cleanly. selectors.EXPORT_ORDER is read from here (pg_jsonl only writes querysets in this order).
SPAN = Record(Span, order=("article__text_sha256", "start", "end", "tag", "uid"), fields=(
    Object("article", (
        Field("id", "article_id"),
        Field("outlet", "article__outlet"),
        Field("sha256", "article__text_sha256"),
        Field("title", "article__title"),
        Field("url", "article__url"),
    )),
    Field("author", "author__username"),
    Field("cluster_id", spelling=BLANK_AS_NULL),
    Field("created_at", spelling=TIMESTAMP),
    Field("end"),
    Many("evidence", "evidence", EVIDENCE),
    Field("id", "uid", TEXT),
    Field("note"),
    Field("prefix"),
    Many("reviews", "reviews", REVIEW),
    Field("speaker"),
    Field("start"),
    Field("status"),
    Field("suffix"),
    Field("tag"),
    Field("text"),
    Field("updated_at", spelling=TIMESTAMP),
))
