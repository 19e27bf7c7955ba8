"""Where a series meets the period: moved to it, and capped in it (see
:mod:`~timeaudit.connectors.kit.recurrence`, which decides which series these apply to).

:func:`move` starts a series that would be walked from far back (or is fast) at the period
instead: its DTSTART becomes the rule's first occurrence from the start of the rule's own
period that holds the target, found by dateutil, and COUNT loses the occurrences skipped.
:func:`cap` walks the rule lazily as far as the expansion will and, when a calendar month holds
more than it may keep, replaces the rule by RDATEs of each month's first occurrences.

The series of one calendar share its budgets: :func:`share_of` says how many occurrences a
month its crowded rules keep, and every walk of a series draws on its :class:`Fuel`, its
share of the occurrences all the calendar's series may walk.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property, partial
from typing import Any

from icalendar.prop import vDDDTypes
from recurring_ical_events.adapters.event import EventAdapter
from recurring_ical_events.series import Series
from recurring_ical_events.util import convert_to_datetime

from timeaudit.connectors.kit.rrules import (
    SECONDS,
    Cut,
    Entry,
    Rule,
    count_of,
    defaults,
    fast,
    interval_of,
    most_per_month,
    per_day,
    review,
    rule_text,
)
from timeaudit.words import plural

Component = Any  # icalendar ships no types usable under mypy --strict

#: Occurrences one series keeps per calendar month. A booking page of 15-minute slots from 9
#: to 17 every weekday has about 700 a month; nothing a person attends has 2,000.
OCCURRENCES_PER_MONTH = 2_000
#: Occurrences one series keeps in one read, however long the period: a year's trend (with a
#: day of margin each side, 14 months) still gets the full monthly allowance, and reading 30
#: years of a hostile series cannot make 700,000 events of it.
OCCURRENCES_PER_SERIES = 30_000
#: Occurrences the series of one calendar (one file read) keep together per calendar month.
#: A person attends far fewer; a shared room or booking calendar of a few hundred slots a
#: day still fits. Without it, a hundred hostile series in a 12 KB file each keep their own
#: 2,000 (200,000 events, 36 s, 793 MB), and a megabyte of them millions.
FILE_OCCURRENCES_PER_MONTH = 10_000
#: Occurrences the series of one calendar keep together in one read, however long the
#: period; as for one series, a year's trend still gets the full monthly budget.
FILE_OCCURRENCES_PER_READ = 150_000
#: The fewest occurrences a month a crowded rule keeps when its calendar's budget is shared.
LEAST_SHARE = 10
#: A series that began more than this before the period starts at the period instead.
FAR = timedelta(days=366)
#: A series expected to have more occurrences than this before the period starts at it too.
MOVE_ABOVE = 1_000
#: Occurrences walked before (or after) the period for one rule that could not be moved, before
#: it is given up on; a moved rule has at most a period and ``_SLACK`` of them before.
WALK_LIMIT = 50_000
#: Occurrences the check may walk for all the series of one calendar together (about 2.5 s),
#: shared equally by the series it checks. Each series' own limits (WALK_LIMIT, COUNT up to
#: MAX_COUNT) bound one series; a hundred series with ``COUNT=100000`` and a BYxxx part would
#: otherwise each be walked 100,000 occurrences to count what moving them skips (32 s).
CALENDAR_WALK = 1_000_000
_SLACK = timedelta(hours=2)  # how far a wall-clock grid read across a DST change can be off


def frame_of(master: Component) -> Any:
    """recurring_ical_events' own reading of the series' start, end and zone, without its
    rules, from which each rule is built as the expansion builds it."""
    core = master.copy()
    core.pop("RRULE", None)
    return Series.RecurrenceRules(EventAdapter(core))


@dataclass(frozen=True)
class Place:
    """A master as the expansion will read it, and the span in its terms: ``lo`` and ``hi``
    bound the starts the expansion asks the rule for (the span, from ``begin``, widened by the
    event's length as recurring_ical_events widens it); ``checked`` are the RECURRENCE-IDs of
    overrides the expansion looks up in the rule wherever they lie; ``months`` are where
    occurrences are counted. All are on the series' own clock: times with one zone compare
    without asking it for offsets, which for a zone defined in the file is slow."""

    master: Component
    frame: Any
    lo: datetime
    begin: datetime
    hi: datetime
    checked: tuple[datetime, ...]
    months: tuple[Month, ...]
    per_month: int
    #: ``per_month`` is the series' share of its calendar's budget, below its own allowance.
    shared: bool
    fuel: Fuel

    @cached_property
    def _starts(self) -> list[datetime]:
        return [month.lo for month in self.months]

    def month(self, occurrence: datetime) -> int:
        """The index in ``months`` of the month ``occurrence`` is counted in."""
        return max(0, bisect_right(self._starts, occurrence) - 1)


@dataclass(frozen=True)
class Month:
    """A calendar month (in UTC if zoned) cut to the span, and how many occurrences it keeps:
    a month's allowance, pro rata for part of a month (the margins of a period). Before them
    comes one more, for all the occurrences that began before the span and last into it (an
    event that lasts for years would otherwise bring in a quota for every month it lasts)."""

    lo: datetime
    hi: datetime
    quota: int


class Fuel:
    """How many more occurrences the check of one series may walk: its share of
    :data:`CALENDAR_WALK`. Every walk of a rule goes through :meth:`walked`."""

    def __init__(self, given: int) -> None:
        self.given = self.left = given

    @property
    def used(self) -> int:
        return self.given - max(0, self.left)

    def walked(self, occurrences: Iterable[datetime]) -> Iterator[datetime]:
        for occurrence in occurrences:
            self.left -= 1
            if self.left < 0:
                raise OutOfFuel(self.given)
            yield occurrence


class OutOfFuel(ValueError):
    """A series whose check would walk more occurrences than its share of the calendar's
    :data:`CALENDAR_WALK`: its rule is ignored (a ValueError, as any rule the check cannot
    bound is)."""

    def __init__(self, given: int) -> None:
        self.given = given
        super().__init__(f"checking it would walk more than {given:,} occurrences")


def place_of(
    master: Component,
    overrides: list[Component],
    span: tuple[datetime, datetime],
    share: int | None = None,
    fuel: Fuel | None = None,
) -> Place:
    """The master as the expansion will read it for ``span``, each of its rules allowed
    ``share`` occurrences a month (when given and below the series' own allowance), its
    walks drawing on ``fuel``."""
    frame, core = frame_of(master), EventAdapter(master)
    later = [a for a in map(EventAdapter, overrides) if a.this_and_future]
    widen = [a.extend_query_span_by for a in [core, *later]]
    own = partial(_on_clock, tzinfo=frame.start.tzinfo)
    lo = own(convert_to_datetime(span[0] - max(w[0] for w in widen), frame.tzinfo))
    begin = own(convert_to_datetime(span[0], frame.tzinfo))
    hi = own(convert_to_datetime(span[1] + max(w[1] for w in widen), frame.tzinfo))
    checked = tuple(
        own(
            a.recurrence_ids[0] if frame.tzinfo is None else a.recurrence_ids[0].replace(tzinfo=UTC)
        )
        for a in map(EventAdapter, overrides)
        if a.has_recurrence_rules() and a.recurrence_ids and a.sequence < core.sequence
    )
    calendar = list(_months(begin, hi))
    own_allowance = allowance(len(calendar))
    per_month = own_allowance if share is None else min(own_allowance, share)
    shared = per_month < own_allowance
    months = [Month(lo, begin, per_month)] if lo < begin else []
    months += [Month(own(a), own(b), math.ceil(per_month * part)) for a, b, part in calendar]
    fuel = fuel or Fuel(CALENDAR_WALK)
    return Place(master, frame, lo, begin, hi, checked, tuple(months), per_month, shared, fuel)


def allowance(months: int) -> int:
    """The occurrences one series may keep per month of a period of ``months`` months."""
    return max(1, min(OCCURRENCES_PER_MONTH, OCCURRENCES_PER_SERIES // months))


def budget(months: int) -> int:
    """The occurrences all the series of one calendar may keep together per month of a
    period of ``months`` months."""
    return max(1, min(FILE_OCCURRENCES_PER_MONTH, FILE_OCCURRENCES_PER_READ // months))


def months_in(lo: datetime, hi: datetime) -> int:
    """How many calendar months (in UTC if zoned) the span from ``lo`` to ``hi`` meets."""
    return sum(1 for _ in _months(lo, hi))


def most_of(rules: list[Any], own: int) -> list[int]:
    """At most how many occurrences a month each of a series' RRULEs can keep: its bound
    from its parts, within the series' own allowance ``own``. A rule the check will ignore
    keeps none; one that cannot be judged here is taken to keep the whole allowance."""
    try:
        parts = [review(rule_text(prop)).parts for prop in rules]
        return [0 if p is None else min(own, most_per_month(p)) for p in parts]
    except Exception:  # untrusted input met in third-party code: assume the worst
        return [own]


@dataclass(frozen=True)
class Share:
    """The occurrences a month each crowded rule of a calendar keeps (``each``), and how many
    of those rules keep them, in the calendar's order (``rules``); the others are ignored."""

    each: int
    rules: int


def share_of(most: list[int], budget: int) -> Share | None:
    """How rules which can have at most ``most`` occurrences a month each share ``budget``,
    or None when they all fit. Rules under an equal share of what the smaller ones leave keep
    all theirs (water-filling), so ordinary series lose nothing while the crowded ones share
    the rest. A share below :data:`LEAST_SHARE` would not show what a series is, and would
    still cost a check per series: then as many crowded rules as the budget allows keep
    that many, and the rest are ignored (each event still counts once)."""
    if sum(most) <= budget:
        return None
    left, ordered = budget, sorted(most)
    for index, bound in enumerate(ordered):
        crowded = len(ordered) - index
        if bound > left // crowded:
            if left // crowded >= LEAST_SHARE:
                return Share(left // crowded, crowded)
            break
        left -= bound
    small = sum(bound for bound in most if bound <= LEAST_SHARE)
    return Share(LEAST_SHARE, max(0, budget - small) // LEAST_SHARE)


def _on_clock(instant: datetime, tzinfo: Any) -> datetime:
    """``instant`` on the wall clock of ``tzinfo``, the clock dateutil counts on."""
    return instant.astimezone(tzinfo) if tzinfo and instant.tzinfo else instant


def _months(lo: datetime, hi: datetime) -> Iterator[tuple[datetime, datetime, float]]:
    """The calendar months from ``lo`` to ``hi`` (in UTC if zoned), each cut to that span,
    and the share of the month left after the cut."""
    zone = UTC if lo.tzinfo else None
    lo, hi = (lo.astimezone(UTC), hi.astimezone(UTC)) if zone else (lo, hi)
    month = datetime(lo.year, lo.month, 1, tzinfo=zone)
    while month <= hi:
        following = (month + timedelta(days=32)).replace(day=1)
        start, end = max(lo, month), min(hi + timedelta(microseconds=1), following)
        yield start, end, (end - start) / (following - month)
        month = following


def move(place: Place, entry: Entry) -> bool:
    """Start the series at the period when walking there from DTSTART would be long: the new
    DTSTART is the rule's first occurrence from the start of its period that holds the target,
    and COUNT loses the occurrences skipped; a series that ended before it, ends. Whether the
    series now starts at the period."""
    parts, start = entry.parts or {}, place.frame.start
    target = _on_clock(place.lo - _SLACK, start.tzinfo)
    if not _worth_moving(parts, start, target) or any(r < target for r in place.checked):
        return False
    if not _movable(place.master) or _aligned(parts, start, target) <= start:
        return False
    found = _from(place, entry, target)
    first = None if found is None else next(iter(found[0]), None)
    if found is None or first is None:
        entry.parts = None  # no occurrence from here on: the rule adds nothing more
        return True
    if not _moved_to(place.master, first):
        return False
    if found[1] is not None:
        parts["COUNT"], entry.dirty = str(found[1]), True
    return True


def _worth_moving(parts: dict[str, str], start: datetime, target: datetime) -> bool:
    if start >= target:
        return False
    expected = per_day(parts) * (target - start) / timedelta(days=1)
    return fast(parts) or target - start > FAR or expected > MOVE_ABOVE


def _from(place: Place, entry: Entry, target: datetime) -> tuple[Rule, int | None] | None:
    """The rule restarted at the start of its period that holds ``target`` (or at its own
    start, if that is later), with COUNT lowered by the occurrences skipped: the same
    occurrences from there on. None when COUNT ran out before."""
    parts, start = entry.parts or {}, place.frame.start
    rule = place.frame.create_rule_with_start(entry.text)
    grid = max(start, _aligned(parts, start, target)) if target > start else start
    count = count_of(parts)
    left = None if count is None else count - _skipped(place, rule, parts, grid)
    if left is not None and left <= 0:
        return None
    return rule.replace(dtstart=grid, count=left, cache=False, **defaults(parts, start)), left


def _aligned(parts: dict[str, str], start: datetime, target: datetime) -> datetime:
    """The start of the rule's period that holds ``target``, counted in whole intervals from
    ``start`` on the wall clock as dateutil counts, so the grid stays the rule's own: for
    ``FREQ=MINUTELY;INTERVAL=7`` a multiple of 7 minutes after DTSTART."""
    freq, interval = parts["FREQ"], interval_of(parts)
    if freq in SECONDS:
        step = timedelta(seconds=SECONDS[freq] * interval)
        wall = start.replace(tzinfo=None)
        steps = (target.replace(tzinfo=None) - wall) // step
        return (wall + steps * step).replace(tzinfo=start.tzinfo)
    if freq == "YEARLY":
        years = (target.year - start.year) // interval * interval
        return start.replace(year=start.year + years, month=1, day=1)
    months = ((target.year - start.year) * 12 + target.month - start.month) // interval
    year, month = divmod(start.month - 1 + months * interval, 12)
    return start.replace(year=start.year + year, month=month + 1, day=1)


def _skipped(place: Place, rule: Rule, parts: dict[str, str], grid: datetime) -> int:
    """How many occurrences the rule has before ``grid``: counted for a rule whose every
    period holds one occurrence, else walked (COUNT, at most MAX_COUNT, bounds the walk)."""
    if _one_a_period(parts):
        start: datetime = place.frame.start
        step = timedelta(seconds=SECONDS[parts["FREQ"]] * interval_of(parts))
        return (grid.replace(tzinfo=None) - start.replace(tzinfo=None)) // step
    return sum(1 for _ in _before(place.fuel.walked(rule.replace(cache=False)), grid))


def _one_a_period(parts: dict[str, str]) -> bool:
    """A rule of fixed-length periods without BYxxx parts: one occurrence a period, so where
    its occurrences fall is a matter of arithmetic."""
    return parts["FREQ"] in SECONDS and not any(name.startswith("BY") for name in parts)


def _before(occurrences: Iterable[datetime], limit: datetime) -> Iterator[datetime]:
    for occurrence in occurrences:
        if occurrence >= limit:
            return
        yield occurrence


def _movable(master: Component) -> bool:
    """DTSTART and DTEND of one kind (dates, or times), so moving both keeps the length."""
    start, end = master["DTSTART"].dt, master.get("DTEND")
    return end is None or isinstance(end.dt, datetime) == isinstance(start, datetime)


def _moved_to(master: Component, first: datetime) -> bool:
    """Set DTSTART to ``first`` and DTEND as far after it as before; an all-day series only
    moves to midnight (its dates carry no time)."""
    all_day = not isinstance(master["DTSTART"].dt, datetime)
    if all_day and first.time() != time():
        return False
    length = EventAdapter(master).duration
    value: date = first.date() if all_day else first
    if "DTEND" in master:
        master["DTEND"] = vDDDTypes(value + length)
    master["DTSTART"] = vDDDTypes(value)
    return True


@dataclass
class Walk:
    """Occurrences met walking a rule: before ``lo``, per month between ``lo`` and ``hi``,
    and after (up to the last RECURRENCE-ID the expansion will look up)."""

    before: int = 0
    after: int = 0
    months: Counter[int] = field(default_factory=Counter)
    crowded: bool = False


def walk(rule: Rule, place: Place, before_limit: float = WALK_LIMIT) -> Walk:
    """Walk ``rule`` lazily as far as the expansion will, stopping at the first limit met."""
    seen = Walk()
    stop = max([place.hi, *place.checked])
    for occurrence in _before(place.fuel.walked(rule), stop + timedelta(microseconds=1)):
        if occurrence < place.lo:
            seen.before += 1
        elif occurrence <= place.hi:
            month = place.month(occurrence)
            seen.months[month] += 1
            seen.crowded = seen.months[month] > place.months[month].quota
        else:
            seen.after += 1
        if seen.before > before_limit or seen.after > WALK_LIMIT or seen.crowded:
            break
    return seen


def cap(place: Place, entry: Entry, moved: bool) -> None:
    """Keep a crowded rule's first occurrences of each month, or end it where walking on would
    take too long. A series moved to the period has only a period and ``_SLACK`` of it before
    the period, so only an unmoved one can have too many occurrences before it; a moved one is
    walked from the period (``_SLACK`` is two hours: 7,200 occurrences of a rule by the
    second)."""
    found = _from(place, entry, place.lo) if moved else None
    rule = found[0] if found else place.frame.create_rule_with_start(entry.text)
    limit = math.inf if moved else WALK_LIMIT
    seen = walk(rule.replace(cache=False), place, limit)
    if seen.before > limit:
        entry.ignore(f"it has more than {WALK_LIMIT:,} occurrences before the period")
    elif seen.crowded:
        _spread(place, entry)
    elif seen.after > WALK_LIMIT:
        parts = entry.parts or {}
        parts.pop("COUNT", None)
        parts["UNTIL"], entry.dirty = _until(place.hi, place.frame), True
        entry.done.append(
            f"expanded only to the end of the period (an override of it lies more than "
            f"{WALK_LIMIT:,} occurrences later)"
        )


def _spread(place: Place, entry: Entry) -> None:
    """Replace the rule by RDATEs: its first ``per_month`` occurrences in each month of the
    span. Without COUNT each month's are found from that month on the rule's own grid (a rule
    this crowded would otherwise be walked through every occurrence of the months before);
    with COUNT, which bounds the walk, in one walk from the start, unless what it skips can be
    counted without walking."""
    if count_of(entry.parts or {}) is None or _one_a_period(entry.parts or {}):
        kept = [o for month in place.months for o in _first(place, entry, month)]
    else:
        kept = _first_of_each_month(place, entry)
    if kept:
        place.master.add("RDATE", [o.date() for o in kept] if place.frame.is_all_dates else kept)
    entry.parts, entry.cut = None, Cut.SHARE if place.shared else None
    if not place.shared:  # else the calendar's one line says it
        entry.done.append(
            f"more than {plural(place.per_month, 'occurrence')} in a month: only the first "
            f"{place.per_month:,} of each month are kept (pro rata for part of a month)"
        )


def _first(place: Place, entry: Entry, month: Month) -> list[datetime]:
    """The rule's first occurrences in ``month``, as many as it keeps. The rule restarts at
    its period that holds the month's start: the months are on the rule's own clock and
    compared on it, so no occurrence before that period can be among them."""
    found = _from(place, entry, month.lo)
    kept: list[datetime] = []
    for occurrence in _before(place.fuel.walked(found[0] if found else ()), month.hi):
        if len(kept) == month.quota:
            break
        if occurrence >= month.lo:
            kept.append(occurrence)
    return kept


def _first_of_each_month(place: Place, entry: Entry) -> list[datetime]:
    rule = place.frame.create_rule_with_start(entry.text).replace(cache=False)
    quotas = [month.quota for month in place.months]
    kept = []
    for occurrence in _before(place.fuel.walked(rule), place.hi + timedelta(microseconds=1)):
        month = place.month(occurrence)
        if occurrence >= place.lo and quotas[month] > 0:
            quotas[month] -= 1
            kept.append(occurrence)
    return kept


def _until(value: datetime, frame: Any) -> str:
    """UNTIL in the form RFC 5545 asks for with this DTSTART: a date for an all-day series,
    UTC for a zoned one, local for a floating one."""
    if frame.is_all_dates:
        return f"{value.year:04d}{value.month:02d}{value.day:02d}"
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    text = f"{value.year:04d}{value.month:02d}{value.day:02d}T{value:%H%M%S}"
    return text + ("Z" if value.tzinfo is not None else "")
