"""Shares, fit and verdicts against role targets."""

from __future__ import annotations

import pandas as pd
import pytest

from timeaudit.audit.assess import (
    AMBER,
    DOING_HOURS,
    DOING_SHARE,
    FITS,
    GREEN,
    NO_DATA,
    OFF_TARGET,
    OVER_PLANNING,
    OVERLOAD,
    PLANNING_FIT,
    PLANNING_HOURS,
    PLANNING_MAX,
    PLANNING_MIN,
    PLANNING_SHARE,
    RED,
    STUCK,
    UNDER_INVESTED,
    assess,
    fit_col,
    gap_col,
    headline,
    planning_col,
    points,
    share_col,
)
from timeaudit.categories import CAPABILITY, EXECUTION, FIREFIGHTING, OTHER, STRATEGY, WORK
from timeaudit.config.types import DEFAULT_MIN_WORK_HOURS, DEFAULT_ROLES, RoleProfile


def run(
    role: str,
    strategy: float,
    capability: float,
    execution: float,
    firefighting: float,
    min_work_hours: float = DEFAULT_MIN_WORK_HOURS,
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
    roles = pd.Series([role], index=hours.index)
    return assess(hours, roles, DEFAULT_ROLES, min_work_hours).iloc[0]


def test_shares_are_of_work_hours_and_gaps_in_points() -> None:
    row = run("executive", 30, 30, 30, 10)
    assert row["work_hours"] == 100
    assert row[share_col(STRATEGY)] == 30
    assert row[gap_col(EXECUTION)] == 0
    assert row["verdict"] == FITS
    assert (
        row["verdict_reason"]
        == "every category within 5 points of its target; largest gap strategy +0 pts"
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


def assessed(hours: dict[str, float], role: str = "manager", **roles: RoleProfile) -> pd.Series:
    frame = pd.DataFrame([hours], index=pd.Index(["p"], name="owner"))
    return assess(frame, pd.Series([role], index=frame.index), {**DEFAULT_ROLES, **roles}).iloc[0]


def test_a_couple_of_work_hours_is_not_enough_data() -> None:
    """Two and a half hours would make strategy 40% and capability-building 20%: a single
    meeting more or less would flip every fit, so there is no verdict to give."""
    assert DEFAULT_MIN_WORK_HOURS == 20.0
    row = run("manager", 1, 0.5, 1, 0)
    assert row["verdict"] == NO_DATA
    assert row["min_work_hours"] == 20.0
    assert row["verdict_reason"] == (
        "only 2.5 counted work hours; at least 20 are needed to judge the split"
    )
    assert run("manager", 2, 6, 10, 1.5)["verdict"] == NO_DATA  # 19.5 hours: not yet
    assert run("manager", 2, 6, 10, 2)["verdict"] != NO_DATA  # twenty hours: judged


def test_the_threshold_is_the_settings_not_a_constant() -> None:
    """``[settings] min_work_hours`` reaches the verdict and its reason."""
    assert run("manager", 1, 3, 5, 1, min_work_hours=10)["verdict"] == FITS  # ten hours
    row = run("manager", 1, 3, 5, 1, min_work_hours=12.5)
    assert row["verdict"] == NO_DATA
    assert row["verdict_reason"] == (
        "only 10.0 counted work hours; at least 12.5 are needed to judge the split"
    )
    assert run("manager", 0, 0, 0.5, 0, min_work_hours=0)["verdict"] != NO_DATA
    assert run("manager", 0, 0, 0, 0, min_work_hours=0)["verdict"] == NO_DATA  # nothing to judge


def test_no_data_says_what_was_counted() -> None:
    everything_other = assessed({**dict.fromkeys(WORK, 0.0), OTHER: 104.8})
    assert everything_other["verdict"] == NO_DATA
    assert everything_other["verdict_reason"] == (
        "all 104.8 counted hours were tagged other; no work hours to judge"
    )
    mostly_other = assessed({STRATEGY: 1.0, EXECUTION: 3.0, OTHER: 30.0})
    assert mostly_other["verdict_reason"] == (
        "only 4.0 counted work hours of 34.0 counted hours (the rest tagged other); at least "
        "20 are needed to judge the split"
    )
    assert assessed(dict.fromkeys(WORK, 0.0))["verdict_reason"] == (
        "no counted hours in the period; nothing to judge"
    )


def test_reasons_take_differences_between_the_shown_shares() -> None:
    """Strategy 36.5% shows as 36% (half to even, like the table); against a target of 25
    the reason says +11, not the +12 that rounding the exact gap of 11.5 would give."""
    custom = RoleProfile("custom", {STRATEGY: 25, CAPABILITY: 30, EXECUTION: 35, FIREFIGHTING: 10})
    row = assessed(
        {STRATEGY: 36.5, CAPABILITY: 28.5, EXECUTION: 30, FIREFIGHTING: 5},
        "custom",
        custom=custom,
    )
    assert row["verdict"] == OFF_TARGET
    assert row["verdict_reason"] == "strategy 36% against 25% (+11 pts)"
    assert points(36.5, 25) == 11 and points(65.4, 64.6) == 0


def test_a_fit_with_amber_categories_says_so() -> None:
    # the demo's team lead: no strategy at all, execution 9 points over: amber, amber
    row = run("manager", 0, 35, 59, 6)
    assert row["verdict"] == FITS
    assert row["verdict_reason"] == (
        "no category red, but 2 amber: strategy 0% against 10% (-10 pts); execution 59% "
        "against 50% (+9 pts)"
    )
    fits = [row[fit_col(c)] for c in WORK]
    assert headline(FITS, fits, 0.0, 10.0) == "fits, with 2 amber and 0% strategy"
    assert headline(FITS, [GREEN] * 4, 12.0, 10.0) == "fits"
    assert headline(FITS, [GREEN] * 4, 0.3, 5.0) == "fits, with 0% strategy"
    assert headline(FITS, [GREEN] * 4, 0.0, 0.0) == "fits"  # the role asks for none
    assert headline(STUCK, fits, 0.0, 10.0) == "stuck in execution"


def test_zero_strategy_is_named_in_a_fit_even_when_green() -> None:
    lenient = RoleProfile("lenient", {STRATEGY: 4, CAPABILITY: 30, EXECUTION: 56, FIREFIGHTING: 10})
    row = assessed({STRATEGY: 0, CAPABILITY: 31, EXECUTION: 60, FIREFIGHTING: 9}, "lenient",
                   lenient=lenient)  # fmt: skip
    assert row["verdict"] == FITS
    assert row["verdict_reason"] == (
        "every category within 5 points of its target; largest gap strategy -4 pts; strategy "
        "got 0% against 4%"
    )


def test_many_rows_at_once_with_their_own_roles() -> None:
    hours = pd.DataFrame(
        {STRATEGY: [30, 10], CAPABILITY: [30, 30], EXECUTION: [30, 50], FIREFIGHTING: [10, 10]},
        index=pd.Index(["a", "b"], name="owner"),
    )
    out = assess(hours, pd.Series(["executive", "manager"], index=hours.index), DEFAULT_ROLES)
    assert list(out["verdict"]) == [FITS, FITS]
    assert list(out["target:strategy"]) == [30, 10]


# -- the planning lens: planning vs doing, and the over-planning trap -----------------------
def lensed(role: str = "senior-leader", /, **hours: float) -> pd.Series:
    """One assessed row from hours by column name: ``strategy=15``, ``planning_execution=41``
    (hours of planning tagged execution)."""
    names = {c.replace("-", "_"): c for c in WORK}
    row = {
        (planning_col(names[k[9:]]) if k.startswith("planning_") else names[k]): v
        for k, v in hours.items()
    }
    frame = pd.DataFrame([row], index=pd.Index(["p"], name="owner"))
    return assess(frame, pd.Series([role], index=frame.index), DEFAULT_ROLES).iloc[0]


#: Senior leader (targets 20/30/40/10, planning band 10-25%, tolerance 5): execution and
#: firefighting 59% against 50%, strategy and capability-building under: stuck in
#: execution, unless most of that "execution" is planning.
BUSY = {"strategy": 15, "capability_building": 26, "execution": 52, "firefighting": 7}


def test_the_planning_lens_columns() -> None:
    row = lensed(**BUSY, planning_execution=20, planning_strategy=5)
    assert (row[PLANNING_HOURS], row[PLANNING_SHARE]) == (25, 25)
    assert (row[DOING_HOURS], row[DOING_SHARE]) == (39, 39)  # 52 + 7 - 20
    assert (row[PLANNING_MIN], row[PLANNING_MAX], row[PLANNING_FIT]) == (10, 25, GREEN)


@pytest.mark.parametrize(
    ("planning", "fit"),
    [(4.5, RED), (5, AMBER), (10, GREEN), (25, GREEN), (25.5, AMBER), (30, AMBER), (30.5, RED)],
)
def test_planning_is_green_in_its_band_amber_within_the_tolerance(
    planning: float, fit: str
) -> None:
    """Band 10-25%, tolerance 5: red is exactly where the trap's planning test holds."""
    assert lensed(**BUSY, planning_execution=planning)[PLANNING_FIT] == fit


def test_the_brief_case_is_over_planning_not_stuck_in_execution() -> None:
    assert lensed(**BUSY)["verdict"] == STUCK
    row = lensed(**BUSY, planning_execution=41)
    assert row["verdict"] == OVER_PLANNING
    assert row["verdict_reason"] == (
        "planning took 41% of work hours against a band of 10-25%, while doing got 18% "
        "against an execution target of 40%"
    )


@pytest.mark.parametrize(("planning", "verdict"), [(30, STUCK), (30.5, OVER_PLANNING)])
def test_the_trap_needs_planning_more_than_the_tolerance_over_the_band(
    planning: float, verdict: str
) -> None:
    """Band top 25 + tolerance 5 = 30: at 30 not yet the trap, at 30.5 it is."""
    assert lensed(**BUSY, planning_execution=planning)["verdict"] == verdict


@pytest.mark.parametrize(
    ("execution", "capability", "verdict"), [(31, 45, OFF_TARGET), (30.5, 45.5, OVER_PLANNING)]
)
def test_the_trap_needs_doing_more_than_the_tolerance_under_executions_target(
    execution: float, capability: float, verdict: str
) -> None:
    """Planning tagged capability-building (41 of 100 hours): doing is execution and
    firefighting, 35% (execution target 40 - tolerance 5) is not yet starving, 34.5% is."""
    row = lensed(
        strategy=20,
        capability_building=capability,
        execution=execution,
        firefighting=4,
        planning_capability_building=41,
    )
    assert (row[DOING_SHARE], row["verdict"]) == (execution + 4, verdict)


def test_firefighting_overload_comes_before_the_planning_trap() -> None:
    row = lensed(strategy=10, capability_building=20, execution=50, firefighting=20,
                 planning_execution=45)  # fmt: skip
    assert (row[DOING_SHARE], row["verdict"]) == (25, OVERLOAD)


def test_without_planning_hours_the_lens_is_zero_and_the_verdicts_unchanged() -> None:
    row = run("manager", 40, 30, 25, 5)
    assert (row[PLANNING_SHARE], row[DOING_SHARE], row["verdict"]) == (0, 30, OVER_PLANNING)
    assert row["verdict_reason"].startswith("strategy took 40%")


def test_over_planning_by_strategy_still_reads_as_strategy_when_planning_is_in_band() -> None:
    row = lensed("manager", strategy=40, capability_building=30, execution=25, firefighting=5,
                 planning_strategy=15)  # fmt: skip
    assert row["verdict_reason"] == (
        "strategy took 40% against 10% (+30 pts) while execution got 25% against 50%"
    )
