"""Server-side request forgery: the intake refuses every address that is not public, after DNS resolution and on
every redirect, with a message that says why, and stores nothing."""
import socket

import pytest
from django.core.exceptions import ValidationError

from annotations.ingest import fetch
from annotations.models import Article
from annotations.services.intake import article_ingest

from .conftest import Route


def _refusal(user, url) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        article_ingest(user=user, url=url)
    assert Article.objects.count() == 0
    return caught.value.error_dict["url"][0]


@pytest.mark.parametrize("url, words", [
    ("http://127.0.0.1/", "loopback"),
    ("http://[::1]/", "loopback"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://10.1.2.3/", "private"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://0.0.0.0/", "not a public"),
])
def test_loopback_private_and_metadata_addresses_are_refused(annotator, url, words):
    error = _refusal(annotator, url)
    assert error.code == "blocked_address"
    assert words in error.message and "Only public web pages" in error.message


def test_a_public_looking_name_resolving_to_a_private_address_is_refused(annotator, monkeypatch):
    def resolver(host, port, **kwargs):
        assert host == "news.example.com"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", port))]

    monkeypatch.setattr(fetch.socket, "getaddrinfo", resolver)
    error = _refusal(annotator, "https://news.example.com/story")
    assert (error.code, "10.0.0.5" in error.message) == ("blocked_address", True)


def test_a_name_with_one_public_and_one_private_answer_is_refused(annotator, monkeypatch):
    answers = [("93.184.215.14", 80), ("192.168.1.1", 80)]
    monkeypatch.setattr(fetch.socket, "getaddrinfo", lambda host, port, **kw: [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", address) for address in answers])
    assert _refusal(annotator, "http://mixed.example.com/").code == "blocked_address"


def test_a_redirect_to_a_private_address_is_refused(annotator, page_server):
    page_server.routes["/moved"] = Route(302, b"", {"Location": "http://169.254.169.254/latest/meta-data/"})
    error = _refusal(annotator, page_server.url("/moved"))
    assert error.code == "blocked_address" and "169.254.169.254" in error.message
    assert page_server.requests == ["/moved"]


def test_the_connection_goes_to_the_address_that_was_checked(annotator, page_server, settings, monkeypatch):
    """The name is looked up once; a rebinding DNS server's second answer is never asked for, because the
    connection is made to the checked address itself (only the IP literal reaches the socket layer)."""
    real = socket.getaddrinfo
    names = []

    def rebinding(host, port, *args, **kwargs):
        names.append(host)
        if host == "news.test":
            address = "127.0.0.1" if names.count("news.test") == 1 else "10.9.9.9"
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    settings.INTAKE_ALLOWED_HOSTS = [f"news.test:{page_server.port}"]
    article = article_ingest(user=annotator, url=f"http://news.test:{page_server.port}/news/leaders-meet.html")
    assert names.count("news.test") == 1 and set(names) <= {"news.test", "127.0.0.1"}
    assert article.outlet == "The Daily Example"


@pytest.mark.parametrize("url, code", [
    ("file:///etc/passwd", "invalid_scheme"),
    ("ftp://example.org/a.html", "invalid_scheme"),
    ("gopher://127.0.0.1:70/", "invalid_scheme"),
    ("http://user:secret@example.org/", "credentials_in_url"),
])
def test_only_http_and_https_urls_without_credentials_are_fetched(annotator, url, code):
    assert _refusal(annotator, url).code == code


def test_a_page_over_the_size_cap_is_refused(annotator, page_server, settings):
    settings.INTAKE_MAX_BYTES = 1000
    page_server.routes["/big"] = Route(body=b"<p>" + b"x" * 5000 + b"</p>")
    assert _refusal(annotator, page_server.url("/big")).code == "too_large"


def test_a_page_that_is_not_html_or_text_is_refused(annotator, page_server):
    page_server.routes["/image"] = Route(body=b"\x89PNG", headers={"Content-Type": "image/png"})
    error = _refusal(annotator, page_server.url("/image"))
    assert error.code == "unsupported_content_type" and "image/png" in error.message


def test_too_many_redirects_are_refused(annotator, page_server):
    for n in range(8):
        page_server.routes[f"/r{n}"] = Route(302, b"", {"Location": f"/r{n + 1}"})
    assert _refusal(annotator, page_server.url("/r0")).code == "too_many_redirects"


def test_a_slow_server_times_out(annotator, settings, page_server):
    import threading
    import time

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    settings.INTAKE_ALLOWED_HOSTS = [f"127.0.0.1:{port}"]
    settings.INTAKE_TIMEOUT_SECONDS = 0.5

    def accept_and_stall():
        conn, _ = listener.accept()
        time.sleep(1.5)
        conn.close()

    threading.Thread(target=accept_and_stall, daemon=True).start()
    try:
        assert _refusal(annotator, f"http://127.0.0.1:{port}/").code == "timeout"
    finally:
        listener.close()


def test_an_error_status_is_reported(annotator, page_server):
    error = _refusal(annotator, page_server.url("/missing"))
    assert error.code == "fetch_failed" and "404" in error.message


def test_https_checks_the_certificate_against_the_name_not_the_address(annotator, page_server, tmp_path, settings):
    """The TLS connection goes to the checked address but verifies the certificate for the URL's host name: a
    self-signed certificate is refused (verification is on), and the refusal is a clear fetch_failed."""
    import shutil
    import ssl
    import subprocess
    import threading
    from http.server import ThreadingHTTPServer

    from .conftest import _Handler

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=news.test", "-addext", "subjectAltName=DNS:news.test", "-keyout", str(key), "-out",
                    str(cert)], check=True, capture_output=True)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.routes, httpd.requests = page_server.routes, []
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    port = httpd.server_address[1]
    real = socket.getaddrinfo
    settings.INTAKE_ALLOWED_HOSTS = [f"news.test:{port}"]
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(socket, "getaddrinfo", lambda host, p, *a, **k: (
                [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", p))] if host == "news.test"
                else real(host, p, *a, **k)))
            error = _refusal(annotator, f"https://news.test:{port}/news/leaders-meet.html")
        assert error.code == "fetch_failed" and "CERTIFICATE_VERIFY_FAILED" in error.message
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_server_dripping_bytes_meets_the_deadline(annotator, settings):
    """Each byte arrives well within the read timeout; the whole download may not take longer than the deadline."""
    import threading
    import time

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    settings.INTAKE_ALLOWED_HOSTS = [f"127.0.0.1:{port}"]
    settings.INTAKE_TIMEOUT_SECONDS = 1
    stop = threading.Event()

    def drip():
        conn, _ = listener.accept()
        conn.recv(4096)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n")
        for _ in range(100):
            if stop.is_set():
                break
            conn.sendall(b"x")
            time.sleep(0.2)
        conn.close()

    threading.Thread(target=drip, daemon=True).start()
    started = time.monotonic()
    try:
        assert _refusal(annotator, f"http://127.0.0.1:{port}/").code == "timeout"
        assert time.monotonic() - started < 3
    finally:
        stop.set()
        listener.close()
