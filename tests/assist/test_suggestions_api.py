"""Suggestions through the API and the services: accept (a draft by me, provenance "suggested"), dismiss
(remembered for me only), matches in other articles linked as evidence in one call, clusters in exports."""
import json

import pytest
from django.core.management import call_command

from annotations import exports, selectors, services
from annotations.models import Span, SuggestionDismissal
from tests.factories import ArticleFactory

TEXT = ("President Donald Trump spoke on Monday.\n“We will make a deal with Russia,” Trump said.\n"
        "The United States voted against the resolution on Monday, after 12 hours of talks.\n"
        "The move seems likely to weaken the alliance.")


@pytest.fixture
def news(db):
    return ArticleFactory(text=TEXT)


def suggestion(client, article, tag):
    response = client.get(f"/api/articles/{article.pk}/suggestions/")
    assert response.status_code == 200
    return next(s for s in response.json()["results"] if s["tag"] == tag)


def test_suggestions_offer_the_quote_with_its_speaker_a_ranked_claim_and_an_opinion(client_for, annotator, news):
    found = client_for(annotator).get(f"/api/articles/{news.pk}/suggestions/").json()["results"]
    quote = next(s for s in found if s["tag"] == "quote")
    assert (quote["text"], quote["speaker"]) == ("We will make a deal with Russia", "Donald Trump")
    claim = next(s for s in found if s["tag"] == "claim" and "voted" in s["text"])
    assert claim["score"] >= 0.5 and "number" in claim["reasons"]
    assert any(s["tag"] == "opinion" and "weaken" in s["text"] for s in found)


def test_accepting_a_suggestion_makes_my_draft_with_suggested_provenance(client_for, annotator, news):
    client = client_for(annotator)
    quote = suggestion(client, news, "quote")
    response = client.post(f"/api/articles/{news.pk}/suggestions/accept/",
                           {"tag": "quote", "start": quote["start"], "end": quote["end"]}, format="json")
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["author"], body["status"], body["origin"], body["speaker"]) == (
        "ann", "draft", "suggested", "Donald Trump")
    assert all(s["tag"] != "quote" for s in client.get(f"/api/articles/{news.pk}/suggestions/").json()["results"])


def test_only_real_suggestions_can_be_accepted_as_suggested(client_for, annotator, news):
    response = client_for(annotator).post(f"/api/articles/{news.pk}/suggestions/accept/",
                                          {"tag": "claim", "start": 0, "end": 9}, format="json")
    assert response.status_code == 400 and "no claim suggestion" in response.json()["start"][0]
    assert not Span.objects.exists()


def test_a_dismissal_is_remembered_for_me_but_not_for_colleagues(client_for, annotator, other_annotator, news):
    mine = client_for(annotator)
    claim = suggestion(mine, news, "claim")
    key = {"tag": "claim", "start": claim["start"], "end": claim["end"]}
    assert mine.post(f"/api/articles/{news.pk}/suggestions/dismiss/", key, format="json").status_code == 204
    assert mine.post(f"/api/articles/{news.pk}/suggestions/dismiss/", key, format="json").status_code == 204
    assert SuggestionDismissal.objects.count() == 1
    mine_now = mine.get(f"/api/articles/{news.pk}/suggestions/").json()["results"]
    assert key not in [{k: s[k] for k in key} for s in mine_now]
    theirs = client_for(other_annotator).get(f"/api/articles/{news.pk}/suggestions/").json()["results"]
    assert key in [{k: s[k] for k in key} for s in theirs]


def test_suggestions_need_a_role(client_for, exporter, news):
    response = client_for(exporter).post(f"/api/articles/{news.pk}/suggestions/accept/",
                                         {"tag": "quote", "start": 0, "end": 1}, format="json")
    assert response.status_code in (400, 403)
    assert client_for().get(f"/api/articles/{news.pk}/suggestions/").status_code == 403


def test_suggestions_query_count_is_constant(client_for, annotator, news, make_span, django_assert_max_num_queries):
    client = client_for(annotator)
    for needle in ("President Donald Trump", "United States", "alliance"):
        make_span(news, needle, tag="claim")
    services.article_suggestions_store(article=news)  # what the intake job stores for every article
    with django_assert_max_num_queries(8):
        assert client.get(f"/api/articles/{news.pk}/suggestions/").status_code == 200


def test_matches_find_the_same_claim_in_another_article_and_link_it_as_evidence_in_one_call(
        client_for, annotator, make_span, django_assert_max_num_queries):
    first = ArticleFactory(text="Trump firmly rejected Ukraine’s NATO aspirations on Monday.")
    other = ArticleFactory(text="Weather news.\nOn Monday Trump firmly rejected Ukraine’s NATO aspirations.\n"
                                "Britain announced sanctions.")
    third = ArticleFactory(text="A third article about football scores and nothing else at all.")
    services.article_passages_index([first.pk, other.pk, third.pk])
    span = make_span(first, "Trump firmly rejected Ukraine’s NATO aspirations", tag="claim")
    client = client_for(annotator)
    with django_assert_max_num_queries(6):
        response = client.get(f"/api/spans/{span.pk}/matches/")
    assert response.status_code == 200
    best = response.json()["matches"][0]
    assert (best["article"], best["tier"], best["kind"]) == (other.pk, "same", "sentence")
    assert all(m["article"] != first.pk for m in response.json()["matches"])
    linked = client.post(f"/api/spans/{span.pk}/evidence/", {
        "stance": "supports", "source_article": best["article"], "source_start": best["start"],
        "source_end": best["end"]}, format="json")
    assert linked.status_code == 201, linked.json()
    assert linked.json()["evidence"][0]["excerpt"] == "On Monday Trump firmly rejected Ukraine’s NATO aspirations."


def test_verified_claims_saying_the_same_thing_share_a_cluster_id_in_exports(annotator, reviewer, make_span):
    a = ArticleFactory(text="Britain announced a new wave of sanctions against Russia’s military on Tuesday.")
    b = ArticleFactory(text="On Tuesday, Britain announced a new wave of sanctions against Russia's military.")
    c = ArticleFactory(text="Germany agreed to send more tanks.")
    spans = [make_span(a, a.text.rstrip("."), tag="claim"), make_span(b, b.text[13:].rstrip("."), tag="claim"),
             make_span(c, c.text.rstrip("."), tag="claim")]
    for span, source in zip(spans, (b, a, a)):
        services.evidence_add(span=span, user=annotator, stance="supports", source_article=source)
        services.span_submit(span=span, user=annotator)
        services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="accurate",
                               explanation="Matches the other outlet.")
    # Each approval queued a cluster-update job (run at once by the tests' immediate backend): nothing is left to do.
    assert services.span_clusters_refresh() == 0
    lines = [json.loads(line) for line in exports.export_chunks(exports.get_format("jsonl"),
                                                                 selectors.export_queryset())]
    by_article = {line["article"]["id"]: line["cluster_id"] for line in lines}
    assert by_article[a.pk] == by_article[b.pk] != by_article[c.pk]
    assert all(by_article.values())
    csv_text = "".join(exports.export_chunks(exports.get_format("csv"), selectors.export_queryset()))
    assert csv_text.splitlines()[0].startswith("\ufeffspan_id,cluster_id,") and by_article[c.pk] in csv_text
    assert services.span_clusters_refresh() == 0  # stable


def test_evaluate_suggestions_meets_the_targets_on_the_gold_set(db, capsys):
    call_command("load_seeds", verbosity=0)
    call_command("evaluate_suggestions")
    rows = {tuple(line.split()[:2]): line.split() for line in capsys.readouterr().out.splitlines()
            if line.startswith(("exact", "overlap"))}
    assert float(rows[("overlap", "quote")][4]) >= 0.90  # F1
    assert float(rows[("overlap", "claim")][3]) >= 0.70  # recall


def test_agreement_command_prints_f1_and_kappa_per_pair(annotator, other_annotator, news, make_span, capsys):
    make_span(news, "The United States voted against the resolution", tag="claim")
    make_span(news, "The United States voted against the resolution", tag="claim", author=other_annotator)
    make_span(news, "seems likely to weaken the alliance", tag="opinion", author=other_annotator)
    call_command("agreement", article=[news.pk])
    out = capsys.readouterr().out
    claim = next(line for line in out.splitlines() if " claim " in line).split()
    assert claim[:3] == ["ann", "ann2", "claim"] and claim[5:] == ["1.000", "1.000", "1.000"]
    opinion = next(line for line in out.splitlines() if " opinion " in line).split()
    assert opinion[5:] == ["0.000", "0.000", "0.000"]


def test_a_cluster_change_is_in_the_spans_audit_trail(annotator, reviewer, make_span):
    a = ArticleFactory(text="Britain announced a new wave of sanctions against Russia’s military on Tuesday.")
    b = ArticleFactory(text="On Tuesday, Britain announced a new wave of sanctions against Russia's military.")
    spans = [make_span(a, a.text.rstrip("."), tag="claim"), make_span(b, b.text[13:].rstrip("."), tag="claim")]
    for span, source in zip(spans, (b, a)):
        services.evidence_add(span=span, user=annotator, stance="supports", source_article=source)
        services.span_submit(span=span, user=annotator)
        services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict="accurate",
                               explanation="Matches the other outlet.")
    # Approvals already joined the two (incremental clustering); the full rebuild must leave the same trail.
    Span.objects.filter(pk__in=[span.pk for span in spans]).update(cluster_id="")
    assert services.span_clusters_refresh() == 2
    for span in spans:
        span.refresh_from_db()
        latest = span.history.order_by("-history_date", "-history_id").first()
        assert latest.cluster_id == span.cluster_id != ""
        assert latest.history_change_reason == "clusters recomputed"
