from django.core.management.base import BaseCommand

from annotations import services
from annotations.models import Article, IndexedArticle
from annotations.services.span_bands import spans_index, spans_unindexed

SPAN_BATCH = 2000


class Command(BaseCommand):
    help = ("Write the claim-matching index: the passages (quotations and sentences) of each article and the band "
            "keys of its claims and quotes. Articles and spans written through the services are indexed by "
            "themselves and imports queue jobs for theirs; run this after writes past both (raw SQL, a restored "
            "dump) or a failed index job: it indexes the articles without passages and the claims and quotes "
            "without band keys. --all rebuilds every article's.")

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="re-index every article, not only the missing ones")
        parser.add_argument("--batch", type=int, default=200, help="articles per transaction (default 200)")

    def handle(self, *args, **options):
        articles = Article.objects.order_by("id")
        if not options["all"]:
            articles = articles.exclude(pk__in=IndexedArticle.objects.values("article_id"))
        ids = list(articles.values_list("id", flat=True))
        written = bands = 0
        for start in range(0, len(ids), options["batch"]):
            batch = ids[start:start + options["batch"]]
            written += services.article_passages_index(batch)
            if options["all"]:
                bands += services.article_spans_index(batch)
        # Claims and quotes without band rows (a failed index job, rows written past the workbench), wherever
        # their article stands.
        missing = [] if options["all"] else list(spans_unindexed())
        for start in range(0, len(missing), SPAN_BATCH):
            bands += spans_index(missing[start:start + SPAN_BATCH])
        self.stdout.write(self.style.SUCCESS(f"{len(ids)} article(s) indexed, {written} passage(s) and {bands} span "
                                             f"band row(s) written."))
