"""The real jsonl exporter over every span (any status), line by line, for the importer's round-trip tests."""
from annotations import exports, selectors


def export_lines():
    text = "".join(exports.export_chunks(exports.get_format("jsonl"), selectors.export_queryset()))
    return text.splitlines()
