"""README's "Where things live" names real modules, and every module of the rules and selectors packages is named."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## Where things live", 1)[1].split("\n## ", 1)[0]


# Rows whose second column names modules of the package (the services and web rows name functions).
MODULE_ROWS = ("annotations/rules", "annotations/selectors", "annotations/imports", "annotations/exports",
               "annotations/api")


def test_every_package_and_module_in_the_table_exists():
    seen = set()
    for row in _section().splitlines():
        match = re.match(r"\| `(annotations/[a-z_]+)/?`", row)
        if not match:
            continue
        assert (ROOT / match.group(1)).exists(), match.group(1)
        if match.group(1) in MODULE_ROWS:
            seen.add(match.group(1))
            for name in re.findall(r"`([a-z_]+)`", row.split("|")[2]):
                assert (ROOT / match.group(1) / f"{name}.py").exists(), f"{match.group(1)}/{name}.py"
    assert seen == set(MODULE_ROWS)


def test_every_rules_and_selectors_module_is_named():
    section = _section()
    for package in ("rules", "selectors"):
        for module in (ROOT / "annotations" / package).glob("*.py"):
            if module.stem != "__init__":
                assert f"`{module.stem}`" in section, f"annotations/{package}/{module.name} is not in the README"
