"""The Microsoft connector's delta rounds against what real Graph does beyond the common fake:
occurrences without ``originalStart`` (microsoft-graph-docs issue 4353), slim delta records
read again by id, and one cursor reused for any window inside the one it covers (issue 12,
parts 2 and 7). Real MSAL and ``requests`` against fake servers on 127.0.0.1, as in
test_microsoft.py; the store is the real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
import trustme

from tests.connectors.test_microsoft import (
    BERLIN,
    BUDGET,
    CALENDAR,
    HIRING,
    MARCH,
    OWNER,
    SECRET,
    SECRET_ENV,
    SOURCE,
    World,
    utc,
)
from tests.fakes.graph_server import (
    Answer,
    Fault,
    GraphServer,
    Item,
    Seen,
    graph_time,
    item,
    json_error,
    occurrence,
    person,
)
from tests.fakes.identity_server import CLIENT_ID, IdentityServer
from timeaudit.connectors.contract import SyncBatch, Window
from timeaudit.errors import ConnectorError
from timeaudit.store.sqlite import Store

SLIM_FIELDS = ("id", "seriesMasterId", "type", "start", "end")
SPRING = Window(datetime(2026, 3, 1, tzinfo=BERLIN), datetime(2026, 5, 1, tzinfo=BERLIN))
JUNE = Window(datetime(2026, 6, 1, tzinfo=BERLIN), datetime(2026, 7, 1, tzinfo=BERLIN))


class DeltaGraph(GraphServer):
    """The fake Graph plus two things real Graph does: ``GET .../events/{id}`` answers one
    event, and the items whose ids are in ``slim`` come in change rounds as slim records."""

    def __init__(self, calendars: list[str]) -> None:
        super().__init__(calendars)
        self.slim: set[str] = set()

    def _answer(self, seen: Seen, raw_path: str) -> Answer | None:
        calendar, marker, item_id = seen.path.removeprefix("/v1.0/").partition("/events/")
        if not marker:
            return super()._answer(seen, raw_path)
        fault = self._fault(raw_path)
        if fault is not None:
            if fault.drop:
                return None
            return json_error(fault.status, fault.code, "try later", **fault.headers)
        token = seen.headers.get("Authorization", "").removeprefix("Bearer ")
        if not self.authorize(token):
            return json_error(401, "InvalidAuthenticationToken", "Access token is empty.")
        if calendar not in self.calendars:
            return json_error(
                404, "ErrorInvalidUser", f"The requested user '{calendar}' is invalid."
            )
        with self.lock:
            found = self.items.get(item_id)
        if found is None:
            return json_error(404, "ErrorItemNotFound", "The specified object was not found.")
        return 200, {}, found

    def _changes(self, state: dict[str, Any]) -> list[Item]:
        return [self._slimmed(change) for change in super()._changes(state)]

    def _slimmed(self, change: Item) -> Item:
        if change["id"] not in self.slim or "@removed" in change:
            return change
        return {name: change[name] for name in SLIM_FIELDS if name in change}


# -- the world ---------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _no_endpoint_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TIMEAUDIT_MS_AUTHORITY", "TIMEAUDIT_GRAPH_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(SECRET_ENV, SECRET)


@pytest.fixture
def world(ca: trustme.CA, tmp_path: Path) -> Iterator[World]:
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    with (
        IdentityServer(ca) as identity,
        DeltaGraph(["me", f"users/{OWNER}"]) as graph,
        requests.Session() as session,
    ):
        identity.secrets[CLIENT_ID] = SECRET
        graph.authorize = lambda token: token in identity.issued
        session.trust_env = False  # REQUESTS_CA_BUNDLE would override verify
        session.verify = str(ca_file)
        yield World(identity, graph, session, tmp_path / "home")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store.sqlite") as opened:
        yield opened


def fake(world: World) -> DeltaGraph:
    assert isinstance(world.graph, DeltaGraph)
    return world.graph


def synced(world: World, store: Store, window: Window) -> SyncBatch:
    """One sync of ``window`` from the stored cursor, applied as the sync applies it."""
    batch = world.app_connector().fetch(window, store.cursor(SOURCE, OWNER))
    store.apply(SOURCE, window, batch, owner=OWNER)
    return batch


def rows(store: Store, window: Window = SPRING) -> list[tuple[str, str, str, datetime, float]]:
    """Stored (uid, recurrence id, title, start, hours), by start."""
    frame = store.events([OWNER], window.start, window.end)
    hours = (frame["end"] - frame["start"]).dt.total_seconds() / 3600
    found = zip(
        frame["uid"], frame["recurrence_id"], frame["title"], frame["start"], hours, strict=True
    )
    return sorted(((u, r, t, s.to_pydatetime(), h) for u, r, t, s, h in found), key=lambda x: x[3])


def requests_since(world: World, mark: int) -> list[str]:
    """What each Graph request since ``mark`` was: a first-round read of a window (with its
    bounds), a page, a delta link followed, or a GET of one event."""
    kinds = []
    for seen in world.graph.seen[mark:]:
        if "/events/" in seen.path:
            kinds.append("event")
        elif "startDateTime" in seen.query:
            kinds.append(f"read {seen.query['startDateTime']}..{seen.query['endDateTime']}")
        else:
            kinds.append("delta" if "$deltatoken" in seen.query else "page")
    return kinds


def without_original_start(entry: Item) -> Item:
    return {k: v for k, v in entry.items() if k != "originalStart"}


# -- part 2: a moved occurrence is stored once -------------------------------------------------
WEEKLY = [occurrence("series-1", utc(3, d, 8), subject="1:1 Priya") for d in (2, 9, 16)]
MOVED = WEEKLY[1]  # originally 9 March 08:00 UTC


def moved(entry: Item, start: datetime) -> Item:
    """``entry`` moved to ``start`` (half an hour, as before), as Graph sends it without
    originalStart."""
    times = {"start": graph_time(start), "end": graph_time(start + timedelta(minutes=30))}
    return without_original_start(entry | times | {"type": "exception"})


@pytest.mark.parametrize("first_has_original", [True, False], ids=["original", "no-original"])
def test_a_moved_occurrence_without_original_start_is_stored_once(
    world: World, store: Store, first_has_original: bool
) -> None:
    first = WEEKLY if first_has_original else [without_original_start(o) for o in WEEKLY]
    world.graph.put(*first)
    synced(world, store, MARCH)
    world.graph.put(moved(MOVED, utc(3, 10, 14)))
    batch = synced(world, store, MARCH)
    assert not batch.complete
    series = [r for r in rows(store) if r[0] == "series-1"]
    assert [(start, hours) for _, _, _, start, hours in series] == [
        (utc(3, 2, 8), 0.5),
        (utc(3, 10, 14), 0.5),  # at its new time, once
        (utc(3, 16, 8), 0.5),
    ]
    assert sum(hours for *_, hours in series) == 1.5
    assert series[1][1] == "2026-03-09T08:00:00Z"  # the key it was stored under: corrections stay


def test_an_occurrence_moved_onto_another_does_not_replace_it(world: World, store: Store) -> None:
    world.graph.put(*WEEKLY)
    synced(world, store, MARCH)
    world.graph.put(moved(MOVED, utc(3, 16, 8)))  # onto the next week's occurrence
    synced(world, store, MARCH)
    series = [(rid, start) for uid, rid, _, start, _ in rows(store) if uid == "series-1"]
    assert sorted(series) == [
        ("2026-03-02T08:00:00Z", utc(3, 2, 8)),
        ("2026-03-09T08:00:00Z", utc(3, 16, 8)),
        ("2026-03-16T08:00:00Z", utc(3, 16, 8)),
    ]


def test_a_key_that_changes_replaces_the_old_row(world: World, store: Store) -> None:
    already_moved = moved(MOVED, utc(3, 10, 14))  # first seen moved, without originalStart
    world.graph.put(WEEKLY[0], already_moved, WEEKLY[2])
    synced(world, store, MARCH)
    world.graph.put(already_moved | {"originalStart": "2026-03-09T08:00:00Z"})  # now it says
    batch = synced(world, store, MARCH)
    assert batch.removed == [("series-1", "2026-03-10T14:00:00Z")]
    series = [(rid, start) for uid, rid, _, start, _ in rows(store) if uid == "series-1"]
    assert sorted(series) == [
        ("2026-03-02T08:00:00Z", utc(3, 2, 8)),
        ("2026-03-09T08:00:00Z", utc(3, 10, 14)),
        ("2026-03-16T08:00:00Z", utc(3, 16, 8)),
    ]


def test_a_full_read_after_a_rejected_link_keeps_the_stored_key(world: World, store: Store) -> None:
    world.graph.put(*WEEKLY)
    synced(world, store, MARCH)
    world.graph.put(moved(MOVED, utc(3, 10, 14)))
    world.graph.expire_delta_tokens()
    batch = synced(world, store, MARCH)
    assert batch.complete  # read again in full
    series = [(rid, start) for uid, rid, _, start, _ in rows(store) if uid == "series-1"]
    assert ("2026-03-09T08:00:00Z", utc(3, 10, 14)) in series and len(series) == 3


# -- part 2: slim delta records are read in full -------------------------------------------------
AGENDA = MOVED | {
    "subject": "1:1 Priya (agenda)",
    "isOrganizer": False,
    "responseStatus": {"response": "accepted", "time": "2026-03-01T10:00:00Z"},
    "organizer": person("priya@example.com", "Priya"),
    "attendees": [
        {"type": "required", "status": {"response": "accepted"}, **person("priya@example.com")},
        {"type": "required", "status": {"response": "accepted"}, **person(OWNER)},
    ],
}


def test_a_slim_delta_record_is_read_in_full(world: World, store: Store) -> None:
    world.graph.put(*WEEKLY)
    synced(world, store, MARCH)
    fake(world).slim.add(MOVED["id"])
    world.graph.put(AGENDA)
    mark = len(world.graph.seen)
    batch = synced(world, store, MARCH)
    assert requests_since(world, mark) == ["delta", "event"]
    assert world.graph.seen[-1].path == f"/v1.0/users/{OWNER}/events/{MOVED['id']}"
    [event] = batch.events
    assert (event.title, event.organizer) == ("1:1 Priya (agenda)", "priya@example.com")
    assert [a.email for a in event.attendees] == ["priya@example.com", OWNER]
    frame = store.events([OWNER], MARCH.start, MARCH.end)
    mine = frame[frame["recurrence_id"] == "2026-03-09T08:00:00Z"]
    assert list(mine["title"]) == ["1:1 Priya (agenda)"]
    assert list(mine["attendee_emails"]) == [f"priya@example.com {OWNER}"]


def test_reading_a_slim_record_is_retried_like_any_request(world: World, store: Store) -> None:
    world.graph.put(*WEEKLY)
    synced(world, store, MARCH)
    fake(world).slim.add(MOVED["id"])
    world.graph.put(AGENDA)
    world.graph.faults.append(Fault(429, {"Retry-After": "2"}, "TooManyRequests", match="/events/"))
    batch = synced(world, store, MARCH)
    assert world.sleeps == [2.0]
    assert [e.title for e in batch.events] == ["1:1 Priya (agenda)"]


def test_a_slim_record_of_an_event_deleted_meanwhile_is_removed(world: World, store: Store) -> None:
    world.graph.put(*WEEKLY)
    synced(world, store, MARCH)
    fake(world).slim.add(MOVED["id"])
    world.graph.put(AGENDA)
    world.graph.faults.append(Fault(404, code="ErrorItemNotFound", match="/events/"))
    batch = synced(world, store, MARCH)
    assert (batch.events, batch.removed) == ([], [("series-1", "2026-03-09T08:00:00Z")])
    assert [r[1] for r in rows(store) if r[0] == "series-1"] == [
        "2026-03-02T08:00:00Z",
        "2026-03-16T08:00:00Z",
    ]


def test_a_slim_record_that_cannot_be_read_fails_the_sync_in_one_line(
    world: World, store: Store
) -> None:
    world.graph.put(*WEEKLY)
    synced(world, store, MARCH)
    cursor = store.cursor(SOURCE, OWNER)
    fake(world).slim.add(MOVED["id"])
    world.graph.put(AGENDA)
    world.graph.faults.append(Fault(403, code="ErrorAccessDenied", match="/events/"))
    with pytest.raises(ConnectorError) as caught:
        synced(world, store, MARCH)
    assert str(caught.value) == (
        f"{SOURCE}: Graph refused to read the calendar of {OWNER} (403 ErrorAccessDenied): give "
        f"app {CLIENT_ID} the application permission Calendars.Read with admin consent, and "
        "include the mailbox in any application access policy"
    )
    assert store.cursor(SOURCE, OWNER) == cursor  # nothing committed: the round comes again
    synced(world, store, MARCH)
    assert "1:1 Priya (agenda)" in [r[2] for r in rows(store)]


# -- part 7: one cursor for the widest window ---------------------------------------------------
APRIL_ITEMS = [
    item("apr-1", "April board", utc(4, 7, 9), utc(4, 7, 11)),
    item("apr-2", "April 1:1", utc(4, 14, 9), utc(4, 14, 10)),
]


def test_a_window_inside_the_cursors_follows_its_link(world: World, store: Store) -> None:
    world.graph.put(*CALENDAR, *APRIL_ITEMS)
    synced(world, store, SPRING)  # the wide sync (an audit)
    world.graph.put(BUDGET | {"subject": "Budget review (moved)"})
    world.graph.put(item("apr-3", "April offsite", utc(4, 21, 8), utc(4, 21, 16)))
    world.graph.remove("apr-2")
    mark = len(world.graph.seen)
    batch = synced(world, store, MARCH)  # a narrower one (events, coach)
    assert requests_since(world, mark) == ["delta"]
    assert not batch.complete
    # the changes outside March but inside the cursor's window are applied too: the store
    # stays in step with the link for all of it
    assert [e.title for e in batch.events] == ["Budget review (moved)", "April offsite"]
    assert batch.removed == [("apr-2", "")]
    titles = [r[2] for r in rows(store)]
    assert "Budget review (moved)" in titles and "April offsite" in titles
    assert "April 1:1" not in titles
    mark = len(world.graph.seen)
    quiet = synced(world, store, Window(MARCH.end, SPRING.end))  # April: nothing changed
    assert requests_since(world, mark) == ["delta"]
    assert (quiet.events, quiet.removed) == ([], [])
    assert rows(store) == rows_of_a_fresh_sync(world, SPRING)


def rows_of_a_fresh_sync(
    world: World, window: Window
) -> list[tuple[str, str, str, datetime, float]]:
    """What a full sync of ``window`` into an empty store holds: the truth to compare with."""
    with Store(world.home.parent / "fresh.sqlite") as fresh:
        fresh.apply(SOURCE, window, world.app_connector().fetch(window, None), owner=OWNER)
        return rows(fresh, window)


def test_a_window_reaching_beyond_the_cursors_widens_it(world: World, store: Store) -> None:
    world.graph.put(*CALENDAR, *APRIL_ITEMS)
    synced(world, store, MARCH)
    world.graph.remove(BUDGET["id"])  # 3 March: in the cursor's window, not in the next one
    world.graph.put(HIRING | {"subject": "Hiring loop (panel)"})
    later = Window(datetime(2026, 3, 8, tzinfo=BERLIN), datetime(2026, 4, 8, tzinfo=BERLIN))
    mark = len(world.graph.seen)
    batch = synced(world, store, later)
    # the old link once (for what changed in 1-7 March), then one read of both windows
    assert requests_since(world, mark) == [
        "delta",
        "read 2026-02-28T23:00:00Z..2026-04-07T22:00:00Z",
    ]
    assert batch.complete and ("one-1", "") in batch.removed
    assert "Budget review" not in [r[2] for r in rows(store)]
    assert rows(store, MARCH) == rows_of_a_fresh_sync(world, MARCH)
    for window in (MARCH, later, Window(later.start, MARCH.end)):
        mark = len(world.graph.seen)
        synced(world, store, window)
        assert requests_since(world, mark) == ["delta"], window


def test_a_window_containing_the_cursors_is_read_once(world: World, store: Store) -> None:
    world.graph.put(*CALENDAR, *APRIL_ITEMS)
    synced(world, store, Window(datetime(2026, 3, 8, tzinfo=BERLIN), MARCH.end))
    mark = len(world.graph.seen)
    batch = synced(world, store, MARCH)
    assert requests_since(world, mark) == ["read 2026-02-28T23:00:00Z..2026-03-31T22:00:00Z"]
    assert batch.complete and len(batch.events) == len(CALENDAR)


def test_a_window_far_from_the_cursors_starts_a_new_one(world: World, store: Store) -> None:
    world.graph.put(*CALENDAR, item("jun", "June event", utc(6, 2, 9), utc(6, 2, 10)))
    synced(world, store, MARCH)
    mark = len(world.graph.seen)
    batch = synced(world, store, JUNE)
    assert requests_since(world, mark) == ["read 2026-05-31T22:00:00Z..2026-06-30T22:00:00Z"]
    assert [e.title for e in batch.events] == ["June event"]
    mark = len(world.graph.seen)
    synced(world, store, MARCH)  # the cursor now covers June only
    assert requests_since(world, mark) == ["read 2026-02-28T23:00:00Z..2026-03-31T22:00:00Z"]


def test_widening_over_a_rejected_link_reads_only_the_new_window(
    world: World, store: Store
) -> None:
    world.graph.put(*CALENDAR, *APRIL_ITEMS)
    synced(world, store, MARCH)
    world.graph.expire_delta_tokens()
    later = Window(datetime(2026, 3, 8, tzinfo=BERLIN), datetime(2026, 4, 8, tzinfo=BERLIN))
    mark = len(world.graph.seen)
    batch = synced(world, store, later)
    # the deletions in 1-7 March cannot be known without the old link: a cursor over them
    # would keep whatever is stale there for good, so it covers the new window only
    assert requests_since(world, mark) == [
        "delta",
        "read 2026-03-07T23:00:00Z..2026-04-07T22:00:00Z",
    ]
    assert batch.complete
    mark = len(world.graph.seen)
    synced(world, store, MARCH)
    assert requests_since(world, mark)[-1].startswith("read 2026-02-28T23:00:00Z")


def test_windows_with_a_gap_between_them_are_not_joined(world: World, store: Store) -> None:
    """Short as the gap is (both together would be within the slack), nothing there was
    synced: a cursor over it would claim a store that never held it."""
    world.graph.put(*CALENDAR)
    synced(world, store, Window(MARCH.start, datetime(2026, 3, 3, tzinfo=BERLIN)))
    mark = len(world.graph.seen)
    synced(world, store, Window(datetime(2026, 3, 4, tzinfo=BERLIN), MARCH.end))
    assert requests_since(world, mark) == ["read 2026-03-03T23:00:00Z..2026-03-31T22:00:00Z"]
