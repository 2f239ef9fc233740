"""What a user may do to a span, for the UI: computed by calling the very checks the services run, so a button
is shown exactly when the request behind it would pass the rules (the UI derives nothing itself)."""
from django.core.exceptions import ValidationError

from annotations.errors import NotPermitted

from .actors import Actor
from .evidence import check_can_change_evidence, check_can_remove_evidence
from .reviews import check_can_review
from .spans import SpanFacts, check_can_delete, check_can_edit, check_can_submit

ACTIONS = ("edit", "submit", "delete", "add_evidence", "review")


def _allowed(check, *args, **kwargs) -> bool:
    try:
        check(*args, **kwargs)
    except (NotPermitted, ValidationError):
        return False
    return True


def span_actions(actor: Actor, span: SpanFacts) -> dict[str, bool]:
    return {
        "edit": _allowed(check_can_edit, actor, span),
        "submit": _allowed(check_can_submit, actor, span),
        "delete": _allowed(check_can_delete, actor, span),
        "add_evidence": _allowed(check_can_change_evidence, actor, span),
        "review": _allowed(check_can_review, actor, span),
    }


def evidence_removable(actor: Actor, span: SpanFacts, *, added_by_id) -> bool:
    return _allowed(check_can_remove_evidence, actor, span, added_by_id=added_by_id)
