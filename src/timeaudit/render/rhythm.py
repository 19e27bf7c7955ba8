"""The report's "Rhythm" section as a view model: the 1:1 table per direct report, the
skip-level and upward 1:1s shown apart (:mod:`timeaudit.audit.one_on_ones` computes them),
and the rhythm items (:mod:`timeaudit.audit.rhythms`).
Plain, frozen data with every text already written; the templates only lay it out. No
title is shown: a row names the person met or the rhythm, never the meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeaudit.audit.one_on_ones import AMBER, GREEN, RED, OneOnOneRow, OneOnOnes
from timeaudit.audit.rhythms import RhythmItem, RhythmTable
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


# -- rhythm items (issue 15, item 2) ----------------------------------------------------

#: What a person none of whose meetings any rhythm recognises reads instead of a table.
NO_RHYTHMS = (
    "No recurring rhythm meeting was found (leadership team, stand-up or team weekly, "
    "roadmap review, quarterly business review, OKR planning, retrospective, board): add "
    "your own with a [[rhythms]] entry in the config (name, cadence and a title, attendees or "
    "series)."
)


@dataclass(frozen=True)
class RhythmLine:
    """One row of the rhythm table, as the report prints it. Named by its recogniser or
    config entry, never by a meeting's title."""

    id: str
    name: str
    cadence: str
    origin: str  # built-in or config
    expected: int
    held: int
    declined: int
    cancelled: int
    away: int
    attendance: str  # "declined 1, cancelled 1", or "none"
    last_held: str  # "14 Jul 2026", or ""
    last_held_date: date | None
    due: str  # slow cadences: "14 Oct 2026"; "" otherwise
    due_date: date | None
    hours: float
    share: float  # percent of counted work hours
    status: str  # green, amber, red; "" for a cancelled series
    reason: str


@dataclass(frozen=True)
class RhythmView:
    """The rhythm-items part of the Rhythm section."""

    items: tuple[RhythmLine, ...] = ()
    unmatched: tuple[str, ...] = ()  # config rhythms that matched nothing, one line each
    hint: str = NO_RHYTHMS  # shown when there are no items

    @property
    def summary(self) -> str:
        """The table in one line: "3 rhythm items: 1 green, 1 amber, 1 red"."""
        counts = {s: sum(i.status == s for i in self.items) for s in (GREEN, AMBER, RED)}
        parts = ", ".join(f"{c} {s}" for s, c in counts.items() if c)
        n = len(self.items)
        return f"{n} rhythm item{'' if n == 1 else 's'}" + (f": {parts}" if parts else "")

    @property
    def behind(self) -> tuple[RhythmLine, ...]:
        """The items that are amber or red: what the verdict box points to."""
        return tuple(i for i in self.items if i.status in (AMBER, RED))


#: The view of a person for whom nothing was computed (a view built by hand, in tests).
NO_ITEMS = RhythmView()


def rhythm_view(table: RhythmTable) -> RhythmView:
    return RhythmView(tuple(_rhythm_line(i) for i in table.items), table.unmatched)


def _rhythm_line(item: RhythmItem) -> RhythmLine:
    told = [f"declined {item.declined}"] if item.declined else []
    told += [f"cancelled {item.cancelled}"] if item.cancelled else []
    return RhythmLine(
        id=item.id,
        name=item.name,
        cadence=item.cadence,
        origin=item.origin,
        expected=item.expected,
        held=item.held,
        declined=item.declined,
        cancelled=item.cancelled,
        away=item.away,
        attendance=", ".join(told) or "none",
        last_held=_day(item.last_held),
        last_held_date=item.last_held,
        due=_day(item.due),
        due_date=item.due,
        hours=item.hours,
        share=item.share,
        status=item.status,
        reason=item.reason,
    )
