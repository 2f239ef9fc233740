"""Refusals that come before any view: a query string the database cannot take, and a body over the upload limit.
Both answer like the door that was asked: JSON in the API's error shape under /api/, a page elsewhere."""
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import render

from annotations.rules.fields import clean_text
from annotations.rules.limits import UPLOAD_MAX_BYTES


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def query_errors(query) -> dict:
    """{parameter: [message]} for the parameters of a QueryDict that a field rule refuses (NUL, control characters;
    tab and line breaks pass, as in any text field). A refused parameter name is reported as "query"."""
    errors = {}
    for key, values in query.lists():
        try:
            clean_text("A parameter name", key)
        except ValidationError as exc:
            errors.setdefault("query", []).extend(exc.messages)
            continue
        for value in values:
            try:
                clean_text(key, value)
            except ValidationError as exc:
                errors[key] = exc.messages
                break
    return errors


class RequestLimitsMiddleware:
    """Before the session, CSRF and authentication middleware, which would read the body of a form post."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > UPLOAD_MAX_BYTES:
            return self._too_large(request, length)
        errors = query_errors(request.GET)
        if errors:
            return self._bad_query(request, errors)
        return self.get_response(request)

    def _too_large(self, request, length: int):
        limit_mb = UPLOAD_MAX_BYTES / (1024 * 1024)
        message = f"The request body is {length / (1024 * 1024):.1f} MB; the limit is {limit_mb:g} MB."
        if _is_api(request):
            return JsonResponse({"detail": message, "code": "upload_too_large", "limit_bytes": UPLOAD_MAX_BYTES},
                                status=413)
        return render(request, "annotations/refused.html", {"title": "Too large", "messages": [message]}, status=413)

    def _bad_query(self, request, errors: dict):
        if _is_api(request):
            return JsonResponse(errors, status=400)
        messages = [f"{name}: {message}" for name, found in errors.items() for message in found]
        return render(request, "annotations/refused.html", {"title": "Bad request", "messages": messages}, status=400)
