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


class ArticleExists(Exception):
    """The article is already in the workbench (the same text, or the same canonical URL): the caller is sent to it
    instead of getting a second copy."""

    def __init__(self, *, article_id: int, title: str, reason: str):
        what = {"text": "the same text", "url": "the same URL"}[reason]
        super().__init__(f"This article is already in the workbench with {what}: #{article_id} “{title}”.")
        self.message = str(self)
        self.code = "duplicate_article"
        self.article_id = article_id
        self.title = title
        self.reason = reason
