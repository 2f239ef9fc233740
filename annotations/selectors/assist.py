"""Assisted annotation: suggestions, cross-article matches, inter-annotator agreement."""
from django.db.models import Count, QuerySet

from annotations.models import Article, Span, SpanStatus, Tag


def stored_suggestions(article: Article) -> dict | None:
    """The suggestions stored for the article (by the intake job), or None when there are none for its current
    text and the current suggesters (one query)."""
    from annotations.assist.fingerprint import SUGGESTERS_FINGERPRINT
    from annotations.models import ArticleSuggestions

    stored = (ArticleSuggestions.objects.filter(article_id=article.pk, text_sha256=article.text_sha256,
                                                fingerprint=SUGGESTERS_FINGERPRINT)
              .values_list("items", flat=True).first())
    # Rows stored before suggestions could be partial hold a bare list.
    return {"partial": False, "results": stored} if isinstance(stored, list) else stored


def article_suggestions(article: Article, user, stored: dict) -> dict:
    """{partial, results}: of the article's suggestions `stored` ({partial, results}), those `user` has neither
    dismissed nor already covered with a span of that tag, in text order (two queries); partial when the work limit
    cut the reading short."""
    from annotations.models import SuggestionDismissal

    dismissed = set(SuggestionDismissal.objects.filter(article=article, user=user)
                    .values_list("tag", "start", "end"))
    own = list(Span.objects.filter(article=article, author=user).values_list("tag", "start", "end"))
    found = []
    for item in stored["results"]:
        if (item["tag"], item["start"], item["end"]) in dismissed:
            continue
        if any(tag == item["tag"] and start < item["end"] and item["start"] < end for tag, start, end in own):
            continue
        found.append(item)
    return {"partial": stored["partial"], "results": found}


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
