"""A frozen claim set exports the same bytes in every format whatever happens afterwards to what it points at:
articles retitled, shared sources cited again under a new title, evidence passages, clusters."""
import datetime

import pytest

from annotations import exports, selectors, services
from annotations.models import ClaimSet, Source, Span

pytestmark = pytest.mark.django_db


def claim_set_bytes(claim_set) -> dict[str, bytes]:
    claim_set = ClaimSet.objects.get(pk=claim_set.pk)
    return {name: "".join(exports.claim_set_chunks(fmt, claim_set)).encode("utf-8")
            for name, fmt in exports.FORMATS.items()}


@pytest.fixture
def frozen(claim_corpus, exporter):
    claim_set = services.claim_set_create(name="week-47", user=exporter)
    return claim_set, claim_set_bytes(claim_set)


def test_re_export_is_byte_identical_after_staff_retitle_an_article_and_give_it_a_url(frozen, staff, claim_corpus):
    claim_set, before = frozen
    for span in claim_corpus[:2]:
        services.article_update(article=span.article, user=staff, title=f"Retitled {span.article.pk}",
                                url=f"https://news.example.org/{span.article.pk}", outlet="Another outlet",
                                published=datetime.date(2020, 1, 1))
    assert claim_set_bytes(claim_set) == before


def test_re_export_is_byte_identical_after_a_shared_source_is_cited_with_a_new_title(
        frozen, annotator, make_span, claim_corpus):
    claim_set, before = frozen
    used = Source.objects.exclude(url="").order_by("url").first()
    draft = make_span(claim_corpus[1].article, "plan", tag="claim")
    services.evidence_add(span=draft, user=annotator, stance="supports", url=used.url, title="A new title",
                          publisher="Someone else")
    assert claim_set_bytes(claim_set) == before
    assert Source.objects.get(pk=used.pk).title == used.title  # nobody renames a shared source by citing it


def test_an_article_cited_only_as_an_evidence_passage_keeps_its_text(frozen, staff, claim_corpus, client_for):
    claim_set, before = frozen
    cited = next(e.source.article for s in claim_corpus for e in s.evidence.all() if e.source.article_id)
    response = client_for(staff).patch(f"/api/articles/{cited.pk}/", {"text": "Different words."}, format="json")
    assert response.status_code == 400 and response.json()["text"]
    assert claim_set_bytes(claim_set) == before


def test_re_export_is_byte_identical_after_clusters_change(frozen, claim_corpus):
    claim_set, before = frozen
    Span.objects.filter(pk__in=[s.pk for s in claim_corpus]).update(cluster_id="ffffffffffffffff")
    assert claim_set_bytes(claim_set) == before


def test_a_frozen_set_exports_what_it_exported_when_frozen(frozen):
    claim_set, before = frozen
    live = selectors.claim_set_spans(claim_set)
    for name, fmt in exports.FORMATS.items():
        fresh = "".join(exports.export_chunks(fmt, live, claim_set=ClaimSet.objects.get(pk=claim_set.pk),
                                              label=claim_set.name,
                                              collection_id=exports.claim_set_collection_id(claim_set)))
        assert fresh.encode("utf-8") == before[name], name


def test_a_sources_description_has_a_history(frozen, staff):
    source = Source.objects.exclude(url="").order_by("url").first()
    source.title = "Corrected by staff"
    source._history_user = staff
    source.save()
    titles = list(source.history.order_by("history_date").values_list("title", "history_user__username"))
    assert titles[-1] == ("Corrected by staff", "boss") and len(titles) == 2


def test_the_api_names_the_hash_of_every_frozen_export(frozen, exporter, client_for):
    import hashlib

    claim_set, before = frozen
    body = client_for(exporter).get(f"/api/claim-sets/{claim_set.pk}/").json()
    assert body["exports_sha256"] == {name: hashlib.sha256(data).hexdigest() for name, data in before.items()}
    response = client_for(exporter).get(f"/api/claim-sets/{claim_set.pk}/export/?format=csv")
    assert b"".join(response.streaming_content) == before["csv"]
