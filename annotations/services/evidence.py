"""Sources and the evidence that links them to spans."""
from django.db import IntegrityError, transaction

from annotations import roles
from annotations.errors import NotPermitted
from annotations.models import Article, Evidence, Source, Span, SpanStatus, Stance

from .spans import check_offsets, lock_span, save_span
from .validation import clean_choice, clean_text, invalid, normalize_url

EXCERPT_MAX = 5000


@transaction.atomic
def source_get_or_create_url(*, url, user, title="", publisher="", accessed=None) -> Source:
    """One Source per normalised URL; a later call may fill in a title or publisher left blank."""
    url = normalize_url(url)
    title = clean_text("title", title, max_length=500).strip()
    publisher = clean_text("publisher", publisher, max_length=200).strip()
    try:
        with transaction.atomic():
            source, created = Source.objects.get_or_create(
                url=url, article=None,
                defaults={"title": title, "publisher": publisher, "accessed": accessed, "created_by": user},
            )
    except IntegrityError:
        source, created = Source.objects.get(url=url, article=None), False
    if not created:
        fill = {name: value for name, value in (("title", title), ("publisher", publisher), ("accessed", accessed))
                if value and not getattr(source, name)}
        if fill:
            for name, value in fill.items():
                setattr(source, name, value)
            source.save(update_fields=list(fill))
    return source


@transaction.atomic
def source_for_article(*, article: Article, user=None) -> Source:
    """The Source row that stands for another workbench article."""
    try:
        with transaction.atomic():
            source, _ = Source.objects.get_or_create(
                article=article,
                defaults={"title": article.title, "publisher": article.outlet, "created_by": user},
            )
    except IntegrityError:
        source = Source.objects.get(article=article)
    return source


def _require_evidence_editor(span: Span, user) -> None:
    is_author = span.author_id == user.pk and user.has_perm("annotations.add_evidence")
    if not (is_author or roles.can_review(user) or user.is_superuser):
        raise NotPermitted("Only the span's author or a reviewer can change its evidence.")
    if span.status == SpanStatus.VERIFIED:
        raise invalid("span", "A verified span's evidence is frozen.", "span_verified")


@transaction.atomic
def evidence_add(
    *, span: Span, user, stance, url=None, source_article: Article | None = None, title="", publisher="",
    accessed=None, excerpt="", source_start=None, source_end=None, expected_version=None,
) -> Evidence:
    """Link a source to a span: an external URL, or another article (optionally a passage in it)."""
    span = lock_span(span, expected_version)
    _require_evidence_editor(span, user)
    stance = clean_choice("stance", stance, Stance)
    excerpt = clean_text("excerpt", excerpt, max_length=EXCERPT_MAX).strip()
    if (url is None) == (source_article is None):
        raise invalid("url", "Give either a source URL or a source article, not both or neither.", "source_required")
    if source_article is not None:
        if source_article.pk == span.article_id:
            raise invalid("source_article", "A span cannot be evidence for itself: pick another article.", "same_article")
        if (source_start is None) != (source_end is None):
            raise invalid("source_end", "Give both source_start and source_end, or neither.", "incomplete_passage")
        if source_start is not None:
            passage = check_offsets(source_article.text, source_start, source_end)
            if excerpt and excerpt != passage.strip():
                raise invalid("excerpt", "excerpt does not match the passage at source_start:source_end.", "text_mismatch")
            excerpt = passage
        source = source_for_article(article=source_article, user=user)
    else:
        if source_start is not None or source_end is not None:
            raise invalid("source_start", "Passage offsets only apply to a source article.", "passage_without_article")
        source = source_get_or_create_url(url=url, user=user, title=title, publisher=publisher, accessed=accessed)
    if Evidence.objects.filter(span=span, source=source).exists():
        raise invalid("url" if url is not None else "source_article", "This source is already linked to the span.",
                      "duplicate_evidence")
    try:
        with transaction.atomic():
            evidence = Evidence(
                span=span, source=source, stance=stance, excerpt=excerpt,
                source_start=source_start, source_end=source_end, added_by=user,
            )
            evidence._history_user = user
            evidence.save()
    except IntegrityError:
        raise invalid("url", "This source is already linked to the span.", "duplicate_evidence")
    save_span(span, [], user)  # evidence is part of what a reviewer approves: bump the version
    return evidence


@transaction.atomic
def evidence_remove(*, evidence: Evidence, user, expected_version=None) -> None:
    span = lock_span(evidence.span, expected_version)
    _require_evidence_editor(span, user)
    if evidence.added_by_id != user.pk and span.author_id != user.pk and not user.is_superuser:
        raise NotPermitted("Only the span's author or whoever added this evidence can remove it.")
    evidence._history_user = user
    evidence.delete()
    save_span(span, [], user)
