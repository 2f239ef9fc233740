from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from annotations.rules.limits import TITLE_MAX
from annotations.services import article_get_or_create, article_update, title_from_text


def first_line(text: str) -> str:
    """The title load_seeds gave before it looked for the headline (a tag line, a photo caption, a paragraph)."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class Command(BaseCommand):
    help = (
        "Import every seeds/*.txt as an Article: the whole file is the text, unchanged; the headline line is the "
        "title (not a line of tags or a photo caption). Idempotent: articles are keyed on the SHA-256 of their "
        "text; a seed still titled with its first line is retitled, a title someone edited is kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dir", default=str(Path(settings.BASE_DIR) / "seeds"), help="Folder of .txt articles (default: seeds/)."
        )

    def handle(self, *args, **options):
        folder = Path(options["dir"])
        files = sorted(folder.glob("*.txt"))
        if not files:
            raise CommandError(f"No .txt files in {folder}.")
        created_count = 0
        for path in files:
            try:
                # Bytes, not read_text(): newline translation would change the text the offsets count.
                text = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError as exc:
                raise CommandError(f"{path}: not valid UTF-8 at byte {exc.start}.")
            article, created = article_get_or_create(text=text, title=title_from_text(text))
            created_count += created
            title = title_from_text(text)
            verb = "created" if created else "exists"
            if not created and article.title != title and article.title == first_line(text)[:TITLE_MAX]:
                article = article_update(article=article, title=title)
                verb = "retitled"
            self.stdout.write(f"{verb:8} #{article.pk} {path.name}: {article.title[:70]}")
        self.stdout.write(self.style.SUCCESS(f"{created_count} new, {len(files) - created_count} already loaded."))
