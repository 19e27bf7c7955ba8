"""How single Google events map to the event model: one event resource per edge case in
tests/data/google/events/, all served by the fake Google in one calendar (Europe/Berlin)
and read with one full sync of March 2026 by ana@example.com."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.fakes.google_kit import (
    DATA,
    OWNER,
    berlin,
    connector,
    fetch,
    serving,
    signed_in,
    user_spec,
)
from timeaudit.connectors.contract import SyncBatch
from timeaudit.model import Attendee, Busy, Event, Kind, Response, Status

EVENTS = DATA / "events"


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SyncBatch]:
    with pytest.MonkeyPatch.context() as monkeypatch, serving(monkeypatch) as google:
        for path in sorted(EVENTS.glob("*.json")):
            google.put(OWNER, json.loads(path.read_text(encoding="utf-8")))
        spec = user_spec(tmp_path_factory.mktemp("google-events"))
        signed_in(spec)
        yield fetch(connector(spec))


def event(batch: SyncBatch, case: str) -> Event:
    item = json.loads((EVENTS / f"{case}.json").read_text(encoding="utf-8"))
    uid = item.get("recurringEventId") or item["id"]
    (found,) = [e for e in batch.events if e.uid == uid]
    return found


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


CASES: list[tuple[str, dict[str, Any]]] = [
    ("timed_new_york", {"start": utc(10, 14), "end": utc(10, 15), "tz": "America/New_York",
                        "all_day": False}),
    ("timed_no_zone", {"start": utc(10, 9), "tz": "Europe/Berlin"}),  # the calendar's zone
    ("timed_unknown_zone", {"start": utc(11, 8), "tz": "Europe/Berlin"}),
    ("all_day", {"start": berlin(3, 12), "end": berlin(3, 14), "tz": "Europe/Berlin",
                 "all_day": True}),
    ("out_of_office", {"busy": Busy.OUT_OF_OFFICE, "kind": Kind.OUT_OF_OFFICE,
                       "title": "Out of office", "all_day": True,  # midnight to midnight
                       "start": berlin(3, 13), "end": berlin(3, 14), "tz": "Europe/Berlin"}),
    ("out_of_office_afternoon", {"busy": Busy.OUT_OF_OFFICE, "kind": Kind.OUT_OF_OFFICE,
                                 "all_day": False, "start": berlin(3, 13, 13)}),
    ("focus_time", {"kind": Kind.FOCUS_TIME, "busy": Busy.BUSY, "title": "Focus: strategy paper"}),
    ("from_gmail", {"kind": Kind.DEFAULT, "title": "Flight to Lisbon"}),
    ("private", {"private": True}),
    ("confidential", {"private": True}),
    ("public", {"private": False}),
    ("transparent", {"busy": Busy.FREE}),
    ("tentative_event", {"status": Status.TENTATIVE}),
    ("accepted", {"response": Response.ACCEPTED, "organizer": "cto@example.com",
                  "ical_uid": ""}),  # no iCalUID given
    ("declined", {"response": Response.DECLINED, "organizer": "sales@vendor.example"}),
    ("tentative_answer", {"response": Response.TENTATIVE, "busy": Busy.BUSY}),
    ("needs_action", {"response": Response.NEEDS_ACTION}),
    ("organizer_self", {"response": Response.ORGANIZER, "organizer": OWNER}),
    ("not_listed", {"response": Response.NONE, "organizer": "ceo@example.com"}),
    ("instance", {"uid": "weekly1", "recurrence_id": "2026-03-30T07:00:00Z",
                  "series_id": "weekly1", "start": utc(31, 8), "ical_uid": "weekly1@google.com"}),
    ("all_day_instance", {"uid": "daily1", "recurrence_id": "2026-03-16", "series_id": "daily1"}),
    ("created", {"created": datetime(2026, 3, 9, 22, 15, 42, 123000, tzinfo=UTC)}),
    ("busy_only", {"title": "", "organizer": "", "response": Response.NONE, "busy": Busy.BUSY,
                   "created": None, "attendees": ()}),
]  # fmt: skip


@pytest.mark.parametrize(("case", "expected"), CASES, ids=[c for c, _ in CASES])
def test_event_fields(batch: SyncBatch, case: str, expected: dict[str, Any]) -> None:
    got = event(batch, case)
    assert {name: getattr(got, name) for name in expected} == expected


def test_one_offs_have_no_recurrence_id_and_carry_their_calendar(batch: SyncBatch) -> None:
    got = event(batch, "accepted")
    assert (got.uid, got.recurrence_id, got.series_id) == ("accepted", "", "")
    assert (got.source, got.owner, got.calendar) == ("work", OWNER, "primary")


def test_attendees_keep_name_optional_and_resource(batch: SyncBatch) -> None:
    assert event(batch, "attendee_details").attendees == (
        Attendee(OWNER, "", Response.ACCEPTED),
        Attendee("alice@acme.example", "Alice Buyer", Response.ACCEPTED),
        Attendee("bob@acme.example", "Bob Buyer", Response.NEEDS_ACTION, optional=True),
        Attendee("c_188@resource.calendar.google.com", "Berlin-3-Spree", Response.ACCEPTED,
                 resource=True),
    )  # fmt: skip


@pytest.mark.parametrize("case", ["working_location", "birthday"])
def test_working_locations_and_birthdays_are_ignored(batch: SyncBatch, case: str) -> None:
    item = json.loads((EVENTS / f"{case}.json").read_text(encoding="utf-8"))
    assert item["id"] not in {e.uid for e in batch.events}


def test_an_unreadable_event_is_one_problem_and_the_rest_load(batch: SyncBatch) -> None:
    assert batch.problems == [
        "calendar 'primary': event 'backwards' skipped: event 'backwards' from 'work': ends "
        "before it starts (2026-03-30T11:00:00+02:00 > 2026-03-30T10:00:00+02:00)"
    ]
    assert batch.kept_calendars == {"primary"}  # nothing stored from it is lost
    assert len(batch.events) == len(list(EVENTS.glob("*.json"))) - 3


def test_every_data_file_is_checked() -> None:
    names = {p.stem for p in EVENTS.glob("*.json")}
    checked = {c for c, _ in CASES} | {"attendee_details", "working_location", "birthday"}
    assert names == checked | {"ends_before_start"}
