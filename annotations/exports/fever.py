"""FEVER-style JSONL for training claim-verification models: {"id", "claim", "label", "evidence"}.
The label comes from the evidence stances: supporting only -> SUPPORTS, refuting only -> REFUTES, both or
neither -> NOT ENOUGH INFO. Only claims are exported."""
import json

from annotations.models import Stance, Tag

from .records import article_iri


def label_for(stances: set[str]) -> str:
    supports, refutes = Stance.SUPPORTS in stances, Stance.REFUTES in stances
    if supports and not refutes:
        return "SUPPORTS"
    if refutes and not supports:
        return "REFUTES"
    return "NOT ENOUGH INFO"


def generate(spans, **context):
    for span in spans:
        if span.tag != Tag.CLAIM:
            continue
        evidence = list(span.evidence.all())
        decisive = [e for e in evidence if e.stance != Stance.CONTEXT]
        record = {
            "claim": span.text,
            "evidence": [
                [e.source.url or article_iri(e.source.article), e.excerpt, e.stance] for e in decisive
            ],
            "id": str(span.uid),
            "label": label_for({e.stance for e in evidence}),
        }
        yield json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
