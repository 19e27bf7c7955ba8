"""The classifier on a synthetic organisation's year:
:func:`timeaudit.classify.classifier.classify` (the default rule pack, a model fitted from the
seed corpus, the owners' own corrections) over a million events, against a naive
one-event-at-a-time loop measured in the same run.

The batch path deduplicates: a recurring series is one row for the rules and one for the
model. On a million rows it runs the rules in a forked process while the model runs in this
one, so the figure depends on a second core being free: the load average is printed.
The synthetic year keeps the deduplication honest with a share of one-off events whose
titles (names, customers, ticket ids) are nearly all distinct; the unique-row shares are
printed.
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np
import pandas as pd

from benchmarks.synthetic import organisation
from timeaudit.classify import learn
from timeaudit.classify.classifier import Classifier, classify
from timeaudit.classify.context import add_context
from timeaudit.classify.rules import apply_rules, default_pack, unique_rows

T = TypeVar("T")
MIB = 1024 * 1024
TARGET = 100_000  # events per second, the acceptance criterion


def timed(label: str, n: int | None, func: Callable[[], T]) -> tuple[T, float]:
    """Run ``func`` and print how long it took, with events/s when ``n`` is given."""
    began = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - began
    rate = f"{n / seconds:>10,.0f} events/s" if n else ""
    print(f"  {label:<46} {seconds:7.2f} s {rate}")
    return result, seconds


def peak_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_mib() -> float:
    """Resident memory now (Linux), NaN where /proc is missing."""
    statm = Path("/proc/self/statm")
    if not statm.exists():
        return float("nan")
    return int(statm.read_text().split()[1]) * resource.getpagesize() / MIB


def _cpu_seconds() -> float:
    """CPU time of this process plus its waited-for children (classify may fork one)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def frame_mib(frame: pd.DataFrame) -> float:
    return float(frame.memory_usage(deep=True).sum()) / MIB


def naive_classify(rows: pd.DataFrame, model: learn.Model) -> list[str]:
    """The obvious loop: each event on its own, as a one-row frame, through the rules and
    the model; no batching, no deduplication. The baseline for :func:`classify`."""
    pack = default_pack()
    categories = []
    for position in range(len(rows)):
        one = rows.iloc[[position]]
        rule = apply_rules(one, pack)
        guess = learn.predict(model, one)
        decided = rule if rule["rule_id"].iloc[0] else guess
        categories.append(str(decided["category"].iloc[0]))
    return categories


def unique_shares(ctx: pd.DataFrame) -> str:
    """How many rows are distinct on what the rules read; on what the model reads, over
    everyone and per owner (``classify`` predicts each owner's rows on their own); and on
    the title alone (each rule's regex is searched once per distinct title)."""
    feats = learn.features(ctx).assign(owner=ctx["owner"])
    keys = [*learn.TEXT_COLUMNS, *learn.NUMERIC, "role"]
    rules = len(unique_rows(ctx, default_pack())[1])
    model = int(feats.groupby(keys, sort=False).ngroup().max()) + 1
    per_owner = int(feats.groupby(["owner", *keys], sort=False).ngroup().max()) + 1
    n = len(ctx)
    return (
        f"rules' keys {rules / n:.1%}, model's inputs {model / n:.1%} ({per_owner / n:.1%} "
        f"per owner), titles {ctx['title'].nunique() / n:.1%}"
    )


def run(
    n_events: int = 1_000_000,
    n_owners: int = 1_000,
    baseline_events: int = 300,
    one_off_share: float = 0.2,
) -> None:
    print(f"classify: {n_events:,} events, {n_owners:,} owners, one year")
    org, _ = timed(
        "synthetic organisation", None, lambda: organisation(n_events, n_owners, one_off_share)
    )
    ctx, _ = timed(
        "context columns (add_context)", n_events, lambda: add_context(org.frame, org.people)
    )
    model, _ = timed(
        "fit model on the seed corpus (not counted)", None, lambda: learn.fit(learn.seed_corpus())
    )
    before = current_mib()
    classifier = Classifier(default_pack(), dict.fromkeys(org.people, model), org.corrections)
    load, cpu = os.getloadavg()[0], _cpu_seconds()
    tags, seconds = timed(
        "classify: rules + model + corrections", n_events, lambda: classify(ctx, classifier)
    )
    print(
        f"  CPU time {_cpu_seconds() - cpu:.2f} s (this process and its finished children); "
        f"load average before: {load:.2f} on {os.cpu_count()} cores"
    )
    _report_batch(org.one_off_share, ctx, tags, before)
    print(
        f"  frame: {frame_mib(org.frame):,.0f} MiB stored columns, {frame_mib(ctx):,.0f} MiB "
        "with context (memory_usage deep: a string shared by many rows counts for each)"
    )
    sample = ctx.iloc[np.random.default_rng(3).choice(len(ctx), baseline_events, replace=False)]
    _, naive_seconds = timed(
        f"baseline: one event at a time ({baseline_events} events)",
        baseline_events,
        lambda: naive_classify(sample, model),
    )
    rate, naive_rate = n_events / seconds, baseline_events / naive_seconds
    verdict = "meets" if rate >= TARGET else "MISSES"
    print(
        f"  batch {rate:,.0f} events/s = {rate / naive_rate:,.0f}x the naive loop "
        f"({naive_rate:,.1f} events/s); {verdict} the {TARGET:,} events/s target"
    )


def _report_batch(
    one_off_share: float, ctx: pd.DataFrame, tags: pd.DataFrame, before: float
) -> None:
    peak = peak_mib()
    print(f"  one-off events {one_off_share:.0%}; unique rows: {unique_shares(ctx)}")
    decided = tags["decided_by"].value_counts(normalize=True)
    print("  decided by: " + ", ".join(f"{k} {v:.1%}" for k, v in decided.items()))
    print(
        f"  memory: peak RSS {peak:,.0f} MiB (ru_maxrss, includes making the data); "
        f"RSS was {before:,.0f} MiB just before classify"
    )
