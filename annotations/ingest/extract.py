"""From what a user brought (a pasted text, an uploaded .txt/.md/.html file, a fetched page) to an ArticleDraft:
the text exactly as it will be stored, and the metadata found with it. HTML goes through trafilatura (main text
without navigation, comments or "Leave a Reply" boilerplate; title, author, site name, date, canonical URL), which
works offline: nothing is downloaded here (annotations/ingest/fetch.py is the only thing that fetches)."""
import datetime
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from lxml import html as lxml_html

from django.core.exceptions import ValidationError

from annotations.rules.fields import invalid, normalize_url
from annotations.rules.limits import ARTICLE_AUTHOR_MAX, OUTLET_MAX, TITLE_MAX

from .headline import headline_from_text

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


@dataclass
class ArticleDraft:
    """An article before it is saved: what the preview shows and the user edits (everything but the text)."""

    text: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: datetime.date | None = None
    language: str = ""
    source: str = "text"  # text | file | html | url: where it came from, for the preview
    notes: list[str] = field(default_factory=list)


def decode_text(data: bytes, *, field_name: str, charset: str | None = None) -> str:
    """Bytes of a text file as str: UTF-8 unless the server said otherwise; a leading byte-order mark is not text.
    Line breaks are left exactly as they are (offsets count them)."""
    try:
        text = data.decode(charset or "utf-8")
    except (UnicodeDecodeError, LookupError):
        what = "page" if field_name == "url" else field_name
        raise invalid(field_name, f"The {what} is not valid {charset or 'UTF-8'} text.", "invalid_encoding")
    return text.removeprefix("\ufeff")


def draft_from_text(text: str, *, source: str = "text") -> ArticleDraft:
    return ArticleDraft(text=text, title=headline_from_text(text), source=source)


def _page_language(document) -> str:
    try:
        tree = lxml_html.document_fromstring(document)
    except (ValueError, lxml_html.etree.ParserError):
        return ""
    value = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    return value.lower() if LANGUAGE.match(value) else ""


def _date(value) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _url_or_empty(*candidates) -> str:
    """The first candidate that is a storable http(s) URL (a page may name a relative or odd canonical URL)."""
    for value in candidates:
        try:
            return normalize_url(value) if value else ""
        except ValidationError:
            continue
    return ""


def draft_from_html(document: str | bytes, *, url: str = "", field_name: str = "html",
                    source: str = "html") -> ArticleDraft:
    """Main text and metadata of a news page. The text is trafilatura's, one paragraph a line."""
    # Imported here, not at the top: trafilatura is the slowest import of the app and only this reads HTML, so
    # every process that never extracts a page (workers, commands, the test suite) starts without it.
    import trafilatura

    result = trafilatura.bare_extraction(
        document, url=url or None, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (result.text or "") if result is not None else ""
    if not text.strip():
        raise invalid(field_name, "No article text could be found in this page.", "no_text")
    notes = []
    if result.title is None:
        notes.append("The page names no title: the first line of the text stands in.")
    return ArticleDraft(
        text=text,
        title=((result.title or "").strip() or headline_from_text(text))[:TITLE_MAX],
        outlet=(result.sitename or "").strip()[:OUTLET_MAX],
        author=(result.author or "").strip()[:ARTICLE_AUTHOR_MAX],
        url=_url_or_empty(result.url, url),
        published=_date(result.date),
        language=(result.language or _page_language(document) or "").split("-")[0],
        source=source,
        notes=notes,
    )


def draft_from_file(name: str, data: bytes) -> ArticleDraft:
    """An uploaded .txt/.md (the text as it is) or .html/.htm (a saved web page, through trafilatura)."""
    suffix = PurePath(name or "").suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return draft_from_text(decode_text(data, field_name="file"), source="file")
    if suffix in HTML_SUFFIXES:
        return draft_from_html(data, field_name="file", source="file")
    allowed = ", ".join(TEXT_SUFFIXES + HTML_SUFFIXES)
    raise invalid("file", f"{name or 'The file'} is not one of {allowed}.", "unsupported_file_type")
