"""The current matching method run end to end on labelled pairs: every distinct text becomes a verified claim in
its own article, or an indexed passage of it (in a transaction that is always rolled back), and each pair is scored
through the index: the spans' band keys (selectors.similar_spans) or the passages' (selectors.similar_passages)."""
from django.contrib.auth import get_user_model
from django.db import transaction

from annotations.assist import matching
from annotations.models import Article, PassageKind, Span, SpanStatus, Tag
from annotations.selectors.matching import CANDIDATES, similar_passages, similar_spans

from .articles import text_sha256
from .passages import passages_store
from .span_bands import spans_bands_write


class _Rollback(Exception):
    pass


def indexed_scores(pairs: list[dict], via: str = "spans") -> list[float]:
    """Per pair: matching.score of its texts if the second is among the first's CANDIDATES index candidates
    (claims and quotes of other articles, or with via="passages" indexed passages of other articles), else 0.0."""
    scores: list[float] = []
    try:
        with transaction.atomic():
            user = get_user_model().objects.create(username="matching-evaluation")
            texts = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
            articles = Article.objects.bulk_create([
                Article(title=f"Pair text {i}", text=text, text_sha256=text_sha256(text))
                for i, text in enumerate(texts)])
            spans = Span.objects.bulk_create([
                Span(article=article, author=user, start=0, end=len(article.text), text=article.text, tag=Tag.CLAIM,
                     status=SpanStatus.VERIFIED) for article in articles])
            spans_bands_write((span.pk, span.article_id, span.text, span.tag, span.status) for span in spans)
            # text -> (the id the index returns for it, its article)
            indexed = {span.text: (span.pk, span.article_id) for span in spans}
            search = similar_spans
            if via == "passages":
                ids = passages_store([{"article_id": a.pk, "kind": str(PassageKind.SENTENCE), "start": 0,
                                       "end": len(a.text), "text": a.text} for a in articles])
                indexed = {a.text: (pk, a.pk) for pk, a in zip(ids, articles)}
                search = similar_passages
            for pair in pairs:
                (_, article), (b_id, _) = indexed[pair["a"]], indexed[pair["b"]]
                found = {row["id"] for row in search(pair["a"], exclude_article=article, limit=CANDIDATES)}
                scores.append(matching.score(pair["a"], pair["b"]) if b_id in found else 0.0)
            raise _Rollback
    except _Rollback:
        pass
    return scores
