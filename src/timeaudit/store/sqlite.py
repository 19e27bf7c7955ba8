"""The SQLite store: events by source, owner and key, sync cursors, run history.

A source in the config may serve many people (one Google service account or one Microsoft
app for a whole leadership team), so everything a sync touches is scoped to one
(source, owner) pair: its events, its deletions and its cursor. Two people invited to the
same meeting keep one row each.

Every sync is one transaction (:meth:`Store.apply`): events, deletions and the cursor that
covers them are committed together or not at all, so a sync that dies midway leaves the last
good state and the next run resumes from the last committed cursor.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import operator
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from timeaudit.connectors.contract import SyncBatch, Window
from timeaudit.connectors.guard import dedupe
from timeaudit.errors import StoreError
from timeaudit.model import Event
from timeaudit.store.records import STORED_COLUMNS, event_row, utc_text

if TYPE_CHECKING:  # pandas is loaded by the methods that return frames, when called
    import pandas as pd

#: 2: events and cursors keyed by owner too; 3: events keep their iCalendar UID (ical_uid);
#: 4: the caches of each person's machine tags and figures (``tags``, ``figures``).
SCHEMA_VERSION = 4
_OWNER = STORED_COLUMNS.index("owner")
_BOOL_COLUMNS = ("all_day", "private")
#: Columns added after version 1, with the definition an upgrade adds them with.
_ADDED_COLUMNS = {"ical_uid": "TEXT NOT NULL DEFAULT ''"}

_COLUMN_TYPES = dict.fromkeys(_BOOL_COLUMNS, "INTEGER") | _ADDED_COLUMNS
_COLUMN_DEFS = ", ".join(f'"{c}" {_COLUMN_TYPES.get(c, "TEXT")}' for c in STORED_COLUMNS)
# events_source_start (source, start) was dropped: nothing read it that the key's own
# (source, owner, ...) index does not serve, and a first sync keeps one index fewer up to
# date on every write (the drop is a no-op on a store that never had it).
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    {_COLUMN_DEFS},
    hash TEXT NOT NULL,
    PRIMARY KEY (source, owner, uid, recurrence_id)
);
CREATE INDEX IF NOT EXISTS events_owner_start ON events (owner, start);
DROP INDEX IF EXISTS events_source_start;
CREATE INDEX IF NOT EXISTS events_owner_ical_uid ON events (owner, ical_uid);
CREATE TABLE IF NOT EXISTS cursors (
    source TEXT NOT NULL, owner TEXT NOT NULL, cursor TEXT, window_start TEXT,
    window_end TEXT, synced_at TEXT, PRIMARY KEY (source, owner)
);
CREATE TABLE IF NOT EXISTS corrections (
    owner TEXT NOT NULL, source TEXT NOT NULL, uid TEXT NOT NULL, recurrence_id TEXT NOT NULL,
    label TEXT NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (owner, source, uid, recurrence_id)
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, command TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS notes (
    owner TEXT NOT NULL, month TEXT NOT NULL, text TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (owner, month)
);
CREATE TABLE IF NOT EXISTS tags (owner TEXT PRIMARY KEY, tags BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS figures (
    owner TEXT NOT NULL, period TEXT NOT NULL, key TEXT NOT NULL, figures TEXT NOT NULL,
    PRIMARY KEY (owner, period)
);
"""
_KEY = "source = ? AND owner = ? AND uid = ? AND recurrence_id = ?"
Key = tuple[str, str, str, str]  # source, owner, uid, recurrence_id
#: A stored row's values: the stored columns in order, then the content hash.
ROW_COLUMNS = (*STORED_COLUMNS, "hash")
Row = tuple[object, ...]
Rows = dict[Key, Row]


@dataclass(frozen=True)
class SyncStats:
    """What one sync changed in the store."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> int:
        return self.added + self.updated + self.removed


class Found(NamedTuple):
    """One stored occurrence as :meth:`Store.find` returns it (``start``: UTC ISO text)."""

    owner: str
    source: str
    uid: str
    recurrence_id: str
    title: str
    private: bool
    start: str


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_only = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None)
            _write_ahead(self._db)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
            )
            self._upgrade()
            self._db.executescript(_SCHEMA)
            self._db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
        except (sqlite3.Error, OSError, StoreError) as exc:
            cause = exc.__cause__ if isinstance(exc, StoreError) and exc.__cause__ else exc
            raise StoreError(
                f"{path}: cannot open the store: {cause} (check the path and its permissions)"
            ) from exc

    @classmethod
    def reader(cls, path: Path) -> Store:
        """The store at ``path`` opened for reading only, as a worker process that audits
        some of the people while the main process writes opens it: no schema set up, no
        lock taken beyond SQLite's readers' own."""
        store = cls.__new__(cls)
        store.path = path
        store.read_only = True
        try:
            store._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot read the store: {exc}") from exc
        return store

    def _upgrade(self) -> None:
        """Bring a store written by an older version up to :data:`SCHEMA_VERSION`, in one
        transaction, one step per version. Version 1 keyed events by source alone: the rows
        are copied into the owner-keyed table. Version 2 did not keep the iCalendar UID: the
        column is added, empty. Either way the cursors are dropped, so the next sync of each
        source is a full one that fills in what the old version did not keep (nothing is
        lost, corrections keep their keys; the sync only takes a little longer once)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = SCHEMA_VERSION if row is None else int(row[0])
        if version == SCHEMA_VERSION:
            return
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer timeaudit (schema {row[0]}); upgrade timeaudit"
            )
        with self.transaction() as db:
            if version < 2:
                _key_by_owner(db)
            for column, definition in _ADDED_COLUMNS.items():
                if column not in _columns(db, "events"):
                    db.execute(f'ALTER TABLE events ADD COLUMN "{column}" {definition}')
            if version < 3:  # version 4 only adds the caches: what was synced stays valid
                db.execute("DROP TABLE IF EXISTS cursors")
            db.execute(
                "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),)
            )

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All of the block's writes or none. A write SQLite refuses (a full disk, a
        read-only file, a store locked by another program for too long) is a
        :class:`StoreError` naming the store: one line, nothing of the block kept."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(
                f"{self.path}: cannot write the store: {exc} (free some space or check its "
                "permissions; nothing of this change was kept)"
            ) from exc

    # -- sync ------------------------------------------------------------------------
    def apply(
        self,
        source: str,
        window: Window,
        batch: SyncBatch,
        *,
        owner: str,
        rows: Rows | None = None,
    ) -> SyncStats:
        """Apply one fetch of ``owner``'s calendar from ``source`` atomically (see
        :class:`SyncBatch`). Only that owner's rows of that source are read, replaced or
        deleted. ``rows`` are the batch's events already made rows (:func:`rows_of`, run
        where the batch was fetched, e.g. in a worker process); else they are made here."""
        owner = owner.lower()
        if rows is None:
            rows = rows_of(source, owner, batch.events)
        try:
            with self.transaction() as db:
                stats = self._apply(db, source, owner, window, batch, rows)
                db.execute(
                    "INSERT OR REPLACE INTO cursors VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        source,
                        owner,
                        batch.cursor,
                        utc_text(window.start),
                        utc_text(window.end),
                        utc_text(datetime.now(UTC)),
                    ),
                )
        except sqlite3.Error as exc:
            raise StoreError(
                f"{self.path}: sync of {source!r} for {owner} not saved: {exc}"
            ) from exc
        return stats

    def _apply(
        self,
        db: sqlite3.Connection,
        source: str,
        owner: str,
        window: Window,
        batch: SyncBatch,
        rows: Rows,
    ) -> SyncStats:
        existing = self._hashes(db, source, owner, window if batch.complete else None, rows)
        removed = 0
        if batch.complete:
            stale = [
                k
                for k, (_, cal) in existing.items()
                if k not in rows and not _kept(cal, batch.kept_calendars)
            ]
            removed += self._delete(db, stale)
        removed += self._remove_listed(db, source, owner, batch.removed)
        changed = [r for k, r in rows.items() if existing.get(k, ("", ""))[0] != r[-1]]
        self._upsert(db, changed)
        added = sum(1 for k in rows if k not in existing)
        return SyncStats(added, len(changed) - added, removed, len(rows) - len(changed))

    def _hashes(
        self,
        db: sqlite3.Connection,
        source: str,
        owner: str,
        window: Window | None,
        rows: Rows,
    ) -> dict[Key, tuple[str, str]]:
        """Stored (hash, calendar) by key: of every event of ``owner`` in ``window`` when
        given, and of the keys about to be written. One query for the (source, owner) pair,
        not one per row: a first sync would otherwise ask once for every event."""
        lo, hi = (utc_text(window.start), utc_text(window.end)) if window is not None else ("", "")
        cur = db.execute(
            'SELECT uid, recurrence_id, hash, calendar, start, "end" FROM events '
            "WHERE source = ? AND owner = ?",
            (source, owner),
        )
        found: dict[Key, tuple[str, str]] = {}
        for uid, rid, hash_, calendar, start, end in cur:
            key = (source, owner, uid, rid)
            # the window test is the one Store.events makes: ISO text sorts as time
            if key in rows or (window is not None and start < hi and (end > lo or start >= lo)):
                found[key] = (hash_, calendar)
        return found

    @staticmethod
    def _delete(db: sqlite3.Connection, keys: Sequence[Key]) -> int:
        db.executemany(f"DELETE FROM events WHERE {_KEY}", keys)
        return len(keys)

    @staticmethod
    def _remove_listed(
        db: sqlite3.Connection, source: str, owner: str, removed: Iterable[tuple[str, str]]
    ) -> int:
        count = 0
        for uid, rid in removed:
            if rid:
                cur = db.execute(f"DELETE FROM events WHERE {_KEY}", (source, owner, uid, rid))
            else:
                cur = db.execute(
                    "DELETE FROM events WHERE source = ? AND owner = ? AND uid = ?",
                    (source, owner, uid),
                )
            count += cur.rowcount
        return count

    @staticmethod
    def _upsert(db: sqlite3.Connection, rows: Sequence[Row]) -> None:
        if not rows:
            return
        keys = ("source", "owner", "uid", "recurrence_id")
        names = ", ".join(f'"{c}"' for c in ROW_COLUMNS)
        marks = ", ".join("?" for _ in ROW_COLUMNS)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in ROW_COLUMNS if c not in keys)
        db.executemany(
            f"INSERT INTO events ({names}) VALUES ({marks}) "
            f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}",
            rows,
        )

    def drop_source(self, source: str, owner: str) -> None:
        """Forget ``owner``'s events and cursor of ``source`` (a full resync follows)."""
        with self.transaction() as db:
            db.execute("DELETE FROM events WHERE source = ? AND owner = ?", (source, owner.lower()))
            db.execute(
                "DELETE FROM cursors WHERE source = ? AND owner = ?", (source, owner.lower())
            )

    def cursor(self, source: str, owner: str) -> str | None:
        row = self._db.execute(
            "SELECT cursor FROM cursors WHERE source = ? AND owner = ?", (source, owner.lower())
        ).fetchone()
        return None if row is None else row[0]

    # -- reading ---------------------------------------------------------------------
    def events(
        self, owners: Sequence[str], start: datetime | pd.Timestamp, end: datetime | pd.Timestamp
    ) -> pd.DataFrame:
        """Every stored occurrence of ``owners`` overlapping ``[start, end)`` (zero-length
        events at ``start`` included), as a frame with the stored columns."""
        marks = ", ".join("?" for _ in owners)
        cols = ", ".join(f'"{c}"' for c in STORED_COLUMNS)
        query = (
            f"SELECT {cols} FROM events WHERE owner IN ({marks}) AND start < ? "
            'AND ("end" > ? OR start >= ?) ORDER BY owner, start, source, uid, recurrence_id'
        )
        params = [o.lower() for o in owners] + [utc_text(end), utc_text(start), utc_text(start)]
        return _stored_frame(self._db, query, params)

    # -- corrections ---------------------------------------------------------------------
    def correct(self, owner: str, source: str, uid: str, recurrence_id: str, label: str) -> None:
        """Record the owner's own tag for an occurrence (``recurrence_id``) or, with an
        empty recurrence id, for the whole series. Kept apart from events, so a re-sync
        never loses it."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO corrections VALUES (?, ?, ?, ?, ?, ?)",
                (owner.lower(), source, uid, recurrence_id, label, utc_text(datetime.now(UTC))),
            )

    def corrections(self, owners: Sequence[str]) -> pd.DataFrame:
        marks = ", ".join("?" for _ in owners)
        query = (
            "SELECT owner, source, uid, recurrence_id, label FROM corrections "
            f"WHERE owner IN ({marks}) ORDER BY owner, source, uid, recurrence_id"
        )
        return _frame(self._db, query, [o.lower() for o in owners])

    def corrected_events(self, owners: Sequence[str]) -> pd.DataFrame:
        """Every stored occurrence a correction covers (an instance, or every occurrence of
        a corrected series), with the correction's ``label``: the user's training rows."""
        marks = ", ".join("?" for _ in owners)
        cols = ", ".join(f'e."{c}"' for c in STORED_COLUMNS)
        # driven from the corrections (a few) into events by its key: SQLite's planner went
        # the other way, through every stored occurrence of the owners (a second at 1,000
        # people with no correction at all); CROSS JOIN is how SQLite is told the order
        query = (
            f"SELECT {cols}, c.label FROM corrections c CROSS JOIN events e ON e.owner = c.owner "
            "AND e.source = c.source AND e.uid = c.uid AND (c.recurrence_id = '' OR "
            "c.recurrence_id = e.recurrence_id) WHERE c.owner IN (" + marks + ") "
            "AND NOT (c.recurrence_id = '' AND EXISTS (SELECT 1 FROM corrections i WHERE "
            "i.owner = e.owner AND i.source = e.source AND i.uid = e.uid AND "
            "i.recurrence_id = e.recurrence_id AND e.recurrence_id != '')) "
            "ORDER BY e.owner, e.start, e.source, e.uid, e.recurrence_id"
        )
        return _stored_frame(self._db, query, [o.lower() for o in owners], extra="label")

    def find(self, owners: Sequence[str], uid: str) -> list[Found]:
        """Stored occurrences on ``owners``' calendars that ``uid`` names, earliest first:
        by their iCalendar UID (``ical_uid``, what ``timeaudit events`` shows as uid) or by
        the source's own id (the stored ``uid``). Each comes with its stored key."""
        marks = ", ".join("?" for _ in owners)
        rows = self._db.execute(
            "SELECT owner, source, uid, recurrence_id, title, private, start FROM events "
            f"WHERE (uid = ? OR ical_uid = ?) AND owner IN ({marks}) "
            "ORDER BY start, source, uid, recurrence_id",
            [uid, uid, *(o.lower() for o in owners)],
        )
        return [Found(o, s, u, r, t, bool(p), st) for o, s, u, r, t, p, st in rows]

    def owners(self) -> list[str]:
        return [
            row[0] for row in self._db.execute("SELECT DISTINCT owner FROM events ORDER BY owner")
        ]

    def count(self, source: str | None = None) -> int:
        if source is None:
            return int(self._db.execute("SELECT COUNT(*) FROM events").fetchone()[0])
        return int(
            self._db.execute("SELECT COUNT(*) FROM events WHERE source = ?", (source,)).fetchone()[
                0
            ]
        )

    def record_run(self, command: str, detail: dict[str, object]) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO runs (started_at, command, detail) VALUES (?, ?, ?)",
                (utc_text(datetime.now(UTC)), command, json.dumps(detail, sort_keys=True)),
            )

    # -- what the audit may reuse ------------------------------------------------------
    def counts(
        self, owners: Sequence[str], start: datetime | pd.Timestamp, end: datetime | pd.Timestamp
    ) -> dict[str, int]:
        """How many occurrences :meth:`events` would return for each of ``owners`` (absent:
        none), to cut the audit into chunks of about equal size before reading any."""
        marks = ", ".join("?" for _ in owners)
        cur = self._db.execute(
            f"SELECT owner, COUNT(*) FROM events WHERE owner IN ({marks}) AND start < ? "
            'AND ("end" > ? OR start >= ?) GROUP BY owner',
            [o.lower() for o in owners] + [utc_text(end), utc_text(start), utc_text(start)],
        )
        return {str(owner): int(n) for owner, n in cur}

    def contents(
        self, owners: Sequence[str], start: datetime | pd.Timestamp, end: datetime | pd.Timestamp
    ) -> dict[str, str]:
        """Per owner, a digest of exactly the rows :meth:`events` would return (their keys
        and content hashes): equal digests, equal rows. An owner without rows is absent."""
        marks = ", ".join("?" for _ in owners)
        # Each row as one text made by SQLite (key fields and hash, each followed by a
        # separator), so Python only joins an owner's texts and hashes them once.
        line = " || ".join(f"ifnull({c}, 'None') || char({sep})" for c, sep in _DIGESTED)
        cur = self._db.execute(
            f"SELECT owner, {line} FROM events WHERE owner IN "
            f'({marks}) AND start < ? AND ("end" > ? OR start >= ?) '
            "ORDER BY owner, source, uid, recurrence_id",
            [o.lower() for o in owners] + [utc_text(end), utc_text(start), utc_text(start)],
        )
        return {
            str(owner): hashlib.sha256("".join(t for _, t in rows).encode()).hexdigest()
            for owner, rows in itertools.groupby(cur, key=operator.itemgetter(0))
        }

    def tags(self, owners: Sequence[str]) -> dict[str, bytes]:
        """The machine tags cached for each of ``owners`` (one blob each; absent: none)."""
        marks = ", ".join("?" for _ in owners)
        cur = self._db.execute(
            f"SELECT owner, tags FROM tags WHERE owner IN ({marks})", [o.lower() for o in owners]
        )
        return {str(owner): bytes(blob) for owner, blob in cur}

    def save_tags(self, tags: Mapping[str, bytes]) -> None:
        """Replace each owner's cached machine tags: what their rows use now, so the cache
        never holds more than the rows it serves."""
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO tags VALUES (?, ?)",
                [(owner.lower(), blob) for owner, blob in tags.items()],
            )

    def figures(self, owners: Sequence[str], period: str) -> dict[str, tuple[str, str]]:
        """Cached figures of ``owners`` for ``period``: owner -> (key, figures)."""
        marks = ", ".join("?" for _ in owners)
        cur = self._db.execute(
            f"SELECT owner, key, figures FROM figures WHERE period = ? AND owner IN ({marks})",
            [period, *(o.lower() for o in owners)],
        )
        return {str(o): (str(k), str(f)) for o, k, f in cur}

    def save_figures(self, period: str, figures: Iterable[tuple[str, str, str]]) -> None:
        """Cache ``(owner, key, figures)`` for ``period``, replacing each owner's last."""
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO figures VALUES (?, ?, ?, ?)",
                [(owner.lower(), period, key, text) for owner, key, text in figures],
            )

    # -- notes -------------------------------------------------------------------------
    def set_note(self, owner: str, month: str, text: str) -> None:
        """The coach's note on ``owner``'s ``month`` ("YYYY-MM"); empty text deletes it."""
        with self.transaction() as db:
            if text.strip():
                db.execute(
                    "INSERT OR REPLACE INTO notes VALUES (?, ?, ?, ?)",
                    (owner.lower(), month, text, utc_text(datetime.now(UTC))),
                )
            else:
                db.execute(
                    "DELETE FROM notes WHERE owner = ? AND month = ?", (owner.lower(), month)
                )

    def notes(self, owner: str) -> dict[str, str]:
        """Every note on ``owner``, by month, oldest first."""
        return self.notes_of([owner]).get(owner.lower(), {})

    def notes_of(self, owners: Sequence[str]) -> dict[str, dict[str, str]]:
        """Every note on each of ``owners`` (lower-cased), by month, in one query; an owner
        without notes is absent."""
        marks = ", ".join("?" for _ in owners)
        cur = self._db.execute(
            f"SELECT owner, month, text FROM notes WHERE owner IN ({marks}) ORDER BY owner, month",
            [o.lower() for o in owners],
        )
        found: dict[str, dict[str, str]] = {}
        for owner, month, text in cur:
            found.setdefault(str(owner), {})[str(month)] = str(text)
        return found


def _write_ahead(db: sqlite3.Connection) -> None:
    """Write-ahead logging: the processes that audit people in parallel read while this one
    writes, and a sync of a thousand people commits a thousand transactions, each of which
    would otherwise wait for the disk twice. With ``synchronous=NORMAL`` a crash of the
    program loses nothing committed; a power cut may lose the last transactions, never
    corrupt the file (the next sync fetches them again). A file system without shared memory
    (some network mounts) keeps SQLite's default journal: SQLite says so by not switching."""
    mode = db.execute("PRAGMA journal_mode=WAL").fetchone()
    if mode and str(mode[0]).lower() == "wal":
        db.execute("PRAGMA synchronous=NORMAL")


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in db.execute(f"PRAGMA table_info({table})")]


def _key_by_owner(db: sqlite3.Connection) -> None:
    """Upgrade step from version 1: events move to the owner-keyed table, with the columns
    version 1 had (columns added since stay at their defaults)."""
    db.execute("ALTER TABLE events RENAME TO events_v1")
    db.execute("DROP INDEX IF EXISTS events_owner_start")
    db.execute("DROP INDEX IF EXISTS events_source_start")
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    old = set(_columns(db, "events_v1"))
    cols = ", ".join(f'"{c}"' for c in [*STORED_COLUMNS, "hash"] if c in old)
    db.execute(f"INSERT OR REPLACE INTO events ({cols}) SELECT {cols} FROM events_v1")
    db.execute("DROP TABLE events_v1")


#: The fields of a row :meth:`Store.contents` digests, each followed by its separator.
_DIGESTED = (("source", 31), ("uid", 31), ("recurrence_id", 31), ("hash", 30))


def _kept(calendar: str, kept: set[str]) -> bool:
    """Is ``calendar`` one of ``kept``, or inside a kept folder?"""
    return any(calendar == k or calendar.startswith(k.rstrip("/") + "/") for k in kept)


def rows_of(source: str, owner: str, events: Iterable[Event]) -> Rows:
    """``events`` as the store's rows (values in :data:`ROW_COLUMNS` order, the content
    hash last), by key, one per key (:func:`dedupe`). Pure, so a worker process that
    fetched the events makes them and the writing process only compares and writes.
    :class:`StoreError` when an event is not ``owner``'s."""
    owner = owner.lower()
    rows: Rows = {}
    for event in dedupe(events):
        values = event_row(event)
        if values[_OWNER] != owner:
            raise StoreError(
                f"sync of {source!r} for {owner}: event {event.uid!r} belongs to "
                f"{values[_OWNER]}; a connector must return only its owner's events"
            )
        rows[(source, owner, event.uid, event.recurrence_id)] = (*values, _hash(values))
    return rows


def _hash(values: tuple[object, ...]) -> str:
    """The content hash of a row's values (texts, numbers, None): their ``repr``, which
    quotes every text, so no two different rows read the same. Changed in version 4 of
    the schema from a sorted JSON dump, three times slower; a store written before sees
    each row changed once, on its next sync."""
    return hashlib.sha1(repr(values).encode(), usedforsecurity=False).hexdigest()


def _frame(db: sqlite3.Connection, query: str, params: Sequence[str]) -> pd.DataFrame:
    """``query``'s rows as a frame, columns named as selected. Built from the fetched
    tuples directly: ``pandas.read_sql_query`` converts them once more on the way, a third
    of the time it takes to read a chunk of the audit."""
    import pandas as pd  # here, not above: commands that only write need not load it

    cursor = db.execute(query, list(params))
    names = [d[0] for d in cursor.description]
    return pd.DataFrame.from_records(cursor.fetchall(), columns=names)


def _stored_frame(
    db: sqlite3.Connection, query: str, params: Sequence[str], extra: str | None = None
) -> pd.DataFrame:
    """The stored columns of ``query``'s rows with their canonical dtypes, plus the column
    ``extra`` as it came."""
    from timeaudit.store.frames import normalise_types

    frame = _frame(db, query, params)
    if extra is None:
        return normalise_types(frame)
    kept = frame.pop(extra)
    return normalise_types(frame).assign(**{extra: kept.to_numpy()})
