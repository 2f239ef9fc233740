"""Writes of assisted annotation: accepting a suggestion (a draft span by the reviewer, provenance "suggested"),
dismissing one (remembered per user), and refreshing the claim clusters that exports carry as cluster_id."""
from django.db import transaction

from annotations import roles
from annotations.assist import matching
from annotations.assist.suggest import Suggestion, suggest
from annotations.errors import NotPermitted
from annotations.models import Article, Span, SpanOrigin, SpanStatus, SuggestionDismissal, Tag

from .spans import span_create
from annotations.rules.fields import clean_choice, clean_int, invalid

CLUSTERED_TAGS = (Tag.CLAIM, Tag.QUOTE)


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


@transaction.atomic
def span_clusters_refresh() -> int:
    """Recompute the clusters of verified claims and quotes (per tag) and store changed cluster ids; returns how
    many spans changed. Oldest spans first, so a cluster keeps its id as new appearances join it."""
    changed = []
    for tag in CLUSTERED_TAGS:
        spans = list(Span.objects.filter(status=SpanStatus.VERIFIED, tag=tag)
                     .only("id", "article_id", "text", "cluster_id").order_by("created_at", "id"))
        ids = matching.clusters([matching.Item(s.pk, s.article_id, s.text) for s in spans])
        for span in spans:
            if span.cluster_id != ids[span.pk]:
                span.cluster_id = ids[span.pk]
                changed.append(span)
    stale = list(Span.objects.exclude(cluster_id="").exclude(status=SpanStatus.VERIFIED, tag__in=CLUSTERED_TAGS)
                 .only("id", "cluster_id"))
    for span in stale:
        span.cluster_id = ""
    Span.objects.bulk_update(changed + stale, ["cluster_id"], batch_size=500)
    # bulk_update sends no signal: the audit trail gets a row for each span whose cluster moved, by nobody.
    moved = [span.pk for span in changed + stale]
    for start in range(0, len(moved), 500):
        Span.history.bulk_history_create(list(Span.objects.filter(pk__in=moved[start:start + 500])), update=True,
                                         default_change_reason="clusters recomputed")
    return len(changed) + len(stale)
