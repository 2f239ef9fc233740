from pathlib import Path
from types import SimpleNamespace

from django.core.management.base import BaseCommand, CommandError

from annotations import gold, scoring
from annotations.assist import evalsets
from annotations.assist.suggest import suggest
from annotations.models import Article


class Command(BaseCommand):
    help = ("Score the suggested quotes, claims and opinions: precision, recall and F1 per tag, exact and overlap "
            "match, and speaker accuracy. By default on the seeds' gold set (load_seeds first); --set NAME scores an "
            "evaluation set of fixtures/eval/NAME/ (no database needed), --split dev|test one half of it.")

    def add_arguments(self, parser):
        parser.add_argument("--gold", default=str(gold.default_fixture_path()), help="Gold fixture (JSON).")
        parser.add_argument("--set", dest="eval_set", help="An evaluation set: a directory name under fixtures/eval/ "
                            f"({', '.join(evalsets.available()) or 'none yet'}) or a path.")
        parser.add_argument("--split", choices=["dev", "test", "all"], default="all",
                            help="With --set: the half to score (default: all).")
        parser.add_argument("--agreement", action="store_true",
                            help="With --set: on the articles the set's second, independent labelling covers "
                            f"(fixtures/eval/NAME/{evalsets.SECOND}/), score that labelling against the first as if it "
                            "were suggestions (how far two people agree), then the suggestions on the same articles.")
        parser.add_argument("--show", choices=["missed", "extra", "speakers"],
                            help="Also list the missed or extra spans, or the quotes given the wrong speaker.")

    def handle(self, *args, **options):
        if options["eval_set"]:
            try:
                articles = evalsets.load(options["eval_set"], options["split"])
            except (ValueError, OSError) as error:
                raise CommandError(str(error)) from error
            if not articles:
                raise CommandError(f"{options['eval_set']} has no {options['split']} articles.")
            if options["agreement"]:
                return self._agreement(options["eval_set"], articles, options["split"])
            documents = [(a.name, a.text, a.spans) for a in articles]
            label = f"set {options['eval_set']} ({options['split']})"
            names = ", ".join(a.name for a in articles)
        else:
            if options["agreement"]:
                raise CommandError("--agreement needs --set.")
            path = Path(options["gold"])
            if not path.exists():
                raise CommandError(f"{path} does not exist.")
            gold_by_sha = gold.gold_spans(path)
            found = list(Article.objects.filter(text_sha256__in=gold_by_sha).order_by("id"))
            if not found:
                raise CommandError("None of the gold set's articles is in the database: run load_seeds first.")
            documents = [(a.pk, a.text, gold_by_sha[a.text_sha256]) for a in found]
            label = path.name
            names = ", ".join(f"#{a.pk}" for a in found)
        result = evalsets.evaluate(documents, suggest, keep_speakers=options["show"] == "speakers")
        self.stdout.write(f"Suggestions against {label} on {result['articles']} article(s): {names}")
        self._write(result)
        if options["show"] == "speakers":
            for wrong in result["wrong_speakers"]:
                self.stdout.write(f"  {wrong['article']} {wrong['text'][:70]!r}: gold {wrong['gold']!r}, "
                                  f"suggested {wrong['found']!r}")
        elif options["show"]:
            for span in result["score"]["overlap"][options["show"]]:
                self.stdout.write(f"  {span['article']} {span['tag']:7} [{span['start']}:{span['end']}] "
                                  f"{span['text'][:90]!r}")

    def _agreement(self, eval_set, articles, split):
        try:
            second = evalsets.load_second(eval_set, articles)
        except (ValueError, OSError) as error:
            raise CommandError(str(error)) from error
        if not second:
            raise CommandError(f"{eval_set} has no second labelling of its {split} articles "
                               f"({evalsets.SECOND}/NAME.json).")
        covered = [a for a in articles if a.name in second]
        documents = [(a.name, a.text, a.spans) for a in covered]
        names = ", ".join(a.name for a in covered)
        by_text = {a.text: [SimpleNamespace(**s) for s in second[a.name]] for a in covered}
        self.stdout.write(f"Second labelling against set {eval_set} ({split}) on {len(covered)} article(s): {names}")
        self._write(evalsets.evaluate(documents, by_text.__getitem__))
        self.stdout.write(f"Suggestions against set {eval_set} ({split}) on the same {len(covered)} article(s)")
        self._write(evalsets.evaluate(documents, suggest))

    def _write(self, result):
        right, matched = result["speakers"]
        for line in scoring.format_score(result["score"]):
            self.stdout.write(line)
        accuracy = f" ({right / matched:.3f})" if matched else ""
        self.stdout.write(f"quote speakers: {right} of {matched} matched quotes attributed to the gold speaker "
                          f"(same surname){accuracy}")
