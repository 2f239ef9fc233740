"""What a user may do to a span, for the UI: computed by calling the very checks the services run, so a control is
shown exactly when the request behind it would pass the rules (the UI derives nothing itself)."""
from django.core.exceptions import ValidationError

from annotations.errors import NotPermitted

from .actors import Actor
from .evidence import check_can_change_evidence, check_can_remove_evidence
from .publication import check_can_edit_publication
from .reviews import check_can_review
from .spans import SpanFacts, check_can_delete, check_can_edit, check_can_submit, check_can_withdraw

CHECKS = {
    "edit": check_can_edit,
    "submit": check_can_submit,
    "withdraw": check_can_withdraw,
    "delete": check_can_delete,
    "add_evidence": check_can_change_evidence,
    "review": check_can_review,
    "edit_publication": check_can_edit_publication,
}


def _refusal(check, *args, **kwargs) -> dict | None:
    """None if the check passes, else the code and message the service would answer with."""
    try:
        check(*args, **kwargs)
    except NotPermitted as exc:
        return {"code": exc.code, "message": exc.message}
    except ValidationError as exc:
        error = (next(iter(exc.error_dict.values())) if hasattr(exc, "error_dict") else exc.error_list)[0]
        return {"code": error.code, "message": error.messages[0]}
    return None


def span_actions(actor: Actor, span: SpanFacts, evidence_added_by: dict[int, int] | None = None) -> dict:
    """{"actions": {name: bool}, "refusals": {name: {code, message}}, "removable_evidence": [evidence id, ...]}."""
    refusals = {name: _refusal(check, actor, span) for name, check in CHECKS.items()}
    removable = [evidence_id for evidence_id, added_by_id in sorted((evidence_added_by or {}).items())
                 if _refusal(check_can_remove_evidence, actor, span, added_by_id=added_by_id) is None]
    return {
        "actions": {name: message is None for name, message in refusals.items()},
        "refusals": {name: message for name, message in refusals.items() if message is not None},
        "removable_evidence": removable,
    }
