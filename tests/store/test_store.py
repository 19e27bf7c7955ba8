"""The store: idempotent upserts, deletions scoped to the window, one transaction per sync."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from timeaudit.connectors.contract import SyncBatch, Window
from timeaudit.errors import StoreError
from timeaudit.model import Event
from timeaudit.store.sqlite import Store, SyncStats

OWNER = "owner@example.com"
WINDOW = Window(datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))


def event(
    uid: str, day: int, month: int = 3, calendar: str = "a.ics", title: str = "Meeting"
) -> Event:
    start = datetime(2026, month, day, 9, tzinfo=UTC)
    return Event(
        "src", OWNER, uid, start, start + timedelta(hours=1), title=title, calendar=calendar
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "store.sqlite")


def keys(store: Store) -> list[str]:
    return sorted(
        store.events([OWNER], datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))[
            "uid"
        ]
    )


def test_reimporting_the_same_events_changes_nothing(store: Store) -> None:
    batch = SyncBatch([event("a", 2), event("b", 3)])
    assert store.apply("src", WINDOW, batch, owner=OWNER) == SyncStats(added=2)
    assert store.apply("src", WINDOW, batch, owner=OWNER) == SyncStats(unchanged=2)
    assert keys(store) == ["a", "b"]


def test_changed_event_is_updated_in_place(store: Store) -> None:
    store.apply("src", WINDOW, SyncBatch([event("a", 2)]), owner=OWNER)
    stats = store.apply("src", WINDOW, SyncBatch([event("a", 2, title="Renamed")]), owner=OWNER)
    assert stats == SyncStats(updated=1)
    frame = store.events([OWNER], WINDOW.start, WINDOW.end)
    assert list(frame["title"]) == ["Renamed"]


def test_events_that_vanished_from_a_complete_sync_are_removed_inside_the_window_only(
    store: Store,
) -> None:
    store.apply(
        "src",
        WINDOW,
        SyncBatch([event("a", 2), event("b", 3), event("old", 2, month=2)]),
        owner=OWNER,
    )
    stats = store.apply("src", WINDOW, SyncBatch([event("a", 2)]), owner=OWNER)
    assert stats == SyncStats(removed=1, unchanged=1)
    assert keys(store) == ["a", "old"]  # February is outside the window: kept


def test_a_calendar_that_failed_to_load_keeps_its_events(store: Store) -> None:
    store.apply(
        "src",
        WINDOW,
        SyncBatch([event("a", 2, calendar="good.ics"), event("b", 3, calendar="bad.ics")]),
        owner=OWNER,
    )
    batch = SyncBatch(
        [event("a", 2, calendar="good.ics")],
        kept_calendars={"bad.ics"},
        problems=["bad.ics: broken"],
    )
    assert store.apply("src", WINDOW, batch, owner=OWNER) == SyncStats(unchanged=1)
    assert keys(store) == ["a", "b"]


def test_incremental_sync_removes_only_what_it_lists(store: Store) -> None:
    series = [
        replace(event("s", d), recurrence_id=f"2026-03-{d:02d}T09:00:00Z") for d in (2, 9, 16)
    ]
    store.apply("src", WINDOW, SyncBatch([*series, event("x", 4)]), owner=OWNER)
    batch = SyncBatch(
        [event("y", 5)], removed=[("s", "2026-03-09T09:00:00Z")], complete=False, cursor="c2"
    )
    assert store.apply("src", WINDOW, batch, owner=OWNER) == SyncStats(added=1, removed=1)
    assert keys(store) == ["s", "s", "x", "y"]
    assert store.cursor("src", OWNER) == "c2"
    # an empty recurrence id removes the whole series
    store.apply(
        "src", WINDOW, SyncBatch(removed=[("s", "")], complete=False, cursor="c3"), owner=OWNER
    )
    assert keys(store) == ["x", "y"]


def test_a_sync_that_dies_midway_leaves_the_store_as_it_was(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.apply(
        "src", WINDOW, SyncBatch([event("a", 2), event("b", 3)], cursor="good"), owner=OWNER
    )

    def explode(*_: object) -> None:
        raise KeyboardInterrupt  # the process is killed after the deletions ran

    monkeypatch.setattr(Store, "_upsert", staticmethod(explode))
    with pytest.raises(KeyboardInterrupt):
        store.apply("src", WINDOW, SyncBatch([event("c", 4)], cursor="bad"), owner=OWNER)
    monkeypatch.undo()
    assert keys(store) == ["a", "b"]
    assert store.cursor("src", OWNER) == "good"


def test_duplicate_keys_in_one_batch_last_one_wins(store: Store) -> None:
    store.apply(
        "src",
        WINDOW,
        SyncBatch([event("a", 2, title="first"), event("a", 2, title="second")]),
        owner=OWNER,
    )
    assert list(store.events([OWNER], WINDOW.start, WINDOW.end)["title"]) == ["second"]


def test_reading_filters_by_owner_and_overlap(store: Store) -> None:
    other = replace(event("other", 2), owner="someone@example.com")
    crossing = Event(
        "src",
        OWNER,
        "crossing",
        datetime(2026, 2, 28, 23, tzinfo=UTC),
        datetime(2026, 3, 1, 1, tzinfo=UTC),
    )
    at_start = Event("src", OWNER, "zero", WINDOW.start, WINDOW.start)
    store.apply("src", WINDOW, SyncBatch([other]), owner=other.owner)
    store.apply(
        "src",
        Window(datetime(2026, 2, 1, tzinfo=UTC), WINDOW.end),
        SyncBatch([crossing, at_start, event("a", 2)]),
        owner=OWNER,
    )
    frame = store.events([OWNER], WINDOW.start, WINDOW.end)
    assert sorted(frame["uid"]) == ["a", "crossing", "zero"]
    assert str(frame["start"].dtype) == "datetime64[ns, UTC]" or str(
        frame["start"].dtype
    ).startswith("datetime64")
    assert frame.loc[frame["uid"] == "crossing", "start"].iloc[0] == datetime(
        2026, 2, 28, 23, tzinfo=UTC
    )


def test_drop_source_forgets_events_and_cursor(store: Store) -> None:
    store.apply("src", WINDOW, SyncBatch([event("a", 2)], cursor="c"), owner=OWNER)
    store.drop_source("src", OWNER)
    assert store.count() == 0
    assert store.cursor("src", OWNER) is None


def test_unopenable_store_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(blocker / "store.sqlite")


def test_events_of_a_kept_folder_are_kept(store: Store) -> None:
    store.apply("src", WINDOW, SyncBatch([event("a", 2, calendar="/cal/team/a.ics")]), owner=OWNER)
    assert (
        store.apply("src", WINDOW, SyncBatch(kept_calendars={"/cal/team"}), owner=OWNER)
        == SyncStats()
    )
    assert keys(store) == ["a"]


# -- one source, many owners ------------------------------------------------------------
SHARED = "gws"  # one Google service account (or Microsoft app) for a whole team


def owned(owner: str, uid: str, title: str = "Staff meeting") -> Event:
    start = datetime(2026, 3, 3, 9, tzinfo=UTC)
    return Event(SHARED, owner, uid, start, start + timedelta(hours=1), title=title)


def test_two_people_on_one_source_keep_their_own_copy_of_a_shared_meeting(store: Store) -> None:
    ana, ben = "ana@example.com", "ben@example.com"
    store.apply(SHARED, WINDOW, SyncBatch([owned(ana, "staff")], cursor="a1"), owner=ana)
    stats = store.apply(
        SHARED, WINDOW, SyncBatch([owned(ben, "staff", "Staff (Ben)")], cursor="b1"), owner=ben
    )
    assert stats == SyncStats(added=1)  # not an update of Ana's row
    frame = store.events([ana, ben], WINDOW.start, WINDOW.end)
    assert sorted(zip(frame["owner"], frame["title"], strict=True)) == [
        (ana, "Staff meeting"),
        (ben, "Staff (Ben)"),
    ]
    assert (store.cursor(SHARED, ana), store.cursor(SHARED, ben)) == ("a1", "b1")


def test_a_complete_sync_of_one_owner_never_deletes_anothers_events(store: Store) -> None:
    ana, ben = "ana@example.com", "ben@example.com"
    store.apply(SHARED, WINDOW, SyncBatch([owned(ana, "a1"), owned(ana, "a2")]), owner=ana)
    assert store.apply(SHARED, WINDOW, SyncBatch([]), owner=ben) == SyncStats()
    removed = SyncBatch(removed=[("a1", "")], complete=False)
    assert store.apply(SHARED, WINDOW, removed, owner=ben) == SyncStats()
    store.drop_source(SHARED, ben)
    assert len(store.events([ana], WINDOW.start, WINDOW.end)) == 2


def test_a_batch_holding_someone_elses_event_is_refused_whole(store: Store) -> None:
    ana, ben = "ana@example.com", "ben@example.com"
    with pytest.raises(StoreError, match=r"belongs to ben@example\.com"):
        store.apply(SHARED, WINDOW, SyncBatch([owned(ana, "a"), owned(ben, "b")]), owner=ana)
    assert store.count() == 0


#: The event columns versions 1 and 2 of the store kept (version 3 added ical_uid).
OLD_COLUMNS = (
    "source", "uid", "recurrence_id", "owner", "calendar", "start", "end", "tz", "all_day",
    "title", "description", "location", "organizer", "attendee_emails", "attendees_json",
    "response", "busy", "status", "private", "created", "series_id", "kind", "categories",
)  # fmt: skip
_OLD_DEFS = ", ".join(
    f'"{c}" INTEGER' if c in ("all_day", "private") else f'"{c}" TEXT' for c in OLD_COLUMNS
)
#: Version 2's schema, as version 2 of timeaudit wrote it.
V2_SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE events (
    {_OLD_DEFS}, hash TEXT NOT NULL, PRIMARY KEY (source, owner, uid, recurrence_id)
);
CREATE INDEX events_owner_start ON events (owner, start);
CREATE INDEX events_source_start ON events (source, start);
CREATE TABLE cursors (
    source TEXT NOT NULL, owner TEXT NOT NULL, cursor TEXT, window_start TEXT,
    window_end TEXT, synced_at TEXT, PRIMARY KEY (source, owner)
);
CREATE TABLE corrections (
    owner TEXT NOT NULL, source TEXT NOT NULL, uid TEXT NOT NULL, recurrence_id TEXT NOT NULL,
    label TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (owner, source, uid, recurrence_id)
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, command TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE TABLE notes (
    owner TEXT NOT NULL, month TEXT NOT NULL, text TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (owner, month)
);
INSERT INTO meta VALUES ('schema_version', '2');
"""


def old_rows(events: list[Event]) -> list[tuple[object, ...]]:
    """``events`` as rows of the old columns and a hash, as an old version stored them."""
    out: list[tuple[object, ...]] = []
    for e in events:
        start, end = (t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") for t in (e.start, e.end))
        values = dict.fromkeys(OLD_COLUMNS, "") | {
            "source": e.source, "uid": e.uid, "recurrence_id": e.recurrence_id,
            "owner": e.owner, "calendar": e.calendar, "start": start, "end": end,
            "all_day": 0, "private": 0, "title": e.title, "created": None,
            "response": "none", "busy": "busy", "status": "confirmed", "kind": "default",
            "tz": "UTC", "attendees_json": "[]",
        }  # fmt: skip
        out.append((*(values[c] for c in OLD_COLUMNS), f"old-hash-{e.uid}"))
    return out


def version_2_store(path: Path, events: list[Event]) -> None:
    """A store file exactly as version 2 wrote it: ``events`` under a cursor, and a
    correction of the first one's series."""
    with sqlite3.connect(path) as db:
        db.executescript(V2_SCHEMA)
        marks = ", ".join("?" * (len(OLD_COLUMNS) + 1))
        db.executemany(f"INSERT INTO events VALUES ({marks})", old_rows(events))
        db.execute("INSERT INTO cursors VALUES ('src', ?, 'c', '', '', '')", (OWNER,))
        db.execute(
            "INSERT INTO corrections VALUES (?, 'src', ?, '', 'strategy', '2026-03-01T00:00:00Z')",
            (OWNER, events[0].uid),
        )


def schema_version(path: Path) -> str:
    with sqlite3.connect(path) as db:
        return str(db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])


def test_a_version_1_store_is_upgraded_in_place_keeping_its_events(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:  # the file as version 1 wrote it: no owner in the keys
        db.executescript(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "INSERT INTO meta VALUES ('schema_version', '1');"
            "CREATE TABLE cursors (source TEXT PRIMARY KEY, cursor TEXT, window_start TEXT,"
            " window_end TEXT, synced_at TEXT);"
            "INSERT INTO cursors VALUES ('src', 'c', '', '', '');"
            f"CREATE TABLE events ({_OLD_DEFS}, hash TEXT NOT NULL,"
            " PRIMARY KEY (source, uid, recurrence_id));"
        )
        marks = ", ".join("?" * (len(OLD_COLUMNS) + 1))
        db.executemany(
            f"INSERT INTO events VALUES ({marks})", old_rows([event("a", 2), event("b", 3)])
        )
    with Store(path) as store:
        assert keys(store) == ["a", "b"]
        frame = store.events([OWNER], WINDOW.start, WINDOW.end)
        assert list(frame["ical_uid"]) == ["", ""]  # version 1 did not keep it
        assert store.cursor("src", OWNER) is None  # the next sync is a full one
        again = SyncBatch([replace(event("a", 2), ical_uid="a@ics"), event("b", 3)])
        assert store.apply("src", WINDOW, again, owner=OWNER) == SyncStats(updated=2)
        assert [f.uid for f in store.find([OWNER], "a@ics")] == ["a"]
    assert schema_version(path) == "4"


def test_a_version_2_store_gains_the_ical_uid_keeping_events_and_corrections(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v2.sqlite"
    google = [event("g-series", 2), event("g-one", 3)]  # stored under Google's own ids
    version_2_store(path, google)
    with Store(path) as store:
        assert schema_version(path) == "4"
        assert keys(store) == ["g-one", "g-series"]
        frame = store.events([OWNER], WINDOW.start, WINDOW.end)
        assert list(frame["ical_uid"]) == ["", ""]
        assert store.cursor("src", OWNER) is None  # the next sync reads in full, filling it
        corrections = store.corrections([OWNER])
        assert list(corrections["uid"]) == ["g-series"]
        resynced = [replace(google[0], ical_uid="series@ics"), google[1]]
        stats = store.apply("src", WINDOW, SyncBatch(resynced, cursor="d"), owner=OWNER)
        assert stats == SyncStats(updated=2)  # the old rows' hashes lacked the new column
        frame = store.events([OWNER], WINDOW.start, WINDOW.end)
        assert dict(zip(frame["uid"], frame["ical_uid"], strict=True)) == {
            "g-series": "series@ics",
            "g-one": "",
        }
        # the correction made under the provider's id still applies, found by either id
        assert list(store.corrected_events([OWNER])["uid"]) == ["g-series"]
        assert [f.uid for f in store.find([OWNER], "series@ics")] == ["g-series"]
        assert [f.uid for f in store.find([OWNER], "g-series")] == ["g-series"]
    with Store(path) as store:  # opening again changes nothing
        assert store.cursor("src", OWNER) == "d"
    assert schema_version(path) == "4"


def test_an_upgrade_that_fails_leaves_the_version_2_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v2.sqlite"
    version_2_store(path, [event("a", 2)])
    monkeypatch.setattr(
        "timeaudit.store.sqlite._ADDED_COLUMNS", {"ical_uid": "TEXT NOT NULL DEFAULT ''", "x": "?"}
    )
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(path)
    assert schema_version(path) == "2"
    with sqlite3.connect(path) as db:
        columns = [r[1] for r in db.execute("PRAGMA table_info(events)")]
        assert columns == [*OLD_COLUMNS, "hash"]
        assert db.execute("SELECT cursor FROM cursors").fetchall() == [("c",)]


def test_a_store_from_a_newer_version_is_refused_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer timeaudit"):
        Store(path)
