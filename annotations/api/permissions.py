"""Who may read what. Writes are decided by the services (roles, ownership, four-eyes); these classes only keep
people without a role away from the data and turn anonymous requests into 401/403."""
from rest_framework.permissions import BasePermission

from annotations import roles

# The code the services' NotPermitted carries: a missing role is refused alike whichever layer notices first.
NOT_PERMITTED = "not_permitted"


class HasWorkbenchRole(BasePermission):
    code = NOT_PERMITTED
    message = "You need a workbench role (annotator, reviewer or exporter) to see this."

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and roles.can_view(request.user))


class CanExport(BasePermission):
    code = NOT_PERMITTED
    message = "You need the exporter role to export claim sets."

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and roles.can_export(request.user))


class CanImport(BasePermission):
    code = NOT_PERMITTED
    message = "Only staff can import annotations."

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and roles.can_manage_articles(request.user))
