"""Article reads for the reviewer UI: the list with progress counts and its filters, one article, pickers."""
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import Length

from annotations.models import Article, Evidence, Span, SpanStatus, Tag

ARTICLE_NEEDS = {
    "": "all articles",
    "unannotated": "no spans yet",
    "draft": "has drafts",
    "submitted": "awaiting review",
    "rejected": "has rejected spans",
    "verified": "has verified spans",
}


def article_list_filtered(*, q: str = "", outlet: str = "", needs: str = "") -> QuerySet[Article]:
    """article_list_with_progress narrowed by a search in title/outlet, an outlet and what still needs work."""
    qs = article_list_with_progress()
    if q:
        qs = qs.filter(Q(title__icontains=q) | Q(outlet__icontains=q))
    if outlet:
        qs = qs.filter(outlet=outlet)
    if needs == "unannotated":
        qs = qs.filter(n_spans=0)
    elif needs in SpanStatus.values:
        qs = qs.filter(**{f"n_{needs}__gt": 0})
    return qs


def article_outlets() -> list[str]:
    return list(Article.objects.exclude(outlet="").order_by("outlet").values_list("outlet", flat=True).distinct())


def article_get(pk) -> Article:
    return Article.objects.get(pk=pk)


def article_choices() -> list[tuple[int, str]]:
    """(id, title) of every article, for pickers; the text is not loaded."""
    return list(Article.objects.order_by("id").values_list("id", "title"))


def article_list_with_progress() -> QuerySet[Article]:
    """Articles with span counts by tag and status, one query."""
    counts = {f"n_{tag}": Count("spans", filter=Q(spans__tag=tag)) for tag in Tag.values}
    counts.update({f"n_{status}": Count("spans", filter=Q(spans__status=status)) for status in SpanStatus.values})
    return (
        Article.objects.defer("text")
        .annotate(length=Length("text"), n_spans=Count("spans"), **counts)
        .order_by("id")
    )


def article_text_in_use(article_id: int) -> bool:
    """Whether anything points into the article's text: a span on it, or evidence citing a passage of it."""
    return (Span.objects.filter(article_id=article_id).exists()
            or Evidence.objects.filter(source__article_id=article_id).exists())


def article_duplicate(*, text_sha256: str, url: str = "") -> tuple[Article | None, str]:
    """The article this one would duplicate, and why ("text" or "url"): one query by the two unique keys."""
    match = Q(text_sha256=text_sha256) | (Q(url=url) if url else Q(pk__in=[]))
    found = list(Article.objects.filter(match).only("id", "title", "text_sha256", "url").order_by("id")[:2])
    for article in found:
        if article.text_sha256 == text_sha256:
            return article, "text"
    return (found[0], "url") if found else (None, "")
