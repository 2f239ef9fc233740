"""Fetch one web page for the article intake, safely (server-side request forgery is the risk: a user-supplied URL
must not reach the loopback interface, the private network or the cloud metadata service).

For the first URL and for every redirect: the scheme must be http(s) (rules.fetching.check_fetch_url), the host is
resolved once, every address it resolves to must be public (rules.fetching.check_public_address) unless the host is
on settings.INTAKE_ALLOWED_HOSTS, and the connection goes to the address that was checked (urllib3 pointed at the
IP, with the Host header and TLS server name of the original host), so a second DNS answer cannot swap in another
address between the check and the connection. Connect and read timeouts, a wall-clock deadline, a size cap read as
the body arrives, and a content-type check bound the work."""
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3
from django.conf import settings

from annotations.rules import fetching as rules
from annotations.rules.fields import invalid

USER_AGENT = "factcheck-workbench/1.0 (article intake)"
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchedPage:
    url: str  # where the body came from, after redirects
    content_type: str  # the media type, without parameters
    charset: str | None
    body: bytes


def resolve(host: str, port: int) -> list[str]:
    """Every address the host resolves to (one lookup; the caller checks and uses these very addresses)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise invalid("url", f"The host {host} could not be found.", "unresolvable")
    addresses = []
    for _family, _type, _proto, _name, sockaddr in infos:
        if sockaddr[0] not in addresses:
            addresses.append(sockaddr[0])
    if not addresses:
        raise invalid("url", f"The host {host} could not be found.", "unresolvable")
    return addresses


def _checked_address(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    addresses = resolve(host, port)
    if not rules.host_is_allowed(url, settings.INTAKE_ALLOWED_HOSTS):
        for address in addresses:  # all of them: a name with one public and one private answer is refused
            rules.check_public_address(address, host=host)
    return addresses[0]


def _pool(url: str, address: str, timeout: urllib3.Timeout):
    parts = urlsplit(url)
    if parts.scheme == "https":
        return urllib3.HTTPSConnectionPool(
            address, port=parts.port or 443, timeout=timeout, retries=False, maxsize=1,
            cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(),
            server_hostname=parts.hostname, assert_hostname=parts.hostname,
        )
    return urllib3.HTTPConnectionPool(address, port=parts.port or 80, timeout=timeout, retries=False, maxsize=1)


def _request_target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _read_capped(response, limit: int, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit():
        rules.check_size(int(declared), limit)
    body = bytearray()
    # read1, not read/stream: one receive at a time, so a server dripping a byte now and then meets the deadline
    # instead of holding a read that waits for a full chunk (each receive alone is within the read timeout).
    while chunk := response.read1(CHUNK):
        body += chunk
        rules.check_size(len(body), limit)
        if time.monotonic() > deadline:
            raise invalid("url", "The page took too long to download.", "timeout")
    return bytes(body)


def fetch_page(url: str) -> FetchedPage:
    """GET an http(s) page under the rules above; raises ValidationError on `url` with a stable code
    (invalid_scheme, invalid_url, credentials_in_url, unresolvable, blocked_address, too_many_redirects, timeout,
    too_large, unsupported_content_type, fetch_failed)."""
    url = rules.check_fetch_url(url)
    limit = settings.INTAKE_MAX_BYTES
    seconds = settings.INTAKE_TIMEOUT_SECONDS
    deadline = time.monotonic() + seconds
    timeout = urllib3.Timeout(connect=min(5.0, seconds), read=seconds)
    for _hop in range(settings.INTAKE_MAX_REDIRECTS + 1):
        if time.monotonic() > deadline:
            raise invalid("url", "The page took too long to download.", "timeout")
        address = _checked_address(url)
        parts = urlsplit(url)
        headers = {"Host": parts.netloc, "User-Agent": USER_AGENT,
                   "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"}
        pool = _pool(url, address, timeout)
        try:
            response = pool.urlopen("GET", _request_target(url), headers=headers, redirect=False,
                                    preload_content=False, decode_content=True, assert_same_host=False)
            try:
                if response.status in REDIRECT_STATUSES and response.headers.get("Location"):
                    url = rules.check_fetch_url(urljoin(url, response.headers["Location"]))
                    continue
                if response.status != 200:
                    raise invalid("url", f"The server answered {response.status} for {url}.", "fetch_failed")
                media_type = rules.check_content_type(response.headers.get("Content-Type", ""))
                body = _read_capped(response, limit, deadline)
                return FetchedPage(url=url, content_type=media_type, charset=_charset(response), body=body)
            finally:
                response.release_conn()
        except (urllib3.exceptions.TimeoutError, urllib3.exceptions.ProtocolError) as exc:
            raise invalid("url", f"Fetching {url} failed: {_reason(exc)}.", "timeout"
                          if isinstance(exc, urllib3.exceptions.TimeoutError) else "fetch_failed")
        except urllib3.exceptions.SSLError as exc:
            raise invalid("url", f"Fetching {url} failed: its TLS certificate could not be verified ({exc}).",
                          "fetch_failed")
        except urllib3.exceptions.HTTPError as exc:
            raise invalid("url", f"Fetching {url} failed: {_reason(exc)}.", "fetch_failed")
        finally:
            pool.close()
    raise invalid("url", f"More than {settings.INTAKE_MAX_REDIRECTS} redirects.", "too_many_redirects")


def _charset(response) -> str | None:
    for part in response.headers.get("Content-Type", "").split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            return value.strip('"').strip()
    return None


def _reason(exc: Exception) -> str:
    return str(getattr(exc, "reason", None) or exc.__class__.__name__)
