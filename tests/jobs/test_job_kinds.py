"""The other jobs: a claim-set export written to a file in the database, suggestions precomputed on intake, and
the cluster update queued with an approval; and what becomes of a task whose worker died."""
import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from annotations import services
from annotations.assist.suggest import suggest
from annotations.jobs import lease, recovery, storage
from annotations.models import ArticleSuggestions, Job, Span
from tests.factories import ArticleFactory

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_queued_tasks(monkeypatch):
    """A real worker of the database queue, in this process, until the queue is empty. Its connection housekeeping
    (for a process that lives for days) would close the test's connection mid-transaction."""
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    db_worker.Worker(queue_names=["default"], interval=0, batch=True, backend_name="default", startup_delay=False,
           max_tasks=None, worker_id="test-worker", excluded_queue_names=[]).run()


def test_a_claim_set_export_job_writes_the_same_bytes_as_the_direct_download(client_for, exporter, claim_corpus,
                                                                            monkeypatch):
    monkeypatch.setattr(storage, "CHUNK_BYTES", 100)  # several chunks
    claim_set = services.claim_set_create(name="week", filters={}, user=exporter)
    client = client_for(exporter)
    response = client.post(f"/api/claim-sets/{claim_set.pk}/export-jobs/", {"format": "jsonl"}, format="json")
    assert response.status_code == 202, response.json()
    job = client.get(response["Location"]).json()
    assert (job["kind"], job["state"], job["result"]["spans"]) == ("export", "succeeded", len(claim_corpus))
    download = client.get(job["download_url"])
    direct = client.get(f"/api/claim-sets/{claim_set.pk}/export/", {"format": "jsonl"})
    body = b"".join(download.streaming_content)
    assert body == b"".join(direct.streaming_content) and len(body) == job["result"]["size"] > 300
    assert download["Content-Disposition"] == f'attachment; filename="claim-set-{claim_set.pk}.jsonl"'


def test_an_export_job_needs_a_known_format_and_the_exporter_role(client_for, exporter, annotator, claim_corpus):
    claim_set = services.claim_set_create(name="week", filters={}, user=exporter)
    url = f"/api/claim-sets/{claim_set.pk}/export-jobs/"
    assert client_for(exporter).post(url, {"format": "pdf"}, format="json").status_code == 400
    assert client_for(annotator).post(url, {"format": "jsonl"}, format="json").status_code == 403
    assert Job.objects.count() == 0


def test_article_intake_stores_its_suggestions_and_the_endpoint_serves_the_stored_ones(client_for, annotator):
    article = services.article_create(title="t", text="“We will not give up,” Macron said on Monday. "
                                                      "Prices rose 40% in 2024, the ministry reported.")
    stored = ArticleSuggestions.objects.get(article=article)
    assert stored.items == {"partial": False, "results": [s.as_dict() for s in suggest(article.text)]}
    assert stored.items["results"]
    served = {"partial": False, "results": stored.items["results"][:1]}
    ArticleSuggestions.objects.filter(pk=article.pk).update(items=served)  # prove which one is served
    body = client_for(annotator).get(f"/api/articles/{article.pk}/suggestions/").json()
    assert body == served


def test_stored_suggestions_of_other_code_are_recomputed(client_for, annotator):
    article = ArticleFactory()
    ArticleSuggestions.objects.create(article=article, text_sha256=article.text_sha256, fingerprint="old", items=[])
    body = client_for(annotator).get(f"/api/articles/{article.pk}/suggestions/").json()
    assert body["results"] == [s.as_dict() for s in suggest(article.text)] != []


def test_an_approval_queues_the_cluster_update_in_its_own_transaction(settings, annotator, reviewer, make_span,
                                                                     monkeypatch):
    settings.TASKS = DATABASE_QUEUE
    a = ArticleFactory(text="Britain announced a new wave of sanctions against Russia’s military on Tuesday.")
    b = ArticleFactory(text="On Tuesday, Britain announced a new wave of sanctions against Russia's military.")
    spans = [make_span(a, a.text.rstrip("."), tag="quote"), make_span(b, b.text[13:].rstrip("."), tag="quote")]
    for span in spans:
        services.span_submit(span=span, user=annotator)
        services.review_submit(span=span, reviewer=reviewer, decision="approve")
    queued = DBTaskResult.objects.filter(task_path="annotations.jobs.tasks.cluster_update")
    assert sorted(t.args_kwargs["args"][0] for t in queued) == sorted(s.pk for s in spans)
    assert set(Span.objects.values_list("cluster_id", flat=True)) == {""}
    run_queued_tasks(monkeypatch)
    ids = set(Span.objects.values_list("cluster_id", flat=True))
    assert len(ids) == 1 and ids != {""}
    assert set(queued.values_list("status", flat=True)) == {TaskResultStatus.SUCCESSFUL}


@pytest.fixture
def stalled_job(settings, staff):
    """An import job whose task a worker claimed and then died on."""
    import io

    settings.TASKS = DATABASE_QUEUE
    settings.JOB_MAX_ATTEMPTS = 2
    job = services.import_job_create(user=staff, upload=io.BytesIO(b'{"text": "A.", "label": []}\n'),
                                     filename="a.jsonl", format="doccano")
    DBTaskResult.objects.filter(pk=job.task_id).update(status=TaskResultStatus.RUNNING, worker_ids=["dead-1"])
    Job.objects.filter(pk=job.pk).update(state="running", attempts=1)
    return job


def test_a_task_whose_worker_died_is_queued_again_then_reported_failed(stalled_job):
    assert recovery.recover_stalled_tasks() == {"retried": [stalled_job.task_id], "failed": []}
    task = DBTaskResult.objects.get(pk=stalled_job.task_id)
    assert task.status == TaskResultStatus.READY
    stalled_job.refresh_from_db()
    assert (stalled_job.state, stalled_job.error["code"]) == ("queued", "worker_lost")
    DBTaskResult.objects.filter(pk=task.pk).update(status=TaskResultStatus.RUNNING, worker_ids=["dead-1", "dead-2"])
    assert recovery.recover_stalled_tasks() == {"retried": [], "failed": [stalled_job.task_id]}
    stalled_job.refresh_from_db()
    assert (stalled_job.state, stalled_job.error["code"]) == ("failed", "worker_lost")
    assert DBTaskResult.objects.get(pk=task.pk).status == TaskResultStatus.FAILED


def test_the_task_of_a_live_worker_is_left_alone(stalled_job):
    DBTaskResult.objects.filter(pk=stalled_job.task_id).update(worker_ids=["alive-1"])
    with lease.held("alive-1"):
        assert lease.is_held("alive-1")
        assert recovery.recover_stalled_tasks() == {"retried": [], "failed": []}
    assert not lease.is_held("alive-1")
    assert DBTaskResult.objects.get(pk=stalled_job.task_id).status == TaskResultStatus.RUNNING
