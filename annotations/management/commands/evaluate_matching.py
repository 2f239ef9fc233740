from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from annotations.assist import evaluation
from annotations.services.matching_evaluation import indexed_scores


class Command(BaseCommand):
    help = ("Same-claim matching precision and recall at the tier thresholds on labelled pairs, before (TF-IDF "
            "fitted on the corpus) and now (index candidates rescored with fixed weights: the band keys of spans "
            "and of passages), for the development and the test half. Writes nothing (the pairs are "
            "indexed inside a rolled-back transaction).")

    def add_arguments(self, parser):
        parser.add_argument("--pairs", default=str(Path(settings.BASE_DIR) / "fixtures" / "matching_pairs.json"))
        parser.add_argument("--seeds", default=str(Path(settings.BASE_DIR) / "seeds"),
                            help="articles whose sentences the old TF-IDF model is also fitted on")

    def handle(self, *args, **options):
        path = Path(options["pairs"])
        if not path.exists():
            raise CommandError(f"No pairs file at {path}.")
        pairs = evaluation.load_pairs(path)
        results = {
            "before": evaluation.tally(pairs, evaluation.tfidf_scores(pairs, evaluation.background(options["seeds"]))),
            "after": evaluation.tally(pairs, indexed_scores(pairs)),
            "passage": evaluation.tally(pairs, indexed_scores(pairs, via="passages")),
        }
        sizes = {split: sum(1 for p in pairs if p["split"] == split) for split in ("dev", "test")}
        self.stdout.write(f"{len(pairs)} labelled pairs: dev {sizes['dev']}, test {sizes['test']} "
                          f"({sum(p['same'] for p in pairs)} same claim)")
        self.stdout.write(f"{'split':6} {'tier':8} {'method':7} {'precision':>9} {'recall':>7} "
                          f"{'tp':>4} {'fp':>4} {'fn':>4}")
        for split in ("dev", "test"):
            for tier, _ in evaluation.TIERS:
                for method, table in results.items():
                    c = table[(split, tier)]
                    self.stdout.write(f"{split:6} {tier:8} {method:7} {c.precision:9.3f} {c.recall:7.3f} "
                                      f"{c.tp:4} {c.fp:4} {c.fn:4}")
