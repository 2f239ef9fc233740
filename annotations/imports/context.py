"""What the parsers and checks may ask of the database during an import, with caches, plus the import's options."""
import collections
import re

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from annotations import offsets
from annotations.models import Article
from annotations.rules.fields import normalize_url
from annotations.rules.imports import clean_person_name
from annotations.rules.spans import check_room_for_spans
from annotations.services import article_prepare, text_sha256

from .errors import RecordError, record_error_from
from .labels import parse_label_map

SHA256 = re.compile(r"[0-9a-f]{64}")


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
        self._span_counts = collections.Counter()  # text hash -> spans this import has accepted for the article

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

    def reserve_spans(self, articles: list[Article]) -> None:
        """Count a record's spans against their articles' limit (span_rules.check_room_for_spans), as far as this
        import goes: what it has accepted for each article so far. No query: the writer adds what an article
        stored before the import holds (writer._within_room), from rows it reads anyway."""
        adding = collections.Counter(article.text_sha256 for article in articles)
        for digest, n in adding.items():
            check_room_for_spans(stored=self._span_counts[digest], adding=n)
        self._span_counts.update(adding)

    def tag_for(self, label, field: str) -> str:
        if isinstance(label, str) and label.strip().casefold() in self.label_map:
            return self.label_map[label.strip().casefold()]
        raise RecordError(field, f"unknown label {label!r}: map it with --label-map LABEL=claim|quote|opinion",
                          "unknown_label")

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
        if not SHA256.fullmatch(digest):
            raise RecordError(field, f"{field} must be a SHA-256 in hex (64 characters 0-9, a-f).", "invalid_sha256")
        article = self.pending_articles.get(digest) or self._articles_by_sha.get(digest)
        if article is None:
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
        if source.startswith("urn:sha256:"):
            return self.article_by_sha(source.removeprefix("urn:sha256:"), field)
        match = re.search(r"/articles/([0-9a-f]{64})/?$", source)
        if match:
            return self.article_by_sha(match.group(1), field)
        match = re.search(r"/articles/(\d{1,18})/?$", source)
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

    def user_for(self, username: str | None, field: str = "author"):
        """The user of this name: stored, or a new one (no usable password) stored at the next flush."""
        username = username or self.default_author
        user = self._users.get(username) or self.pending_users.get(username)
        if user is None:
            try:
                clean_person_name(field, username)  # before the lookup: the database never sees NUL
            except ValidationError as exc:
                raise record_error_from(exc)
            User = get_user_model()
            user = User.objects.filter(username=username).first()
            if user is not None:
                self._users[username] = user
                return user
            # Named by a file, not signed up: no password, no groups, inactive until someone here vouches for it.
            user = User(username=username, is_active=False)
            user.set_unusable_password()
            self._remember(self.pending_users, username, user)
        return user

    def existing_user(self, username: str):
        """The local account of this name, or None; never creates one (the names in a file's reviews are
        another desk's, and only checked against accounts that exist here)."""
        if username in self._users:
            return self._users[username]
        if username in self.pending_users:
            return None
        user = get_user_model().objects.filter(username=username).first()
        if user is not None:
            self._users[username] = user
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
