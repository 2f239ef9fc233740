import orjson

from .records import span_record

# orjson: 5-10x faster than json.dumps here, where serialising is a third of the export's time. Same JSON,
# without the blanks after separators.
OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE


def generate(spans, **context):
    for span in spans:
        yield orjson.dumps(span_record(span), option=OPTIONS).decode()
