"""One recurrence rule's text, read and judged before it is expanded (see
:mod:`~timeaudit.connectors.kit.recurrence`, which bounds whole series with it).

:func:`review` reads an RRULE value as python-dateutil will and repairs or refuses what would
make dateutil loop or raise: ``INTERVAL`` below 1 is read as 1 (as libical does), a ``COUNT``
in the millions is cut to :data:`MAX_COUNT`, an unknown ``FREQ`` or a ``BYxxx`` value outside
RFC 5545's ranges makes the rule ignored. :func:`never` finds rules that can never occur,
which dateutil would search for until the year 9999. The rest measures a rule: how many
occurrences a day (and, from its parts alone, a month: :func:`most_per_month`) it can have,
and whether it is fast.

The rules of the time zones a file defines are judged here too: :func:`zones_in` finds each
VTIMEZONE in a file's content lines and :func:`zone_rule_problem` says what is wrong with a
rule of it that is not a sane yearly one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from dateutil.rrule import rrulestr  # type: ignore[import-untyped]

Rule = Any  # a dateutil.rrule.rrule; dateutil ships no types usable under mypy --strict

#: The largest COUNT kept: 100,000 is a daily meeting for 270 years. dateutil walks a COUNT
#: rule to its end when asked for anything after it, so this bounds that walk.
MAX_COUNT = 100_000
#: More occurrences a day than this make a rule fast: it always starts at the period.
FAST_PER_DAY = 24
FAST = frozenset({"SECONDLY", "MINUTELY", "HOURLY"})
FREQUENCIES = ("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")

#: Rule parts python-dateutil reads; a rule with another part is refused by the expansion.
_PARTS = frozenset({
    "FREQ", "UNTIL", "COUNT", "INTERVAL", "WKST", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY",
    "BYWEEKDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "BYEASTER",
})  # fmt: skip
#: RFC 5545's range of each numeric BYxxx part: (lowest, highest, may be negative).
_RANGES = {
    "BYSECOND": (0, 60, False), "BYMINUTE": (0, 59, False), "BYHOUR": (0, 23, False),
    "BYMONTHDAY": (1, 31, True), "BYYEARDAY": (1, 366, True), "BYWEEKNO": (1, 53, True),
    "BYMONTH": (1, 12, False), "BYSETPOS": (1, 366, True), "BYEASTER": (0, 366, True),
}  # fmt: skip
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_PARTS = ("BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY", "BYWEEKDAY", "BYEASTER")
_NUMBER = re.compile(r"[+-]?[0-9]{1,9}")
_WEEKDAY = re.compile(r"([+-]?[0-9]{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
SECONDS = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600, "DAILY": 86400, "WEEKLY": 604800}
_PER_DAY = {"MONTHLY": 1 / 28, "YEARLY": 1 / 365} | {f: 86400 / s for f, s in SECONDS.items()}
_DAYS_PER_PERIOD = {"YEARLY": 366, "MONTHLY": 31, "WEEKLY": 7}
#: A 400-year Gregorian cycle in each frequency's unit: dates and weekdays repeat after it.
_CYCLE = {"YEARLY": 400, "MONTHLY": 4800, "WEEKLY": 146097, "DAILY": 146097}
IGNORED = "the rule is ignored (the event keeps its DTSTART and any RDATE)"


@dataclass
class Review:
    """One rule as read: its parts (None when it is to be ignored), what was changed and why,
    and whether dateutil can read it at all (if not, it is left to fail as before)."""

    parts: dict[str, str] | None
    done: list[str] = field(default_factory=list)
    readable: bool = True


def rule_text(prop: Any) -> str:
    """The rule as dateutil will read it: icalendar's text of a parsed rule, the raw text of
    one icalendar could not parse (a ``vBroken``, which is a ``str``)."""
    return str(prop) if isinstance(prop, str) else str(prop.to_ical().decode())


def parts_of(text: str) -> dict[str, str] | None:
    """A rule's parts by name, as dateutil reads them, or None when dateutil cannot read the
    rule at all (a part it does not know, or no part)."""
    parts: dict[str, str] = {}
    for piece in filter(None, text.split(";")):
        name, equals, value = piece.partition("=")
        if not equals or name.strip().upper() not in _PARTS:
            return None
        parts[name.strip().upper()] = value.strip().upper()
    return parts or None


def review(text: str) -> Review:
    """Check one RRULE or EXRULE value and repair what libical repairs. An empty value is left
    alone: recurring_ical_events reads a lone empty RRULE as none."""
    parts = parts_of(text)
    if parts is None:
        return Review(None, readable=False)
    result = Review(parts)
    problem = _freq_problem(parts) or _count_problem(parts, result) or _by_problem(parts)
    if problem:
        return Review(None, [f"{problem}: {IGNORED}"])
    interval = parts.get("INTERVAL")
    if interval is not None and not (re.fullmatch(r"\+?[0-9]+", interval) and int(interval)):
        parts["INTERVAL"] = "1"
        result.done.insert(0, f"INTERVAL={short(interval)} read as INTERVAL=1")
    return result


def _freq_problem(parts: dict[str, str]) -> str | None:
    freq = parts.get("FREQ")
    if freq is None:
        return "no FREQ"
    return None if freq in FREQUENCIES else f"FREQ={short(freq)} is not a frequency"


def _count_problem(parts: dict[str, str], result: Review) -> str | None:
    count = parts.get("COUNT")
    if count is None or re.fullmatch(r"-[0-9]+", count):  # negative: the expansion drops it
        return None
    if not re.fullmatch(r"\+?[0-9]+", count):
        return f"COUNT={short(count)} is not a number"
    if int(count) > MAX_COUNT:
        parts["COUNT"] = str(MAX_COUNT)
        result.done.append(f"COUNT={count} cut to {MAX_COUNT}")
    return None


def _by_problem(parts: dict[str, str]) -> str | None:
    for name, value in parts.items():
        values = value.split(",")
        if name in _RANGES and not all(_in_range(v, *_RANGES[name]) for v in values):
            low, high, signed = _RANGES[name]
            span = f"{low} to {high}" + (f", or -{high} to -1" if signed else "")
            return f"{name}={short(value)} is not a list of numbers from {span}"
        if name in {"BYDAY", "BYWEEKDAY"} and not all(_weekday(v) for v in values):
            return f"{name}={short(value)} is not a list of weekdays (MO, 1MO, -1FR, ...)"
        if name == "WKST" and value not in _DAYS:
            return f"WKST={short(value)} is not a weekday"
    return None


def _in_range(value: str, low: int, high: int, signed: bool) -> bool:
    number = int(value) if _NUMBER.fullmatch(value) else None
    if number is None:
        return False
    return low <= number <= high or (signed and -high <= number <= -max(low, 1))


def _weekday(value: str) -> bool:
    match = _WEEKDAY.fullmatch(value)
    return match is not None and (match[1] is None or 1 <= abs(int(match[1])) <= 53)


def short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def joined(parts: dict[str, str]) -> str:
    return ";".join(f"{name}={value}" for name, value in parts.items())


def interval_of(parts: dict[str, str]) -> int:
    return int(parts.get("INTERVAL", "1"))


def count_of(parts: dict[str, str]) -> int | None:
    """COUNT as the expansion reads it (a negative one is dropped, recurring_ical_events#128)."""
    count = int(parts.get("COUNT", "-1"))
    return None if count < 0 else count


def _per_period(parts: dict[str, str]) -> int:
    """At most how many occurrences one period of the rule holds: its days, times the BYxxx
    time parts finer than the period (they multiply; coarser ones only filter)."""
    return _DAYS_PER_PERIOD.get(parts["FREQ"], 1) * _times(parts)


def _times(parts: dict[str, str]) -> int:
    """How many times of day one day of the rule's period can hold: the product of the BYxxx
    time parts finer than the period (BYHOUR, BYMINUTE, BYSECOND for a daily rule)."""
    finer = ("BYHOUR", "BYMINUTE", "BYSECOND")[max(0, 3 - FREQUENCIES.index(parts["FREQ"])) :]
    return math.prod(_size(parts, name) for name in finer if name in parts)


def _size(parts: dict[str, str], name: str) -> int:
    return len(set(parts[name].split(",")))


#: The longest stretch a calendar month of the period can cover on the series' own clock:
#: 31 days, and a day more for the offsets between that clock and UTC.
_MONTH_SECONDS = 32 * 86400


def most_per_month(parts: dict[str, str]) -> int:
    """At most how many occurrences the rule can have in one calendar month, from its parts
    alone (no walk), for sharing a calendar's monthly budget among its series. A rule of
    fixed-length periods is one grid per time (and weekday) it names, and a grid of spacing
    ``s`` meets a month at most ``month // s + 1`` times; a monthly or yearly rule meets two
    of its months, each holding the days its day parts name. Filters coarser than the
    period only remove occurrences, so they are left out: this is a bound, not a count."""
    freq = parts["FREQ"]
    if freq in SECONDS:
        grids = _times(parts) * (_weekdays(parts) if freq == "WEEKLY" else 1)
        return grids * (_MONTH_SECONDS // (SECONDS[freq] * interval_of(parts)) + 1)
    return _times(parts) * min(2 * _days_a_month(parts), _MONTH_SECONDS // 86400 + 1)


def _weekdays(parts: dict[str, str]) -> int:
    """Distinct weekdays a weekly rule names (an ordinal means any such day in a week)."""
    days = parts.get("BYDAY") or parts.get("BYWEEKDAY")
    return len({_WEEKDAY.sub(r"\2", day) for day in days.split(",")}) if days else 1


def _days_a_month(parts: dict[str, str]) -> int:
    """At most how many days of one calendar month a monthly or yearly rule names: each day
    part filters the others, so the smallest counts; with none, DTSTART's one day."""
    days = parts.get("BYDAY") or parts.get("BYWEEKDAY")
    named = ("BYMONTHDAY", "BYYEARDAY", "BYEASTER")
    bounds = [_size(parts, name) for name in named if name in parts]
    bounds += [7 * _size(parts, "BYWEEKNO")] if "BYWEEKNO" in parts else []
    if days:
        bounds.append(sum(map(_in_a_month, days.split(","))))
    return min([31, *bounds]) if bounds else 1


def _in_a_month(day: str) -> int:
    """How many days of a month one BYDAY entry names: "MO" five Mondays at most, "2MO" one."""
    match = _WEEKDAY.fullmatch(day)
    return 1 if match and match[1] else 5


def fast(parts: dict[str, str]) -> bool:
    """Whether a rule is so frequent that it is always expanded from the period's start."""
    return parts["FREQ"] in FAST or per_day(parts) > FAST_PER_DAY


def per_day(parts: dict[str, str]) -> float:
    """At most how many occurrences a day the rule has."""
    return _per_period(parts) * _PER_DAY[parts["FREQ"]] / interval_of(parts)


# ---------------------------------------------------------------- time-zone rules

#: The most transitions a time zone's STANDARD or DAYLIGHT rule may count: more than the
#: years from 1600 to 2600. Real exports write none, or a few (COUNT=15).
ZONE_COUNT = 1_000
#: The most times a year such a rule may occur, as its parts bound it: once a month. A real
#: one occurs once a year ("the last Sunday of October"); the bound counts BYDAY=-1SU
#: without BYMONTH as a day of every month, and BYMONTHDAY=8,...,14;BYDAY=SU as five.
ZONE_PER_YEAR = 12
#: The earliest year a zone's rule may start: Outlook's 1601 is the earliest real exports
#: write (zones had no rules before the 1840s).
ZONE_EARLIEST_YEAR = 1600
_WHOLE = re.compile(r"[+-]?[0-9]{1,18}")
_ZONE_PARTS = frozenset({
    "FREQ", "UNTIL", "COUNT", "INTERVAL", "WKST", "BYMONTH", "BYDAY", "BYMONTHDAY", "BYHOUR",
    "BYMINUTE", "BYSECOND",
})  # fmt: skip


def zone_rule_problem(text: str, year: int | None) -> str | None:
    """Why a VTIMEZONE's STANDARD or DAYLIGHT rule, starting in ``year``, is not a sane
    yearly rule, or None when it is one. dateutil walks such a rule from its start at every
    time converted to the zone and keeps what it walked, so a fast rule (``FREQ=SECONDLY``)
    grows without end, ``INTERVAL=0`` never ends, and a start in the year 1 or a dozen
    occurrences a day make every conversion slow. RFC 5545 (3.6.5) gives zones yearly rules;
    anything else is refused rather than repaired, as the zone can still be named."""
    parts = parts_of(text)
    if parts is None:
        return "dateutil cannot read this rule"
    freq = parts.get("FREQ")
    if freq != "YEARLY":
        return f"FREQ={short(freq)} is not YEARLY" if freq else "no FREQ"
    problem = _number_problem(parts, "INTERVAL") or _number_problem(parts, "COUNT", ZONE_COUNT)
    odd = sorted(set(parts) - _ZONE_PARTS)
    problem = problem or (f"{odd[0]} is no part of a time zone's rule" if odd else None)
    problem = problem or _by_problem(parts)
    if problem is None and _per_year(parts) > ZONE_PER_YEAR:
        problem = f"it can occur {_per_year(parts):,} times a year"
    if problem is None and year is not None and year < ZONE_EARLIEST_YEAR:
        problem = f"it starts in the year {year}, before {ZONE_EARLIEST_YEAR}"
    return problem


def _number_problem(parts: dict[str, str], name: str, most: int | None = None) -> str | None:
    """What is wrong with a whole-number part, if it is present: not a number, below 1, or
    above ``most``."""
    value = parts.get(name)
    if value is None:
        return None
    if not _WHOLE.fullmatch(value):
        return f"{name}={short(value)} is not a number"
    if int(value) < 1:
        return f"{name}={short(value)} is below 1"
    return f"{name}={value} is above {most:,}" if most and int(value) > most else None


def _per_year(parts: dict[str, str]) -> int:
    """At most how many times a year a yearly rule occurs: its months, each with the days and
    times its parts name (without BYMONTH, a rule that names days names them every month)."""
    named = any(name in parts for name in DAY_PARTS)
    months = _size(parts, "BYMONTH") if "BYMONTH" in parts else 12 if named else 1
    return months * _days_a_month(parts) * _times(parts)


@dataclass
class ZoneLines:
    """A VTIMEZONE as a file's content lines say: where it begins and ends among them, at
    what depth of components, its TZID, and the first rule of it that is not sane (quoted,
    and what is wrong with it)."""

    begin: int
    depth: int
    end: int = -1
    tzid: str = ""
    problem: tuple[str, str] | None = None


@dataclass
class _Part:
    """A component inside a VTIMEZONE (STANDARD or DAYLIGHT): its rules and start year."""

    name: str
    depth: int
    rules: list[tuple[str, str]] = field(default_factory=list)
    year: int | None = None


def zones_in(lines: list[Any]) -> Iterator[ZoneLines]:
    """Every VTIMEZONE the lines close, judged. Components nest as icalendar nests them: a
    BEGIN opens one, any END closes the innermost (whatever it names). Outside a zone only
    the line that opens one matters, and it names VTIMEZONE however it is written (icalendar
    compares upper-cased text, and no escape makes a letter), so no other line is parsed."""
    depth, zones, parts = 0, list[ZoneLines](), list[_Part]()
    for index, line in enumerate(lines):
        if not zones and "VTIMEZONE" not in line.upper():
            continue
        try:
            name, _, value = line.parts()
        except ValueError:  # icalendar skips the line too, or refuses the file
            continue
        name, value = name.upper(), str(value)
        if name == "BEGIN" and (zones or value.upper() == "VTIMEZONE"):
            depth += 1
            if value.upper() == "VTIMEZONE":
                zones.append(ZoneLines(index, depth))
            else:
                parts.append(_Part(value.upper(), depth))
        elif zones and name == "END":
            if parts and parts[-1].depth == depth:
                _judge(parts.pop(), zones[-1])
            if zones[-1].depth == depth:
                zones[-1].end = index
                yield zones.pop()
            depth -= 1
        elif zones:
            _read(zones[-1], parts[-1] if parts else None, depth, name, value)


def _read(zone: ZoneLines, part: _Part | None, depth: int, name: str, value: str) -> None:
    """One property line inside a zone: its TZID, or a rule or start of one of its parts."""
    if depth == zone.depth and name == "TZID" and not zone.tzid:
        zone.tzid = str(value)
    elif part is not None and depth == part.depth and name in {"RRULE", "EXRULE"}:
        part.rules.append((name, str(value)))
    elif part is not None and depth == part.depth and name == "DTSTART":
        part.year = int(value[:4]) if value[:4].isdigit() else None


def _judge(part: _Part, zone: ZoneLines) -> None:
    """Note the first rule of ``part`` that is not sane on ``zone``, unless it has one."""
    for name, text in part.rules:
        problem = zone_rule_problem(text, part.year)
        if problem is not None and zone.problem is None:
            zone.problem = (f"{part.name} {name}:{short(text, 120)}", problem)


# ---------------------------------------------------------------- rules that never occur


def never(rule: Rule, parts: dict[str, str], start: datetime) -> bool:
    """Whether ``rule`` can never produce an occurrence, for which dateutil would search until
    the year 9999 (seconds per series). Three checks, cheapest first, each asking dateutil: the
    rule's days over a whole 400-year cycle, BYSETPOS against the largest set one period can
    hold, and the rule itself over a whole cycle of its grid, where one fits before 9999."""
    if not any(name.startswith("BY") for name in parts):
        return False  # the start's own day, month and time always come round again
    return _no_day(parts, start) or _setpos_beyond(parts) or _no_cycle(rule, parts, start)


def _no_day(parts: dict[str, str], start: datetime) -> bool:
    """No day of a 400-year cycle passes the rule's day filters, asked of a yearly rule with
    the same filters near the year 9999 (dates and weekdays repeat with that cycle)."""
    days = _day_filters(parts, start)
    if not set(days) - {"WKST"}:
        return False
    probe = rrulestr(joined({"FREQ": "YEARLY", **days}), dtstart=datetime(9599, 1, 1))
    return next(iter(probe), None) is None


def _day_filters(parts: dict[str, str], start: datetime) -> dict[str, str]:
    """The rule's day filters as a yearly rule reads them alike, with dateutil's defaults from
    the start for a rule that names no day (RFC 5545, 3.3.10)."""
    freq = parts["FREQ"]
    days = {k: v for k, v in parts.items() if k in {"BYMONTH", "WKST", *DAY_PARTS}}
    if "BYWEEKDAY" in days:
        days["BYDAY"] = days.pop("BYWEEKDAY")
    if not any(name in days for name in DAY_PARTS):
        days |= {k.upper(): str(v) for k, v in defaults(parts, start).items()}
        days |= {"BYDAY": _DAYS[start.weekday()]} if freq == "WEEKLY" else {}
    if "BYDAY" in days and freq not in {"MONTHLY", "YEARLY"}:  # "2MO" means any Monday here
        days["BYDAY"] = ",".join(_WEEKDAY.sub(r"\2", d) for d in days["BYDAY"].split(","))
    elif "BYDAY" in days and freq == "MONTHLY":  # and here the month's second Monday
        days.setdefault("BYMONTH", ",".join(map(str, range(1, 13))))
    return days


def _setpos_beyond(parts: dict[str, str]) -> bool:
    positions = parts.get("BYSETPOS")
    largest = _per_period(parts)
    return positions is not None and all(abs(int(p)) > largest for p in positions.split(","))


def _no_cycle(rule: Rule, parts: dict[str, str], start: datetime) -> bool:
    """The rule itself, started a whole number of its grid's cycles later (so on the same
    dates, weekdays and interval phase), finds nothing before the year 9999. Its grid repeats
    after ``step / gcd(step, cycle)`` 400-year cycles; where two of those do not fit between
    the start and 9999, nothing is decided here."""
    freq = parts["FREQ"]
    step = interval_of(parts) * (SECONDS[freq] if freq in FAST else 7 if freq == "WEEKLY" else 1)
    years = 400 * (step // math.gcd(step, _CYCLE.get(freq, 146097 * 86400)))
    if start.year + 2 * years > 9998:
        return False
    shifted = start.replace(year=start.year + (9998 - 2 * years - start.year) // years * years)
    probe = rule.replace(dtstart=shifted, count=None, until=None, cache=False)
    return next(iter(probe), None) is None


def defaults(parts: dict[str, str], start: datetime) -> dict[str, int]:
    """The day a monthly or yearly rule that names none takes from DTSTART, given explicitly,
    for a probe started on the first of a month."""
    if parts["FREQ"] not in {"MONTHLY", "YEARLY"} or any(p in parts for p in DAY_PARTS):
        return {}
    if parts["FREQ"] == "YEARLY" and "BYMONTH" not in parts:
        return {"bymonthday": start.day, "bymonth": start.month}
    return {"bymonthday": start.day}


class Cut(Enum):
    """What a calendar whose series together would be too much does to some of them."""

    #: cut to its share of the calendar's monthly budget of occurrences
    SHARE = "share"
    #: ignored: the budget has not even one occurrence a month left for it
    NO_SHARE = "no share"
    #: ignored: checking it would walk more than its share of the calendar's walk
    WALK = "walk"


@dataclass
class Entry:
    """One RRULE of a master: the property as read, its parts (None once it is ignored or has
    ended), what was done to it, and whether it must be written anew from its parts."""

    prop: Any
    parts: dict[str, str] | None
    done: list[str]
    dirty: bool
    #: Why the rule was cut or ignored for its calendar's sake rather than its own, which one
    #: line for the whole calendar reports instead of a line of its own.
    cut: Cut | None = None

    @property
    def text(self) -> str:
        """The rule as the expansion will read it."""
        return joined(self.parts or {}) if self.dirty else rule_text(self.prop)

    def ignore(self, why: str) -> None:
        self.parts = None
        self.done.append(f"{why}: {IGNORED}")
