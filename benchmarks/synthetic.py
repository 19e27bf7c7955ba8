"""Synthetic calendars for benchmarks: many owners, realistic titles, overlaps and series."""

from __future__ import annotations

import numpy as np
import pandas as pd

from timeaudit.frame import STORED_COLUMNS, normalise_types

TITLES = (
    "Weekly status",
    "1:1 with Priya",
    "Incident bridge INC-{n}",
    "Strategy offsite",
    "Lunch",
    "Sprint planning",
    "Postmortem: outage {n}",
    "Customer QBR",
    "Interview: backend engineer",
    "Board strategy session",
    "Hold",
    "Pipeline review",
    "Coaching session",
    "Team standup",
    "Budget sign-off",
    "Vendor call",
    "Retro",
    "Quarterly planning",
    "Focus time",
    "Flight",
)
ZONES = ("Europe/London", "America/New_York", "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney")


def events_frame(n_events: int, n_owners: int, seed: int = 7) -> pd.DataFrame:
    """``n_events`` occurrences spread over ``n_owners`` owners and one year (2026)."""
    rng = np.random.default_rng(seed)
    owners = np.array([f"leader{i}@corp.example" for i in range(n_owners)])
    start = pd.Timestamp("2026-01-01", tz="UTC") + pd.to_timedelta(
        rng.integers(0, 365 * 24 * 4, n_events) * 15, unit="min"
    )
    duration = pd.to_timedelta(rng.choice([15, 30, 45, 60, 90, 120], n_events), unit="min")
    series = rng.integers(0, 400, n_events)
    titles = np.array(TITLES)[series % len(TITLES)]
    frame = pd.DataFrame(dict.fromkeys(STORED_COLUMNS, ""), index=range(n_events))
    frame["source"] = "bench"
    frame["uid"] = [f"u{i}" for i in range(n_events)]
    frame["owner"] = owners[rng.integers(0, n_owners, n_events)]
    frame["start"], frame["end"] = start, start + duration
    frame["created"] = start - pd.to_timedelta(rng.integers(1, 2000, n_events), unit="h")
    frame["title"] = [t.replace("{n}", str(s)) for t, s in zip(titles, series, strict=True)]
    frame["attendee_emails"] = np.where(
        series % 3 == 0, "a@corp.example b@other.example", "a@corp.example"
    )
    frame["series_id"] = np.where(series % 2 == 0, [f"s{s}" for s in series], "")
    frame["response"], frame["busy"], frame["status"], frame["kind"] = (
        "accepted",
        "busy",
        "confirmed",
        "default",
    )
    frame["all_day"], frame["private"] = False, False
    frame["attendees_json"] = "[]"
    return normalise_types(frame)


def zone_of(owner_index: int) -> str:
    return ZONES[owner_index % len(ZONES)]
