"""One identity for an event across sources: the iCalendar UID every connector gives an event
(``Event.ical_uid``), and the one spelling of recurrence ids.

Graph's ``iCalUId`` is the hex of an Outlook Global Object ID (MS-OXOCAL PidLidGlobalObjectId);
the ids here are built byte by byte, not by the code under test."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.fakes.graph_server import item, occurrence
from timeaudit.connectors.contract import SourceSpec, Window
from timeaudit.connectors.google.events import to_event
from timeaudit.connectors.ics import IcsConnector
from timeaudit.connectors.microsoft.events import Owner, event_from, ical_uid

CLASS_ID = "040000008200E00074C5B7101A82E008"
CREATED = "00283154FD85DC01"  # FILETIME of 2026-01-15 09:00 UTC
RESERVED = "00" * 8
DATA = "1F2D4C4AAB5A4C4D8CC73B0E6DC2D1EF"  # an Outlook meeting's 16 bytes
GOOGLE_UID = "7kq3v0jc2o1ss9c5mp0vf4ev5b@google.com"
BERLIN, LONDON = ZoneInfo("Europe/Berlin"), ZoneInfo("Europe/London")


def goid(instance: str, data: str) -> str:
    """A Global Object ID's hex: ``instance`` is YH YL M D as 8 hex digits."""
    size = (len(data) // 2).to_bytes(4, "little").hex()
    return CLASS_ID + instance + CREATED + RESERVED + size + data


def vcal(uid: str, terminator: str = "00") -> str:
    return "7643616C2D556964" + "01000000" + uid.encode().hex() + terminator  # "vCal-Uid"


CLEAN = goid("00000000", DATA).upper()
MARCH_16, MARCH_23 = "07EA0310", "07EA0317"  # 2026-03-16 and 2026-03-23


# -- decoding Graph's iCalUId -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("given", "uid"),
    [
        (goid(MARCH_16, DATA), CLEAN),  # an occurrence: its series' clean id
        (goid(MARCH_23, DATA), CLEAN),  # another occurrence of the same series
        (CLEAN, CLEAN),  # the series itself, or a one-off
        (goid(MARCH_16, DATA).lower(), CLEAN),  # hex in either case; the clean id upper case
        (goid(MARCH_16, vcal(GOOGLE_UID)), GOOGLE_UID),  # from Google: its UID
        (goid("00000000", vcal(GOOGLE_UID)), GOOGLE_UID),
        (goid(MARCH_16, vcal("demo@acme.example", "")), "demo@acme.example"),  # no NUL
        (goid(MARCH_16, vcal("Ünïcode-uid@x")), "Ünïcode-uid@x"),
        (goid(MARCH_16, vcal("")), goid("00000000", vcal("")).upper()),  # an empty UID
    ],
    ids=[
        "occurrence", "another-occurrence", "clean", "lower-case", "vcal-occurrence",
        "vcal-one-off", "vcal-without-nul", "vcal-utf8", "vcal-empty",
    ],
)  # fmt: skip
def test_a_global_object_id_gives_the_uid_other_systems_know(given: str, uid: str) -> None:
    assert ical_uid(given) == uid


@pytest.mark.parametrize(
    ("given", "uid"),
    [
        (None, ""),
        ("", ""),
        ("  ", ""),
        ("demo@acme.example", "demo@acme.example"),  # not hex: as given
        (" demo@acme.example ", "demo@acme.example"),
        ("ABCDEF" * 20, "ABCDEF" * 20),  # hex, but not an Outlook class id
        (goid(MARCH_16, DATA)[:-2], goid(MARCH_16, DATA)[:-2]),  # shorter than its size says
        (goid(MARCH_16, DATA) + "00", goid(MARCH_16, DATA) + "00"),  # longer
        (goid(MARCH_16, DATA)[:-1], goid(MARCH_16, DATA)[:-1]),  # an odd number of digits
        (CLASS_ID + MARCH_16, CLASS_ID + MARCH_16),  # no room for the header
        (
            goid(MARCH_16, DATA).replace("1F2D", "1F G"),
            goid(MARCH_16, DATA).replace("1F2D", "1F G"),
        ),
    ],
)
def test_anything_else_is_kept_as_given(given: object, uid: str) -> None:
    assert ical_uid(given) == uid


def test_a_uid_that_is_not_text_falls_back_to_the_clean_id() -> None:
    broken = goid(MARCH_16, vcal("") + "FFFE41")  # not UTF-8
    assert ical_uid(broken) == goid("00000000", vcal("") + "FFFE41").upper()
    control = goid(MARCH_16, vcal("a\x1bb"))  # an escape in a UID would reach terminals
    assert ical_uid(control) == goid("00000000", vcal("a\x1bb")).upper()


OWNER = Owner("m365", "owner@example.com", BERLIN, "owner@example.com")


def test_graph_items_carry_the_decoded_uid_and_none_without_one() -> None:
    start = datetime(2026, 3, 16, 8, tzinfo=UTC)
    series = [
        occurrence("AAMk-master", start, iCalUId=goid(MARCH_16, vcal(GOOGLE_UID))),
        occurrence(
            "AAMk-master", datetime(2026, 3, 23, 8, tzinfo=UTC),
            iCalUId=goid(MARCH_23, vcal(GOOGLE_UID)),
        ),
    ]  # fmt: skip
    events = [event_from(i, OWNER) for i in series]
    assert {(e.uid, e.ical_uid) for e in events} == {("AAMk-master", GOOGLE_UID)}
    bare = item("AAMk-one", "No id", start, start.replace(hour=9))
    del bare["iCalUId"]
    assert event_from(bare, OWNER).ical_uid == ""


# -- the same instance, one recurrence id, from every source -----------------------------------
ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:weekly@acme.example
SUMMARY:Weekly
DTSTART;TZID=Europe/Berlin:20260302T090000
DTEND;TZID=Europe/Berlin:20260302T093000
RRULE:FREQ=WEEKLY;BYDAY=MO
END:VEVENT
BEGIN:VEVENT
UID:days@acme.example
SUMMARY:Site visit
DTSTART;VALUE=DATE:20260402
DTEND;VALUE=DATE:20260403
RRULE:FREQ=WEEKLY;BYDAY=TH
END:VEVENT
END:VCALENDAR
"""


def ics_events(tmp_path: Path, zone: str) -> dict[tuple[str, str], str]:
    """(title, recurrence_id) -> ical_uid of the ICS series' occurrences for an owner in
    ``zone``."""
    (tmp_path / "cal.ics").write_text(ICS.replace("\n", "\r\n"), encoding="utf-8")
    spec = SourceSpec(
        "export", "ics", "owner@example.com", zone, {"path": "cal.ics"}, base_dir=tmp_path
    )
    window = Window(datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC))
    batch = IcsConnector(spec).fetch(window, None)
    assert batch.problems == batch.failed == [] and batch.events
    assert all(e.ical_uid == e.uid for e in batch.events)
    return {(e.title, e.recurrence_id): e.ical_uid for e in batch.events}


def google_instance(original: dict[str, str], all_day: bool) -> dict[str, object]:
    when = {"date": "2026-04-09"} if all_day else {"dateTime": "2026-03-30T09:00:00+02:00"}
    return {
        "id": "g1_x", "recurringEventId": "g1", "iCalUID": "g1@google.com", "status": "confirmed",
        "summary": "x", "start": when, "end": when, "originalStartTime": original,
    }  # fmt: skip


@pytest.mark.parametrize("zone", [BERLIN, LONDON], ids=["owner-in-berlin", "owner-in-london"])
def test_one_instance_has_one_recurrence_id_from_ics_google_and_graph(
    tmp_path: Path, zone: ZoneInfo
) -> None:
    """The Monday 09:00 (Berlin) meeting of 30 March, after the clock change, and the all-day
    Thursday of 9 April, written in Berlin, as each source describes them."""
    timed, all_day = "2026-03-30T07:00:00Z", "2026-04-09"
    found = ics_events(tmp_path, zone.key)
    assert ("Weekly", timed) in found and ("Site visit", all_day) in found

    spec = SourceSpec("google", "google", "owner@example.com", zone.key, {}, base_dir=tmp_path)
    original = {"dateTime": "2026-03-30T09:00:00+02:00", "timeZone": "Europe/Berlin"}
    google_timed = to_event(google_instance(original, False), spec, "primary", zone, zone)
    google_day = to_event(google_instance({"date": all_day}, True), spec, "primary", zone, zone)
    assert google_timed is not None and google_day is not None
    assert (google_timed.recurrence_id, google_day.recurrence_id) == (timed, all_day)

    owner = Owner("m365", "owner@example.com", zone, "owner@example.com")
    graph_timed = occurrence("m", datetime(2026, 3, 30, 7, tzinfo=UTC))
    graph_day = occurrence(
        "d", datetime(2026, 4, 8, 22, tzinfo=UTC),  # midnight in Berlin, where it was written
        isAllDay=True, start=date(2026, 4, 9), end=date(2026, 4, 10),
        originalStartTimeZone="W. Europe Standard Time",
    )  # fmt: skip
    assert event_from(graph_timed, owner).recurrence_id == timed
    assert event_from(graph_day, owner).recurrence_id == all_day
