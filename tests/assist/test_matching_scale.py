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
