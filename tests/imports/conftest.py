import io
import json

import pytest

from annotations.offsets import cp_to_utf16

# Everything that breaks naive offsets, before the spans: a decomposed accent (e + U+0301), a ZWJ emoji sequence,
# a non-BMP character and CRLF line endings.
TRICKY_TEXT = (
    "Cafe\u0301 owners \U0001F469\u200d\U0001F469\u200d\U0001F467 met.\r\n"
    "The \U0001F539 minister said 40% of voters agree.\r\n"
    "Critics disagree strongly with the minister.\r\n"
)
CLAIM = "40% of voters agree"
OPINION = "Critics disagree strongly"


def cp(needle: str) -> tuple[int, int]:
    start = TRICKY_TEXT.index(needle)
    return start, start + len(needle)


def utf16(needle: str) -> tuple[int, int]:
    start, end = cp(needle)
    return cp_to_utf16(TRICKY_TEXT, start), cp_to_utf16(TRICKY_TEXT, end)


def jsonl_file(*records) -> io.BytesIO:
    lines = [r if isinstance(r, bytes) else json.dumps(r).encode("utf-8") for r in records]
    stream = io.BytesIO(b"\n".join(lines) + b"\n")
    stream.name = "upload.jsonl"
    return stream


def json_file(value) -> io.BytesIO:
    stream = io.BytesIO(json.dumps(value).encode("utf-8"))
    stream.name = "upload.json"
    return stream


@pytest.fixture
def tricky_article(db):
    from annotations import services

    return services.article_create(title="Tricky", text=TRICKY_TEXT, url="https://news.example.org/tricky")
