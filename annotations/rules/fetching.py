"""Rules of what the server may fetch for the article intake, as pure functions over plain values: which URLs and
which network addresses. The fetcher (annotations/ingest/fetch.py) asks them for the first URL and for every
redirect, after resolving the host and before connecting to the very address it checked."""
import ipaddress
from urllib.parse import urlsplit

from .fields import invalid, normalize_url

FETCH_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def check_fetch_url(url, *, field: str = "url") -> str:
    """An absolute http(s) URL without credentials, normalised (rules.fields.normalize_url: the same as sources)."""
    return normalize_url(url, field=field)


def host_is_allowed(url: str, allowed_hosts) -> bool:
    """Whether the URL's host (or host:port) is on the settings' list of hosts that may resolve to private
    addresses (INTAKE_ALLOWED_HOSTS; tests serve pages from 127.0.0.1:PORT)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port or (443 if parts.scheme == "https" else 80)
    entries = {entry.strip().lower() for entry in allowed_hosts}
    return host in entries or f"{host}:{port}" in entries or f"[{host}]:{port}" in entries


def _refusal_reason(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo[1] if address.teredo else None)
        if embedded is not None:
            return _refusal_reason(embedded)
    if address.is_unspecified:
        return "not a public internet address (the unspecified address)"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address (cloud metadata services live there)"
    if address.is_private:
        return "a private network address"
    if address.is_multicast or address.is_reserved or not address.is_global:
        return "not a public internet address"
    return None


def check_public_address(address: str, *, host: str, field: str = "url") -> None:
    """Refuse anything but a public unicast address: loopback, private, link-local (169.254.169.254, the cloud
    metadata service), shared, reserved, multicast, and IPv4 embedded in IPv6 that is any of those."""
    try:
        parsed = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        raise invalid(field, f"{host} resolved to {address!r}, which is not an IP address.", "blocked_address")
    reason = _refusal_reason(parsed)
    if reason:
        raise invalid(field, f"Refused to fetch {host}: it resolves to {parsed}, {reason}. Only public web "
                      "pages can be fetched.", "blocked_address")


def check_content_type(content_type: str, *, field: str = "url") -> str:
    """The media type without parameters, if it is a page we can read (HTML, XHTML or plain text)."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type not in FETCH_CONTENT_TYPES:
        raise invalid(field, f"The page is {media_type or 'of no declared type'}, not HTML or plain text.",
                      "unsupported_content_type")
    return media_type


def check_size(size: int, limit: int, *, field: str = "url") -> None:
    """A fetched page or an uploaded file is at most `limit` bytes (settings.INTAKE_MAX_BYTES)."""
    if size > limit:
        what = "file" if field == "file" else "page"
        raise invalid(field, f"The {what} is larger than the {limit // 1024:,} KiB limit.", "too_large")
