"""Context columns derived from the stored ones."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from timeaudit.classify.context import PersonContext, add_context
from timeaudit.model import Attendee, Event, Response
from timeaudit.store.frames import events_to_frame

BERLIN = ZoneInfo("Europe/Berlin")
OWNER = "lead@example.com"
PEOPLE = {
    OWNER: PersonContext(
        OWNER, "Europe/Berlin", "manager", ("partner.example",), ("rep@example.com",)
    )
}


def one(**kw: object) -> Event:
    base: dict[str, object] = {
        "source": "s",
        "owner": OWNER,
        "uid": "u",
        "start": datetime(2026, 10, 5, 9, tzinfo=BERLIN),
        "end": datetime(2026, 10, 5, 10, tzinfo=BERLIN),
    }
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def test_an_organiser_not_listed_as_attendee_still_takes_part() -> None:
    # Outlook style: the report organises, the owner is the only ATTENDEE line
    event = one(
        organizer="rep@example.com", attendees=(Attendee(OWNER, response=Response.ACCEPTED),)
    )
    row = add_context(events_to_frame([event]), PEOPLE).iloc[0]
    assert row["n_attendees"] == 2
    assert row["one_to_one"]
    assert row["with_report"]
    assert not row["organizer_self"]


def test_each_address_counts_once_and_partner_domains_are_internal() -> None:
    event = one(
        organizer="rep@example.com",
        attendees=(
            Attendee("rep@example.com"),
            Attendee(OWNER),
            Attendee("x@partner.example"),
            Attendee("c@customer.example"),
            Attendee("room@example.com", resource=True),
        ),
    )
    row = add_context(events_to_frame([event]), PEOPLE).iloc[0]
    assert row["n_attendees"] == 4  # owner, rep, partner, customer; the room is not a person
    assert row["n_external"] == 1
    assert row["external"]


def test_a_block_of_ones_own_is_organised_by_the_owner_and_has_one_person() -> None:
    row = add_context(events_to_frame([one()]), PEOPLE).iloc[0]
    assert row["n_attendees"] == 1
    assert row["organizer_self"]
    assert not row["outside_hours"]


def test_outside_hours_uses_the_owners_zone() -> None:
    late = one(
        start=datetime(2026, 10, 5, 19, tzinfo=BERLIN), end=datetime(2026, 10, 5, 20, tzinfo=BERLIN)
    )
    weekend = one(
        uid="w",
        start=datetime(2026, 10, 4, 10, tzinfo=BERLIN),
        end=datetime(2026, 10, 4, 11, tzinfo=BERLIN),
    )
    frame = add_context(events_to_frame([late, weekend]), PEOPLE)
    assert list(frame["outside_hours"]) == [True, True]
    assert list(frame["local_start_hour"]) == [19.0, 10.0]
    assert list(frame["weekday"]) == [0, 6]
