"""The share ranges of :mod:`timeaudit.audit.uncertainty` at organisation scale: every
(person, month) of a year for 1,000 leaders, as the trend of ``timeaudit audit --all`` has
them, against drawing per occurrence instead of per series (what it would cost, and how much
narrower, so falsely surer, its ranges would be).

Each leader has a year of recurring series (weekly, fortnightly and monthly, each tagged
once, at the confidence one classifier input gets) and one-off meetings, about 70 groups
and 100 occurrences a month, tagged with confidences like the demo's: the learned model's
(mostly 0.9 and more) and the rules' fixed 0.8 to 0.97; one tag in fifty is a correction.
"""

from __future__ import annotations

import resource
import time

import numpy as np
import pandas as pd

from timeaudit.audit.assess import assess
from timeaudit.audit.uncertainty import DRAWS, high_col, low_col, share_ranges
from timeaudit.categories import LABELS, OTHER, UNCLASSIFIED, WORK
from timeaudit.config.types import DEFAULT_ROLES

MONTHS = [f"2026-{m:02d}" for m in range(1, 13)]
MIX = (0.15, 0.25, 0.42, 0.06, 0.12)  # strategy, capability, execution, fire, other


def occurrences(leaders: int, seed: int = 14) -> pd.DataFrame:
    """One row per occurrence and month: owner, period, group, category, confidence,
    decided_by, hours."""
    rng = np.random.default_rng(seed)
    series_per_leader, one_offs_per_month = 30, 45
    n = leaders * series_per_leader
    series = pd.DataFrame(
        {
            "owner": np.repeat(
                [f"leader{i}@corp.example" for i in range(leaders)], series_per_leader
            ),
            "group": [f"series-{i}" for i in range(n)],
            "category": np.asarray(LABELS)[rng.choice(len(LABELS), n, p=MIX)],
            "confidence": _confidences(rng, n),
            "per_month": rng.choice([1, 2, 4], n, p=[0.3, 0.3, 0.4]),
            "hours": rng.choice([0.5, 0.75, 1.0, 1.5, 2.0], n),
        }
    )
    months = pd.DataFrame({"period": MONTHS})
    recurring = series.merge(months, how="cross")
    recurring = recurring.loc[recurring.index.repeat(recurring["per_month"])]
    m = leaders * len(MONTHS) * one_offs_per_month
    one_off = pd.DataFrame(
        {
            "owner": np.repeat(
                [f"leader{i}@corp.example" for i in range(leaders)],
                len(MONTHS) * one_offs_per_month,
            ),
            "period": np.tile(np.repeat(MONTHS, one_offs_per_month), leaders),
            "group": [f"one-off-{i}" for i in range(m)],
            "category": np.asarray(LABELS)[rng.choice(len(LABELS), m, p=MIX)],
            "confidence": _confidences(rng, m),
            "hours": rng.choice([0.5, 1.0, 1.5], m),
        }
    )
    table = pd.concat([recurring.drop(columns="per_month"), one_off], ignore_index=True)
    corrected = rng.random(len(table)) < 0.02
    return table.assign(decided_by=np.where(corrected, "correction", "model"))


def _confidences(rng: np.random.Generator, n: int) -> np.ndarray:
    model = np.clip(1 - rng.beta(0.6, 8.0, n), 0.35, 0.9995)
    rule = rng.choice([0.8, 0.85, 0.9, 0.95, 0.97], n)
    return np.where(rng.random(n) < 0.15, rule, model)


def run(leaders: int = 1000) -> None:
    table = occurrences(leaders)
    keys = ["owner", "period"]
    hours = table.pivot_table(
        index=keys, columns="category", values="hours", aggfunc="sum", fill_value=0.0
    ).reindex(columns=[*WORK, OTHER, UNCLASSIFIED], fill_value=0.0)
    assessment = assess(hours, pd.Series("executive", index=hours.index), DEFAULT_ROLES)
    groups = table.groupby(keys)["group"].nunique().mean()
    print(
        f"ranges: {leaders:,} leaders x {len(MONTHS)} months = {len(assessment):,} person-months, "
        f"{len(table):,} occurrences, {groups:.0f} groups a month, {DRAWS:,} draws; "
        f"mean confidence {table['confidence'].mean():.3f}"
    )
    began = time.perf_counter()
    by_series = share_ranges(table, keys, assessment)
    seconds = time.perf_counter() - began
    print(
        f"  {'per series (the audit)':<34} {seconds:8.2f} s  "
        f"{len(assessment) / seconds:>9,.0f} person-months/s"
    )
    alone = table.assign(group=[f"occurrence-{i}" for i in range(len(table))])
    began = time.perf_counter()
    by_occurrence = share_ranges(alone, keys, assessment)
    seconds = time.perf_counter() - began
    print(f"  {'per occurrence (for comparison)':<34} {seconds:8.2f} s")
    for category in WORK:
        series_width = (by_series[high_col(category)] - by_series[low_col(category)]).median()
        single = (by_occurrence[high_col(category)] - by_occurrence[low_col(category)]).median()
        print(
            f"  median range of {category:<20} per series {series_width:5.1f} pts, "
            f"per occurrence {single:5.1f} pts"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS {peak:,.0f} MiB")
