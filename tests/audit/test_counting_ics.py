"""Each counting rule of DESIGN.md, end to end: one small .ics per case goes through the ICS
connector, the store, the classifier, counting and allocation, exactly as `audit` runs them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from timeaudit.app.session import IcsOptions, adhoc_config
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import AuditResult, run_audit
from timeaudit.store.sqlite import Store

ICS = Path(__file__).parents[1] / "data" / "ics"
COUNTING = Path(__file__).parents[1] / "data" / "counting"
OWNER = "owner@example.com"


def audit(path: Path, month: str, tmp_path: Path, tz: str = "Europe/Berlin") -> AuditResult:
    config = adhoc_config(IcsOptions((path,), OWNER, "manager", tz))
    with Store(tmp_path / "store.sqlite") as store:
        return run_audit(store, config, list(config.people), Period.month(month), trend_months=2)


def only(result: AuditResult, title: str | None = None) -> pd.Series:
    events = result.events
    if title is not None:
        events = events[events["title"] == title]
    assert len(events) == 1, events[["title", "start"]]
    return events.iloc[0]


@pytest.mark.parametrize(
    ("name", "month", "reason"),
    [
        ("declined.ics", "2026-03", "declined"),
        ("cancelled.ics", "2026-03", "cancelled"),
        ("transparent.ics", "2026-03", "free"),
        ("allday_ooo.ics", "2026-04", "out of office (all day)"),
    ],
)
def test_excluded_events_are_kept_with_their_reason(
    name: str, month: str, reason: str, tmp_path: Path
) -> None:
    row = only(audit(ICS / name, month, tmp_path))
    assert not row["counted"]
    assert row["excluded_reason"] == reason
    assert row["hours"] == 0


def test_all_day_out_of_office_days_reduce_working_capacity(tmp_path: Path) -> None:
    result = audit(ICS / "allday_ooo.ics", "2026-04", tmp_path)
    # April 2026 has 22 weekdays; Thu 2 and Fri 3 April are off (4 and 5 are a weekend)
    assert result.capacity[OWNER] == pytest.approx(20 * 10.0)


def test_organiser_needs_action_and_tentative_count(tmp_path: Path) -> None:
    for name in ("organizer_is_owner.ics", "needs_action.ics", "tentative.ics"):
        events = audit(ICS / name, "2026-03", tmp_path / name).events
        assert events["counted"].all(), name
        assert (events["hours"] > 0).all()


def test_private_events_count_but_never_show_their_titles(tmp_path: Path) -> None:
    from timeaudit.render.export import events_table

    result = audit(ICS / "private.ics", "2026-03", tmp_path)
    assert result.events["counted"].all()
    table = events_table(result.events, {OWNER: "Europe/Berlin"})
    assert set(table["title"]) == {"(private event)"}


def test_overlapping_events_share_the_overlap_so_hours_add_up_to_busy_time(tmp_path: Path) -> None:
    result = audit(ICS / "overlap.ics", "2026-03", tmp_path)
    # 10:00-11:00 and 10:30-11:30: 1.5 busy hours; each gets 0.5 alone + half of 0.5 shared
    assert result.events["hours"].sum() == pytest.approx(1.5)
    assert list(result.events["hours"]) == [pytest.approx(0.75), pytest.approx(0.75)]


def test_three_way_overlap_divides_each_moment_equally(tmp_path: Path) -> None:
    result = audit(COUNTING / "three_way_overlap.ics", "2026-03", tmp_path)
    hours = dict(zip(result.events["title"], result.events["hours"], strict=True))
    # 09:00-10:00, 09:30-10:30 and a 5-minute call at 09:45 inside both: 1.5 busy hours
    assert sum(hours.values()) == pytest.approx(1.5)
    assert hours["Quick call"] == pytest.approx(5 / 60 / 3)
    assert hours["Weekly status"] == pytest.approx(0.5 + (25 / 60) / 2 + (5 / 60) / 3)
    assert hours["Weekly status"] == pytest.approx(hours["Checkout outage bridge"])


def test_a_night_across_spring_forward_is_two_real_hours(tmp_path: Path) -> None:
    row = only(audit(COUNTING / "dst_night_spring_forward_berlin.ics", "2026-03", tmp_path))
    assert row["hours"] == pytest.approx(2.0)  # 01:00-04:00 local, but 02:00-03:00 never happens


def test_month_crossing_event_is_split_at_local_midnight(tmp_path: Path) -> None:
    march = only(audit(ICS / "month_crossing.ics", "2026-03", tmp_path / "m"))
    april = only(audit(ICS / "month_crossing.ics", "2026-04", tmp_path / "a"))
    assert march["hours"] == pytest.approx(2.0)  # 22:00-24:00 on 31 March, Berlin
    assert april["hours"] == pytest.approx(2.0)


def test_month_crossing_fall_back_night_in_new_york(tmp_path: Path) -> None:
    path = ICS / "dst_fall_back_new_york.ics"
    october = audit(path, "2026-10", tmp_path / "o", tz="America/New_York")
    november = audit(path, "2026-11", tmp_path / "n", tz="America/New_York")
    # 23:00 on 31 October to 03:00 on 1 November: the 01:00 hour happens twice, 5 real hours
    assert only(october, "Overnight release watch")["hours"] == pytest.approx(1.0)
    assert only(november, "Overnight release watch")["hours"] == pytest.approx(4.0)


def test_moved_instance_counts_at_its_new_time_once(tmp_path: Path) -> None:
    result = audit(ICS / "recurrence_moved_instance.ics", "2026-03", tmp_path)
    starts = sorted(result.events["start"].dt.tz_convert("Europe/Berlin").dt.strftime("%d %H:%M"))
    assert starts == ["04 11:00", "11 11:00", "19 15:00", "25 11:00"]
    assert result.events["counted"].all()


def test_cancelled_instance_is_excluded_the_rest_of_the_series_counts(tmp_path: Path) -> None:
    result = audit(ICS / "recurrence_cancelled_instance.ics", "2026-03", tmp_path)
    events = result.events.sort_values("start")
    assert list(events["excluded_reason"]) == ["", "", "cancelled", ""]
    assert events["hours"].sum() == pytest.approx(3.0)


def test_floating_time_gets_the_owners_zone(tmp_path: Path) -> None:
    row = only(audit(ICS / "floating_time.ics", "2026-03", tmp_path, tz="America/New_York"))
    assert row["start"] == pd.Timestamp("2026-03-24 14:00", tz="America/New_York")
    assert row["hours"] == pytest.approx(2.0)


def test_category_hours_add_up_to_counted_hours(tmp_path: Path) -> None:
    result = audit(ICS / "overlap.ics", "2026-03", tmp_path)
    row = result.assessment.loc[OWNER]
    split = sum(row[c] for c in ("strategy", "capability-building", "execution", "firefighting"))
    assert split + row["other"] + row["unclassified"] == pytest.approx(result.events["hours"].sum())
