"""Credentials never reach a debug page or a log line. Django's SafeExceptionReporterFilter hides settings whose
names look secret (…PASS…, …KEY…), but not a password inside a value: DATABASE_URL in the request's environment
(runserver copies os.environ into it), a local variable holding a connection string, an exception message. Here
every value the technical 500 page shows, and every log record, has such passwords replaced."""
import logging
import re

from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

MASK = "********************"
# user:password@ in any URL, and password=... in a libpq connection string.
_URL_PASSWORD = re.compile(r"(?P<keep>[a-z][a-z0-9+.-]*://[^:/?#@\s]*:)[^@/?#\s]+(?=@)", re.IGNORECASE)
_KEYWORD_PASSWORD = re.compile(r"(?P<keep>\bpassword\s*=\s*)('[^']*'|[^\s'\"&,;]+)", re.IGNORECASE)


def redact(text: str) -> str:
    return _KEYWORD_PASSWORD.sub(rf"\g<keep>{MASK}", _URL_PASSWORD.sub(rf"\g<keep>{MASK}", text))


class _Redacted:
    """Stands in for an object whose repr carried a credential."""

    def __init__(self, text: str):
        self.text = text

    def __repr__(self):
        return self.text


def redact_value(value, depth: int = 0):
    if isinstance(value, str):  # str(): a lazy object passes as a str but re needs the real one
        text = str(value)
        redacted = redact(text)
        return value if redacted == text else redacted
    if depth > 8:
        return value
    if isinstance(value, dict):
        return {key: redact_value(item, depth + 1) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [redact_value(item, depth + 1) for item in value]
        return items if isinstance(value, list) else tuple(items)
    try:
        text = repr(value)
    except Exception:  # the page says the repr failed, as it would have
        return value
    redacted = redact(text)
    return value if redacted == text else _Redacted(redacted)


class CredentialSafeFilter(SafeExceptionReporterFilter):
    """DEFAULT_EXCEPTION_REPORTER_FILTER: Django's filter, plus passwords inside values."""

    hidden_settings = re.compile("API|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE|DATABASE_URL|DSN", flags=re.I)

    def cleanse_setting(self, key, value):
        return redact_value(super().cleanse_setting(key, value))

    def get_traceback_frame_variables(self, request, tb_frame):
        return [(name, redact_value(value)) for name, value in super().get_traceback_frame_variables(request, tb_frame)]


class CredentialSafeExceptionReporter(ExceptionReporter):
    """DEFAULT_EXCEPTION_REPORTER: the exception's own message may quote a connection string."""

    def get_traceback_data(self):
        data = super().get_traceback_data()
        for key in ("exception_value", "exception_notes"):
            if isinstance(data.get(key), str):
                data[key] = redact(data[key])
        return data


class RedactCredentials(logging.Filter):
    """On every handler: the message and the formatted traceback of a record, without passwords."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
