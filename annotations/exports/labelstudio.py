"""Label Studio's task JSON: a list of tasks, one per article, `data.text` the article text, and one annotation per
span author whose results are `labels` regions {"start", "end", "text", "labels": [tag]} (code points, as Label
Studio's Text tag counts them).

Import it into a Label Studio project with LABEL_CONFIG as its labelling interface. The annotations carry no
`completed_by`: Label Studio refuses a file whose annotators are not members of the project (by email or id), and
assigns an annotation without one to whoever imports it. Our importer does read `completed_by` (and JSON_MIN's
`annotator`) from files Label Studio wrote. Region ids are the span uids, so a round trip stays traceable."""
import json

from .by_article import article_meta, articles_with_spans
from .records import iso

LABEL_CONFIG = """<View>
  <Labels name="label" toName="text">
    <Label value="claim"/>
    <Label value="quote"/>
    <Label value="opinion"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>"""


def region(span) -> dict:
    return {
        "from_name": "label", "id": str(span.uid), "origin": "manual", "to_name": "text", "type": "labels",
        "value": {"end": span.end, "labels": [span.tag], "start": span.start, "text": span.text},
    }


def task(article, text: str, spans) -> dict:
    by_author: dict[str, list] = {}
    for span in spans:
        by_author.setdefault(span.author.username, []).append(span)
    annotations = []
    for username, own in sorted(by_author.items()):
        annotations.append({
            "created_at": iso(min(span.created_at for span in own)),
            "ground_truth": False,
            "result": [region(span) for span in own],
            "updated_at": iso(max(span.updated_at for span in own)),
            "was_cancelled": False,
        })
    # Label Studio numbers tasks itself on import; the converter needs one, the same in every export.
    task_id = int(article.text_sha256[:13], 16)
    return {"annotations": annotations, "data": {"text": text, **article_meta(article)}, "id": task_id}


def generate(spans, **context):
    yield "["
    first = True
    for article, text, group in articles_with_spans(spans):
        yield ("\n" if first else ",\n") + json.dumps(task(article, text, group), ensure_ascii=False, sort_keys=True)
        first = False
    yield "\n]\n"
