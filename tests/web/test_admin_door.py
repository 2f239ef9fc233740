"""The admin is a window, not a door around the rules: even a superuser cannot add, change or delete a span, its
evidence, a review or an import's provenance there (the services, through the UI and the API, are the doors)."""
import pytest
from django.test import Client

from annotations import services
from annotations.models import Evidence, Review, Span
from tests.factories import user_with_roles


@pytest.fixture
def admin_client(db):
    client = Client()
    client.force_login(user_with_roles("root", is_staff=True, is_superuser=True))
    return client


def test_superuser_cannot_forge_a_review_or_rewrite_a_span_in_the_admin(admin_client, article, make_span, annotator):
    span = make_span(article, "40% of voters agree")
    evidence = services.evidence_add(span=span, user=annotator, stance="supports", url="https://example.org/p")
    before = (Span.objects.count(), Evidence.objects.count(), Review.objects.count())
    forbidden = [
        ("get", "/admin/annotations/review/add/", {}),
        ("post", "/admin/annotations/review/add/", {"span": span.pk, "reviewer": annotator.pk, "decision": "approve",
                                                    "span_version": 1}),
        ("post", f"/admin/annotations/span/{span.pk}/change/", {"status": "verified", "note": "forged"}),
        ("post", f"/admin/annotations/span/{span.pk}/delete/", {"post": "yes"}),
        ("post", f"/admin/annotations/evidence/{evidence.pk}/delete/", {"post": "yes"}),
        ("get", "/admin/annotations/importprovenance/add/", {}),
    ]
    for method, url, data in forbidden:
        response = getattr(admin_client, method)(url, data)
        assert response.status_code == 403, (method, url, response.status_code)
    span.refresh_from_db()
    assert (span.status, span.note) == ("draft", "")
    assert (Span.objects.count(), Evidence.objects.count(), Review.objects.count()) == before


def test_superuser_can_read_spans_and_provenance_in_the_admin(admin_client, article, make_span):
    span = make_span(article, "40% of voters agree")
    assert admin_client.get(f"/admin/annotations/span/{span.pk}/change/").status_code == 200
    assert admin_client.get("/admin/annotations/importprovenance/").status_code == 200
