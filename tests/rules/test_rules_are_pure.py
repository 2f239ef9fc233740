"""The rules are plain functions over plain values: no HTTP, no database."""
import ast
import re
from pathlib import Path

import annotations.errors as errors
import annotations.rules as rules_package

RULES = Path(rules_package.__file__).parent


def test_domain_errors_carry_no_http_status():
    for error in (errors.NotPermitted, errors.VersionConflict):
        assert not hasattr(error, "status_code"), error.__name__


def test_rules_import_nothing_that_reads_the_database_or_speaks_http():
    forbidden = ("django.db", "rest_framework", "django.http", "annotations.selectors", "annotations.services")
    for path in RULES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else (
                [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])
            for name in names:
                assert not name.startswith(forbidden), f"{path.name} imports {name}"


def test_no_module_outside_rules_spells_a_field_limit():
    """Limits come from rules.limits (read off the model columns), not from literals in the doors."""
    root = RULES.parent
    for path in [*root.glob("services/*.py"), *root.glob("imports/*.py"), *root.glob("api/*.py")]:
        text = path.read_text(encoding="utf-8")
        literal = re.search(r"max_length=(200|300|150|500|5000)\b", text)
        assert literal is None, f"{path.relative_to(root)} spells {literal.group()}"
