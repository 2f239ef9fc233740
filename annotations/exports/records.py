"""The plain-data record of one span, shared by the formats. Keys are sorted when serialised.

span_record is built from the declaration in record_spec.py: a Layout turns a record's declaration into the
positional row it is read from, (id, *columns, *related), and the function that builds the record from such a row.
Model instances are read into that row here; exports/rows.py reads it straight from the database."""
from operator import itemgetter

from django.conf import settings

from annotations.models import Decision

from .record_spec import BLANK_AS_NULL, SPAN, TEXT, TIMESTAMP, TIMESTAMP_FORMAT, Field, Many, Object


def iso(value) -> str | None:
    """A timestamp as record_spec.TIMESTAMP_FORMAT spells it (isoformat writes microseconds only when non-zero)."""
    if value is None:
        return None
    fmt = TIMESTAMP_FORMAT
    return value.astimezone(fmt.zone).replace(tzinfo=None).isoformat(fmt.separator) + fmt.suffix


SPELL = {TEXT: str, BLANK_AS_NULL: lambda value: value or None, TIMESTAMP: iso}


def _leaves(fields):
    for field in fields:
        if isinstance(field, Field):
            yield field
        elif isinstance(field, Object):
            yield from _leaves(field.fields)


def _getter(indices):
    """A function from a row to the tuple of its values at `indices`."""
    if len(indices) == 1:
        index = indices[0]
        return lambda row: (row[index],)
    return itemgetter(*indices) if indices else lambda row: ()


def _path_getter(path: str):
    """`obj.a.b.c` for the lookup "a__b__c", None past a null relation (as the database's outer joins give)."""
    names = path.split("__")

    def get(obj):
        for name in names:
            if obj is None:
                return None
            obj = getattr(obj, name)
        return obj

    return get


class Layout:
    """A record's positional row: its id, then the value of each Field's path (`columns`, in declaration order),
    then one list of child rows per Many (`many`, each with its own Layout in `children`)."""

    def __init__(self, record):
        self.record = record
        self.columns = tuple(dict.fromkeys(field.path for field in _leaves(record.fields)))
        self.many = tuple(field for field in record.fields if isinstance(field, Many))
        self.children = tuple(Layout(many.record) for many in self.many)
        index = {path: n for n, path in enumerate(self.columns, start=1)}
        related = {many.key: len(self.columns) + 1 + n for n, many in enumerate(self.many)}
        self.build = self._builder(record.fields, index, related)
        self._gets = tuple(_path_getter(path) for path in self.columns)
        self._order = tuple(_path_getter(path) for path in record.order)  # ascending, as record_spec declares

    def _builder(self, fields, index, related):
        plain = [f for f in fields if isinstance(f, Field) and f.spelling not in SPELL]
        keys, values = tuple(f.key for f in plain), _getter([index[f.path] for f in plain])
        spelt = [(f.key, index[f.path], SPELL[f.spelling]) for f in fields
                 if isinstance(f, Field) and f.spelling in SPELL]
        objects = [(f.key, self._builder(f.fields, index, {})) for f in fields if isinstance(f, Object)]
        nested = [(many.key, related[many.key], layout.build) for many, layout in zip(self.many, self.children)
                  if related]

        def build(row) -> dict:
            record = dict(zip(keys, values(row)))
            for key, at, spell in spelt:
                record[key] = spell(row[at])
            for key, build_object in objects:
                record[key] = build_object(row)
            for key, at, build_child in nested:
                record[key] = [build_child(child) for child in row[at]]
            return record

        return build

    def row(self, instance) -> tuple:
        """The positional row of a model instance, its related rows (from the prefetch, if any) in the record's
        order."""
        related = []
        for many, layout in zip(self.many, self.children):
            items = sorted(getattr(instance, many.relation).all(), key=layout.sort_key)
            related.append([layout.row(item) for item in items])
        return (instance.pk, *(get(instance) for get in self._gets), *related)

    def sort_key(self, instance) -> tuple:
        return tuple(get(instance) for get in self._order)


SPAN_LAYOUT = Layout(SPAN)


def span_record(span) -> dict:
    """The record of a span: a model instance (with its article, author, evidence and reviews, prefetched or not)
    or a positional row of SPAN_LAYOUT (from rows.span_rows)."""
    return SPAN_LAYOUT.build(span if isinstance(span, tuple) else SPAN_LAYOUT.row(span))


def final_approval(span):
    """The approving review that verified the span (the latest approval)."""
    approvals = [r for r in span.reviews.all() if r.decision == Decision.APPROVE]
    return approvals[-1] if approvals else None


def public_url(path: str) -> str:
    return f"{settings.FACTCHECK_PUBLIC_URL}/{path.lstrip('/')}"


def article_iri(article) -> str:
    return article.url or public_url(f"articles/{article.text_sha256}")


def span_iri(span) -> str:
    return public_url(f"annotations/{span.uid}")
