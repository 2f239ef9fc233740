"""The jsonl export shape agreed with the lead (one object per line, keys sorted), written here only so the
importer's round trip can be tested before the real exporter lands in annotations/exports/."""
import json

from annotations.models import Span


def _ts(value) -> str:
    return value.isoformat().replace("+00:00", "Z")


def export_lines():
    spans = Span.objects.select_related("article", "author").prefetch_related(
        "evidence__source__article", "evidence__added_by", "reviews__reviewer").order_by("id")
    for span in spans:
        yield json.dumps({
            "article": {"id": span.article.pk, "outlet": span.article.outlet, "sha256": span.article.text_sha256,
                        "title": span.article.title, "url": span.article.url},
            "author": span.author.username, "end": span.end, "id": str(span.uid), "note": span.note,
            "prefix": span.prefix, "speaker": span.speaker, "start": span.start, "status": span.status,
            "suffix": span.suffix, "tag": span.tag, "text": span.text,
            "created_at": _ts(span.created_at), "updated_at": _ts(span.updated_at),
            "evidence": [{
                "added_by": e.added_by.username, "excerpt": e.excerpt,
                "source_article_id": e.source.article_id,
                "source_article_sha256": e.source.article.text_sha256 if e.source.article_id else None,
                "source_end": e.source_end, "source_start": e.source_start, "source_title": e.source.title,
                "source_url": e.source.url, "stance": e.stance,
            } for e in span.evidence.all()],
            "reviews": [{
                "comment": r.comment, "created_at": _ts(r.created_at), "decision": r.decision,
                "explanation": r.explanation, "reviewer": r.reviewer.username, "span_version": r.span_version,
                "verdict": r.verdict,
            } for r in span.reviews.all()],
        }, sort_keys=True, ensure_ascii=False)
