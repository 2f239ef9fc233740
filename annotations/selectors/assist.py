"""Assisted annotation: suggestions, cross-article matches, inter-annotator agreement."""
from django.db.models import Count, QuerySet

from annotations.models import Article, Span, SpanStatus, Tag


def article_suggestions(article: Article, user) -> dict:
    """{partial, results}: the article's suggestions that `user` has neither dismissed nor already covered with a
    span of that tag, in text order (two queries); partial when the work limit cut the reading short."""
    from annotations.assist.suggest import suggest
    from annotations.models import SuggestionDismissal

    dismissed = set(SuggestionDismissal.objects.filter(article=article, user=user)
                    .values_list("tag", "start", "end"))
    own = list(Span.objects.filter(article=article, author=user).values_list("tag", "start", "end"))
    suggestions = suggest(article.text)
    found = []
    for suggestion in suggestions:
        if (suggestion.tag, suggestion.start, suggestion.end) in dismissed:
            continue
        if any(tag == suggestion.tag and start < suggestion.end and suggestion.start < end for tag, start, end in own):
            continue
        found.append(suggestion.as_dict())
    return {"partial": suggestions.partial, "results": found}


MATCH_LIMIT = 8


def span_matches(span: Span, limit: int = MATCH_LIMIT) -> list[dict]:
    """The best matches of `span` in other articles (see selectors.matching, which reads them from an index)."""
    from .matching import span_matches as matches

    return matches(span, limit)


def article_agreement(article: Article) -> list[dict]:
    """Agreement of every pair of people with spans on `article` (one query): [{a, b, tags: {...}}]."""
    from itertools import combinations

    from annotations.assist.agreement import agreement

    by_author: dict[str, list[dict]] = {}
    for username, start, end, tag in (Span.objects.filter(article=article).order_by("author__username", "start")
                                      .values_list("author__username", "start", "end", "tag")):
        by_author.setdefault(username, []).append({"start": start, "end": end, "tag": tag})
    return [
        {"a": a, "b": b, "tags": agreement(len(article.text), by_author[a], by_author[b])}
        for a, b in combinations(sorted(by_author), 2)
    ]


def agreement_articles() -> QuerySet[Article]:
    """Articles that two or more people have annotated."""
    return (Article.objects.defer("text").annotate(n_authors=Count("spans__author", distinct=True))
            .filter(n_authors__gte=2).order_by("id"))
