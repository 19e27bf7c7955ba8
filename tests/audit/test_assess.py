"""Shares, fit and verdicts against role targets."""

from __future__ import annotations

import pandas as pd
import pytest

from timeaudit.audit.assess import (
    AMBER,
    FITS,
    GREEN,
    NO_DATA,
    OFF_TARGET,
    OVER_PLANNING,
    OVERLOAD,
    RED,
    STUCK,
    UNDER_INVESTED,
    assess,
    fit_col,
    gap_col,
    load_questions,
    share_col,
)
from timeaudit.categories import CAPABILITY, EXECUTION, FIREFIGHTING, STRATEGY
from timeaudit.config.types import DEFAULT_ROLES


def run(
    role: str, strategy: float, capability: float, execution: float, firefighting: float
) -> pd.Series:
    hours = pd.DataFrame(
        [
            {
                STRATEGY: strategy,
                CAPABILITY: capability,
                EXECUTION: execution,
                FIREFIGHTING: firefighting,
            }
        ],
        index=pd.Index(["p"], name="owner"),
    )
    return assess(hours, pd.Series([role], index=hours.index), DEFAULT_ROLES).iloc[0]


def test_shares_are_of_work_hours_and_gaps_in_points() -> None:
    row = run("executive", 30, 30, 30, 10)
    assert row["work_hours"] == 100
    assert row[share_col(STRATEGY)] == 30
    assert row[gap_col(EXECUTION)] == 0
    assert row["verdict"] == FITS
    assert (
        row["verdict_reason"]
        == "every category within 10 points of its target; largest gap strategy +0 pts"
    )


@pytest.mark.parametrize(
    ("execution_hours", "fit"),
    [(35, GREEN), (36, AMBER), (40, AMBER), (41, RED), (25, GREEN), (19, RED)],
)
def test_fit_bands_green_within_tolerance_amber_within_twice(
    execution_hours: float, fit: str
) -> None:
    # total 100 hours: execution share equals execution hours
    row = run("executive", 30, 30 + (30 - execution_hours), execution_hours, 10)
    assert row[fit_col(EXECUTION)] == fit


def test_firefighting_is_a_ceiling_only_going_over_misses() -> None:
    assert run("executive", 35, 35, 30, 0)[fit_col(FIREFIGHTING)] == GREEN
    assert run("executive", 30, 30, 24, 16)[fit_col(FIREFIGHTING)] == AMBER


def test_stuck_in_execution() -> None:
    row = run("executive", 10, 20, 55, 15)
    assert row["verdict"] == STUCK
    assert row["verdict_reason"] == (
        "execution and firefighting took 70% against 40%, while strategy was 10% (-20 pts) "
        "and capability-building 20% (-10 pts)"
    )


def test_firefighting_overload_wins_over_stuck() -> None:
    row = run("senior-leader", 10, 20, 40, 30)
    assert row["verdict"] == OVERLOAD
    assert row["verdict_reason"] == (
        "firefighting took 30% of work hours against a ceiling of 10% (+20 pts)"
    )


def test_over_planning() -> None:
    row = run("manager", 40, 30, 25, 5)
    assert row["verdict"] == OVER_PLANNING
    assert (
        row["verdict_reason"]
        == "strategy took 40% against 10% (+30 pts) while execution got 25% against 50%"
    )


def test_people_under_invested() -> None:
    row = run("manager", 15, 10, 70, 5)
    assert row["verdict"] == UNDER_INVESTED
    assert row["verdict_reason"] == "capability-building got 10% against 30% (-20 pts)"


def test_red_without_a_named_pattern_is_off_target() -> None:
    # strategy starved but capability over target: not stuck, not under-invested
    row = run("executive", 5, 55, 32, 8)
    assert row["verdict"] == OFF_TARGET
    assert (
        row["verdict_reason"]
        == "strategy 5% against 30% (-25 pts); capability-building 55% against 30% (+25 pts)"
    )


def test_no_hours_is_no_data_not_a_verdict() -> None:
    row = run("manager", 0, 0, 0, 0)
    assert row["verdict"] == NO_DATA
    assert row[share_col(STRATEGY)] == 0


def test_many_rows_at_once_with_their_own_roles() -> None:
    hours = pd.DataFrame(
        {STRATEGY: [30, 10], CAPABILITY: [30, 30], EXECUTION: [30, 50], FIREFIGHTING: [10, 10]},
        index=pd.Index(["a", "b"], name="owner"),
    )
    out = assess(hours, pd.Series(["executive", "manager"], index=hours.index), DEFAULT_ROLES)
    assert list(out["verdict"]) == [FITS, FITS]
    assert list(out["target:strategy"]) == [30, 10]


def test_every_verdict_has_three_to_five_questions() -> None:
    questions = load_questions()
    for verdict in (FITS, STUCK, OVERLOAD, OVER_PLANNING, UNDER_INVESTED, OFF_TARGET):
        assert 3 <= len(questions.for_verdict(verdict)) <= 5, verdict
