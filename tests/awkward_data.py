"""Awkward data for the tests that hold a fast path to its plain path byte for byte (the jsonl export's model,
light-row and SQL paths; the span listing's rows and SpanSerializer).

Written with the ORM, not the services: the point is every value the columns can hold (an old fixture or an import
may have stored what today's rules refuse), not the rules."""
import datetime
import hashlib

from django.contrib.auth import get_user_model

from annotations.models import Article, Evidence, Review, Source, Span

# Each goes into every free-text column of one span and of its evidence and reviews.
AWKWARD_TEXTS = [
    "",
    "🔹 non-BMP 𝔼 and 📈",
    "e\u0301 combining, a\u030a\u0323 stacked, \u0301 leading",
    '"double" \'single\' “curly” back\\slash \\" \\\\',
    "tab\there\r\nCRLF\rCR\nLF",
    "line\u2028separator\u2029paragraph",
    "controls \x01\x1f\x7f\x80\x9f and NBSP\u00a0 ZWJ\u200d BOM\ufeff",
    "</script><!-- & < > = +1 -1 @cmd",
    " leading and trailing blanks ",
    "\\u0000 spelt, not a NUL; \\n spelt, not a newline",
]

UTC = datetime.UTC
WHOLE_SECOND = datetime.datetime(2024, 3, 1, 12, 0, tzinfo=UTC)  # isoformat() drops the fraction
MICROSECONDS = datetime.datetime(2025, 6, 7, 8, 9, 10, 123456, tzinfo=UTC)
ONE_MICROSECOND = datetime.datetime(2025, 1, 2, 3, 4, 5, 10, tzinfo=UTC)  # .000010, not .00001


def _article(title: str, text: str, **fields) -> Article:
    return Article.objects.create(title=title, text=text, text_sha256=hashlib.sha256(text.encode()).hexdigest(),
                                  **fields)


def build_awkward_spans() -> list[Span]:
    """Spans on three articles (one also an evidence source), one per AWKWARD_TEXTS entry and then some: equal
    offsets under several tags and authors (export order falls to tag, then uid), empty and awkward speakers,
    notes, prefixes and suffixes, blank and set cluster ids, a null updated_by, whole-second, microsecond and
    one-microsecond timestamps; evidence by URL and by a passage of an article, added in an order their sources'
    ids do not follow; reviews whose created_at runs against their ids and reviews at the same instant."""
    users = get_user_model().objects
    author = users.create_user(username="ann 🔹 \"q\" \\")
    other = users.create_user(username="e\u0301dith\t𝔼")
    reviewer = users.create_user(username="rev'iewer")
    base = "Intro 🔹 e\u0301 𝔼 \"quoted\" back\\slash\ttab\r\nnext\u2028line. A poll found 40% agree. "
    articles = [
        _article('Title "one" \\ 🔹', base * 3, outlet="", url=""),
        _article("e\u0301 𝔼 second", base[::-1] * 3, outlet='Desk "📈"', url="https://example.org/a?b=1&c=%22d%22#e"),
    ]
    passage_source = _article("Poll \tTimes", "A poll found that 40% of voters 🔹 agree with the plan.",
                              outlet="Poll Times")
    # Sources created in reverse, so evidence ids and source ids run in opposite directions.
    urls = [Source.objects.create(url=f"https://example.org/{n}/\"x\"?q=🔹", title=text, publisher=text,
                                  accessed=datetime.date(2024, 2, 29) if n % 2 else None)
            for n, text in reversed(list(enumerate(AWKWARD_TEXTS)))]
    passage = Source.objects.create(article=passage_source, title="")

    spans = []
    tags = ["claim", "quote", "opinion"]
    for n, text in enumerate(AWKWARD_TEXTS):
        article = articles[n % 2]
        start = n % 4  # repeats: equal offsets under different tags and authors
        span = Span.objects.create(
            article=article, author=(author, other)[n % 2], updated_by=None if n == 3 else reviewer,
            start=start, end=start + 7, text=article.text[start:start + 7], prefix=text[:64], suffix=text[-64:],
            tag=tags[n % 3], speaker=text[:200], note=text, status=("draft", "submitted", "verified")[n % 3],
            version=n + 1, origin="suggested" if n % 4 == 1 else "manual", cluster_id="c0ffee" if n % 3 == 2 else "")
        spans.append(span)
        timestamps = (WHOLE_SECOND, MICROSECONDS, ONE_MICROSECOND)
        Span.objects.filter(pk=span.pk).update(created_at=timestamps[n % 3], updated_at=timestamps[(n + 1) % 3])
        if n % 5 == 4:
            continue  # no evidence, no reviews: empty lists
        for source in (urls[n], urls[-1 - n], passage)[: 1 + n % 3]:
            evidence = Evidence.objects.create(
                span=span, source=source, stance=("supports", "refutes", "context")[n % 3], excerpt=text,
                source_start=4 if source is passage else None, source_end=20 if source is passage else None,
                added_by=(other, reviewer)[n % 2])
            Evidence.objects.filter(pk=evidence.pk).update(created_at=timestamps[(n + 2) % 3])
        # Created first, reviewed last: created_at against id order; then two at the very same instant.
        late = Review.objects.create(span=span, reviewer=reviewer, decision="approve",
                                     verdict="accurate" if span.tag == "claim" else "", explanation=text[:300],
                                     comment=text, span_version=span.version)
        early = Review.objects.create(span=span, reviewer=other, decision="request_changes", verdict="",
                                      explanation="", comment="", span_version=span.version)
        Review.objects.filter(pk=late.pk).update(created_at=MICROSECONDS + datetime.timedelta(days=1))
        Review.objects.filter(pk=early.pk).update(created_at=WHOLE_SECOND)
        if n % 2:
            twins = [Review.objects.create(span=span, reviewer=reviewer, decision=decision, verdict="",
                                           explanation="", comment=f"{decision} {text}", span_version=1)
                     for decision in ("reject", "request_changes")]
            Review.objects.filter(pk__in=[t.pk for t in twins]).update(created_at=ONE_MICROSECOND)
    # One more span at the very offsets and tag of the first, by another author: only the uid orders them.
    first = spans[0]
    spans.append(Span.objects.create(article=first.article, author=other, updated_by=reviewer, start=first.start,
                                     end=first.end, text=first.text, tag=first.tag, speaker="", note=""))
    return spans
