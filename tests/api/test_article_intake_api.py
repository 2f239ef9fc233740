"""POST /api/articles/ and /api/articles/preview/: the intake service behind the API, documented in the schema."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from annotations.models import Article
from tests.ingest.conftest import NEWS_PAGE, page_server  # noqa: F401  (the fixture)

NEWS_PATH = "/news/leaders-meet.html"


def test_an_annotator_adds_an_article_by_url_over_the_api(client_for, annotator, page_server):  # noqa: F811
    response = client_for(annotator).post("/api/articles/", {"url": page_server.url(NEWS_PATH)}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["title"], body["outlet"], body["author"], body["published"]) == (
        "Leaders meet in Paris as talks go on", "The Daily Example", "Jane Reporter", "2025-02-24")
    assert body["url"] == "https://news.example.org/world/2025/02/24/leaders-meet-in-paris/"
    assert "Leave a Reply" not in body["text"]


def test_html_with_edited_metadata_is_stored_with_the_edits(client_for, annotator):
    response = client_for(annotator).post("/api/articles/", {
        "html": NEWS_PAGE.decode(), "title": "My title", "outlet": "", "url": "https://example.org/saved",
    }, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["title"], body["outlet"], body["url"]) == ("My title", "", "https://example.org/saved")


def test_preview_stores_nothing_and_save_stores_exactly_the_previewed_text(client_for, annotator, page_server):  # noqa: F811
    client = client_for(annotator)
    preview = client.post("/api/articles/preview/", {"url": page_server.url(NEWS_PATH)}, format="json")
    assert preview.status_code == 200 and Article.objects.count() == 0
    draft = preview.json()
    assert draft["duplicate"] is None and draft["source"] == "url" and draft["length"] == len(draft["text"])
    saved = client.post("/api/articles/", {key: draft[key] for key in (
        "text", "title", "outlet", "author", "url", "published", "language")}, format="json")
    assert saved.status_code == 201
    assert Article.objects.get().text == draft["text"]
    again = client.post("/api/articles/preview/", {"url": page_server.url(NEWS_PATH)}, format="json")
    assert again.json()["duplicate"] == {"id": saved.json()["id"], "title": draft["title"], "reason": "text"}


def test_a_duplicate_is_answered_with_409_and_the_existing_article(client_for, annotator):
    client = client_for(annotator)
    first = client.post("/api/articles/", {"text": "One text.\n"}, format="json").json()
    response = client.post("/api/articles/", {"text": "One text.\n"}, format="json")
    assert response.status_code == 409
    assert (response.json()["code"], response.json()["article"]) == ("duplicate_article", first["id"])
    assert Article.objects.count() == 1


def test_an_uploaded_file_is_previewed_over_multipart(client_for, annotator):
    upload = SimpleUploadedFile("saved.html", NEWS_PAGE, content_type="text/html")
    response = client_for(annotator).post("/api/articles/preview/", {"file": upload}, format="multipart")
    assert response.status_code == 200, response.content
    assert response.json()["title"] == "Leaders meet in Paris as talks go on"


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://[::1]/", "http://169.254.169.254/latest/"])
def test_a_url_on_a_blocked_address_is_a_400_on_url_and_stores_nothing(client_for, annotator, url):
    response = client_for(annotator).post("/api/articles/", {"url": url}, format="json")
    assert response.status_code == 400
    assert "Only public web pages" in response.json()["url"][0]
    assert Article.objects.count() == 0


def test_the_schema_documents_url_html_and_the_preview(client_for, annotator):
    schema = client_for(annotator).get("/api/schema/", HTTP_ACCEPT="application/json").json()
    create = schema["paths"]["/api/articles/"]["post"]
    request = create["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert {"url", "html", "text", "file"} <= set(schema["components"]["schemas"][request]["properties"])
    assert "409" in create["responses"]
    assert "/api/articles/preview/" in schema["paths"]


def test_an_upload_over_the_size_cap_is_refused_before_it_is_read(client_for, annotator, settings):
    settings.INTAKE_MAX_BYTES = 100
    upload = SimpleUploadedFile("big.txt", b"x" * 101, content_type="text/plain")
    response = client_for(annotator).post("/api/articles/", {"file": upload}, format="multipart")
    assert response.status_code == 400
    assert "The file is larger than" in response.json()["file"][0]
    assert Article.objects.count() == 0
