"""FEVER's shared-task claims file (Thorne et al. 2018; the shape sheffieldnlp/fever-scorer reads), one verified
claim a line:

    {"id": int, "verifiable": "VERIFIABLE" | "NOT VERIFIABLE", "label": "SUPPORTS" | "REFUTES" | "NOT ENOUGH INFO",
     "claim": str, "evidence": [[[annotation_id, evidence_id, page, line], ...], ...]}

The label is the approving reviewer's verdict, never the evidence stances (a claim found *misleading* may well have
a source that supports its literal words):

    accurate, mostly accurate -> SUPPORTS         the evidence shows the claim holds
    false, misleading         -> REFUTES          the evidence shows it does not hold as stated
    unproven                  -> NOT ENOUGH INFO  the evidence does not settle it

Each decisive piece of evidence (supports or refutes; a "context" link cannot back a verdict) is one evidence group,
the sentences of its page it cites (exports/fever_pages.py, the `fever-pages` format). NOT ENOUGH INFO claims carry
FEVER's `[[[annotation_id, null, null, null]]]`, as the scorer expects.

Ids are integers below 2**53 (exact in any JSON reader) taken from our stable identifiers, so they are the same in
every export and every database: the claim's from the span's uid, annotation_id from the approving review's uid,
evidence_id from the span's uid and the page."""
import hashlib
import json

from annotations.models import Tag, Verdict
from annotations.rules.evidence import DECISIVE_STANCES

from .fever_pages import Pages
from .records import final_approval

SUPPORTS, REFUTES, NEI = "SUPPORTS", "REFUTES", "NOT ENOUGH INFO"
VERDICT_LABELS = {
    Verdict.ACCURATE: SUPPORTS,
    Verdict.MOSTLY_ACCURATE: SUPPORTS,
    Verdict.FALSE: REFUTES,
    Verdict.MISLEADING: REFUTES,
    Verdict.UNPROVEN: NEI,
}
BATCH = 500


def fever_id(text: str) -> int:
    """A stable integer below 2**53 for a stable string identifier."""
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:13], 16)


def claim_record(span, pages: Pages) -> dict | None:
    approval = final_approval(span)
    if span.tag != Tag.CLAIM or approval is None or approval.verdict not in VERDICT_LABELS:
        return None
    label = VERDICT_LABELS[approval.verdict]
    annotation_id = fever_id(str(approval.uid))
    if label == NEI:
        evidence = [[[annotation_id, None, None, None]]]
    else:
        evidence = []
        for item in span.evidence.all():
            if item.stance not in DECISIVE_STANCES:
                continue
            page, lines = pages.cited(item)
            evidence_id = fever_id(f"{span.uid} {page}")
            evidence.append([[annotation_id, evidence_id, page, line] for line in lines])
        evidence.sort()
    return {"claim": span.text, "evidence": evidence, "id": fever_id(str(span.uid)), "label": label,
            "verifiable": "NOT VERIFIABLE" if label == NEI else "VERIFIABLE"}


def _batches(spans):
    batch = []
    for span in spans:
        batch.append(span)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def generate(spans, *, queryset, **context):
    pages = Pages(queryset)
    for batch in _batches(spans):
        # The texts of the articles this batch cites, in one query, before their sentences are numbered.
        pages.load_articles({e.source.article.text_sha256 for span in batch if span.tag == Tag.CLAIM
                             for e in span.evidence.all() if e.source.article_id is not None})
        for span in batch:
            record = claim_record(span, pages)
            if record is not None:
                yield json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
