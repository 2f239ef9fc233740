"""The article intake, one door for the "Add an article" page, POST /api/articles/ and `ingest_articles`: a pasted
text, an uploaded file, an HTML document or a URL the server fetches becomes a draft (text + metadata), which is
previewed and edited, then saved. The saved text is exactly the draft's (no newline or Unicode normalisation), and an
article already in the workbench (same text hash, or same canonical URL) is never stored twice: ArticleExists
names it so the caller can send the user there."""
import datetime

from annotations import roles
from annotations.errors import ArticleExists, NotPermitted
from annotations.ingest.extract import ArticleDraft, decode_text, draft_from_file, draft_from_html, draft_from_text
from annotations.ingest.fetch import fetch_page
from annotations.models import Article
from django.conf import settings

from annotations.rules.fetching import check_size
from annotations.rules.fields import clean_text, invalid
from annotations.selectors.articles import article_duplicate

from .articles import article_clean_fields, article_get_or_create, text_sha256

METADATA = ("title", "outlet", "author", "url", "published", "language")
INPUTS = ("text", "html", "url", "file")


def _require_adder(user) -> None:
    if user is not None and not roles.can_add_articles(user):
        raise NotPermitted("You need the annotator or reviewer role (or staff) to add articles.")


def _one_input(given: dict) -> str:
    present = [name for name in INPUTS if given.get(name) not in (None, "")]
    if len(present) != 1:
        raise invalid("non_field_errors" if present else "text",
                      "Give exactly one of text, html, url or file." if present else "Give text, html, url or a file.",
                      "one_input_required")
    return present[0]


def article_draft(*, user=None, text=None, html=None, url=None, file_name: str = "",
                  file_data: bytes | None = None) -> ArticleDraft:
    """Read, fetch or extract; nothing is written. The permission is checked before anything is fetched."""
    _require_adder(user)
    kind = _one_input({"text": text, "html": html, "url": url, "file": file_data})
    if kind == "text":
        return draft_from_text(clean_text("text", text, required=True))
    if kind == "html":
        return draft_from_html(clean_text("html", html, required=True))
    if kind == "file":
        check_size(len(file_data), settings.INTAKE_MAX_BYTES, field="file")
        return draft_from_file(file_name, file_data)
    page = fetch_page(url)
    if page.content_type == "text/plain":
        draft = draft_from_text(decode_text(page.body, field_name="url", charset=page.charset), source="url")
        draft.url = page.url
        return draft
    return draft_from_html(page.body, url=page.url, field_name="url", source="url")


def _with_overrides(draft: ArticleDraft, overrides: dict) -> dict:
    fields = {name: getattr(draft, name) for name in METADATA}
    fields.update({name: value for name, value in overrides.items() if name in METADATA and value is not None})
    fields["language"] = fields["language"] or "en"
    return fields


def draft_duplicate(draft: ArticleDraft, overrides: dict | None = None) -> tuple[Article | None, str]:
    """The article this draft would duplicate (same text, or same canonical URL), and why."""
    fields = article_clean_fields(text=draft.text, **_with_overrides(draft, overrides or {}))
    return article_duplicate(text_sha256=text_sha256(fields["text"]), url=fields["url"])


def article_ingest(*, user=None, text=None, html=None, url=None, file_name: str = "", file_data: bytes | None = None,
                   title=None, outlet=None, author=None, article_url=None, published: datetime.date | None = None,
                   language=None) -> Article:
    """Draft, then save with the caller's edits of the metadata (`article_url` overrides the URL found). Raises
    ArticleExists when the article is already here."""
    draft = article_draft(user=user, text=text, html=html, url=url, file_name=file_name, file_data=file_data)
    overrides = {"title": title, "outlet": outlet, "author": author, "url": article_url, "published": published,
                 "language": language}
    existing, reason = draft_duplicate(draft, overrides)
    if existing is not None:
        raise ArticleExists(article_id=existing.pk, title=existing.title, reason=reason)
    article, created = article_get_or_create(text=draft.text, user=user, check_permission=_require_adder,
                                             **_with_overrides(draft, overrides))
    if not created:  # created concurrently between the check and the write
        raise ArticleExists(article_id=article.pk, title=article.title, reason="text")
    return article
