"""Training mode: a trainee annotates a seed article on their own, apart from production spans, and is scored
against the gold set when they finish."""
from django.db import IntegrityError, transaction
from django.utils import timezone

from annotations import gold, scoring
from annotations.errors import NotPermitted
from annotations.models import Article, TrainingSession, TrainingSpan

from annotations.rules.fields import invalid
from annotations.rules.spans import check_offsets, clean_speaker, clean_tag


def _require_trainee(session: TrainingSession, user) -> None:
    if session.trainee_id != user.pk:
        raise NotPermitted("This is someone else's training session.", code="not_trainee")


def _require_open(session: TrainingSession) -> None:
    if session.finished_at is not None:
        raise invalid("session", "This training session is finished; start a new one.", "session_finished")


def gold_for_article(article: Article, gold_path=None) -> list[dict]:
    return gold.gold_spans(gold_path).get(article.text_sha256, [])


def training_session_start(*, trainee, article: Article, gold_path=None) -> TrainingSession:
    """Any signed-in user may train, on an article the gold set covers."""
    if not trainee.is_authenticated or not trainee.is_active:
        raise NotPermitted("Sign in to start a training session.")
    if not gold_for_article(article, gold_path):
        raise invalid("article", "The gold set has no annotations for this article; pick a seed article.", "no_gold")
    return TrainingSession.objects.create(trainee=trainee, article=article)


def training_span_add(*, session: TrainingSession, trainee, start, end, tag, text=None, speaker="") -> TrainingSpan:
    _require_trainee(session, trainee)
    _require_open(session)
    tag = clean_tag(tag)
    speaker = clean_speaker(speaker)
    exact = check_offsets(session.article.text, start, end, text)
    try:
        with transaction.atomic():
            return TrainingSpan.objects.create(session=session, start=start, end=end, text=exact, tag=tag,
                                               speaker=speaker)
    except IntegrityError:
        raise invalid("start", f"You already have a {tag} span at [{start}:{end}].", "duplicate_span")


def training_span_remove(*, span: TrainingSpan, trainee) -> None:
    _require_trainee(span.session, trainee)
    _require_open(span.session)
    span.delete()


def training_session_score(session: TrainingSession, gold_path=None) -> dict:
    predicted = [{"start": s.start, "end": s.end, "tag": s.tag, "text": s.text} for s in session.spans.all()]
    return scoring.score_spans(gold_for_article(session.article, gold_path), predicted)


@transaction.atomic
def training_session_finish(*, session: TrainingSession, trainee, gold_path=None) -> TrainingSession:
    """Close the session and store its score (see annotations.scoring.score_spans for the shape)."""
    session = TrainingSession.objects.select_for_update().select_related("article").get(pk=session.pk)
    _require_trainee(session, trainee)
    _require_open(session)
    session.score = training_session_score(session, gold_path)
    session.finished_at = timezone.now()
    session.save(update_fields=["score", "finished_at"])
    return session
