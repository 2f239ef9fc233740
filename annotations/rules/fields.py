"""Field checks: each takes a plain value and raises ValidationError keyed by the field, with a stable code. The
limits are the model columns' own (one declaration: a column widened in models.py widens the rule)."""
import functools
import re
import unicodedata
from urllib.parse import quote, urlsplit, urlunsplit

import idna
import regex

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
    if not value and not required:  # a blank optional field (most spans' speaker and note): nothing to check
        return value
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


@functools.lru_cache(maxsize=None)
def _values(choices) -> frozenset:
    """A choices class's values, once: Django's `.values` builds a new list from the enum on every read, which the
    importer did twice per span (a tenth of a 10,000-article import's Python time)."""
    return frozenset(choices.values)


def clean_choice(field: str, value, choices) -> str:
    if value not in _values(choices):
        allowed = ", ".join(choices.values)
        raise invalid(field, f"{value!r} is not a valid {field}; expected one of: {allowed}.", "invalid_choice")
    return value


def normalize_url(value, *, field: str = "url") -> str:
    """An absolute http(s) URL in its one canonical form, so that one page is one Source row: lower-case scheme,
    the host through IDNA (UTS 46: NFKC, case folding, fullwidth and ideographic full stops) as punycode without a
    trailing dot, no default port, percent-encoding normalised (unreserved characters decoded, other escapes in
    upper case, non-ASCII encoded as UTF-8), no fragment, '/' for an empty path. Refuses an invalid port
    (invalid_port) and a host label that mixes Latin, Cyrillic, Greek or Armenian letters (mixed_script_host: the
    homograph of another name); a label in one script is kept, shown as punycode."""
    value = clean_text(field, value, required=True).strip()
    if len(value) > URL_MAX_LENGTH:
        raise invalid(field, f"{field} is {len(value)} characters long; the limit is {URL_MAX_LENGTH}.", "too_long")
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise invalid(field, f"{field} must be an absolute http:// or https:// URL.", "invalid_scheme")
    netloc = unicodedata.normalize("NFKC", parts.netloc)
    if "@" in netloc:
        raise invalid(field, f"{field} must not carry a user name or password.", "credentials_in_url")
    host, port = _split_host_port(netloc, field)
    host = _canonical_host(host, field)
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    path = _normalise_percent(parts.path, _PATH_SAFE) or "/"
    query = _normalise_percent(parts.query, _QUERY_SAFE)
    url = urlunsplit((scheme, host, path, query, ""))
    if len(url) > URL_MAX_LENGTH:  # escaping lengthens it
        raise invalid(field, f"{field} is {len(url)} characters long once escaped; the limit is {URL_MAX_LENGTH}.",
                      "too_long")
    try:
        _url_validator(url)
    except ValidationError:
        raise invalid(field, f"{field} is not a valid URL.", "invalid_url")
    return url


_PORT = re.compile(r"^(?P<host>\[[^\]]*\]|[^:]*)(?::(?P<port>[^:]*))?$")
# IDNA's label separators besides ".": ideographic, fullwidth and halfwidth ideographic full stops.
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})
# Scripts whose letters pass for each other (Latin a, Cyrillic а, Greek α): one label may not mix them.
_LOOKALIKE_SCRIPTS = {name: regex.compile(rf"\p{{Script={name}}}")
                      for name in ("Latin", "Cyrillic", "Greek", "Armenian")}
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PATH_SAFE = "/:@!$&'()*+,;=%"
_QUERY_SAFE = _PATH_SAFE + "?"


def _split_host_port(netloc: str, field: str) -> tuple[str, int | None]:
    match = _PORT.match(netloc)
    if match is None:
        raise invalid(field, f"{field} is not a valid URL.", "invalid_url")
    port = match.group("port")
    if port is None or port == "":
        return match.group("host"), None
    if not port.isascii() or not port.isdigit() or not 0 < int(port) <= 65535:
        raise invalid(field, f"{field} has the port {port[:20]!r}; a port is a number from 1 to 65535.",
                      "invalid_port")
    return match.group("host"), int(port)


def _canonical_host(host: str, field: str) -> str:
    if host.startswith("["):  # an IPv6 literal
        return host.lower()
    host = host.translate(_DOTS).rstrip(".")
    if not host:
        raise invalid(field, f"{field} has no host name.", "invalid_url")
    if host.isascii() and "xn--" not in host.lower():
        return host.lower()  # nothing for IDNA to map; the URL validator checks the name
    try:
        ascii_host = idna.encode(host, uts46=True).decode("ascii")
        unicode_host = idna.decode(ascii_host)
    except (idna.IDNAError, UnicodeError):
        raise invalid(field, f"{field} has the host {host[:100]!r}, which is not a valid host name.", "invalid_url")
    for label in unicode_host.split("."):
        if not label.isascii():
            scripts = [name for name, script in _LOOKALIKE_SCRIPTS.items() if script.search(label)]
            if len(scripts) > 1:
                raise invalid(field, f"{field} has the host label {label!r}, which mixes {' and '.join(scripts)} "
                              "letters: a lookalike of another name.", "mixed_script_host")
    return ascii_host


def _normalise_percent(component: str, safe: str) -> str:
    """Unreserved characters unescaped, other escapes upper-cased, everything else that needs it escaped as UTF-8."""
    component = _STRAY_PERCENT.sub("%25", component)
    component = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if chr(int(m.group(1), 16)) in _UNRESERVED
                            else "%" + m.group(1).upper(), component)
    return quote(component, safe=safe)
