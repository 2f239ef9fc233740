"""Login throttling glue for django-axes."""
from django.contrib.auth import get_user_model


def axes_username(request, credentials) -> str:
    """The username axes records for a login attempt, cut to what a username can be. The login forms only check
    the length after trying the password, so a 10,000-character attempt must not break axes' own 255-character
    column (a 500 on PostgreSQL, which refuses the overlong value)."""
    field = get_user_model().USERNAME_FIELD
    value = (credentials or {}).get(field) or (credentials or {}).get("username") or ""
    limit = get_user_model()._meta.get_field(field).max_length or 150
    return str(value).replace("\x00", "")[:limit]
