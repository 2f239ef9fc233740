from django.core.management.base import BaseCommand

from annotations import services
from annotations.models import Article, IndexedArticle


class Command(BaseCommand):
    help = ("Write the passage index (quotations and sentences of each article) that claim matching reads its "
            "candidates from. Articles created through the services are indexed by themselves; run this after "
            "bulk imports or loaddata. --all rebuilds every article's passages.")

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="re-index every article, not only the missing ones")
        parser.add_argument("--batch", type=int, default=200, help="articles per transaction (default 200)")

    def handle(self, *args, **options):
        articles = Article.objects.order_by("id")
        if not options["all"]:
            articles = articles.exclude(pk__in=IndexedArticle.objects.values("article_id"))
        ids = list(articles.values_list("id", flat=True))
        written = 0
        for start in range(0, len(ids), options["batch"]):
            written += services.article_passages_index(ids[start:start + options["batch"]])
        self.stdout.write(self.style.SUCCESS(f"{len(ids)} article(s) indexed, {written} passage(s) written."))
