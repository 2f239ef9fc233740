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


def _history_form_data(model, obj, user, **overrides):
    """What the admin's history form would post for `obj`, with `overrides`."""
    from django.contrib import admin
    from django.forms.models import model_to_dict
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = user
    form_class = admin.site._registry[model].get_form(request, obj)
    values = model_to_dict(obj)
    data = {name: ("" if values[name] is None else values[name]) for name in form_class.base_fields if name in values}
    return {**data, **overrides}


def test_the_history_form_writes_nothing_for_staff_or_superusers(article, make_span, annotator, reviewer):
    """django-simple-history's per-version page saves a POST with only the view permission: a staff annotator
    could mark their own draft verified there, and a superuser rewrite a review's decision."""
    mallory = user_with_roles("mallory", "annotator", is_staff=True)
    root = user_with_roles("root2", is_staff=True, is_superuser=True)
    own = make_span(article, "40% of voters agree", author=mallory)
    other = make_span(article, "Critics disagree")
    services.evidence_add(span=other, user=annotator, stance="supports", url="https://example.org/x")
    other = services.span_submit(span=other, user=annotator)
    review = services.review_submit(span=other, reviewer=reviewer, decision="reject", comment="No.")
    attempts = [
        (mallory, f"/admin/annotations/span/{own.pk}/history/{own.history.latest().history_id}/",
         _history_form_data(Span, own, mallory, status="verified")),
        (root, f"/admin/annotations/review/{review.pk}/history/{review.history.latest().history_id}/",
         _history_form_data(Review, review, root, decision="approve", verdict="accurate", explanation="x",
                            comment="")),
    ]
    for user, url, data in attempts:
        client = Client()
        client.force_login(user)
        assert client.post(url, data).status_code == 403, url
        assert client.get(url).status_code == 200, url  # reading a version stays possible
    own.refresh_from_db()
    review.refresh_from_db()
    assert (own.status, review.decision) == ("draft", "reject")
