"""Login throttling, CSRF on session writes, password rules and production cookie settings."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from rest_framework.test import APIClient

from annotations.models import Span

ROOT = Path(__file__).resolve().parents[2]


def test_repeated_wrong_passwords_lock_the_account_out_of_the_token_endpoint(annotator):
    client = APIClient()
    statuses = [client.post("/api/auth/token/", {"username": "ann", "password": "wrong"}).status_code
                for _ in range(5)]
    assert statuses == [400, 400, 400, 400, 429]  # the fifth failure reaches the limit
    locked = client.post("/api/auth/token/", {"username": "ann", "password": "pw-for-tests-only"})
    assert locked.status_code == 429 and "token" not in locked.json()
    other = APIClient(REMOTE_ADDR="10.9.8.7")
    assert other.post("/api/auth/token/", {"username": "ann", "password": "pw-for-tests-only"}).status_code == 200


def test_admin_login_is_throttled_too(staff, client):
    for _ in range(5):
        client.post("/admin/login/", {"username": "boss", "password": "nope"})
    response = client.post("/admin/login/", {"username": "boss", "password": "pw-for-tests-only"})
    assert response.status_code == 429


def test_session_writes_need_the_csrf_token(annotator, article):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(annotator)
    payload = {"article": article.pk, "start": 0, "end": 7, "tag": "claim"}
    refused = client.post("/api/spans/", payload, format="json")
    assert refused.status_code == 403 and "CSRF" in refused.json()["detail"]
    assert Span.objects.count() == 0
    client.get("/api/me/")  # no token yet: fetch one from a page that sets the cookie
    token = client.get("/admin/login/").cookies["csrftoken"].value
    accepted = client.post("/api/spans/", payload, format="json", HTTP_X_CSRFTOKEN=token)
    assert accepted.status_code == 201


@pytest.mark.parametrize("password", ["password123", "short", "12345678901", "qwertyuiop"])
def test_weak_passwords_are_refused(password, annotator):
    with pytest.raises(ValidationError):
        validate_password(password, user=annotator)


def test_production_settings_set_secure_cookies_and_hsts():
    code = ("from django.conf import settings as s; import json; print(json.dumps({k: getattr(s, k) for k in "
            "['SESSION_COOKIE_SECURE','CSRF_COOKIE_SECURE','SESSION_COOKIE_HTTPONLY','SECURE_HSTS_SECONDS',"
            "'SECURE_SSL_REDIRECT','SECURE_CONTENT_TYPE_NOSNIFF','DEBUG','X_FRAME_OPTIONS']}))")
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DJANGO_SETTINGS_MODULE", "DATABASE_URL",
                                                            "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(DEBUG="0", SECRET_KEY="kq7#Zp2!vR9@mW4$" * 4, DJANGO_SETTINGS_MODULE="factcheck.settings")
    out = subprocess.run([sys.executable, "-c", f"import django; django.setup(); {code}"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60, check=True).stdout
    values = json.loads(out)
    assert values == {
        "SESSION_COOKIE_SECURE": True, "CSRF_COOKIE_SECURE": True, "SESSION_COOKIE_HTTPONLY": True,
        "SECURE_HSTS_SECONDS": 31536000, "SECURE_SSL_REDIRECT": True, "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "DEBUG": False, "X_FRAME_OPTIONS": "DENY",
    }


def test_no_secret_or_database_is_committed():
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    if not tracked:
        pytest.skip("not a git checkout")
    assert not [f for f in tracked if f.endswith((".sqlite3", ".db", ".env", ".pem", ".key"))]
    settings_text = (ROOT / "factcheck" / "settings.py").read_text()
    assert "SECRET_KEY = os.environ.get(\"SECRET_KEY\"" in settings_text
