"""The ICS connector, one small export per edge case (tests/data/ics), times asserted both as
wall-clock in their zone and as UTC instants."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from timeaudit.connectors.contract import SourceSpec, SyncBatch, Window
from timeaudit.connectors.ics import IcsConnector, expand_raw
from timeaudit.connectors.registry import connector_kinds
from timeaudit.errors import UsageError
from timeaudit.model import Busy, Event, Kind, Response, Status

DATA = Path(__file__).resolve().parents[1] / "data" / "ics"
OWNER = "owner@example.com"
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
YEAR = Window(datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))

# Every file in tests/data/ics and what it exercises (kept in step by test_every_case_is_listed).
CASES = {
    "accepted_meeting.ics": "Google: accepted invite; CN, PARTSTAT, ROLE=OPT, room, CREATED",
    "allday_ooo.ics": "Outlook export: 4-day all-day DATE event, X-MICROSOFT-CDO-BUSYSTATUS:OOF",
    "broken.ics": "invalid content line 'XYZ': the whole file is refused with one problem",
    "broken_event.ics": "one good event and one series with a misspelt RRULE UNTIL: the rest loads",
    "cancelled.ics": "Outlook export: STATUS:CANCELLED one-off, BUSYSTATUS FREE, no PARTSTAT",
    "categories.ics": "Outlook export: two CATEGORIES lines, three values",
    "concatenated_calendars.ics": "two Google exports pasted into one file: both load",
    "declined.ics": "Google export: the owner declined (PARTSTAT=DECLINED)",
    "dst_fall_back_new_york.ics": "weekly 10:00 New York across 1 Nov 2026, and a 5-hour night",
    "dst_spring_forward_berlin.ics": "weekly 09:00 Berlin 1:1 (owner organises) over 29 Mar",
    "duplicate_recurrence_id.ics": "a moved instance (UID + RECURRENCE-ID) in two exports pasted "
    "into one file, moved again in the later one: the later copy is kept",
    "duration.ics": "Apple export: DURATION:PT1H30M instead of DTEND",
    "end_before_start.ics": "DTEND an hour before DTSTART: swapped, not a crash",
    "floating_time.ics": "Thunderbird: DTSTART without TZID (floating): read in the owner's zone",
    "month_crossing.ics": "22:00-02:00 over the night of 31 March to 1 April",
    "needs_action.ics": "owner has not answered: PARTSTAT=NEEDS-ACTION, and PARTSTAT missing",
    "no_dtend.ics": "no DTEND: a timed event is zero-length, an all-day one lasts one day",
    "no_uid.ics": "room-booking export without UIDs, two events with the same start and title",
    "organizer_is_owner.ics": "ORGANIZER is the owner, written Owner@Example.com",
    "outlook_busystatus.ics": "Outlook BUSYSTATUS FREE/TENTATIVE/WORKINGELSEWHERE beat TRANSP",
    "outside_window.ics": "one event in December 2025, one in January 2027",
    "overlap.ics": "two accepted meetings that overlap by 30 minutes",
    "owner_not_listed.ics": "invitation to a group address: the owner is not an attendee",
    "private.ics": "Apple export: CLASS:PRIVATE and CLASS:CONFIDENTIAL",
    "rdate.ics": "Apple export: one-off plus RDATE adds two more dates",
    "recurrence_cancelled_instance.ics": "weekly series, one override is STATUS:CANCELLED",
    "recurrence_exdate.ics": "daily series of five with one EXDATE",
    "recurrence_moved_instance.ics": "weekly series, one instance moved to the next day and time",
    "tentative.ics": "owner answered tentative; and an event whose STATUS is TENTATIVE",
    "transparent.ics": "Google export: TRANSP:TRANSPARENT hold the owner organised",
    "truncated.ics": "download cut off before END:VCALENDAR: refused with one problem",
    "windows_zone_name.ics": 'Outlook export: TZID "Pacific Standard Time" with its VTIMEZONE',
    "x_wr_timezone.ics": "Google export: UTC times and X-WR-TIMEZONE:America/New_York",
    "x_wr_timezone_unknown.ics": "X-WR-TIMEZONE names a zone that does not exist: refused",
}


def spec(path: str | list[str], tz: str = "Europe/Berlin", base: Path | None = DATA) -> SourceSpec:
    return SourceSpec("work-ics", "ics", OWNER, tz, {"path": path}, base_dir=base)


def fetch(*names: str, window: Window = YEAR, tz: str = "Europe/Berlin") -> SyncBatch:
    return IcsConnector(spec(list(names), tz)).fetch(window, None)


def events(name: str, tz: str = "Europe/Berlin") -> list[Event]:
    batch = fetch(name, tz=tz)
    assert batch.problems == []
    return batch.events


def only(name: str, tz: str = "Europe/Berlin") -> Event:
    (event,) = events(name, tz=tz)
    return event


def titled(name: str) -> dict[str, Event]:
    return {e.title: e for e in events(name)}


def at(zone: ZoneInfo, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=zone)


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return at(ZoneInfo("UTC"), month, day, hour, minute)


def local(event: Event) -> tuple[datetime, datetime]:
    """Start and end as naive wall-clock times in the event's own zone."""
    zone = ZoneInfo(event.tz)
    return event.start.astimezone(zone).replace(tzinfo=None), event.end.astimezone(zone).replace(
        tzinfo=None
    )


def test_every_case_is_listed() -> None:
    assert sorted(p.name for p in DATA.glob("*.ics")) == sorted(CASES)


def test_registered_as_the_ics_kind() -> None:
    assert connector_kinds()["ics"] is IcsConnector


# ---------------------------------------------------------------- one file per edge case


def test_accepted_meeting_maps_every_field() -> None:
    event = only("accepted_meeting.ics")
    assert (event.start, event.end) == (utc(3, 10, 9), utc(3, 10, 10))
    assert (event.tz, event.start.tzinfo) == ("Europe/Berlin", BERLIN)
    assert (event.source, event.owner, event.calendar) == (
        "work-ics", OWNER, str(DATA / "accepted_meeting.ics"),
    )  # fmt: skip
    assert (event.uid, event.recurrence_id, event.series_id) == (
        "3q1v7c2h9d0k4m6p8r1t3w5y7a@google.com", "", "",
    )  # fmt: skip
    assert (event.title, event.location) == ("Pricing review", "Berlin-3-Spree (8)")
    assert event.description == "Agenda: list prices for 2027, discount bands."
    assert (event.organizer, event.response) == ("dana@example.com", Response.ACCEPTED)
    assert (event.busy, event.status, event.kind) == (Busy.BUSY, Status.CONFIRMED, Kind.DEFAULT)
    assert (event.all_day, event.private) == (False, False)
    assert event.created == datetime(2026, 3, 2, 9, 15, tzinfo=UTC)


def test_attendees_keep_name_answer_role_and_resource() -> None:
    people = {a.email: a for a in only("accepted_meeting.ics").attendees}
    assert list(people) == [
        OWNER, "dana@example.com", "sam.lee@client.example",
        "c_1889ab2fe0d3@resource.calendar.google.com", "ravi@example.com",
    ]  # fmt: skip
    sam = people["sam.lee@client.example"]
    assert (sam.name, sam.response, sam.optional, sam.resource) == (
        "Sam Lee", Response.TENTATIVE, True, False,
    )  # fmt: skip
    room = people["c_1889ab2fe0d3@resource.calendar.google.com"]
    assert (room.name, room.resource, room.optional) == ("Berlin-3-Spree (8)", True, False)
    assert people["ravi@example.com"].response is Response.DECLINED


def test_declined() -> None:
    assert only("declined.ics").response is Response.DECLINED


def test_cancelled_one_off_is_kept_as_cancelled() -> None:
    event = only("cancelled.ics")
    assert (event.status, event.busy, event.response) == (
        Status.CANCELLED, Busy.FREE, Response.NEEDS_ACTION,
    )  # fmt: skip
    assert event.tz == "Europe/Berlin"  # "W. Europe Standard Time"


def test_transparent_is_free() -> None:
    event = only("transparent.ics")
    assert (event.busy, event.response) == (Busy.FREE, Response.ORGANIZER)


def test_all_day_out_of_office() -> None:
    event = only("allday_ooo.ics")
    assert (event.start, event.end) == (at(BERLIN, 4, 2, 0), at(BERLIN, 4, 6, 0))
    assert (event.all_day, event.tz) == (True, "Europe/Berlin")
    assert (event.busy, event.kind, event.response) == (
        Busy.OUT_OF_OFFICE, Kind.OUT_OF_OFFICE, Response.NONE,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("title", "busy"),
    [
        ("Free: read board pack", Busy.FREE),
        ("Tentative: partner call", Busy.TENTATIVE),
        ("Working from Hamburg office", Busy.WORKING_ELSEWHERE),  # TRANSP:TRANSPARENT loses
    ],
)
def test_outlook_busy_status_wins(title: str, busy: Busy) -> None:
    event = titled("outlook_busystatus.ics")[title]
    assert (event.busy, event.kind) == (busy, Kind.DEFAULT)


def test_private_and_confidential() -> None:
    assert [e.private for e in events("private.ics")] == [True, True]


def test_overlapping_meetings_both_load_whole() -> None:
    first, second = events("overlap.ics")
    assert (first.start, first.end) == (utc(3, 20, 9), utc(3, 20, 10))
    assert (second.start, second.end) == (utc(3, 20, 9, 30), utc(3, 20, 10, 30))


def test_dst_spring_forward_keeps_local_time() -> None:
    series = events("dst_spring_forward_berlin.ics")
    assert [local(e)[0].time() for e in series] == [time(9)] * 4
    assert [e.start.astimezone(UTC).hour for e in series] == [8, 8, 7, 7]
    assert [e.recurrence_id for e in series] == [
        "2026-03-16T08:00:00Z", "2026-03-23T08:00:00Z",
        "2026-03-30T07:00:00Z", "2026-04-06T07:00:00Z",
    ]  # fmt: skip
    uid = "5c4b3a2z1y0x9w8v7u6t5s4r3q@google.com"
    assert {(e.uid, e.series_id, e.response) for e in series} == {(uid, uid, Response.ORGANIZER)}


def test_dst_fall_back_new_york() -> None:
    found = events("dst_fall_back_new_york.ics")
    weekly = [e for e in found if e.title == "NY pipeline review"]
    assert [local(e)[0].time() for e in weekly] == [time(10)] * 4
    assert [e.start.astimezone(UTC).hour for e in weekly] == [14, 14, 15, 15]
    assert {e.tz for e in found} == {"America/New_York"}
    (night,) = [e for e in found if e.title == "Overnight release watch"]
    assert local(night) == (datetime(2026, 10, 31, 23), datetime(2026, 11, 1, 3))
    # The repeated hour counts. (Event.duration subtracts wall-clock times when both ends
    # share one tzinfo, so it says 4 h here; the instants are right.)
    assert night.end.astimezone(UTC) - night.start.astimezone(UTC) == timedelta(hours=5)


def test_month_crossing_event_is_whole_and_in_both_months() -> None:
    event = only("month_crossing.ics")
    assert (event.start, event.end) == (at(BERLIN, 3, 31, 22), at(BERLIN, 4, 1, 2))
    april = Window(at(BERLIN, 4, 1, 0), at(BERLIN, 5, 1, 0))
    march = Window(at(BERLIN, 3, 1, 0), at(BERLIN, 4, 1, 0))
    assert fetch("month_crossing.ics", window=april).events == [event]
    assert fetch("month_crossing.ics", window=march).events == [event]
    after = Window(at(BERLIN, 4, 1, 2), at(BERLIN, 5, 1, 0))
    assert fetch("month_crossing.ics", window=after).events == []


def test_moved_instance_keeps_its_recurrence_id_at_the_new_time() -> None:
    series = events("recurrence_moved_instance.ics")
    assert [e.recurrence_id for e in series] == [
        "2026-03-04T10:00:00Z", "2026-03-11T10:00:00Z", "2026-03-18T10:00:00Z",
        "2026-03-25T10:00:00Z", "2026-04-01T09:00:00Z",
    ]  # fmt: skip
    moved = series[2]
    assert (moved.start, moved.end) == (at(BERLIN, 3, 19, 15), at(BERLIN, 3, 19, 15, 30))
    assert not any(e.start.date() == date(2026, 3, 18) for e in series)


def test_cancelled_instance_comes_through_cancelled() -> None:
    series = events("recurrence_cancelled_instance.ics")
    assert [(e.start.day, e.status) for e in series] == [
        (5, Status.CONFIRMED), (12, Status.CONFIRMED), (19, Status.CANCELLED),
        (26, Status.CONFIRMED), (2, Status.CONFIRMED),
    ]  # fmt: skip
    assert series[2].recurrence_id == "2026-03-19T15:00:00Z"


def test_exdate_removes_an_instance() -> None:
    series = events("recurrence_exdate.ics")
    assert [e.start.day for e in series] == [2, 3, 5, 6]


def test_rdate_adds_instances() -> None:
    series = events("rdate.ics")
    assert [(e.start, e.end) for e in series] == [
        (at(BERLIN, 3, 9, 10), at(BERLIN, 3, 9, 12)),
        (at(BERLIN, 3, 23, 10), at(BERLIN, 3, 23, 12)),
        (at(BERLIN, 4, 15, 14), at(BERLIN, 4, 15, 16)),
    ]
    assert [e.recurrence_id for e in series] == [
        "2026-03-09T09:00:00Z", "2026-03-23T09:00:00Z", "2026-04-15T12:00:00Z",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("tz", "zone"), [("Europe/Berlin", BERLIN), ("America/New_York", NEW_YORK)]
)
def test_floating_time_gets_the_owners_zone(tz: str, zone: ZoneInfo) -> None:
    event = only("floating_time.ics", tz=tz)
    assert (event.start, event.end, event.tz) == (at(zone, 3, 24, 14), at(zone, 3, 24, 16), tz)


def test_windows_zone_name_maps_to_iana() -> None:
    event = only("windows_zone_name.ics")
    assert (event.tz, event.start.tzinfo) == (
        "America/Los_Angeles",
        ZoneInfo("America/Los_Angeles"),
    )
    assert (event.start, event.end) == (utc(3, 25, 16), utc(3, 25, 16, 30))  # PDT, UTC-7


def test_x_wr_timezone_applies() -> None:
    event = only("x_wr_timezone.ics")
    assert (event.tz, event.start.tzinfo) == ("America/New_York", NEW_YORK)
    assert local(event)[0] == datetime(2026, 3, 26, 10)
    assert event.start == utc(3, 26, 14)


def test_organizer_is_owner_whatever_the_case() -> None:
    event = only("organizer_is_owner.ics")
    assert (event.organizer, event.response) == (OWNER, Response.ORGANIZER)


def test_needs_action_explicit_and_by_default() -> None:
    assert [e.response for e in events("needs_action.ics")] == [Response.NEEDS_ACTION] * 2


def test_tentative_answer_and_tentative_status() -> None:
    answered, maybe = events("tentative.ics")
    assert (answered.response, answered.status) == (Response.TENTATIVE, Status.CONFIRMED)
    assert (maybe.response, maybe.status) == (Response.ACCEPTED, Status.TENTATIVE)


def test_owner_not_listed_has_no_response() -> None:
    assert only("owner_not_listed.ics").response is Response.NONE


def test_missing_uid_gets_a_stable_synthetic_one() -> None:
    first = [e.uid for e in events("no_uid.ics")]
    assert first == [
        "timeaudit-b0bd60d0ac44827f9347caca",
        "timeaudit-b0bd60d0ac44827f9347caca-2",  # same start and title: told apart, not merged
    ]
    assert [e.uid for e in events("no_uid.ics")] == first


def test_duration_instead_of_dtend() -> None:
    event = only("duration.ics")
    assert (event.start, event.end) == (at(BERLIN, 4, 7, 10), at(BERLIN, 4, 7, 11, 30))


def test_missing_dtend_follows_rfc_5545() -> None:
    timed, all_day = events("no_dtend.ics")
    assert (timed.start, timed.end) == (at(BERLIN, 4, 8, 12), at(BERLIN, 4, 8, 12))
    assert (all_day.start, all_day.end, all_day.all_day) == (
        at(BERLIN, 4, 9, 0), at(BERLIN, 4, 10, 0), True,
    )  # fmt: skip


def test_end_before_start_is_swapped() -> None:
    event = only("end_before_start.ics")
    assert (event.start, event.end) == (at(BERLIN, 4, 10, 10), at(BERLIN, 4, 10, 11))


def test_concatenated_calendars_both_load() -> None:
    titles = [e.title for e in events("concatenated_calendars.ics")]
    assert titles == ["From the first export", "From the second export"]


def test_an_occurrence_found_twice_is_the_last_copy_read() -> None:
    series = events("duplicate_recurrence_id.ics")
    assert [(e.recurrence_id, e.title) for e in series] == [
        ("2026-03-02T08:00:00Z", "Weekly sync"),
        ("2026-03-09T08:00:00Z", "Weekly sync (moved to 11:00)"),
        ("2026-03-16T08:00:00Z", "Weekly sync"),
    ]
    moved = series[1]
    assert (moved.start, moved.end) == (at(BERLIN, 3, 9, 11), at(BERLIN, 3, 9, 11, 30))


def test_categories() -> None:
    assert only("categories.ics").categories == ("Customer", "Travel", "Red category")


def test_events_outside_the_window_are_left_out() -> None:
    assert events("outside_window.ics") == []
    wide = Window(datetime(2025, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC))
    assert [e.title for e in fetch("outside_window.ics", window=wide).events] == [
        "Last year", "Next year",
    ]  # fmt: skip


# ---------------------------------------------------------------- the window's edges


@pytest.mark.parametrize(
    ("window_start", "included"),
    [
        (datetime(2026, 4, 5, 21, 59, tzinfo=UTC), True),
        (datetime(2026, 4, 5, 22, tzinfo=UTC), False),
    ],
)
def test_all_day_edges_are_the_owners_midnight(window_start: datetime, included: bool) -> None:
    """The leave ends at midnight Berlin (22:00 UTC), not midnight UTC."""
    window = Window(window_start, datetime(2026, 5, 1, tzinfo=UTC))
    assert bool(fetch("allday_ooo.ics", window=window).events) is included


def test_zero_length_event_belongs_where_it_starts() -> None:
    noon, hour = at(BERLIN, 4, 8, 12), timedelta(hours=1)
    from_noon = fetch("no_dtend.ics", window=Window(noon, noon + hour)).events
    assert [e.title for e in from_noon] == ["Reminder: submit expenses"]
    assert fetch("no_dtend.ics", window=Window(noon - hour, noon)).events == []


# ---------------------------------------------------------------- files, folders, problems


def test_broken_file_beside_a_good_one() -> None:
    batch = fetch("broken.ics", "declined.ics")
    assert [e.title for e in batch.events] == ["Vendor demo: analytics suite"]
    assert batch.failed == [
        f"{DATA / 'broken.ics'}: not a valid iCalendar file: Content line could not be parsed "
        "into parts: 'XYZ': Invalid content line (re-export the calendar or remove the file)"
    ]
    assert batch.kept_calendars == {str(DATA / "broken.ics")}
    assert (batch.complete, batch.cursor) == (True, None)


def test_truncated_file() -> None:
    batch = fetch("truncated.ics")
    assert batch.failed == [
        f"{DATA / 'truncated.ics'}: not a valid iCalendar file: no complete BEGIN:VCALENDAR ... "
        "END:VCALENDAR block found (re-export the calendar or remove the file)"
    ]
    assert (batch.events, batch.kept_calendars) == ([], {str(DATA / "truncated.ics")})


def test_unknown_x_wr_timezone() -> None:
    batch = fetch("x_wr_timezone_unknown.ics")
    assert batch.failed == [
        f"{DATA / 'x_wr_timezone_unknown.ics'}: not a valid iCalendar file: X-WR-TIMEZONE names "
        "an unknown time zone 'Europe/Atlantis' (re-export the calendar or remove the file)"
    ]
    assert batch.events == []


def test_broken_series_is_skipped_and_the_rest_loads() -> None:
    batch = fetch("broken_event.ics")
    assert [e.title for e in batch.events] == ["Design review"]
    assert batch.problems == [
        f"{DATA / 'broken_event.ics'}: skipped event b1a2d3r4r5u6l7e8a9b0c1d2e3@google.com, "
        "which could not be read: UNTIL parameter is missing: "
        "FREQ=WEEKLY;BYDAY=TU;UNTL=20260601 (fix those events in the calendar app and export again)"
    ]
    assert batch.kept_calendars == {str(DATA / "broken_event.ics")}


def test_missing_path_fails_the_source_not_the_run() -> None:
    batch = fetch("nowhere.ics", "declined.ics")
    assert len(batch.events) == 1
    assert batch.failed == [
        f"{DATA / 'nowhere.ics'}: no such file or folder (check the path setting of this source)"
    ]
    assert batch.kept_calendars == {str(DATA / "nowhere.ics")}


def test_folder_loads_every_ics_below_it(tmp_path: Path) -> None:
    nested = tmp_path / "exports" / "2026"
    nested.mkdir(parents=True)
    (nested / "b.ics").write_bytes((DATA / "declined.ics").read_bytes())
    (tmp_path / "exports" / "a.ics").write_bytes((DATA / "private.ics").read_bytes())
    (tmp_path / "exports" / "notes.txt").write_text("not a calendar")
    batch = IcsConnector(spec("exports", base=tmp_path)).fetch(YEAR, None)
    assert batch.problems == []
    assert sorted({e.calendar for e in batch.events}) == [
        str(tmp_path / "exports" / "2026" / "b.ics"), str(tmp_path / "exports" / "a.ics"),
    ]  # fmt: skip


def test_whole_data_folder_loads_with_one_problem_per_bad_file() -> None:
    batch = IcsConnector(spec(".")).fetch(YEAR, None)
    unreadable = ["broken.ics", "truncated.ics", "x_wr_timezone_unknown.ics"]
    assert [p.split(":")[0] for p in batch.failed] == [str(DATA / name) for name in unreadable]
    assert [p.split(":")[0] for p in batch.problems] == [str(DATA / "broken_event.ics")]
    bad = [*unreadable, "broken_event.ics"]
    assert batch.kept_calendars == {str(DATA / name) for name in bad}
    keys = [e.key for e in batch.events]
    assert len(keys) == len(set(keys)) > 50


def test_empty_folder(tmp_path: Path) -> None:
    batch = IcsConnector(spec(str(tmp_path))).fetch(YEAR, None)
    assert batch.failed == [
        f"{tmp_path}: no .ics files in this folder (check the path setting of this source)"
    ]


def test_relative_path_without_base_dir_uses_the_working_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(DATA)
    event = IcsConnector(spec("declined.ics", base=None)).fetch(YEAR, None).events[0]
    assert event.calendar == str(DATA / "declined.ics")


def test_same_event_in_two_exports_is_loaded_once_from_the_file_read_last(
    tmp_path: Path,
) -> None:
    for name in ("jan.ics", "feb.ics"):
        (tmp_path / name).write_bytes((DATA / "declined.ics").read_bytes())
    batch = IcsConnector(spec(str(tmp_path))).fetch(YEAR, None)
    assert [e.calendar for e in batch.events] == [str(tmp_path / "jan.ics")]  # feb, then jan
    assert batch.problems == []


def test_fetching_twice_is_the_same() -> None:
    connector = IcsConnector(spec("."))
    assert connector.fetch(YEAR, None).events == connector.fetch(YEAR, "ignored").events


@pytest.mark.parametrize("path", [None, "", [], 3, ["a.ics", 4]])
def test_path_option_is_required(path: object) -> None:
    options = {} if path is None else {"path": path}
    with pytest.raises(UsageError) as error:
        IcsConnector(SourceSpec("work-ics", "ics", OWNER, "Europe/Berlin", options))
    assert str(error.value) == (
        "source 'work-ics': the ics connector needs the option path: "
        "a .ics file, a folder, or a list of them"
    )


def test_unknown_owner_zone() -> None:
    with pytest.raises(UsageError) as error:
        IcsConnector(spec("declined.ics", tz="Europe/Atlantis"))
    assert str(error.value) == (
        "source 'work-ics': unknown time zone 'Europe/Atlantis' "
        "(use an IANA name such as Europe/Berlin)"
    )


def test_expand_raw_counts_before_mapping() -> None:
    start, end = datetime(2026, 1, 1), datetime(2027, 1, 1)
    assert expand_raw(DATA / "recurrence_exdate.ics", start, end) == 4
    assert expand_raw(DATA / "recurrence_cancelled_instance.ics", start, end) == 5
    with pytest.raises(ValueError, match="Content line could not be parsed"):
        expand_raw(DATA / "broken.ics", start, end)


# -- re-runs: the cursor is a fingerprint of the files --------------------------------------
def test_unchanged_files_are_not_read_again(tmp_path: Path) -> None:
    shutil.copy(DATA / "accepted_meeting.ics", tmp_path / "a.ics")
    connector = IcsConnector(spec("a.ics", base=tmp_path))
    first = connector.fetch(YEAR, None)
    assert first.events and first.cursor is not None and not first.reused
    again = connector.fetch(YEAR, first.cursor)
    assert (again.reused, again.complete, again.events, again.cursor) == (
        True,
        False,
        [],
        first.cursor,
    )


@pytest.mark.parametrize("change", ["file", "window", "zone", "owner"])
def test_a_changed_file_window_zone_or_owner_reads_everything_again(
    tmp_path: Path, change: str
) -> None:
    shutil.copy(DATA / "accepted_meeting.ics", tmp_path / "a.ics")
    cursor = IcsConnector(spec("a.ics", base=tmp_path)).fetch(YEAR, None).cursor
    window, source = YEAR, spec("a.ics", base=tmp_path)
    if change == "file":
        with (tmp_path / "a.ics").open("ab") as f:
            f.write(b"\r\n")
    elif change == "window":
        window = Window(YEAR.start, YEAR.end + timedelta(days=1))
    elif change == "zone":
        source = spec("a.ics", tz="Asia/Tokyo", base=tmp_path)
    else:
        source = replace(source, owner="someone@example.com")
    batch = IcsConnector(source).fetch(window, cursor)
    assert not batch.reused and batch.complete and batch.events
    assert batch.cursor not in (None, cursor)


def test_a_batch_with_problems_gets_no_cursor_so_the_next_run_warns_again() -> None:
    batch = fetch("accepted_meeting.ics", "broken.ics")
    assert batch.failed and batch.cursor is None
