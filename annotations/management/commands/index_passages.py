from django.core.management.base import BaseCommand

from annotations import services
from annotations.models import Article, IndexedArticle


class Command(BaseCommand):
    help = ("Write the claim-matching index: the passages (quotations and sentences) of each article and the band "
            "keys of its claims and quotes. Articles and spans written through the services are indexed by "
            "themselves and imports queue a job for theirs; run this after writes past both (raw SQL, a restored "
            "dump). --all rebuilds every article's.")

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
            bands += services.article_spans_index(batch)
        self.stdout.write(self.style.SUCCESS(f"{len(ids)} article(s) indexed, {written} passage(s) and {bands} span "
                                             f"band row(s) written."))
