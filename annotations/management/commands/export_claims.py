import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from annotations import exports, selectors
from annotations.exports.records import public_url
from annotations.models import ClaimSet


class Command(BaseCommand):
    help = (
        "Export verified spans: a claim set (--claim-set NAME) or, without it, every verified span. "
        f"Formats: {', '.join(exports.FORMATS)}. --out - writes to stdout."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", required=True, choices=sorted(exports.FORMATS))
        parser.add_argument("--out", required=True, help="Output file, or - for stdout.")
        parser.add_argument("--claim-set", help="Name of the claim set to export.")

    def handle(self, *args, **options):
        fmt = exports.FORMATS[options["format"]]
        claim_set = None
        if options["claim_set"]:
            try:
                claim_set = ClaimSet.objects.get(name=options["claim_set"])
            except ClaimSet.DoesNotExist:
                raise CommandError(f"No claim set named {options['claim_set']!r}.")
            spans = selectors.claim_set_spans(claim_set)
            extra = {"label": claim_set.name, "collection_id": public_url(f"claim-sets/{claim_set.content_sha256}")}
        else:
            spans = selectors.export_queryset().filter(pk__in=selectors.verified_spans().values("pk"))
            extra = {}
        to_stdout = options["out"] == "-"
        written = 0

        def progress(iterator):
            nonlocal written
            if not to_stdout and sys.stderr.isatty():
                from tqdm import tqdm

                iterator = tqdm(iterator, total=spans.count(), unit="span", file=sys.stderr)
            for span in iterator:
                written += 1
                yield span

        try:
            chunks = exports.export_chunks(fmt, spans, claim_set=claim_set, progress=progress, **extra)
            if to_stdout:
                for piece in chunks:
                    self.stdout.write(piece, ending="")
                return
            with open(options["out"], "w", encoding="utf-8", newline="") as out:
                for piece in chunks:
                    out.write(piece)
        except ValidationError as exc:
            raise CommandError("; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items()))
        except OSError as exc:
            raise CommandError(f"Cannot write {options['out']}: {exc.strerror}")
        self.stderr.write(self.style.SUCCESS(f"Wrote {written} verified spans as {options['format']} to {options['out']}."))
