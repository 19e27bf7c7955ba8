"""The summary printed after each calendar is written: its size, the counted hours per month
and their split over the four work categories, and the hard cases it contains."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import recurring_ical_events

from .builder import Builder, start_of
from .cast import MONTHS, WORK, O, days


def summarise(builder: Builder, path: Path) -> None:
    """Parse the written file back, expand it, and print hours per month."""
    leader = builder.leader
    tz = leader.tz
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    occurrences = recurring_ical_events.of(cal).between((2025, 11, 1), (2026, 11, 1))
    print(
        f"\n== {path.name}: {path.stat().st_size / 1024:.0f} KiB, "
        f"{len(cal.walk('VEVENT'))} VEVENTs, {len(occurrences)} occurrences "
        f"({leader.owner.name}, {leader.job}, {leader.tzid}, target role {leader.role})"
    )
    bounds = [datetime(y, m, 1, tzinfo=tz) for y, m in MONTHS] + [datetime(2026, 11, 1, tzinfo=tz)]
    total, by_cat = _hours(builder, occurrences, bounds)
    _print_months(builder, bounds, total, by_cat)
    print("  hard cases:")
    for case, where in builder.hard:
        print(f"    - {case}: {where}")


def _hours(
    builder: Builder, occurrences: Sequence[icalendar.Event], bounds: Sequence[datetime]
) -> tuple[dict[int, float], dict[int, dict[str, float]]]:
    """Counted hours per month index, in total and per category."""
    tz = builder.leader.tz
    total: dict[int, float] = defaultdict(float)
    by_cat: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for occ in occurrences:
        if not builder.counted(occ):
            continue
        s = start_of(occ, tz).astimezone(UTC)
        e = start_of(occ, tz, "DTEND").astimezone(UTC)
        cat = builder.cats.get(str(occ["UID"]), "?")
        for m in range(12):
            lo = max(s, bounds[m].astimezone(UTC))
            hi = min(e, bounds[m + 1].astimezone(UTC))
            if hi > lo:
                hours = (hi - lo).total_seconds() / 3600
                total[m] += hours
                by_cat[m][cat] += hours
    return total, by_cat


def _print_months(
    builder: Builder,
    bounds: Sequence[datetime],
    total: dict[int, float],
    by_cat: dict[int, dict[str, float]],
) -> None:
    print("  month    counted h  per wk   work h   strat  capab  exec   fire   (other h)")
    for m, (y, mo) in enumerate(MONTHS):
        workdays = sum(
            1
            for day in days(date(y, mo, 1), bounds[m + 1].date())
            if day.weekday() < 5 and day not in builder.off
        )
        work = sum(by_cat[m][c] for c in WORK)
        shares = "  ".join(f"{100 * by_cat[m][c] / work:4.0f}%" if work else "   -" for c in WORK)
        weekly = total[m] / (workdays / 5) if workdays else 0.0
        print(
            f"  {y}-{mo:02d}  {total[m]:8.1f}  {weekly:6.1f}  {work:7.1f}   {shares}"
            f"   ({by_cat[m][O]:.1f})"
        )
