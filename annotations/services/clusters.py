"""Claim clusters, kept up to date one span at a time. Verified claims and quotes that say the same thing (same
normalised text, or matching.score >= SAME_CLAIM, transitively, within a tag) share a cluster_id, the text hash
of the cluster's oldest member (by created_at, id), so a cluster keeps its id as newer appearances join.

`span_cluster_join` runs after an approval commits: the span is matched against the index (selectors.matching,
at most CANDIDATES rows) and joins the clusters it matches, merging them if it bridges several, or starts its
own. Its cost grows with the clusters it merges, never with the corpus. `span_clusters_refresh` (the
`cluster_claims` command) rebuilds every cluster the same way after imports or loaddata."""
from django.db import connection, transaction
from django.db.models import OuterRef, Subquery

from annotations.assist import matching
from annotations.models import Span
from annotations.rules.matching import is_clustered
from annotations.selectors.matching import CLUSTERED, similar_spans

# Any constant: PostgreSQL's transaction-scoped advisory lock that makes concurrent joins take turns, so two
# approvals of matching spans at once cannot start two clusters.
_JOIN_LOCK = 150015


def _links(span: Span) -> list[dict]:
    """Verified spans of the same tag that `span` matches: the same normalised text or score >= SAME_CLAIM."""
    own_hash = matching.text_hash(span.text)
    return [row for row in similar_spans(span.text, tag=span.tag, verified=True, exclude_span=span.pk)
            if matching.text_hash(row["text"]) == own_hash
            or matching.score(span.text, row["text"]) >= matching.SAME_CLAIM]


@transaction.atomic
def span_cluster_join(span_id: int) -> str:
    """Give the verified claim or quote `span_id` its cluster id, joining or merging the clusters it matches; a span
    that is no longer a verified claim or quote loses its id. Returns the span's cluster id ("" if none). Called
    on commit by review_submit; safe to call again (a job may retry it)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_JOIN_LOCK])
    span = Span.objects.filter(pk=span_id).only("id", "text", "tag", "status", "cluster_id", "created_at").first()
    if span is None:
        return ""
    if not is_clustered(span.tag, span.status):
        if span.cluster_id:
            _set_cluster([span.pk], "", "left its claim cluster")
        return ""
    links = _links(span)
    # Each party to the merge and its oldest member: the clusters linked spans belong to, and the linked spans
    # not in a cluster yet (verified before clustering ran, e.g. imported), and the span itself.
    clusters = {row["cluster_id"] for row in links if row["cluster_id"]}
    # The oldest member by the partial (cluster_id, created_at, id) index: one probe per cluster, whatever its
    # size (the `<> ''` lets PostgreSQL use the partial index for a parameter).
    oldest = (Span.objects.filter(cluster_id=OuterRef("cluster_id")).exclude(cluster_id="")
              .order_by("created_at", "id"))
    one_member = [row["id"] for row in links if row["cluster_id"]]
    unclustered = [row["id"] for row in links if not row["cluster_id"]]
    parties = [((span.created_at, span.pk), matching.text_hash(span.text))]
    for cluster_id, first_at, first_id in (
            Span.objects.filter(pk__in=one_member).order_by()
            .annotate(first_at=Subquery(oldest.values("created_at")[:1]), first_id=Subquery(oldest.values("id")[:1]))
            .values_list("cluster_id", "first_at", "first_id")):
        parties.append(((first_at, first_id), cluster_id))
    if unclustered:
        parties += [((created_at, pk), matching.text_hash(text)) for pk, created_at, text in
                    Span.objects.filter(pk__in=unclustered).order_by().values_list("id", "created_at", "text")]
    winner = min(parties)[1]
    loose = [span.pk] + unclustered
    _set_cluster(Span.objects.filter(pk__in=loose).exclude(cluster_id=winner).values_list("id", flat=True), winner,
                 "joined a claim cluster")
    merged = clusters - {winner}
    if merged:
        _set_cluster(Span.objects.filter(cluster_id__in=merged).values_list("id", flat=True), winner,
                     "claim clusters merged")
    return winner


def _set_cluster(ids, cluster_id: str, reason: str) -> None:
    """Give these spans `cluster_id` with an audit row each (an UPDATE sends no signal; exports carry the id, so
    its changes belong in the trail like any other field's)."""
    ids = list(ids)
    for start in range(0, len(ids), 500):
        batch = ids[start:start + 500]
        Span.objects.filter(pk__in=batch).update(cluster_id=cluster_id)
        _record(batch, reason)


def _record(ids, reason: str) -> None:
    """One history row per span, by nobody (the system), with the reason."""
    Span.history.bulk_history_create(list(Span.objects.filter(pk__in=ids)), update=True,
                                     default_change_reason=reason)


@transaction.atomic
def span_clusters_refresh() -> int:
    """Rebuild every cluster: each verified claim and quote, oldest first, is matched against the index as on
    approval, the links are joined in memory, and the changed ids are stored. Returns how many spans changed.
    Memory grows with the number of verified spans (an id and a hash each), time with that number times
    CANDIDATES; nothing is quadratic."""
    parent: dict[int, int] = {}

    def find(pk):
        while parent[pk] != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    order, hashes = {}, {}
    spans = (Span.objects.filter(CLUSTERED)
             .only("id", "text", "tag", "created_at").order_by("created_at", "id"))
    for rank, span in enumerate(spans.iterator(chunk_size=2000)):
        parent[span.pk], order[span.pk], hashes[span.pk] = span.pk, rank, matching.text_hash(span.text)
        for row in _links(span):
            if row["id"] in parent:  # older spans only: each link is seen from its newer end
                a, b = find(span.pk), find(row["id"])
                if a != b:
                    keep, drop = (a, b) if order[a] < order[b] else (b, a)
                    parent[drop] = keep
    wanted = {pk: hashes[find(pk)] for pk in parent}
    changed = []
    for pk, cluster_id in spans.order_by().values_list("id", "cluster_id").iterator(chunk_size=5000):
        if pk in wanted and cluster_id != wanted[pk]:
            changed.append(Span(pk=pk, cluster_id=wanted[pk]))
    stale = list(Span.objects.exclude(cluster_id="").exclude(CLUSTERED)
                 .only("id", "cluster_id"))
    for span in stale:
        span.cluster_id = ""
    Span.objects.bulk_update(changed + stale, ["cluster_id"], batch_size=500)
    # bulk_update sends no signal: the audit trail gets a row for each span whose cluster moved, by nobody.
    moved = [span.pk for span in changed + stale]
    for start in range(0, len(moved), 500):
        _record(moved[start:start + 500], "clusters recomputed")
    return len(changed) + len(stale)
