import json

from .records import span_record


def generate(spans, **context):
    for span in spans:
        yield json.dumps(span_record(span), ensure_ascii=False, sort_keys=True) + "\n"
