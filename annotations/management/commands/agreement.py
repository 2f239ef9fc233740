from django.core.management.base import BaseCommand, CommandError

from annotations import selectors
from annotations.models import Article

TAGS = ("claim", "quote", "opinion", "all")


def format_pairs(article, pairs) -> list[str]:
    lines = [f"#{article.pk} {article.title[:70]}"]
    if not pairs:
        return lines + ["  fewer than two annotators"]
    lines.append(f"  {'annotator A':16} {'annotator B':16} {'tag':8} {'nA':>4} {'nB':>4} {'F1 exact':>8} "
                 f"{'F1 overlap':>10} {'kappa':>6}")
    for pair in pairs:
        for tag in TAGS:
            f = pair["tags"][tag]
            kappa = "—" if f["kappa"] is None else f"{f['kappa']:.3f}"
            lines.append(f"  {pair['a'][:16]:16} {pair['b'][:16]:16} {tag:8} {f['a']:4d} {f['b']:4d} "
                         f"{f['exact_f1']:8.3f} {f['overlap_f1']:10.3f} {kappa:>6}")
    return lines


class Command(BaseCommand):
    help = ("Inter-annotator agreement per article and annotator pair: span-level F1 per tag (exact and overlap) and "
            "Cohen's kappa over characters. Every article with two or more annotators, or the ones named.")

    def add_arguments(self, parser):
        parser.add_argument("--article", type=int, action="append", help="Article id (repeatable).")

    def handle(self, *args, **options):
        if options["article"]:
            articles = list(Article.objects.filter(pk__in=options["article"]).order_by("id"))
            missing = set(options["article"]) - {a.pk for a in articles}
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, sorted(missing)))}.")
        else:
            articles = list(selectors.agreement_articles())
            if not articles:
                raise CommandError("No article has spans by two or more people.")
        for article in articles:
            for line in format_pairs(article, selectors.article_agreement(article)):
                self.stdout.write(line)
