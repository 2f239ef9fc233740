import ipaddress
import socket
from pathlib import Path

import pytest
from rest_framework.test import APIClient

from annotations import services
from annotations.models import Article
from tests.factories import ArticleFactory, user_with_roles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def no_internet(monkeypatch):
    """Tests never reach the internet: names other than localhost do not resolve (a test that needs one patches
    socket.getaddrinfo itself), and the intake's fetcher refuses to connect to a public address it has checked
    (schemathesis, for one, sends generated URLs to POST /api/articles/)."""
    from annotations.ingest import fetch
    from annotations.rules.fields import invalid

    real_getaddrinfo = socket.getaddrinfo

    def offline_getaddrinfo(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else str(host or "")
        try:
            ipaddress.ip_address(name.split("%", 1)[0])
        except ValueError:
            if name.lower() not in ("localhost", ""):
                raise socket.gaierror(socket.EAI_NONAME, f"tests do not resolve {name}")
        return real_getaddrinfo(host, *args, **kwargs)

    real_checked_address = fetch._checked_address

    def local_only(url):
        address = real_checked_address(url)
        if ipaddress.ip_address(address.split("%", 1)[0]).is_global:
            raise invalid("url", f"Tests never reach the internet ({address}).", "unresolvable")
        return address

    monkeypatch.setattr(socket, "getaddrinfo", offline_getaddrinfo)
    monkeypatch.setattr(fetch, "_checked_address", local_only)


@pytest.fixture
def annotator(db):
    return user_with_roles("ann", "annotator")


@pytest.fixture
def other_annotator(db):
    return user_with_roles("ann2", "annotator")


@pytest.fixture
def reviewer(db):
    return user_with_roles("rev", "reviewer", "annotator")


@pytest.fixture
def exporter(db):
    return user_with_roles("exp", "exporter")


@pytest.fixture
def staff(db):
    return user_with_roles("boss", is_staff=True, is_superuser=True)


@pytest.fixture
def article(db):
    return ArticleFactory()


@pytest.fixture
def emoji_article(db) -> Article:
    """Seed article 004, with its non-BMP 🔹 characters."""
    text = next(SEEDS.glob("004_*.txt")).read_bytes().decode("utf-8")
    return services.article_create(title="004", text=text)


@pytest.fixture
def make_span(annotator):
    def make(article, needle, *, tag="claim", author=None, occurrence=0, **kwargs):
        start = -1
        for _ in range(occurrence + 1):
            start = article.text.index(needle, start + 1)
        return services.span_create(
            article=article, author=author or annotator, start=start, end=start + len(needle), tag=tag, **kwargs
        )

    return make

@pytest.fixture
def claim_corpus(annotator, reviewer, make_span, emoji_article):
    """Verified spans of all three tags, with evidence of each stance and an article source, including a span
    after article 004's non-BMP emoji and a formula-looking note."""
    other = ArticleFactory(text="A poll found that 40% of voters agree with the plan.", outlet="Poll Times")
    text = emoji_article.text
    after_emoji = text.index("Trump", text.index("🔹"))

    def verify(span, *, stances=(), verdict="accurate"):
        span = services.span_submit(span=span, user=annotator)
        for n, stance in enumerate(stances):
            services.evidence_add(span=span, user=annotator, stance=stance, url=f"https://example.org/{stance}/{n}",
                                  title="=SUM(A1:A9)" if n == 0 else "Report", excerpt="@danger" if n else "")
        kwargs = {"verdict": verdict, "explanation": "Checked against sources."} if span.tag == "claim" else {}
        services.review_submit(span=span, reviewer=reviewer, decision="approve", **kwargs)
        span.refresh_from_db()
        return span

    claim = make_span(emoji_article, text[after_emoji:after_emoji + 40], tag="claim", note="-1 is a formula")
    claim = services.span_submit(span=claim, user=annotator)
    start = other.text.index("40%")
    services.evidence_add(span=claim, user=annotator, stance="supports", source_article=other,
                          source_start=start, source_end=start + 19)
    services.review_submit(span=claim, reviewer=reviewer, decision="approve", verdict="mostly_accurate",
                           explanation="One outlet confirms.")
    spans = [
        claim,
        verify(make_span(other, "40% of voters agree", tag="claim"), stances=["refutes"], verdict="false"),
        verify(make_span(other, "A poll found", tag="claim"), stances=["supports", "refutes"], verdict="unproven"),
        verify(make_span(emoji_article, "A lot of progress has been made.", tag="quote", speaker="Donald Trump")),
        verify(make_span(other, "agree with the plan", tag="opinion")),
    ]
    make_span(other, "voters", tag="claim")  # a draft: never exported
    return spans

@pytest.fixture
def client_for():
    def make(user=None):
        client = APIClient()
        if user is not None:
            client.force_authenticate(user)
        return client

    return make
