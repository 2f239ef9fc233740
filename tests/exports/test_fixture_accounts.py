"""Issue 12: loading an exported fixture creates the accounts it names that are missing, and never changes one that
exists (password, flags, email, names, groups, activity all stay as they were)."""
import json
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from annotations import services
from annotations.models import Article, ClaimSet, Evidence, Review, Source, Span
from tests.factories import user_with_roles

PASSWORD = "pw-for-tests-only"  # what user_with_roles sets


def account_state(user) -> dict:
    user = get_user_model().objects.get(pk=user.pk)
    fields = {f.attname: getattr(user, f.attname) for f in user._meta.concrete_fields}
    fields["groups"] = sorted(user.groups.values_list("name", flat=True))
    fields["user_permissions"] = sorted(user.user_permissions.values_list("codename", flat=True))
    return fields


def test_loading_a_fixture_keeps_existing_accounts_and_creates_missing_ones_inactive(
    reviewer, make_span, article, tmp_path
):
    alice = user_with_roles("alice", "annotator", "exporter", is_staff=True, email="alice@example.org",
                            first_name="Alice", last_name="Liddell")
    span = services.span_submit(span=make_span(article, "The minister said", author=alice), user=alice)
    services.evidence_add(span=span, user=alice, stance="supports", url="https://example.org/report")
    services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="accurate",
                           explanation="Checked against sources.")
    services.claim_set_create(name="accounts", user=alice, filters={"tags": ["claim"]})
    path = tmp_path / "claims.json"
    call_command("export_claims", format="fixture", out=str(path), claim_set="accounts", stderr=StringIO())
    records = json.loads(path.read_text(encoding="utf-8"))
    assert {r["fields"]["username"] for r in records if "username" in r["fields"]} == {"alice", "rev"}
    alice_before = account_state(alice)
    assert alice_before["groups"] == ["annotator", "exporter"] and alice_before["is_staff"]

    # The target database: alice has an account there, rev does not, and none of the annotation data exists.
    for model in (Review, Evidence, ClaimSet.spans.through, ClaimSet, Span, Source, Article):
        model.objects.all().delete()
    get_user_model().objects.exclude(pk=alice.pk).delete()
    call_command("loaddata", str(path), stdout=StringIO())

    assert account_state(alice) == alice_before
    assert get_user_model().objects.get(pk=alice.pk).check_password(PASSWORD)
    assert Span.objects.get().author_id == alice.pk
    created = get_user_model().objects.get(username="rev")
    assert Review.objects.get().reviewer_id == created.pk
    assert not created.is_active and not created.has_usable_password()
    assert not (created.is_staff or created.is_superuser or created.email or created.first_name or created.last_name)
    assert not created.groups.exists() and not created.user_permissions.exists()


def test_loading_a_fixture_twice_into_its_own_database_changes_no_account(claim_corpus, exporter, tmp_path):
    services.claim_set_create(name="training-2026", user=exporter, filters={"tags": ["claim", "quote"]})
    path = tmp_path / "claims.json"
    call_command("export_claims", format="fixture", out=str(path), claim_set="training-2026", stderr=StringIO())
    users = list(get_user_model().objects.order_by("username"))
    before = [account_state(user) for user in users]

    call_command("loaddata", str(path), stdout=StringIO())
    call_command("loaddata", str(path), stdout=StringIO())

    assert [account_state(user) for user in users] == before
    assert all(get_user_model().objects.get(pk=user.pk).check_password(PASSWORD) for user in users)


def test_loading_a_fixture_never_records_a_review_in_the_name_of_an_active_local_account(
    reviewer, make_span, article, annotator, tmp_path
):
    """Another desk's fixture naming "rev", loaded where "rev" is a real reviewer, would verify spans in rev's
    name: the load is refused as a whole and leaves the database as it was."""
    import pytest
    from django.core.management.base import CommandError

    span = services.span_submit(span=make_span(article, "The minister said"), user=annotator)
    services.evidence_add(span=span, user=annotator, stance="supports", url="https://example.org/report")
    services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="accurate", explanation="Ok.")
    path = tmp_path / "claims.json"
    call_command("export_claims", format="fixture", out=str(path), stderr=StringIO())
    assert any(r["model"] == "annotations.fixturereview" for r in json.loads(path.read_text(encoding="utf-8")))
    for model in (Review, Evidence, Span, Source, Article):
        model.objects.all().delete()
    with pytest.raises(Exception, match="in the name of the local account 'rev'"):
        call_command("loaddata", str(path), stdout=StringIO())
    assert (Span.objects.count(), Review.objects.count()) == (0, 0)
    # Where "rev" is only the placeholder a fixture made (inactive), the training set loads as it is.
    get_user_model().objects.filter(pk=reviewer.pk).update(is_active=False)
    call_command("loaddata", str(path), stdout=StringIO())
    assert Review.objects.get().reviewer_id == reviewer.pk
