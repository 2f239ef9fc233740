"""One intake, three doors: each bad input goes through the service, the API and `ingest_articles`, and each door
refuses it with the same code and stores nothing. Withdrawing a span has two doors (service and API): same codes."""
import io
import re
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from annotations import services
from annotations.errors import NotPermitted
from annotations.models import Article

CASES = [
    # (name, kind, value, code): kind url | file (name, bytes)
    ("loopback", "url", "http://127.0.0.1/", "blocked_address"),
    ("IPv6 loopback", "url", "http://[::1]/", "blocked_address"),
    ("cloud metadata", "url", "http://169.254.169.254/latest/meta-data/", "blocked_address"),
    ("credentials in the URL", "url", "http://me:pw@example.org/", "credentials_in_url"),
    ("malformed URL", "url", "https://exa mple.org/", "invalid_url"),
    ("a PDF", "file", ("scan.pdf", b"%PDF-1.7"), "unsupported_file_type"),
    ("a text file that is not UTF-8", "file", ("story.txt", "café".encode("latin-1")), "invalid_encoding"),
    ("a page without article text", "file", ("empty.html", b"<html><head><title>x</title></head><body><script>1</script></body></html>"),
     "no_text"),
    ("NUL in a text file", "file", ("nul.txt", b"Head\x00line"), "nul_character"),
]
DOORS = ("service", "api", "command")


def _service(user, kind, value) -> str:
    kwargs = {"url": value} if kind == "url" else {"file_name": value[0], "file_data": value[1]}
    try:
        services.article_ingest(user=user, **kwargs)
    except ValidationError as exc:
        return next(iter(exc.error_dict.values()))[0].code
    return "accepted"


def _api(client, kind, value) -> str:
    if kind == "url":
        response = client.post("/api/articles/", {"url": value}, format="json")
    else:
        response = client.post("/api/articles/", {"file": SimpleUploadedFile(value[0], value[1])}, format="multipart")
    if response.status_code < 400:
        return "accepted"
    return next(iter(response.data.values()))[0].code


def _command(tmp_path, kind, value) -> str:
    source = value
    if kind == "file":
        source = tmp_path / value[0]
        source.write_bytes(value[1])
    err = StringIO()
    try:
        call_command("ingest_articles", str(source), stdout=StringIO(), stderr=err)
    except CommandError:
        pass
    found = re.search(r"\[([a-z_]+)\]", err.getvalue())
    return found.group(1) if found else "accepted"


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize("name, kind, value, code", CASES, ids=[case[0] for case in CASES])
def test_every_intake_door_refuses_alike_and_stores_nothing(annotator, client_for, tmp_path, door, name, kind, value,
                                                            code):
    if door == "service":
        got = _service(annotator, kind, value)
    elif door == "api":
        got = _api(client_for(annotator), kind, value)
    else:
        got = _command(tmp_path, kind, value)
    assert got == code
    assert Article.objects.count() == 0


@pytest.mark.parametrize("status, code", [("draft", "not_withdrawable"), ("stranger", "not_author")])
def test_withdraw_is_refused_alike_by_the_service_and_the_api(annotator, other_annotator, client_for, article,
                                                              make_span, status, code):
    span = make_span(article, "40% of voters agree")
    user = annotator
    if status == "stranger":
        span = services.span_submit(span=span, user=annotator)
        user = other_annotator
    try:
        services.span_withdraw(span=span, user=user)
        service_code = "accepted"
    except NotPermitted as exc:
        service_code = exc.code
    except ValidationError as exc:
        service_code = next(iter(exc.error_dict.values()))[0].code
    response = client_for(user).post(f"/api/spans/{span.pk}/withdraw/")
    api_code = response.data["code"] if "detail" in response.data else next(iter(response.data.values()))[0].code
    assert service_code == api_code == code
    span.refresh_from_db()
    assert span.status == ("draft" if status == "draft" else "submitted")
