"""One error shape for the API, DRF's standard one: {"field": ["message"], ...} for invalid input and
{"detail": "message", "code": "..."} otherwise. Domain errors from the services are translated here."""
import logging

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from annotations.errors import ArticleExists, NotPermitted, VersionConflict

logger = logging.getLogger("annotations.api")


def _django_validation_detail(exc: DjangoValidationError):
    if hasattr(exc, "error_dict"):
        return {
            ("non_field_errors" if field == "__all__" else field): [
                exceptions.ErrorDetail(e.message % (e.params or {}) if e.params else e.message, code=e.code)
                for e in errors
            ]
            for field, errors in exc.error_dict.items()
        }
    return {"non_field_errors": [exceptions.ErrorDetail(m, code="invalid") for m in exc.messages]}


def api_exception_handler(exc, context):
    if isinstance(exc, RequestDataTooBig):
        limit_mb = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / (1024 * 1024)
        return Response({"detail": f"The request body is larger than the {limit_mb:g} MB limit.",
                         "code": "request_too_large"}, status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
    if isinstance(exc, TooManyFieldsSent):
        return Response({"detail": "Too many form fields.", "code": "too_many_fields"},
                        status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, (OverflowError, DataError)):
        # A value the database cannot store (an id of 2**64, a date far out of range) is bad input, not a fault.
        return Response({"detail": "A value in the request is out of range.", "code": "out_of_range"},
                        status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(_django_validation_detail(exc))
    elif isinstance(exc, NotPermitted):
        return Response({"detail": exc.message, "code": exc.code}, status=status.HTTP_403_FORBIDDEN)
    elif isinstance(exc, ArticleExists):
        return Response({"detail": exc.message, "code": exc.code, "article": exc.article_id, "reason": exc.reason},
                        status=status.HTTP_409_CONFLICT)
    elif isinstance(exc, VersionConflict):
        return Response(
            {"detail": exc.message, "code": exc.code, "current_version": exc.current_version,
             "changed_by": exc.changed_by},
            status=status.HTTP_412_PRECONDITION_FAILED,
            headers={"ETag": f'"{exc.current_version}"'},
        )
    response = exception_handler(exc, context)
    if response is None:
        # An API client gets JSON even for a bug; the traceback goes to the log, not to the client.
        logger.exception("Unhandled error in %s", context.get("view").__class__.__name__, exc_info=exc)
        return Response({"detail": "Internal server error; it has been logged.", "code": "server_error"},
                        status=status.HTTP_500_INTERNAL_SERVER_ERROR)
    if response is not None and isinstance(response.data, dict) and "detail" in response.data:
        response.data.setdefault("code", getattr(response.data["detail"], "code", "error"))
    return response
