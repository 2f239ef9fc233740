"""Roles are Django groups (created by migration 0002) holding model permissions; checks go through has_perm so
staff with explicit permissions and superusers are covered the same way."""
ANNOTATOR = "annotator"
REVIEWER = "reviewer"
EXPORTER = "exporter"

ROLE_PERMISSIONS = {
    ANNOTATOR: [
        "view_article", "add_span", "change_span", "delete_span", "view_span",
        "add_evidence", "delete_evidence", "view_evidence", "add_source", "view_source", "view_review",
    ],
    REVIEWER: [
        "view_article", "view_span", "review_span", "add_evidence", "view_evidence",
        "add_source", "view_source", "view_review", "add_review",
    ],
    EXPORTER: [
        "view_article", "view_span", "view_evidence", "view_source", "view_review",
        "view_claimset", "add_claimset", "export_claimset",
    ],
}


def can_annotate(user) -> bool:
    return user.is_active and user.has_perm("annotations.add_span")


def can_review(user) -> bool:
    return user.is_active and user.has_perm("annotations.review_span")


def can_export(user) -> bool:
    return user.is_active and user.has_perm("annotations.export_claimset")


def can_manage_articles(user) -> bool:
    return user.is_active and user.has_perm("annotations.add_article")


def can_add_articles(user) -> bool:
    """Annotators and up (reviewers, staff) bring in the articles they work on (the intake)."""
    return can_annotate(user) or can_review(user) or can_manage_articles(user)


def can_edit_article_metadata(user) -> bool:
    """Title, outlet, author, URL, date and language: reviewers and staff (the text has its own rule)."""
    return can_review(user) or can_manage_articles(user)


def can_assign(user) -> bool:
    """Staff hand articles to annotators and reviewers."""
    return user.is_active and user.is_staff and can_manage_articles(user)


def can_view(user) -> bool:
    return user.is_active and user.has_perm("annotations.view_span")
