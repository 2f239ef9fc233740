import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from annotations import exports, selectors
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
        try:
            fmt = exports.get_format(options["format"])
        except ValidationError as exc:
            raise CommandError("; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items()))
        if fmt.name == "fixture" and options["out"] != "-" and not options["out"].endswith(".json"):
            options["out"] += ".json"  # loaddata only reads fixtures it can tell the format of by their name
        claim_set = None
        if options["claim_set"]:
            try:
                claim_set = ClaimSet.objects.get(name=options["claim_set"])
            except ClaimSet.DoesNotExist:
                raise CommandError(f"No claim set named {options['claim_set']!r}.")
            spans = selectors.claim_set_spans(claim_set)
        else:
            spans = selectors.export_queryset().filter(pk__in=selectors.verified_spans().values("pk"))
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
            if claim_set is not None:  # a frozen set: the bytes it wrote when frozen
                chunks = exports.claim_set_chunks(fmt, claim_set, progress=progress)
                written = claim_set.span_count
            else:
                chunks = exports.export_chunks(fmt, spans, progress=progress)
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
