"""The "Planning vs doing" part of the report, as a view model: the period's planning share
against the role's band, the 12 months behind it and the drift warning, every sentence
written here (templates only lay it out). Only numbers and month names: no event text."""

from __future__ import annotations

import calendar
from dataclasses import dataclass

import pandas as pd

from timeaudit.audit.assess import (
    DOING_HOURS,
    DOING_SHARE,
    NO_DATA,
    PLANNING_FIT,
    PLANNING_HOURS,
    PLANNING_MAX,
    PLANNING_MIN,
    PLANNING_SHARE,
    shown,
)
from timeaudit.audit.planning import Drift, PlanningMonth, drift

#: The chart and table show at most this many months, the latest ones.
PLANNING_MONTHS = 12
#: The question bank's key for a planning drift (``[rhythm]`` of ``reports/questions.toml``).
DRIFT = "planning-drift"


@dataclass(frozen=True)
class PlanningView:
    """The period's planning lens (``judged`` False: too few work hours for a share worth
    reading), its months oldest first, and the drift warning ("" when there is none)."""

    share: float
    hours: float
    doing_share: float
    doing_hours: float
    low: float
    high: float
    fit: str
    judged: bool
    summary: str
    months: tuple[PlanningMonth, ...] = ()
    warning: str = ""

    @property
    def band(self) -> str:
        return f"{shown(self.low)}-{shown(self.high)}%"


def planning_view(row: pd.Series, months: tuple[PlanningMonth, ...], until: str) -> PlanningView:
    """The view from the period's assessed ``row``, the person's trend ``months`` and the
    period's last month ``until``."""
    judged = str(row["verdict"]) != NO_DATA
    low, high = float(row[PLANNING_MIN]), float(row[PLANNING_MAX])
    share = float(row[PLANNING_SHARE])
    doing = max(0.0, float(row[DOING_SHARE]))  # a difference of sums: never below 0 in print
    shown_months = months[-PLANNING_MONTHS:]
    found = drift(shown_months, until)
    return PlanningView(
        share=share,
        hours=float(row[PLANNING_HOURS]),
        doing_share=doing,
        doing_hours=max(0.0, float(row[DOING_HOURS])),
        low=low,
        high=high,
        fit=str(row[PLANNING_FIT]) if judged else "",
        judged=judged,
        summary=_summary(share, float(row[PLANNING_HOURS]), doing, low, high, judged),
        months=shown_months,
        warning=drift_warning(found) if found else "",
    )


def _summary(
    share: float, hours: float, doing: float, low: float, high: float, judged: bool
) -> str:
    band = f"{shown(low)}-{shown(high)}%"
    if not judged:
        return f"Too few work hours this period to read planning's share; the band is {band}."
    where = "inside" if low <= share <= high else "above" if share > high else "below"
    return (
        f"Planning took {shown(share)}% of work hours ({hours:.1f} h), {where} the band of "
        f"{band}; doing (execution and firefighting that is not planning) got {shown(doing)}%."
    )


def drift_warning(found: Drift) -> str:
    """ "planning 38% of work hours, up from 15% in June: are plans turning into action?"."""
    now = f"planning {shown(found.share)}% of work hours"
    if found.before and found.before_share is not None:
        since = f"up from {shown(found.before_share)}% in {_month_name(found.before, found.month)}"
    else:
        since = f"above the band's {shown(found.high)}% for {found.months} months running"
    return f"{now}, {since}: are plans turning into action?"


def _month_name(month: str, latest: str) -> str:
    """ "June", or "June 2025" when it is not the latest month's year."""
    year, number = month.split("-")
    name = calendar.month_name[int(number)]
    return name if latest.startswith(year) else f"{name} {year}"


def planning_gaps(view: PlanningView) -> tuple[str, ...]:
    """The question bank's rhythm keys the lens raises: the drift, when there is one."""
    return (DRIFT,) if view.warning else ()
