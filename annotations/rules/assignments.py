"""Rules of assignments: staff hand an article to people who hold the role the assignment asks for."""
from annotations.errors import NotPermitted
from annotations.models import AssignmentRole

from .fields import clean_choice, invalid


def check_can_assign(*, staff: bool) -> None:
    if not staff:
        raise NotPermitted("Only staff can assign articles.")


def check_assignee(*, role, username: str, active: bool, can_annotate: bool, can_review: bool) -> str:
    """The role, cleaned, if the person can do that work (an inactive account, or an annotator asked to review,
    would never see the article in their inbox)."""
    role = clean_choice("role", role, AssignmentRole)
    holds = {AssignmentRole.ANNOTATE: can_annotate, AssignmentRole.REVIEW: can_review}[role]
    if not active or not holds:
        needed = "annotator" if role == AssignmentRole.ANNOTATE else "reviewer"
        raise invalid("user", f"{username} cannot be assigned to {role}: they do not have the {needed} role.",
                      "assignee_lacks_role")
    return role


def check_not_assigned(exists: bool, *, username: str, role: str) -> None:
    if exists:
        raise invalid("user", f"{username} is already assigned to {role} this article.", "already_assigned")
