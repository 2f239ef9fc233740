from collections import Counter
from io import StringIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings

from annotations import gold
from annotations.models import Article, Evidence, Review, Span
from tests.exports.test_fixture_accounts import PASSWORD, account_state
from tests.factories import user_with_roles


# The lead adds FIXTURE_DIRS = [BASE_DIR / "fixtures"] to factcheck/settings.py; until then the test supplies it.
@override_settings(FIXTURE_DIRS=[settings.BASE_DIR / "fixtures"])
def test_gold_fixture_loads_on_an_empty_database_after_the_seeds(db):
    assert Span.objects.count() == 0
    call_command("load_seeds", stdout=StringIO())
    call_command("loaddata", "gold_seed_annotations", stdout=StringIO())
    spans = list(Span.objects.select_related("article", "author"))
    assert len(spans) > 100
    assert all(span.text == span.article.text[span.start:span.end] for span in spans)
    assert Counter(span.tag for span in spans).keys() == {"claim", "quote", "opinion"}
    assert {span.author.username for span in spans} == {gold.GOLD_ANNOTATOR}
    assert not Review.objects.filter(reviewer__username=gold.GOLD_ANNOTATOR).exists()  # four eyes
    assert all(s.speaker for s in spans if s.tag == "quote")
    for evidence in Evidence.objects.filter(source_start__isnull=False).select_related("source__article"):
        assert evidence.excerpt == evidence.source.article.text[evidence.source_start:evidence.source_end]
    assert Article.objects.count() == 5


def test_gold_fixture_is_up_to_date_and_rebuilds_byte_identically(db):
    text, stats = gold.build_gold_fixture()
    assert text == gold.default_fixture_path().read_text(encoding="utf-8")
    assert stats["spans"] > 100
    assert Span.objects.count() == 0  # the build is rolled back


def test_loading_the_gold_fixture_leaves_an_existing_gold_account_untouched(db):
    annotator = user_with_roles(gold.GOLD_ANNOTATOR, "annotator", "exporter", is_staff=True,
                                email="gold@example.org", first_name="Gold", last_name="Annotator")
    before = account_state(annotator)
    call_command("load_seeds", stdout=StringIO())
    call_command("loaddata", "gold_seed_annotations", stdout=StringIO())

    assert account_state(annotator) == before
    assert get_user_model().objects.get(pk=annotator.pk).check_password(PASSWORD)
    assert set(Span.objects.values_list("author_id", flat=True)) == {annotator.pk}


def test_loading_the_gold_fixture_creates_its_accounts_inactive_without_password_or_roles(db):
    call_command("load_seeds", stdout=StringIO())
    call_command("loaddata", "gold_seed_annotations", stdout=StringIO())

    accounts = get_user_model().objects.filter(username__in=[gold.GOLD_ANNOTATOR, gold.GOLD_REVIEWER])
    assert accounts.count() == 2
    for account in accounts:
        assert not account.is_active and not account.has_usable_password()
        assert not (account.is_staff or account.is_superuser or account.email)
        assert not account.groups.exists() and not account.user_permissions.exists()
