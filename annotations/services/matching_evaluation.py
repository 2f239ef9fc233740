"""The current matching method run end to end on labelled pairs: every distinct text becomes a verified claim in
its own article, or an indexed passage of it (in a transaction that is always rolled back), and each pair is scored
through the index: the spans' (selectors.similar_spans) or the passages' band keys (selectors.similar_passages)."""
from django.contrib.auth import get_user_model
from django.db import transaction

from annotations.assist import bands, matching
from annotations.models import Article, Passage, PassageBand, PassageKind, Span, SpanStatus, Tag
from annotations.selectors.matching import CANDIDATES, similar_passages, similar_spans

from .articles import text_sha256


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
            indexed = spans
            if via == "passages":
                indexed = Passage.objects.bulk_create([
                    Passage(article=article, kind=PassageKind.SENTENCE, start=0, end=len(article.text),
                            text=article.text) for article in articles])
                PassageBand.objects.bulk_create([
                    PassageBand(key=key, salt=salt, passage_id=passage_id, article_id=article_id) for p in indexed
                    for key, salt, passage_id, article_id in bands.band_rows(p.pk, p.article_id, p.text)])
                search = similar_passages
            else:
                search = similar_spans
            by_text = {row.text: row for row in indexed}
            for pair in pairs:
                a, b = by_text[pair["a"]], by_text[pair["b"]]
                found = {row["id"] for row in search(a.text, exclude_article=a.article_id, limit=CANDIDATES)}
                scores.append(matching.score(a.text, b.text) if b.pk in found else 0.0)
            raise _Rollback
    except _Rollback:
        pass
    return scores
