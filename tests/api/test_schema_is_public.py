"""The decision of issue 13 (docs/reliability.md, "The API schema is public"): the OpenAPI schema and its two docs
pages are readable without signing in, because they describe the interface (as the README does) and hold no data;
every endpoint they describe still refuses an anonymous caller."""
import pytest
from django.conf import settings

from tests.factories import user_with_roles


@pytest.mark.parametrize("url", ["/api/schema/", "/api/docs/", "/api/redoc/"])
def test_the_schema_and_its_docs_are_readable_anonymously(client, url):
    # /api/redoc/ redirects to the Swagger UI (issue 16: Redoc's bundle loads fonts and a logo from outside hosts).
    assert client.get(url, follow=True).status_code == 200


def test_the_public_schema_carries_no_data_and_no_configuration(client, db):
    user_with_roles("secret-reviewer-name", "reviewer")
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").content.decode()
    for secret in ("secret-reviewer-name", settings.SECRET_KEY, str(settings.DATABASES["default"].get("NAME"))):
        assert secret not in schema


def test_the_decision_is_explicit_in_the_settings():
    assert settings.SPECTACULAR_SETTINGS["SERVE_PERMISSIONS"] == ["rest_framework.permissions.AllowAny"]


def test_every_documented_endpoint_refuses_an_anonymous_caller(client, db):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    open_paths = {"/api/auth/token/"}  # exchanging a password for a token is how one signs in
    for path, operations in schema["paths"].items():
        if path in open_paths:
            continue
        url = path.replace("{id}", "1").replace("{format}", "json")
        for method in operations:
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            response = getattr(client, method)(url)
            assert response.status_code in (401, 403), (method, path, response.status_code)
