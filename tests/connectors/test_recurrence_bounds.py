"""Recurrence rules bounded before expansion (connectors/kit/recurrence.py, issue 18 item 4).

Hostile series, one small file per case in tests/data/recurrence (beside tests/data/ics, whose
whole-folder test expects only its own problems): each is read through the connector's
``fetch`` for October 2026, and the test asserts the warning word for word (file, UID, rule),
that the file's other event still loads, and how many occurrences the series has in the
month. Ordinary series must expand exactly as recurring_ical_events expands them unguarded:
edge cases written out here, the test data and the third-party corpus are compared
occurrence by occurrence over several windows.

Many hostile series in one file share the calendar's budgets (10,000 occurrences a month, a
million occurrences walked), said in one line for the file; the ordinary series beside them
keep every occurrence. A VTIMEZONE whose rules are not sane yearly ones is left out before
icalendar builds it, and its name is read as the connector reads a TZID without one.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from click.testing import CliRunner
from dateutil.rrule import rrulestr  # type: ignore[import-untyped]
from icalendar.parser import Contentlines
from icalendar.timezone import tzp

from timeaudit.cli.commands import main
from timeaudit.connectors.contract import SourceSpec, SyncBatch, Window
from timeaudit.connectors.ics import IcsConnector, read_calendars
from timeaudit.connectors.kit.placement import (
    FILE_OCCURRENCES_PER_MONTH,
    FILE_OCCURRENCES_PER_READ,
    Share,
    share_of,
)
from timeaudit.connectors.kit.recurrence import bound_recurrences, sane_zones
from timeaudit.connectors.kit.rrules import most_per_month, parts_of, review, zone_rule_problem

DATA = Path(__file__).resolve().parents[1] / "data" / "recurrence"
ICS_DATA = Path(__file__).resolve().parents[1] / "data" / "ics"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ics"
OCTOBER = Window(datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC))
ADVICE = " (fix the series in the calendar app if this is wrong)"
IGNORED = "the rule is ignored (the event keeps its DTSTART and any RDATE)"
PLANNING = "planning@example.com"  # the ordinary event in every case file
CAPPED = (
    "more than 2,000 occurrences in a month: only the first 2,000 of each month are kept "
    "(pro rata for part of a month)"
)
SHARED = (
    "the series of this calendar may have 10,000 occurrences a month together: it and {} other "
    "series are cut to their first {} of each month (pro rata for part of a month)"
)

# file: (UID, the rule as the warning quotes it, what was done or None, occurrences in October)
CASES: dict[str, tuple[str, str, str | None, int]] = {
    "interval_zero_daily.ics": (
        "standup@example.com", "FREQ=DAILY;INTERVAL=0", "INTERVAL=0 read as INTERVAL=1", 31,
    ),
    "interval_zero_weekly.ics": (
        "review@example.com", "FREQ=WEEKLY;INTERVAL=0;BYDAY=MO,TH",
        "INTERVAL=0 read as INTERVAL=1", 9,
    ),
    "secondly_since_2013.ics": ("tick@example.com", "FREQ=SECONDLY", CAPPED, 2000),
    "minutely_since_2013.ics": ("minute@example.com", "FREQ=MINUTELY", CAPPED, 2000),
    # legitimate, so no warning: 24 a day, walked from the period, not from 1990
    "hourly_since_1990.ics": ("hour@example.com", "FREQ=HOURLY", None, 31 * 24),
    "minutely_every_7_since_2013.ics": (
        "seven@example.com", "FREQ=MINUTELY;INTERVAL=7;BYHOUR=9;BYDAY=MO", None, 36,
    ),
    "count_fifty_million.ics": (
        "daily@example.com", "FREQ=DAILY;COUNT=50000000", "COUNT=50000000 cut to 100000", 31,
    ),
    "unknown_freq.ics": (  # the one-off at its DTSTART, 12 October, is kept
        "fortnight@example.com", "FREQ=FORTNIGHTLY",
        f"FREQ=FORTNIGHTLY is not a frequency: {IGNORED}", 1,
    ),
    "bysetpos_nonsense.ics": (
        "setpos@example.com", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=99999",
        f"BYSETPOS=99999 is not a list of numbers from 1 to 366, or -366 to -1: {IGNORED}", 0,
    ),
    "bymonthday_nonsense.ics": (
        "monthday@example.com", "FREQ=MONTHLY;BYMONTHDAY=99999",
        f"BYMONTHDAY=99999 is not a list of numbers from 1 to 31, or -31 to -1: {IGNORED}", 0,
    ),
    "never_occurs.ics": (  # quoted as icalendar writes the rule back
        "feb30@example.com", "FREQ=DAILY;BYMONTHDAY=30;BYMONTH=2",
        f"it never occurs: {IGNORED}", 0,
    ),
    # 100 series, each alone capped at 2,000: one line for the file, 100 each (10,000)
    "minutely_hundred_series.ics": (
        "minute-001@example.com", "FREQ=MINUTELY", SHARED.format(99, 100), 100,
    ),
    # 30 dense series share what 3 weekly ones can have (18): (10,000 - 18) // 30 each
    "dense_thirty_weekly_three.ics": (
        "slot-01@example.com", "FREQ=MINUTELY;INTERVAL=10", SHARED.format(29, 332), 332,
    ),
}  # fmt: skip

ZONE_ADVICE = " (export the calendar again if its times look wrong)"
OWNER = "America/New_York"  # the owner's zone in the zone cases, so that "read as" shows
UNKNOWN = "its times are read in the owner's time zone (the name is no zone known here)"
# file: (TZID, rule as quoted, what is wrong, how the name is read, zone of the times read)
ZONE_CASES: dict[str, tuple[str, str, str, str, str]] = {
    "vtimezone_secondly.ics": (
        "W. Europe Standard Time", "STANDARD RRULE:FREQ=SECONDLY", "FREQ=SECONDLY is not YEARLY",
        "the name is read as Europe/Berlin", "Europe/Berlin",
    ),
    "vtimezone_interval_zero.ics": (
        "Custom Zone", "STANDARD RRULE:FREQ=YEARLY;INTERVAL=0;BYMONTH=10;BYDAY=-1SU",
        "INTERVAL=0 is below 1", UNKNOWN, OWNER,
    ),
    "vtimezone_count_huge.ics": (
        "Customized Time Zone", "STANDARD RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;COUNT=99999999",
        "COUNT=99999999 is above 1,000", UNKNOWN, OWNER,
    ),
    "vtimezone_year_one.ics": (
        "Coordinated Universal Time", "STANDARD RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "it starts in the year 1, before 1600", "the name is read as UTC", "UTC",
    ),
}  # fmt: skip


def fetch(path: Path, window: Window = OCTOBER, tz: str = "UTC") -> SyncBatch:
    spec = SourceSpec("hostile", "ics", "owner@example.com", tz, {"path": str(path)})
    return IcsConnector(spec).fetch(window, None)


def test_every_case_file_is_listed() -> None:
    assert sorted(p.name for p in DATA.glob("*.ics")) == sorted([*CASES, *ZONE_CASES])


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_series_is_bounded_and_the_rest_loads(name: str) -> None:
    uid, rule, done, expected = CASES[name]
    started = time.process_time()
    batch = fetch(DATA / name)
    assert time.process_time() - started < 20  # generous: unbounded, these take minutes
    path = DATA / name
    if done is None:
        assert batch.problems == []
        assert batch.kept_calendars == set()
    else:
        assert batch.problems == [f"{path}: event {uid}: RRULE:{rule}: {done}{ADVICE}"]
        assert batch.kept_calendars == {str(path)}
    assert batch.failed == []
    counts = Counter(event.uid for event in batch.events)
    assert counts[PLANNING] == 1
    assert counts[uid] == expected


def test_capped_series_keeps_the_first_of_the_month_on_its_grid() -> None:
    events = [e for e in fetch(DATA / "minutely_since_2013.ics").events if e.uid != PLANNING]
    starts = [e.start.astimezone(UTC) for e in events]
    assert starts[0] == datetime(2026, 10, 1, tzinfo=UTC)
    assert starts[-1] == datetime(2026, 10, 1, tzinfo=UTC) + timedelta(minutes=1999)
    assert all(e.end - e.start == timedelta(seconds=30) for e in events)


def test_moved_series_stays_on_its_own_grid() -> None:
    # FREQ=MINUTELY;INTERVAL=7 from 2013-01-01 00:03 UTC: dateutil itself, walked from 2013
    # (cheap here: the filters skip whole days), says which Monday 9 o'clock minutes are left.
    rule = rrulestr(
        "FREQ=MINUTELY;INTERVAL=7;BYHOUR=9;BYDAY=MO", dtstart=datetime(2013, 1, 1, 0, 3, tzinfo=UTC)
    )
    expected = rule.between(OCTOBER.start, OCTOBER.end, inc=True)
    events = fetch(DATA / "minutely_every_7_since_2013.ics").events
    starts = [e.start for e in events if e.uid == "seven@example.com"]
    assert starts == expected


def test_hostile_file_through_the_command_line(tmp_path: Path) -> None:
    path = DATA / "minutely_since_2013.ics"
    result = CliRunner().invoke(
        main,
        ["--home", str(tmp_path), "events", "--ics", str(path), "--owner", "owner@example.com",
         "--month", "2026-10"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    warning = f"  warning: {path}: event minute@example.com: RRULE:FREQ=MINUTELY: {CAPPED}{ADVICE}"
    assert warning in result.stderr.splitlines()
    rows = result.stdout.splitlines()[1:]
    assert sum("minute@example.com" in row for row in rows) == 2000
    assert sum("planning@example.com" in row for row in rows) == 1


# ---------------------------------------------------------------- rules read one by one


@pytest.mark.parametrize(
    ("text", "parts", "done"),
    [
        ("FREQ=WEEKLY;BYDAY=MO", {"FREQ": "WEEKLY", "BYDAY": "MO"}, []),
        ("FREQ=DAILY;INTERVAL=-3", {"FREQ": "DAILY", "INTERVAL": "1"},
         ["INTERVAL=-3 read as INTERVAL=1"]),
        ("FREQ=DAILY;INTERVAL=abc", {"FREQ": "DAILY", "INTERVAL": "1"},
         ["INTERVAL=ABC read as INTERVAL=1"]),
        ("FREQ=DAILY;COUNT=-5", {"FREQ": "DAILY", "COUNT": "-5"}, []),  # the expansion drops it
        ("INTERVAL=2", None, [f"no FREQ: {IGNORED}"]),
        ("FREQ=DAILY;COUNT=1.5", None, [f"COUNT=1.5 is not a number: {IGNORED}"]),
        ("FREQ=HOURLY;BYHOUR=24", None,
         [f"BYHOUR=24 is not a list of numbers from 0 to 23: {IGNORED}"]),
        ("FREQ=MONTHLY;BYDAY=+60MO", None,
         [f"BYDAY=+60MO is not a list of weekdays (MO, 1MO, -1FR, ...): {IGNORED}"]),
        ("FREQ=DAILY;WKST=XX", None, [f"WKST=XX is not a weekday: {IGNORED}"]),
    ],
)  # fmt: skip
def test_review(text: str, parts: dict[str, str] | None, done: list[str]) -> None:
    checked = review(text)
    assert (checked.parts, checked.done, checked.readable) == (parts, done, True)


@pytest.mark.parametrize("text", ["", "FREQ=WEEKLY;UNTL=20260601", "FREQ=DAILY;RSCALE=HEBREW"])
def test_rules_dateutil_refuses_are_left_for_the_expansion_to_report(text: str) -> None:
    assert not review(text).readable


# ---------------------------------------------------------------- exactly as unguarded


def calendar(*events: str) -> Any:
    """A calendar of ``events``, each given as its content lines (indentation ignored)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeaudit tests//bounds//EN"]
    for event in events:
        lines += ["BEGIN:VEVENT", *filter(None, map(str.strip, event.splitlines())), "END:VEVENT"]
    return icalendar.Calendar.from_ical("\r\n".join([*lines, "END:VCALENDAR", ""]))


def occurrences(cal: Any, start: datetime, end: datetime) -> list[tuple[str, ...]]:
    found = recurring_ical_events.of(cal).between(start, end)
    return sorted(
        (str(c["UID"]), repr(c["DTSTART"].dt), repr(c["DTEND"].dt), str(c.get("SUMMARY")))
        for c in found
    )


def assert_exact(cal: Any, windows: list[tuple[datetime, datetime]]) -> None:
    for start, end in windows:
        bounded, notes = bound_recurrences(cal, start, end)
        assert notes == []
        assert occurrences(bounded, start, end) == occurrences(cal, start, end), (start, end)


def months(*firsts: tuple[int, int]) -> list[tuple[datetime, datetime]]:
    """Each month with a day of margin on either side, as the connector expands a month."""
    day = timedelta(days=1)
    return [(datetime(y, m, 1, tzinfo=UTC) - day, month_end(y, m) + day) for y, m in firsts]


def month_end(year: int, month: int) -> datetime:
    return datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)


WINDOWS = months((2026, 3), (2026, 10), (2027, 2), (2031, 11))
# Series the guard moves to the period (each begins years before it) or otherwise touches.
EXACT = {
    "weekly in Berlin over DST, with an EXDATE and a moved instance": calendar(
        """UID:w
        DTSTART;TZID=Europe/Berlin:20150105T090000
        DTEND;TZID=Europe/Berlin:20150105T093000
        RRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,WE;WKST=SU
        EXDATE;TZID=Europe/Berlin:20261012T090000""",
        """UID:w
        RECURRENCE-ID;TZID=Europe/Berlin:20261026T090000
        DTSTART;TZID=Europe/Berlin:20261027T150000
        DTEND;TZID=Europe/Berlin:20261027T160000
        SUMMARY:moved""",
    ),
    "every 5 hours in New York since 1990, COUNT through 2040": calendar(
        """UID:h
        DTSTART;TZID=America/New_York:19900101T013000
        DURATION:PT20M
        RRULE:FREQ=HOURLY;INTERVAL=5;COUNT=90000"""
    ),
    "three times a weekday with COUNT (walked to count what is skipped)": calendar(
        """UID:c
        DTSTART:20100104T090000Z
        DTEND:20100104T091500Z
        RRULE:FREQ=DAILY;BYHOUR=9,13,17;BYDAY=MO,TU,WE,TH,FR;COUNT=20000"""
    ),
    "monthly on the 31st and every other 29 February, floating": calendar(
        """UID:m
        DTSTART:20000131T100000
        DTEND:20000131T110000
        RRULE:FREQ=MONTHLY""",
        """UID:y
        DTSTART:19960229T100000
        DTEND:19960229T110000
        RRULE:FREQ=YEARLY;INTERVAL=2""",
    ),
    "all-day every other day since 2001, and the last Friday of the month": calendar(
        """UID:a
        DTSTART;VALUE=DATE:20010101
        DTEND;VALUE=DATE:20010102
        RRULE:FREQ=DAILY;INTERVAL=2""",
        """UID:f
        DTSTART:20050128T160000Z
        DTEND:20050128T170000Z
        RRULE:FREQ=MONTHLY;BYDAY=-1FR;BYSETPOS=-1""",
    ),
    "this and future moved by two days, DTEND before DTSTART": calendar(
        """UID:t
        DTSTART:20120102T100000Z
        DTEND:20120102T090000Z
        RRULE:FREQ=WEEKLY""",
        """UID:t
        RECURRENCE-ID;RANGE=THISANDFUTURE:20200106T100000Z
        DTSTART:20200108T100000Z
        DTEND:20200108T110000Z
        SUMMARY:later""",
    ),
    "a dense rule, but not so dense that it is capped": calendar(
        """UID:d
        DTSTART:20260915T000000Z
        DTEND:20260915T000500Z
        RRULE:FREQ=DAILY;BYHOUR=0,2,4,6,8,10,12,14,16,18,20,22;BYMINUTE=0,30"""
    ),
}


@pytest.mark.parametrize("name", sorted(EXACT))
def test_ordinary_series_expand_exactly_as_unguarded(name: str) -> None:
    assert_exact(EXACT[name], WINDOWS)


def test_the_callers_calendar_is_not_changed() -> None:
    cal = read_calendars(DATA / "minutely_since_2013.ics")[0]
    before = cal.to_ical()
    bounded, notes = bound_recurrences(cal, OCTOBER.start, OCTOBER.end)
    assert bounded is not cal and notes
    assert cal.to_ical() == before


def test_an_ordinary_calendar_is_returned_as_it_is() -> None:
    (cal,) = read_calendars(ICS_DATA / "recurrence_moved_instance.ics")
    assert bound_recurrences(cal, OCTOBER.start, OCTOBER.end) == (cal, [])


@pytest.mark.parametrize("folder", [ICS_DATA, CORPUS], ids=["tests/data/ics", "shared/corpus/ics"])
def test_test_data_and_corpus_expand_exactly_as_unguarded(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    windows = months((2011, 10), (2020, 3), (2026, 10))
    compared = 0
    for path in sorted(folder.glob("*.ics")):
        try:
            calendars = read_calendars(path)
        except Exception:  # files the connector refuses are not expanded at all
            continue
        for cal, (start, end) in ((c, w) for c in calendars for w in windows):
            try:
                unguarded = occurrences(cal, start, end)
            except Exception:  # refused: the guard may ignore the rule instead, and says so
                continue
            bounded, notes = bound_recurrences(cal, start, end)
            assert notes == [], path.name
            assert occurrences(bounded, start, end) == unguarded, (path.name, start)
            compared += 1
    assert compared > 30


# ---------------------------------------------------------------- what cannot be moved


def test_two_fast_rules_cannot_be_moved_so_they_are_ignored() -> None:
    cal = calendar(
        """UID:two
        DTSTART:20130101T000000Z
        DTEND:20130101T000100Z
        RRULE:FREQ=MINUTELY
        RRULE:FREQ=DAILY"""
    )
    bounded, notes = bound_recurrences(cal, OCTOBER.start, OCTOBER.end)
    assert [str(n) for n in notes] == [
        "event two: RRULE:FREQ=MINUTELY: it has more than 50,000 occurrences before the period: "
        f"{IGNORED}{ADVICE}"
    ]
    assert len(occurrences(bounded, OCTOBER.start, OCTOBER.end)) == 31  # the daily rule


@pytest.mark.parametrize(
    ("rule", "per_day"),
    [("FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16,17,18,19,20,21,22,23", 15), ("FREQ=DAILY", 1)],
)
def test_an_override_far_ahead_does_not_make_the_expansion_walk_to_it(
    rule: str, per_day: int
) -> None:
    # recurring_ical_events looks an override of a lower SEQUENCE that has its own EXDATE up
    # in the rule, wherever it lies: here in 2999, 355,000 days after the period.
    cal = calendar(
        f"""UID:far
        SEQUENCE:2
        DTSTART:20260915T090000Z
        DTEND:20260915T090500Z
        RRULE:{rule}""",
        """UID:far
        SEQUENCE:1
        RECURRENCE-ID:29990101T090000Z
        DTSTART:29990101T100000Z
        DTEND:29990101T110000Z
        EXDATE:29990102T090000Z""",
    )
    bounded, notes = bound_recurrences(cal, OCTOBER.start, OCTOBER.end)
    assert [n.done for n in notes] == [
        "expanded only to the end of the period (an override of it lies more than 50,000 "
        "occurrences later)"
    ]
    started = time.process_time()
    found = occurrences(bounded, OCTOBER.start, OCTOBER.end)
    assert time.process_time() - started < 5
    assert len(found) == 31 * per_day


def random_series(rng: random.Random, index: int) -> str:
    """One ordinary series: a frequency no faster than every 6 hours, a start years before
    the period in one of several kinds of time, and some of the BYxxx parts exports use."""
    freq = rng.choice(["HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"])
    parts = [
        f"FREQ={freq}",
        f"INTERVAL={rng.randint(6, 13) if freq == 'HOURLY' else rng.randint(1, 4)}",
    ]
    if freq in {"DAILY", "WEEKLY"} and rng.random() < 0.6:
        parts.append("BYDAY=" + ",".join(rng.sample(["MO", "TU", "WE", "TH", "FR", "SA"], 2)))
    if freq == "MONTHLY":
        parts.append(rng.choice(["BYMONTHDAY=1,15,-1", "BYDAY=2TU", "BYDAY=MO,FR;BYSETPOS=-1", ""]))
    if freq == "YEARLY" and rng.random() < 0.5:
        parts.append("BYMONTH=3,9;BYDAY=-1SU")
    if rng.random() < 0.3:
        parts.append(f"COUNT={rng.randint(100, 9000)}")
    year = rng.randint(1995, 2024)
    stamp = f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    start = rng.choice([
        f"DTSTART;TZID=Europe/Berlin:{stamp}T0{rng.randint(0, 9)}3000",
        f"DTSTART;TZID=America/New_York:{stamp}T013000",
        f"DTSTART:{stamp}T120000Z",
        f"DTSTART:{stamp}T090000",
        f"DTSTART;VALUE=DATE:{stamp}",
    ])  # fmt: skip
    length = "DURATION:P1D" if "DATE:" in start else f"DURATION:PT{rng.randint(0, 300)}M"
    return f"UID:r{index}\n{start}\n{length}\nRRULE:{';'.join(p for p in parts if p)}"


def test_random_ordinary_series_expand_exactly_as_unguarded() -> None:
    rng = random.Random(18_4)
    cal = calendar(*(random_series(rng, i) for i in range(60)))
    assert_exact(cal, months((2026, 10), (2029, 2)))


def test_a_daily_grid_of_whole_weeks_that_misses_its_weekday_is_checked() -> None:
    # From a Monday every 7 days meets only Mondays: BYDAY=TU never matches, and unchecked
    # dateutil would search for a Tuesday until the year 9999 (half a second per series).
    cal = calendar(
        """UID:tuesdays
        DTSTART:20260105T090000Z
        DTEND:20260105T100000Z
        RRULE:FREQ=DAILY;INTERVAL=7;BYDAY=TU"""
    )
    bounded, notes = bound_recurrences(cal, OCTOBER.start, OCTOBER.end)
    assert [n.done for n in notes] == [f"it never occurs: {IGNORED}"]
    assert "RRULE" not in bounded.walk("VEVENT")[0]


def test_a_long_period_shares_one_series_allowance_among_its_months() -> None:
    (cal,) = read_calendars(DATA / "minutely_since_2013.ics")
    start, end = datetime(2000, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC)
    bounded, notes = bound_recurrences(cal, start, end)
    assert [n.done for n in notes] == [
        "more than 80 occurrences in a month: only the first 80 of each month are kept "
        "(pro rata for part of a month)"
    ]  # 30,000 shared by the 373 months; the series begins in 2013
    (master,) = [e for e in bounded.walk("VEVENT") if e["UID"] == "minute@example.com"]
    kept = [d.dt for d in master["RDATE"].dts]
    # January 2013 to December 2030, and the one at the span's very end (its sliver of
    # January 2031 keeps one, pro rata rounded up)
    assert len(kept) == 80 * (18 * 12) + 1
    assert "RRULE" not in master


# ---------------------------------------------------------------- a calendar's budgets


def test_many_hostile_series_keep_the_calendar_s_budget() -> None:
    counts = Counter(event.uid for event in fetch(DATA / "minutely_hundred_series.ics").events)
    assert counts.pop(PLANNING) == 1
    assert len(counts) == 100
    assert set(counts.values()) == {100}
    assert sum(counts.values()) <= FILE_OCCURRENCES_PER_MONTH


WEEKLY = {"one-to-one@example.com", "team@example.com", "review@example.com"}
DAY = timedelta(days=1)


def test_ordinary_series_beside_dense_ones_keep_every_occurrence() -> None:
    (cal,) = read_calendars(DATA / "dense_thirty_weekly_three.ics")
    alone = icalendar.Calendar(cal)
    alone.subcomponents = [c for c in cal.subcomponents if str(c.get("UID")) in WEEKLY]
    for start, end in months((2026, 10), (2027, 2)):
        bounded, notes = bound_recurrences(cal, start, end)
        assert [n.done for n in notes] == [SHARED.format(29, 332)]
        found = occurrences(bounded, start, end)
        assert [o for o in found if o[0] in WEEKLY] == occurrences(alone, start, end)
        month = recurring_ical_events.of(bounded).between(start + DAY, end - DAY)
        assert len(month) <= FILE_OCCURRENCES_PER_MONTH
    counts = Counter(e.uid for e in fetch(DATA / "dense_thirty_weekly_three.ics").events)
    weekly = {"one-to-one@example.com": 4, "team@example.com": 9, "review@example.com": 2}
    assert {uid: counts[uid] for uid in WEEKLY} == weekly  # Mondays; Tue, Thu; every other Fri
    assert {n for uid, n in counts.items() if uid.startswith("slot-")} == {332}
    assert sum(counts.values()) <= FILE_OCCURRENCES_PER_MONTH


def test_a_long_read_keeps_the_calendar_s_budget_for_the_read() -> None:
    (cal,) = read_calendars(DATA / "minutely_hundred_series.ics")
    start, end = datetime(2000, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC)
    started = time.process_time()
    bounded, notes = bound_recurrences(cal, start, end)
    assert time.process_time() - started < 10
    together = "the series of this calendar may have 402 occurrences a month together"
    assert [n.done for n in notes] == [
        f"{together}: it and 39 other series are cut to their first 10 of each month "
        "(pro rata for part of a month)",
        f"{together}, not 10 a month for each of its crowded series: it and 59 other series are "
        "ignored (each event keeps its DTSTART and any RDATE)",
    ]  # 150,000 for the read's 373 months: ten a month for the first 40 series
    assert [n.uid for n in notes] == ["minute-001@example.com", "minute-041@example.com"]
    kept = [d for e in bounded.walk("VEVENT") if "RDATE" in e for d in e["RDATE"].dts]
    assert len(kept) == 40 * (10 * 12 * 18 + 1)  # 2013 to 2030, and the sliver of 2031
    assert len(kept) <= FILE_OCCURRENCES_PER_READ
    assert not [e for e in bounded.walk("VEVENT") if "RRULE" in e]


def test_many_second_by_second_series_are_cut_without_walking_to_the_period() -> None:
    cal = calendar(
        *(
            f"""UID:tick-{i}
            DTSTART:20130101T000000Z
            DTEND:20130101T000001Z
            RRULE:FREQ=SECONDLY"""
            for i in range(100)
        )
    )
    (start, end), started = months((2026, 10))[0], time.process_time()
    bounded, notes = bound_recurrences(cal, start, end)
    assert time.process_time() - started < 10  # from two hours before each month: 18 s
    assert [n.done for n in notes] == [SHARED.format(99, 100)]
    found = Counter(o[0] for o in occurrences(bounded, OCTOBER.start, OCTOBER.end))
    assert set(found.values()) == {100}


def test_many_series_long_to_check_share_the_calendar_s_walk() -> None:
    # Moving each to the period walks its 100,000 occurrences to count what it skips: 32 s.
    cal = calendar(
        *(
            f"""UID:count-{i}
            DTSTART:20130101T000000Z
            DTEND:20130101T000030Z
            RRULE:FREQ=MINUTELY;BYSECOND=0;COUNT=100000"""
            for i in range(100)
        )
    )
    started = time.process_time()
    bounded, notes = bound_recurrences(cal, OCTOBER.start, OCTOBER.end)
    assert time.process_time() - started < 10
    assert [n.done for n in notes] == [
        "checking each would walk more than 10,000 occurrences, its share of the 1,000,000 the "
        "series of this calendar may walk together: it and 99 other series are ignored (each "
        "event keeps its DTSTART and any RDATE)"
    ]
    assert not [e for e in bounded.walk("VEVENT") if "RRULE" in e]


@pytest.mark.parametrize(
    ("most", "budget", "share"),
    [
        ([5, 33, 2], 100, None),
        ([3, 5, 10, *[2000] * 30], 10_000, Share(332, 30)),
        ([2000] * 100, 10_000, Share(100, 100)),
        ([2000] * 10_000, 10_000, Share(10, 1000)),  # ten a month for a thousand, no more
        ([5] * 100 + [2000] * 2000, 10_000, Share(10, 950)),  # the small ones keep their 500
    ],
)
def test_share_of(most: list[int], budget: int, share: Share | None) -> None:
    assert share_of(most, budget) == share


def random_rule(rng: random.Random) -> str:
    """A rule with the parts exports use, of a day or slower, or hourly with a few minutes;
    days of the month up to 28 and small BYSETPOS, so that every rule occurs."""
    freq = rng.choice(["HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"])
    parts = [f"FREQ={freq}", f"INTERVAL={rng.randint(1, 3)}"]
    days = rng.sample(["MO", "TU", "WE", "TH", "FR", "SA", "SU"], rng.randint(1, 4))
    if freq in {"MONTHLY", "YEARLY"} and rng.random() < 0.5:
        days = [f"{rng.choice([1, 2, -1])}{day}" if rng.random() < 0.6 else day for day in days]
    if rng.random() < 0.6:
        parts.append("BYDAY=" + ",".join(days))
    elif freq in {"MONTHLY", "YEARLY"} and rng.random() < 0.6:
        parts.append("BYMONTHDAY=" + ",".join(map(str, rng.sample(range(1, 29), 3))))
    if freq == "YEARLY" and rng.random() < 0.6:
        parts.append("BYMONTH=" + ",".join(map(str, rng.sample(range(1, 13), 2))))
    if freq != "HOURLY" and rng.random() < 0.4:
        parts.append("BYHOUR=" + ",".join(map(str, rng.sample(range(24), rng.randint(1, 4)))))
    if rng.random() < 0.3:
        parts.append("BYMINUTE=" + ",".join(map(str, rng.sample(range(60), rng.randint(1, 3)))))
    if freq in {"MONTHLY", "YEARLY"} and "BYDAY" in parts[-1] and rng.random() < 0.3:
        parts.append("BYSETPOS=1")
    return ";".join(parts)


def test_a_rule_never_has_more_in_a_month_than_its_bound() -> None:
    # Counted in UTC months, for rules on a Berlin clock with its changes.
    rng, berlin = random.Random(2026_10), ZoneInfo("Europe/Berlin")
    lo, hi = datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 4, 1, tzinfo=UTC)
    for _ in range(120):
        text = random_rule(rng)
        start = datetime(2025, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), 30)
        found = rrulestr(text, dtstart=start.replace(tzinfo=berlin)).between(lo, hi)
        per_month = Counter((o.astimezone(UTC).year, o.astimezone(UTC).month) for o in found)
        assert max(per_month.values(), default=0) <= most_per_month(parts_of(text) or {}), text


# ---------------------------------------------------------------- time zones


@pytest.mark.parametrize("name", sorted(ZONE_CASES))
def test_hostile_time_zone_is_ignored_and_its_name_read(name: str) -> None:
    tzid, rule, why, read, zone = ZONE_CASES[name]
    path = DATA / name
    started = time.process_time()
    batch = fetch(path, tz=OWNER)
    assert time.process_time() - started < 20  # unguarded, some are killed after a minute
    assert batch.problems == [
        f'{path}: time zone "{tzid}": {rule}: {why}: the VTIMEZONE is ignored and {read}'
        f"{ZONE_ADVICE}"
    ]
    assert batch.kept_calendars == {str(path)}
    assert batch.failed == []
    zoned = [e for e in batch.events if e.uid == "zoned@example.com"]
    assert [e.start for e in zoned] == [
        datetime(2026, 10, day, 9, tzinfo=ZoneInfo(zone)) for day in (12, 19, 26)
    ]
    assert {e.tz for e in zoned} == {zone}
    assert Counter(e.uid for e in batch.events)[PLANNING] == 1


def test_an_ignored_zone_never_reaches_icalendar_so_no_file_sees_it(tmp_path: Path) -> None:
    # icalendar keeps the zones it builds for the whole process, by TZID: had it built this
    # one, every later file naming "Custom Zone" would convert through INTERVAL=0.
    hostile = DATA / "vtimezone_interval_zero.ics"
    new_york = [datetime(2026, 10, day, 9, tzinfo=ZoneInfo(OWNER)) for day in (12, 19, 26)]
    assert [e.start for e in fetch(hostile, tz=OWNER).events if e.uid != PLANNING] == new_york
    assert tzp.timezone("Custom Zone") is None
    sane = tmp_path / "sane.ics"  # the same zone with a sane rule: icalendar builds this one
    sane.write_bytes(hostile.read_bytes().replace(b"INTERVAL=0;", b""))
    batch = fetch(sane, tz=OWNER)
    assert batch.problems == []
    berlin = [datetime(2026, 10, day, 9, tzinfo=ZoneInfo("Europe/Berlin")) for day in (12, 19, 26)]
    assert [e.start for e in batch.events if e.uid != PLANNING] == berlin
    assert [e.start for e in fetch(hostile, tz=OWNER).events if e.uid != PLANNING] == new_york


SPELLINGS = [
    "BEGIN:VTIMEZONE", "begin:vtimezone", "BEGIN:VTIME\r\n ZONE", "BEGIN:Vtımezone",
    "BEG IN:VTIMEZONE", "BEGIN;X-A=1:VTIMEZONE",
]  # fmt: skip


@pytest.mark.parametrize("begin", SPELLINGS)
def test_a_zone_is_found_however_its_begin_is_written(begin: str) -> None:
    text = (DATA / "vtimezone_interval_zero.ics").read_bytes().decode()
    content = text.replace("BEGIN:VTIMEZONE", begin, 1)
    kept, notes = sane_zones(content.encode())
    assert [note.tzid for note in notes] == ["Custom Zone"]
    lines = Contentlines.from_ical(kept)  # type: ignore[no-untyped-call]
    assert [line for line in lines if "TZOFFSET" in line or "STANDARD" in line] == []
    assert [line for line in lines if line.startswith("DTSTART;TZID=Custom Zone")] != []
    # icalendar reads the spelling as a VTIMEZONE (shown with a sane one, of a name of its own)
    name = f"Spelling {SPELLINGS.index(begin)}"
    sane = content.replace("INTERVAL=0;", "").replace("Custom Zone", name)
    assert [str(z["TZID"]) for z in icalendar.Calendar.from_ical(sane).walk("VTIMEZONE")] == [name]


@pytest.mark.parametrize("name", ["dst_fall_back_new_york.ics", "recurrence_moved_instance.ics"])
def test_a_file_without_a_hostile_zone_is_handed_over_as_it_came(name: str) -> None:
    content = (ICS_DATA / name).read_bytes()
    assert sane_zones(content) == (content, [])


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "FREQ=YEARLY;UNTIL=20061029T010000Z;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8;BYMONTH=10",
        "FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=10",
        "FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=3;BYDAY=-1SU",
        "FREQ=YEARLY;COUNT=15;BYDAY=-1SU;BYMONTH=9",
        "FREQ=YEARLY;BYDAY=-1SU",
    ],
)
def test_real_zone_rules_are_sane(text: str) -> None:  # as the corpus' zones write them
    assert zone_rule_problem(text, 1601) is None


@pytest.mark.parametrize(
    ("text", "year", "problem"),
    [
        ("FREQ=DAILY", 1970, "FREQ=DAILY is not YEARLY"),
        ("BYMONTH=3", 1970, "no FREQ"),
        ("FREQ=YEARLY;INTERVAL=-2", 1970, "INTERVAL=-2 is below 1"),
        ("FREQ=YEARLY;COUNT=1001", 1970, "COUNT=1001 is above 1,000"),
        ("FREQ=YEARLY;COUNT=x", 1970, "COUNT=X is not a number"),
        ("FREQ=YEARLY;BYDAY=SU", 1970, "it can occur 60 times a year"),
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;BYMINUTE=0,30", 1970, None),
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12", 1970,
         "it can occur 13 times a year"),
        ("FREQ=YEARLY;BYSETPOS=1;BYMONTH=3;BYDAY=SU", 1970,
         "BYSETPOS is no part of a time zone's rule"),
        ("FREQ=YEARLY;BYMONTH=13", 1970, "BYMONTH=13 is not a list of numbers from 1 to 12"),
        ("FREQ=YEARLY;X-FOO=1", 1970, "dateutil cannot read this rule"),
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", 1599, "it starts in the year 1599, before 1600"),
    ],
)  # fmt: skip
def test_zone_rule_problem(text: str, year: int, problem: str | None) -> None:
    assert zone_rule_problem(text, year) == problem


def test_a_broken_start_is_left_for_the_expansion_to_report(tmp_path: Path) -> None:
    # Found by test_fuzz: icalendar raises, not returns None, for .dt of a broken DTSTART,
    # and neither the shortcut's test nor the reading of an ignored zone's times may let it
    # sink the file: the event is skipped and said, the others load.
    cal = calendar(
        """UID:broken
        DTSTART:20134907T120000
        DTEND:20130107T130000Z
        RRULE:FREQ=DAILY"""
    )
    assert bound_recurrences(cal, OCTOBER.start, OCTOBER.end)[1] == []
    path = tmp_path / "broken.ics"
    hostile = (DATA / "vtimezone_interval_zero.ics").read_bytes()
    path.write_bytes(hostile.replace(b"Zone:20261012T09", b"Zone:20264912T09"))
    batch = fetch(path, tz=OWNER)
    assert [line.split(": ")[1] for line in batch.problems] == [
        'time zone "Custom Zone"',
        "skipped event zoned@example.com, which could not be read",
    ]
    assert [e.uid for e in batch.events] == [PLANNING]
