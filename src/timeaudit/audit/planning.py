"""Planning vs doing over the months: each month's planning share and the drift rule.

The shares themselves are :func:`~timeaudit.audit.assess.assess`'s (``planning_share`` of
every assessed row, the trend's included); this module reads a person's trend rows and says
whether planning has drifted above the role's band.

The drift rule: planning above the top of the band (more than ``planning_max`` percent of
work hours) in two or more consecutive months up to the period's last month. A month with
too few work hours to judge (``[settings] min_work_hours``), or with no counted hours at
all, ends the run: nothing is known about it. The warning compares the latest month with
the last judged month before the run, when there is one.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from timeaudit.audit.assess import NO_DATA, PLANNING_MAX, PLANNING_MIN, PLANNING_SHARE
from timeaudit.audit.periods import shift_month

#: Consecutive months above the band that make a drift.
DRIFT_MONTHS = 2


@dataclass(frozen=True)
class PlanningMonth:
    """One month of the planning lens: ``month`` (YYYY-MM), planning's share of its work
    hours, the band, and whether it had enough work hours to judge."""

    month: str
    share: float
    work_hours: float
    low: float
    high: float
    judged: bool

    @property
    def above(self) -> bool:
        return self.judged and self.share > self.high


@dataclass(frozen=True)
class Drift:
    """Planning above the band for ``months`` months running up to ``month``, at ``share``
    in the latest; ``before``/``before_share`` the last judged month before the run (""
    and None when the run starts the record)."""

    month: str
    share: float
    months: int
    high: float
    before: str = ""
    before_share: float | None = None


def planning_months(trend: pd.DataFrame, owner: str) -> tuple[PlanningMonth, ...]:
    """``owner``'s months of the trend (assessed rows indexed by owner and period), oldest
    first."""
    if trend.empty or owner not in trend.index.get_level_values("owner"):
        return ()
    rows = trend.xs(owner, level="owner").sort_index()
    return tuple(
        PlanningMonth(
            month=str(month),
            share=float(r[PLANNING_SHARE]),
            work_hours=float(r["work_hours"]),
            low=float(r[PLANNING_MIN]),
            high=float(r[PLANNING_MAX]),
            judged=str(r["verdict"]) != NO_DATA,
        )
        for month, r in rows.iterrows()
    )


def drift(months: tuple[PlanningMonth, ...], until: str) -> Drift | None:
    """The drift up to ``until`` (YYYY-MM, the period's last month), or None: planning above
    the band in at least :data:`DRIFT_MONTHS` consecutive calendar months ending there."""
    by_month = {m.month: m for m in months}
    run: list[PlanningMonth] = []
    month = until
    while month in by_month and by_month[month].above:
        run.append(by_month[month])
        month = shift_month(month, -1)
    if len(run) < DRIFT_MONTHS:
        return None
    earlier = [m for m in months if m.month < run[-1].month and m.judged]
    latest = run[0]
    before = earlier[-1] if earlier else None
    return Drift(
        month=latest.month,
        share=latest.share,
        months=len(run),
        high=latest.high,
        before=before.month if before else "",
        before_share=before.share if before else None,
    )
