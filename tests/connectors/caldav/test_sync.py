"""The CalDAV connector syncing a real Radicale server: a full sync gives what the ICS
connector gives for the same files, down to the tags and hours; a later sync applies
exactly what changed on the server; the server's expansion and ours agree; a sync killed
midway leaves the store as it was."""

from __future__ import annotations

import csv
import dataclasses
import io
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.connectors.caldav.conftest import OWNER, caldav_table, config_text, spec
from tests.fakes.radicale import Collection, Radicale
from timeaudit.cli.commands import main
from timeaudit.connectors.caldav.connector import CaldavConnector
from timeaudit.connectors.caldav.cursor import Cursor
from timeaudit.connectors.caldav.dav import Dav
from timeaudit.connectors.contract import SyncBatch, Window
from timeaudit.errors import ConnectorError
from timeaudit.model import Event, Response, Status
from timeaudit.store.sqlite import Store, SyncStats

DATA = Path(__file__).resolve().parents[2] / "data" / "ics"
#: The edge-case files of the ICS tests that a CalDAV server stores as they are: recurring
#: series with moved and cancelled instances and EXDATEs, RDATEs, all-day and out-of-office
#: days, declined, tentative and unanswered invitations, floating and cross-zone times,
#: both clock changes, Windows zone names and Google's X-WR-TIMEZONE.
FILES = (
    "accepted_meeting", "allday_ooo", "cancelled", "categories", "declined",
    "dst_fall_back_new_york", "dst_spring_forward_berlin", "duration", "floating_time",
    "month_crossing", "needs_action", "organizer_is_owner", "outlook_busystatus", "overlap",
    "owner_not_listed", "private", "rdate", "recurrence_cancelled_instance",
    "recurrence_exdate", "recurrence_moved_instance", "tentative", "transparent",
    "windows_zone_name", "x_wr_timezone",
)  # fmt: skip
YEAR = ("--from", "2026-01-01", "--to", "2026-12-31")
SPRING = Window(datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 7, 1, tzinfo=UTC))


def home(folder: Path, source_table: str, model: Path) -> Path:
    folder.mkdir()
    (folder / "models").mkdir()
    shutil.copy(model, folder / "models")
    (folder / "config.toml").write_text(config_text(source_table), encoding="utf-8")
    return folder


def events_csv(folder: Path) -> list[dict[str, str]]:
    result = CliRunner().invoke(main, ["--home", str(folder), "events", *YEAR])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_a_full_sync_equals_the_ics_connector_on_the_same_files(
    radicale: Radicale, tmp_path: Path, seed_model_file: Path
) -> None:
    """Each file on a calendar of its own (their UIDs would clash on one); the events,
    their tags, confidences, reasons, counting and hours are the ICS connector's."""
    exports = tmp_path / "exports"
    exports.mkdir()
    for name in FILES:
        shutil.copy(DATA / f"{name}.ics", exports)
        radicale.calendar(f"edge {name}").upload((DATA / f"{name}.ics").read_bytes())
    ics_home = home(tmp_path / "ics", 'kind = "ics"\npath = "../exports"\n', seed_model_file)
    names = [f"edge {name}" for name in FILES]
    dav_home = home(tmp_path / "dav", caldav_table(radicale, calendars=names), seed_model_file)

    from_ics, from_dav = events_csv(ics_home), events_csv(dav_home)

    assert len(from_ics) >= 50
    assert from_dav == from_ics
    hours = sum(float(r["hours"] or 0) for r in from_dav if r["counted"] == "True")
    assert hours > 20
    assert {r["excluded_reason"] for r in from_dav} >= {"declined", "free", "cancelled"}


# -- later syncs ---------------------------------------------------------------------------------
def vevent(uid: str, start: str, end: str, title: str, *extra: str, by: str = OWNER) -> str:
    lines = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z", f"SUMMARY:{title}",
        f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
        f"ORGANIZER:mailto:{by}", *extra, "END:VEVENT",
    ]  # fmt: skip
    return "\n".join(lines)


def calendar(*events: str) -> str:
    head = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//timeaudit tests//caldav//EN\n"
    return head + BERLIN_ZONE + "\n".join(events) + "\nEND:VCALENDAR\n"


BERLIN_ZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""
#: Six Mondays, 4 May to 8 June 2026, 10:00 Berlin (no clock change among them).
SERIES = ("weekly@tests.example", "20260504T100000", "20260504T110000", "Team sync",
          "RRULE:FREQ=WEEKLY;COUNT=6")  # fmt: skip
MAY_18 = "2026-05-18T08:00:00Z"  # the third Monday's recurrence id


def series(*overrides: str, extra: str = "") -> str:
    master = vevent(*SERIES, *([extra] if extra else []))
    return calendar(master, *overrides)


def moved_override() -> str:
    return vevent(
        SERIES[0], "20260519T150000", "20260519T160000", "Team sync",
        "RECURRENCE-ID;TZID=Europe/Berlin:20260518T100000", "SEQUENCE:1",
    )  # fmt: skip


@pytest.fixture
def spring(radicale: Radicale) -> Collection:
    """A calendar of its own for one test: the series and two one-offs."""
    cal = radicale.calendar(f"spring {datetime.now(UTC).timestamp()}")
    cal.put("series.ics", series())
    cal.put(
        "review.ics", calendar(vevent("review@x", "20260505T140000", "20260505T150000", "Review"))
    )
    cal.put("lunch.ics", calendar(vevent("lunch@x", "20260506T120000", "20260506T130000", "Lunch")))
    return cal


def connector(radicale: Radicale, folder: Path, cal: Collection, **more: Any) -> CaldavConnector:
    return CaldavConnector(spec(radicale, folder, calendars=[cal.name], **more))


def sync(
    store: Store, source: CaldavConnector, window: Window = SPRING
) -> tuple[SyncBatch, SyncStats]:
    batch = source.fetch(window, store.cursor(source.spec.name, OWNER))
    assert batch.failed == [] and batch.problems == []
    return batch, store.apply(source.spec.name, window, batch, owner=OWNER)


def keys(store: Store) -> set[tuple[str, str]]:
    frame = store.events([OWNER], SPRING.start, SPRING.end)
    return set(zip(frame["uid"], frame["recurrence_id"], strict=True))


@pytest.mark.parametrize("how", ["auto", "etag"], ids=["sync-collection", "etag"])
def test_a_later_sync_applies_exactly_what_changed_on_the_server(
    radicale: Radicale, spring: Collection, tmp_path: Path, how: str
) -> None:
    source = connector(radicale, tmp_path, spring, sync=how)
    with Store(tmp_path / "store.db") as store:
        first, stats = sync(store, source)
        assert (first.complete, stats) == (True, SyncStats(added=8))
        before = keys(store)

        spring.put("series.ics", series(moved_override()))  # 18 May moved to Tuesday 15:00
        spring.delete("lunch.ics")
        spring.put(
            "board.ics", calendar(vevent("board@x", "20260520T090000", "20260520T120000", "Board"))
        )

        batch, stats = sync(store, source)
        assert batch.complete is False
        assert stats == SyncStats(added=1, updated=1, removed=1, unchanged=5)
        assert batch.removed == [("lunch@x", "")]
        assert keys(store) == before - {("lunch@x", "")} | {("board@x", "")}
        moved = next(e for e in batch.events if e.recurrence_id == MAY_18)
        assert moved.start == datetime(2026, 5, 19, 13, tzinfo=UTC)  # same key, new time

        spring.put(
            "series.ics",
            series(moved_override(), extra="EXDATE;TZID=Europe/Berlin:20260601T100000"),
        )
        batch, stats = sync(store, source)
        assert batch.removed == [(SERIES[0], "2026-06-01T08:00:00Z")]
        assert (stats.added, stats.updated, stats.removed) == (0, 0, 1)

        batch, stats = sync(store, source)
        assert batch.reused is True and batch.events == [] and stats.changed == 0

        with Store(tmp_path / "fresh.db") as fresh:
            sync(fresh, connector(radicale, tmp_path, spring, sync=how))
            assert fresh.contents([OWNER], SPRING.start, SPRING.end) == store.contents(
                [OWNER], SPRING.start, SPRING.end
            )


def test_a_refused_sync_token_reads_the_calendar_again(
    radicale: Radicale, spring: Collection, tmp_path: Path
) -> None:
    source = connector(radicale, tmp_path, spring)
    with Store(tmp_path / "store.db") as store:
        sync(store, source)
        cursor = Cursor.load(store.cursor("work", OWNER))
        assert cursor is not None
        (state,) = cursor.calendars.values()
        assert state.token  # Radicale keeps sync tokens: sync-collection is what ran
        state.token = "http://radicale.org/ns/sync/" + "0" * 64  # a token it never gave
        spring.delete("review.ics")
        spring.put(
            "lunch.ics", calendar(vevent("lunch@x", "20260506T123000", "20260506T133000", "Lunch"))
        )

        batch = source.fetch(SPRING, cursor.dump())
        stats = store.apply("work", SPRING, batch, owner=OWNER)

        assert (batch.complete, batch.failed) == (False, [])
        assert batch.removed == [("review@x", "")]
        assert (stats.added, stats.updated, stats.removed) == (0, 1, 1)


def test_server_and_client_expansion_give_the_same_events(
    radicale: Radicale, tmp_path: Path
) -> None:
    """A series with a moved and a cancelled instance and an EXDATE, an all-day day off, a
    declined invitation and a meeting written in New York time. The server states the times
    of the instances it expands in UTC where we keep the zone they were written in;
    everything else is equal. (No clock change among them: Radicale 3.9 expands in UTC, so
    across one its instances are an hour off, which is why ``client`` is the default.)"""
    cal = radicale.calendar("expansion")
    cancelled = vevent(
        SERIES[0], "20260525T100000", "20260525T110000", "Team sync",
        "RECURRENCE-ID;TZID=Europe/Berlin:20260525T100000", "STATUS:CANCELLED",
    )  # fmt: skip
    exdate = "EXDATE;TZID=Europe/Berlin:20260608T100000"
    cal.put("series.ics", series(moved_override(), cancelled, extra=exdate))
    cal.put("ooo.ics", calendar(
        "BEGIN:VEVENT\nUID:ooo@x\nDTSTAMP:20260101T000000Z\nSUMMARY:Day off\n"
        "DTSTART;VALUE=DATE:20260512\nDTEND;VALUE=DATE:20260513\n"
        "X-MICROSOFT-CDO-BUSYSTATUS:OOF\nEND:VEVENT"))  # fmt: skip
    declined = vevent(
        "vendor@x", "20260513T140000", "20260513T150000", "Vendor pitch",
        f"ATTENDEE;PARTSTAT=DECLINED:mailto:{OWNER}", by="sales@vendor.example",
    )  # fmt: skip
    cal.put("declined.ics", calendar(declined))
    cal.put("ny.ics", calendar(
        "BEGIN:VEVENT\nUID:ny@x\nDTSTAMP:20260101T000000Z\nSUMMARY:New York call\n"
        "DTSTART;TZID=America/New_York:20260514T100000\n"
        "DTEND;TZID=America/New_York:20260514T110000\nEND:VEVENT"))  # fmt: skip

    ours = connector(radicale, tmp_path, cal).fetch(SPRING, None)
    theirs = connector(radicale, tmp_path, cal, expand="server").fetch(SPRING, None)

    assert ours.failed == theirs.failed == [] and ours.problems == theirs.problems == []
    assert [comparable(e) for e in theirs.events] == [comparable(e) for e in ours.events]
    assert {e.tz for e in theirs.events if e.series_id} == {"UTC"}  # the server expanded them
    assert {e.tz for e in ours.events if e.series_id} == {"Europe/Berlin"}
    assert len(ours.events) == 8  # 6 Mondays but the EXDATE (moved, cancelled kept), 3 more
    found = {(e.title, e.recurrence_id): e for e in ours.events}
    assert found[("Team sync", "2026-05-25T08:00:00Z")].status is Status.CANCELLED
    assert found[("Vendor pitch", "")].response is Response.DECLINED
    assert ("Team sync", "2026-06-08T08:00:00Z") not in found


def comparable(event: Event) -> Event:
    """The event as both expansions must agree on it: the zone name aside."""
    return dataclasses.replace(
        event, tz="", start=event.start.astimezone(UTC), end=event.end.astimezone(UTC)
    )


# -- a sync killed midway ------------------------------------------------------------------------
@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[Radicale]:
    """A server this test may stop."""
    (tmp_path / "server-root").mkdir()
    server = Radicale(tmp_path / "server-root")
    try:
        yield server
    finally:
        server.stop()


def test_a_sync_killed_midway_leaves_the_store_as_it_was(
    own_server: Radicale, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two calendars, both changed; the server dies once the first one's changes were
    fetched: the sync fails with one line and nothing of it reaches the store, cursor
    included."""
    first, second = own_server.calendar("First"), own_server.calendar("Second")
    first.put("a.ics", calendar(vevent("a@x", "20260505T090000", "20260505T100000", "A")))
    second.put("b.ics", calendar(vevent("b@x", "20260505T110000", "20260505T120000", "B")))
    source = CaldavConnector(spec(own_server, tmp_path))
    with Store(tmp_path / "store.db") as store:
        sync(store, source)
        before = (store.contents([OWNER], SPRING.start, SPRING.end), store.cursor("work", OWNER))
        first.put("c.ics", calendar(vevent("c@x", "20260507T090000", "20260507T100000", "C")))
        second.put("b.ics", calendar(vevent("b@x", "20260505T113000", "20260505T120000", "B")))

        reads: list[str] = []
        multiget = Dav.multiget

        def dies_after_the_first(dav: Dav, *args: Any, **kwargs: Any) -> Any:
            reads.append("multiget")
            found = multiget(dav, *args, **kwargs)
            own_server.stop()
            return found

        monkeypatch.setattr(Dav, "multiget", dies_after_the_first)
        with pytest.raises(ConnectorError) as caught:
            store.apply("work", SPRING, source.fetch(SPRING, before[1]), owner=OWNER)

        assert reads == ["multiget"]
        assert "cannot reach the CalDAV server" in str(caught.value)
        after = (store.contents([OWNER], SPRING.start, SPRING.end), store.cursor("work", OWNER))
        assert after == before
