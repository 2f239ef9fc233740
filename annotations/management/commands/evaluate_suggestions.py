from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from annotations import gold, scoring
from annotations.assist.suggest import suggest
from annotations.models import Article


class Command(BaseCommand):
    help = ("Score the suggested quotes, claims and opinions against the gold set: precision, recall and F1 per tag, "
            "exact and overlap match, on the gold set's articles (load_seeds first).")

    def add_arguments(self, parser):
        parser.add_argument("--gold", default=str(gold.default_fixture_path()), help="Gold fixture (JSON).")
        parser.add_argument("--show", choices=["missed", "extra"], help="Also list the missed or extra spans.")

    def handle(self, *args, **options):
        path = Path(options["gold"])
        if not path.exists():
            raise CommandError(f"{path} does not exist.")
        gold_by_sha = gold.gold_spans(path)
        articles = list(Article.objects.filter(text_sha256__in=gold_by_sha).order_by("id"))
        if not articles:
            raise CommandError("None of the gold set's articles is in the database: run load_seeds first.")
        gold_spans, predicted, speakers = [], [], [0, 0]
        for article in articles:
            expected = [{**g, "article": article.pk} for g in gold_by_sha[article.text_sha256]]
            found = [{"start": s.start, "end": s.end, "tag": s.tag, "text": s.text, "speaker": s.speaker,
                      "article": article.pk} for s in suggest(article.text)]
            gold_spans += expected
            predicted += found
            for g in (g for g in expected if g["tag"] == "quote"):
                hit = next((p for p in found if p["tag"] == "quote" and p["start"] < g["end"] and g["start"] < p["end"]),
                           None)
                if hit is not None:
                    speakers[1] += 1
                    speakers[0] += _same_person(hit["speaker"], g["speaker"])
        score = scoring.score_spans(gold_spans, predicted)
        self.stdout.write(f"Suggestions against {path.name} on {len(articles)} article(s): "
                          + ", ".join(f"#{a.pk}" for a in articles))
        for line in scoring.format_score(score):
            self.stdout.write(line)
        self.stdout.write(f"quote speakers: {speakers[0]} of {speakers[1]} matched quotes attributed to the gold "
                          "speaker (same surname)")
        if options["show"]:
            for span in score["overlap"][options["show"]]:
                self.stdout.write(f"  #{span['article']} {span['tag']:7} [{span['start']}:{span['end']}] "
                                  f"{span['text'][:90]!r}")


def _same_person(found: str, expected: str) -> bool:
    def surname(name):
        words = name.replace("(unnamed)", "").split()
        return words[-1].lower() if words else ""

    return bool(found) and surname(found) == surname(expected)
