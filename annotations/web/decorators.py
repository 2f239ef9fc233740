"""Pages ask for the same role as the API endpoints that serve the same data (annotations/api/permissions.py),
through the same functions of annotations.roles."""
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


def role_required(check):
    """Send anonymous visitors to the login page; refuse signed-in people for whom `check(user)` is false with
    Django's HTML 403."""
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not check(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
