"""Readers: one generator per container format, yielding (record, line) pairs. A record that cannot be decoded is
yielded as a RecordError in its place, so the loader reports it with its line number and carries on."""
import json
from pathlib import Path
from typing import BinaryIO, Iterator

from annotations import jsonparse

from .errors import RecordError

CHUNK = 64 * 1024


def jsonl_records(stream: BinaryIO) -> Iterator[tuple[object, int]]:
    """One JSON value per line; blank lines are skipped. Lines are decoded one at a time (never the whole file)."""
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield RecordError("encoding", f"not valid UTF-8 at byte {exc.start} of the line"), number
            continue
        if number == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        try:
            value = jsonparse.loads(line)
        except jsonparse.TooDeep as exc:
            yield RecordError("json", str(exc), exc.code), number
        except json.JSONDecodeError as exc:
            yield RecordError("json", f"invalid JSON: {exc.msg} (column {exc.colno})"), number
        else:
            yield value, number


def json_array_records(stream: BinaryIO) -> Iterator[tuple[object, int]]:
    """The items of a top-level JSON array, parsed one at a time from a buffered stream; `line` is the 1-based item
    number. A file holding a single object (or JSON lines) is accepted too: each top-level value is an item."""
    decoder = json.JSONDecoder()
    import codecs

    utf8 = codecs.getincrementaldecoder("utf-8")()
    buffer, offset, number, eof, in_array, started = "", 0, 0, False, False, False

    def more() -> bool:
        nonlocal buffer, offset, eof
        if eof:
            return False
        chunk = stream.read(CHUNK)
        buffer = buffer[offset:]
        offset = 0
        if not chunk:
            eof = True
            buffer += utf8.decode(b"", final=True)
            return False
        buffer += utf8.decode(chunk)
        return True

    while True:
        while offset < len(buffer) and buffer[offset] in " \t\r\n,\ufeff":
            offset += 1
        if offset >= len(buffer):
            try:
                if more():
                    continue
            except UnicodeDecodeError as exc:
                yield RecordError("encoding", f"not valid UTF-8 near byte {exc.start} of a read block"), number + 1
                return
            return
        if not started:
            started = True
            if buffer[offset] == "[":
                in_array, offset = True, offset + 1
                continue
        if in_array and buffer[offset] == "]":
            return
        try:
            value, end = jsonparse.raw_decode(decoder, buffer, offset)
        except jsonparse.TooDeep as exc:
            yield RecordError("json", str(exc), exc.code), number + 1
            return
        except json.JSONDecodeError as exc:
            try:
                if more():
                    continue
            except UnicodeDecodeError as uexc:
                yield RecordError("encoding", f"not valid UTF-8 near byte {uexc.start} of a read block"), number + 1
                return
            yield RecordError("json", f"invalid JSON: {exc.msg}"), number + 1
            return
        number += 1
        offset = end
        yield value, number


def text_folder_records(folder: Path) -> Iterator[tuple[object, str]]:
    """Every *.txt in a folder, as {title, text}; the 'line' is the file name."""
    for path in sorted(folder.glob("*.txt")):
        try:
            # Bytes, not read_text(): newline translation would change the text the offsets count.
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            yield RecordError("encoding", f"not valid UTF-8 at byte {exc.start}"), path.name
            continue
        yield {"text": text}, path.name


def records(source, fmt: str):
    """(record, line) pairs of a path, a folder of .txt files (the 'articles' format) or a binary stream, read by
    the container the format uses: JSON lines, or a JSON array (W3C collections and pages unpacked)."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        if path.is_dir():
            if fmt != "articles":
                raise ValueError(f"{path} is a folder; only the 'articles' format reads a folder of .txt files")
            yield from text_folder_records(path)
            return
        with path.open("rb") as stream:
            yield from records(stream, fmt)
        return
    if fmt in ("jsonl", "doccano", "articles"):
        yield from jsonl_records(source)
    else:
        for value, number in json_array_records(source):
            items = value.get("items") if isinstance(value, dict) and value.get("type") in (
                "AnnotationCollection", "AnnotationPage") else None
            if items is None and isinstance(value, dict) and isinstance(value.get("first"), dict):
                items = value["first"].get("items")
            if items is None:
                yield value, number
            else:
                for index, item in enumerate(items, start=1):
                    yield item, f"{number}.{index}"


def file_name(source, filename: str | None) -> str:
    if filename:
        return filename
    if isinstance(source, (str, Path)):
        return str(source)
    return getattr(source, "name", None) or "upload"
