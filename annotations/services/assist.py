"""Writes of assisted annotation: accepting a suggestion (a draft span by the reviewer, provenance "suggested") and
dismissing one (remembered per user). Claim clusters live in services.clusters."""
from django.db import transaction

from annotations import roles
from annotations.assist.suggest import Suggestion, suggest
from annotations.errors import NotPermitted
from annotations.models import Article, Span, SpanOrigin, SuggestionDismissal, Tag

from .spans import span_create
from annotations.rules.fields import clean_choice, clean_int, invalid


def _suggestion(article: Article, tag, start, end) -> Suggestion:
    tag = clean_choice("tag", tag, Tag)
    start, end = clean_int("start", start), clean_int("end", end)
    for suggestion in suggest(article.text):
        if (suggestion.tag, suggestion.start, suggestion.end) == (tag, start, end):
            return suggestion
    raise invalid("start", f"There is no {tag} suggestion at [{start}:{end}] on this article.", "unknown_suggestion")


@transaction.atomic
def suggestion_accept(*, article: Article, user, tag, start, end) -> Span:
    """The suggestion becomes a draft span by `user` (with the suggested speaker for a quote)."""
    suggestion = _suggestion(article, tag, start, end)
    return span_create(
        article=article, author=user, start=suggestion.start, end=suggestion.end, text=suggestion.text,
        tag=suggestion.tag, speaker=suggestion.speaker, origin=SpanOrigin.SUGGESTED,
    )


@transaction.atomic
def suggestion_dismiss(*, article: Article, user, tag, start, end) -> SuggestionDismissal:
    if not roles.can_annotate(user) and not roles.can_review(user):
        raise NotPermitted("You need the annotator or reviewer role to dismiss suggestions.")
    suggestion = _suggestion(article, tag, start, end)
    dismissal, _ = SuggestionDismissal.objects.get_or_create(
        article=article, user=user, tag=suggestion.tag, start=suggestion.start, end=suggestion.end,
    )
    return dismissal
