"""Rhythm items (issue 15): one small ICS file per edge case in tests/data/rhythm/items/,
through the ICS connector, the stored frame, the counting rules, :func:`occurrences` and
:func:`rhythm_items`, as the audit runs them. Lea's calendar, Europe/Berlin; October 2026
(22 working days) is the period and the audit has read back to 1 November 2025."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pytest

from timeaudit.audit.allocate import counting, days_off
from timeaudit.audit.one_on_ones import Span
from timeaudit.audit.rhythm_pack import configured, default_rhythm_pack
from timeaudit.audit.rhythms import (
    AMBER,
    GREEN,
    RED,
    RhythmItem,
    RhythmTable,
    occurrences,
    plus_months,
    rhythm_items,
    working_days,
)
from timeaudit.config.types import RhythmConfig
from timeaudit.connectors.contract import SourceSpec, Window
from timeaudit.connectors.ics import IcsConnector
from timeaudit.store.frames import events_to_frame

DATA = Path(__file__).resolve().parents[1] / "data" / "rhythm" / "items"
LEA = "lea@example.com"
TZ = "Europe/Berlin"
HISTORY = date(2025, 11, 1)
OCTOBER = Span(date(2026, 10, 1), date(2026, 11, 1), HISTORY)
NOVEMBER = Span(date(2026, 11, 1), date(2026, 12, 1), HISTORY)
SEPTEMBER = Span(date(2026, 9, 1), date(2026, 10, 1), HISTORY)
READ = Window(datetime(2025, 10, 31, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))


def frame_of(*names: str) -> pd.DataFrame:
    spec = SourceSpec("lea", "ics", LEA, TZ, {"path": list(names)}, base_dir=DATA)
    frame = events_to_frame(IcsConnector(spec).fetch(READ, None).events)
    return frame.join(counting(frame))


def table(*names: str, span: Span = OCTOBER, rhythms: tuple[RhythmConfig, ...] = ()) -> RhythmTable:
    frame = frame_of(*names)
    recognisers = (*configured(rhythms), *default_rhythm_pack().recognisers)
    found = occurrences(frame, recognisers)
    away = days_off(frame).get(LEA, frozenset())
    return rhythm_items(found, LEA, TZ, recognisers, span, away)


def only(t: RhythmTable) -> RhythmItem:
    assert len(t.items) == 1, t.items
    return t.items[0]


def numbers(item: RhythmItem) -> tuple[object, ...]:
    return (item.expected, item.held, item.declined, item.cancelled, item.away, item.status)


def test_a_declined_and_a_cancelled_occurrence_of_a_weekly_meeting() -> None:
    """Mondays 5, 12 (declined), 19 (cancelled) and 26 October; 22 working days expect 4."""
    item = only(table("declined_and_cancelled.ics"))
    assert (item.id, item.name, item.cadence) == (
        "leadership-team",
        "Leadership team meeting",
        "weekly",
    )
    assert numbers(item) == (4, 3, 1, 1, 0, AMBER)
    assert item.reason == (
        "weekly, 4 expected, 3 held, you declined 1, 1 cancelled (amber: you were at 2 of 4)"
    )
    assert item.last_held == date(2026, 10, 26)


def test_a_moved_occurrence_counts_once_where_it_moved_to() -> None:
    """Fridays; 9 October moved to Thursday 15th (same period), 30 October moved to Monday 2
    November (the next period)."""
    october = only(table("moved.ics"))
    assert numbers(october) == (4, 4, 0, 0, 0, GREEN)  # 2, 15, 16, 23 October
    assert october.reason == "weekly, 4 expected, 4 held (green: you were at every one expected)"
    november = only(table("moved.ics", span=NOVEMBER))
    assert numbers(november) == (4, 5, 0, 0, 0, GREEN)  # 2 (moved), 6, 13, 20, 27 November


def test_a_holiday_and_a_week_of_leave_are_absence_not_a_missed_rhythm() -> None:
    """Tuesdays; 13 October a public holiday (out of office all day, the meeting cancelled),
    19-23 October on leave (the meeting declined). 4 slots less the 2 occurrences excused."""
    item = only(table("holiday_and_leave.ics"))
    assert numbers(item) == (2, 2, 0, 0, 2, GREEN)
    assert item.reason == (
        "weekly, 2 expected, 2 held, 2 while you were away (green: you were at every one expected)"
    )


def test_a_cancelled_series_has_no_status() -> None:
    item = only(table("cancelled_series.ics"))
    assert numbers(item) == (0, 0, 0, 4, 0, "")
    assert item.reason == "weekly; its series was cancelled, so none is expected (no status)"
    assert table("cancelled_series.ics").behind == ()


def test_a_new_series_carries_on_from_the_day_it_was_first_seen() -> None:
    """The old Monday series cancelled, a new Wednesday one from 14 October: 13 working days
    from then expect 3 (14, 21, 28 October)."""
    item = only(table("cancelled_series.ics", "new_series.ics"))
    assert numbers(item) == (3, 3, 0, 0, 0, GREEN)


def test_a_quarterly_review_missed_in_its_quarter_is_red() -> None:
    qbr = {i.id: i for i in table("quarterly.ics").items}["quarterly-business-review"]
    assert numbers(qbr) == (1, 0, 0, 0, 0, RED)
    assert (qbr.last_held, qbr.due) == (date(2026, 7, 14), date(2026, 10, 14))
    assert qbr.reason == (
        "quarterly, 1 expected, 0 held, last held 14 Jul, due by 14 Oct "
        "(red: not held in its quarter)"
    )


def test_a_quarterly_item_is_judged_on_the_trailing_window() -> None:
    september = {i.id: i for i in table("quarterly.ics", span=SEPTEMBER).items}
    qbr = september["quarterly-business-review"]
    assert numbers(qbr) == (0, 0, 0, 0, 0, GREEN)
    assert qbr.reason.endswith("due by 14 Oct (green: not due before the period's end)")
    board = {i.id: i for i in table("quarterly.ics").items}["board"]
    assert numbers(board) == (1, 1, 0, 0, 0, GREEN)
    assert board.reason == (
        "quarterly, 1 expected, 1 held, last held 8 Oct, due by 8 Jan 2027 (green: held on time)"
    )


def test_items_are_named_by_their_recogniser_never_by_a_title() -> None:
    t = table("quarterly.ics")
    assert [i.name for i in t.items] == ["Board meeting", "Quarterly business review"]
    assert not any("secret" in i.reason or "layoffs" in i.reason for i in t.items)


def test_a_config_rhythm_wins_over_the_pack_and_one_matching_nothing_is_named() -> None:
    mine = (
        RhythmConfig("Monday LT", "weekly", title="^leadership team$"),
        RhythmConfig("Ops review", "weekly", title="ops review"),
    )
    t = table("declined_and_cancelled.ics", rhythms=mine)
    assert [(i.name, i.origin, i.held) for i in t.items] == [("Monday LT", "config", 3)]
    assert t.unmatched == (
        "rhythm 'Ops review' matched no meeting in the period (nor since 1 Nov 2025): check "
        "its title, attendees or series in the config",
    )


def test_a_config_rhythm_by_series_or_attendees_and_only_for_its_people() -> None:
    by_series = (RhythmConfig("Fridays", "weekly", series="TEAM-FRIDAY@rhythm.test"),)
    assert [i.name for i in table("moved.ics", rhythms=by_series).items] == ["Fridays"]
    by_people = (RhythmConfig("With Bo and Cy", "weekly", attendees=("bo@example.com",)),)
    assert [i.name for i in table("moved.ics", rhythms=by_people).items] == ["With Bo and Cy"]
    elsewhere = (RhythmConfig("Not Lea's", "weekly", title="team", people=("max@example.com",)),)
    t = table("moved.ics", rhythms=elsewhere)
    assert [i.name for i in t.items] == ["Team stand-up or weekly"] and t.unmatched == ()


def test_a_stopped_series_is_red_then_retired() -> None:
    """The Friday series ends on 27 November: December (23 working days) expects 5 and gets
    none; by January it was last seen more than four weeks before the period, and is gone."""
    december = only(table("moved.ics", span=Span(date(2026, 12, 1), date(2027, 1, 1), HISTORY)))
    assert numbers(december) == (5, 0, 0, 0, 0, RED)
    assert december.reason == "weekly, 5 expected, 0 held (red: you were at 0 of 5)"
    january = table("moved.ics", span=Span(date(2027, 1, 1), date(2027, 2, 1), HISTORY))
    assert january.items == ()
    mine = (RhythmConfig("Fridays", "weekly", title="team weekly"),)
    kept = table("moved.ics", span=Span(date(2027, 1, 1), date(2027, 2, 1), HISTORY), rhythms=mine)
    assert [(i.name, i.status) for i in kept.items] == [("Fridays", RED)]


def test_mid_period_only_what_happened_up_to_today_counts() -> None:
    """Audited at the end of 14 October: 5 and 12 October held (12th declined)."""
    item = only(
        table("declined_and_cancelled.ics", span=Span(OCTOBER.first, date(2026, 10, 15), HISTORY))
    )
    assert numbers(item) == (2, 2, 1, 0, 0, AMBER)


@pytest.mark.parametrize(
    ("first", "end", "away", "days"),
    [
        (date(2026, 10, 1), date(2026, 11, 1), (), 22),
        (date(2026, 10, 1), date(2026, 11, 1), (date(2026, 10, 3), date(2026, 10, 5)), 21),
        (date(2026, 10, 5), date(2026, 10, 5), (), 0),
    ],
)
def test_working_days(first: date, end: date, away: tuple[date, ...], days: int) -> None:
    assert working_days(first, end, away) == days


def test_plus_months_keeps_the_day_or_takes_the_months_last() -> None:
    assert plus_months(date(2026, 7, 14), 3) == date(2026, 10, 14)
    assert plus_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
