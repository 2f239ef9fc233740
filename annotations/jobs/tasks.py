"""The tasks the workers run. Each is small: the work lives in services and runner.py.

Enqueue them inside the transaction whose rows they are about: with the database backend the task row commits (or
rolls back) with those rows, so no commit can happen without its follow-up work being queued."""
from django_tasks import task

SUGGESTION_BATCH = 200
INDEX_BATCH = 200
# Spans per index job: ~0.5 s of key computing, the time its row locks are held.
SPAN_INDEX_BATCH = 2000


@task()
def run_job(job_id: str) -> str:
    """A user's job (a large import, a claim-set export): annotations.jobs.runner."""
    from .runner import run

    return run(job_id)


@task()
def cluster_update(span_id: int) -> str:
    """After the approval of a claim or quote: it joins, starts or merges clusters (the cluster_id exports carry),
    matched against the index; nothing else is recomputed."""
    from annotations import services

    return services.span_cluster_join(span_id)


@task()
def suggestions_precompute(article_ids: list[int]) -> int:
    """On intake: compute and store the suggestions GET /api/articles/<id>/suggestions/ serves."""
    from annotations.models import Article
    from annotations.services.assist import article_suggestions_store

    for article in Article.objects.filter(pk__in=article_ids).only("id", "text", "text_sha256"):
        article_suggestions_store(article=article)
    return len(article_ids)


def enqueue_suggestions(article_ids) -> None:
    ids = sorted(article_ids)
    for start in range(0, len(ids), SUGGESTION_BATCH):
        suggestions_precompute.enqueue(ids[start:start + SUGGESTION_BATCH])


@task()
def passages_index(article_ids: list[int]) -> int:
    """After an import: the passages of its new articles, so claim matching finds them."""
    from annotations import services

    return services.article_passages_index(article_ids)


@task()
def spans_index(span_ids: list[int]) -> int:
    """After an import: the band rows of the claims and quotes it wrote past the services (services.span_bands)."""
    from annotations.services.span_bands import spans_index as index

    return index(span_ids)


def enqueue_matching_index(article_ids, span_ids) -> None:
    """Queue the index jobs of an import's new articles and new spans, in batches."""
    articles, spans = sorted(article_ids), sorted(span_ids)
    for start in range(0, len(articles), INDEX_BATCH):
        passages_index.enqueue(articles[start:start + INDEX_BATCH])
    for start in range(0, len(spans), SPAN_INDEX_BATCH):
        spans_index.enqueue(spans[start:start + SPAN_INDEX_BATCH])
