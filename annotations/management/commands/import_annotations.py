import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from annotations.imports import FORMATS, import_annotations, parse_label_map
from annotations.models import Article


class Command(BaseCommand):
    help = (
        "Import annotations or articles from FILE. Formats: doccano (JSONL, 'label' or 'entities'), labelstudio "
        "(JSON export), w3c (Web Annotation JSON-LD), jsonl (our own export), articles (a folder of .txt or JSONL "
        "of {title, text, url, outlet, published}). Atomic unless --skip-invalid; re-importing creates no duplicates."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="File to import (for --format articles, also a folder of .txt files).")
        parser.add_argument("--format", required=True, choices=sorted(FORMATS + ("label-studio",)))
        parser.add_argument("--label-map", default="", help="LABEL=tag pairs, e.g. CLAIM=claim,Quote=quote "
                            "(case-insensitive; claim/quote/opinion map to themselves).")
        parser.add_argument("--author", default=None, help="Username to attribute spans to when the format names "
                            "no author (created if missing, with an unusable password and no roles). Default: importer.")
        parser.add_argument("--skip-invalid", action="store_true", help="Import the good records; write the bad "
                            "ones with their reasons to the rejects file.")
        parser.add_argument("--rejects", default=None, help="Rejects file (default: FILE.rejects.jsonl).")
        parser.add_argument("--offset-unit", choices=["codepoint", "utf16"], default="codepoint",
                            help="doccano only: what the offsets count (its browser editor has written UTF-16 units).")
        parser.add_argument("--fuzzy-threshold", type=float, default=0.85,
                            help="w3c: minimum similarity (0..1) for re-anchoring a quote that is not found exactly.")
        parser.add_argument("--article", type=int, default=None, help="w3c: the article id every target refers to.")
        parser.add_argument("--text-key", default="text", help="labelstudio: the task data key holding the text.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.exists():
            raise CommandError(f"{path} does not exist.")
        try:
            label_map = parse_label_map(options["label_map"])
        except ValueError as exc:
            raise CommandError(str(exc))
        article = None
        if options["article"] is not None:
            article = Article.objects.filter(pk=options["article"]).first()
            if article is None:
                raise CommandError(f"No article #{options['article']}.")
        rejects_path = Path(options["rejects"] or f"{path}.rejects.jsonl")
        rejects = rejects_path.open("w", encoding="utf-8") if options["skip_invalid"] else None
        bar = tqdm(unit=" records", disable=not sys.stderr.isatty(), file=sys.stderr)
        try:
            report = import_annotations(
                path, format=options["format"], author=options["author"], label_map=label_map,
                skip_invalid=options["skip_invalid"], rejects=rejects, offset_unit=options["offset_unit"],
                fuzzy_threshold=options["fuzzy_threshold"], article=article, text_key=options["text_key"],
                on_record=bar.update,
            )
        except ValueError as exc:
            raise CommandError(str(exc))
        finally:
            bar.close()
            if rejects is not None:
                rejects.close()
        for item in report.reanchored:
            self.stdout.write(f"re-anchored line {item['line']}: [{item['start']}:{item['end']}] by {item['method']}")
        for error in report.errors:
            self.stderr.write(f"{error['file']}:{error['line']}: {error['field']}: {error['message']}")
        summary = (
            f"{report.records} records: {report.articles_created} articles created, {report.articles_existing} "
            f"existing; {report.spans_created} spans created, {report.spans_existing} already present; "
            f"{report.evidence_created} evidence, {report.provenance_created} with provenance, "
            f"{report.users_created} users created; {report.rejected} rejected."
        )
        if not report.committed:
            raise CommandError(f"Nothing imported: {len(report.errors)} invalid record(s). {summary} "
                               "Fix them, or use --skip-invalid to import the rest.")
        if report.rejected:
            self.stdout.write(self.style.WARNING(f"{summary} Rejects written to {rejects_path}."))
        else:
            self.stdout.write(self.style.SUCCESS(summary))
