"""import-linter contract types of our own, named in ``[tool.importlinter]`` of pyproject.toml.

:class:`PrivateNamesContract` fails when a module imports or reads another module's private
names (``from timeaudit.x import _helper``, ``x._helper``): what a module keeps private may change
without notice, so nothing outside it may lean on it. import-linter's own ``private_modules``
contract covers modules named ``_x``, not names inside a module, hence this one.
"""

from __future__ import annotations

import ast
import importlib.util
from dataclasses import dataclass
from pathlib import Path

import grimp
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


@dataclass(frozen=True)
class Reach:
    """One place where ``importer`` reaches into ``owner`` for its private ``name``."""

    importer: str
    line: int
    owner: str
    name: str


def private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def source_of(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    return Path(spec.origin) if spec and spec.origin and spec.origin.endswith(".py") else None


def reaches(module: str, tree: ast.AST, root: str) -> list[Reach]:
    """The private names of other ``root`` modules that ``module`` imports or reads."""
    found: list[Reach] = []
    aliases: dict[str, str] = {}  # local name -> the root module it is bound to
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(root) and alias.asname:
                    aliases[alias.asname] = alias.name
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(root):
            for alias in node.names:
                if private(alias.name) and node.module != module:
                    found.append(Reach(module, node.lineno, str(node.module), alias.name))
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and private(node.attr)
        ):
            found.append(Reach(module, node.lineno, aliases[node.value.id], node.attr))
    return found


class PrivateNamesContract(Contract):
    """No module of ``packages`` imports or reads a private name of another module."""

    type_name = "private_names"

    packages = fields.ListField(subfield=fields.StringField())

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        found: list[Reach] = []
        for package in self.packages:  # type: ignore[attr-defined]
            for module in sorted(graph.find_descendants(package) | {package}):
                path = source_of(module)
                if path is not None:
                    found += reaches(module, ast.parse(path.read_text("utf-8")), package)
        return ContractCheck(kept=not found, warnings=None, metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for reach in check.metadata["found"]:
            output.print_error(
                f"{reach.importer}:{reach.line} uses {reach.name}, private to {reach.owner}"
            )
            output.new_line()
