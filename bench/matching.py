"""Claim matching under the benchmark's corpus: how long the passage index takes to build, and the latency of an
approval (including its cluster update, which runs after commit inside the request) and of the matches endpoint
("In other articles"), one client at a time so each figure is one request's own latency, not queueing.

The corpus's claims and quotes come from a few templates (bench/corpus.py), so every claim is close to thousands of
others: the worst case for a similarity index, which must still stop after its k nearest rows."""
import random

APPROVE = {"claim": {"decision": "approve", "verdict": "accurate", "explanation": "Checked against the sources."},
           "quote": {"decision": "approve"}}


def approval_requests(n: int, seed: int, articles: int) -> list[dict]:
    """POST reviews/ approving n submitted claims (with decisive evidence) and quotes of the first `articles`
    articles, in a seeded random order, none written by the bench reviewer (the four-eyes rule)."""
    from annotations.models import Evidence, Span

    decisive = Evidence.objects.filter(stance__in=["supports", "refutes"]).values("span_id")
    submitted = Span.objects.filter(status="submitted", article_id__lte=articles)
    spans = sorted(list(submitted.filter(tag="claim", pk__in=decisive).values_list("id", "tag"))
                   + list(submitted.filter(tag="quote").values_list("id", "tag")))
    random.Random(f"{seed}:approve").shuffle(spans)
    return [{"method": "POST", "path": f"/api/spans/{pk}/reviews/", "body": APPROVE[tag]} for pk, tag in spans[:n]]


def matches_requests(n: int, seed: int, articles: int) -> list[dict]:
    """GET matches/ for n verified claims and quotes of the first `articles` articles, in a seeded random order."""
    from annotations.models import Span

    ids = list(Span.objects.filter(status="verified", article_id__lte=articles, tag__in=["claim", "quote"])
               .order_by("id").values_list("id", flat=True))
    random.Random(f"{seed}:matches").shuffle(ids)
    return [{"method": "GET", "path": f"/api/spans/{pk}/matches/"} for pk in ids[:n]]

