"""Sources and the evidence that links them to spans: the checks of rules.evidence plus one locked write."""
from django.db import IntegrityError, transaction

from annotations.models import Article, Evidence, Source, Span
from annotations.rules import evidence as rules
from annotations.rules.actors import actor_of
from annotations.rules.fields import normalize_url
from annotations.selectors.facts import span_facts

from .spans import lock_span, save_span


@transaction.atomic
def source_get_or_create_url(*, url, user, title="", publisher="", accessed=None) -> Source:
    """One Source per normalised URL, described by whoever cited it first. Citing it again never changes it (not
    even a blank title): a Source is shared by every span and export that cites it, so one annotator's draft must
    not re-describe it for everyone. Staff correct a source in the admin, where its history is kept."""
    url = normalize_url(url)
    title = rules.clean_source_title(title)
    publisher = rules.clean_publisher(publisher)
    try:
        with transaction.atomic():
            source = Source(url=url, title=title, publisher=publisher, accessed=accessed, created_by=user)
            existing = Source.objects.filter(url=url, article=None).first()
            if existing is not None:
                return existing
            source._history_user = user
            source.save()
    except IntegrityError:  # cited concurrently
        source = Source.objects.get(url=url, article=None)
    return source


@transaction.atomic
def source_for_article(*, article: Article, user=None) -> Source:
    """The Source row that stands for another workbench article."""
    try:
        with transaction.atomic():
            source = Source.objects.filter(article=article).first()
            if source is None:
                source = Source(article=article, title=article.title, publisher=article.outlet, created_by=user)
                source._history_user = user
                source.save()
    except IntegrityError:
        source = Source.objects.get(article=article)
    return source


@transaction.atomic
def evidence_add(
    *, span: Span, user, stance, url=None, source_article: Article | None = None, title="", publisher="",
    accessed=None, excerpt="", source_start=None, source_end=None, expected_version=None,
) -> Evidence:
    """Link a source to a span: an external URL, or another article (optionally a passage in it)."""
    span = lock_span(span, expected_version)
    rules.check_can_change_evidence(actor_of(user), span_facts(span))
    rules.check_evidence_count(Evidence.objects.filter(span=span).count() + 1)  # under the span's row lock
    stance = rules.clean_stance(stance)
    excerpt = rules.clean_excerpt(excerpt)
    rules.check_one_source(url=url, source_article=source_article)
    field = "url" if url is not None else "source_article"
    if source_article is not None:
        # The row lock serialises against article_update, which refuses to change a cited text.
        source_article = Article.objects.select_for_update().get(pk=source_article.pk)
        excerpt = rules.check_passage(
            span_article_key=span.article_id, source_article_key=source_article.pk, source_text=source_article.text,
            source_start=source_start, source_end=source_end, excerpt=excerpt,
        )
        source = source_for_article(article=source_article, user=user)
    else:
        rules.check_url_source(source_start=source_start, source_end=source_end)
        source = source_get_or_create_url(url=url, user=user, title=title, publisher=publisher, accessed=accessed)
    rules.check_not_linked(Evidence.objects.filter(span=span, source=source).exists(), field=field)
    try:
        with transaction.atomic():
            evidence = Evidence(
                span=span, source=source, stance=stance, excerpt=excerpt,
                source_start=source_start, source_end=source_end, added_by=user,
            )
            evidence._history_user = user
            evidence.save()
    except IntegrityError:  # linked concurrently
        rules.check_not_linked(True, field=field)
    save_span(span, [], user)  # evidence is part of what a reviewer approves: bump the version
    return evidence


@transaction.atomic
def evidence_remove(*, evidence: Evidence, user, expected_version=None) -> None:
    span = lock_span(evidence.span, expected_version)
    rules.check_can_remove_evidence(actor_of(user), span_facts(span), added_by_id=evidence.added_by_id)
    evidence._history_user = user
    evidence.delete()
    save_span(span, [], user)
