"""The planning lens over the months: the drift rule and its warning."""

from __future__ import annotations

import pandas as pd
import pytest

from timeaudit.audit.assess import NO_DATA, PLANNING_MAX, PLANNING_MIN, PLANNING_SHARE
from timeaudit.audit.planning import Drift, PlanningMonth, drift, planning_months
from timeaudit.render.planning import drift_warning


def months(*shares: float | None, first: int = 5) -> tuple[PlanningMonth, ...]:
    """Months of 2026 from May (by default), band 10-25%; None is a month too thin to judge."""
    return tuple(
        PlanningMonth(f"2026-{first + i:02d}", s or 0.0, 80.0, 10.0, 25.0, s is not None)
        for i, s in enumerate(shares)
    )


def test_two_months_above_the_band_up_to_the_period_are_a_drift() -> None:
    found = drift(months(15, 26, 38), "2026-07")
    assert found == Drift("2026-07", 38, 2, 25, "2026-05", 15)
    assert drift_warning(found) == (
        "planning 38% of work hours, up from 15% in May: are plans turning into action?"
    )


@pytest.mark.parametrize(
    ("shares", "until"),
    [
        ((15, 20, 38), "2026-07"),  # one month above: not yet a drift
        ((15, 38, 25), "2026-07"),  # at the band's top is inside it
        ((15, 38, 38, 20), "2026-08"),  # back inside by the period: over
        ((38, 38, 20), "2026-07"),
        ((15, 38, None, 38), "2026-08"),  # a month too thin to judge breaks the run
    ],
)
def test_no_drift(shares: tuple[float | None, ...], until: str) -> None:
    assert drift(months(*shares), until) is None


def test_the_drift_counts_up_to_the_period_not_beyond() -> None:
    assert drift(months(15, 30, 31, 10), "2026-07") == Drift("2026-07", 31, 2, 25, "2026-05", 15)


def test_a_gap_in_the_months_breaks_the_run() -> None:
    record = (*months(30), *months(31, first=7))  # no June at all
    assert drift(record, "2026-07") is None


def test_a_run_from_the_first_month_says_how_long() -> None:
    found = drift(months(30, 31, 40), "2026-07")
    assert found == Drift("2026-07", 40, 3, 25)
    assert drift_warning(found) == (
        "planning 40% of work hours, above the band's 25% for 3 months running: are plans "
        "turning into action?"
    )


def test_a_month_before_the_period_year_is_named_with_its_year() -> None:
    record = (PlanningMonth("2025-12", 12, 80, 10, 25, True), *months(30, 33, first=1))
    found = drift(record, "2026-02")
    assert found is not None and drift_warning(found) == (
        "planning 33% of work hours, up from 12% in December 2025: are plans turning into action?"
    )


def test_planning_months_come_from_the_trend_rows() -> None:
    index = pd.MultiIndex.from_tuples(
        [("a@x", "2026-06"), ("a@x", "2026-05"), ("b@x", "2026-05")], names=["owner", "period"]
    )
    trend = pd.DataFrame(
        {
            PLANNING_SHARE: [30.0, 12.0, 50.0],
            "work_hours": [60.0, 5.0, 70.0],
            PLANNING_MIN: 10.0,
            PLANNING_MAX: 25.0,
            "verdict": ["fits", NO_DATA, "fits"],
        },
        index=index,
    )
    assert planning_months(trend, "a@x") == (
        PlanningMonth("2026-05", 12, 5, 10, 25, False),
        PlanningMonth("2026-06", 30, 60, 10, 25, True),
    )
    assert planning_months(trend, "c@x") == ()
