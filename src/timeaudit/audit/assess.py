"""Shares, fit against role targets, and the verdict.

Vectorised over rows of (person, period): one call assesses a whole organisation's year.
The input is a table of hours per category; the output adds shares, gaps, a green/amber/red
fit per category, and one verdict per row with the numbers behind it.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
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
from timeaudit.config.types import DEFAULT_MIN_WORK_HOURS, RoleProfile

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

#: Every verdict, in a fixed order: :func:`judge` answers with positions in it.
VERDICTS: tuple[str, ...] = tuple(VERDICT_LABELS)


def share_col(cat: str) -> str:
    return f"share:{cat}"


def target_col(cat: str) -> str:
    return f"target:{cat}"


def gap_col(cat: str) -> str:
    return f"gap:{cat}"


def fit_col(cat: str) -> str:
    return f"fit:{cat}"


# -- the planning lens (issue 15): planning vs doing, beside the split --------------------------
#: Columns :func:`assess` adds for the planning lens: hours and share of work hours that were
#: planning (any work category) and doing (execution and firefighting that was not planning),
#: the role's band and planning's fit against it.
PLANNING_HOURS, PLANNING_SHARE = "planning_hours", "planning_share"
DOING_HOURS, DOING_SHARE = "doing_hours", "doing_share"
PLANNING_MIN, PLANNING_MAX, PLANNING_FIT = "planning_min", "planning_max", "fit:planning"


def planning_col(cat: str) -> str:
    """The input column of hours in ``cat`` that were planning (an hours table may leave it
    out: no planning)."""
    return f"planning:{cat}"


def planning_trap(
    planning: npt.ArrayLike,
    doing: npt.ArrayLike,
    planning_max: npt.ArrayLike,
    execution_target: npt.ArrayLike,
    tolerance: npt.ArrayLike,
) -> npt.NDArray[np.bool_]:
    """The over-planning trap, whatever category the planning was tagged: planning's share
    more than the tolerance over the top of the role's band while doing (execution and
    firefighting that is not planning) is more than the tolerance under execution's target."""
    tol = np.asarray(tolerance, dtype=float)
    over = np.asarray(planning, dtype=float) > np.asarray(planning_max, dtype=float) + tol
    starved = np.asarray(doing, dtype=float) < np.asarray(execution_target, dtype=float) - tol
    return np.asarray(over & starved, dtype=bool)


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
    hours: pd.DataFrame,
    profiles: pd.Series,
    roles: Mapping[str, RoleProfile],
    min_work_hours: float = DEFAULT_MIN_WORK_HOURS,
) -> pd.DataFrame:
    """Assess every row of ``hours``.

    ``hours`` has one column per work category (hours; missing columns count as zero);
    ``profiles`` gives each row's role name (same index). Person-level overrides are
    applied by passing a distinct :class:`RoleProfile` under its own key in ``roles``.
    A row with fewer than ``min_work_hours`` counted work hours (``[settings]
    min_work_hours``) has not enough data to judge: verdict ``no-data``.
    Returns a copy with ``work_hours``, ``share:*``, ``target:*``, ``gap:*``, ``fit:*``,
    ``tolerance``, ``min_work_hours``, ``verdict`` and ``verdict_reason`` columns.
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
    out = _planning_lens(out, safe, targets)
    out["min_work_hours"] = float(min_work_hours)
    out["verdict"] = _verdict(out, min_work_hours)
    out["verdict_reason"] = [_reason(row) for row in out.to_dict("records")]
    return out


def _planning_lens(out: pd.DataFrame, safe: pd.Series, targets: pd.DataFrame) -> pd.DataFrame:
    """The planning lens's columns: hours, shares, band and fit. Doing is worked out as
    :mod:`timeaudit.audit.uncertainty`'s draws do it, so an unmoved draw is this row."""
    for cat in WORK:
        if planning_col(cat) not in out:
            out[planning_col(cat)] = 0.0
    out[PLANNING_HOURS] = out[[planning_col(c) for c in WORK]].sum(axis=1)
    busy = out[EXECUTION] + out[FIREFIGHTING]
    out[DOING_HOURS] = busy - out[planning_col(EXECUTION)] - out[planning_col(FIREFIGHTING)]
    out[PLANNING_SHARE] = (100.0 * out[PLANNING_HOURS] / safe).fillna(0.0)
    out[DOING_SHARE] = (100.0 * out[DOING_HOURS] / safe).fillna(0.0)
    out[PLANNING_MIN], out[PLANNING_MAX] = targets[PLANNING_MIN], targets[PLANNING_MAX]
    below = (out[PLANNING_MIN] - out[PLANNING_SHARE]).clip(lower=0)
    above = (out[PLANNING_SHARE] - out[PLANNING_MAX]).clip(lower=0)
    miss = below + above  # green inside the band, amber within the tolerance of it
    fit = np.select([miss <= 0, miss <= out["tolerance"]], [GREEN, AMBER], RED)
    out[PLANNING_FIT] = pd.Series(fit, index=out.index)
    return out


def _targets(profiles: pd.Series, roles: Mapping[str, RoleProfile]) -> pd.DataFrame:
    table = pd.DataFrame(
        {
            name: {
                **p.targets,
                "tolerance": p.tolerance,
                PLANNING_MIN: p.planning.low,
                PLANNING_MAX: p.planning.high,
            }
            for name, p in roles.items()
        }
    ).T
    return table.reindex(profiles.to_numpy()).set_index(profiles.index).astype(float)


def _fit(gap: pd.Series, tolerance: pd.Series, *, ceiling: bool) -> pd.Series:
    miss = gap.clip(lower=0) if ceiling else gap.abs()
    status = np.select([miss <= tolerance, miss <= 2 * tolerance], [GREEN, AMBER], RED)
    return pd.Series(status, index=gap.index)


def _verdict(out: pd.DataFrame, min_work_hours: float) -> pd.Series:
    shares = out[[share_col(c) for c in WORK]].to_numpy(dtype=float)
    targets = out[[target_col(c) for c in WORK]].to_numpy(dtype=float)
    codes = judge(
        shares,
        out["work_hours"].to_numpy(dtype=float),
        targets,
        out["tolerance"].to_numpy(dtype=float),
        min_work_hours,
        planning=out[PLANNING_SHARE].to_numpy(dtype=float),
        doing=out[DOING_SHARE].to_numpy(dtype=float),
        planning_max=out[PLANNING_MAX].to_numpy(dtype=float),
    )
    return pd.Series(np.asarray(VERDICTS, dtype=object)[codes], index=out.index)


def judge(
    shares: npt.NDArray[np.float64],
    work_hours: npt.NDArray[np.float64],
    targets: npt.NDArray[np.float64],
    tolerance: npt.NDArray[np.float64],
    min_work_hours: float | npt.NDArray[np.float64],
    *,
    planning: npt.NDArray[np.float64] | float = 0.0,
    doing: npt.NDArray[np.float64] | None = None,
    planning_max: npt.NDArray[np.float64] | float = 100.0,
) -> npt.NDArray[np.intp]:
    """The verdict rule itself, on arrays: each verdict's position in :data:`VERDICTS`.

    ``shares`` and ``targets`` have the work categories (in :data:`WORK` order) on their
    last axis; ``work_hours``, ``tolerance`` and the planning lens's ``planning`` and
    ``doing`` shares and ``planning_max`` (the top of the role's band) have the shape of
    the rest, or broadcast to it; without ``doing``, doing is execution and firefighting.
    The first pattern that holds wins: too few work hours (and none at all, whatever the
    threshold), firefighting over its ceiling, the planning trap (:func:`planning_trap`:
    over-planning, ahead of stuck in execution, since the "execution" that crowds out the
    rest is then mostly planning), stuck in execution, over-planning by strategy (strategy
    over, execution under), people under-invested, any red; else fits.
    :func:`assess` judges each row with it, and :mod:`timeaudit.audit.uncertainty` every
    plausible set of tags, so the two can never disagree on what a verdict means."""
    gap = shares - targets
    strategy, capability, execution, fire = (gap[..., WORK.index(c)] for c in WORK)
    tol = np.broadcast_to(tolerance, strategy.shape)
    miss = np.abs(gap)
    miss[..., WORK.index(FIREFIGHTING)] = np.clip(fire, 0, None)  # a ceiling
    any_red = (miss > 2 * tol[..., None]).any(axis=-1)
    busy = shares[..., WORK.index(EXECUTION)] + shares[..., WORK.index(FIREFIGHTING)]
    doing_share = busy if doing is None else doing
    trap = planning_trap(
        planning, doing_share, planning_max, targets[..., WORK.index(EXECUTION)], tol
    )
    conditions = [
        (work_hours <= 0) | (work_hours < min_work_hours),  # no work hours: never a verdict
        fire > tol,
        np.broadcast_to(trap, strategy.shape),
        (execution + fire > tol) & (strategy < 0) & (capability < 0),
        (strategy > tol) & (execution < -tol),
        capability < -tol,
        any_red,
    ]
    choices = [
        VERDICTS.index(v)
        for v in (NO_DATA, OVERLOAD, OVER_PLANNING, STUCK, OVER_PLANNING, UNDER_INVESTED)
    ] + [VERDICTS.index(OFF_TARGET)]
    return np.select(conditions, choices, VERDICTS.index(FITS))


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
    if verdict == OVER_PLANNING and _trapped(row):
        return _trap_reason(row, t[EXECUTION])
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


def _trapped(row: Mapping[Hashable, Any]) -> bool:
    return bool(
        planning_trap(
            row[PLANNING_SHARE],
            row[DOING_SHARE],
            row[PLANNING_MAX],
            row[target_col(EXECUTION)],
            row["tolerance"],
        )
    )


def _trap_reason(row: Mapping[Hashable, Any], execution_target: int) -> str:
    low, high = shown(float(row[PLANNING_MIN])), shown(float(row[PLANNING_MAX]))
    planning, doing = shown(float(row[PLANNING_SHARE])), shown(float(row[DOING_SHARE]))
    return (
        f"planning took {planning}% of work hours against a band of {low}-{high}%, while "
        f"doing got {doing}% against an execution target of {execution_target}%"
    )


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
        f"only {work:.1f} counted work hours{beside}; at least {float(row['min_work_hours']):g} "
        "are needed to judge the split"
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
