"""Field checks: each takes a plain value and raises ValidationError keyed by the field, with a stable code. The
limits are the model columns' own (one declaration: a column widened in models.py widens the rule)."""
import re
from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

URL_MAX_LENGTH = 2000
# C0 and C1 controls and DEL, except tab, line feed and carriage return, which real text carries.
CONTROL_CHARS = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_url_validator = URLValidator(schemes=["http", "https"])


def invalid(field: str, message: str, code: str) -> ValidationError:
    return ValidationError({field: ValidationError(message, code=code)})


def clean_text(field: str, value, *, max_length: int | None = None, required: bool = False) -> str:
    """A user-supplied string: must be a str, storable in every database (no NUL, no lone surrogate)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise invalid(field, f"{field} must be a string.", "invalid_type")
    if "\x00" in value:
        raise invalid(field, f"{field} must not contain NUL characters.", "nul_character")
    control = CONTROL_CHARS.search(value)
    if control:
        raise invalid(field, f"{field} contains the control character U+{ord(control.group()):04X} at position "
                      f"{control.start()}.", "control_character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise invalid(field, f"{field} contains a lone surrogate, which is not valid Unicode text.", "invalid_unicode")
    if required and not value.strip():
        raise invalid(field, f"{field} is required.", "required")
    if max_length is not None and len(value) > max_length:
        raise invalid(field, f"{field} is {len(value)} characters long; the limit is {max_length}.", "too_long")
    return value


def clean_int(field: str, value) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid(field, f"{field} must be an integer.", "invalid_type")
    return value


def clean_choice(field: str, value, choices) -> str:
    if value not in choices.values:
        allowed = ", ".join(choices.values)
        raise invalid(field, f"{value!r} is not a valid {field}; expected one of: {allowed}.", "invalid_choice")
    return value


def normalize_url(value, *, field: str = "url") -> str:
    """An absolute http(s) URL, normalised so that one page is one Source row: lower-case scheme and host,
    no default port, no fragment, '/' for an empty path."""
    value = clean_text(field, value, required=True).strip()
    if len(value) > URL_MAX_LENGTH:
        raise invalid(field, f"{field} is {len(value)} characters long; the limit is {URL_MAX_LENGTH}.", "too_long")
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        raise invalid(field, f"{field} must be an absolute http:// or https:// URL.", "invalid_scheme")
    try:
        _url_validator(value)
    except ValidationError:
        raise invalid(field, f"{field} is not a valid URL.", "invalid_url")
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    if parts.username or parts.password:
        raise invalid(field, f"{field} must not carry a user name or password.", "credentials_in_url")
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
