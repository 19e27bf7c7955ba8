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
* A month of the period with more than 2,000 occurrences (fewer when the period is so long
  that one series would pass 30,000; see :mod:`~timeaudit.connectors.kit.placement`) keeps
  only its first ones: the rule becomes the RDATEs of what is kept.
* The series of one calendar keep at most 10,000 occurrences a month together (fewer for a
  long period), else a hundred series in one file would each keep their own 2,000: the rules
  that could have more than an equal share of what the others leave keep that share, and
  one line for the calendar says how many were cut and names the largest.

Everything else stays as written, so an ordinary calendar expands exactly as before, and a rule
dateutil refuses (an unknown part, a broken ``UNTIL``) is left for the expansion to report.
``EXRULE`` is checked like ``RRULE`` but never expanded (recurring_ical_events ignores it).

Time zones defined in the file have rules too, which dateutil walks at every time converted
to them: :func:`sane_zones` leaves out, before icalendar even parses it, a VTIMEZONE whose
rules are not sane yearly ones, and its TZID is then read by name.

The rules are built with recurring_ical_events' own ``Series.RecurrenceRules``, so the start,
zone and ``UNTIL`` handling checked here are the ones the expansion will use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from icalendar.parser import Contentlines
from icalendar.prop import vRecur

from timeaudit.connectors.kit.placement import (
    CALENDAR_WALK,
    FAR,
    LEAST_SHARE,
    Fuel,
    OutOfFuel,
    Place,
    Share,
    allowance,
    budget,
    cap,
    frame_of,
    months_in,
    most_of,
    move,
    place_of,
    share_of,
)
from timeaudit.connectors.kit.rrules import (
    IGNORED,
    MAX_COUNT,
    Cut,
    Entry,
    joined,
    never,
    review,
    rule_text,
    short,
    zones_in,
)
from timeaudit.connectors.kit.zones import zone_named

Component = Any  # icalendar ships no types usable under mypy --strict


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
    untouched component.

    The series share the calendar's budgets, so that however many a file holds, the events
    and the work stay within them: before anything is walked each rule is bounded from its
    parts, and the rules that could have more than their share of the monthly budget are
    checked with that share as their allowance; each series checked in full walks an equal
    share of :data:`~timeaudit.connectors.kit.placement.CALENDAR_WALK`, or of what the others
    left if it needed more. What a budget cut is said in one line per reason for the calendar."""
    span, months = (start, end), months_in(start, end)
    series = [_Calendared(m, ovr) for masters, ovr in _series(calendar) for m in masters]
    for one in series:
        one.most = most_of(_rules(one.master), allowance(months))
    share = share_of([bound for one in series for bound in one.most], budget(months))
    fuel = _check_all(series, share, span)
    changed = {id(one.master): one.bounded for one in series if one.bounded is not one.master}
    cut: dict[Cut, list[tuple[int, str, Any]]] = {}
    for one in series:
        uid = str(one.master.get("UID", ""))
        for why, prop in dict(reversed(one.cut)).items():  # a series once, by its first rule
            cut.setdefault(why, []).append((max(one.most, default=0), uid, prop))
    notes = [note for one in series for note in one.notes]
    notes += [_cut_note(why, cut[why], share, budget(months), fuel) for why in Cut if why in cut]
    return (_replaced(calendar, changed) if changed else calendar), notes


@dataclass
class _Calendared:
    """One series master as its calendar's budgets treat it: what its rules can have at most
    a month, and, once checked, what to expand instead, what to say, and what was cut."""

    master: Component
    overrides: list[Component]
    most: list[int] = field(default_factory=list)
    bounded: Component = None
    notes: list[BoundedRecurrence] = field(default_factory=list)
    cut: list[tuple[Cut, Any]] = field(default_factory=list)

    def crowded(self, share: Share | None) -> int:
        """How many of its rules could have more than their share of the calendar's."""
        return 0 if share is None else sum(bound > share.each for bound in self.most)

    def check(self, span: tuple[datetime, datetime], share: Share | None, fuel: Fuel) -> None:
        each = share.each if share and self.crowded(share) else None
        self.bounded, self.notes, self.cut = _checked(self.master, self.overrides, span, each, fuel)


def _check_all(
    series: list[_Calendared], share: Share | None, span: tuple[datetime, datetime]
) -> int:
    """Check every series within the calendar's budgets. Returns the walk each series that
    ran out of it was allowed at last."""
    full = [o for o in series if o.crowded(share) or not _plain(o.master, o.overrides, span[0])]
    fuel, spent, kept = max(1, CALENDAR_WALK // max(1, len(full))), 0, 0
    for one in series:
        kept += one.crowded(share)
        if one.crowded(share) and share and kept > share.rules:  # not one a month left for it
            one.bounded = _bare(one.master)
            one.cut = [(Cut.NO_SHARE, prop) for prop in _rules(one.master)]
            continue
        given = Fuel(fuel)
        one.check(span, share, given)
        spent += given.used
    again = [one for one in series if any(why is Cut.WALK for why, _ in one.cut)]
    more = (CALENDAR_WALK - spent) // max(1, len(again))
    if not again or more <= fuel:
        return fuel
    for one in again:  # with an equal share of what the others left
        one.check(span, share, Fuel(more))
    return more


def _cut_note(
    why: Cut, cut: list[tuple[int, str, Any]], share: Share | None, budget: int, fuel: int
) -> BoundedRecurrence:
    """One note for all the rules of a calendar cut or ignored for the same reason, naming
    the one that could have had the most occurrences (the first such, on a tie)."""
    _, uid, prop = max(cut, key=lambda one: one[0])
    them, their = (f"it and {len(cut) - 1:,} other series are", "their")
    if len(cut) == 1:
        them, their = "it is", "its"
    together = f"the series of this calendar may have {budget:,} occurrences a month together"
    ignored = f"{them} ignored (each event keeps its DTSTART and any RDATE)"
    if why is Cut.SHARE:
        each = share.each if share else 0
        done = f"{together}: {them} cut to {their} first {each:,} of each month"
        done += " (pro rata for part of a month)"
    elif why is Cut.NO_SHARE:
        done = f"{together}, not {LEAST_SHARE} a month for each of its crowded series: {ignored}"
    else:
        done = f"checking each would walk more than {fuel:,} occurrences, its share of the "
        done += f"{CALENDAR_WALK:,} the series of this calendar may walk together: {ignored}"
    return _note(uid, "RRULE", prop, [done])


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
    master: Component,
    overrides: list[Component],
    span: tuple[datetime, datetime],
    share: int | None,
    fuel: Fuel,
) -> tuple[Component, list[BoundedRecurrence], list[tuple[Cut, Any]]]:
    """One series bounded, each rule kept to ``share`` occurrences a month if given, its
    walks drawing on ``fuel``; and the rules cut or ignored for the calendar's sake. One that
    cannot be checked is not expanded unchecked: its rules are dropped, so it still counts
    once, at its DTSTART."""
    try:
        if share is None and _plain(master, overrides, span[0]):
            return master, [], []
        series = _Series(master, overrides, span, share, fuel)
        return (*series.bounded(), series.cut)
    except Exception as exc:  # untrusted input met in third-party code: fail safe, and say so
        why = f"the rule cannot be checked ({short(f'{type(exc).__name__}: {exc}')})"
        rule = (_rules(master) or [""])[0]
        uid = str(master.get("UID", ""))
        return _bare(master), [_note(uid, "RRULE", rule, [f"{why}: {IGNORED}"])], []


def _plain(master: Component, overrides: list[Component], start: datetime) -> bool:
    """A series expanded as written, without the full check (see :func:`plain`). One that
    cannot even be read for it (icalendar raises on a broken DTSTART) takes the full check,
    which says so."""
    try:
        return plain(master, start) and not any(map(_has_rules, overrides))
    except Exception:  # untrusted input met in third-party code: the check will report it
        return False


def _bare(master: Component) -> Component:
    """The master without its RRULEs: the event counts once, at its DTSTART (and RDATEs)."""
    bare = _copy(master)
    bare.pop("RRULE", None)
    return bare


def _rules(master: Component) -> list[Any]:
    return _as_list(master.get("RRULE"))


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


class _Series:
    """One series master (a VEVENT with RRULE) and its overrides, bounded for one span."""

    def __init__(
        self,
        master: Component,
        overrides: list[Component],
        span: tuple[datetime, datetime],
        share: int | None,
        fuel: Fuel,
    ) -> None:
        self.master, self.overrides, self.span = master, overrides, span
        self.share, self.fuel = share, fuel
        self.uid = str(master.get("UID", ""))
        self.cut: list[tuple[Cut, Any]] = []  # the rules cut or ignored for the calendar's sake

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
        self.cut = [(e.cut, e.prop) for e in entries if e.cut]
        notes += [_note(self.uid, "RRULE", e.prop, e.done) for e in entries if e.done]
        unchanged = len(master) == len(self.master) and all(
            master.get(k) is v for k, v in self.master.items()
        )
        return (self.master, []) if unchanged and not notes else (master, notes)

    def _bound(self, master: Component, entries: list[Entry]) -> None:
        """Ignore the rules that never occur, then move the series to the period, cap it."""
        try:
            frame = frame_of(master)
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
                moved = move(self._place(master, None), alive[0])
        for entry in (e for e in alive if e.parts is not None):
            try:
                cap(self._place(master, self.share), entry, moved)
            except OutOfFuel:
                entry.parts, entry.cut = None, Cut.WALK
            except (ValueError, OverflowError, TypeError, KeyError) as exc:
                entry.ignore(f"it cannot be expanded ({short(str(exc))})")

    def _place(self, master: Component, share: int | None) -> Place:
        return place_of(master, self.overrides, self.span, share, self.fuel)


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


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


# ---------------------------------------------------------------- time zones


class IgnoredTimeZone(Exception):
    """One VTIMEZONE left out before parsing, as one warning line (see :func:`sane_zones`).
    Not raised: returned beside the calendars, for the connector to tell the user."""

    def __init__(self, tzid: str, rule: str, why: str) -> None:
        zone = zone_named(tzid)
        self.tzid, self.rule, self.why, self.zone = tzid, rule, why, zone
        read = (
            f"the name is read as {zone.key}"
            if zone
            else "its times are read in the owner's time zone (the name is no zone known here)"
        )
        text = (
            f'time zone "{tzid}": {rule}: {why}: the VTIMEZONE is ignored and {read} '
            "(export the calendar again if its times look wrong)"
        )
        super().__init__(" ".join(text.split()))


def sane_zones(content: bytes) -> tuple[bytes, list[IgnoredTimeZone]]:
    """``content`` without the VTIMEZONEs whose STANDARD or DAYLIGHT rules are not sane yearly
    rules (:func:`~timeaudit.connectors.kit.rrules.zone_rule_problem`), and one note for each.

    This must happen before icalendar parses the file: at each ``END:VTIMEZONE`` it builds the
    zone (dateutil's ``tzical``) and caches it for the whole process under its TZID, and the
    first time converted to it walks the rule from its start, keeping what it walked: with
    ``FREQ=SECONDLY`` past 1.35 GB in a minute, with ``INTERVAL=0`` for ever. Cached, such a
    zone would also stall every later file that names the same TZID. The file is read into
    lines as icalendar reads it (its own decoding, unfolding and splitting), and is given
    back as it came unless a zone is left out; a file that names no VTIMEZONE, however its
    lines are folded, is not even split."""
    text = content.decode("utf-8-sig", "replace")  # as icalendar decodes it
    if not _ZONE_NAMED.search(text):
        return content, []
    lines = Contentlines.from_ical(text)  # type: ignore[no-untyped-call]
    bad = [zone for zone in zones_in(lines) if zone.problem and zone.tzid]  # others never built
    if not bad:
        return content, []
    dropped = {i for zone in bad for i in range(zone.begin, zone.end + 1)}
    kept: bytes = Contentlines(  # type: ignore[no-untyped-call]
        line for i, line in enumerate(lines) if i not in dropped
    ).to_ical()
    return kept, [IgnoredTimeZone(zone.tzid, *zone.problem) for zone in bad if zone.problem]


#: "VTIMEZONE" in any case (icalendar upper-cases names; "ı" upper-cases to "I", which
#: IGNORECASE matches too), its letters perhaps parted by line folds.
_ZONE_NAMED = re.compile("[\r\n \t]*".join("VTIMEZONE"), re.IGNORECASE)


def name_zones(calendars: list[Component], ignored: list[IgnoredTimeZone]) -> None:
    """Read the times of an ignored zone as its name says, through the one resolver the
    connectors share (:func:`~timeaudit.connectors.kit.zones.zone_named`), as for any TZID
    without a VTIMEZONE, or as floating times when the name is no zone (icalendar may have
    found another file's zone of that name in its cache). The calendars are the caller's
    own, just parsed, and are changed in place."""
    zones = {note.tzid: note.zone for note in ignored}
    if not zones:
        return
    for component in (c for calendar in calendars for c in calendar.walk()):
        for prop in (p for value in component.values() for p in _as_list(value)):
            tzid = str(getattr(prop, "params", {}).get("TZID", ""))
            with suppress(ValueError):  # a broken value (icalendar's vBroken) stays: reported
                for value in getattr(prop, "dts", [prop]) if tzid in zones else ():
                    if isinstance(getattr(value, "dt", None), datetime | tuple):
                        value.dt = _in_zone(value.dt, zones[tzid])


def _in_zone(value: Any, zone: tzinfo | None) -> Any:
    """A wall-clock time (or a period's ends) in ``zone``; dates and durations as they are."""
    if isinstance(value, tuple):
        return tuple(_in_zone(part, zone) for part in value)
    return value.replace(tzinfo=zone) if isinstance(value, datetime) else value
