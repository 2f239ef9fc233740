from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from annotations.gold import build_gold_fixture, default_fixture_path, default_source_dir


class Command(BaseCommand):
    help = (
        "Rebuild fixtures/gold_seed_annotations.json from fixtures/gold/*.json through the services (every rule is "
        "checked). Runs in a transaction that is rolled back: the database is left unchanged. Deterministic."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", default=str(default_source_dir()), help="Folder of gold source files.")
        parser.add_argument("--output", default=str(default_fixture_path()), help="Fixture file to write.")
        parser.add_argument("--check", action="store_true", help="Fail if the fixture is not up to date.")

    def handle(self, *args, **options):
        try:
            text, stats = build_gold_fixture(source_dir=Path(options["source"]))
        except ValueError as exc:
            raise CommandError(str(exc))
        output = Path(options["output"])
        if options["check"]:
            if not output.exists() or output.read_text(encoding="utf-8") != text:
                raise CommandError(f"{output} is out of date: run build_gold_fixture.")
            self.stdout.write(self.style.SUCCESS(f"{output} is up to date."))
            return
        output.write_text(text, encoding="utf-8")
        self.stdout.write(self.style.SUCCESS(
            f"Wrote {output}: {stats['spans']} spans ({stats['verified']} verified, {stats['submitted']} claims "
            f"awaiting an outside source), {stats['evidence']} evidence links."
        ))
