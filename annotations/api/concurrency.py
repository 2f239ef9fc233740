"""ETag / If-Match for optimistic concurrency: a span's ETag is its version counter.

Writes that overwrite or remove a span or its evidence (PUT/PATCH/DELETE) must name the version they were based
on, or the last writer silently wins: without If-Match (or with `*`, which names no version) they get 428. Token
clients and the reviewer UI's session are treated alike; the UI sends the ETag of the span it shows. Creating,
submitting, reviewing and adding evidence take If-Match when given (412 when stale) but do not require it: they add
rows and cannot overwrite anyone's edit."""
from rest_framework import status
from rest_framework.exceptions import APIException, ParseError


class PreconditionRequired(APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = ('This change needs an If-Match header with the span\'s ETag (e.g. "3", from GET '
                      '/api/spans/<id>/), so that it cannot overwrite a change you have not seen.')
    default_code = "if_match_required"


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


def required_version(request) -> int:
    """The version named by If-Match; 428 when there is none."""
    version = expected_version(request)
    if version is None:
        raise PreconditionRequired()
    return version
