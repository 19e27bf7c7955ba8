"""The report's "Rhythm" section as a view model: the 1:1 table per direct report, and the
skip-level and upward 1:1s shown apart (:mod:`timeaudit.audit.one_on_ones` computes them).
Plain, frozen data with every text already written; the templates only lay it out. No
title is shown: a row names the person met, never the meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeaudit.audit.one_on_ones import AMBER, GREEN, RED, OneOnOneRow, OneOnOnes
from timeaudit.config.types import OneOnOneExpectation

#: What a person with no direct reports reads instead of a table.
NO_REPORTS = (
    "No direct reports are configured, so there is no 1:1 table: list them in the config "
    '(reports = ["...", "..."] in your [[people]] entry) or name this person in the '
    "roster's manager column."
)


@dataclass(frozen=True)
class OneOnOneLine:
    """One row of a 1:1 table, as the report prints it."""

    name: str
    email: str
    relation: str  # report, skip-level or upward
    held: int
    last: str  # "14 Oct", "14 Oct 2025", or "" when there was none
    last_date: date | None
    longest_gap: int | None  # days without a 1:1, days away left out; None apart
    away_days: int
    expected: int
    status: str  # green, amber, red; "" for skip-level and upward rows
    reason: str


@dataclass(frozen=True)
class OneOnOneView:
    """The 1:1 part of the Rhythm section."""

    configured: bool
    hint: str  # what to do when no reports are configured; "" when they are
    per_month: int
    amber_weeks: int
    red_weeks: int
    reports: tuple[OneOnOneLine, ...] = ()
    skip_level: tuple[OneOnOneLine, ...] = ()
    upward: tuple[OneOnOneLine, ...] = ()

    @property
    def expectation(self) -> str:
        return (
            f"at least {self.per_month} a month with each direct report; amber after "
            f"{self.amber_weeks} weeks without one, red after {self.red_weeks}"
        )

    @property
    def summary(self) -> str:
        """The table in one line: "5 direct reports: 3 green, 1 amber, 1 red"."""
        counts = {s: sum(r.status == s for r in self.reports) for s in (GREEN, AMBER, RED)}
        n = len(self.reports)
        parts = ", ".join(f"{c} {s}" for s, c in counts.items() if c)
        return f"{n} direct report{'' if n == 1 else 's'}: {parts}"

    @property
    def apart(self) -> tuple[OneOnOneLine, ...]:
        """The skip-level and upward 1:1s, shown apart from coverage."""
        return self.skip_level + self.upward

    @property
    def behind(self) -> tuple[OneOnOneLine, ...]:
        """The reports whose 1:1s are amber or red: what the verdict box points to."""
        return tuple(r for r in self.reports if r.status in (AMBER, RED))

    @property
    def lapsed(self) -> tuple[OneOnOneLine, ...]:
        """The reports without any 1:1 in the period, named."""
        return tuple(r for r in self.reports if r.held == 0)


#: The view of a person for whom nothing was computed (a view built by hand, in tests).
_DEFAULT = OneOnOneExpectation()
NOT_COMPUTED = OneOnOneView(
    False, NO_REPORTS, _DEFAULT.per_month, _DEFAULT.amber_weeks, _DEFAULT.red_weeks
)


def one_on_one_view(table: OneOnOnes) -> OneOnOneView:
    e = table.expectation
    return OneOnOneView(
        configured=table.configured,
        hint="" if table.configured else NO_REPORTS,
        per_month=e.per_month,
        amber_weeks=e.amber_weeks,
        red_weeks=e.red_weeks,
        reports=tuple(_line(r) for r in table.reports),
        skip_level=tuple(_line(r) for r in table.skip_level),
        upward=tuple(_line(r) for r in table.upward),
    )


def _line(row: OneOnOneRow) -> OneOnOneLine:
    return OneOnOneLine(
        name=row.name,
        email=row.email,
        relation=row.relation,
        held=row.held,
        last=_day(row.last),
        last_date=row.last,
        longest_gap=row.longest_gap,
        away_days=row.away_days,
        expected=row.expected,
        status=row.status,
        reason=row.reason,
    )


def _day(day: date | None) -> str:
    return f"{day.day} {day:%b} {day.year}" if day else ""
