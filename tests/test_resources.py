"""The lexicons' README names the modules that read each one (a folder: modules in it), and no others."""

from __future__ import annotations

import re

from .conftest import ROOT

PACKAGE = ROOT / "src" / "saidwhat"


def readers(name: str) -> set[str]:
    """The modules that name a lexicon's file, as ``lexicon("name.txt")`` does."""
    return {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if f'"{name}"' in p.read_text(encoding="utf-8")}


def test_the_lexicons_readme_names_the_modules_that_read_each_file():
    table = (PACKAGE / "resources" / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(\w+\.txt)` \| ([^|]+) \|", table, flags=re.M))
    assert sorted(rows) == sorted(p.name for p in (PACKAGE / "resources").glob("*.txt"))
    for name, column in rows.items():
        named, found = re.findall(r"`([^`]+)`", column), readers(name)
        assert {module for module in found if not any(module.startswith(n) for n in named)} == set(), name  # a reader not named
        assert [n for n in named if not any(module.startswith(n) for module in found)] == [], name  # named, reads it not
