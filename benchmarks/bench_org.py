"""A whole organisation end to end: 1,000 leaders, each with a year of ICS calendar
(2025-11 .. 2026-10), from the first sync into the store to the cohort report, next to the
floor: the same files read and expanded by the calendar libraries alone.

`python -m benchmarks org [--leaders N] [--workers N] [--baseline N] [--keep DIR]`

The organisation is generated first (not measured), one file at a time: executives, senior
leaders and managers in a reporting tree, about 40 teams in 4 time zones, and per leader one ICS
file of recurring series written as RRULEs (weekly 1:1s with each report, staff meetings, ops
reviews, monthly business reviews, standups, focus time), one-off meetings with titles from the
word pools of :mod:`benchmarks.synthetic`, incidents, all-day out-of-office days, and some
declined, cancelled and private events; then a home with a roster CSV and a config whose
``settings.workers`` is the benchmark's worker count (``--workers``, default and at most one
per core). Each step then runs in its own spawned process, one after another, sharing the home
and its store on disk:

floor. The bare read: every file parsed with ``icalendar.Calendar.from_ical`` and expanded with
   ``recurring_ical_events.of(...).between`` over its owner's window (the window stage a syncs),
   occurrences counted, nothing else (:mod:`benchmarks.org_steps`); once in one process, once
   over a spawned ``multiprocessing`` pool of that many worker processes.
a. the first sync of every source into an empty store (``timeaudit.sync.pull.sync``);
b. the audit of the 12 months and the cohort files, no sync (all groupings; csv, json, md and
   html; ``timeaudit.app.runs.cohort``);
c. a second run of the whole cohort command, nothing changed (sync, audit, files);
and, unless ``--baseline 0``, a naive baseline: a sample of people audited one at a time, each
as a fresh single-person run (own store, sync, audit), extrapolated to the organisation.

Each step prints its wall time (taken inside its process, around the work alone), the
occurrences it handled, events/s and its peak memory (:mod:`benchmarks.org_steps`), measured
from outside: every 50 ms the benchmark sums the resident memory (``VmRSS``) of the step's
process and all its descendants (worker processes included, found by their parent ids in
``/proc``) and keeps the highest sum, the tree's peak; the largest single process is the
highest ``VmHWM`` (the kernel's high-water mark) seen among them; and the step's process
reports its own ``VmHWM`` as it ends (its ``ru_maxrss`` would not do: Linux carries that
across the fork and exec of a spawned process, so it shows the parent's peak). Shared library
pages count once per process, so the tree's figure errs high; a rise and fall quicker than
50 ms can slip between two samples of the sum, never past a high-water mark, and the tree's
figure is never below its largest process's.

Last come the figures the targets are set in: stage a, and the first run of the cohort command
(a + b), as multiples of the bare read with the same number of workers; the rerun (c) as a
share of the first run; the highest tree peak of a to c; each beside its target, met or not.
With ``--keep DIR`` the organisation stays in DIR and the benchmark prints the command to
measure the cohort command on it by hand (under ``/usr/bin/time -v``).
"""

from __future__ import annotations

import argparse
import math
import os
import shlex
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

from benchmarks.org_steps import (
    SAMPLE_EVERY,
    Done,
    FloorJob,
    Step,
    floor_alone,
    floor_pool,
    measure,
)
from benchmarks.synthetic import CUSTOMERS, FIRST, LAST, ONE_OFF, PROJECTS, REGIONS, TEAMS, TOPICS
from timeaudit.app import runs, session
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import run_audit
from timeaudit.classify.learn import load_or_fit, seed_corpus
from timeaudit.config.load import load_config
from timeaudit.config.paths import Paths, model_cache
from timeaudit.config.types import GROUPINGS, Person
from timeaudit.connectors.contract import Window
from timeaudit.store.sqlite import Store
from timeaudit.sync.pull import allow_processes, sync

DOMAIN = "corp.example"
ZONES = ("Europe/London", "Europe/Berlin", "America/New_York", "Asia/Singapore")
FIRST_DAY, END_DAY = date(2025, 11, 1), date(2026, 11, 1)  # twelve months, [first, end)
PERIOD = Period.between(FIRST_DAY, END_DAY - timedelta(1))
UNTIL = "20261101T000000Z"
DAYS = ("MO", "TU", "WE", "TH", "FR")
FORMATS = ("csv", "json", "md", "html")
#: Issue 18's targets: stage a and the first run as multiples of the bare read with the same
#: workers, the rerun as a share of the first run, the peak (MiB) by organisation size.
SYNC_TARGET, FIRST_RUN_TARGET, RERUN_TARGET = 1.2, 1.5, 0.15
MEMORY_TARGETS = ((1_000, 1024.0), (10_000, 1.2 * 1024))


# -- the organisation ------------------------------------------------------------------------
@dataclass(frozen=True)
class Leader:
    index: int
    role: str
    team: str
    tz: str
    manager: int | None  # index of their manager in the organisation
    staff: tuple[str, ...]  # direct reports outside the roster (the people they manage)

    @property
    def email(self) -> str:
        return f"leader{self.index}@{DOMAIN}"

    @property
    def name(self) -> str:
        return f"{FIRST[self.index % len(FIRST)]} {LAST[self.index // len(FIRST) % len(LAST)]}"


def organisation(n: int, seed: int = 2026) -> list[Leader]:
    """3% executives (the first one at the top), 17% senior leaders reporting to them,
    managers reporting to senior leaders; one team per 25 leaders, each in one zone."""
    rng = np.random.default_rng(seed)
    n_exec = max(1, round(0.03 * n))
    n_senior = max(1, min(n - n_exec, round(0.17 * n)))
    teams = [_team_name(k) for k in range(max(1, round(n / 25)))]
    leaders: list[Leader] = []
    for i in range(n):
        if i < n_exec:
            role, manager, team = "executive", (None if i == 0 else 0), "leadership"
        elif i < n_exec + n_senior:
            role, manager, team = "senior-leader", i % n_exec, teams[i % len(teams)]
        else:
            manager = n_exec + int(rng.integers(n_senior))
            role, team = "manager", leaders[manager].team
        tz = ZONES[hash_index(team) % len(ZONES)] if rng.random() > 0.1 else _pick(rng, ZONES)
        staff = () if role != "manager" else _staff(i, int(rng.integers(4, 9)))
        leaders.append(Leader(i, role, team, tz, manager, staff))
    return leaders


def _team_name(k: int) -> str:
    return f"{TEAMS[k % len(TEAMS)]}-{REGIONS[k // len(TEAMS) % len(REGIONS)].lower()}"


def hash_index(text: str) -> int:
    """A stable small number for a text (``hash`` varies between runs)."""
    return sum(text.encode())


def _staff(i: int, n: int) -> tuple[str, ...]:
    return tuple(f"staff{i}-{k}@{DOMAIN}" for k in range(n))


def _pick(rng: np.random.Generator, pool: Sequence[str]) -> str:
    return pool[int(rng.integers(len(pool)))]


def reports_of(leaders: Sequence[Leader]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {leader.index: [] for leader in leaders}
    for leader in leaders:
        if leader.manager is not None:
            out[leader.manager].append(leader.index)
    return out


# -- one leader's calendar -------------------------------------------------------------------
@dataclass(frozen=True)
class Meeting:
    uid: str
    title: str
    start: datetime  # local wall-clock time in the owner's zone
    minutes: int
    organizer: str
    guests: tuple[str, ...] = ()
    rrule: str = ""
    exdates: tuple[datetime, ...] = ()
    extra: tuple[str, ...] = ()  # further properties, e.g. STATUS:CANCELLED
    owner_answer: str = "ACCEPTED"
    lead: timedelta = timedelta(days=20)  # booked this long before it starts (first one)


def calendar(leader: Leader, org: Sequence[Leader], reports: list[int]) -> str:
    """The leader's year as one ICS file."""
    rng = np.random.default_rng(10_000 + leader.index)
    meetings = [
        *_series(leader, org, reports, rng),
        *_one_offs(leader, rng),
        *_incidents(leader, rng),
    ]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeaudit//bench org//EN"]
    for meeting in meetings:
        lines += _vevent(meeting, leader)
    lines += [line for day, n in _absences(rng) for line in _ooo(leader, day, n)]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def _series(
    leader: Leader, org: Sequence[Leader], reports: list[int], rng: np.random.Generator
) -> Iterator[Meeting]:
    me = leader.email
    people = [org[r].email for r in reports] + list(leader.staff)
    for k, who in enumerate(people[:10]):  # weekly 1:1s, every other week beyond eight
        often = "WEEKLY" if k < 8 else "WEEKLY;INTERVAL=2"
        yield _weekly(f"1:1-{me}-{who}", f"{who.split('@')[0]} / {leader.name} 1:1", leader,
                      rng, 30, (who,), often)  # fmt: skip
    if leader.manager is not None:
        boss = org[leader.manager].email
        yield _weekly(f"1:1-{boss}-{me}", f"{leader.name} / boss 1:1", leader, rng, 30, (boss,),
                      "WEEKLY", organizer=boss)  # fmt: skip
    team = tuple(people[:8])
    if team:
        yield _weekly(f"staff-{me}", "Staff meeting", leader, rng, 60, team, "WEEKLY")
    yield _weekly(f"ops-{me}", f"Ops review – {leader.team}", leader, rng, 45, team, "WEEKLY")
    if leader.role != "manager":
        yield _weekly(f"mbr-{me}", f"Monthly business review – {leader.team}", leader, rng, 90,
                      team, "MONTHLY;BYDAY=1TU")  # fmt: skip
        yield _weekly(f"strat-{me}", f"Strategy session: {_pick(rng, PROJECTS)} next year",
                      leader, rng, 90, team[:3], "WEEKLY;INTERVAL=2")  # fmt: skip
    if leader.role == "manager" and rng.random() < 0.5:
        yield _weekly(f"standup-{me}", f"{leader.team} standup", leader, rng, 15, team,
                      "DAILY;BYDAY=" + ",".join(DAYS))  # fmt: skip
    if rng.random() < 0.6:
        yield _weekly(f"focus-{me}", "Focus time", leader, rng, 120, (), "WEEKLY")
    if rng.random() < 0.5:
        yield _weekly(f"hiring-{me}", "Hiring sync", leader, rng, 30, team[:2], "WEEKLY")
    if rng.random() < 0.3:
        lunch = _weekly(f"lunch-{me}", "Lunch", leader, rng, 45, (), "DAILY;BYDAY=MO,WE,FR")
        yield replace(lunch, extra=("CLASS:PRIVATE",))


def _weekly(
    uid: str,
    title: str,
    leader: Leader,
    rng: np.random.Generator,
    minutes: int,
    guests: tuple[str, ...],
    often: str,
    organizer: str = "",
) -> Meeting:
    """A series from the first weeks of the period to its end, two occurrences skipped."""
    first = datetime(2025, 11, 3 + int(rng.integers(5)), 8 + int(rng.integers(9)))
    first += timedelta(minutes=15 * int(rng.integers(3)))
    skipped = tuple(first + timedelta(weeks=int(w)) for w in rng.choice(50, 2, replace=False))
    rule = f"FREQ={often};UNTIL={UNTIL}"
    return Meeting(uid, title, first, minutes, organizer or leader.email, guests, rule, skipped)


def _one_offs(leader: Leader, rng: np.random.Generator) -> Iterator[Meeting]:
    """About five a week, titles nearly all distinct; some declined, cancelled or private."""
    for k in range(int(rng.integers(230, 290))):
        day = FIRST_DAY + timedelta(days=int(rng.integers((END_DAY - FIRST_DAY).days)))
        if day.weekday() >= 5:
            day -= timedelta(days=2)
        start = datetime(day.year, day.month, day.day, 8 + int(rng.integers(10)))
        guests = tuple(f"{_pick(rng, FIRST).lower()}@{DOMAIN}" for _ in range(rng.integers(1, 6)))
        draw = rng.random()
        organizer = leader.email if draw < 0.5 else guests[0]
        yield Meeting(
            f"one-off-{leader.index}-{k}@{DOMAIN}",
            _title(rng),
            start + timedelta(minutes=15 * int(rng.integers(4))),
            int(rng.choice([15, 30, 45, 60, 90])),
            organizer,
            guests,
            extra=_one_off_extra(draw),
            owner_answer="DECLINED" if 0.5 <= draw < 0.58 else "ACCEPTED",
            lead=timedelta(hours=float(np.exp(rng.normal(np.log(72), 1.6)))),
        )


def _one_off_extra(draw: float) -> tuple[str, ...]:
    if draw >= 0.97:
        return ("STATUS:CANCELLED",)
    if draw >= 0.94:
        return ("CLASS:PRIVATE",)
    return ()


def _title(rng: np.random.Generator) -> str:
    return _pick(rng, ONE_OFF).format(
        first=_pick(rng, FIRST),
        last=_pick(rng, LAST),
        topic=_pick(rng, TOPICS),
        customer=_pick(rng, CUSTOMERS),
        team=_pick(rng, TEAMS),
        region=_pick(rng, REGIONS),
        project=_pick(rng, PROJECTS),
        t=f"PRJ-{int(rng.integers(1000, 99999))}",
        n=int(rng.integers(100, 999)),
    )


def _incidents(leader: Leader, rng: np.random.Generator) -> Iterator[Meeting]:
    """Two or so a month, any hour, called by someone else at short notice."""
    for k in range(int(rng.integers(12, 36))):
        hours = int(rng.integers((END_DAY - FIRST_DAY).days * 24))
        start = datetime(2025, 11, 1) + timedelta(hours=hours)
        ticket = f"INC-{int(rng.integers(10000, 99999))}"
        title = f"{ticket}: {_pick(rng, TOPICS)} outage – {_pick(rng, CUSTOMERS)} bridge"
        yield Meeting(f"incident-{leader.index}-{k}@{DOMAIN}", title, start,
                      int(rng.choice([30, 60, 120, 180])), f"oncall@{DOMAIN}",
                      (f"sre@{DOMAIN}",), lead=timedelta(minutes=10))  # fmt: skip


def _absences(rng: np.random.Generator) -> list[tuple[date, int]]:
    """Four to six stretches of one to five days out of office."""
    days = rng.choice((END_DAY - FIRST_DAY).days - 7, int(rng.integers(4, 7)), replace=False)
    return [(FIRST_DAY + timedelta(days=int(d)), int(rng.integers(1, 6))) for d in days]


def _vevent(m: Meeting, leader: Leader) -> list[str]:
    tz, end = leader.tz, m.start + timedelta(minutes=m.minutes)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{m.uid}",
        "DTSTAMP:20251020T090000Z",
        f"CREATED:{_utc(m.start, tz) - m.lead:%Y%m%dT%H%M%SZ}",
        f"SUMMARY:{_escape(m.title)}",
        f"DTSTART;TZID={tz}:{m.start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tz}:{end:%Y%m%dT%H%M%S}",
        f"ORGANIZER:mailto:{m.organizer}",
    ]
    if m.rrule:
        lines.append(f"RRULE:{m.rrule}")
    lines += [f"EXDATE;TZID={tz}:{d:%Y%m%dT%H%M%S}" for d in m.exdates]
    if m.guests:
        answer = "" if m.organizer == leader.email else f";PARTSTAT={m.owner_answer}"
        lines.append(f"ATTENDEE{answer}:mailto:{leader.email}")
        lines += [f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{g}" for g in m.guests]
    return [*lines, *m.extra, "END:VEVENT"]


def _utc(local: datetime, tz: str) -> datetime:
    return local.replace(tzinfo=ZoneInfo(tz)).astimezone(UTC)


def _ooo(leader: Leader, day: date, n: int) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:ooo-{leader.index}-{day:%Y%m%d}@{DOMAIN}",
        "DTSTAMP:20251020T090000Z",
        "SUMMARY:Out of office",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=n):%Y%m%d}",
        "TRANSP:OPAQUE",
        "X-MICROSOFT-CDO-BUSYSTATUS:OOF",
        "END:VEVENT",
    ]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def _fold(line: str) -> str:
    """RFC 5545 folding: lines of at most 75 octets (never splitting a character)."""
    if len(line.encode()) <= 75:
        return line
    parts: list[str] = []
    current = ""
    for char in line:
        if len((current + char).encode()) > (75 if not parts else 74):
            parts.append(current)
            current = ""
        current += char
    return "\r\n ".join([*parts, current])


# -- the home --------------------------------------------------------------------------------
def write_home(home: Path, org: Sequence[Leader], workers: int) -> int:
    """Calendars (written one by one), roster and config for ``org`` in ``home``, with
    ``settings.workers`` at ``workers``; returns the bytes of ICS."""
    reports = reports_of(org)
    (home / "cal").mkdir(parents=True, exist_ok=True)
    size = 0
    for leader in org:
        text = calendar(leader, org, reports[leader.index])
        size += (home / "cal" / f"leader{leader.index}.ics").write_text(text, encoding="utf-8")
    rows = ["email,name,role,tz,source,manager,team,opted_out"]
    for leader in org:
        boss = "" if leader.manager is None else org[leader.manager].email
        row = [leader.email, leader.name, leader.role, leader.tz, f"cal-{leader.index}", boss]
        rows.append(",".join([*row, leader.team, ""]))
    (home / "people.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    sources = "".join(
        f'[sources.cal-{x.index}]\nkind = "ics"\npath = "cal/leader{x.index}.ics"\n\n' for x in org
    )
    settings = (
        f'[settings]\nroster = "people.csv"\ninternal_domains = ["{DOMAIN}"]\n'
        f"workers = {workers}\n\n"
    )
    (home / "config.toml").write_text(settings + sources, encoding="utf-8")
    return size


def seed_model(home: Path) -> str:
    """The seed model in the home's models folder: copied from the cache, or fitted once."""
    began = time.perf_counter()
    model = load_or_fit(seed_corpus(), model_cache())
    seconds = time.perf_counter() - began
    name = f"model-{model.key}.pkl"
    (home / "models").mkdir(parents=True, exist_ok=True)
    shutil.copy(model_cache() / name, home / "models" / name)
    return f"seed model ready in {seconds:.1f} s (loaded from the cache, or fitted once)"


# -- the floor's files -------------------------------------------------------------------------
def owner_window(tz: str) -> tuple[datetime, datetime]:
    """Local midnight on the first day and on the day after the last, in UTC: the window
    stage a syncs for an owner in ``tz`` (``PERIOD.bounds``, as the floor's jobs carry it)."""
    zone = ZoneInfo(tz)
    start, end = (datetime(d.year, d.month, d.day, tzinfo=zone) for d in (FIRST_DAY, END_DAY))
    return start.astimezone(UTC), end.astimezone(UTC)


def floor_jobs(home: Path, org: Sequence[Leader]) -> list[FloorJob]:
    return [(str(home / "cal" / f"leader{x.index}.ics"), *owner_window(x.tz)) for x in org]


# -- the stages, each in its own process -----------------------------------------------------
def selection_for(home: Path) -> session.Selection:
    return session.Selection(Paths(home / "config.toml", home), home_given=True)


def first_sync(home: Path) -> Done:
    """Stage a: every source into an empty store; counts the occurrences stored."""
    allow_processes()  # as the timeaudit command does; this module guards its entry point
    config = load_config(home / "config.toml")
    people = [p for p in config.people if not p.opted_out]

    def window(person: Person) -> Window:  # the window the audit itself syncs
        start, end = PERIOD.bounds(person.tz)
        return Window(start.to_pydatetime(), end.to_pydatetime())

    began = time.perf_counter()
    with Store(home / "timeaudit.sqlite") as store:
        outcomes = sync(store, config, people, window, data_dir=home)
    seconds = time.perf_counter() - began
    failed = [o for o in outcomes if o.error]
    if failed:
        raise SystemExit(f"sync failed for {len(failed)} sources, e.g. {failed[0].error}")
    return Done(seconds, sum(o.stats.added for o in outcomes if o.stats))


def cohort_run(home: Path, do_sync: bool, occurrences: int) -> Done:
    """Stages b and c: the cohort command as the CLI runs it (``occurrences``: what stage a
    stored, the events the run handles)."""
    allow_processes()
    lines: list[str] = []
    began = time.perf_counter()
    output = runs.cohort(
        selection_for(home),
        PERIOD,
        home / "cohort",
        groupings=GROUPINGS,
        formats=FORMATS,
        sync=do_sync,
        progress=lines.append,
    )
    seconds = time.perf_counter() - began
    if output.message or not output.files:
        raise SystemExit(f"no cohort files: {output.message}")
    unchanged = sum(" 0 new, 0 changed, 0 removed" in line for line in lines)
    notes = [f"cohort files: {', '.join(sorted(p.name for p in output.files))}"]
    if do_sync:
        notes.insert(0, f"second run: {unchanged:,} sources unchanged")
    return Done(seconds, occurrences, tuple(notes))


def naive_baseline(home: Path, sample: int) -> Done:
    """Baseline: a sample of people, one fresh single-person run each (own store, first
    sync, audit of the 12 months), as a script calling the tool per person would do."""
    config = load_config(home / "config.toml")
    everyone = [p for p in config.people if not p.opted_out]
    people = everyone[:: max(1, len(everyone) // sample)][:sample]
    began, synced = time.perf_counter(), 0
    for person in people:
        with tempfile.TemporaryDirectory(dir=home) as tmp, Store(Path(tmp) / "s.db") as store:
            audit = run_audit(
                store, config, [person], PERIOD, trend_months=1, cache_dir=home / "models"
            )
            synced += sum(o.events for o in audit.outcomes)
    seconds = time.perf_counter() - began
    per = seconds / len(people)
    note = (
        f"baseline (naive): {len(people)} people one at a time, fresh store each: "
        f"{seconds:.1f} s = {per:.2f} s/person; extrapolated to {len(everyone):,} "
        f"people: {per * len(everyone) / 60:.1f} min (sync and audit; no cohort files)"
    )
    return Done(seconds, synced, (note,))


# -- what the run says -----------------------------------------------------------------------
def step(label: str, work: Callable[..., Done], *args: object) -> Step:
    """Measure one step in its own process (:func:`measure`) and print its line."""
    measured = measure(label, work, *args)
    print(step_line(measured), flush=True)
    return measured


def step_line(measured: Step) -> str:
    done, peak = measured.done, measured.peak
    return (
        f"  {measured.label:<46} {done.seconds:8.1f} s {done.occurrences:>11,} occ "
        f"{done.occurrences / done.seconds:>9,.0f} events/s  peak: tree {mib(peak.tree_kib)}, "
        f"largest process {mib(peak.largest_kib)}, own {mib(done.own_kib)}"
    )


def mib(kib: int) -> str:
    return f"{kib / 1024:,.0f} MiB" if kib else "n/a MiB"


def workers_text(n: int) -> str:
    return f"{n} worker{'s' if n != 1 else ''}"


def met(ok: bool) -> str:
    return "met" if ok else "not met"


def ratio_lines(floor: Step, a: Step, b: Step, c: Step, workers: int) -> list[str]:
    """Stage a and the first run (a + b) against the floor, the rerun (c) against the first
    run, each beside its target."""
    bare = f"the bare read with {workers_text(workers)}"
    base, sync_s, first = floor.done.seconds, a.done.seconds, a.done.seconds + b.done.seconds
    rerun = c.done.seconds / first
    return [
        f"  against the floor, {bare} ({base:.1f} s, the mean of before and after the stages):",
        f"    sync (a)        = {sync_s / base:.2f}x {bare}; "
        f"target <= {SYNC_TARGET}x: {met(sync_s / base <= SYNC_TARGET)}",
        f"    first run (a+b) = {first / base:.2f}x {bare}; "
        f"target <= {FIRST_RUN_TARGET}x: {met(first / base <= FIRST_RUN_TARGET)}",
        f"    rerun (c)       = {rerun:.1%} of the first run (a+b); "
        f"target <= {RERUN_TARGET:.0%}: {met(rerun <= RERUN_TARGET)}",
    ]


#: How far the floor may move between its two measurements before the run says the
#: machine's speed changed under it.
STEADY = 0.03


def bracketed(before: Step, after: Step) -> tuple[Step, list[str]]:
    """The floor the stages are judged against: the mean of the floor measured before them
    and again after them, so a machine whose speed drifts during the run (a shared host:
    the same files' bare read moves by 10% from one run to the next) weighs on both sides
    alike; and the lines that say how far it moved."""
    first, second = before.done.seconds, after.done.seconds
    mean = (first + second) / 2
    done = replace(before.done, seconds=mean)
    floor = replace(before, done=done)
    moved = second / first - 1
    line = f"  the floor moved by {moved:+.1%} between before and after the stages"
    if abs(moved) <= STEADY:
        return floor, [f"{line}: the machine was steady"]
    return floor, [
        f"{line}: the machine's speed changed during the run, so each ratio below may be off "
        f"by up to {abs(moved) / 2:.0%} either way; run again on an idle machine to be sure"
    ]


def memory_line(stages: Sequence[Step], leaders: int) -> str:
    """The highest tree peak of the stages against the target for the organisation's size."""
    top = max(stages, key=lambda s: s.peak.tree_kib)
    limit = next((m for n, m in MEMORY_TARGETS if leaders <= n), MEMORY_TARGETS[-1][1])
    return (
        f"    peak memory     = {mib(top.peak.tree_kib)} (stage {top.label[0]}, whole process "
        f"tree); target <= {limit:,.0f} MiB at {leaders:,} leaders (1 GiB at 1,000, 1.2 GiB at "
        f"10,000): {met(0 < top.peak.tree_kib <= limit * 1024)}"
    )


def counts_line(floor: Step, stored: int) -> str:
    found = floor.done.occurrences
    same = "equal" if found == stored else f"differ by {stored - found:+,}"
    return f"  occurrences: the bare read found {found:,}, stage a stored {stored:,} ({same})"


def sampled_counts_line(floor: Step, stored: int) -> str:
    return (
        f"  occurrences: the sampled bare read stands for about {floor.done.occurrences:,}, "
        f"stage a stored {stored:,} (a sample cannot be compared exactly; run without "
        "--floor-sample for that)"
    )


def keep_lines(home: Path) -> list[str]:
    where = shlex.quote(str(home))
    return [
        f"  kept: {home} (config, roster, calendars, and the store as stage c left it)",
        f"  to measure the cohort command on it yourself (a rerun: delete {where}/timeaudit.sqlite"
        " first for a first run; add --format csv --format json --format md --format html for"
        " the files stage b wrote; time's 'Maximum resident set size' is the largest single"
        " process, not the tree):",
        f"    /usr/bin/time -v timeaudit --home {where} cohort --from "
        f"{FIRST_DAY.isoformat()} --to {(END_DAY - timedelta(1)).isoformat()}",
    ]


# -- the command -----------------------------------------------------------------------------
def generate(home: Path, leaders: int, workers: int) -> list[FloorJob]:
    """The organisation in ``home``, and one line about it; returns the floor's jobs."""
    began = time.perf_counter()
    org = organisation(leaders)
    size = write_home(home, org, workers)
    teams = len({x.team for x in org})
    roles = {r: sum(x.role == r for x in org) for r in ("executive", "senior-leader")}
    print(
        f"  generated in {time.perf_counter() - began:.1f} s (not measured below): "
        f"{roles['executive']} executives, {roles['senior-leader']} senior leaders, "
        f"{leaders - sum(roles.values())} managers, {teams} teams, {len(ZONES)} zones, "
        f"{size / 2**20:,.1f} MiB of ICS",
        flush=True,
    )
    return floor_jobs(home, org)


def sampled(jobs: list[FloorJob], sample: int) -> tuple[list[FloorJob], float]:
    """Every k-th file for the floor when ``sample`` (0: all) is fewer than the files, and
    the factor its time and occurrences are scaled by to stand for all of them."""
    if not sample or sample >= len(jobs):
        return jobs, 1.0
    picked = jobs[:: math.ceil(len(jobs) / sample)]
    return picked, len(jobs) / len(picked)


def scaled(measured: Step, factor: float, files: int, of: int) -> Step:
    """A floor measured on ``files`` of ``of`` files, standing for all of them."""
    if factor == 1.0:
        return measured
    done = replace(
        measured.done,
        seconds=measured.done.seconds * factor,
        occurrences=round(measured.done.occurrences * factor),
    )
    label = f"{measured.label} ({files:,} of {of:,} files, x{factor:.1f})"
    scaled_step = replace(measured, done=done, label=label)
    print(step_line(scaled_step), flush=True)
    return scaled_step


def steps(
    home: Path, jobs: list[FloorJob], workers: int, baseline: int, floor_sample: int = 0
) -> list[str]:
    """Every step, each in its own process, one after another; returns the closing lines."""
    print(
        "  each step in its own process; peak: tree = highest total RSS of the step's process "
        f"and its workers (sampled every {SAMPLE_EVERY * 1000:.0f} ms), largest process = "
        "highest VmHWM of any one of them, own = the step's process's own VmHWM",
        flush=True,
    )
    picked, factor = sampled(jobs, floor_sample)
    alone = step("floor: bare read, 1 process", floor_alone, picked)
    scaled(alone, factor, len(picked), len(jobs))
    pool = step(f"floor: bare read, {workers_text(workers)}", floor_pool, picked, workers)
    before = scaled(pool, factor, len(picked), len(jobs))
    a = step("a. first sync into an empty store", first_sync, home)
    stored = a.done.occurrences
    b = step("b. audit 12 months + cohort files (4 formats)", cohort_run, home, False, stored)
    c = step("c. second run, nothing changed (sync+audit)", cohort_run, home, True, stored)
    again = step(f"floor again: bare read, {workers_text(workers)}", floor_pool, picked, workers)
    floor, moved = bracketed(before, scaled(again, factor, len(picked), len(jobs)))
    notes = list(c.done.notes)
    if baseline:
        notes += step("baseline (naive), the sample", naive_baseline, home, baseline).done.notes
    counts = counts_line(floor, stored) if factor == 1.0 else sampled_counts_line(floor, stored)
    closing = [counts, *moved, *ratio_lines(floor, a, b, c, workers)]
    return [*(f"  {note}" for note in notes), *closing, memory_line((a, b, c), len(jobs))]


def run(
    leaders: int = 1_000,
    baseline: int = 20,
    keep: Path | None = None,
    workers: int = 1,
    floor_sample: int = 0,
) -> None:
    print(
        f"org: {leaders:,} leaders, 12 months ({PERIOD.label}), ICS sources, store to cohort; "
        f"{workers_text(workers)} ({os.cpu_count()} cores)",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="timeaudit-bench-org-") as tmp:
        home = keep or Path(tmp)
        jobs = generate(home, leaders, workers)
        print(f"  {seed_model(home)}", flush=True)
        for line in steps(home, jobs, workers, baseline, floor_sample):
            print(line, flush=True)
    if keep:
        print("\n".join(keep_lines(keep)), flush=True)


def main(argv: Sequence[str]) -> None:
    cores = os.cpu_count() or 1
    parser = argparse.ArgumentParser(prog="python -m benchmarks org")
    parser.add_argument("--leaders", type=int, default=1_000, help="people in the organisation")
    parser.add_argument(
        "--workers",
        type=int,
        default=cores,
        help="worker processes for the floor, and settings.workers for timeaudit "
        f"(default: one per core, {cores}; never more than the cores)",
    )
    parser.add_argument(
        "--baseline", type=int, default=20, help="people in the naive baseline (0: none)"
    )
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument(
        "--floor-sample",
        type=int,
        default=0,
        help="measure the floor on this many of the files (every k-th) and scale it to all, "
        "printed as such; for very large organisations (default 0: every file)",
    )
    args = parser.parse_args(list(argv))
    if args.leaders < 5:
        parser.error("--leaders: at least 5, the smallest cohort shown")
    if not 1 <= args.workers <= 64:
        parser.error("--workers: 1 to 64, as settings.workers takes")
    if args.keep and (args.keep / "timeaudit.sqlite").exists():
        parser.error(f"--keep: {args.keep} already holds a store; give a new or empty folder")
    run(args.leaders, args.baseline, args.keep, min(args.workers, cores), args.floor_sample)
