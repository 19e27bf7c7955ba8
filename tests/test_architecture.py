"""The private-names contract of ``tools/import_contracts.py`` finds what it must and only that.

The layer, cycle, independence and click contracts are import-linter's own; ``make test``
runs them all (``lint-imports``). This checks our one contract type on small sources.
"""

from __future__ import annotations

import ast

from tools.import_contracts import Reach, private, reaches


def found(source: str, module: str = "timeaudit.render.cohort") -> list[Reach]:
    return reaches(module, ast.parse(source), "timeaudit")


def test_importing_another_modules_private_name_is_found() -> None:
    assert found("from timeaudit.render.report import _environment\n") == [
        Reach("timeaudit.render.cohort", 1, "timeaudit.render.report", "_environment")
    ]


def test_reading_a_private_attribute_through_a_module_alias_is_found() -> None:
    source = "from timeaudit.render import report\nx = report._environment()\n"
    assert found(source) == [
        Reach("timeaudit.render.cohort", 2, "timeaudit.render.report", "_environment")
    ]
    aliased = "import timeaudit.render.report as rep\nrep._cache.clear()\n"
    assert [r.name for r in found(aliased)] == ["_cache"]


def test_public_and_dunder_names_and_a_modules_own_names_pass() -> None:
    source = (
        "from timeaudit.render.report import render_html, __version__\n"
        "from timeaudit.render.cohort import _own\n"
        "import pandas as pd\n"
        "x = pd._libs\n"  # outside the package: not ours to police
    )
    assert found(source) == []
    assert private("_x") and not private("__all__") and not private("x")
