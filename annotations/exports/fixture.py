"""A Django fixture of a span selection with everything it references, for `manage.py loaddata`: users (usernames
only, no password hashes), articles, sources, spans, evidence, reviews and the claim set itself. Natural keys
throughout, and every list in a database-independent order, so exporting, loading into a fresh database and
exporting again gives the same bytes.

Users are written as `annotations.fixtureuser` (see annotations/fixture_models.py), not `auth.user`: loading creates
an account that is missing (inactive, unusable password, no groups) and leaves an existing one exactly as it is,
where an `auth.user` entry would overwrite its password, flags, email and names."""
import json

from django.contrib.auth import get_user_model
from django.core import serializers
from django.db.models import Q

from annotations.models import Article, ClaimSet, Evidence, Review, Source, Span

CHUNK = 500
# A password that no hash matches: the account exists but cannot log in until someone sets a password.
UNUSABLE_PASSWORD = "!"


def _dump(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, default=_encode)


def _encode(value):
    if hasattr(value, "isoformat"):  # full precision: DjangoJSONEncoder would cut microseconds
        return value.isoformat()
    if hasattr(value, "hex"):
        return str(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _chunks(rows):
    chunk = []
    for obj in rows.iterator(chunk_size=CHUNK) if hasattr(rows, "iterator") else rows:
        chunk.append(obj)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _records(rows):
    for chunk in _chunks(rows):
        for record in serializers.serialize(
            "python", chunk, use_natural_foreign_keys=True, use_natural_primary_keys=True
        ):
            record.pop("pk", None)
            for name, value in record["fields"].items():
                if isinstance(value, list) and value and isinstance(value[0], list):
                    record["fields"][name] = sorted(value)  # m2m natural keys
            yield record


def generate(spans, *, queryset, claim_set: ClaimSet | None = None, **context):
    span_ids = queryset.order_by().values("pk")
    selected = Q(spans__in=span_ids)
    users = get_user_model().objects.filter(
        Q(spans__in=span_ids) | Q(reviews__span__in=span_ids)
        | Q(pk__in=Evidence.objects.filter(span__in=span_ids).values("added_by"))
        | Q(pk__in=Span.objects.filter(pk__in=span_ids).values("updated_by"))
        | Q(pk__in=[claim_set.created_by_id] if claim_set else [])
    ).distinct().order_by("username")
    articles = Article.objects.filter(
        selected | Q(as_source__evidence__span__in=span_ids)
    ).distinct().order_by("text_sha256")
    sources = Source.objects.filter(evidence__span__in=span_ids).select_related("article").distinct().order_by(
        "url", "article__text_sha256"
    )
    yield "["
    first = True

    def emit(record):
        nonlocal first
        text = ("\n" if first else ",\n") + _dump(record)
        first = False
        return text

    for username in users.values_list("username", flat=True).iterator():
        yield emit({"model": "annotations.fixtureuser",
                    "fields": {"username": username, "password": UNUSABLE_PASSWORD, "is_active": False}})
    for queryset_part in (
        articles,
        sources.only("url", "article", "title", "publisher", "accessed", "created_at"),
        spans,  # the caller's chunked iterator, in export order (so progress and counts follow it)
        Evidence.objects.filter(span__in=span_ids).select_related(
            "span", "source", "source__article", "added_by").defer("source__article__text").order_by(
            "span__uid", "source__url", "source__article__text_sha256"),
        Review.objects.filter(span__in=span_ids).select_related("span", "reviewer").order_by("span__uid", "uid"),
    ):
        for record in _records(queryset_part):
            if record["model"] == "annotations.source":
                record["fields"]["created_by"] = None  # who typed a URL first is not part of the evidence
            elif record["model"] == "annotations.review":
                record["model"] = "annotations.fixturereview"  # never in the name of a real local account
            yield emit(record)
    if claim_set is not None:
        for record in _records(ClaimSet.objects.filter(pk=claim_set.pk).select_related("created_by")):
            yield emit(record)
    yield "\n]\n"
