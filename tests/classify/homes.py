"""Homes for the review and pooling tests: two people of one workspace, Ana and Bo.

tests/data/review/: ``ana.ics`` holds a weekly "Harbour lantern circle" (4 x 1.5 h), a
30-minute "Harbour lantern circle: extra round" one-off and a "Budget sign-off";
``ana-private.ics`` the same circle marked private; ``bo.ics`` Bo's own "Harbour lantern
circle"; ``many.ics`` 24 one-hour one-offs with opaque titles ("Nimbus chat", ...)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner, Result

from timeaudit.cli.commands import main

DATA = Path(__file__).resolve().parents[1] / "data" / "review"
ANA, BO = "ana@example.com", "bo@example.com"
CIRCLE, EXTRA = "Harbour lantern circle", "Harbour lantern circle: extra round"


def write_config(folder: Path, ana_ics: str = "ana.ics", pool: bool | None = None) -> None:
    pool_line = "" if pool is None else f"pool_corrections = {str(pool).lower()}\n"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(
        f"""[settings]
internal_domains = ["example.com"]
{pool_line}
[[people]]
email = "{ANA}"
name = "Ana"
role = "manager"
tz = "UTC"
sources = ["ana"]

[[people]]
email = "{BO}"
name = "Bo"
role = "manager"
tz = "UTC"
sources = ["bo"]

[sources.ana]
kind = "ics"
path = "{DATA / ana_ics}"

[sources.bo]
kind = "ics"
path = "{DATA / "bo.ics"}"
""",
        encoding="utf-8",
    )


#: Makes a folder a home: ``warm(folder, ana_ics="ana.ics", pool=None)`` (the fixture).
Warm = Callable[..., Path]


def cli(home: Path, *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, ["--home", str(home), *args], input=stdin)


def tags(home: Path, person: str, *more: str) -> dict[str, tuple[str, str]]:
    """title -> (category, reason) of ``person``'s October events."""
    result = cli(home, *more, "events", "--month", "2026-10", "--person", person)
    assert result.exit_code == 0, result.output
    return {
        r["title"]: (r["category"], r["reason"]) for r in csv.DictReader(result.stdout.splitlines())
    }
