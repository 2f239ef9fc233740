"""Rules of articles: a text that anything points into (a span, or a passage cited as evidence) never changes."""
from .fields import invalid


def check_text_unlocked(*, in_use: bool) -> None:
    if in_use:
        raise invalid(
            "text",
            "The text of an annotated or cited article cannot be changed: spans or evidence point into it. "
            "Add the corrected text as a new article instead.",
            "text_locked",
        )
