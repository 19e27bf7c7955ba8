"""The audit's batch steps on a synthetic organisation: context, rules, counting and
allocation, against a naive one-event-at-a-time allocation measured in the same run."""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from typing import TypeVar

import pandas as pd

from benchmarks.synthetic import events_frame, zone_of
from timeaudit.audit import allocate as alloc
from timeaudit.classify.context import PersonContext, add_context
from timeaudit.classify.rules import apply_rules, default_pack

T = TypeVar("T")


def timed(label: str, n: int, func: Callable[[], T]) -> tuple[T, float]:
    began = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - began
    print(f"  {label:<38} {seconds:8.2f} s  {n / seconds:>12,.0f} events/s")
    return result, seconds


def naive_allocate(frame: pd.DataFrame) -> dict[int, float]:
    """The obvious per-event loop: for each event, walk its quarter hours and count how
    many of its owner's events share each one. The baseline for the vectorised sweep."""
    hours: dict[int, float] = {}
    for _, group in frame.groupby("owner"):
        spans = list(
            zip(
                group.index,
                group["start"].astype("int64") // 10**9,
                group["end"].astype("int64") // 10**9,
                strict=True,
            )
        )
        for index, start, end in spans:
            total, t = 0.0, int(start)
            while t < end:
                active = sum(1 for _, a, b in spans if a < t + 900 and b > t)
                total += 0.25 / active
                t += 900
            hours[int(index)] = total
    return hours


def peak_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n_events: int = 500_000, n_owners: int = 500, baseline_events: int = 5_000) -> None:
    print(f"pipeline: {n_events:,} events, {n_owners} owners, one year")
    frame = events_frame(n_events, n_owners)
    people = {
        o: PersonContext(o, zone_of(i), "executive", ("corp.example",))
        for i, o in enumerate(sorted(frame["owner"].unique()))
    }
    ctx, t_ctx = timed(
        "context columns (add_context)", n_events, lambda: add_context(frame, people)
    )
    tags, t_rules = timed(
        "rules (86-rule default pack)", n_events, lambda: apply_rules(ctx, default_pack())
    )
    counted, t_count = timed("counting rules", n_events, lambda: ctx.join(alloc.counting(ctx)))
    start, end = pd.Timestamp("2026-01-01", tz="UTC"), pd.Timestamp("2027-01-01", tz="UTC")
    _, t_alloc = timed(
        "allocation (overlaps, months)", n_events, lambda: alloc.allocate(counted, start, end)
    )
    peak = peak_mib()
    total = t_ctx + t_rules + t_count + t_alloc
    rate = n_events / total
    print(
        f"  {'whole batch':<38} {total:8.2f} s  {rate:>12,.0f} events/s  peak RSS {peak:,.0f} MiB"
    )
    small = counted[
        counted["owner"].isin(sorted(people)[: max(1, n_owners * baseline_events // n_events)])
    ]
    _, t_naive = timed(
        f"baseline: naive loop ({len(small):,} events)", len(small), lambda: naive_allocate(small)
    )
    _, t_fast = timed(
        f"vectorised, same {len(small):,} events",
        len(small),
        lambda: alloc.allocate(small, start, end),
    )
    print(f"  vectorised allocation is {t_naive / t_fast:,.0f}x the naive loop on the same events")
    del tags
