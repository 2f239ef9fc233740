from django.core.exceptions import ValidationError

from annotations.errors import NotPermitted


class RecordError(Exception):
    """One record is unusable: which field, why, and the rule's stable code (the same code the services and the API
    give for the same mistake). Becomes {file, line, field, code, message} in the report."""

    def __init__(self, field: str, message: str, code: str = "invalid"):
        super().__init__(message)
        self.field = field
        self.message = message
        self.code = code


def record_error_from(exc: ValidationError | NotPermitted, prefix: str = "", field: str = "record") -> RecordError:
    """A rule's error as a RecordError: the first field error of a ValidationError (its field prefixed, e.g.
    "evidence[1]."), or a NotPermitted for `field`."""
    if isinstance(exc, NotPermitted):
        return RecordError(f"{prefix}{field}", exc.message, exc.code)
    if hasattr(exc, "error_dict"):
        name, errors = next(iter(exc.error_dict.items()))
        return RecordError(f"{prefix}{name}", errors[0].messages[0], errors[0].code or "invalid")
    return RecordError(prefix.rstrip(".") or "record", exc.messages[0], exc.error_list[0].code or "invalid")
