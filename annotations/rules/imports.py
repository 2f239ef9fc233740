"""What an import may claim. A file's reviews are another desk's decisions: they are checked with the same rules as
a review here (rules.reviews) and kept as provenance, never turned into reviews by local accounts. A span the file
calls verified arrives as submitted, so that it is verified here only by a reviewer who neither imported nor wrote
it; and only an account with the import_verified_span permission may bring such spans in at all."""
import unicodedata

from annotations.errors import NotPermitted
from annotations.models import Decision, SpanStatus

from .actors import Actor
from .fields import clean_text, invalid
from .limits import USERNAME_MAX

# The status a span gets here for the status the file gives it.
STATUS_ON_IMPORT = {
    SpanStatus.DRAFT: SpanStatus.DRAFT,
    SpanStatus.SUBMITTED: SpanStatus.SUBMITTED,
    SpanStatus.REJECTED: SpanStatus.REJECTED,
    SpanStatus.VERIFIED: SpanStatus.SUBMITTED,
}


def check_can_import_verified(actor: Actor | None) -> None:
    """`actor` None is a trusted command-line import (whoever runs manage.py owns the database)."""
    if actor is not None and not actor.import_verified:
        raise NotPermitted("Importing spans verified elsewhere needs the 'import verified spans' permission "
                           "(annotations.import_verified_span).")


def check_external_verification(*, status: str, decisions: list[str]) -> None:
    """A record that says "verified" must carry the approval that verified it, as its last decision."""
    if status == SpanStatus.VERIFIED and (not decisions or decisions[-1] != Decision.APPROVE):
        raise invalid("status", "A verified span needs an approving review by someone other than its author.",
                      "no_approval")


def clean_person_name(field: str, name) -> str:
    """A person a file names (an author, who added evidence, another desk's reviewer): text a username could be,
    checked before any lookup, so the database never sees NUL or a lone surrogate and provenance never stores a
    control character or a 3 MB "name"."""
    return clean_text(field, name, max_length=USERNAME_MAX, required=True)


def person_key(name: str) -> str:
    """A name as a person is told apart from another in a file: case, compatibility forms (fullwidth letters),
    surrounding spaces and invisible format characters (zero-width spaces, soft hyphens) do not count, so "Alice",
    "ａｌｉｃｅ" and "alice\u200b" are the author "alice". Lookalike letters of other scripts are not folded."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch) != "Cf").strip()


def in_time_order(reviews: list[dict]) -> list[dict]:
    """A file's reviews oldest first when every one is dated (a file may list them in any order), else as listed."""
    if reviews and all(r.get("created_at") for r in reviews):
        return sorted(reviews, key=lambda r: r["created_at"])
    return reviews
