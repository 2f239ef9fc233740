"""Rules of evidence: who may change a span's sources, what an entry must hold, and one source per span."""
from annotations.errors import NotPermitted
from annotations.models import SpanStatus, Stance

from .actors import Actor
from .fields import clean_choice, clean_text, invalid
from .limits import EVIDENCE_PER_SPAN_MAX, EXCERPT_MAX, PUBLISHER_MAX, SOURCE_TITLE_MAX
from .spans import SpanFacts, check_offsets

# Evidence that bears on a claim's truth; "context" alone cannot back a verdict.
DECISIVE_STANCES = frozenset({Stance.SUPPORTS, Stance.REFUTES})


def check_can_change_evidence(actor: Actor, span: SpanFacts) -> None:
    if not ((span.author_id == actor.id and actor.add_evidence) or actor.review or actor.superuser):
        raise NotPermitted("Only the span's author or a reviewer can change its evidence.")
    if span.status == SpanStatus.VERIFIED:
        raise invalid("span", "A verified span's evidence is frozen.", "span_verified")


def check_can_remove_evidence(actor: Actor, span: SpanFacts, *, added_by_id) -> None:
    check_can_change_evidence(actor, span)
    if added_by_id != actor.id and span.author_id != actor.id and not actor.superuser:
        raise NotPermitted("Only the span's author or whoever added this evidence can remove it.")


def clean_stance(stance) -> str:
    return clean_choice("stance", stance, Stance)


def clean_excerpt(excerpt) -> str:
    return clean_text("excerpt", excerpt, max_length=EXCERPT_MAX).strip()


def clean_source_title(title) -> str:
    return clean_text("title", title, max_length=SOURCE_TITLE_MAX).strip()


def clean_publisher(publisher) -> str:
    return clean_text("publisher", publisher, max_length=PUBLISHER_MAX).strip()


def check_passage(*, span_article_key, source_article_key, source_text: str, source_start, source_end,
                  excerpt: str) -> str:
    """A passage of another article as evidence; returns the excerpt to store (the passage itself). The keys are
    whatever identifies an article to the caller (a pk, a text hash)."""
    if source_article_key == span_article_key:
        raise invalid("source_article", "A span cannot be evidence for itself: pick another article.", "same_article")
    if (source_start is None) != (source_end is None):
        raise invalid("source_end", "Give both source_start and source_end, or neither.", "incomplete_passage")
    if source_start is None:
        return excerpt
    passage = check_offsets(source_text, source_start, source_end)
    if excerpt and excerpt != passage.strip():
        raise invalid("excerpt", "excerpt does not match the passage at source_start:source_end.", "text_mismatch")
    return passage


def check_url_source(*, source_start, source_end) -> None:
    if source_start is not None or source_end is not None:
        raise invalid("source_start", "Passage offsets only apply to a source article.", "passage_without_article")


def check_one_source(*, url, source_article) -> None:
    if (url is None) == (source_article is None):
        raise invalid("url", "Give either a source URL or a source article, not both or neither.", "source_required")


def check_not_linked(already_linked: bool, *, field: str) -> None:
    if already_linked:
        raise invalid(field, "This source is already linked to the span.", "duplicate_evidence")


def check_evidence_count(count: int) -> None:
    """`count`: the span's evidence once the change is made. At most EVIDENCE_PER_SPAN_MAX sources per span."""
    if count > EVIDENCE_PER_SPAN_MAX:
        raise invalid("evidence", f"A span can have at most {EVIDENCE_PER_SPAN_MAX} sources; remove one first.",
                      "too_much_evidence")
