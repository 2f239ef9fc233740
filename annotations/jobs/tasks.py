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
def spans_index(spans: list) -> int:
    """After an import: the band rows of the claims and quotes it wrote past the services (services.span_bands).
    `spans` holds [first, last] runs of ids (id_runs); a plain id, as queued before runs, is read as its own run."""
    from annotations.services.span_bands import spans_index as index

    runs = (item if isinstance(item, list) else [item, item] for item in spans)
    return index([pk for first, last in runs for pk in range(first, last + 1)])


def id_runs(ids, per_job: int) -> list[list[list[int]]]:
    """Ids (sorted, distinct) as jobs of at most `per_job` ids each, a job as its [first, last] runs of consecutive
    ids. An import's ids come in long runs (each batch reserves its ids from the sequence at once), so a job row
    holds a few numbers, not 2,000: the 200,000 ids of a 10,000-article import cost 0.8 s to queue one by one."""
    jobs, job, size = [], [], 0
    for pk in ids:
        if size == per_job:
            jobs.append(job)
            job, size = [], 0
        if job and job[-1][1] == pk - 1:
            job[-1][1] = pk
        else:
            job.append([pk, pk])
        size += 1
    if job:
        jobs.append(job)
    return jobs


def enqueue_matching_index(article_ids, span_ids) -> None:
    """Queue the index jobs of an import's new articles and new spans, in batches."""
    articles = sorted(article_ids)
    for start in range(0, len(articles), INDEX_BATCH):
        passages_index.enqueue(articles[start:start + INDEX_BATCH])
    for job in id_runs(sorted(span_ids), SPAN_INDEX_BATCH):
        spans_index.enqueue(job)
