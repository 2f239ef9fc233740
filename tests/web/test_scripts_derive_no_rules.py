"""The pages' scripts show what the API says a user may do; they do not re-derive who may edit, submit, review or
change evidence (that rule lives once, in annotations/rules, and reaches the UI as the span's `actions`)."""
import re
from pathlib import Path

import annotations

STATIC = Path(annotations.__file__).parent / "static" / "annotations"


def test_the_panel_takes_permissions_from_the_api_not_from_ownership_or_statuses():
    panel = (STATIC / "panel.js").read_text(encoding="utf-8")
    for pattern in (r"config\.superuser", r"\.author\s*===", r"added_by\s*===", r"EDITABLE", r"roles\.annotate"):
        assert not re.search(pattern, panel), f"panel.js derives a rule: {pattern}"
    for action in ("edit", "submit", "withdraw", "delete", "add_evidence", "review"):
        assert f'"{action}"' in panel, f"panel.js does not read the API's {action!r} flag"
