"""Writes to spans: create, edit, submit for review, delete. Every change bumps `version` through one
compare-and-set UPDATE, so two editors can never silently overwrite each other."""
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from annotations import offsets, roles
from annotations.errors import NotPermitted, VersionConflict
from annotations.models import Article, Span, SpanOrigin, SpanStatus, Tag

from .validation import clean_choice, clean_int, clean_text, invalid

SPEAKER_MAX = 200
NOTE_MAX = 5000
# Statuses in which the author may still change what the span says.
EDITABLE_STATUSES = {SpanStatus.DRAFT, SpanStatus.REJECTED}


def check_offsets(article_text: str, start, end, text=None) -> str:
    """Validate half-open code-point offsets against the article; return the exact highlighted text."""
    start = clean_int("start", start)
    end = clean_int("end", end)
    if start < 0:
        raise invalid("start", f"start must be 0 or more (got {start}).", "negative_offset")
    if end <= start:
        raise invalid("end", f"end ({end}) must be greater than start ({start}): spans are half-open.", "empty_span")
    if end > len(article_text):
        raise invalid(
            "end", f"end ({end}) is past the end of the article ({len(article_text)} code points).", "out_of_range"
        )
    exact = article_text[start:end]
    if text is not None and text != exact:
        raise invalid(
            "text",
            f"text does not match the article at [{start}:{end}]: the article has {exact[:80]!r}. "
            "Offsets count Unicode code points, not UTF-16 units or bytes.",
            "text_mismatch",
        )
    for field, value in (("start", start), ("end", end)):
        if not offsets.is_grapheme_boundary(article_text, value):
            raise invalid(
                field,
                f"{field} ({value}) splits a character cluster (an emoji sequence or a letter with its accent).",
                "splits_grapheme",
            )
    return exact


def _require_author(span: Span, user, action: str) -> None:
    if user.is_superuser:
        return
    if span.author_id != user.pk:
        raise NotPermitted(f"Only the span's author can {action} it.", code="not_author")


def _require_version(span: Span, expected_version) -> None:
    if expected_version is not None and int(expected_version) != span.version:
        raise VersionConflict(current_version=span.version, changed_by=_changed_by(span))


def _changed_by(span: Span) -> str | None:
    user = span.updated_by or span.author
    return user.get_username() if user else None


def lock_span(span: Span, expected_version=None) -> Span:
    """Re-read the span under a row lock (PostgreSQL) and check the caller saw its current version."""
    locked = (
        Span.objects.select_for_update(of=("self",))
        .select_related("article", "author", "updated_by")
        .get(pk=span.pk)
    )
    _require_version(locked, expected_version)
    return locked


def save_span(span: Span, fields: list[str], user) -> Span:
    """Write `fields` only if nobody bumped the version since `span` was read; bump it."""
    now = timezone.now()
    values = {name: getattr(span, name) for name in fields}
    updated = Span.objects.filter(pk=span.pk, version=span.version).update(
        **values, version=F("version") + 1, updated_by=user, updated_at=now
    )
    if not updated:
        current = Span.objects.select_related("updated_by", "author").get(pk=span.pk)
        raise VersionConflict(current_version=current.version, changed_by=_changed_by(current))
    span.version += 1
    span.updated_by = user
    span.updated_at = now
    # The compare-and-set UPDATE sends no post_save signal: record the audit row ourselves.
    Span.history.bulk_history_create([span], update=True, default_user=user, default_date=now)
    return span


def _check_not_duplicate(*, article_id, start, end, tag, author_id, exclude_pk=None) -> None:
    duplicates = Span.objects.filter(article_id=article_id, start=start, end=end, tag=tag, author_id=author_id)
    if exclude_pk is not None:
        duplicates = duplicates.exclude(pk=exclude_pk)
    if duplicates.exists():
        raise invalid("start", f"You already have a {tag} span at [{start}:{end}] on this article.", "duplicate_span")


@transaction.atomic
def span_create(
    *, article: Article, author, start, end, tag, text=None, speaker="", note="", origin=SpanOrigin.MANUAL
) -> Span:
    if not roles.can_annotate(author):
        raise NotPermitted("You need the annotator role to create spans.")
    tag = clean_choice("tag", tag, Tag)
    origin = clean_choice("origin", origin, SpanOrigin)
    speaker = clean_text("speaker", speaker, max_length=SPEAKER_MAX).strip()
    note = clean_text("note", note, max_length=NOTE_MAX)
    if text is not None:
        clean_text("text", text)
    # The row lock serialises against article_update, which refuses to change annotated text.
    article = Article.objects.select_for_update().get(pk=article.pk)
    exact = check_offsets(article.text, start, end, text)
    _check_not_duplicate(article_id=article.pk, start=start, end=end, tag=tag, author_id=author.pk)
    prefix, suffix = offsets.context(article.text, start, end)
    try:
        with transaction.atomic():
            span = Span(
                article=article, author=author, updated_by=author, start=start, end=end, text=exact,
                prefix=prefix, suffix=suffix, tag=tag, speaker=speaker, note=note, origin=origin,
            )
            span._history_user = author
            span.save()
            return span
    except IntegrityError:  # the same span was created concurrently
        raise invalid("start", f"You already have a {tag} span at [{start}:{end}] on this article.", "duplicate_span")


@transaction.atomic
def span_update(*, span: Span, user, expected_version=None, **changes) -> Span:
    """Change a span's offsets, tag, speaker or note. Only the author may, and only while it is a draft or
    rejected; editing a rejected span turns it back into a draft for resubmission."""
    allowed = {"start", "end", "text", "tag", "speaker", "note"}
    unknown = set(changes) - allowed
    if unknown:
        raise invalid(sorted(unknown)[0], "This field cannot be changed on a span.", "read_only")
    span = lock_span(span, expected_version)
    _require_author(span, user, "edit")
    if not user.has_perm("annotations.change_span"):
        raise NotPermitted("You need the annotator role to edit spans.")
    if span.status not in EDITABLE_STATUSES:
        raise invalid(
            "status", f"A {span.status} span cannot be edited; only drafts and rejected spans can.", "not_editable"
        )
    fields = []
    if "tag" in changes:
        span.tag = clean_choice("tag", changes["tag"], Tag)
        fields.append("tag")
    if "speaker" in changes:
        span.speaker = clean_text("speaker", changes["speaker"], max_length=SPEAKER_MAX).strip()
        fields.append("speaker")
    if "note" in changes:
        span.note = clean_text("note", changes["note"], max_length=NOTE_MAX)
        fields.append("note")
    if {"start", "end", "text"} & set(changes):
        start = changes.get("start", span.start)
        end = changes.get("end", span.end)
        span.text = check_offsets(span.article.text, start, end, changes.get("text"))
        span.start, span.end = start, end
        span.prefix, span.suffix = offsets.context(span.article.text, start, end)
        fields += ["start", "end", "text", "prefix", "suffix"]
    if {"start", "end", "tag"} & set(fields):
        _check_not_duplicate(
            article_id=span.article_id, start=span.start, end=span.end, tag=span.tag,
            author_id=span.author_id, exclude_pk=span.pk,
        )
    if not fields:
        return span
    if span.status == SpanStatus.REJECTED:
        span.status = SpanStatus.DRAFT
        fields.append("status")
    return save_span(span, fields, user)


@transaction.atomic
def span_submit(*, span: Span, user, expected_version=None) -> Span:
    """The author sends a draft (or a reworked rejected span) to review."""
    span = lock_span(span, expected_version)
    _require_author(span, user, "submit")
    if span.status not in EDITABLE_STATUSES:
        raise invalid("status", f"A {span.status} span cannot be submitted.", "not_submittable")
    span.status = SpanStatus.SUBMITTED
    return save_span(span, ["status"], user)


@transaction.atomic
def span_delete(*, span: Span, user, expected_version=None) -> None:
    """Authors may delete their own drafts that nobody has reviewed; anything reviewed is evidence and stays."""
    span = lock_span(span, expected_version)
    _require_author(span, user, "delete")
    if not user.is_superuser and not user.has_perm("annotations.delete_span"):
        raise NotPermitted("You need the annotator role to delete spans.")
    if span.status != SpanStatus.DRAFT:
        raise invalid("status", f"Only drafts can be deleted; this span is {span.status}.", "not_deletable")
    if span.reviews.exists():
        raise invalid("status", "This span has been reviewed; its history must be kept.", "has_reviews")
    span._history_user = user  # the deletion is recorded in the audit trail
    span.delete()
