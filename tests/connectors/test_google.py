"""The Google Calendar connector syncing against a fake Google on 127.0.0.1, through the
real google-api-python-client: paging, full then incremental sync, 410 and resync, a sync
killed midway, retries and backoff, 401 and refresh, and endpoints that cannot be reached.
Sign-in is in test_google_auth.py, the mapping of single events in test_google_events.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.google_kit import (
    MARCH,
    OWNER,
    Sleeps,
    berlin,
    connector,
    fetch,
    one_offs,
    serving,
    signed_in,
    stored,
    sync,
    timed,
    user_spec,
    weekly,
)
from tests.fakes.google_server import Failure, FakeGoogle
from timeaudit.connectors.contract import Window
from timeaudit.connectors.google.connector import GoogleConnector
from timeaudit.connectors.registry import connector_kinds, make_connector
from timeaudit.store.sqlite import Store, SyncStats


@pytest.fixture
def google(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGoogle]:
    with serving(monkeypatch) as fake:
        yield fake


@pytest.fixture
def work(tmp_path: Path, google: FakeGoogle) -> GoogleConnector:
    """ana@example.com's source "work", signed in with the desktop flow."""
    spec = user_spec(tmp_path)
    signed_in(spec)
    return connector(spec)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store.sqlite") as db:
        yield db


SERIES = weekly("s1", "1:1 Priya", berlin(3, 2, 9), 4)  # Mondays 2, 9, 16, 23 March


def test_registered_as_the_google_kind(tmp_path: Path, google: FakeGoogle) -> None:
    assert connector_kinds()["google"] is GoogleConnector
    assert isinstance(make_connector(user_spec(tmp_path)), GoogleConnector)


# -- paging ------------------------------------------------------------------------------
def test_a_full_sync_follows_every_page_through_short_and_empty_ones(
    google: FakeGoogle, work: GoogleConnector
) -> None:
    google.put(OWNER, *SERIES, *one_offs())
    google.page_sizes = [2, 0, 1, 0, 4, 0]  # 7 events; the last page is empty
    batch = fetch(work)
    assert sorted(e.title for e in batch.events) == sorted(
        ["1:1 Priya"] * 4 + ["Board prep", "Steering committee", "Hiring debrief"]
    )
    pages = google.api_requests("/events")
    assert [bool(r.query.get("pageToken")) for r in pages] == [False] + [True] * 5
    assert json.loads(batch.cursor or "")["calendars"] == {"primary": "sync-1"}
    assert batch.complete is True


def test_the_first_sync_lists_the_window_as_single_events(
    google: FakeGoogle, work: GoogleConnector
) -> None:
    fetch(work)
    (request,) = google.api_requests("/events")
    assert request.path == "/calendar/v3/calendars/primary/events"
    assert request.query == {
        "singleEvents": "true",
        "maxResults": "2500",
        "alt": "json",
        "timeMin": "2026-03-01T00:00:00+01:00",
        "timeMax": "2026-04-01T00:00:00+02:00",
    }
    assert request.headers["authorization"].startswith("Bearer access-")


def test_an_empty_calendar_syncs_to_nothing_with_a_cursor(
    google: FakeGoogle, work: GoogleConnector
) -> None:
    batch = fetch(work)
    assert (batch.events, batch.problems, batch.complete) == ([], [], True)
    assert json.loads(batch.cursor or "")["window"] == [
        "2026-03-01T00:00:00+01:00",
        "2026-04-01T00:00:00+02:00",
    ]


# -- incremental sync ------------------------------------------------------------------
def test_an_incremental_sync_applies_changes_moves_and_cancellations(
    google: FakeGoogle, work: GoogleConnector, store: Store
) -> None:
    google.put(OWNER, *SERIES, *one_offs())
    assert sync(store, work) == SyncStats(added=7)
    moved, cancelled = SERIES[1]["id"], SERIES[2]["id"]
    google.change(
        OWNER,
        str(moved),
        start={"dateTime": berlin(3, 10, 11).isoformat()},
        end={"dateTime": berlin(3, 10, 11, 30).isoformat()},
    )
    google.cancel(OWNER, str(cancelled))
    google.cancel(OWNER, "e3")
    google.change(OWNER, "e1", summary="Board prep (v2)")
    google.put(OWNER, timed("e4", "Escalation: outage", berlin(3, 20, 18)))
    google.page_sizes = [2, 1, 0, 2]  # the changes page too

    assert sync(store, work) == SyncStats(added=1, updated=2, removed=2)

    request = google.api_requests("/events")[-4]
    assert request.query["syncToken"] == "sync-1"
    assert not {"timeMin", "timeMax"} & set(request.query)
    assert stored(store) == {
        ("s1", "2026-03-02T08:00:00Z"): "1:1 Priya",
        ("s1", "2026-03-09T08:00:00Z"): "1:1 Priya",  # moved to Tuesday, same identity
        ("s1", "2026-03-23T08:00:00Z"): "1:1 Priya",
        ("e1", ""): "Board prep (v2)",
        ("e2", ""): "Steering committee",
        ("e4", ""): "Escalation: outage",
    }
    moved_row = store.events([OWNER], MARCH.start, MARCH.end).set_index("recurrence_id")
    assert moved_row.loc["2026-03-09T08:00:00Z", "start"] == berlin(3, 10, 11)


def test_incremental_batch_lists_deletions_by_key(
    google: FakeGoogle, work: GoogleConnector
) -> None:
    google.put(OWNER, *SERIES, *one_offs())
    first = fetch(work)
    google.cancel(OWNER, str(SERIES[0]["id"]))
    google.cancel(OWNER, "e2")
    batch = fetch(work, cursor=first.cursor)
    assert batch.complete is False
    assert batch.events == []
    assert batch.removed == [("s1", "2026-03-02T08:00:00Z"), ("e2", "")]
    assert json.loads(batch.cursor or "")["calendars"] == {"primary": "sync-2"}


def test_an_event_moved_out_of_the_window_is_removed(
    google: FakeGoogle, work: GoogleConnector, store: Store
) -> None:
    google.put(OWNER, *one_offs())
    sync(store, work)
    google.change(
        OWNER,
        "e2",
        start={"dateTime": berlin(6, 4, 14).isoformat()},
        end={"dateTime": berlin(6, 4, 15).isoformat()},
    )
    assert sync(store, work) == SyncStats(removed=1)
    assert ("e2", "") not in stored(store)


def test_a_window_the_cursor_does_not_cover_is_synced_in_full(
    google: FakeGoogle, work: GoogleConnector
) -> None:
    google.put(OWNER, *one_offs())
    first = fetch(work)
    april = Window(berlin(3, 15), berlin(5, 1))
    batch = fetch(work, april, first.cursor)
    assert batch.complete is True
    assert google.api_requests("/events")[-1].query["timeMax"] == "2026-05-01T00:00:00+02:00"


def test_a_window_inside_the_cursor_is_synced_incrementally(
    google: FakeGoogle, work: GoogleConnector
) -> None:
    first = fetch(work)
    batch = fetch(work, Window(berlin(3, 10), berlin(3, 20)), first.cursor)
    assert batch.complete is False
    assert json.loads(batch.cursor or "")["window"][0] == "2026-03-01T00:00:00+01:00"


@pytest.mark.parametrize("cursor", ["not json", '{"calendars": {}}', "[]"])
def test_a_cursor_that_is_not_ours_means_a_full_sync(
    google: FakeGoogle, work: GoogleConnector, cursor: str
) -> None:
    assert fetch(work, cursor=cursor).complete is True


# -- 410 ---------------------------------------------------------------------------------
def test_an_expired_sync_token_drops_the_cursor_and_resyncs_in_full(
    google: FakeGoogle, work: GoogleConnector, store: Store
) -> None:
    google.put(OWNER, *one_offs())
    sync(store, work)
    google.cancel(OWNER, "e1")
    google.put(OWNER, timed("e4", "Pricing review", berlin(3, 12, 9)))
    google.expire_sync_tokens()

    assert sync(store, work) == SyncStats(added=1, removed=1, unchanged=2)

    expired, full = google.api_requests("/events")[-2:]
    assert expired.query["syncToken"] == "sync-1" and "timeMin" in full.query
    assert stored(store) == {
        ("e2", ""): "Steering committee",
        ("e3", ""): "Hiring debrief",
        ("e4", ""): "Pricing review",
    }
    assert json.loads(store.cursor("work", OWNER) or "")["calendars"] == {"primary": "sync-2"}


def test_after_a_resync_the_next_sync_is_incremental_again(
    google: FakeGoogle, work: GoogleConnector, store: Store
) -> None:
    sync(store, work)
    google.expire_sync_tokens()
    sync(store, work)
    sync(store, work)
    assert google.api_requests("/events")[-1].query.get("syncToken") == "sync-2"


# -- a sync killed midway --------------------------------------------------------------
class Killed(BaseException):
    """Stands for the process being killed (SIGKILL, power cut) at that moment."""


def test_a_sync_killed_mid_listing_commits_nothing_and_resumes(
    google: FakeGoogle, tmp_path: Path, store: Store
) -> None:
    spec = user_spec(tmp_path)
    signed_in(spec)
    google.put(OWNER, *one_offs())
    sync(store, connector(spec))
    before = (stored(store), store.cursor("work", OWNER))
    google.cancel(OWNER, "e1")
    google.put(OWNER, timed("e4", "Offsite planning", berlin(3, 25, 9)))
    google.page_sizes = [1]
    google.fail(Failure(503, "backendError", path="/events"))  # page 2 fails ...

    def killed(seconds: float) -> None:  # ... and the process dies during the back-off
        raise Killed

    dying = GoogleConnector(spec, retry=Sleeps().retry(sleep=killed))
    with pytest.raises(Killed):
        sync(store, dying)
    assert (stored(store), store.cursor("work", OWNER)) == before

    assert sync(store, connector(spec)) == SyncStats(added=1, removed=1)
    assert stored(store) == {
        ("e2", ""): "Steering committee",
        ("e3", ""): "Hiring debrief",
        ("e4", ""): "Offsite planning",
    }


def test_a_sync_killed_while_writing_the_store_rolls_back_and_resumes(
    google: FakeGoogle, work: GoogleConnector, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    google.put(OWNER, *SERIES)
    sync(store, work)
    before = (stored(store), store.cursor("work", OWNER))
    google.cancel(OWNER, str(SERIES[0]["id"]))
    google.change(OWNER, str(SERIES[1]["id"]), summary="1:1 Priya (renamed)")

    def die(*args: object) -> None:
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(Store, "_upsert", staticmethod(die))  # dies after the deletions ran
        with pytest.raises(Killed):
            sync(store, work)
    assert (stored(store), store.cursor("work", OWNER)) == before

    assert sync(store, work) == SyncStats(updated=1, removed=1)
    titles = stored(store)
    assert len(titles) == 3 and titles[("s1", "2026-03-09T08:00:00Z")] == "1:1 Priya (renamed)"


# -- several calendars -------------------------------------------------------------------
def test_a_calendar_that_cannot_be_read_fails_the_source_and_the_others_load(
    google: FakeGoogle, tmp_path: Path
) -> None:
    google.add_calendar("team@group.calendar.google.com", "Europe/Berlin", readers={OWNER})
    google.put("team@group.calendar.google.com", timed("t1", "Team offsite", berlin(3, 19, 9)))
    google.put(OWNER, *one_offs())
    calendars = ["primary", "team@group.calendar.google.com", "gone@group.calendar.google.com"]
    spec = user_spec(tmp_path, calendars=calendars)
    signed_in(spec)
    batch = fetch(connector(spec))
    assert {(e.title, e.calendar) for e in batch.events} >= {
        ("Team offsite", "team@group.calendar.google.com"),
        ("Board prep", "primary"),
    }
    assert batch.failed == [
        "calendar 'gone@group.calendar.google.com': not found: check the calendars setting "
        "and that it is shared with the signed-in account; events stored from it are kept"
    ]
    assert batch.kept_calendars == {"gone@group.calendar.google.com"}
    assert set(json.loads(batch.cursor or "")["calendars"]) == {
        "primary",
        "team@group.calendar.google.com",
    }
    assert fetch(connector(spec), cursor=batch.cursor).complete is True  # a calendar to catch up


def test_the_same_event_on_two_calendars_is_kept_once(google: FakeGoogle, tmp_path: Path) -> None:
    google.add_calendar("team@group.calendar.google.com", "Europe/Berlin", readers={OWNER})
    google.put(OWNER, timed("m1", "All hands", berlin(3, 19, 9)))
    google.put("team@group.calendar.google.com", timed("m1", "All hands", berlin(3, 19, 9)))
    spec = user_spec(tmp_path, calendars=["primary", "team@group.calendar.google.com"])
    signed_in(spec)
    batch = fetch(connector(spec))
    assert [(e.uid, e.calendar) for e in batch.events] == [("m1", "primary")]
