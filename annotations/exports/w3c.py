"""W3C Web Annotation JSON-LD: an AnnotationCollection whose first AnnotationPage embeds every annotation.
Each target carries a TextQuoteSelector and a TextPositionSelector (code points, as the model requires); the
tag is a tagging body, the verdict an assessing body, each piece of evidence a linking body with its stance."""
import json

from annotations.models import Verdict

from .records import article_iri, final_approval, iso, public_url, span_iri

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
FC_CONTEXT = {"fc": "https://factcheck.example.org/ns#", "stance": "fc:stance", "status": "fc:status"}
CONTEXT = [ANNO_CONTEXT, FC_CONTEXT]


def agent(user) -> dict:
    return {"id": public_url(f"users/{user.username}"), "type": "Person", "nickname": user.username}


def annotation(span) -> dict:
    bodies = [{"type": "TextualBody", "purpose": "tagging", "value": span.tag, "format": "text/plain"}]
    approval = final_approval(span)
    if approval is not None and approval.verdict:
        value = Verdict(approval.verdict).label
        if approval.explanation:
            value += f": {approval.explanation}"
        bodies.append({"type": "TextualBody", "purpose": "assessing", "value": value, "format": "text/plain",
                       "creator": agent(approval.reviewer), "created": iso(approval.created_at)})
    if span.speaker:
        bodies.append({"type": "TextualBody", "purpose": "identifying", "value": span.speaker, "format": "text/plain"})
    if span.note:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": span.note, "format": "text/plain"})
    for evidence in span.evidence.all():
        source = evidence.source
        body = {
            "type": "SpecificResource",
            "purpose": "linking",
            "source": source.url or article_iri(source.article),
            "stance": evidence.stance,
        }
        if evidence.source_start is not None:
            body["selector"] = {"type": "TextPositionSelector", "start": evidence.source_start,
                                "end": evidence.source_end}
        bodies.append(body)
    return {
        "@context": CONTEXT,
        "id": span_iri(span),
        "type": "Annotation",
        "motivation": "tagging",
        "created": iso(span.created_at),
        "modified": iso(span.updated_at),
        "creator": agent(span.author),
        "status": span.status,
        "body": bodies,
        "target": {
            "source": article_iri(span.article),
            "selector": [
                {"type": "TextQuoteSelector", "exact": span.text, "prefix": span.prefix, "suffix": span.suffix},
                {"type": "TextPositionSelector", "start": span.start, "end": span.end},
            ],
        },
    }


def generate(spans, *, total: int = 0, collection_id: str = "", label: str = "", **context):
    collection_id = collection_id or public_url("exports/verified")
    head = {
        "@context": ANNO_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label or "Verified spans",
        "total": total,
    }
    page_head = {"id": f"{collection_id}/page1", "type": "AnnotationPage", "startIndex": 0}
    # Streamed as text around the items, keys in a fixed order.
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "first": ' + json.dumps(page_head)[:-1] + ', "items": ['
    first = True
    for span in spans:
        yield ("\n" if first else ",\n") + json.dumps(annotation(span), ensure_ascii=False, sort_keys=True)
        first = False
    yield "\n]}}\n"
