"""The plain-data record of one span, shared by the formats. Keys are sorted when serialised."""
from django.conf import settings

from annotations.models import Decision


def iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat().replace("+00:00", "Z")


def evidence_record(evidence) -> dict:
    source = evidence.source
    return {
        "added_by": evidence.added_by.username,
        "excerpt": evidence.excerpt,
        "source_article_id": source.article_id,
        "source_article_sha256": source.article.text_sha256 if source.article_id else None,
        "source_end": evidence.source_end,
        "source_start": evidence.source_start,
        "source_title": source.title,
        "source_url": source.url,
        "stance": evidence.stance,
    }


def review_record(review) -> dict:
    return {
        "comment": review.comment,
        "created_at": iso(review.created_at),
        "decision": review.decision,
        "explanation": review.explanation,
        "reviewer": review.reviewer.username,
        "span_version": review.span_version,
        "verdict": review.verdict,
    }


def span_record(span) -> dict:
    article = span.article
    return {
        "article": {
            "id": article.id, "outlet": article.outlet, "sha256": article.text_sha256,
            "title": article.title, "url": article.url,
        },
        "author": span.author.username,
        "cluster_id": span.cluster_id or None,
        "created_at": iso(span.created_at),
        "end": span.end,
        "evidence": [evidence_record(e) for e in span.evidence.all()],
        "id": str(span.uid),
        "note": span.note,
        "prefix": span.prefix,
        "reviews": [review_record(r) for r in span.reviews.all()],
        "speaker": span.speaker,
        "start": span.start,
        "status": span.status,
        "suffix": span.suffix,
        "tag": span.tag,
        "text": span.text,
        "updated_at": iso(span.updated_at),
    }


def final_approval(span):
    """The approving review that verified the span (the latest approval)."""
    approvals = [r for r in span.reviews.all() if r.decision == Decision.APPROVE]
    return approvals[-1] if approvals else None


def public_url(path: str) -> str:
    return f"{settings.FACTCHECK_PUBLIC_URL}/{path.lstrip('/')}"


def article_iri(article) -> str:
    return article.url or public_url(f"articles/{article.text_sha256}")


def span_iri(span) -> str:
    return public_url(f"annotations/{span.uid}")
