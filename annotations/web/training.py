"""Training pages: start a practice session on a seed article, annotate it, and see the score against the gold
set with the missed and extra spans marked in the text. Writes go through the JSON API (annotations/api/training.py)."""
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.csrf import ensure_csrf_cookie

from annotations import gold, selectors
from annotations.models import Article, Tag, TrainingSession

TAG_LETTERS = {Tag.CLAIM: "C", Tag.QUOTE: "Q", Tag.OPINION: "O"}

# Any signed-in user may train, no role needed: the same as the training API (annotations/api/training.py).


@login_required
@ensure_csrf_cookie
def training_home(request):
    gold_shas = set(gold.gold_spans())
    articles = Article.objects.filter(text_sha256__in=gold_shas).only("id", "title", "outlet").order_by("id")
    sessions = TrainingSession.objects.filter(trainee=request.user).select_related("article").defer(
        "article__text")[:50]
    return render(request, "annotations/training_home.html", {"articles": articles, "sessions": sessions})


@login_required
@ensure_csrf_cookie
def training_session(request, pk: int):
    session = TrainingSession.objects.filter(pk=pk, trainee=request.user).select_related("article").first()
    if session is None:
        raise Http404("No training session of yours with that number.")
    spans = list(session.spans.all())
    context = {
        "session": session, "article": session.article, "tags": Tag.choices,
        "config": {
            "session": session.pk, "text": session.article.text, "finished": session.finished_at is not None,
            "spans": [{"id": s.id, "start": s.start, "end": s.end, "tag": s.tag, "text": s.text} for s in spans],
        },
    }
    if session.score:
        context["figures"] = [
            {"mode": mode, "tag": tag, **session.score[mode]["tags"][tag]}
            for mode in ("exact", "overlap") for tag in (*Tag.values, "all")
        ]
        overlap = session.score["overlap"]
        context["segments"] = selectors.marked_segments(session.article.text, missed=overlap["missed"],
                                                        extra=overlap["extra"], found=spans)
        context["missed"], context["extra"] = overlap["missed"], overlap["extra"]
        context["tag_letters"] = TAG_LETTERS
    return render(request, "annotations/training_session.html", context)
