"""The loader: validates every candidate with the services' own checks and bulk-writes them. One entry point,
import_annotations(), serves the management command and the API upload alike."""
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from annotations import offsets, roles
from annotations.errors import NotPermitted
from annotations.models import Article, Tag
from annotations.services import article_prepare, check_offsets, text_sha256
from annotations.services.validation import clean_text, normalize_url

from . import readers
from .errors import RecordError, record_error_from
from .formats import PARSERS, ArticleIn
from .writer import BatchWriter

FORMATS = tuple(PARSERS)
FORMAT_ALIASES = {"label-studio": "labelstudio", "label_studio": "labelstudio", "w3c-jsonld": "w3c", "ours": "jsonl"}
BATCH_SIZE = 2000
MAX_ERRORS = 100
DEFAULT_AUTHOR = "importer"
DEFAULT_LABELS = {tag.value: tag.value for tag in Tag}


@dataclass
class ImportReport:
    file: str
    format: str
    records: int = 0
    articles_created: int = 0
    articles_existing: int = 0
    spans_created: int = 0
    spans_existing: int = 0
    evidence_created: int = 0
    reviews_created: int = 0
    users_created: int = 0
    rejected: int = 0
    reanchored: list = field(default_factory=list)  # {line, start, end, method}: placed by quote, not by position
    errors: list = field(default_factory=list)  # {file, line, field, message}
    committed: bool = False

    def as_dict(self) -> dict:
        return asdict(self)


class _Abort(Exception):
    """Roll the atomic import back."""


def parse_label_map(value: str | dict | None) -> dict[str, str]:
    """'CLAIM=claim,Quote=quote' -> {'claim': 'claim', 'quote': 'quote'} (keys case-insensitive), on top of the
    defaults claim/quote/opinion."""
    mapping = {key.casefold(): tag for key, tag in DEFAULT_LABELS.items()}
    if isinstance(value, dict):
        pairs = value.items()
    else:
        pairs = []
        for item in (value or "").split(","):
            if item.strip():
                if "=" not in item:
                    raise ValueError(f"label map entry {item!r} is not LABEL=tag")
                key, tag = item.split("=", 1)
                pairs.append((key, tag))
    for key, tag in pairs:
        tag = tag.strip().casefold()
        if tag not in Tag.values:
            raise ValueError(f"label map: {tag!r} is not a tag (claim, quote, opinion)")
        mapping[key.strip().casefold()] = tag
    return mapping


class ImportContext:
    """What the parsers may ask of the database, with caches, plus the import's options.

    Nothing is written while a record is checked: new articles and users wait in `pending` until the writer
    (writer.py) flushes, so a record that fails half-way leaves no trace without a savepoint per record (undo() forgets what
    it added)."""

    def __init__(self, *, report, user, author, label_map, offset_unit, fuzzy_threshold, article, text_key,
                 skip_invalid):
        self.report = report
        self.skip_invalid = skip_invalid
        self.user = user
        self.default_author = author
        self.label_map = parse_label_map(label_map)
        self.offset_unit = offset_unit
        self.fuzzy_threshold = fuzzy_threshold
        self.article = article
        self.text_key = text_key
        self._articles_by_sha: dict[str, Article] = {}  # read from the database
        self._stored_shas: set[str] = set()  # handed to the writer; their texts are not kept
        self._users: dict[str, object] = {}
        self.pending_articles: dict[str, Article] = {}
        self.pending_users: dict[str, object] = {}
        self._journal: list[tuple[dict, str]] = []
        self.before_read: Callable[[], None] = lambda: None  # the writer's wait(): one statement at a time

    def begin_record(self) -> None:
        self._journal.clear()

    def undo(self) -> None:
        """Forget the articles and users the failed record asked for."""
        while self._journal:
            table, key = self._journal.pop()
            table.pop(key, None)

    def _remember(self, table: dict, key: str, value) -> None:
        table[key] = value
        self._journal.append((table, key))

    def tag_for(self, label, field: str) -> str:
        if isinstance(label, str) and label.strip().casefold() in self.label_map:
            return self.label_map[label.strip().casefold()]
        raise RecordError(field, f"unknown label {label!r}: map it with --label-map LABEL=claim|quote|opinion")

    def article_for_text(self, text: str, **meta) -> Article:
        """The article with this exact text: already known, or a validated new one, stored at the next flush. An
        article the writer has (or will have) stored comes back without its id, which the writer looks up by
        hash; its text is the record's own (the same text, by hash), so texts are not kept across a file."""
        digest = text_sha256(text) if isinstance(text, str) else None
        article = self.pending_articles.get(digest) or self._articles_by_sha.get(digest)
        if article is not None:
            return article
        if digest in self._stored_shas:
            return Article(text=text, text_sha256=digest)
        try:
            article = article_prepare(text=text, user=self.user, **meta)
        except ValidationError as exc:
            raise record_error_from(exc)
        self._remember(self.pending_articles, article.text_sha256, article)
        return article

    def take_pending_articles(self) -> list[Article]:
        articles, self.pending_articles = list(self.pending_articles.values()), {}
        self._stored_shas.update(article.text_sha256 for article in articles)
        return articles

    def article_by_sha(self, digest: str, field: str) -> Article:
        article = self.pending_articles.get(digest) or self._articles_by_sha.get(digest)
        if article is None:
            self.before_read()
            article = Article.objects.filter(text_sha256=digest).first()
            if article is None:
                raise RecordError(field, f"no article has text SHA-256 {digest[:16]}…; import or load it first")
            self._articles_by_sha[digest] = article
        return article

    def article_for_source(self, source, field: str) -> Article:
        """The article a W3C target points at: the --article given, an article whose url it is, one of our IRIs
        ending in /articles/<text hash> (what our W3C export writes) or /articles/<id>, or urn:sha256:<text hash>."""
        if self.article is not None:
            return self.article
        if isinstance(source, dict):
            source = source.get("id")
        if not isinstance(source, str) or not source:
            raise RecordError(field, "the target has no source IRI; pass the article explicitly")
        self.before_read()
        if source.startswith("urn:sha256:"):
            return self.article_by_sha(source.removeprefix("urn:sha256:"), field)
        match = re.search(r"/articles/([0-9a-f]{64})/?$", source)
        if match:
            return self.article_by_sha(match.group(1), field)
        match = re.search(r"/articles/(\d+)/?$", source)
        if match and (article := Article.objects.filter(pk=int(match.group(1))).first()):
            return article
        try:
            url = normalize_url(source)
        except ValidationError:
            url = None
        article = Article.objects.filter(url=url).order_by("id").first() if url else None
        if article is None:
            raise RecordError(field, f"no article matches the target source {source[:100]!r}")
        return article

    def place(self, text: str, start: int, end: int, quoted: str | None, field: str) -> tuple[int, int, str]:
        """Offsets that hold `quoted` (when the format carries the text, the text decides)."""
        if quoted is None:
            return start, end, "position"
        try:
            return offsets.anchor(text, exact=quoted, start=start, end=end, threshold=1.0)
        except offsets.AnchorError as exc:
            raise RecordError(f"{field}.text", f"offsets [{start}:{end}] do not hold the span's text and {exc}")

    def check_offsets(self, text, start, end, prefix: str = "") -> str:
        try:
            return check_offsets(text, start, end)
        except ValidationError as exc:
            raise record_error_from(exc, prefix)

    def normalize_url(self, value, field: str) -> str:
        try:
            return normalize_url(value)
        except ValidationError as exc:
            raise RecordError(field, exc.messages[0])

    def user_for(self, username: str | None, field: str = "author"):
        """The user of this name: stored, or a new one (no usable password) stored at the next flush."""
        username = username or self.default_author
        user = self._users.get(username) or self.pending_users.get(username)
        if user is None:
            self.before_read()
            User = get_user_model()
            user = User.objects.filter(username=username).first()
            if user is not None:
                self._users[username] = user
                return user
            try:
                clean_text("username", username, max_length=150, required=True)
            except ValidationError as exc:
                raise RecordError(field, exc.messages[0])
            user = User(username=username)
            user.set_unusable_password()
            self._remember(self.pending_users, username, user)
        return user

    def flush_users(self) -> None:
        users, self.pending_users = list(self.pending_users.values()), {}
        User = get_user_model()
        for user in users:
            try:
                with transaction.atomic():  # a concurrent import may create the same user first
                    user.save()
                self.report.users_created += 1
            except IntegrityError:
                user.pk = User.objects.get(username=user.get_username()).pk
                user._state.adding = False
            self._users[user.get_username()] = user


def _records(source, fmt: str):
    if isinstance(source, (str, Path)):
        path = Path(source)
        if path.is_dir():
            if fmt != "articles":
                raise ValueError(f"{path} is a folder; only the 'articles' format reads a folder of .txt files")
            yield from readers.text_folder_records(path)
            return
        with path.open("rb") as stream:
            yield from _records(stream, fmt)
        return
    if fmt in ("jsonl", "doccano", "articles"):
        yield from readers.jsonl_records(source)
    else:
        for value, number in readers.json_array_records(source):
            items = value.get("items") if isinstance(value, dict) and value.get("type") in (
                "AnnotationCollection", "AnnotationPage") else None
            if items is None and isinstance(value, dict) and isinstance(value.get("first"), dict):
                items = value["first"].get("items")
            if items is None:
                yield value, number
            else:
                for index, item in enumerate(items, start=1):
                    yield item, f"{number}.{index}"


def _file_name(source, filename: str | None) -> str:
    if filename:
        return filename
    if isinstance(source, (str, Path)):
        return str(source)
    return getattr(source, "name", None) or "upload"


def import_annotations(
    source: str | Path | BinaryIO, *, format: str, user=None, author: str | None = None, label_map=None,
    skip_invalid: bool = False, rejects=None, offset_unit: str = "codepoint", fuzzy_threshold: float = 0.85,
    article: Article | None = None, text_key: str = "text", filename: str | None = None,
    on_record: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import one file (a path, a binary file object such as an upload, or for 'articles' a folder of .txt files).

    Atomic unless skip_invalid: any bad record and nothing is written (report.committed is False and report.errors
    names file, line, field and message). With skip_invalid the good records are written and each bad one goes to
    `rejects` (a text file object) as a JSON line. `user` is who imports (must be staff; None = a trusted command);
    `author` the username that formats without authorship are attributed to (default: `user`, else "importer")."""
    fmt = FORMAT_ALIASES.get(format, format)
    if fmt not in PARSERS:
        raise ValueError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    if offset_unit not in ("codepoint", "utf16"):
        raise ValueError("offset_unit must be 'codepoint' or 'utf16'")
    if not 0 < fuzzy_threshold <= 1:
        raise ValueError("fuzzy_threshold must be in (0, 1]")
    if user is not None and not roles.can_manage_articles(user):
        raise NotPermitted("Only staff can import annotations.")
    report = ImportReport(file=_file_name(source, filename), format=fmt)
    ctx = ImportContext(
        report=report, user=user, author=author or (user.get_username() if user is not None else DEFAULT_AUTHOR),
        label_map=label_map, offset_unit=offset_unit, fuzzy_threshold=fuzzy_threshold, article=article,
        text_key=text_key, skip_invalid=skip_invalid,
    )
    parse = PARSERS[fmt]
    try:
        with transaction.atomic():
            writer = BatchWriter(ctx, report, batch_size=BATCH_SIZE)
            try:
                for raw, line in _records(source, fmt):
                    report.records += 1
                    if on_record:
                        on_record(1)
                    try:
                        _load_record(raw, line, parse, ctx, writer, report)
                    except RecordError as exc:
                        _reject(report, rejects, raw, line, exc.field, exc.message)
                        if not skip_invalid and len(report.errors) >= MAX_ERRORS:
                            break
                if report.errors and not skip_invalid:
                    raise _Abort
                writer.flush()
                writer.finish()
            finally:
                writer.close()
            report.committed = True
    except _Abort:
        pass
    if not report.committed:
        for name in ("articles_created", "spans_created", "evidence_created", "reviews_created", "users_created"):
            setattr(report, name, 0)
    return report


def _load_record(raw, line, parse, ctx: ImportContext, writer: BatchWriter, report: ImportReport) -> None:
    if isinstance(raw, RecordError):
        raise raw
    ctx.begin_record()
    try:
        checked = _check_record(raw, line, parse, ctx)
    except RecordError:
        ctx.undo()
        raise
    for candidate, author in checked:
        if candidate.anchored_by != "position":
            report.reanchored.append({"line": line, "start": candidate.start, "end": candidate.end,
                                      "method": candidate.anchored_by})
        if ctx.skip_invalid or not report.errors:  # once an atomic import is doomed, only validate
            writer.add(candidate, author)
    if ctx.skip_invalid or not report.errors:
        writer.end_of_record()


def _check_record(raw, line, parse, ctx: ImportContext) -> list:
    """The record's spans with their authors, each checked with the services' rules; raises RecordError."""
    try:
        candidates = parse(raw, ctx)
    except ValidationError as exc:
        raise record_error_from(exc)
    checked = []
    for candidate in candidates:
        if isinstance(candidate, ArticleIn):
            ctx.article_for_text(candidate.text, title=candidate.title, url=candidate.url,
                                 outlet=candidate.outlet, published=candidate.published)
            continue
        try:
            check_offsets(candidate.article.text, candidate.start, candidate.end, candidate.text)
            clean_text("speaker", candidate.speaker, max_length=200)
            clean_text("note", candidate.note, max_length=5000)
        except ValidationError as exc:
            error = record_error_from(exc)
            text = candidate.article.text
            if (error.field in ("start", "end") and ctx.offset_unit == "codepoint" and candidate.text is None
                    and offsets.utf16_length(text) != len(text)):
                error.message += " (if the file came from doccano's browser editor, try --offset-unit utf16)"
            raise error
        # Everyone the span names is checked now, so a bad name rejects this record, not the whole batch later.
        for index, item in enumerate(candidate.evidence):
            item["added_by_user"] = ctx.user_for(item["added_by"], f"evidence[{index}].added_by")
        for index, item in enumerate(candidate.reviews):
            item["reviewer_user"] = ctx.user_for(item["reviewer"], f"reviews[{index}].reviewer")
        checked.append((candidate, ctx.user_for(candidate.author)))
    return checked


def _reject(report: ImportReport, rejects, raw, line, field_name: str, message: str) -> None:
    error = {"file": report.file, "line": line, "field": field_name, "message": message}
    report.errors.append(error)
    report.rejected += 1
    if rejects is not None:
        record = raw if not isinstance(raw, RecordError) else None
        rejects.write(json.dumps({**error, "record": record}, ensure_ascii=False, sort_keys=True) + "\n")
