import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from annotations import gold, scoring
from annotations.models import Article, Span, TrainingSession


class Command(BaseCommand):
    help = (
        "Score a user's spans against a gold fixture: precision, recall and F1 per tag, exact and overlap match, "
        "with the missed and extra spans. Scores the user's latest training session per article (default) or "
        "their production spans (--production)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--gold", default=str(gold.default_fixture_path()), help="Gold fixture (JSON).")
        parser.add_argument("--user", required=True, help="Username to score.")
        parser.add_argument("--article", type=int, default=None, help="Only this article id.")
        parser.add_argument("--production", action="store_true", help="Score production spans, not training.")
        parser.add_argument("--json", action="store_true", help="Print the full score as JSON.")

    def handle(self, *args, **options):
        path = Path(options["gold"])
        if not path.exists():
            raise CommandError(f"{path} does not exist.")
        user = get_user_model().objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError(f"No user {options['user']!r}.")
        gold_by_sha = gold.gold_spans(path)
        articles = Article.objects.filter(text_sha256__in=gold_by_sha)
        if options["article"] is not None:
            articles = articles.filter(pk=options["article"])
        gold_spans, predicted = [], []
        scored = []
        for article in articles:
            if options["production"]:
                spans = Span.objects.filter(article=article, author=user)
            else:
                session = TrainingSession.objects.filter(trainee=user, article=article).order_by("-started_at", "-id").first()
                if session is None:
                    continue
                spans = session.spans.all()
            scored.append(article)
            gold_spans += [{**g, "article": article.pk} for g in gold_by_sha[article.text_sha256]]
            predicted += [{"start": s.start, "end": s.end, "tag": s.tag, "text": s.text, "article": article.pk}
                          for s in spans]
        if not scored:
            raise CommandError(f"{user.get_username()} has nothing to score on the gold set's articles.")
        score = scoring.score_spans(gold_spans, predicted)
        if options["json"]:
            self.stdout.write(json.dumps(score, indent=1, ensure_ascii=False))
            return
        self.stdout.write(f"{user.get_username()} on {len(scored)} article(s): "
                          + ", ".join(f"#{a.pk}" for a in scored))
        for line in scoring.format_score(score):
            self.stdout.write(line)
        for key in ("missed", "extra"):
            spans = score["overlap"][key]
            self.stdout.write(f"{key} (overlap): {len(spans)}")
            for span in spans[:50]:
                self.stdout.write(f"  #{span['article']} {span['tag']:7} [{span['start']}:{span['end']}] {span['text'][:70]!r}")
