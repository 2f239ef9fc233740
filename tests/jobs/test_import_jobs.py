"""Imports above a size run as a background job: the upload answers 202 with the job's URL, and the job's status
says its state, progress and result (the import report) or error."""
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from annotations.models import Span

GOOD = {"text": "Café owners 🔹 say 40% agree.", "label": [[0, 11, "CLAIM"], [18, 21, "Opinion"]]}
BAD = {"text": "Short.", "label": [[0, 99, "CLAIM"]]}


def doccano_file(*records) -> SimpleUploadedFile:
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    return SimpleUploadedFile("doccano.jsonl", body, content_type="application/jsonl")


@pytest.fixture
def small_threshold(settings):
    settings.IMPORT_BACKGROUND_BYTES = 10  # every test upload is "large"


def test_a_large_upload_answers_202_with_a_job_url_and_the_job_reports_the_import(client_for, staff,
                                                                                  small_threshold):
    client = client_for(staff)
    upload = doccano_file(GOOD)
    response = client.post("/api/imports/", {"file": upload, "format": "doccano"}, format="multipart")
    assert response.status_code == 202, response.content
    job_url = response.json()["url"]
    assert response["Location"] == job_url and job_url.startswith("/api/jobs/")
    job = client.get(job_url).json()
    assert (job["kind"], job["state"]) == ("import", "succeeded")
    assert job["progress"]["done"] == job["progress"]["total"] == upload.size  # bytes read of the file
    assert (job["result"]["spans_created"], job["result"]["articles_created"]) == (2, 1)
    assert job["error"] is None
    assert sorted(Span.objects.values_list("text", flat=True)) == ["40%", "Café owners"]


def test_a_small_upload_still_imports_in_the_request(client_for, staff):
    response = client_for(staff).post("/api/imports/", {"file": doccano_file(GOOD), "format": "doccano"},
                                      format="multipart")
    assert response.status_code == 201
    assert response.json()["spans_created"] == 2


def test_a_rejected_background_import_is_a_failed_job_naming_the_line_and_writes_nothing(client_for, staff,
                                                                                         small_threshold):
    client = client_for(staff)
    job_url = client.post("/api/imports/", {"file": doccano_file(GOOD, BAD), "format": "doccano"},
                          format="multipart").json()["url"]
    job = client.get(job_url).json()
    assert job["state"] == "failed"
    assert job["error"]["code"] == "import_rejected"
    assert (job["result"]["errors"][0]["line"], job["result"]["errors"][0]["field"]) == ("2", "end")
    assert Span.objects.count() == 0


def test_only_the_jobs_owner_or_an_admin_sees_it(client_for, staff, annotator, small_threshold):
    job_url = client_for(staff).post("/api/imports/", {"file": doccano_file(GOOD), "format": "doccano"},
                                     format="multipart").json()["url"]
    assert client_for(annotator).get(job_url).status_code == 404
    assert client_for(None).get(job_url).status_code in (401, 403)
    assert client_for(staff).get("/api/jobs/not-a-uuid/").status_code == 404


def test_a_jobs_status_is_one_query(client_for, staff, small_threshold, django_assert_max_num_queries):
    client = client_for(staff)
    job_url = client.post("/api/imports/", {"file": doccano_file(GOOD), "format": "doccano"},
                          format="multipart").json()["url"]
    with django_assert_max_num_queries(1):
        assert client.get(job_url).status_code == 200


def test_the_admin_lists_jobs_and_cannot_change_them(admin_client, client_for, staff, small_threshold):
    job_url = client_for(staff).post("/api/imports/", {"file": doccano_file(GOOD), "format": "doccano"},
                                     format="multipart").json()["url"]
    job_id = job_url.rstrip("/").rsplit("/", 1)[-1]
    assert job_id in admin_client.get("/admin/annotations/job/").content.decode()
    assert admin_client.get(f"/admin/annotations/job/{job_id}/change/").status_code == 200
    assert admin_client.post(f"/admin/annotations/job/{job_id}/delete/", {"post": "yes"}).status_code == 403
