"""The rules an import runs on each candidate span before the bulk write: the very checks the services run
(annotations.rules), with the record's field names in the errors. Nothing is written here."""
from django.core.exceptions import ValidationError

from annotations import offsets
from annotations.errors import NotPermitted
from annotations.models import SpanStatus
from annotations.rules import evidence as evidence_rules
from annotations.rules import imports as import_rules
from annotations.rules import reviews as review_rules
from annotations.rules import spans as span_rules
from annotations.rules.actors import actor_of
from annotations.rules.fields import normalize_url

from .context import ImportContext
from .errors import RecordError, record_error_from
from .formats import ArticleIn, SpanIn


class _Field:
    """Turns a rule's error into a RecordError for one part of the record (e.g. "evidence[1].")."""

    def __init__(self, prefix: str = "", field: str = "record"):
        self.prefix, self.field = prefix, field

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if isinstance(exc, (ValidationError, NotPermitted)):
            raise record_error_from(exc, self.prefix, self.field) from exc
        return False


def check_record(raw, parse, ctx: ImportContext) -> list:
    """The record's spans with their authors, each checked with the services' rules; raises RecordError."""
    with _Field():
        candidates = parse(raw, ctx)
    checked = []
    for candidate in candidates:
        if isinstance(candidate, ArticleIn):
            ctx.article_for_text(candidate.text, title=candidate.title, url=candidate.url,
                                 outlet=candidate.outlet, published=candidate.published)
            continue
        check_span(candidate, ctx)
        author = ctx.user_for(candidate.author)
        for item in candidate.evidence:
            item["added_by_user"] = ctx.user_for(item["added_by"], f"{item['field']}.added_by")
        check_external_reviews(candidate, ctx)
        checked.append((candidate, author))
    with _Field():
        ctx.reserve_spans([candidate.article for candidate, _ in checked])
    return checked


def check_span(candidate: SpanIn, ctx: ImportContext) -> None:
    text = candidate.article.text
    try:
        with _Field():
            span_rules.check_offsets(text, candidate.start, candidate.end, candidate.text)
    except RecordError as error:
        if (error.field in ("start", "end") and ctx.offset_unit == "codepoint" and candidate.text is None
                and offsets.utf16_length(text) != len(text)):
            error.message += " (if the file came from doccano's browser editor, try --offset-unit utf16)"
        raise
    with _Field():
        fields = span_rules.check_span_fields(tag=candidate.tag, speaker=candidate.speaker, note=candidate.note)
        candidate.tag, candidate.speaker, candidate.note = fields["tag"], fields["speaker"], fields["note"]
        candidate.status = span_rules.clean_status(candidate.status)
    if candidate.status == SpanStatus.VERIFIED:
        with _Field(field="status"):
            import_rules.check_can_import_verified(actor_of(ctx.user) if ctx.user is not None else None)
    check_evidence(candidate)


def check_evidence(candidate: SpanIn) -> None:
    if not candidate.evidence:  # most records' spans: no entries, so no count to refuse and nothing to link
        return
    with _Field():
        evidence_rules.check_evidence_count(len(candidate.evidence))
    linked = set()
    article = candidate.article
    for item in candidate.evidence:
        with _Field(f"{item['field']}."):
            item["stance"] = evidence_rules.clean_stance(item["stance"])
            item["excerpt"] = evidence_rules.clean_excerpt(item["excerpt"])
            item["title"] = evidence_rules.clean_source_title(item["title"])
            if "source_article" in item:
                source = item["source_article"]
                item["excerpt"] = evidence_rules.check_passage(
                    span_article_key=article.text_sha256, source_article_key=source.text_sha256,
                    source_text=source.text, source_start=item["source_start"], source_end=item["source_end"],
                    excerpt=item["excerpt"],
                )
                key, field = ("article", source.text_sha256), "source_article_sha256"
            else:
                evidence_rules.check_url_source(source_start=item["source_start"], source_end=item["source_end"])
                item["url"] = normalize_url(item["url"], field="source_url")
                key, field = ("url", item["url"]), "source_url"
            evidence_rules.check_not_linked(key in linked, field=field)
        linked.add(key)


def check_external_reviews(candidate: SpanIn, ctx: ImportContext) -> None:
    """Another desk's reviews, by the rules of a review here; they become provenance (candidate.provenance)."""
    if not candidate.reviews and candidate.status == SpanStatus.DRAFT:
        return
    decisions = []
    author = import_rules.person_key(candidate.author or ctx.default_author)
    for item in import_rules.in_time_order(candidate.reviews):
        prefix = f"{item['field']}."
        with _Field(prefix):
            cleaned = review_rules.clean_decision(
                tag=candidate.tag, decision=item["decision"], verdict=item["verdict"],
                explanation=item["explanation"], comment=item["comment"],
            )
        with _Field(prefix, "reviewer"):
            review_rules.check_four_eyes(import_rules.person_key(item["reviewer"]), author_id=author)
            local = ctx.existing_user(item["reviewer"])
            if local is not None:  # a name that is an account here must be a reviewer here
                review_rules.check_reviewer(actor_of(local))
        decisions.append({"reviewer": item["reviewer"], **cleaned,
                          "created_at": item["created_at"].isoformat() if item["created_at"] else None})
    with _Field():
        import_rules.check_external_verification(status=candidate.status, decisions=[d["decision"] for d in decisions])
        if candidate.status == SpanStatus.VERIFIED:
            review_rules.check_verifiable(tag=candidate.tag, has_decisive_evidence=any(
                item["stance"] in evidence_rules.DECISIVE_STANCES for item in candidate.evidence))
    candidate.provenance = {"external_status": candidate.status, "external_reviews": decisions}
    candidate.status = import_rules.STATUS_ON_IMPORT[candidate.status]
