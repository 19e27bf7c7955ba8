"""The filler: tops up each working day with one-off meetings drawn from a leader's
templates (:class:`Tpl`), as a :class:`FillPlan` says (category weights, hours to reach,
double-booking and evening rates per month), with the builder's seeded random draws."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import recurring_ical_events

from .builder import Builder, start_of
from .cast import BOARD, CANDIDATES, END, ORGS, START, WORK, Person, days, month_index, person

DAY_START = 8 * 60  # working day, minutes after local midnight
DAY_END = 18 * 60 + 30


@dataclass(frozen=True)
class Tpl:
    """A one-off meeting the filler may place.

    ``who`` lists the attendees besides the owner, "+"-separated: ``solo``, ``r`` (one
    direct report, ``r2`` two), ``i1-3`` (one to three colleagues), ``c1-2`` (people from one
    customer), ``v1-2`` (from one vendor), ``x:<org>:1-2`` (from that organisation),
    ``cand`` (a candidate and the recruiter), ``board``. ``org`` is who sends the invite:
    ``owner``, ``them`` (an internal attendee) or ``ext`` (the external party).
    ``lead`` says how far ahead it was booked: ``plan``, ``soon`` or ``urgent``.
    ``monthly`` and ``yearly`` cap how often the filler may use it.
    """

    title: str
    minutes: tuple[int, ...]
    who: str = "solo"
    org: str = "owner"
    lead: str = "plan"
    desc: str = ""
    late: bool = False
    loc: str = ""
    monthly: int = 2
    yearly: int = 8


def T(  # a short constructor keeps the pools readable
    title: str,
    *minutes: int,
    who: str = "solo",
    org: str = "owner",
    lead: str = "plan",
    desc: str = "",
    late: bool = False,
    loc: str = "",
    monthly: int | None = None,
    yearly: int | None = None,
) -> Tpl:
    varied = "{" in title  # titles with placeholders read differently each time
    return Tpl(
        title,
        minutes or (60,),
        who,
        org,
        lead,
        desc,
        late,
        loc,
        monthly if monthly is not None else (5 if varied else 2),
        yearly if yearly is not None else (30 if varied else 5),
    )


@dataclass
class FillPlan:
    """How the filler tops up each working day with one-off meetings."""

    pools: dict[str, list[Tpl]]
    weights: list[tuple[int, int, int, int]]  # per month: strategy, capability, execution, ff
    day_minutes: list[tuple[int, int]]  # per month: counted minutes to reach, 08:00-18:30
    overlap: list[float]  # per month: chance a meeting is double-booked
    late: list[float]  # per month: chance an urgent meeting lands in the evening
    internal: tuple[Person, ...]
    customers: tuple[str, ...]
    vendors: tuple[str, ...]
    recruiter: Person
    words: dict[str, tuple[str, ...]]
    incidents: set[int] = field(default_factory=set)  # incident numbers already used
    open_incidents: list[tuple[date, int]] = field(default_factory=list)  # no postmortem yet
    max_per_day: int = 6
    quiet: float = 0.0  # chance that a day gets at most one one-off


@dataclass
class _Usage:
    """How often each template was used, per month and in the whole year."""

    month: defaultdict[tuple[int, str], int] = field(default_factory=lambda: defaultdict(int))
    year: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))

    def allows(self, m: int, tpl: Tpl) -> bool:
        return self.month[m, tpl.title] < tpl.monthly and self.year[tpl.title] < tpl.yearly

    def count(self, m: int, tpl: Tpl) -> None:
        self.month[m, tpl.title] += 1
        self.year[tpl.title] += 1


def busy_map(b: Builder) -> dict[date, list[tuple[int, int]]]:
    """Counted (busy) minutes after local midnight per day, from what is written so far."""
    busy: dict[date, list[tuple[int, int]]] = defaultdict(list)
    cal = b.calendar(timezones=False)
    for occ in recurring_ical_events.of(cal).between(START, END):
        if not b.counted(occ):
            continue
        s = start_of(occ, b.tz).astimezone(b.tz)
        e = start_of(occ, b.tz, "DTEND").astimezone(b.tz)
        day = s.date()
        while day <= e.date():
            lo = s.hour * 60 + s.minute if day == s.date() else 0
            hi = e.hour * 60 + e.minute if day == e.date() else 24 * 60
            if hi > lo:
                busy[day].append((lo, hi))
            day += timedelta(days=1)
    return busy


def fill(b: Builder, plan: FillPlan) -> None:
    """Top up each working day (not off, not kept free) with one-off meetings from the plan."""
    busy = busy_map(b)
    usage = _Usage()
    for day in days(START, END):
        if day.weekday() >= 5 or day in b.off or day in b.nofill:
            continue
        _fill_day(b, plan, day, busy[day], usage)


def _fill_day(
    b: Builder, plan: FillPlan, day: date, busy: list[tuple[int, int]], usage: _Usage
) -> None:
    rng = b.rng
    m = month_index(day)
    lo, hi = plan.day_minutes[m]
    # incidents older than ten days never got a postmortem (as in life)
    plan.open_incidents = [(when, n) for when, n in plan.open_incidents if (day - when).days <= 10]
    target = rng.randint(lo, hi)
    most = 1 if rng.random() < plan.quiet else plan.max_per_day
    placed = 0
    today: set[str] = set()  # one template at most once a day
    for _ in range(14):
        if _working_minutes(busy) >= target or placed >= most:
            break
        tpl = _attempt(b, plan, day, busy, usage, today)
        if tpl is None:
            continue
        placed += 1
        usage.count(m, tpl)
        today.add(tpl.title)


def _attempt(
    b: Builder,
    plan: FillPlan,
    day: date,
    busy: list[tuple[int, int]],
    usage: _Usage,
    today: set[str],
) -> Tpl | None:
    """Draw a category, a template and a slot; the template if it was placed (accepted or
    declined), None if nothing fitted."""
    rng = b.rng
    m = month_index(day)
    cat = rng.choices(WORK, weights=plan.weights[m])[0]
    pool = [
        t
        for t in plan.pools[cat]
        if usage.allows(m, t)
        and t.title not in today
        and ("{last_inc}" not in t.title or plan.open_incidents)
    ]
    if not pool:
        return None
    tpl = rng.choice(pool)
    minutes = rng.choice(tpl.minutes)
    evening = tpl.late and rng.random() < plan.late[m]
    if evening:
        first, last = 18 * 60 + 45, 21 * 60 + 30
    else:
        first, last = DAY_START, DAY_END
    overlap = rng.random() < plan.overlap[m]
    slot = _slot(rng, busy, minutes, first, last, overlap=overlap)
    if slot is None:
        return None
    start = datetime.combine(day, time(slot // 60, slot % 60), b.tz)
    if _place(b, plan, tpl, cat, start, minutes):
        busy.append((slot, slot + minutes))
    return tpl


def _place(b: Builder, plan: FillPlan, tpl: Tpl, cat: str, start: datetime, minutes: int) -> bool:
    """Write one filler meeting; False if the owner declined it (not busy)."""
    rng = b.rng
    people, externals, words = _invite(b, plan, tpl)
    for key, options in plan.words.items():
        words[key] = rng.choice(options)
    _incident_words(b, plan, tpl, start, words)
    _date_words(start, words)
    title = tpl.title.format_map(words)
    desc = tpl.desc.format_map(words) if tpl.desc else ""
    attendees = tuple(people + externals)
    organizer = _organizer(b, tpl, people, externals) if attendees else None
    response = "ACCEPTED" if organizer in (None, b.owner) else b.owner_response()
    location = tpl.loc
    if not location and externals and rng.random() < 0.4:
        location = rng.choice(("Zoom", "Microsoft Teams Meeting", "Google Meet"))
    b.one_off(
        title,
        start,
        minutes,
        cat,
        lead=tpl.lead,
        organizer=organizer,
        attendees=attendees,
        owner_partstat=response,
        description=desc,
        location=location,
    )
    return response != "DECLINED"


def _invite(
    b: Builder, plan: FillPlan, tpl: Tpl
) -> tuple[list[Person], list[Person], dict[str, str]]:
    """The internal and external attendees ``tpl.who`` asks for, and the words for the title
    (some named without being invited)."""
    rng = b.rng
    people: list[Person] = []
    externals: list[Person] = []
    words: dict[str, str] = {  # named in the title without being invited
        "cust": ORGS[rng.choice(plan.customers)].name,
        "vendor": ORGS[rng.choice(plan.vendors)].name,
    }
    for token in tpl.who.split("+"):
        if token == "solo":
            continue
        if token == "cand":
            name = rng.choice(CANDIDATES)
            externals.append(person(name, "mail.example"))
            people.append(plan.recruiter)
            words["cand"] = name
        elif token == "board":
            externals += BOARD
        elif token.startswith("r"):
            n = int(token[1:] or "1")
            chosen = rng.sample(b.leader.reports, n)
            people += chosen
            words["report"] = chosen[0].first
        elif token.startswith("i"):
            a, z = _span(token[1:])
            pool = [p for p in plan.internal if p not in people]
            chosen = rng.sample(pool, rng.randint(a, z))
            people += chosen
            if chosen:
                words.setdefault("peer", chosen[0].first)
        elif token[0] in "cvx":
            externals += _externals(rng, plan, token, words)
        else:
            raise ValueError(f"bad who token {token!r}")
    return people, externals, words


def _externals(
    rng: random.Random, plan: FillPlan, token: str, words: dict[str, str]
) -> list[Person]:
    """People from a customer (``c``), a vendor (``v``) or a named organisation (``x``)."""
    if token[0] == "x":
        _, key, span = token.split(":")
    else:
        key = rng.choice(plan.customers if token[0] == "c" else plan.vendors)
        span = token[1:]
    a, z = _span(span)
    organisation = ORGS[key]
    chosen = rng.sample(organisation.people, min(rng.randint(a, z), len(organisation.people)))
    words["cust" if token[0] == "c" else "vendor" if token[0] == "v" else "org"] = organisation.name
    return chosen


def _incident_words(
    b: Builder, plan: FillPlan, tpl: Tpl, start: datetime, words: dict[str, str]
) -> None:
    """A new incident number for ``{inc}``; for ``{last_inc}``, a recent incident without a
    postmortem yet."""
    if "{inc}" in tpl.title:
        number = _incident_number(start.date()) + b.rng.randint(0, 3)
        while number in plan.incidents:
            number += 1
        plan.incidents.add(number)
        plan.open_incidents.append((start.date(), number))
        words["inc"] = str(number)
    if "{last_inc}" in tpl.title:  # a postmortem of a recent incident without one
        words["last_inc"] = str(plan.open_incidents.pop(0)[1])


def _date_words(start: datetime, words: dict[str, str]) -> None:
    q = (start.month - 1) // 3 + 1
    words["q"] = f"Q{q}"
    words["nq"] = f"Q{q % 4 + 1}"
    words["month"] = start.strftime("%B")
    words["prev"] = (start.replace(day=1) - timedelta(days=1)).strftime("%B")


def _organizer(b: Builder, tpl: Tpl, people: list[Person], externals: list[Person]) -> Person:
    """Who sent the invitation: ``tpl.org`` says the owner, an internal attendee or the
    external party."""
    if tpl.org == "ext" and externals:
        return externals[0]
    if tpl.org == "them" and people:
        return people[0]
    if tpl.org == "them":
        return externals[0]
    return b.owner


def _incident_number(day: date) -> int:
    """Incident ids grow about 1.2 a day company-wide, three a day in October 2026."""
    n = (day - START).days
    return 4000 + (n * 6) // 5 if n < 334 else 4400 + (n - 334) * 3


def _span(text: str) -> tuple[int, int]:
    """``"1-3"`` -> (1, 3); ``"2"`` -> (2, 2)."""
    low, _, high = text.partition("-")
    return int(low), int(high or low)


def _working_minutes(intervals: Iterable[tuple[int, int]]) -> int:
    minutes = [False] * (24 * 60)
    for lo, hi in intervals:
        for m in range(max(lo, DAY_START), min(hi, DAY_END)):
            minutes[m] = True
    return sum(minutes)


def _slot(
    rng: random.Random,
    intervals: list[tuple[int, int]],
    minutes: int,
    first: int,
    last: int,
    *,
    overlap: bool,
) -> int | None:
    starts = list(range(first, last - minutes + 1, 30))
    free = [s for s in starts if all(s + minutes <= lo or s >= hi for lo, hi in intervals)]
    if overlap:
        clash = [s for s in starts if s not in free]
        if clash:
            return rng.choice(clash)
    return rng.choice(free) if free else None
