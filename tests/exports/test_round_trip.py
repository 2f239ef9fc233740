"""The training fixture: export a claim set, load it into an emptied database, export again: the same bytes."""
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from annotations import services
from annotations.models import Article, ClaimSet, Evidence, Review, Source, Span


def empty_database():
    for model in (Review, Evidence, ClaimSet.spans.through, ClaimSet, Span, Source, Article):
        model.objects.all().delete()
    get_user_model().objects.all().delete()


def test_fixture_export_loads_into_an_empty_database_and_re_exports_identically(claim_corpus, exporter, tmp_path):
    services.claim_set_create(name="training-2026", user=exporter, filters={"tags": ["claim", "quote"]})
    first = tmp_path / "first.json"
    call_command("export_claims", format="fixture", out=str(first), claim_set="training-2026", stderr=StringIO())
    counts_before = {m.__name__: m.objects.count() for m in (Article, Span, Source, Evidence, Review)}
    verified_before = Span.objects.filter(status="verified").count()

    empty_database()
    assert Span.objects.count() == 0
    call_command("loaddata", str(first), stdout=StringIO())

    second = tmp_path / "second.json"
    call_command("export_claims", format="fixture", out=str(second), claim_set="training-2026", stderr=StringIO())
    assert second.read_bytes() == first.read_bytes()
    claim_set = ClaimSet.objects.get()
    assert claim_set.span_count == Span.objects.count() == 4 < verified_before
    assert Span.objects.filter(tag="opinion").count() == 0
    assert counts_before["Article"] == 2 == Article.objects.count()
    for span in Span.objects.select_related("article"):
        assert span.article.text[span.start:span.end] == span.text
    users = get_user_model().objects.all()
    assert sorted(u.username for u in users) == ["ann", "exp", "rev"]
    assert not any(u.has_usable_password() for u in users)
    assert services.claim_set_content_sha256(
        Span.objects.select_related("article").order_by("article__text_sha256", "start", "end", "tag", "uid")
    ) == claim_set.content_sha256
