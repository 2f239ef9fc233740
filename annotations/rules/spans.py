"""Rules of a span's content and life cycle: offsets, tag, fields, who may edit, submit or delete, and when."""
from dataclasses import dataclass, field

from annotations import offsets
from annotations.errors import NotPermitted
from annotations.models import SpanOrigin, SpanStatus, Tag

from .actors import Actor
from .fields import clean_choice, clean_int, clean_text, invalid
from . import limits
from .limits import NOTE_MAX, SPEAKER_MAX

# Statuses in which the author may still change what the span says.
EDITABLE_STATUSES = frozenset({SpanStatus.DRAFT, SpanStatus.REJECTED})
CONTENT_FIELDS = ("start", "end", "tag", "speaker", "note")


@dataclass(frozen=True)
class SpanFacts:
    """What the rules need to know about a stored span. `contributors` are everyone who shaped what a reviewer
    would approve: its author, whoever changed its offsets, tag, speaker or note, whoever added or removed its
    evidence, and whoever imported it (selectors.span_facts reads them from the audit trail)."""

    author_id: int | None
    status: str
    tag: str
    contributors: frozenset = field(default_factory=frozenset)
    has_reviews: bool = False
    has_decisive_evidence: bool = False


def check_offsets(article_text: str, start, end, text=None) -> str:
    """Validate half-open code-point offsets against the article; return the exact highlighted text."""
    start = clean_int("start", start)
    end = clean_int("end", end)
    if start < 0:
        raise invalid("start", f"start must be 0 or more (got {start}).", "negative_offset")
    if end <= start:
        raise invalid("end", f"end ({end}) must be greater than start ({start}): spans are half-open.", "empty_span")
    if end > len(article_text):
        raise invalid(
            "end", f"end ({end}) is past the end of the article ({len(article_text)} code points).", "out_of_range"
        )
    exact = article_text[start:end]
    if text is not None:
        clean_text("text", text)
        if text != exact:
            raise invalid(
                "text",
                f"text does not match the article at [{start}:{end}]: the article has {exact[:80]!r}. "
                "Offsets count Unicode code points, not UTF-16 units or bytes.",
                "text_mismatch",
            )
    for name, value in (("start", start), ("end", end)):
        if not offsets.is_grapheme_boundary(article_text, value):
            raise invalid(
                name,
                f"{name} ({value}) splits a character cluster (an emoji sequence or a letter with its accent).",
                "splits_grapheme",
            )
    return exact


def clean_tag(tag) -> str:
    return clean_choice("tag", tag, Tag)


def clean_speaker(speaker) -> str:
    return clean_text("speaker", speaker, max_length=SPEAKER_MAX).strip()


def clean_note(note) -> str:
    return clean_text("note", note, max_length=NOTE_MAX)


def clean_origin(origin) -> str:
    return clean_choice("origin", origin, SpanOrigin)


def clean_status(status) -> str:
    return clean_choice("status", status, SpanStatus)


def check_span_fields(*, tag, speaker="", note="") -> dict:
    """The content fields of a new span, cleaned (the order is the order errors are reported in)."""
    return {"tag": clean_tag(tag), "speaker": clean_speaker(speaker), "note": clean_note(note)}


def check_room_for_spans(*, stored: int, adding: int = 1) -> None:
    """An article holds at most limits.SPANS_PER_ARTICLE_MAX spans: its page, exports and agreement grow with them."""
    if stored + adding > limits.SPANS_PER_ARTICLE_MAX:
        raise invalid("article", f"The article has {stored} spans; the limit is {limits.SPANS_PER_ARTICLE_MAX} per "
                      "article.", "too_many_spans")


def check_can_create(actor: Actor) -> None:
    if not actor.annotate:
        raise NotPermitted("You need the annotator role to create spans.")


def _check_author(actor: Actor, span: SpanFacts, action: str) -> None:
    if not actor.superuser and span.author_id != actor.id:
        raise NotPermitted(f"Only the span's author can {action} it.", code="not_author")


def check_can_edit(actor: Actor, span: SpanFacts) -> None:
    _check_author(actor, span, "edit")
    if not actor.edit:
        raise NotPermitted("You need the annotator role to edit spans.")
    if span.status not in EDITABLE_STATUSES:
        raise invalid(
            "status", f"A {span.status} span cannot be edited; only drafts and rejected spans can.", "not_editable"
        )


def check_can_submit(actor: Actor, span: SpanFacts) -> None:
    _check_author(actor, span, "submit")
    if not actor.superuser and not actor.edit:
        raise NotPermitted("You need the annotator role to submit spans.")
    if span.status not in EDITABLE_STATUSES:
        raise invalid("status", f"A {span.status} span cannot be submitted.", "not_submittable")


def check_can_withdraw(actor: Actor, span: SpanFacts) -> None:
    """The author takes a submitted span back to draft (to fix it before anyone reviews it); once a reviewer has
    decided, the decision stands and the span follows its own path (rework after rejection or a change request)."""
    _check_author(actor, span, "withdraw")
    if not actor.superuser and not actor.edit:
        raise NotPermitted("You need the annotator role to withdraw spans.")
    if span.status != SpanStatus.SUBMITTED:
        raise invalid("status", f"Only a submitted span can be withdrawn; this span is {span.status}.",
                      "not_withdrawable")


def check_can_delete(actor: Actor, span: SpanFacts) -> None:
    """Authors may delete their own drafts that nobody has reviewed; anything reviewed is evidence and stays."""
    _check_author(actor, span, "delete")
    if not actor.superuser and not actor.delete:
        raise NotPermitted("You need the annotator role to delete spans.")
    if span.status != SpanStatus.DRAFT:
        raise invalid("status", f"Only drafts can be deleted; this span is {span.status}.", "not_deletable")
    if span.has_reviews:
        raise invalid("status", "This span has been reviewed; its history must be kept.", "has_reviews")


CHANGEABLE_FIELDS = ("start", "end", "text", "tag", "speaker", "note")


def check_changeable(names) -> None:
    """Only what the span says can be edited; status, author, version and the rest change through their own
    actions (submit, review) or never."""
    unknown = sorted(set(names) - set(CHANGEABLE_FIELDS))
    if unknown:
        raise invalid(unknown[0], "This field cannot be changed on a span.", "read_only")


def check_not_duplicate(exists: bool, *, tag, start, end) -> None:
    """One author, one span of a tag at the same offsets (the database's unique constraint says the same)."""
    if exists:
        raise invalid("start", f"You already have a {tag} span at [{start}:{end}] on this article.", "duplicate_span")
