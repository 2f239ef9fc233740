"""Domain errors raised by the services layer. Field validation uses Django's ValidationError (with a code);
these cover the two other outcomes a caller must tell apart: not allowed, and edited by someone else."""


class NotPermitted(Exception):
    """The user may not do this (role, ownership, or the four-eyes rule). Which HTTP status that is, is the API's
    business (api/exception_handler.py), not the domain's."""

    def __init__(self, message: str, *, code: str = "not_permitted"):
        super().__init__(message)
        self.message = message
        self.code = code


class VersionConflict(Exception):
    """The span changed since the caller read it (optimistic concurrency)."""

    def __init__(self, *, current_version: int, changed_by: str | None):
        who = changed_by or "someone else"
        super().__init__(f"This span was changed by {who} (now version {current_version}); reload it before saving.")
        self.message = str(self)
        self.code = "version_conflict"
        self.current_version = current_version
        self.changed_by = changed_by
