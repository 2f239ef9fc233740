"""ETag / If-Match for optimistic concurrency: a span's ETag is its version counter."""
from rest_framework.exceptions import ParseError


def etag(version: int) -> str:
    return f'"{version}"'


def expected_version(request) -> int | None:
    """The version named by If-Match (`"3"`, `W/"3"` or `3`); None when the header is absent or `*`."""
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        return None
    value = header.removeprefix("W/").strip().strip('"')
    if not value.isdigit():
        raise ParseError('If-Match must be the ETag of the span, e.g. "3".')
    return int(value)
