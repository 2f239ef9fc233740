"""What an import reports: counts, re-anchored spans and every bad record as {file, line, field, code, message}."""
import json
from dataclasses import asdict, dataclass, field

from .errors import RecordError


@dataclass
class ImportReport:
    file: str
    format: str
    records: int = 0
    articles_created: int = 0
    articles_existing: int = 0
    spans_created: int = 0
    spans_existing: int = 0
    evidence_created: int = 0
    provenance_created: int = 0  # spans another tool reviewed or verified, kept as provenance (no local reviews)
    users_created: int = 0
    rejected: int = 0
    reanchored: list = field(default_factory=list)  # {line, start, end, method}: placed by quote, not by position
    errors: list = field(default_factory=list)  # {file, line, field, code, message}
    committed: bool = False

    CREATED = ("articles_created", "spans_created", "evidence_created", "provenance_created", "users_created")

    def as_dict(self) -> dict:
        return asdict(self)

    def reject(self, rejects, raw, line, error: RecordError) -> None:
        entry = {"file": self.file, "line": line, "field": error.field, "code": error.code, "message": error.message}
        self.errors.append(entry)
        self.rejected += 1
        if rejects is not None:
            record = raw if not isinstance(raw, RecordError) else None
            line = json.dumps({**entry, "record": record}, ensure_ascii=False, sort_keys=True)
            try:
                line.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate, kept as the file had it: \ud800
                line = json.dumps({**entry, "record": record}, sort_keys=True)
            rejects.write(line + "\n")

    def roll_back(self) -> None:
        for name in self.CREATED:
            setattr(self, name, 0)
