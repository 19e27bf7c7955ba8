"""The roster CSV (``settings.roster``): one person per row with their role, zone, source,
manager and team. Read and validated with the same checks as [[people]]; every problem
names its row (as a spreadsheet numbers it) and column, and all are reported at once."""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from timeaudit.config.checks import (
    email_problem,
    role_problem,
    serves_many,
    sharing,
    zone_problem,
)
from timeaudit.config.types import Person, RoleProfile, SourceConfig

#: Where a problem is reported: (where, message); a None message is no problem.
Report = Callable[[str, str | None], None]

ROSTER_REQUIRED = ("email", "role", "tz")
ROSTER_COLUMNS = (
    "email",
    "name",
    "role",
    "tz",
    "source",
    "manager",
    "team",
    "opted_out",
    "share_named",
)
_YES = {"true", "yes", "1"}
_NO = {"false", "no", "0", ""}


@dataclass(frozen=True)
class _Row:
    number: int  # as a spreadsheet shows it: the header is row 1
    cells: dict[str, str]


class Roster:
    """The roster CSV (``settings.roster``): one person per row, validated with the same
    checks as [[people]]; every problem names the row and the column."""

    def __init__(
        self,
        report: Report,
        path: Path,
        name: str,
        roles: Mapping[str, RoleProfile],
        sources: Mapping[str, SourceConfig],
    ) -> None:
        self.report = report
        self.path = path
        self.name = name
        self.roles = roles
        self.sources = sources

    def people(self, listed: list[Person]) -> list[Person]:
        """``listed`` ([[people]] from TOML) plus the roster's people, with every manager's
        reports filled in from the manager column."""
        rows = self._rows()
        if rows is None:
            return listed
        emails = {p.email: "[[people]]" for p in listed}
        owners = {s: p.email for p in listed for s in p.sources}
        added = [self._person(row, emails, owners) for row in rows]
        everyone = [*listed, *added]
        known = {p.email for p in everyone}
        for person, row in zip(added, rows, strict=True):
            self._check_manager(person, row, known)
        return _with_reports(everyone)

    def _rows(self) -> list[_Row] | None:
        try:
            with self.path.open(encoding="utf-8-sig", newline="") as handle:
                table = list(csv.reader(handle))
        except FileNotFoundError:
            self.report("settings.roster", f"file not found: {self.path}")
            return None
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            self.report("settings.roster", f"cannot read {self.path}: {exc}")
            return None
        header = [h.strip().lower() for h in table[0]] if table else []
        if not self._header_ok(header):
            return None
        return [
            _Row(n, {h: c.strip() for h, c in zip(header, cells, strict=False)})
            for n, cells in enumerate(table[1:], start=2)
            if any(c.strip() for c in cells)
        ]

    def _header_ok(self, header: list[str]) -> bool:
        missing = [c for c in ROSTER_REQUIRED if c not in header]
        unknown = [h for h in header if h not in ROSTER_COLUMNS]
        if missing:
            self.report(self.name, f"missing column(s): {', '.join(missing)}")
        if unknown:
            self.report(
                self.name,
                f"unknown column(s): {', '.join(unknown)} (expected: {', '.join(ROSTER_COLUMNS)})",
            )
        return not missing and not unknown

    def _problem(self, row: _Row, column: str, message: str | None) -> None:
        self.report(f"{self.name} row {row.number}, column {column}", message)

    def _person(self, row: _Row, emails: dict[str, str], owners: dict[str, str]) -> Person:
        cell = row.cells.get
        email = cell("email", "").lower()
        bad_email = email_problem(cell("email", ""))
        self._problem(row, "email", bad_email)
        if not bad_email and email in emails:
            self._problem(row, "email", f"{email} is listed twice (also {emails[email]})")
        emails.setdefault(email, f"row {row.number}")
        role = cell("role", "")
        self._problem(row, "role", role_problem(role, self.roles))
        tz = cell("tz", "")
        bad_tz = zone_problem(tz)
        self._problem(row, "tz", bad_tz)
        return Person(
            email,
            cell("name", ""),
            role,
            "UTC" if bad_tz else tz,
            self._source(row, email, owners),
            team=cell("team", ""),
            manager=cell("manager", "").lower(),
            opted_out=self._flag(row, "opted_out"),
            share_named=self._flag(row, "share_named"),
        )

    def _source(self, row: _Row, email: str, owners: dict[str, str]) -> tuple[str, ...]:
        name = row.cells.get("source", "")
        if not name:
            return ()
        if name not in self.sources:
            self._problem(row, "source", f"no [sources.{name}] section")
        elif name in owners and not serves_many(self.sources[name]):
            self._problem(
                row, "source", f"sources.{name} already belongs to {owners[name]}; {sharing()}"
            )
        owners.setdefault(name, email)
        return (name,)

    def _flag(self, row: _Row, column: str) -> bool:
        """A yes/no column (empty: no)."""
        value = row.cells.get(column, "").strip()
        if value.lower() not in _YES | _NO:
            self._problem(row, column, f"must be true or false (or yes/no, 1/0), not {value!r}")
        return value.lower() in _YES

    def _check_manager(self, person: Person, row: _Row, known: set[str]) -> None:
        if not person.manager:
            return
        if person.manager == person.email:
            self._problem(row, "manager", "a person cannot be their own manager")
        elif person.manager not in known:
            self._problem(row, "manager", f"no person {person.manager!r} in the roster")


def with_managers(people: list[Person]) -> list[Person]:
    """Everyone without a manager who is in exactly one other person's ``reports`` gets
    that person as their manager, so the cohort's manager groups follow the config's
    ``reports`` as they follow a roster's manager column (listed twice: left alone)."""
    managers: dict[str, list[str]] = {}
    for p in people:
        for report in p.reports:
            if report != p.email:
                managers.setdefault(report, []).append(p.email)
    return [
        replace(p, manager=managers[p.email][0])
        if not p.manager and len(managers.get(p.email, ())) == 1
        else p
        for p in people
    ]


def _with_reports(people: list[Person]) -> list[Person]:
    """Each manager's reports: the explicit ``reports`` plus everyone naming them as manager."""
    reports: dict[str, list[str]] = {p.email: list(p.reports) for p in people}
    for p in people:
        if p.manager in reports and p.email not in reports[p.manager]:
            reports[p.manager].append(p.email)
    return [replace(p, reports=tuple(reports[p.email])) for p in people]
