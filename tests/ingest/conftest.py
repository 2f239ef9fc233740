"""A local web server for the intake tests: pages are served from 127.0.0.1 on a free port, which the test puts on
settings.INTAKE_ALLOWED_HOSTS (as host:port, so every other loopback address stays refused). Nothing reaches the
internet. The server thread is a daemon and is shut down after the test."""
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parent / "pages"
NEWS_PAGE = (PAGES / "news_with_comments.html").read_bytes()


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})


class _Handler(BaseHTTPRequestHandler):
    timeout = 5  # a stuck client cannot hold the thread

    def do_GET(self):
        route = self.server.routes.get(self.path)
        self.server.requests.append(self.path)
        if route is None:
            route = Route(404, b"not here", {"Content-Type": "text/plain"})
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        self.wfile.write(route.body)

    def log_message(self, *args):
        pass


class PageServer:
    def __init__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.routes = {"/news/leaders-meet.html": Route(body=NEWS_PAGE)}
        self.httpd.requests = []
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)

    @property
    def routes(self):
        return self.httpd.routes

    @property
    def requests(self):
        return self.httpd.requests

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
def page_server(settings):
    server = PageServer()
    server.thread.start()
    settings.INTAKE_ALLOWED_HOSTS = [f"127.0.0.1:{server.port}"]
    settings.INTAKE_TIMEOUT_SECONDS = 5
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
