"""Incremental clustering (services.clusters): an approval joins, starts or merges clusters through the index;
the result is the full rebuild's, whatever the order of approvals; a span leaving the verified set leaves its
cluster."""
import random
from io import StringIO

from django.core.management import call_command

from annotations import services
from annotations.assist import matching
from annotations.models import Span
from tests.factories import ArticleFactory


def verified(article, text, author, tag="claim"):
    start = article.text.index(text)
    return Span.objects.create(article=article, author=author, start=start, end=start + len(text), text=text,
                               tag=tag, status="verified")


def test_a_claim_that_bridges_two_clusters_merges_them_under_the_older_clusters_id(annotator):
    first = ArticleFactory(text="Britain announced new sanctions against the Russian military.")
    second = ArticleFactory(text="The European Union froze the assets of Russian banks.")
    a = verified(first, first.text[:-1], annotator)
    b = verified(second, second.text[:-1], annotator)
    assert services.span_cluster_join(a.pk) == matching.text_hash(a.text)
    assert services.span_cluster_join(b.pk) == matching.text_hash(b.text)  # not the same claim: its own cluster
    bridge_article = ArticleFactory(text="Britain announced new sanctions against the Russian military and the "
                                         "European Union froze the assets of Russian banks.")
    bridge = verified(bridge_article, bridge_article.text[:-1], annotator)
    assert matching.score(bridge.text, a.text) >= matching.SAME_CLAIM <= matching.score(bridge.text, b.text)
    assert services.span_cluster_join(bridge.pk) == matching.text_hash(a.text)
    assert set(Span.objects.values_list("cluster_id", flat=True)) == {matching.text_hash(a.text)}


def test_a_span_that_is_no_longer_verified_leaves_its_cluster(annotator):
    article = ArticleFactory(text="The council approved the budget by 32 votes to 11.")
    span = verified(article, "The council approved the budget by 32 votes to 11", annotator)
    assert services.span_cluster_join(span.pk)
    Span.objects.filter(pk=span.pk).update(status="submitted")
    assert services.span_cluster_join(span.pk) == ""
    assert Span.objects.get(pk=span.pk).cluster_id == ""


def test_approvals_in_any_order_give_the_full_rebuilds_clusters_on_the_gold_seeds(db):
    call_command("load_seeds", stdout=StringIO())
    call_command("loaddata", "gold_seed_annotations", stdout=StringIO())
    services.span_clusters_refresh()
    rebuilt = dict(Span.objects.exclude(cluster_id="").values_list("id", "cluster_id"))
    assert len(set(rebuilt.values())) < len(rebuilt)  # some clusters have several members
    Span.objects.update(cluster_id="")
    order = list(rebuilt)
    random.Random(15).shuffle(order)
    for pk in order:
        services.span_cluster_join(pk)
    assert dict(Span.objects.exclude(cluster_id="").values_list("id", "cluster_id")) == rebuilt
    assert services.span_clusters_refresh() == 0


def latest_history(span):
    return Span.history.filter(id=span.pk).order_by("-history_date", "-history_id").first()


def test_every_cluster_id_an_approval_changes_is_in_the_spans_audit_trail(annotator):
    first = ArticleFactory(text="Britain announced new sanctions against the Russian military.")
    second = ArticleFactory(text="The European Union froze the assets of Russian banks.")
    a = verified(first, first.text[:-1], annotator)
    b = verified(second, second.text[:-1], annotator)
    services.span_cluster_join(a.pk)
    services.span_cluster_join(b.pk)
    bridge_article = ArticleFactory(text="Britain announced new sanctions against the Russian military and the "
                                         "European Union froze the assets of Russian banks.")
    bridge = verified(bridge_article, bridge_article.text[:-1], annotator)
    services.span_cluster_join(bridge.pk)  # joins a's cluster and merges b's into it
    for span, reason in ((a, "joined a claim cluster"), (b, "claim clusters merged"), (bridge, "joined a claim cluster")):
        span.refresh_from_db()
        row = latest_history(span)
        assert (row.cluster_id, row.history_change_reason) == (span.cluster_id, reason) != ("", reason)
    rows_before = Span.history.count()
    services.span_cluster_join(bridge.pk)  # nothing changes: nothing is recorded
    assert Span.history.count() == rows_before


def test_leaving_a_cluster_is_in_the_spans_audit_trail(annotator):
    article = ArticleFactory(text="The council approved the budget by 32 votes to 11.")
    span = verified(article, "The council approved the budget by 32 votes to 11", annotator)
    services.span_cluster_join(span.pk)
    Span.objects.filter(pk=span.pk).update(status="submitted")
    services.span_cluster_join(span.pk)
    row = latest_history(span)
    assert (row.cluster_id, row.history_change_reason) == ("", "left its claim cluster")
