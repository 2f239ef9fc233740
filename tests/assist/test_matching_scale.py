"""Claim matching and clustering do work bounded by the index's candidates, not by the corpus: an approval's
cluster update and the matches endpoint look at a few dozen texts however many verified spans and articles exist
(counted as texts normalised, the first step of every comparison; STYLE 15: work done, not wall time)."""
import pytest

from annotations import services
from annotations.assist import matching
from annotations.models import Article, Span
from tests.factories import ArticleFactory

CORPUS = 400  # verified claims in as many other articles; the bound below is half of it


@pytest.fixture
def crowded(annotator, reviewer):
    """CORPUS articles, each with one verified claim of the same shape (so every one is a plausible match)."""
    texts = [f"The council approved budget line {i} on Monday by {i % 50 + 3} votes to {i % 7}." for i in range(CORPUS)]
    articles = Article.objects.bulk_create([
        Article(title=f"Council {i}", text=text, text_sha256=services.text_sha256(text)) for i, text in enumerate(texts)])
    Span.objects.bulk_create([Span(article=a, author=annotator, start=0, end=len(a.text) - 1, text=a.text[:-1],
                                   tag="claim", status="verified") for a in articles])
    services.article_spans_index([a.pk for a in articles])  # bulk_create is past the ORM's signals
    return articles


@pytest.fixture
def normalised(monkeypatch):
    """Counts the texts normalised (every comparison, old or new, starts there)."""
    calls = []
    real = matching.normalise
    monkeypatch.setattr(matching, "normalise", lambda text: calls.append(text) or real(text))
    matching._features.cache_clear()
    return calls


def approve(span, annotator, reviewer, source):
    services.evidence_add(span=span, user=annotator, stance="supports", source_article=source)
    services.span_submit(span=span, user=annotator)
    services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="accurate",
                           explanation="Matches the council minutes.")


def test_an_approval_compares_the_new_claim_with_a_bounded_number_of_texts_not_every_verified_span(
        crowded, annotator, reviewer, make_span, normalised, django_capture_on_commit_callbacks):
    article = ArticleFactory(text="The council approved budget line 7 on Monday by 10 votes to 0, officials said.")
    span = make_span(article, "The council approved budget line 7 on Monday by 10 votes to 0", tag="claim")
    with django_capture_on_commit_callbacks(execute=True):
        approve(span, annotator, reviewer, crowded[0])
    assert len(normalised) < CORPUS // 2, f"{len(normalised)} texts normalised for one approval"
    span.refresh_from_db()
    assert span.cluster_id  # it joined the cluster of budget line 7, the same claim
    assert span.cluster_id == Span.objects.get(article=crowded[7]).cluster_id


def test_the_matches_endpoint_rescores_a_bounded_number_of_candidates_not_every_article(
        crowded, annotator, make_span, client_for, normalised):
    article = ArticleFactory(text="The council approved budget line 7 on Monday by 10 votes to 0, officials said.")
    services.article_passages_index([a.pk for a in crowded] + [article.pk])
    span = make_span(article, "The council approved budget line 7 on Monday by 10 votes to 0", tag="claim")
    normalised.clear()
    response = client_for(annotator).get(f"/api/spans/{span.pk}/matches/")
    assert response.status_code == 200
    assert len(normalised) < CORPUS // 2, f"{len(normalised)} texts normalised for one request"
    best = response.json()["matches"][0]
    assert (best["article"], best["tier"]) == (crowded[7].pk, "exact")


def database_work(call, *args, **kwargs) -> int:
    """Work the database does for `call`: SQLite's virtual-machine instructions (its progress handler), or
    PostgreSQL's buffers touched (EXPLAIN ANALYZE BUFFERS of each query the call ran). Not wall time."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor == "sqlite":
        steps = []
        raw = connection.connection
        raw.set_progress_handler(lambda: steps.append(1) and 0, 100)
        try:
            call(*args, **kwargs)
        finally:
            raw.set_progress_handler(None, 100)
        return len(steps) * 100
    with CaptureQueriesContext(connection) as queries:
        call(*args, **kwargs)
    blocks = 0
    with connection.cursor() as cursor:
        for query in queries.captured_queries:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + query["sql"])
            plan = cursor.fetchone()[0]
            plan = plan[0]["Plan"] if isinstance(plan, list) else __import__("json").loads(plan)[0]["Plan"]
            blocks += plan.get("Shared Hit Blocks", 0) + plan.get("Shared Read Blocks", 0)
    return blocks


def templated_articles(first: int, count: int) -> list[Article]:
    """`count` articles of one templated sentence each: every one a plausible match for every other, the benchmark
    corpus's shape (a dense neighbourhood)."""
    texts = [f"According to Office {i % 13}, exports of item {i % 17} rose by {i % 9}.{i % 7}% in {2000 + i % 20}, "
             f"the largest change since {1990 + i % 11}." for i in range(first, first + count)]
    return Article.objects.bulk_create([
        Article(title=f"Release {i}", text=t, text_sha256=services.text_sha256(t)) for i, t in enumerate(texts, first)])


def analyze(*tables: str) -> None:
    """The statistics autovacuum keeps in production, so the plan reads the index (PostgreSQL). Only the tables
    named: the row counts ANALYZE writes survive the test's rollback, and a bare ANALYZE taught the planner that
    every other table is empty (a later export test's query then ran for minutes)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for table in tables:
                cursor.execute(f"ANALYZE {table}")


def crowd_passages(first: int, count: int) -> list[Article]:
    """`count` more templated articles, their passages indexed."""
    articles = templated_articles(first, count)
    services.article_passages_index([a.pk for a in articles])
    analyze("annotations_passage", "annotations_passageband")
    return articles


def test_finding_candidate_passages_does_not_grow_with_a_dense_neighbourhood(db):
    """Issue 15: at 50,000 articles `matches/` p95 was 875 ms because a nearest-first trigram scan must visit the
    whole neighbourhood of a templated sentence before it can return its nearest 25. The band index's probes
    are capped, so four times the neighbourhood costs (about) the same, and the exact copy is still found first."""
    from annotations.selectors.matching import similar_passages

    asking = ArticleFactory(text="x")
    target = "According to Office 3, exports of item 5 rose by 2.4% in 2011, the largest change since 1993."
    crowd_passages(0, 300)
    copy = ArticleFactory(text=target)
    services.article_passages_index([copy.pk])
    small = database_work(similar_passages, target, exclude_article=asking.pk)
    crowd_passages(300, 900)
    large = database_work(similar_passages, target, exclude_article=asking.pk)
    assert large < 1.5 * small, f"work grew from {small} to {large} with the neighbourhood"
    found = similar_passages(target, exclude_article=asking.pk)
    assert found[0]["article_id"] == copy.pk and len(found) == 25


def crowd_spans(first: int, count: int, author) -> list[Span]:
    """`count` more templated articles, each one verified claim: a dense neighbourhood of spans."""
    articles = templated_articles(first, count)
    spans = Span.objects.bulk_create([Span(article=a, author=author, start=0, end=len(a.text), text=a.text,
                                           tag="claim", status="verified") for a in articles])
    services.article_spans_index([a.pk for a in articles])  # bulk_create is past the ORM's signals
    analyze("annotations_span", "annotations_spanband")
    return spans


def test_finding_candidate_spans_does_not_grow_with_a_dense_neighbourhood(annotator):
    """Issue 15, third round: with the passages on band keys, the spans' nearest-first trigram scan was the part
    of `matches/` that grew (55.9 ms p95 at 10,000 articles). Both reads of the span index, the matches endpoint's
    (claims and quotes not rejected) and the cluster update's (verified, same tag), cost about the same over four
    times the neighbourhood, and the exact copy is still found first."""
    from annotations.selectors.matching import similar_spans

    asking = ArticleFactory(text="x")
    target = "According to Office 3, exports of item 5 rose by 2.4% in 2011, the largest change since 1993."
    crowd_spans(0, 300, annotator)
    copy = crowd_spans(10_000, 1, annotator)[0]
    Span.objects.filter(pk=copy.pk).update(text=target)  # the copy's text, re-indexed below as a service would
    services.article_spans_index([copy.article_id])
    reads = {"matches": dict(exclude_article=asking.pk),
             "cluster": dict(tag="claim", verified=True, exclude_span=-1)}
    small = {name: database_work(similar_spans, target, **kwargs) for name, kwargs in reads.items()}
    crowd_spans(300, 900, annotator)
    for name, kwargs in reads.items():
        large = database_work(similar_spans, target, **kwargs)
        assert large < 1.5 * small[name], f"{name}: work grew from {small[name]} to {large} with the neighbourhood"
        found = similar_spans(target, **kwargs)
        assert found[0]["id"] == copy.pk and len(found) == 25, name


def test_reindexing_one_article_does_not_read_the_other_articles_bands(db):
    """Stop 22's re-index deleted an article's passage bands by article_id, a column no index covers: a scan of
    every band row of every article (~45 million at 50,000 articles) on each article's intake or edit. Its work
    must not grow with the other articles."""
    from annotations.services.passages import passages_drop

    article = ArticleFactory(text="The council approved the budget. “We are pleased,” the mayor said.")
    services.article_passages_index([article.pk])
    crowd_passages(0, 200)
    small = database_work(passages_drop, [article.pk])
    services.article_passages_index([article.pk])
    crowd_passages(200, 600)
    large = database_work(passages_drop, [article.pk])
    assert large < 1.5 * small, f"work grew from {small} to {large} with the other articles"
    assert not article.passages.exists()
