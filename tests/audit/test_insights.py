"""The analyses beside the split: time sinks grouped by series and by one-off title, and the
meetings offered for delegation (never the owner's own team meeting)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pandas as pd

from timeaudit.audit.insights import chaired, delegation_candidates, series_hours
from timeaudit.categories import EXECUTION
from timeaudit.classify.context import PersonContext, add_context
from timeaudit.model import Attendee, Event, Response
from timeaudit.store.frames import display_titles, events_to_frame

OWNER = "lead@example.com"
REPORTS = tuple(f"report{i}@example.com" for i in range(1, 6))
PEERS = tuple(f"peer{i}@example.com" for i in range(1, 6))
CONTEXT = {OWNER: PersonContext(OWNER, "UTC", "manager", reports=REPORTS)}


def meeting(title: str, day: int, *, hours: float = 1.0, series: str = "", **fields: Any) -> Event:
    start = datetime(2026, 10, day, 10, tzinfo=UTC)
    return Event(
        source="work",
        owner=OWNER,
        uid=f"{series or title}-{day}",
        start=start,
        end=start + timedelta(hours=hours),
        recurrence_id=start.isoformat() if series else "",
        series_id=series,
        title=title,
        **fields,
    )


def frame(events: list[Event], category: str = EXECUTION) -> pd.DataFrame:
    out = add_context(events_to_frame(events), CONTEXT)
    return out.assign(
        category=category, counted=True, hours=(out["end"] - out["start"]).dt.total_seconds() / 3600
    )


def people(*emails: str) -> tuple[Attendee, ...]:
    return tuple(Attendee(e, response=Response.ACCEPTED) for e in (OWNER, *emails))


def sinks(rows: pd.DataFrame) -> list[tuple[str, float, int]]:
    table = series_hours(rows.assign(shown=display_titles(rows)), n=("uid", "size"))
    return [(str(r["title"]), float(r["hours"]), int(r["n"])) for r in table.to_dict("records")]


# -- time sinks ---------------------------------------------------------------------------
def test_one_offs_with_the_same_title_are_one_sink() -> None:
    rows = frame(
        [
            meeting("Budget review FY27", 5, hours=1.5),
            meeting("Budget  review fy27", 12),  # case and spacing aside, the same
            meeting("Budget review FY27", 19, hours=0.5),
            meeting("Vendor call", 6),
        ]
    )
    assert sinks(rows) == [("Budget review FY27", 3.0, 3), ("Vendor call", 1.0, 1)]


def test_a_series_stays_one_sink_apart_from_one_offs_of_its_title() -> None:
    rows = frame(
        [
            *(meeting("Ops review", d, series="ops") for d in (5, 12, 19)),
            meeting("Ops review", 20, hours=2.0),  # an extra one, booked on its own
        ]
    )
    assert sinks(rows) == [("Ops review", 3.0, 3), ("Ops review", 2.0, 1)]


def test_private_one_offs_are_never_grouped_by_their_hidden_title() -> None:
    rows = frame([meeting("Clinic", 5, private=True), meeting("Clinic", 12, private=True)])
    assert sinks(rows) == [("(private event)", 1.0, 1), ("(private event)", 1.0, 1)]


# -- delegation ---------------------------------------------------------------------------
def test_a_team_meeting_the_owner_chairs_is_not_offered_for_delegation() -> None:
    """The weekly leadership team: organised by the owner, five direct reports and one
    guest. A status meeting someone else runs for the same people stays a candidate."""
    own = meeting(
        "Leadership team weekly status",
        5,
        series="lt",
        organizer=OWNER,
        response=Response.ORGANIZER,
        attendees=people(*REPORTS, PEERS[0]),
    )
    theirs = meeting(
        "Programme status review",
        6,
        series="prog",
        organizer=PEERS[0],
        response=Response.ACCEPTED,
        attendees=people(*REPORTS, PEERS[0]),
    )
    rows = frame([own, theirs])
    assert chaired(rows).tolist() == [True, False]
    assert delegation_candidates(rows)["title"].tolist() == ["Programme status review"]


def test_a_meeting_the_owner_organises_for_mostly_others_can_still_be_handed_on() -> None:
    crowd = meeting(
        "Weekly delivery sync",
        5,
        series="delivery",
        organizer=OWNER,
        response=Response.ORGANIZER,
        attendees=people(*REPORTS[:2], *PEERS),  # 2 reports among 7 others
    )
    one_to_one = meeting(
        "Weekly sync w/ report1",
        6,
        series="one",
        organizer=OWNER,
        response=Response.ORGANIZER,
        attendees=people(REPORTS[0]),  # one report is a 1:1, not a team
    )
    rows = frame([crowd, one_to_one])
    assert chaired(rows).tolist() == [False, False]
    assert sorted(delegation_candidates(rows)["title"]) == [
        "Weekly delivery sync",
        "Weekly sync w/ report1",
    ]
