"""Multi-day timed events (an offsite, a conference) count only the working hours of the
days they cover; overnight events shorter than a day count as they are. One small .ics per
case through the whole pipeline, as `audit` runs it: allocation, the monthly pieces, working
capacity and the unscheduled hours, and the week grid all see the same clipped time."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.audit.test_allocate import at, build, event
from tests.audit.test_counting_ics import COUNTING, OWNER, audit, only
from timeaudit.audit import allocate as al
from timeaudit.audit.insights import week_grid
from timeaudit.audit.pipeline import AuditResult
from timeaudit.render.view import person_view

BERLIN = "Europe/Berlin"


def grid_by_day(result: AuditResult) -> dict[int, float]:
    """Counted work hours per local weekday (0 = Monday) of the week grid, as the report
    builds it (the period's window)."""
    window = result.period.bounds(BERLIN)
    grid = week_grid(result.events.assign(category="strategy"), BERLIN, window)
    by_day = grid.groupby("weekday")["hours"].sum()
    return dict(zip(by_day.index.astype(int), by_day.to_numpy(dtype=float), strict=True))


def grid_hours(result: AuditResult) -> set[int]:
    window = result.period.bounds(BERLIN)
    grid = week_grid(result.events.assign(category="strategy"), BERLIN, window)
    return {int(h) for h in grid.loc[grid["hours"] > 0, "hour"]}


def unscheduled(result: AuditResult) -> float:
    return person_view(result, result.people[0]).coverage.unscheduled


def test_an_offsite_from_monday_to_wednesday_counts_three_working_days(tmp_path: Path) -> None:
    result = audit(COUNTING / "multiday_offsite.ics", "2026-03", tmp_path)
    row = only(result)
    assert row["counted"]
    # Mon 09:00-18:00, Tue 08:00-18:00, Wed 08:00-17:00 in working hours 8-18: not 56 h
    assert row["hours"] == pytest.approx(9 + 10 + 9)
    assert grid_by_day(result) == pytest.approx({0: 9.0, 1: 10.0, 2: 9.0})
    assert grid_hours(result) == set(range(8, 18))  # nothing at night
    # March 2026 has 22 weekdays of 10 working hours; the offsite fills 28 of them
    assert result.capacity[OWNER] == pytest.approx(220.0)
    assert unscheduled(result) == pytest.approx(220.0 - 28.0)


def test_a_conference_from_friday_to_monday_leaves_the_weekend_empty(tmp_path: Path) -> None:
    result = audit(COUNTING / "multiday_conference_weekend.ics", "2026-03", tmp_path)
    assert only(result)["hours"] == pytest.approx(9 + 9)  # Fri 09-18 and Mon 08-17
    days = grid_by_day(result)
    assert days == pytest.approx({0: 9.0, 4: 9.0})
    assert 5 not in days and 6 not in days


def test_an_incident_from_22_to_02_still_counts_four_hours(tmp_path: Path) -> None:
    result = audit(COUNTING / "overnight_incident.ics", "2026-03", tmp_path)
    assert only(result)["hours"] == pytest.approx(4.0)
    assert grid_by_day(result) == pytest.approx({1: 2.0, 2: 2.0})  # Tue 22-24, Wed 00-02
    assert grid_hours(result) == {22, 23, 0, 1}


def test_a_multi_day_event_across_a_month_end_splits_its_working_hours(tmp_path: Path) -> None:
    """Thursday 29 October 09:00 to Monday 2 November 17:00: Thu 9 h and Fri 10 h in October,
    the weekend not at all, Mon 9 h in November."""
    october = audit(COUNTING / "multiday_month_end.ics", "2026-10", tmp_path / "o")
    november = audit(COUNTING / "multiday_month_end.ics", "2026-11", tmp_path / "n")
    assert only(october)["hours"] == pytest.approx(19.0)
    assert only(november)["hours"] == pytest.approx(9.0)
    pieces = november.pieces.groupby("period")["hours"].sum()
    assert pieces.to_dict() == pytest.approx({"2026-10": 19.0, "2026-11": 9.0})
    assert grid_by_day(october) == pytest.approx({3: 9.0, 4: 10.0})
    assert grid_by_day(november) == pytest.approx({0: 9.0})


def test_a_multi_day_absence_is_days_away_not_busy_time(tmp_path: Path) -> None:
    """Out of office from Monday 12:00 to Friday 12:00 (Outlook's OOF, with times): excluded
    like an all-day absence, and the five days it takes leave the working capacity."""
    result = audit(COUNTING / "multiday_out_of_office.ics", "2026-04", tmp_path)
    row = only(result)
    assert not row["counted"]
    assert row["excluded_reason"] == al.REASON_OUT_OF_OFFICE
    assert row["hours"] == 0
    # April 2026: 22 weekdays, Monday 20 to Friday 24 away
    assert result.capacity[OWNER] == pytest.approx((22 - 5) * 10.0)


def test_multi_day_is_more_than_a_day_on_the_owners_clock() -> None:
    def frame(start: str, end: str, all_day: bool = False) -> pd.DataFrame:
        return pd.DataFrame(
            {
                "start": [pd.Timestamp(start, tz=BERLIN)],
                "end": [pd.Timestamp(end, tz=BERLIN)],
                "all_day": [all_day],
                "person_tz": [BERLIN],
            }
        )

    assert al.multi_day(frame("2026-03-09 09:00", "2026-03-11 17:00")).tolist() == [True]
    assert al.multi_day(frame("2026-03-17 22:00", "2026-03-18 02:00")).tolist() == [False]
    # exactly a day (a 24-hour hackathon) is lived through: it counts as it is
    assert al.multi_day(frame("2026-03-13 12:00", "2026-03-14 12:00")).tolist() == [False]
    # 24 hours on the clock across the autumn change are 25 real hours: still not more
    assert al.multi_day(frame("2026-10-24 12:00", "2026-10-25 12:00")).tolist() == [False]
    assert al.multi_day(frame("2026-03-09", "2026-03-12", all_day=True)).tolist() == [False]


def test_a_weekend_the_event_says_it_is_on_counts() -> None:
    """A hackathon from Saturday 10:00 to Sunday 16:00 starts and ends on the weekend: those
    days count (in working hours); a Friday-to-Monday event's Saturday and Sunday do not."""
    frame = pd.DataFrame(
        {
            "start": pd.to_datetime(["2026-03-14 10:00", "2026-03-13 09:00"]).tz_localize(BERLIN),
            "end": pd.to_datetime(["2026-03-15 16:00", "2026-03-16 17:00"]).tz_localize(BERLIN),
            "all_day": [False, False],
            "person_tz": [BERLIN, BERLIN],
            al.WORK_START: [9.0, 9.0],
            al.WORK_END: [17.0, 17.0],
        }
    )
    spans = al.working_spans(frame)
    hours = ((spans["b"] - spans["a"]) / 3.6e9).groupby(spans["pos"]).sum()
    assert hours.to_dict() == pytest.approx({0: 7.0 + 7.0, 1: 8.0 + 8.0})


def test_overlaps_are_shared_with_the_clipped_time_only() -> None:
    """A meeting inside the offsite's working hours shares them; a team dinner at 20:00 is
    outside them, so it shares nothing and the offsite's nights are nobody's time."""
    offsite = event(at(2026, 3, 9, 9), at(2026, 3, 11, 17), title="Offsite")
    meeting = event(at(2026, 3, 10, 10), at(2026, 3, 10, 11), title="Board call")
    dinner = event(at(2026, 3, 10, 20), at(2026, 3, 10, 22), title="Team dinner")
    start, end = al.month_bounds(BERLIN, "2026-03")
    got = al.allocate(build([offsite, meeting, dinner]), start, end)
    hours = got.groupby("row")["hours"].sum().to_dict()
    assert hours == pytest.approx({0: 28.0 - 0.5, 1: 0.5, 2: 2.0})
    assert got["hours"].sum() == pytest.approx(28.0 + 2.0)  # the union of the clipped time
