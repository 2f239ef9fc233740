"""Spans for an export without model instances: the hot path for formats that read only what span_record reads.

Three .values_list() queries per chunk (spans with their article and author; the chunk's evidence; its reviews)
fill small objects that answer the same attributes as the models, so records.span_record stays the one definition
of the record. Building model instances and Django's per-instance prefetch bookkeeping cost ~10x more per span."""
from types import SimpleNamespace as Row

from annotations.models import Evidence, Review

CHUNK_SIZE = 2000

SPAN_FIELDS = ("id", "uid", "start", "end", "text", "prefix", "suffix", "tag", "speaker", "note", "status",
               "cluster_id", "created_at", "updated_at", "author__username", "article_id", "article__outlet",
               "article__text_sha256", "article__title", "article__url")
EVIDENCE_FIELDS = ("span_id", "added_by__username", "excerpt", "source__article_id", "source__article__text_sha256",
                   "source_end", "source_start", "source__title", "source__url", "stance")
REVIEW_FIELDS = ("span_id", "comment", "created_at", "decision", "explanation", "reviewer__username", "span_version",
                 "verdict")


class Related(list):
    """A prefetched relation: `span.evidence.all()` like a related manager."""

    def all(self):
        return self


def span_rows(queryset, chunk_size: int = CHUNK_SIZE):
    """The spans of `queryset`, in its order, each with .article, .author, .evidence.all() and .reviews.all()."""
    users, articles = {}, {}

    def user(name):
        if name not in users:
            users[name] = Row(username=name)
        return users[name]

    chunk = []
    for values in queryset.prefetch_related(None).values_list(*SPAN_FIELDS).iterator(chunk_size=chunk_size):
        chunk.append(values)
        if len(chunk) == chunk_size:
            yield from _chunk(chunk, user, articles)
            chunk = []
    if chunk:
        yield from _chunk(chunk, user, articles)


def _chunk(chunk, user, articles):
    evidence = {values[0]: Related() for values in chunk}
    reviews = {values[0]: Related() for values in chunk}
    for (span_id, added_by, excerpt, source_article_id, source_sha, source_end, source_start, title, url,
         stance) in Evidence.objects.filter(span_id__in=evidence).order_by("span_id", "id").values_list(
            *EVIDENCE_FIELDS):
        source = Row(article_id=source_article_id, article=Row(text_sha256=source_sha), title=title, url=url)
        evidence[span_id].append(Row(added_by=user(added_by), excerpt=excerpt, source=source, source_end=source_end,
                                     source_start=source_start, stance=stance))
    for (span_id, comment, created_at, decision, explanation, reviewer, span_version,
         verdict) in Review.objects.filter(span_id__in=reviews).order_by("span_id", "created_at", "id").values_list(
            *REVIEW_FIELDS):
        reviews[span_id].append(Row(comment=comment, created_at=created_at, decision=decision,
                                    explanation=explanation, reviewer=user(reviewer), span_version=span_version,
                                    verdict=verdict))
    if len(articles) > 10_000:  # keep memory flat however many articles the export spans
        articles.clear()
    for (pk, uid, start, end, text, prefix, suffix, tag, speaker, note, status, cluster_id, created_at, updated_at,
         author, article_id, outlet, sha, title, url) in chunk:
        article = articles.get(article_id)
        if article is None:
            article = articles[article_id] = Row(id=article_id, outlet=outlet, text_sha256=sha, title=title, url=url)
        yield Row(pk=pk, id=pk, uid=uid, start=start, end=end, text=text, prefix=prefix, suffix=suffix, tag=tag,
                  speaker=speaker, note=note, status=status, cluster_id=cluster_id, created_at=created_at, updated_at=updated_at,
                  author=user(author), article=article, article_id=article_id, evidence=evidence[pk],
                  reviews=reviews[pk])
