"""Many writers on one span at once, on PostgreSQL (real row locks and separate connections): exactly one writer
wins per version, nothing is lost, nothing is duplicated."""
import threading

import pytest
from django.db import connection, connections

from annotations import services
from annotations.errors import NotPermitted, VersionConflict
from annotations.models import Evidence, Review, Span
from django.core.exceptions import ValidationError
from tests.factories import ArticleFactory, user_with_roles

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row-level concurrency needs PostgreSQL"),
]
THREADS = 12


def race(worker, n=THREADS):
    """Run worker(i) in n threads released at the same instant; collect what each returned or raised."""
    barrier = threading.Barrier(n)
    results = [None] * n

    def run(i):
        try:
            barrier.wait()
            results[i] = worker(i)
        except Exception as exc:  # noqa: BLE001 - the outcome is what we assert on
            results[i] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return results


@pytest.fixture
def people():
    return {
        "author": user_with_roles("c-author", "annotator"),
        "reviewers": [user_with_roles(f"c-rev{i}", "reviewer") for i in range(THREADS)],
    }


@pytest.fixture
def span(people):
    article = ArticleFactory(text="The minister said 40% of voters agree. Critics disagree.")
    return services.span_create(article=article, author=people["author"], start=18, end=37, tag="claim")


def test_concurrent_edits_of_one_version_have_exactly_one_winner(span, people):
    results = race(lambda i: services.span_update(span=Span.objects.get(pk=span.pk), user=people["author"],
                                                  expected_version=1, note=f"edit {i}"))
    winners = [r for r in results if isinstance(r, Span)]
    assert len(winners) == 1
    assert all(isinstance(r, VersionConflict) for r in results if not isinstance(r, Span))
    stored = Span.objects.get(pk=span.pk)
    assert (stored.version, stored.note) == (2, winners[0].note)
    assert Span.history.filter(id=span.pk).count() == 2  # created + the one winning edit


def test_concurrent_edits_without_if_match_are_serialised_not_lost(span, people):
    results = race(lambda i: services.span_update(span=Span.objects.get(pk=span.pk), user=people["author"],
                                                  note=f"edit {i}"))
    applied = [r for r in results if isinstance(r, Span)]
    stored = Span.objects.get(pk=span.pk)
    # Each acknowledged edit bumped the version exactly once; refused ones changed nothing.
    assert stored.version == 1 + len(applied)
    assert all(isinstance(r, (Span, VersionConflict)) for r in results)


def test_concurrent_evidence_for_the_same_source_is_stored_once(span, people):
    results = race(lambda i: services.evidence_add(span=span, user=people["reviewers"][i], stance="supports",
                                                   url="https://example.org/poll"))
    assert Evidence.objects.filter(span=span).count() == 1
    assert sum(isinstance(r, Evidence) for r in results) == 1
    assert all(isinstance(r, (Evidence, ValidationError, VersionConflict)) for r in results)


def test_concurrent_reviews_record_exactly_one_decision(span, people):
    services.evidence_add(span=span, user=people["author"], stance="supports", url="https://example.org/poll")
    services.span_submit(span=Span.objects.get(pk=span.pk), user=people["author"])
    results = race(lambda i: services.review_submit(
        span=Span.objects.get(pk=span.pk), reviewer=people["reviewers"][i], decision="approve",
        verdict="accurate", explanation="Poll confirms."))
    assert Review.objects.filter(span=span).count() == 1 == sum(isinstance(r, Review) for r in results)
    assert all(isinstance(r, (Review, ValidationError, VersionConflict, NotPermitted)) for r in results)
    assert Span.objects.get(pk=span.pk).status == "verified"


def test_two_imports_of_the_same_file_at_once_create_no_duplicates(tmp_path):
    from annotations.imports import import_annotations

    lines = [
        {"text": f"Article {n}: the minister said {n}0% of voters agree. Critics disagree.",
         "label": [[0, 9, "CLAIM"], [n // 10 + 12, n // 10 + 40, "QUOTE"]]}
        for n in range(30)
    ]
    path = tmp_path / "same.jsonl"
    path.write_text("".join(__import__("json").dumps(r) + "\n" for r in lines), encoding="utf-8")
    results = race(lambda i: import_annotations(str(path), format="doccano"), n=4)
    assert all(not isinstance(r, Exception) for r in results), results
    assert sum(r.spans_created for r in results) == 60  # one import wrote them; the others found them stored
    from annotations.models import Article

    assert Article.objects.count() == 30
    assert Span.objects.count() == 60
    assert Span.objects.values("article", "start", "end", "tag", "author").distinct().count() == 60
