"""Which series skip the full recurrence check (:func:`plain`): the ones whose expansion is
bounded as written. Everything a hostile rule needs (a fast frequency, a zero interval, a
count in the millions, a day that never comes, a start decades back) keeps the full check."""

from __future__ import annotations

from datetime import UTC, datetime

import icalendar
import pytest

from timeaudit.connectors.kit.recurrence import plain

START = datetime(2026, 10, 1, tzinfo=UTC)


def master(rule: str, dtstart: str = "20260105T090000Z", extra: str = "") -> icalendar.Component:
    lines = ["BEGIN:VEVENT", "UID:x", f"DTSTART:{dtstart}", f"RRULE:{rule}", extra, "END:VEVENT"]
    return icalendar.Event.from_ical("\r\n".join(line for line in lines if line) + "\r\n")


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;UNTIL=20261101T000000Z",
        "FREQ=WEEKLY;INTERVAL=2",
        "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=200",
        "FREQ=MONTHLY;BYDAY=1TU",
        "FREQ=MONTHLY;BYDAY=-1FR;WKST=MO",
        "FREQ=YEARLY",
    ],
)
def test_everyday_series_are_plain(rule: str) -> None:
    assert plain(master(rule), START)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=MINUTELY",  # thousands a day
        "FREQ=HOURLY;UNTIL=20261101T000000Z",
        "FREQ=DAILY;INTERVAL=0",  # dateutil loops for ever
        "FREQ=DAILY;COUNT=50000000",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",  # never occurs: searched until 9999
        "FREQ=MONTHLY;BYDAY=5TU",  # not every month has one
        "FREQ=DAILY;BYHOUR=9,10,11",
        "FREQ=WEEKLY;BYSETPOS=1;BYDAY=MO",
        "FREQ=FORTNIGHTLY",
    ],
)
def test_anything_that_could_run_away_is_checked(rule: str) -> None:
    assert not plain(master(rule), START)


def test_a_series_from_long_before_the_period_is_checked() -> None:
    assert not plain(master("FREQ=WEEKLY", dtstart="20130105T090000Z"), START)
    assert plain(master("FREQ=WEEKLY", dtstart="20251201"), START)  # a date, months before


def test_an_exrule_is_checked() -> None:
    assert not plain(master("FREQ=WEEKLY", extra="EXRULE:FREQ=MONTHLY"), START)


def test_a_naive_period_start_reads_as_utc() -> None:
    assert plain(master("FREQ=WEEKLY"), START.replace(tzinfo=None))
