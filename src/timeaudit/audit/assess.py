"""Shares, fit against role targets, and the verdict.

Vectorised over rows of (person, period): one call assesses a whole organisation's year.
The input is a table of hours per category; the output adds shares, gaps, a green/amber/red
fit per category, and one verdict per row with the numbers behind it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import numpy as np
import pandas as pd

from timeaudit.categories import (
    CAPABILITY,
    EXECUTION,
    FIREFIGHTING,
    OTHER,
    STRATEGY,
    UNCLASSIFIED,
    WORK,
)
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

#: Below this many counted work hours in a period there is not enough data to judge: no
#: verdict, no fit and no gap (the assessment and the report both read this). Why ten: one
#: hour-long meeting moves a share by 100 / work hours points, and at ten hours that is 10
#: points, twice the default tolerance (5): below it, a single meeting more or less could turn
#: a category from green to red. A month of ordinary meetings is well above it (the demo's
#: leaders count 80 to 120 work hours); a month spent on leave, or a calendar that holds only
#: a few events, is below it.
MIN_WORK_HOURS = 10.0


def share_col(cat: str) -> str:
    return f"share:{cat}"


def target_col(cat: str) -> str:
    return f"target:{cat}"


def gap_col(cat: str) -> str:
    return f"gap:{cat}"


def fit_col(cat: str) -> str:
    return f"fit:{cat}"


def shown(value: float) -> int:
    """A share, target or gap as the reports show it: whole percent (points), rounded half to
    even like the templates' ``{:.0f}``. Every difference a report prints is taken between
    shown values (:func:`points`), so "65% against 30%" always reads "+35 pts"."""
    return round(value)


def points(now: float, then: float) -> int:
    """``now`` minus ``then`` in points, as the reader would work it out from the two shown
    values: never "65% | 65% | -1"."""
    return shown(now) - shown(then)


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


def _pts(value: int) -> str:
    return f"{value:+d} pts"


def _reason(row: Mapping[Hashable, Any]) -> str:
    """The verdict's numbers in one sentence, every share and gap as the report shows it."""
    s = {c: shown(float(row[share_col(c)])) for c in WORK}
    t = {c: shown(float(row[target_col(c)])) for c in WORK}
    g = {c: s[c] - t[c] for c in WORK}
    verdict = str(row["verdict"])
    if verdict == NO_DATA:
        return _no_data_reason(row)
    if verdict == OVERLOAD:
        return (
            f"firefighting took {s[FIREFIGHTING]}% of work hours against a ceiling of "
            f"{t[FIREFIGHTING]}% ({_pts(g[FIREFIGHTING])})"
        )
    if verdict == STUCK:
        busy, target = s[EXECUTION] + s[FIREFIGHTING], t[EXECUTION] + t[FIREFIGHTING]
        return (
            f"execution and firefighting took {busy}% against {target}%, while strategy "
            f"was {s[STRATEGY]}% ({_pts(g[STRATEGY])}) and capability-building "
            f"{s[CAPABILITY]}% ({_pts(g[CAPABILITY])})"
        )
    if verdict == OVER_PLANNING:
        return (
            f"strategy took {s[STRATEGY]}% against {t[STRATEGY]}% ({_pts(g[STRATEGY])}) "
            f"while execution got {s[EXECUTION]}% against {t[EXECUTION]}%"
        )
    if verdict == UNDER_INVESTED:
        return f"capability-building got {s[CAPABILITY]}% against {t[CAPABILITY]}% " + (
            f"({_pts(g[CAPABILITY])})"
        )
    if verdict == OFF_TARGET:
        off = [c for c in WORK if row[fit_col(c)] == RED]
        return "; ".join(f"{c} {s[c]}% against {t[c]}% ({_pts(g[c])})" for c in off)
    return _fits_reason(row, s, t, g)


def _no_data_reason(row: Mapping[Hashable, Any]) -> str:
    """What was counted, in the coverage's own terms (counted hours, counted work hours,
    other), and why that is too little to judge."""
    work = float(row["work_hours"])
    other, unclassified = (float(row.get(c, 0.0)) for c in (OTHER, UNCLASSIFIED))
    counted = work + other + unclassified
    rest = " or ".join(
        text for text, h in (("tagged other", other), ("left unclassified", unclassified)) if h
    )
    if counted <= 0:
        return "no counted hours in the period; nothing to judge"
    if work <= 0:
        return f"all {counted:.1f} counted hours were {rest}; no work hours to judge"
    beside = f" of {counted:.1f} counted hours (the rest {rest})" if rest else ""
    return (
        f"only {work:.1f} counted work hours{beside}; at least {MIN_WORK_HOURS:.0f} are needed "
        "to judge the split"
    )


def _fits_reason(
    row: Mapping[Hashable, Any], s: Mapping[str, int], t: Mapping[str, int], g: Mapping[str, int]
) -> str:
    ambers = [c for c in WORK if row[fit_col(c)] == AMBER]
    if ambers:
        said = "; ".join(f"{c} {s[c]}% against {t[c]}% ({_pts(g[c])})" for c in ambers)
        text = f"no category red, but {len(ambers)} amber: {said}"
    else:
        worst = max(WORK, key=lambda c: abs(g[c]))
        text = (
            f"every category within {float(row['tolerance']):.0f} points of its target; "
            f"largest gap {worst} {_pts(g[worst])}"
        )
    if no_strategy(s[STRATEGY], t[STRATEGY]) and STRATEGY not in ambers:
        text += f"; strategy got {s[STRATEGY]}% against {t[STRATEGY]}%"
    return text


def no_strategy(share: float, target: float) -> bool:
    """Whether strategy shows as 0% while the role asks for some: never a plain fit."""
    return shown(share) == 0 and shown(target) > 0


def headline(verdict: str, fits: Sequence[str], strategy: float, strategy_target: float) -> str:
    """The verdict as a report heads it: its label, and for a fit that is not clean (an
    amber category, or no strategy at all) what keeps it from being one, "fits, with 2
    amber". ``fits`` are the work categories' fits, in any order."""
    label = VERDICT_LABELS[verdict]
    if verdict != FITS:
        return label
    ambers = sum(1 for f in fits if f == AMBER)
    caveats = [f"{ambers} amber"] if ambers else []
    if no_strategy(strategy, strategy_target):
        caveats.append("0% strategy")
    return f"{label}, with {' and '.join(caveats)}" if caveats else label


@dataclass(frozen=True)
class Questions:
    """Reflective questions per verdict, from ``reports/questions.toml``."""

    by_verdict: Mapping[str, tuple[str, ...]]

    def for_verdict(self, verdict: str, limit: int = 5) -> tuple[str, ...]:
        return self.by_verdict.get(verdict, self.by_verdict.get(FITS, ()))[:limit]


def load_questions() -> Questions:
    raw = tomllib.loads((files("timeaudit.reports") / "questions.toml").read_text(encoding="utf-8"))
    return Questions({k: tuple(v) for k, v in raw["questions"].items()})
