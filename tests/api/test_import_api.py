import json

from django.core.files.uploadedfile import SimpleUploadedFile

from annotations.models import Span


def doccano_file(*records) -> SimpleUploadedFile:
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    return SimpleUploadedFile("doccano.jsonl", body, content_type="application/jsonl")


GOOD = {"text": "Café owners 🔹 say 40% agree.", "label": [[0, 11, "CLAIM"], [18, 21, "Opinion"]]}
BAD = {"text": "Short.", "label": [[0, 99, "CLAIM"]]}


def test_staff_upload_imports_a_doccano_file(client_for, staff):
    response = client_for(staff).post("/api/imports/", {"file": doccano_file(GOOD), "format": "doccano"},
                                      format="multipart")
    assert response.status_code == 201, response.json()
    assert (response.json()["spans_created"], response.json()["articles_created"]) == (2, 1)
    assert sorted(Span.objects.values_list("text", flat=True)) == ["40%", "Café owners"]


def test_a_bad_line_is_reported_with_its_number_and_nothing_is_written(client_for, staff):
    response = client_for(staff).post("/api/imports/", {"file": doccano_file(GOOD, BAD), "format": "doccano"},
                                      format="multipart")
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert (error["file"], error["line"], error["field"]) == ("doccano.jsonl", "2", "end")
    assert Span.objects.count() == 0


def test_skip_invalid_upload_imports_the_good_lines(client_for, staff):
    response = client_for(staff).post(
        "/api/imports/", {"file": doccano_file(GOOD, BAD), "format": "doccano", "skip_invalid": "true"},
        format="multipart")
    assert (response.status_code, response.json()["rejected"], Span.objects.count()) == (201, 1, 2)


def test_only_staff_may_import(client_for, annotator, exporter):
    for user in (annotator, exporter, None):
        response = client_for(user).post("/api/imports/", {"file": doccano_file(GOOD), "format": "doccano"},
                                         format="multipart")
        assert response.status_code in (401, 403)
    assert Span.objects.count() == 0


def test_invalid_utf8_upload_is_a_clear_error(client_for, staff):
    upload = SimpleUploadedFile("bad.jsonl", b'{"text": "caf\xe9", "label": []}\n')
    response = client_for(staff).post("/api/imports/", {"file": upload, "format": "doccano"}, format="multipart")
    assert response.status_code == 400
    assert "UTF-8" in json.dumps(response.json())


def test_a_malformed_label_map_is_a_400_on_that_field(client_for, staff):
    response = client_for(staff).post(
        "/api/imports/", {"file": doccano_file(GOOD), "format": "doccano", "label_map": "0"}, format="multipart")
    assert (response.status_code, list(response.json())) == (400, ["label_map"])
