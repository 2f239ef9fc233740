"""Every endpoint × every role: the status each gets. Rows are (method, url-template, body, expected by role)."""
import pytest

from annotations import services
from annotations.models import Article, Review, Span
from tests.factories import user_with_roles

ROLES = ["anonymous", "annotator", "reviewer", "exporter", "staff"]
DENIED = {401, 403}


@pytest.fixture
def world(article, make_span):
    author = user_with_roles("author", "annotator")
    submitted = services.span_submit(span=make_span(article, "Critics disagree", tag="opinion", author=author),
                                     user=author)
    users = {
        "anonymous": None,
        "annotator": user_with_roles("m-annotator", "annotator"),
        "reviewer": user_with_roles("m-reviewer", "reviewer"),
        "exporter": user_with_roles("m-exporter", "exporter"),
        "staff": user_with_roles("m-staff", is_staff=True, is_superuser=True),
    }
    return {"article": article, "submitted": submitted, "users": users}


def span_body(world):
    text = world["article"].text
    start = text.index("40%")
    return {"article": world["article"].pk, "start": start, "end": start + 3, "tag": "claim"}


MATRIX = [
    ("get", "/api/me/", None, {"annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200}),
    ("get", "/api/articles/", None, {"annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200}),
    ("get", "/api/articles/{article}/", None, {"annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200}),
    ("post", "/api/articles/", {"text": "Fresh article text.", "title": "Fresh"},
     {"annotator": 201, "reviewer": 201, "exporter": 403, "staff": 201}),
    ("post", "/api/articles/preview/", {"text": "Fresh article text."},
     {"annotator": 200, "reviewer": 200, "exporter": 403, "staff": 200}),
    ("patch", "/api/articles/{article}/", {"title": "Better title"},
     {"annotator": 403, "reviewer": 200, "exporter": 403, "staff": 200}),
    ("get", "/api/me/work/", None, {"annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200}),
    ("post", "/api/assignments/", lambda w: {"article": w["article"].pk, "user": "m-annotator", "role": "annotate"},
     {"annotator": 403, "reviewer": 403, "exporter": 403, "staff": 201}),
    ("get", "/api/assignments/", None, {"annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200}),
    ("get", "/api/spans/", None, {"annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200}),
    ("get", "/api/spans/{span}/", None, {"annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200}),
    ("post", "/api/spans/", span_body, {"annotator": 201, "reviewer": 403, "exporter": 403, "staff": 201}),
    ("patch", "/api/spans/{span}/", {"note": "x"}, {"annotator": 403, "reviewer": 403, "exporter": 403,
                                                   "staff": 400}),
    ("delete", "/api/spans/{span}/", None, {"annotator": 403, "reviewer": 403, "exporter": 403, "staff": 400}),
    ("post", "/api/spans/{span}/reviews/", {"decision": "approve"},
     {"annotator": 403, "reviewer": 201, "exporter": 403, "staff": 201}),
    ("post", "/api/spans/{span}/evidence/", {"stance": "context", "url": "https://example.org/x"},
     {"annotator": 403, "reviewer": 201, "exporter": 403, "staff": 201}),
    ("get", "/api/evidence/", None, {"annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200}),
    ("get", "/api/sources/", None, {"annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200}),
    ("get", "/api/reviews/", None, {"annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200}),
    ("get", "/api/claim-sets/", None, {"annotator": 403, "reviewer": 403, "exporter": 200, "staff": 200}),
    ("post", "/api/claim-sets/", {"name": "m"}, {"annotator": 403, "reviewer": 403, "exporter": 201, "staff": 201}),
    ("get", "/api/exports/?format=jsonl", None, {"annotator": 403, "reviewer": 403, "exporter": 200, "staff": 200}),
    ("get", "/api/spans/{span}/history/", None, {"annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200}),
    ("get", "/api/training-sessions/", None, {"annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200}),
    ("post", "/api/imports/", None, {"annotator": 403, "reviewer": 403, "exporter": 403, "staff": 400}),
    ("get", "/api/articles/{article}/suggestions/", None,
     {"annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200}),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("method, url, body, expected", MATRIX, ids=[f"{m} {u}" for m, u, _, _ in MATRIX])
def test_permission_matrix(client_for, world, role, method, url, body, expected):
    client = client_for(world["users"][role])
    if callable(body):
        body = body(world)
    target = url.format(article=world["article"].pk, span=world["submitted"].pk)
    before = (Span.objects.count(), Review.objects.count(), Article.objects.count())
    # Overwriting writes carry the span's ETag, as every client must (428 otherwise): the matrix tests the role.
    headers = {"HTTP_IF_MATCH": f'"{world["submitted"].version}"'} if method in ("patch", "put", "delete") else {}
    response = getattr(client, method)(target, body, format="json", **headers) if body is not None else getattr(
        client, method)(target, **headers)
    if role == "anonymous":
        assert response.status_code in DENIED
        assert "results" not in response.json()
    else:
        assert response.status_code == expected[role], response.content[:300]
    if response.status_code >= 400:
        assert (Span.objects.count(), Review.objects.count(), Article.objects.count()) == before
        assert response["Content-Type"].startswith("application/json")
