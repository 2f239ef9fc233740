"""Shared steps for the reviewer-UI browser tests: spans made through the services, pages opened ready."""
from annotations import services


def span_on(article, author, needle, tag="claim", *, occurrence=0, submit=False, **fields):
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(needle, start + 1)
    span = services.span_create(article=article, author=author, start=start, end=start + len(needle), tag=tag,
                                **fields)
    if submit:
        if tag == "claim":
            services.evidence_add(span=span, user=author, stance="supports", url=f"https://example.org/{span.pk}")
        span = services.span_submit(span=span, user=author)
    return span


def open_article(page, live_server, article, query=""):
    page.goto(f"{live_server.url}/articles/{article.pk}/{query}")
    page.wait_for_selector("body[data-ready=true]")


_FOCUSED = """() => { const a = document.activeElement;
  return a.id || (a.dataset.spanId ? `span:${a.dataset.spanId}` : a.dataset.sg ? `sg:${a.dataset.sg}` : a.tagName); }"""


def focused(page):
    """What has the focus: the element's id, its span or suggestion, or its tag name."""
    return page.evaluate(_FOCUSED)


def wait_focused(page, expected, timeout=5000):
    """Wait until `expected` (named as focused() names it) has the focus: after a decision the page re-renders the
    span's panel first and moves the focus after, so reading the focus at once races it. Fails naming what has it."""
    try:
        page.wait_for_function(f"(want) => ({_FOCUSED})() === want", arg=expected, timeout=timeout)
    except Exception:  # playwright's TimeoutError: say what has the focus instead
        assert focused(page) == expected
