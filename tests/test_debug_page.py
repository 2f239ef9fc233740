"""Credentials never reach a debug page or a log line: the DATABASE_URL's password is cleansed from the request's
environment, the settings, a frame's local variables and the exception message of Django's technical 500 page,
whether rendered as HTML or as text."""
import logging
import os
import sys

import pytest
from django.test import RequestFactory
from django.views.debug import technical_500_response

PASSWORD = "s3cr3t-Pa55word"
URL = f"postgres://factcheck:{PASSWORD}@db.internal:5432/factcheck"


def fail_with_credentials_in_scope():
    database_url = os.environ["DATABASE_URL"]  # noqa: F841  (a local the debug page lists)
    conninfo = f"host=db.internal user=factcheck password={PASSWORD} dbname=factcheck"  # noqa: F841
    options = {"url": URL, "nested": [URL]}  # noqa: F841
    raise RuntimeError(f"could not connect to {URL}")


@pytest.mark.parametrize("accept", ["text/html", "text/plain"])
def test_the_debug_page_never_shows_the_database_password(settings, monkeypatch, accept):
    settings.DEBUG = True
    monkeypatch.setenv("DATABASE_URL", URL)
    settings.DATABASES = {**settings.DATABASES, "default": {**settings.DATABASES["default"], "PASSWORD": PASSWORD}}
    settings.WORKBENCH_BACKUP_URL = URL
    request = RequestFactory().get("/boom/", HTTP_ACCEPT=accept, DATABASE_URL=URL)
    try:
        fail_with_credentials_in_scope()
    except RuntimeError:
        response = technical_500_response(request, *sys.exc_info())
    page = response.content.decode()
    assert "db.internal" in page and "fail_with_credentials_in_scope" in page  # the page is the real one
    assert PASSWORD not in page


def test_log_records_never_carry_the_database_password(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", URL)
    from factcheck.redaction import RedactCredentials

    record = logging.LogRecord("django.request", logging.ERROR, __file__, 1, "could not connect to %s", (URL,), None)
    try:
        fail_with_credentials_in_scope()
    except RuntimeError:
        record.exc_info = sys.exc_info()
    assert RedactCredentials().filter(record)
    text = logging.Formatter().format(record)
    assert "db.internal" in text and PASSWORD not in text


def test_every_log_handler_redacts_credentials(settings):
    assert all("redact_credentials" in handler.get("filters", []) for handler in settings.LOGGING["handlers"].values())
