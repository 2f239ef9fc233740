"""Writes to articles. An article's text is immutable once any span exists on it."""
import datetime
import hashlib

from django.db import IntegrityError, transaction

from annotations import roles
from annotations.errors import NotPermitted
from annotations.models import Article

from annotations.rules.articles import check_text_unlocked
from annotations.rules.fields import clean_text, invalid, normalize_url
from annotations.selectors.articles import article_text_in_use
from annotations.ingest.headline import headline_from_text
from annotations.rules import limits
from annotations.rules.limits import ARTICLE_AUTHOR_MAX, LANGUAGE_MAX, OUTLET_MAX, TITLE_MAX


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def title_from_text(text: str) -> str:
    """The headline line: not a line of tags or a photo caption; a lede paragraph cut to its first words."""
    return headline_from_text(text)[:TITLE_MAX]


def article_clean_fields(*, title, text, outlet, url, published, language, author="") -> dict:
    text = clean_text("text", text, required=True, max_length=limits.ARTICLE_TEXT_MAX)
    title = clean_text("title", title, max_length=TITLE_MAX).strip() or title_from_text(text)
    if published is not None and not isinstance(published, datetime.date):
        raise invalid("published", "published must be a date.", "invalid_type")
    return {
        "title": title,
        "text": text,
        "outlet": clean_text("outlet", outlet, max_length=OUTLET_MAX).strip(),
        "author": clean_text("author", author, max_length=ARTICLE_AUTHOR_MAX).strip(),
        "url": normalize_url(url) if url else "",
        "published": published,
        "language": clean_text("language", language or "en", max_length=LANGUAGE_MAX).strip() or "en",
    }


def _index_on_commit(article_id: int) -> None:
    """The article's quotations and sentences go into the matching index once it is stored (~70 ms a 5 KB
    article). Bulk imports store articles without this; `index_passages` indexes them afterwards."""
    from .passages import article_passages_index

    transaction.on_commit(lambda: article_passages_index([article_id]))


def _require_manager(user) -> None:
    if user is not None and not roles.can_manage_articles(user):
        raise NotPermitted("Only staff can add or edit articles.")


def _require_metadata_editor(user) -> None:
    if user is not None and not roles.can_edit_article_metadata(user):
        raise NotPermitted("Only reviewers and staff can edit an article's details.")


def article_prepare(
    *, text: str, title: str = "", outlet: str = "", url: str = "", published=None, language: str = "en", user=None,
    author: str = "", check_permission=_require_manager,
) -> Article:
    """A validated, unsaved article with its text hash: what article_get_or_create would store. Bulk writers (the
    importer) store many of these at once and audit them themselves."""
    check_permission(user)
    fields = article_clean_fields(title=title, text=text, outlet=outlet, url=url, published=published,
                                  language=language, author=author)
    return Article(text_sha256=text_sha256(fields["text"]), **fields)


@transaction.atomic
def article_get_or_create(
    *, text: str, title: str = "", outlet: str = "", url: str = "", published=None, language: str = "en", user=None,
    author: str = "", check_permission=_require_manager,
) -> tuple[Article, bool]:
    """The article with this exact text, creating it if new (keyed on the text's SHA-256, so re-imports of the
    same text create nothing). `user=None` means a trusted system caller such as a management command; the intake
    (services.intake) lets annotators add articles by passing its own `check_permission`."""
    article = article_prepare(text=text, title=title, outlet=outlet, url=url, published=published,
                              language=language, user=user, author=author, check_permission=check_permission)
    digest = article.text_sha256
    existing = Article.objects.filter(text_sha256=digest).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            article._history_user = user
            article.save()
            _index_on_commit(article.pk)
            return article, True
    except IntegrityError:  # a concurrent import created it first
        return Article.objects.get(text_sha256=digest), False


def article_create(**kwargs) -> Article:
    article, created = article_get_or_create(**kwargs)
    if not created:
        raise invalid("text", f"An article with this exact text already exists (#{article.pk}).", "duplicate")
    return article


@transaction.atomic
def article_update(*, article: Article, user=None, **changes) -> Article:
    """Change an article's metadata (reviewers and staff); its text (staff) only while no span refers to it. Every
    change is a row of the article's audit history, in the name of `user`."""
    _require_manager(user) if "text" in changes else _require_metadata_editor(user)
    allowed = {"title", "text", "outlet", "author", "url", "published", "language"}
    unknown = set(changes) - allowed
    if unknown:
        raise invalid(sorted(unknown)[0], "This field cannot be changed.", "read_only")
    locked = Article.objects.select_for_update().get(pk=article.pk)
    merged = {name: changes.get(name, getattr(locked, name)) for name in allowed}
    fields = article_clean_fields(**merged)
    if fields["text"] != locked.text:
        check_text_unlocked(in_use=article_text_in_use(locked.pk))
        digest = text_sha256(fields["text"])
        if Article.objects.filter(text_sha256=digest).exclude(pk=locked.pk).exists():
            raise invalid("text", "Another article already has exactly this text.", "duplicate")
        locked.text_sha256 = digest
    changed = [name for name, value in fields.items() if getattr(locked, name) != value]
    for name in changed:
        setattr(locked, name, fields[name])
    if changed:
        locked._history_user = user
        locked.save(update_fields=changed + (["text_sha256"] if "text" in changed else []))
        if "text" in changed:
            _index_on_commit(locked.pk)
    return locked
