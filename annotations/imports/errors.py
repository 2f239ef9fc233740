from django.core.exceptions import ValidationError


class RecordError(Exception):
    """One record is unusable: which field, and why. Becomes {file, line, field, message} in the report."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def record_error_from(exc: ValidationError, prefix: str = "") -> RecordError:
    """The first field error of a service's ValidationError, as a RecordError."""
    if hasattr(exc, "error_dict"):
        field, errors = next(iter(exc.error_dict.items()))
        return RecordError(f"{prefix}{field}", errors[0].messages[0])
    return RecordError(prefix.rstrip(".") or "record", exc.messages[0])
