"""Login throttling glue for django-axes.

Two limits. django-axes locks a (username, client address) pair out after AXES_FAILURE_LIMIT failures: a stranger
can only lock themselves. Behind it, a softer per-username limit: when a username has had
USERNAME_FAILURES_PER_MINUTE failures in the last minute, from any addresses, logins for it are refused for the rest
of that minute from addresses it has never logged in from. An attack spread over many addresses is slowed to that
rate; an address the user has logged in from before is never refused by it, and it lifts itself a minute after the
failures stop, so it is a brake, not a lockout."""
from datetime import timedelta

from axes.backends import AxesStandaloneBackend
from axes.exceptions import AxesBackendPermissionDenied
from axes.helpers import get_client_ip_address
from axes.models import AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django.utils import timezone

USERNAME_FAILURES_PER_MINUTE = 20


def axes_username(request, credentials) -> str:
    """The username axes records for a login attempt, cut to what a username can be. The login forms only check
    the length after trying the password, so a 10,000-character attempt must not break axes' own 255-character
    column (a 500 on PostgreSQL, which refuses the overlong value)."""
    field = get_user_model().USERNAME_FIELD
    value = (credentials or {}).get(field) or (credentials or {}).get("username") or ""
    limit = get_user_model()._meta.get_field(field).max_length or 150
    return str(value).replace("\x00", "")[:limit]


def username_slowed(request, username: str) -> bool:
    """Whether the per-username limit refuses this attempt (two indexed queries, only once failures pile up)."""
    since = timezone.now() - timedelta(minutes=1)
    recent = AccessFailureLog.objects.filter(username=username, attempt_time__gte=since)
    if recent[:USERNAME_FAILURES_PER_MINUTE].count() < USERNAME_FAILURES_PER_MINUTE:
        return False
    return not AccessLog.objects.filter(username=username, ip_address=get_client_ip_address(request)).exists()


class ThrottlingAxesBackend(AxesStandaloneBackend):
    """django-axes' lockout check, then the per-username limit; a refusal by either is a 429 on every login door
    (the login page, the admin and the token endpoint), as axes answers a lockout."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        super().authenticate(request, username=username, password=password, **kwargs)
        name = axes_username(request, {"username": username, **kwargs})
        if request is not None and name and username_slowed(request, name):
            request.axes_locked_out = True
            raise AxesBackendPermissionDenied("Too many failed logins for this username; try again in a minute.")
