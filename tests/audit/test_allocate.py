"""Counting rules, local periods, overlap division and working capacity."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pytest

from timeaudit.audit import allocate as al
from timeaudit.audit import periods
from timeaudit.classify.context import PersonContext, add_context
from timeaudit.errors import UsageError
from timeaudit.model import Busy, Event, Kind, Response, Status
from timeaudit.store.frames import events_to_frame

BERLIN = ZoneInfo("Europe/Berlin")
ANA = "ana@example.com"  # Europe/Berlin
BEN = "ben@example.com"  # America/New_York
UMA = "uma@example.com"  # UTC
PEOPLE = {
    ANA: PersonContext(ANA, "Europe/Berlin", "executive"),
    BEN: PersonContext(BEN, "America/New_York", "manager"),
    UMA: PersonContext(UMA, "UTC", "manager"),
}


def at(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, tz: ZoneInfo = BERLIN
) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=tz)


def utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def event(start: datetime, end: datetime, owner: str = ANA, **fields: Any) -> Event:
    uid = f"{owner}-{start.isoformat()}-{end.isoformat()}-{sorted(fields.items())}"
    return Event(source="test", owner=owner, uid=uid, start=start, end=end, **fields)


def build(events: Iterable[Event]) -> pd.DataFrame:
    """The frame the pipeline hands to allocate(): stored + context + counting columns."""
    frame = add_context(events_to_frame(events), PEOPLE)
    return frame.join(al.counting(frame))


def run(events: Sequence[Event], month: str = "2026-10", tz: str = "Europe/Berlin") -> pd.DataFrame:
    start, end = al.month_bounds(tz, month)
    return al.allocate(build(events), start, end)


def hours_by_row(result: pd.DataFrame) -> dict[int, float]:
    sums = result.groupby("row")["hours"].sum()
    pairs = zip(sums.index.to_numpy(np.int64), sums.to_numpy(np.float64), strict=True)
    return {int(row): float(hours) for row, hours in pairs}


# --- counting -------------------------------------------------------------------------------

NINE, TEN = at(2026, 10, 6, 9), at(2026, 10, 6, 10)
DAY, NEXT_DAY = at(2026, 10, 6), at(2026, 10, 7)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"status": Status.CANCELLED}, al.REASON_CANCELLED),
        ({"response": Response.DECLINED}, al.REASON_DECLINED),
        ({"kind": Kind.WORKING_LOCATION}, al.REASON_WORKING_LOCATION),
        ({"kind": Kind.BIRTHDAY}, al.REASON_BIRTHDAY),
        ({"busy": Busy.FREE}, al.REASON_FREE),
        ({"busy": Busy.WORKING_ELSEWHERE}, al.REASON_WORKING_ELSEWHERE),
    ],
)
def test_each_timed_exclusion_has_its_reason(fields: dict[str, Any], reason: str) -> None:
    got = al.counting(build([event(NINE, TEN, **fields)]))
    assert got.to_dict("records") == [{"counted": False, "excluded_reason": reason}]


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({}, al.REASON_ALL_DAY),
        ({"busy": Busy.OUT_OF_OFFICE}, al.REASON_OUT_OF_OFFICE),
        ({"kind": Kind.OUT_OF_OFFICE}, al.REASON_OUT_OF_OFFICE),
    ],
)
def test_all_day_events_are_excluded(fields: dict[str, Any], reason: str) -> None:
    got = al.counting(build([event(DAY, NEXT_DAY, all_day=True, **fields)]))
    assert got["excluded_reason"].tolist() == [reason]


def test_a_timed_absence_of_whole_local_days_is_a_day_off() -> None:
    """Google gives every out-of-office event times; from midnight to midnight in its zone
    it is the same day off as an all-day one from ICS or Graph."""
    berlin = ZoneInfo("Europe/Berlin")
    whole = event(
        at(2026, 10, 6, tz=berlin),
        at(2026, 10, 8, tz=berlin),
        busy=Busy.OUT_OF_OFFICE,
        kind=Kind.OUT_OF_OFFICE,
        tz="Europe/Berlin",
    )
    afternoon = event(
        at(2026, 10, 9, 13, tz=berlin),
        at(2026, 10, 9, 18, tz=berlin),
        busy=Busy.OUT_OF_OFFICE,
        tz="Europe/Berlin",
    )
    meeting = event(at(2026, 10, 12, tz=berlin), at(2026, 10, 13, tz=berlin), tz="Europe/Berlin")
    frame = build([whole, afternoon, meeting])
    assert al.counting(frame)["excluded_reason"].tolist() == [al.REASON_OUT_OF_OFFICE, "", ""]
    assert al.days_off(frame) == {ANA: frozenset({date(2026, 10, 6), date(2026, 10, 7)})}


def test_one_meeting_on_two_of_a_persons_calendars_counts_once() -> None:
    """The same occurrence (iCalendar UID, recurrence id) from two sources of one owner
    counts once, from the source listed first; another owner's copy is theirs."""
    both = {"ical_uid": "kickoff@acme.example"}
    rows = [
        replace(event(NINE, TEN, **both), source="export"),
        replace(event(NINE, TEN, **both), source="google"),
        replace(event(NINE, TEN, owner=BEN, **both), source="google"),
        replace(event(NINE, TEN), source="google"),  # no iCalendar UID known: never a copy
        replace(event(NINE, TEN), source="export"),
    ]
    frame = al.mark_copies(build(rows), {ANA: ["google", "export"], BEN: ["google"]})
    assert frame["duplicate"].tolist() == [True, False, False, False, False]
    reasons = al.counting(frame)["excluded_reason"].tolist()
    assert reasons == [al.REASON_COPY, "", "", "", ""]


def test_zero_length_event_is_excluded() -> None:
    got = al.counting(build([event(NINE, NINE)]))
    assert got["excluded_reason"].tolist() == [al.REASON_ZERO_LENGTH]


@pytest.mark.parametrize("response", sorted(al.ATTENDING))
@pytest.mark.parametrize("busy", sorted(al.BLOCKING))
def test_attended_blocking_timed_events_count(response: str, busy: str) -> None:
    got = al.counting(build([event(NINE, TEN, response=Response(response), busy=Busy(busy))]))
    assert got.to_dict("records") == [{"counted": True, "excluded_reason": ""}]


@pytest.mark.parametrize("kind", [Kind.OUT_OF_OFFICE, Kind.FOCUS_TIME])
def test_timed_out_of_office_and_focus_time_count(kind: Kind) -> None:
    assert al.counting(build([event(NINE, TEN, kind=kind)]))["counted"].tolist() == [True]


@pytest.mark.parametrize(
    ("start", "end", "fields", "reason"),
    [
        (DAY, NEXT_DAY, {"status": Status.CANCELLED, "response": Response.DECLINED,
                         "all_day": True}, al.REASON_CANCELLED),
        (DAY, NEXT_DAY, {"response": Response.DECLINED, "all_day": True,
                         "busy": Busy.OUT_OF_OFFICE}, al.REASON_DECLINED),
        (DAY, NEXT_DAY, {"all_day": True, "busy": Busy.FREE}, al.REASON_ALL_DAY),
        (DAY, NEXT_DAY, {"all_day": True, "kind": Kind.BIRTHDAY}, al.REASON_ALL_DAY),
        (DAY, NEXT_DAY, {"all_day": True, "kind": Kind.OUT_OF_OFFICE, "busy": Busy.FREE},
         al.REASON_OUT_OF_OFFICE),
        (NINE, TEN, {"kind": Kind.WORKING_LOCATION, "busy": Busy.FREE},
         al.REASON_WORKING_LOCATION),
        (NINE, TEN, {"kind": Kind.BIRTHDAY, "busy": Busy.FREE}, al.REASON_BIRTHDAY),
        (NINE, NINE, {"busy": Busy.FREE}, al.REASON_FREE),
        (NINE, NINE, {"busy": Busy.WORKING_ELSEWHERE}, al.REASON_WORKING_ELSEWHERE),
    ],
)  # fmt: skip
def test_first_applicable_reason_wins(
    start: datetime, end: datetime, fields: dict[str, Any], reason: str
) -> None:
    got = al.counting(build([event(start, end, **fields)]))
    assert got["excluded_reason"].tolist() == [reason]


def test_unknown_values_are_not_counted() -> None:
    frame = build([event(NINE, TEN), event(NINE, TEN, owner=BEN)])
    frame.loc[0, "response"] = "maybe"
    frame.loc[1, "busy"] = "away"
    assert al.counting(frame)["excluded_reason"].tolist() == [al.REASON_UNKNOWN] * 2


def test_counting_keeps_the_index_and_types() -> None:
    frame = build([event(NINE, TEN), event(NINE, TEN, busy=Busy.FREE)])
    frame.index = pd.Index(["x", "y"])
    got = al.counting(frame)
    assert got.index.tolist() == ["x", "y"]
    assert got.columns.tolist() == ["counted", "excluded_reason"]
    assert got["counted"].dtype == bool
    assert got["excluded_reason"].tolist() == ["", al.REASON_FREE]


def test_counting_an_empty_frame() -> None:
    got = al.counting(add_context(events_to_frame([]), PEOPLE))
    assert got.empty
    assert got.columns.tolist() == ["counted", "excluded_reason"]


# --- months and weeks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tz", "month", "start", "end", "hours"),
    [
        ("Europe/Berlin", "2026-03", "2026-02-28 23:00", "2026-03-31 22:00", 743),
        ("Europe/Berlin", "2026-10", "2026-09-30 22:00", "2026-10-31 23:00", 745),
        ("Europe/Berlin", "2026-06", "2026-05-31 22:00", "2026-06-30 22:00", 720),
        ("America/New_York", "2026-03", "2026-03-01 05:00", "2026-04-01 04:00", 743),
        ("UTC", "2026-02", "2026-02-01 00:00", "2026-03-01 00:00", 672),
        # 00:00 repeats on 2026-11-01 in Havana: the month starts at the first one
        ("America/Havana", "2026-11", "2026-11-01 04:00", "2026-12-01 05:00", 721),
        # 00:00 never happened on 2016-04-01 in Amman: the month starts at 01:00
        ("Asia/Amman", "2016-04", "2016-03-31 22:00", "2016-04-30 21:00", 719),
    ],
)
def test_month_bounds_are_local_midnights(
    tz: str, month: str, start: str, end: str, hours: int
) -> None:
    lo, hi = al.month_bounds(tz, month)
    assert (lo, hi) == (utc(start), utc(end))
    assert (hi - lo) / pd.Timedelta(hours=1) == hours


@pytest.mark.parametrize(
    "text", ["2026-13", "2026-00", "2026-1", "26-10", "2026/10", "", "0000-01"]
)
def test_parse_month_rejects_what_is_not_a_month(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        periods.parse_month(text)
    assert str(caught.value) == f"--month {text}: not a month; use YYYY-MM, e.g. 2026-10"


def test_parse_month_names_the_option() -> None:
    assert periods.parse_month("2026-10") == "2026-10"
    with pytest.raises(UsageError, match=r"^--from 2026-13: not a month"):
        periods.parse_month("2026-13", option="--from")


def test_months_between_and_shift() -> None:
    assert periods.months_between("2025-11", "2026-02") == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]
    assert periods.months_between("2026-10", "2026-10") == ["2026-10"]
    assert periods.shift_month("2026-10", -11) == "2025-11"
    assert periods.shift_month("2026-12", 1) == "2027-01"
    with pytest.raises(UsageError, match="the first month is after the last"):
        periods.months_between("2026-03", "2026-02")


@pytest.mark.parametrize(
    ("today", "month"),
    [
        (date(2026, 1, 15), "2025-12"),
        (date(2026, 3, 1), "2026-02"),
        (date(2026, 12, 31), "2026-11"),
    ],
)
def test_last_full_month(today: date, month: str) -> None:
    assert periods.last_full_month(today) == month


def test_months_span_covers_every_zone() -> None:
    lo, hi = al.months_span(["Europe/Berlin", "America/New_York"], "2026-10", "2026-11")
    assert (lo, hi) == (utc("2026-09-30 22:00"), utc("2026-12-01 05:00"))


def test_week_periods_use_iso_labels_across_year_ends() -> None:
    table = al.periods("Europe/Berlin", utc("2026-12-27"), utc("2027-01-05"), "week")
    assert table["period"].tolist() == ["2026-W52", "2026-W53", "2027-W01"]
    assert table["period_start"].tolist() == [
        utc("2026-12-20 23:00"), utc("2026-12-27 23:00"), utc("2027-01-03 23:00")
    ]  # fmt: skip
    table = al.periods("UTC", utc("2024-12-31"), utc("2025-01-01"), "week")
    assert table["period"].tolist() == ["2025-W01"]


# --- allocation: periods, clipping, DST -----------------------------------------------------


def test_month_crossing_event_splits_at_the_owners_local_midnight() -> None:
    events = [
        event(at(2026, 10, 31, 22), at(2026, 11, 1, 2)),  # Berlin owner
        event(at(2026, 10, 31, 22), at(2026, 11, 1, 2), owner=UMA),  # same instants, UTC owner
    ]
    start, end = utc("2026-09-01"), utc("2026-12-31")
    got = al.allocate(build(events), start, end)
    assert got[["row", "owner", "period", "hours", "wall_hours"]].values.tolist() == [
        [0, ANA, "2026-10", 2.0, 2.0],
        [0, ANA, "2026-11", 2.0, 2.0],
        [1, UMA, "2026-10", 3.0, 3.0],
        [1, UMA, "2026-11", 1.0, 1.0],
    ]
    assert got["period_start"].tolist() == [
        utc("2026-09-30 22:00"), utc("2026-10-31 23:00"), utc("2026-10-01"), utc("2026-11-01")
    ]  # fmt: skip


@pytest.mark.parametrize(("day", "hours"), [(date(2026, 3, 29), 4.0), (date(2026, 10, 25), 6.0)])
def test_dst_days_have_their_real_length(day: date, hours: float) -> None:
    start, end = at(day.year, day.month, day.day, 0), at(day.year, day.month, day.day, 5)
    got = al.allocate(build([event(start, end)]), utc("2026-01-01"), utc("2027-01-01"))
    assert got[["hours", "wall_hours"]].values.tolist() == [[hours, hours]]


def test_march_in_berlin_is_743_hours() -> None:
    table = al.periods("Europe/Berlin", utc("2026-03-10"), utc("2026-03-11"))
    length = table["period_end"] - table["period_start"]
    assert length.tolist() == [pd.Timedelta(hours=743)]
    # a night across the spring-forward change counts the hours that happen
    got = run([event(at(2026, 3, 28, 22), at(2026, 3, 29, 6))], month="2026-03")
    assert got[["period", "hours", "wall_hours"]].values.tolist() == [["2026-03", 7.0, 7.0]]


def test_an_event_filling_march_counts_only_its_working_hours() -> None:
    """Weeks on end are no one's busy time: a multi-day event counts 8 to 18 on the 22
    weekdays of March 2026, not the month's 743 hours."""
    got = run([event(at(2026, 2, 20), at(2026, 4, 10))], month="2026-03")
    assert got[["period", "hours", "wall_hours"]].values.tolist() == [["2026-03", 220.0, 220.0]]


def test_events_are_clipped_to_the_window() -> None:
    events = [
        event(at(2026, 9, 30, 23), at(2026, 10, 1, 3)),  # starts in September
        event(at(2026, 10, 31, 23), at(2026, 11, 1, 1)),  # ends in November
        event(at(2026, 9, 30, 9), at(2026, 9, 30, 10)),  # before the window
        event(at(2026, 11, 1, 0), at(2026, 11, 1, 1)),  # starts at the window's end
    ]
    got = run(events)
    assert got[["row", "period", "hours", "wall_hours"]].values.tolist() == [
        [0, "2026-10", 3.0, 3.0],
        [1, "2026-10", 1.0, 1.0],
    ]


def test_week_split_at_a_year_boundary() -> None:
    frame = build([event(at(2027, 1, 3, 22), at(2027, 1, 4, 2))])
    got = al.allocate(frame, utc("2026-12-01"), utc("2027-02-01"), freq="week")
    assert got[["period", "hours"]].values.tolist() == [["2026-W53", 2.0], ["2027-W01", 2.0]]
    assert got["period_start"].tolist() == [utc("2026-12-27 23:00"), utc("2027-01-03 23:00")]


def test_rows_are_the_frames_index_labels_and_only_counted_rows_appear() -> None:
    frame = build([event(NINE, TEN), event(NINE, TEN, response=Response.DECLINED)])
    frame.index = pd.Index(["kept", "declined"])
    start, end = al.month_bounds("Europe/Berlin", "2026-10")
    got = al.allocate(frame, start, end)
    assert got[["row", "hours"]].values.tolist() == [["kept", 1.0]]


def test_empty_input_gives_empty_frame_with_types() -> None:
    start, end = al.month_bounds("Europe/Berlin", "2026-10")
    for frame in (build([]), build([event(NINE, TEN, busy=Busy.FREE)])):
        got = al.allocate(frame, start, end)
        assert got.empty
        assert got.columns.tolist() == list(al.ALLOCATION_COLUMNS)
        assert got["row"].dtype == frame.index.dtype
        assert got.dtypes.astype(str).tolist()[1:] == [
            "str", "str", "datetime64[us, UTC]", "float64", "float64"
        ]  # fmt: skip


def test_an_empty_window_allocates_nothing() -> None:
    start, end = al.month_bounds("Europe/Berlin", "2026-10")
    assert al.allocate(build([event(NINE, TEN)]), end, start).empty


def test_allocate_refuses_naive_window_and_missing_columns() -> None:
    frame = build([event(NINE, TEN)])
    with pytest.raises(ValueError, match="no time zone"):
        al.allocate(frame, pd.Timestamp("2026-10-01"), utc("2026-11-01"))
    with pytest.raises(ValueError, match="lacks column"):
        al.allocate(frame.drop(columns="counted"), utc("2026-10-01"), utc("2026-11-01"))
    with pytest.raises(ValueError, match="use 'month' or 'week'"):
        al.allocate(frame, utc("2026-10-01"), utc("2026-11-01"), "day")  # type: ignore[arg-type]


# --- allocation: overlaps -------------------------------------------------------------------


def test_two_identical_events_get_half_each() -> None:
    got = run([event(NINE, TEN), event(NINE, TEN, title="twin")])
    assert got[["hours", "wall_hours"]].values.tolist() == [[0.5, 1.0], [0.5, 1.0]]


def test_three_way_partial_overlap() -> None:
    # A 09-12, B 10-13, C 11-14: 1/2 each where two overlap, 1/3 each where three do
    events = [event(at(2026, 10, 6, 9 + i), at(2026, 10, 6, 12 + i)) for i in range(3)]
    got = hours_by_row(run(events))
    expected = {0: 1 + 1 / 2 + 1 / 3, 1: 1 / 2 + 1 / 3 + 1 / 2, 2: 1 / 3 + 1 / 2 + 1}
    assert got == pytest.approx(expected, abs=1e-12)
    assert sum(got.values()) == pytest.approx(5.0, abs=1e-12)


def test_nested_and_touching_events() -> None:
    events = [
        event(at(2026, 10, 6, 9), at(2026, 10, 6, 13)),  # long meeting
        event(at(2026, 10, 6, 10), at(2026, 10, 6, 11)),  # inside it
        event(at(2026, 10, 6, 13), at(2026, 10, 6, 14)),  # right after: no overlap
    ]
    assert hours_by_row(run(events)) == {0: 3.5, 1: 0.5, 2: 1.0}


def test_overlap_across_a_month_boundary_is_divided_per_period() -> None:
    events = [
        event(at(2026, 10, 31, 23), at(2026, 11, 1, 1)),
        event(at(2026, 10, 31, 23, 30), at(2026, 11, 1, 0, 30)),
    ]
    got = al.allocate(build(events), utc("2026-10-01"), utc("2026-12-01"))
    assert got[["row", "period", "hours", "wall_hours"]].values.tolist() == [
        [0, "2026-10", 0.75, 1.0],
        [0, "2026-11", 0.75, 1.0],
        [1, "2026-10", 0.25, 0.5],
        [1, "2026-11", 0.25, 0.5],
    ]


def test_owners_never_interact() -> None:
    mine = [event(NINE, TEN), event(at(2026, 10, 6, 9, 30), at(2026, 10, 6, 11))]
    theirs = [event(NINE, TEN, owner=UMA), event(NINE, TEN, owner=BEN)]
    alone = run(mine)
    together = run(mine + theirs)
    pd.testing.assert_frame_equal(together[together["owner"] == ANA], alone, check_exact=True)
    assert together.loc[together["owner"] != ANA, "hours"].tolist() == [1.0, 1.0]


def test_sweep_gives_the_same_answer_when_owner_codes_are_huge() -> None:
    # codes this far apart cannot share one int64 timeline: the lexsort fallback takes over
    hour = 3_600_000_000
    a = np.array([0, hour, 0, 0], dtype=np.int64)
    b = np.array([2 * hour, 3 * hour, hour, hour], dtype=np.int64)
    small = al.shared_hours(np.array([0, 0, 1, 1], dtype=np.int64), a, b)
    huge = al.shared_hours(np.array([0, 0, 2**40, 2**40], dtype=np.int64), a, b)
    assert small.tolist() == huge.tolist() == [1.5, 1.5, 0.5, 0.5]
    assert al.shared_hours(*(np.zeros(0, dtype=np.int64),) * 3).tolist() == []


def union_hours(intervals: Iterable[tuple[int, int]]) -> float:
    """Length of the union of [a, b) minute intervals, the slow obvious way."""
    total, reach = 0, None
    for a, b in sorted(intervals):
        if reach is None or a >= reach:
            total, reach = total + b - a, b
        elif b > reach:
            total, reach = total + b - reach, b
    return total / 60


@pytest.mark.parametrize("seed", range(5))
def test_random_overlaps_add_up_to_the_union(seed: int) -> None:
    rng = np.random.default_rng(seed)
    origin = datetime(2026, 10, 24, tzinfo=UTC)  # spans the October DST change and month end
    owners = rng.choice([ANA, BEN, UMA], size=300)
    starts = rng.integers(0, 14 * 24 * 60, size=300)
    lengths = rng.integers(1, 8 * 60, size=300)
    minutes = timedelta(minutes=1)
    events = [
        event(origin + int(s) * minutes, origin + int(s + n) * minutes, owner=str(o), title=str(i))
        for i, (o, s, n) in enumerate(zip(owners, starts, lengths, strict=True))
    ]
    window_lo, window_hi = 2 * 24 * 60, 12 * 24 * 60  # clip some events at both ends
    got = al.allocate(
        build(events),
        pd.Timestamp(origin) + window_lo * minutes,
        pd.Timestamp(origin) + window_hi * minutes,
    )
    clipped = [
        (max(int(s), window_lo), min(int(s + n), window_hi))
        for s, n in zip(starts, lengths, strict=True)
    ]
    for owner in (ANA, BEN, UMA):
        mine = [c for c, o in zip(clipped, owners, strict=True) if o == owner and c[1] > c[0]]
        total = got.loc[got["owner"] == owner, "hours"].sum()
        assert total == pytest.approx(union_hours(mine), abs=1e-9)
    per_row = got.groupby("row")[["hours", "wall_hours"]].sum()
    expected_wall = pd.Series({i: (b - a) / 60 for i, (a, b) in enumerate(clipped) if b > a})
    pd.testing.assert_series_equal(per_row["wall_hours"], expected_wall, check_names=False)
    assert (per_row["hours"] <= per_row["wall_hours"] + 1e-9).all()
    assert (got["hours"] > -1e-12).all() and (got["wall_hours"] > 0).all()


# --- working capacity and days off ----------------------------------------------------------


def test_working_capacity_of_dst_months() -> None:
    march = al.month_bounds("Europe/Berlin", "2026-03")
    october = al.month_bounds("Europe/Berlin", "2026-10")
    assert al.working_capacity("Europe/Berlin", *march) == 220.0  # 22 weekdays
    assert al.working_capacity("Europe/Berlin", *october) == 220.0
    off = {date(2026, 10, 5), date(2026, 10, 10)}  # a Monday and a Saturday
    assert al.working_capacity("Europe/Berlin", *october, days_off=off) == 210.0
    assert al.working_capacity("Europe/Berlin", *october, 9.5, 17.0) == 22 * 7.5


def test_working_capacity_uses_real_instants() -> None:
    # Tehran skipped 00:00-01:00 on Monday 2021-03-22: a 0-24 working day was 23 hours long
    tehran = ZoneInfo("Asia/Tehran")
    start = pd.Timestamp(datetime(2021, 3, 22, 1, tzinfo=tehran))
    end = pd.Timestamp(datetime(2021, 3, 23, tzinfo=tehran))
    assert al.working_capacity("Asia/Tehran", start, end, 0.0, 24.0) == 23.0


def test_working_capacity_clips_to_the_window() -> None:
    start = pd.Timestamp(at(2026, 10, 6, 12))  # Tuesday noon
    end = pd.Timestamp(at(2026, 10, 7, 9))  # Wednesday 09:00
    assert al.working_capacity("Europe/Berlin", start, end) == 7.0
    assert al.working_capacity("Europe/Berlin", end, start) == 0.0
    with pytest.raises(ValueError, match="working hours"):
        al.working_capacity("Europe/Berlin", start, end, 18.0, 8.0)


def test_days_off_are_all_day_out_of_office_dates_per_owner() -> None:
    ny = ZoneInfo("America/New_York")
    events = [
        event(DAY, at(2026, 10, 8), all_day=True, busy=Busy.OUT_OF_OFFICE, tz="Europe/Berlin"),
        event(at(2026, 10, 9), at(2026, 10, 9), all_day=True, kind=Kind.OUT_OF_OFFICE,
              tz="Europe/Berlin"),  # no length: still its day
        event(at(2026, 10, 12), at(2026, 10, 13), all_day=True),  # all day, not OOO
        event(NINE, TEN, busy=Busy.OUT_OF_OFFICE),  # timed OOO: counted, not a day off
        event(at(2026, 10, 14), at(2026, 10, 15), all_day=True, busy=Busy.OUT_OF_OFFICE,
              status=Status.CANCELLED),
        # stored as UTC midnights for a New York owner: read in the event's own zone
        event(at(2026, 10, 20, tz=ZoneInfo("UTC")), at(2026, 10, 21, tz=ZoneInfo("UTC")),
              owner=BEN, all_day=True, busy=Busy.OUT_OF_OFFICE, tz="UTC"),
        event(at(2026, 10, 22, tz=ny), at(2026, 10, 24, tz=ny), owner=BEN, all_day=True,
              busy=Busy.OUT_OF_OFFICE, tz=""),  # no zone kept: the owner's
    ]  # fmt: skip
    assert al.days_off(build(events)) == {
        ANA: frozenset({date(2026, 10, 6), date(2026, 10, 7), date(2026, 10, 9)}),
        BEN: frozenset({date(2026, 10, 20), date(2026, 10, 22), date(2026, 10, 23)}),
    }
    assert al.days_off(build([])) == {}
