"""Writes to spans: create, edit, submit for review, delete; each is the checks of rules.spans plus one locked
write. Every change bumps `version` through one
compare-and-set UPDATE, so two editors can never silently overwrite each other."""
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from annotations import offsets
from annotations.errors import VersionConflict
from annotations.models import Article, Span, SpanOrigin, SpanStatus
from annotations.rules import spans as rules
from annotations.rules.actors import actor_of
from annotations.rules.spans import check_offsets  # noqa: F401  (re-exported: services.check_offsets)
from annotations.selectors.facts import span_facts

from .span_bands import INDEXED_FIELDS, span_bands_write


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
    # The compare-and-set UPDATE sends no post_save signal: record the audit row ourselves, and keep the span
    # index in step when what it holds changed.
    Span.history.bulk_history_create([span], update=True, default_user=user, default_date=now)
    if INDEXED_FIELDS & set(fields):
        span_bands_write(span)
    return span


def _check_not_duplicate(*, article_id, start, end, tag, author_id, exclude_pk=None) -> None:
    duplicates = Span.objects.filter(article_id=article_id, start=start, end=end, tag=tag, author_id=author_id)
    if exclude_pk is not None:
        duplicates = duplicates.exclude(pk=exclude_pk)
    rules.check_not_duplicate(duplicates.exists(), tag=tag, start=start, end=end)


@transaction.atomic
def span_create(
    *, article: Article, author, start, end, tag, text=None, speaker="", note="", origin=SpanOrigin.MANUAL
) -> Span:
    rules.check_can_create(actor_of(author))
    fields = rules.check_span_fields(tag=tag, speaker=speaker, note=note)
    tag, speaker, note = fields["tag"], fields["speaker"], fields["note"]
    origin = rules.clean_origin(origin)
    # The row lock serialises against article_update, which refuses to change annotated text.
    article = Article.objects.select_for_update().get(pk=article.pk)
    exact = check_offsets(article.text, start, end, text)
    rules.check_room_for_spans(stored=Span.objects.filter(article=article).count())
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
        rules.check_not_duplicate(True, tag=tag, start=start, end=end)


@transaction.atomic
def span_update(*, span: Span, user, expected_version=None, **changes) -> Span:
    """Change a span's offsets, tag, speaker or note. Only the author may, and only while it is a draft or
    rejected; editing a rejected span turns it back into a draft for resubmission."""
    rules.check_changeable(changes)
    span = lock_span(span, expected_version)
    rules.check_can_edit(actor_of(user), span_facts(span))
    fields = []
    for name, clean in (("tag", rules.clean_tag), ("speaker", rules.clean_speaker), ("note", rules.clean_note)):
        if name in changes:
            setattr(span, name, clean(changes[name]))
            fields.append(name)
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
    if span.status == SpanStatus.REJECTED:  # reworking a rejected span makes it a draft again
        span.status = SpanStatus.DRAFT
        fields.append("status")
    return save_span(span, fields, user)


@transaction.atomic
def span_submit(*, span: Span, user, expected_version=None) -> Span:
    """The author sends a draft (or a reworked rejected span) to review."""
    span = lock_span(span, expected_version)
    rules.check_can_submit(actor_of(user), span_facts(span))
    span.status = SpanStatus.SUBMITTED
    return save_span(span, ["status"], user)


@transaction.atomic
def span_withdraw(*, span: Span, user, expected_version=None) -> Span:
    """The author takes a submitted span back to draft before a reviewer decides on it."""
    span = lock_span(span, expected_version)
    rules.check_can_withdraw(actor_of(user), span_facts(span))
    span.status = SpanStatus.DRAFT
    return save_span(span, ["status"], user)


@transaction.atomic
def span_delete(*, span: Span, user, expected_version=None) -> None:
    """Authors may delete their own drafts that nobody has reviewed; anything reviewed is evidence and stays."""
    span = lock_span(span, expected_version)
    rules.check_can_delete(actor_of(user), span_facts(span))
    span._history_user = user  # the deletion is recorded in the audit trail
    span.delete()
