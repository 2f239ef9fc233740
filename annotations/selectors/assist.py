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
    """The spans (claims and quotes, not rejected), suggested quotations and sentences of *other* articles most
    similar to `span`, best first, each with its score and tier (exact / same / similar); weaker than
    matching.SIMILAR is left out. Three queries whatever the number of articles."""
    from annotations.assist import matching
    from annotations.assist.quotes import find_quotes
    from annotations.assist.text import sentences

    articles = {a.pk: a for a in Article.objects.exclude(pk=span.article_id).only("id", "title", "text")}
    spans = list(Span.objects.filter(article_id__in=list(articles), tag__in=[Tag.CLAIM, Tag.QUOTE])
                 .exclude(status=SpanStatus.REJECTED).only("id", "article_id", "start", "end", "text", "tag",
                                                           "status", "cluster_id").order_by("id"))
    candidates = [("span", s.article_id, s.start, s.end, s.text, s) for s in spans]
    for article in articles.values():
        candidates += [("quote", article.pk, q.start, q.end, q.text, None) for q in find_quotes(article.text)]
        candidates += [("sentence", article.pk, s.start, s.end, s.text, None) for s in sentences(article.text)]
    scores = matching.similarities(span.text, [c[4] for c in candidates])
    own_hash = matching.text_hash(span.text)
    ranked, seen = [], set()
    for (kind, article_id, start, end, text, other), score in sorted(
            zip(candidates, scores), key=lambda pair: (-pair[1], pair[0][1], pair[0][2], pair[0][0])):
        tier = matching.tier(score, matching.text_hash(text) == own_hash)
        if tier is None or (article_id, start, end) in seen:
            continue
        seen.add((article_id, start, end))
        ranked.append({
            "kind": kind, "article": article_id, "article_title": articles[article_id].title,
            "start": start, "end": end, "text": text, "score": round(min(score, 1.0), 3), "tier": tier,
            "span": other.pk if other else None, "tag": other.tag if other else None,
            "status": other.status if other else None, "cluster_id": (other.cluster_id or None) if other else None,
        })
        if len(ranked) == limit:
            break
    return ranked


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
