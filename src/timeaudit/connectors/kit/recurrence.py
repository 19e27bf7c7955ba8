"""Recurrence rules made safe to expand, before recurring_ical_events expands them.

python-dateutil, which recurring_ical_events uses, expands a rule by walking every occurrence
from DTSTART, keeps them all in memory, and has no notion of "too many". So one hostile or
broken series can stall the machine: ``FREQ=MINUTELY`` since 2013 walks 7 million occurrences
to reach this month (31 s, 773 MB), ``FREQ=SECONDLY`` grows past gigabytes, ``INTERVAL=0``
loops for ever (dateutil#1441), and a rule that can never match (``BYMONTH=2;BYMONTHDAY=30``)
is searched for until the year 9999.

:func:`bound_recurrences` rewrites each series of a calendar, before expansion, into one whose
expansion is bounded, and says in one line per series what it changed:

* ``INTERVAL`` below 1 or not a number is read as 1, as libical does.
* A rule that cannot be read as one (no or an unknown ``FREQ``, ``COUNT`` not a number, a
  ``BYxxx`` value outside RFC 5545's range) or that can never occur is ignored: the event keeps
  its DTSTART (and any RDATE), so it still counts once rather than being lost.
* ``COUNT`` above :data:`~timeaudit.connectors.kit.rrules.MAX_COUNT` is cut to it.
* A fast or dense rule, or one that began long before the period, starts at the period: its
  DTSTART moves to its first occurrence near the period, found by dateutil on the rule's own
  grid, and ``COUNT`` loses the occurrences skipped. No occurrence the period can see changes;
  EXDATEs and RECURRENCE-ID overrides still match by instant. This one is not worth a word.
* A month of the period with more than :data:`OCCURRENCES_PER_MONTH` occurrences (fewer when
  the period is so long that :data:`OCCURRENCES_PER_SERIES` would be passed) keeps only its
  first ones: the rule becomes the RDATEs of what is kept.

Everything else stays as written, so an ordinary calendar expands exactly as before, and a rule
dateutil refuses (an unknown part, a broken ``UNTIL``) is left for the expansion to report.
``EXRULE`` is checked like ``RRULE`` but never expanded (recurring_ical_events ignores it).

The rules are built with recurring_ical_events' own ``Series.RecurrenceRules``, so the start,
zone and ``UNTIL`` handling checked here are the ones the expansion will use.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from typing import Any

from icalendar.prop import vDDDTypes, vRecur
from recurring_ical_events.adapters.event import EventAdapter  # type: ignore[import-untyped]
from recurring_ical_events.series import Series  # type: ignore[import-untyped]
from recurring_ical_events.util import convert_to_datetime  # type: ignore[import-untyped]

from timeaudit.connectors.kit.rrules import (
    IGNORED,
    MAX_COUNT,
    SECONDS,
    Rule,
    count_of,
    defaults,
    fast,
    interval_of,
    joined,
    never,
    per_day,
    review,
    rule_text,
    short,
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
#: A series that began more than this before the period starts at the period instead.
FAR = timedelta(days=366)
#: A series expected to have more occurrences than this before the period starts at it too.
MOVE_ABOVE = 1_000
#: Occurrences walked before (or after) the period for one rule that could not be moved, before
#: it is given up on; a moved rule has at most a period and ``_SLACK`` of them before.
WALK_LIMIT = 50_000
_SLACK = timedelta(hours=2)  # how far a wall-clock grid read across a DST change can be off


class BoundedRecurrence(Exception):
    """One series whose rule was changed before expansion, as one warning line. It is not
    raised: it travels with the expansion's failures, so the connector can tell the user
    without another channel; callers tell it apart from a failure by its type."""

    def __init__(self, uid: str, rule: str, done: str) -> None:
        self.uid, self.rule, self.done = uid, rule, done
        text = f"event {uid}: {rule}: {done} (fix the series in the calendar app if this is wrong)"
        super().__init__(" ".join(text.split()))


def bound_recurrences(
    calendar: Component, start: datetime, end: datetime
) -> tuple[Component, list[BoundedRecurrence]]:
    """``calendar`` with every series bounded for expanding ``start`` to ``end``, and one note
    per series changed in a way the user should know. The calendar passed in is not changed:
    the result is that same object when nothing needed changing, else a copy that shares every
    untouched component."""
    changed: dict[int, Component] = {}
    notes: list[BoundedRecurrence] = []
    for masters, overrides in _series(calendar):
        for master in masters:
            bounded, said = _checked(master, overrides, (start, end))
            notes += said
            if bounded is not master:
                changed[id(master)] = bounded
    return (_replaced(calendar, changed) if changed else calendar), notes


def _series(calendar: Component) -> Iterable[tuple[list[Component], list[Component]]]:
    """Per UID, the events that define the series (with RRULE or EXRULE), and the overrides."""
    groups: dict[str, tuple[list[Component], list[Component]]] = {}
    for event in calendar.walk("VEVENT"):
        masters, overrides = groups.setdefault(str(event.get("UID", id(event))), ([], []))
        if "RECURRENCE-ID" in event:
            overrides.append(event)
        elif "RRULE" in event or "EXRULE" in event:
            masters.append(event)
    return groups.values()


def _checked(
    master: Component, overrides: list[Component], span: tuple[datetime, datetime]
) -> tuple[Component, list[BoundedRecurrence]]:
    """One series bounded. One that cannot be checked is not expanded unchecked: its rules are
    dropped, so it still counts once, at its DTSTART."""
    try:
        if plain(master, span[0]) and not any(_has_rules(o) for o in overrides):
            return master, []
        return _Series(master, overrides, span).bounded()
    except Exception as exc:  # untrusted input met in third-party code: fail safe, and say so
        bare = _copy(master)
        bare.pop("RRULE", None)
        why = f"the rule cannot be checked ({short(f'{type(exc).__name__}: {exc}')})"
        rule = (_as_list(master.get("RRULE")) or [""])[0]
        return bare, [_note(str(master.get("UID", "")), "RRULE", rule, [f"{why}: {IGNORED}"])]


#: Frequencies that yield at most one occurrence a day, whatever BYDAY says.
_DAILY_OR_SLOWER = frozenset({"DAILY", "WEEKLY", "MONTHLY", "YEARLY"})
#: A BYDAY entry every period of these frequencies has: a weekday, or its first to fourth
#: (or last to fourth-last) in a month or year.
_ALWAYS_A_DAY = re.compile(r"(?:[+-]?[1-4])?(?:MO|TU|WE|TH|FR|SA|SU)")


def plain(master: Component, start: datetime) -> bool:
    """Is the series one whose expansion is bounded as written, so checking it in full (a
    walk of its occurrences) would only cost time? One RRULE, no EXRULE, of a frequency of a
    day or slower with a whole INTERVAL, COUNT within :data:`MAX_COUNT`, and no BYxxx part
    but BYDAY days every period has (so it can never fail to occur, which would send dateutil
    searching to the year 9999), starting less than :data:`FAR` before ``start``. It then
    has at most 31 occurrences a month and is walked from a recent DTSTART. Nearly every
    calendar's series are plain: a weekly 1:1, a daily stand-up, a monthly review."""
    rule = master.get("RRULE")
    if not isinstance(rule, vRecur) or "EXRULE" in master:
        return False
    if not set(rule) <= {"FREQ", "INTERVAL", "UNTIL", "COUNT", "WKST", "BYDAY"}:
        return False
    freq, interval, count = rule.get("FREQ"), rule.get("INTERVAL", [1]), rule.get("COUNT", [1])
    if freq is None or len(freq) != 1 or str(freq[0]).upper() not in _DAILY_OR_SLOWER:
        return False
    if len(interval) != 1 or not isinstance(interval[0], int) or interval[0] < 1:
        return False
    if len(count) != 1 or not isinstance(count[0], int) or not 0 < count[0] <= MAX_COUNT:
        return False
    days = [str(day).upper() for day in rule.get("BYDAY", [])]
    if not all(_ALWAYS_A_DAY.fullmatch(day) for day in days):
        return False
    if days and str(freq[0]).upper() == "DAILY" and interval[0] % 7 == 0:
        return False  # a daily grid of whole weeks meets one weekday: BYDAY may never match
    began = getattr(master.get("DTSTART"), "dt", None)
    if isinstance(began, datetime):
        began = began if began.tzinfo else began.replace(tzinfo=UTC)
    elif isinstance(began, date):
        began = datetime.combine(began, time(), UTC)
    else:
        return False
    start = start if start.tzinfo else start.replace(tzinfo=UTC)
    return bool(began >= start - FAR)


def _has_rules(override: Component) -> bool:
    """Whether recurring_ical_events may look an override up in its series' rule, wherever
    the override lies (it does for one with its own RRULE, RDATE or EXDATE)."""
    return any(name in override for name in ("RRULE", "RDATE", "EXDATE"))


def _replaced(component: Component, changed: dict[int, Component]) -> Component:
    """``component`` with the components in ``changed`` swapped in, copying only the path to
    them, so the caller's calendar stays as it was read."""
    if id(component) in changed:
        return changed[id(component)]
    subs = [_replaced(sub, changed) for sub in component.subcomponents]
    if all(new is old for new, old in zip(subs, component.subcomponents, strict=True)):
        return component
    copy = _copy(component)
    copy.subcomponents = subs
    return copy


def _copy(component: Component) -> Component:
    """A shallow copy that keeps the name and the subcomponents (icalendar's drops both)."""
    copy = component.copy()
    copy.name, copy.subcomponents = component.name, component.subcomponents
    return copy


# ---------------------------------------------------------------- one series


@dataclass
class Entry:
    """One RRULE of a master: the property as read, its parts (None once it is ignored or has
    ended), what was done to it, and whether it must be written anew from its parts."""

    prop: Any
    parts: dict[str, str] | None
    done: list[str]
    dirty: bool

    @property
    def text(self) -> str:
        """The rule as the expansion will read it."""
        return joined(self.parts or {}) if self.dirty else rule_text(self.prop)

    def ignore(self, why: str) -> None:
        self.parts = None
        self.done.append(f"{why}: {IGNORED}")


class _Series:
    """One series master (a VEVENT with RRULE) and its overrides, bounded for one span."""

    def __init__(
        self, master: Component, overrides: list[Component], span: tuple[datetime, datetime]
    ) -> None:
        self.master, self.overrides, self.span = master, overrides, span
        self.uid = str(master.get("UID", ""))

    def bounded(self) -> tuple[Component, list[BoundedRecurrence]]:
        """The master to expand in place of this one, and what to tell the user about it."""
        entries = []
        for prop in _as_list(self.master.get("RRULE")):
            checked = review(rule_text(prop))
            if not checked.readable:
                return self.master, []  # dateutil refuses the rule: the expansion reports it
            entries.append(Entry(prop, checked.parts, checked.done, bool(checked.done)))
        master = _copy(self.master)
        notes = _checked_exrules(master, self.uid)
        self._bound(master, [e for e in entries if e.parts is not None])
        _write_rules(master, entries)
        notes += [_note(self.uid, "RRULE", e.prop, e.done) for e in entries if e.done]
        unchanged = len(master) == len(self.master) and all(
            master.get(k) is v for k, v in self.master.items()
        )
        return (self.master, []) if unchanged and not notes else (master, notes)

    def _bound(self, master: Component, entries: list[Entry]) -> None:
        """Ignore the rules that never occur, then move the series to the period, cap it."""
        try:
            frame = _frame(master)
            rules = [frame.create_rule_with_start(e.text) for e in entries]
        except Exception:  # the expansion reads the start and rules alike, and reports them
            return
        for entry, rule in zip(entries, rules, strict=True):
            if _judged(never, rule, entry.parts, frame.start):
                entry.ignore("it never occurs")
        alive = [e for e in entries if e.parts is not None]
        moved = False
        if len(alive) == 1:
            with suppress(ValueError, OverflowError, TypeError, KeyError):  # then it stays
                moved = _move(_place(master, self.overrides, self.span), alive[0])
        for entry in (e for e in alive if e.parts is not None):
            try:
                _cap(_place(master, self.overrides, self.span), entry, moved)
            except (ValueError, OverflowError, TypeError, KeyError) as exc:
                entry.ignore(f"it cannot be expanded ({short(str(exc))})")


def _judged(check: Any, *args: Any) -> bool:
    """A check dateutil may refuse to answer (a combination it also rejects when expanding,
    which then reports the rule): no verdict then."""
    try:
        return bool(check(*args))
    except (ValueError, OverflowError):
        return False


def _checked_exrules(master: Component, uid: str) -> list[BoundedRecurrence]:
    """EXRULEs are read like RRULEs and written back repaired; recurring_ical_events does not
    apply them, so they cannot stall it, but a broken one is worth a word."""
    props = _as_list(master.get("EXRULE"))
    reviews = [review(rule_text(prop)) for prop in props]
    if not any(r.done for r in reviews):
        return []
    master.pop("EXRULE")
    rules = [vRecur.from_ical(joined(r.parts)) for r in reviews if r.parts is not None]
    if rules:
        master["EXRULE"] = rules if len(rules) > 1 else rules[0]
    return [_note(uid, "EXRULE", p, r.done) for p, r in zip(props, reviews, strict=True) if r.done]


def _note(uid: str, name: str, prop: Any, done: list[str]) -> BoundedRecurrence:
    return BoundedRecurrence(uid, f"{name}:{short(rule_text(prop), 120)}", "; ".join(done))


def _write_rules(master: Component, entries: list[Entry]) -> None:
    """Put the rules still in force back on the master, the untouched ones as read."""
    if all(e.parts is not None and not e.dirty for e in entries):
        return
    props = [e.prop if not e.dirty else vRecur.from_ical(e.text) for e in entries if e.parts]
    master.pop("RRULE", None)
    if props:
        master["RRULE"] = props if len(props) > 1 else props[0]


def _frame(master: Component) -> Any:
    """recurring_ical_events' own reading of the series' start, end and zone, without its
    rules, from which each rule is built as the expansion builds it."""
    core = master.copy()
    core.pop("RRULE", None)
    return Series.RecurrenceRules(EventAdapter(core))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


# ---------------------------------------------------------------- moving and capping


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

    def month(self, occurrence: datetime) -> int:
        """The index in ``months`` of the month ``occurrence`` is counted in."""
        return max(0, bisect_right([m.lo for m in self.months], occurrence) - 1)


@dataclass(frozen=True)
class Month:
    """A calendar month (in UTC if zoned) cut to the span, and how many occurrences it keeps:
    a month's allowance, pro rata for part of a month (the margins of a period). Before them
    comes one more, for all the occurrences that began before the span and last into it (an
    event that lasts for years would otherwise bring in a quota for every month it lasts)."""

    lo: datetime
    hi: datetime
    quota: int


def _place(master: Component, overrides: list[Component], span: tuple[datetime, datetime]) -> Place:
    frame, core = _frame(master), EventAdapter(master)
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
    per_month = max(1, min(OCCURRENCES_PER_MONTH, OCCURRENCES_PER_SERIES // len(calendar)))
    months = [Month(lo, begin, per_month)] if lo < begin else []
    months += [Month(own(a), own(b), math.ceil(per_month * share)) for a, b, share in calendar]
    return Place(master, frame, lo, begin, hi, checked, tuple(months), per_month)


def _on_clock(instant: datetime, tzinfo: Any) -> datetime:
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


def _local(instant: datetime, start: datetime) -> datetime:
    """``instant`` on the wall clock of ``start``, the clock dateutil counts on."""
    return instant.astimezone(start.tzinfo) if start.tzinfo and instant.tzinfo else instant


def _move(place: Place, entry: Entry) -> bool:
    """Start the series at the period when walking there from DTSTART would be long: the new
    DTSTART is the rule's first occurrence from the start of its period that holds the target,
    and COUNT loses the occurrences skipped; a series that ended before it, ends. Whether the
    series now starts at the period."""
    parts, start = entry.parts or {}, place.frame.start
    target = _local(place.lo - _SLACK, start)
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
    left = None if count is None else count - _skipped(rule, parts, start, grid)
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


def _skipped(rule: Rule, parts: dict[str, str], start: datetime, grid: datetime) -> int:
    """How many occurrences the rule has before ``grid``: counted for a rule whose every
    period holds one occurrence, else walked (COUNT, at most MAX_COUNT, bounds the walk)."""
    if parts["FREQ"] in SECONDS and not any(name.startswith("BY") for name in parts):
        step = timedelta(seconds=SECONDS[parts["FREQ"]] * interval_of(parts))
        return (grid.replace(tzinfo=None) - start.replace(tzinfo=None)) // step
    return sum(1 for _ in _before(rule.replace(cache=False), grid))


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

    def crowded(self, place: Place) -> bool:
        return any(n > place.months[index].quota for index, n in self.months.items())


def walk(rule: Rule, place: Place, before_limit: float = WALK_LIMIT) -> Walk:
    """Walk ``rule`` lazily as far as the expansion will, stopping at the first limit met."""
    seen = Walk()
    stop = max([place.hi, *place.checked])
    for occurrence in _before(rule, stop + timedelta(microseconds=1)):
        if occurrence < place.lo:
            seen.before += 1
        elif occurrence <= place.hi:
            seen.months[place.month(occurrence)] += 1
        else:
            seen.after += 1
        if seen.before > before_limit or seen.after > WALK_LIMIT or seen.crowded(place):
            break
    return seen


def _cap(place: Place, entry: Entry, moved: bool) -> None:
    """Keep a crowded rule's first occurrences of each month, or end it where walking on would
    take too long. A series moved to the period has only a period and ``_SLACK`` of it before
    the period, so only an unmoved one can have too many occurrences before it."""
    rule = place.frame.create_rule_with_start(entry.text).replace(cache=False)
    limit = math.inf if moved else WALK_LIMIT
    seen = walk(rule, place, limit)
    if seen.before > limit:
        entry.ignore(f"it has more than {WALK_LIMIT:,} occurrences before the period")
    elif seen.crowded(place):
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
    with COUNT, which bounds the walk, in one walk from the start."""
    if count_of(entry.parts or {}) is None:
        kept = [o for month in place.months for o in _first(place, entry, month)]
    else:
        kept = _first_of_each_month(place, entry)
    if kept:
        place.master.add("RDATE", [o.date() for o in kept] if place.frame.is_all_dates else kept)
    entry.parts = None
    entry.done.append(
        f"more than {plural(place.per_month, 'occurrence')} in a month: only the first "
        f"{place.per_month:,} of each month are kept (pro rata for part of a month)"
    )


def _first(place: Place, entry: Entry, month: Month) -> list[datetime]:
    """The rule's first occurrences in ``month``, as many as it keeps."""
    found = _from(place, entry, _local(month.lo - _SLACK, place.frame.start))
    kept: list[datetime] = []
    for occurrence in _before(found[0] if found else (), month.hi):
        if len(kept) == month.quota:
            break
        if occurrence >= month.lo:
            kept.append(occurrence)
    return kept


def _first_of_each_month(place: Place, entry: Entry) -> list[datetime]:
    rule = place.frame.create_rule_with_start(entry.text).replace(cache=False)
    quotas = [month.quota for month in place.months]
    kept = []
    for occurrence in _before(rule, place.hi + timedelta(microseconds=1)):
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
