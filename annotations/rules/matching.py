"""Which spans claim matching sees: one rule, read by the span index's writers (services.span_bands, the
benchmark's COPY) and, through the rows they write, by every read of it (selectors.matching)."""
from annotations.models import SpanStatus, Tag

# Claims and quotes are matched and clustered; opinions are neither.
MATCHED_TAGS = (Tag.CLAIM, Tag.QUOTE)


def is_matched(tag: str, status: str) -> bool:
    """A span other texts are matched against: a claim or quote a reviewer has not rejected."""
    return tag in MATCHED_TAGS and status != SpanStatus.REJECTED


def is_clustered(tag: str, status: str) -> bool:
    """A span that belongs to a claim cluster: a verified claim or quote."""
    return tag in MATCHED_TAGS and status == SpanStatus.VERIFIED
