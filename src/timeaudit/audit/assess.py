"""Shares, fit against role targets, and the verdict.

Vectorised over rows of (person, period): one call assesses a whole organisation's year.
The input is a table of hours per category; the output adds shares, gaps, a green/amber/red
fit per category, and one verdict per row with the numbers behind it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import numpy as np
import pandas as pd

from timeaudit.categories import CAPABILITY, EXECUTION, FIREFIGHTING, STRATEGY, WORK
from timeaudit.config.types import RoleProfile

GREEN, AMBER, RED = "green", "amber", "red"

FITS = "fits"
STUCK = "stuck-in-execution"
OVERLOAD = "firefighting-overload"
OVER_PLANNING = "over-planning"
UNDER_INVESTED = "people-under-invested"
OFF_TARGET = "off-target"
NO_DATA = "no-data"

VERDICT_LABELS: dict[str, str] = {
    FITS: "fits",
    STUCK: "stuck in execution",
    OVERLOAD: "firefighting overload",
    OVER_PLANNING: "over-planning",
    UNDER_INVESTED: "people under-invested",
    OFF_TARGET: "off target",
    NO_DATA: "not enough data",
}

#: Below this many counted work hours in a period there is nothing to judge.
MIN_WORK_HOURS = 1.0


def share_col(cat: str) -> str:
    return f"share:{cat}"


def target_col(cat: str) -> str:
    return f"target:{cat}"


def gap_col(cat: str) -> str:
    return f"gap:{cat}"


def fit_col(cat: str) -> str:
    return f"fit:{cat}"


def assess(
    hours: pd.DataFrame, profiles: pd.Series, roles: Mapping[str, RoleProfile]
) -> pd.DataFrame:
    """Assess every row of ``hours``.

    ``hours`` has one column per work category (hours; missing columns count as zero);
    ``profiles`` gives each row's role name (same index). Person-level overrides are
    applied by passing a distinct :class:`RoleProfile` under its own key in ``roles``.
    Returns a copy with ``work_hours``, ``share:*``, ``target:*``, ``gap:*``, ``fit:*``,
    ``tolerance``, ``verdict`` and ``verdict_reason`` columns.
    """
    out = hours.copy()
    for cat in WORK:
        if cat not in out:
            out[cat] = 0.0
    out["work_hours"] = out[list(WORK)].sum(axis=1)
    safe = out["work_hours"].where(out["work_hours"] > 0, np.nan)
    targets = _targets(profiles, roles)
    out["tolerance"] = targets["tolerance"]
    for cat in WORK:
        out[share_col(cat)] = (100.0 * out[cat] / safe).fillna(0.0)
        out[target_col(cat)] = targets[cat]
        out[gap_col(cat)] = out[share_col(cat)] - out[target_col(cat)]
        out[fit_col(cat)] = _fit(out[gap_col(cat)], out["tolerance"], ceiling=cat == FIREFIGHTING)
    out["verdict"] = _verdict(out)
    out["verdict_reason"] = [_reason(row) for row in out.to_dict("records")]
    return out


def _targets(profiles: pd.Series, roles: Mapping[str, RoleProfile]) -> pd.DataFrame:
    table = pd.DataFrame(
        {name: {**p.targets, "tolerance": p.tolerance} for name, p in roles.items()}
    ).T
    return table.reindex(profiles.to_numpy()).set_index(profiles.index).astype(float)


def _fit(gap: pd.Series, tolerance: pd.Series, *, ceiling: bool) -> pd.Series:
    miss = gap.clip(lower=0) if ceiling else gap.abs()
    status = np.select([miss <= tolerance, miss <= 2 * tolerance], [GREEN, AMBER], RED)
    return pd.Series(status, index=gap.index)


def _verdict(out: pd.DataFrame) -> pd.Series:
    tol = out["tolerance"]
    gap = {cat: out[gap_col(cat)] for cat in WORK}
    busy_gap = gap[EXECUTION] + gap[FIREFIGHTING]
    any_red = np.logical_or.reduce([out[fit_col(c)] == RED for c in WORK])
    conditions = [
        out["work_hours"] < MIN_WORK_HOURS,
        gap[FIREFIGHTING] > tol,
        (busy_gap > tol) & (gap[STRATEGY] < 0) & (gap[CAPABILITY] < 0),
        (gap[STRATEGY] > tol) & (gap[EXECUTION] < -tol),
        gap[CAPABILITY] < -tol,
        any_red,
    ]
    choices = [NO_DATA, OVERLOAD, STUCK, OVER_PLANNING, UNDER_INVESTED, OFF_TARGET]
    return pd.Series(np.select(conditions, choices, FITS), index=out.index)


def _pts(value: float) -> str:
    return f"{value:+.0f} pts"


def _reason(row: Mapping[Hashable, Any]) -> str:
    """The verdict's numbers in one sentence."""
    s = {c: float(row[share_col(c)]) for c in WORK}
    t = {c: float(row[target_col(c)]) for c in WORK}
    g = {c: float(row[gap_col(c)]) for c in WORK}
    verdict = str(row["verdict"])
    if verdict == NO_DATA:
        return f"only {float(row['work_hours']):.1f} counted work hours in the period"
    if verdict == OVERLOAD:
        return (
            f"firefighting took {s[FIREFIGHTING]:.0f}% of work hours against a ceiling of "
            f"{t[FIREFIGHTING]:.0f}% ({_pts(g[FIREFIGHTING])})"
        )
    if verdict == STUCK:
        busy, target = s[EXECUTION] + s[FIREFIGHTING], t[EXECUTION] + t[FIREFIGHTING]
        return (
            f"execution and firefighting took {busy:.0f}% against {target:.0f}%, while strategy "
            f"was {s[STRATEGY]:.0f}% ({_pts(g[STRATEGY])}) and capability-building "
            f"{s[CAPABILITY]:.0f}% ({_pts(g[CAPABILITY])})"
        )
    if verdict == OVER_PLANNING:
        return (
            f"strategy took {s[STRATEGY]:.0f}% against {t[STRATEGY]:.0f}% ({_pts(g[STRATEGY])}) "
            f"while execution got {s[EXECUTION]:.0f}% against {t[EXECUTION]:.0f}%"
        )
    if verdict == UNDER_INVESTED:
        return (
            f"capability-building got {s[CAPABILITY]:.0f}% against {t[CAPABILITY]:.0f}% "
            f"({_pts(g[CAPABILITY])})"
        )
    off = [c for c in WORK if row[fit_col(c)] == RED]
    if verdict == OFF_TARGET:
        return "; ".join(f"{c} {s[c]:.0f}% against {t[c]:.0f}% ({_pts(g[c])})" for c in off)
    worst = max(WORK, key=lambda c: abs(g[c]))
    return (
        f"every category within {2 * float(row['tolerance']):.0f} points of its target; "
        f"largest gap {worst} {_pts(g[worst])}"
    )


@dataclass(frozen=True)
class Questions:
    """Reflective questions per verdict, from ``reports/questions.toml``."""

    by_verdict: Mapping[str, tuple[str, ...]]

    def for_verdict(self, verdict: str, limit: int = 5) -> tuple[str, ...]:
        return self.by_verdict.get(verdict, self.by_verdict.get(FITS, ()))[:limit]


def load_questions() -> Questions:
    raw = tomllib.loads((files("timeaudit.reports") / "questions.toml").read_text(encoding="utf-8"))
    return Questions({k: tuple(v) for k, v in raw["questions"].items()})
