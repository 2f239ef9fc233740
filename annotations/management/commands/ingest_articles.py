import sys
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from annotations.errors import ArticleExists
from annotations.services import article_ingest


class Command(BaseCommand):
    help = (
        "Add articles through the intake (the same service as the Add an article page and POST /api/articles/): "
        "each argument is a .txt, .md, .html or .htm file, or an http(s) URL the server fetches from public "
        "addresses only. Articles already here (same text, or same canonical URL) are reported, not stored twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="+", metavar="FILE_OR_URL")
        parser.add_argument("--language", default=None, help="Language code for every article (default: the page's "
                            "own, else en).")

    def handle(self, *args, **options):
        created = existing = failed = 0
        for source in tqdm(options["sources"], unit=" articles", disable=not sys.stderr.isatty(), file=sys.stderr):
            try:
                article = article_ingest(language=options["language"], **self._source(source))
            except ArticleExists as exc:
                existing += 1
                self.stdout.write(f"exists   #{exc.article_id} {source}: {exc.title[:70]}")
            except ValidationError as exc:
                failed += 1
                reasons = "; ".join(f"{field}: {' '.join(error.messages)} [{error.code}]"
                                    for field, errors in exc.error_dict.items() for error in errors)
                self.stderr.write(f"refused  {source}: {reasons}")
            else:
                created += 1
                self.stdout.write(f"created  #{article.pk} {source}: {article.title[:70]}")
        summary = f"{created} created, {existing} already here, {failed} refused."
        if failed and not created and not existing:
            raise CommandError(summary)
        self.stdout.write((self.style.WARNING if failed else self.style.SUCCESS)(summary))

    def _source(self, source: str) -> dict:
        if source.lower().startswith(("http://", "https://")):
            return {"url": source}
        path = Path(source)
        if not path.is_file():
            raise CommandError(f"{source} is neither an http(s) URL nor a file.")
        return {"file_name": path.name, "file_data": path.read_bytes()}
