"""The gold annotation set of the seed articles: built through the services from the human-readable sources in
fixtures/gold/*.json, serialised with natural keys so `load_seeds` + `loaddata gold_seed_annotations` works on any
database (the two gold accounts are created if missing and never changed if present), and read back for scoring
trainees."""
import datetime
import json
import uuid
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import serializers
from django.core.exceptions import ValidationError
from django.db import transaction

from annotations import roles, services
from annotations.exports.fixture import UNUSABLE_PASSWORD
from annotations.models import Article, Evidence, Review, Source, Span, Stance, Tag

GOLD_ANNOTATOR = "gold-annotator"
GOLD_REVIEWER = "gold-reviewer"
# Fixed so that a rebuild is byte-identical: uids are uuid5 of what identifies the row, timestamps are synthetic.
GOLD_NAMESPACE = uuid.UUID("6f1d2c7e-3a51-4c1e-9a57-5b0c3f0e9d11")
GOLD_EPOCH = datetime.datetime(2025, 6, 2, 9, 0, tzinfo=datetime.timezone.utc)


def base_dir() -> Path:
    return Path(settings.BASE_DIR)


def default_source_dir() -> Path:
    return base_dir() / "fixtures" / "gold"


def default_fixture_path() -> Path:
    return Path(getattr(settings, "FACTCHECK_GOLD_FIXTURE", base_dir() / "fixtures" / "gold_seed_annotations.json"))


def span_uid(text_sha256: str, start: int, end: int, tag: str) -> uuid.UUID:
    return uuid.uuid5(GOLD_NAMESPACE, f"span:{text_sha256}:{start}:{end}:{tag}")


def locate(text: str, needle: str, occurrence: int = 0, *, where: str = "") -> tuple[int, int]:
    """Offsets of the `occurrence`-th (0-based) exact occurrence of `needle` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            raise ValueError(f"{where}: {needle[:60]!r} (occurrence {occurrence}) is not in the article text")
    return start, start + len(needle)


def _seed_articles(seed_dir: Path) -> dict[str, Article]:
    """Seed files by their name and by their three-digit prefix, loaded (idempotently) as articles."""
    found = {}
    for path in sorted(seed_dir.glob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        article, _ = services.article_get_or_create(text=text, title=services.title_from_text(text))
        found[path.name] = found[path.name.split("_")[0]] = article
    return found


def _gold_user(username: str, role: str):
    user, _ = get_user_model().objects.get_or_create(username=username, defaults={"password": "!"})
    user.groups.set(Group.objects.filter(name__in=[role]))
    return get_user_model().objects.get(pk=user.pk)


def _build(source_dir: Path, seed_dir: Path) -> dict:
    """Create every gold span, its evidence and its review through the services. Call inside a transaction."""
    # Start from a clean slate so the output depends only on the source files (the caller rolls all of this back).
    Review.objects.all().delete()
    Evidence.objects.all().delete()
    Span.objects.all().delete()
    Source.objects.all().delete()
    articles = _seed_articles(seed_dir)
    annotator = _gold_user(GOLD_ANNOTATOR, roles.ANNOTATOR)
    reviewer = _gold_user(GOLD_REVIEWER, roles.REVIEWER)
    stats = {"spans": 0, "verified": 0, "submitted": 0, "evidence": 0}
    for path in sorted(source_dir.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        article = articles[doc["seed"]]
        for number, item in enumerate(doc["spans"], start=1):
            where = f"{path.name} span {number}"
            try:
                _build_span(article, articles, item, annotator, reviewer, stats, where)
            except ValidationError as exc:
                raise ValueError(f"{where} ({item['text'][:50]!r}): {exc.messages}") from exc
    return stats


def _build_span(article, articles, item, annotator, reviewer, stats, where):
    start, end = locate(article.text, item["text"], item.get("occurrence", 0), where=where)
    span = services.span_create(
        article=article, author=annotator, start=start, end=end, text=item["text"], tag=item["tag"],
        speaker=item.get("speaker", ""), note=item.get("note", ""),
    )
    decisive = []
    for link in item.get("evidence", []):
        source_article = articles[link["seed"]]
        s_start, s_end = locate(source_article.text, link["text"], link.get("occurrence", 0), where=f"{where} evidence")
        services.evidence_add(
            span=span, user=annotator, stance=link["stance"], source_article=source_article,
            source_start=s_start, source_end=s_end,
        )
        stats["evidence"] += 1
        if link["stance"] in (Stance.SUPPORTS, Stance.REFUTES):
            decisive.append((link["stance"], source_article))
    span = services.span_submit(span=span, user=annotator)
    stats["spans"] += 1
    if span.tag == Tag.CLAIM and not decisive:
        stats["submitted"] += 1  # no passage in the other seeds settles it: left for external sourcing
        return
    verdict, explanation = "", ""
    if span.tag == Tag.CLAIM:
        stance, source = decisive[0]
        verdict = item.get("verdict") or ("accurate" if stance == Stance.SUPPORTS else "false")
        default = (f"Corroborated by {source.title[:120]}" if stance == Stance.SUPPORTS
                   else f"Contradicted by {source.title[:120]}")
        explanation = item.get("explanation") or default
    services.review_submit(span=span, reviewer=reviewer, decision="approve", verdict=verdict, explanation=explanation)
    stats["verified"] += 1


def _freeze_identities() -> None:
    """Deterministic uids and timestamps, so two builds serialise byte for byte the same."""
    spans = list(Span.objects.select_related("article").order_by("article__text_sha256", "start", "end", "tag"))
    for index, span in enumerate(spans):
        span.uid = span_uid(span.article.text_sha256, span.start, span.end, span.tag)
        span.created_at = GOLD_EPOCH + datetime.timedelta(minutes=index)
        span.updated_at = span.created_at + datetime.timedelta(days=1)
    Span.objects.bulk_update(spans, ["uid", "created_at", "updated_at"], batch_size=200)
    reviews = list(Review.objects.select_related("span").order_by("span__uid", "id"))
    for index, review in enumerate(reviews):
        review.uid = uuid.uuid5(GOLD_NAMESPACE, f"review:{review.span.uid}:{index}")
        review.created_at = review.span.updated_at
    Review.objects.bulk_update(reviews, ["uid", "created_at"], batch_size=200)
    evidence = list(Evidence.objects.all())
    for item in evidence:
        item.created_at = GOLD_EPOCH
    Evidence.objects.bulk_update(evidence, ["created_at"], batch_size=200)
    Source.objects.update(created_at=GOLD_EPOCH)


def _serialise() -> str:
    # Same entries as exports/fixture.py: loaddata creates a missing gold account inactive with an unusable
    # password and no groups, and leaves an existing one exactly as it is (annotations/fixture_models.py).
    records = [
        {"model": "annotations.fixtureuser",
         "fields": {"username": username, "password": UNUSABLE_PASSWORD, "is_active": False}}
        for username in sorted([GOLD_ANNOTATOR, GOLD_REVIEWER])
    ]
    sources = Source.objects.select_related("article").order_by("article__text_sha256", "url")
    spans = Span.objects.order_by("uid")
    evidence = Evidence.objects.select_related("span", "source__article").order_by("span__uid", "source__article__text_sha256")
    reviews = Review.objects.order_by("uid")
    for queryset in (sources, spans, evidence, reviews):
        records += serializers.serialize(
            "python", queryset, use_natural_foreign_keys=True, use_natural_primary_keys=True
        )
    for record in records:
        if record["model"] == "annotations.review":
            record["model"] = "annotations.fixturereview"  # as exports/fixture.py writes reviews
    from django.core.serializers.json import DjangoJSONEncoder

    return json.dumps(records, cls=DjangoJSONEncoder, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


class _Rollback(Exception):
    pass


def build_gold_fixture(*, source_dir: Path | None = None, seed_dir: Path | None = None) -> tuple[str, dict]:
    """The fixture's JSON text and build statistics. Works inside a transaction that is always rolled back, so
    the database is left as it was."""
    source_dir = source_dir or default_source_dir()
    seed_dir = seed_dir or base_dir() / "seeds"
    result = {}
    try:
        with transaction.atomic():
            result["stats"] = _build(source_dir, seed_dir)
            _freeze_identities()
            services.span_clusters_refresh()  # on_commit never fires in this rolled-back transaction
            result["json"] = _serialise()
            raise _Rollback
    except _Rollback:
        pass
    return result["json"], result["stats"]


@lru_cache(maxsize=4)
def _gold_spans_cached(path: str, mtime: float) -> dict[str, list[dict]]:
    by_article: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as handle:
        for record in json.load(handle):
            if record["model"] != "annotations.span":
                continue
            fields = record["fields"]
            by_article.setdefault(fields["article"][0], []).append(
                {"start": fields["start"], "end": fields["end"], "tag": fields["tag"], "text": fields["text"],
                 "speaker": fields["speaker"]}
            )
    return by_article


def gold_spans(path: Path | str | None = None) -> dict[str, list[dict]]:
    """Gold spans from a fixture file, keyed by article text SHA-256: [{start, end, tag, text, speaker}, ...]."""
    path = Path(path or default_fixture_path())
    return _gold_spans_cached(str(path), path.stat().st_mtime)
