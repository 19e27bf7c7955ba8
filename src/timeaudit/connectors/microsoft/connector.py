"""The Microsoft 365 connector: Outlook calendars through Microsoft Graph.

Signing in is :mod:`.auth` (MSAL), requests, paging and retries :mod:`.api`, the mapping of
Graph events :mod:`.events`. A sync reads ``calendarView/delta`` over the window: the first
round pages through every occurrence in it (``@odata.nextLink``, page size by ``Prefer:
odata.maxpagesize``) and ends with a ``@odata.deltaLink``, kept in the cursor; later runs
follow that link and get only changes, deletions as ``{"id", "@removed"}``. With
``incremental = false`` every run reads plain ``calendarView`` in full instead.

**Removals.** A deletion names only the occurrence's own id, so the cursor keeps
``{series id: {occurrence id: recurrence id}}`` for the window; a removed id it does not know
is a one-off, removed as ``(id, "")``.

**The cursor** is one JSON string: the window and calendar URL it covers, the delta link and
that map. The store commits it with the events in one transaction, so a sync killed midway
resumes from the last committed link, and the changes it sees again are harmless (upserts by
key; deleting what is gone deletes nothing). A different window or calendar, an unreadable
cursor, or a delta link Graph rejects (410, ``syncStateNotFound``) means a full sync.
"""

from __future__ import annotations

import json
import time as clock
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import requests

from timeaudit.connectors.contract import BaseConnector, SourceSpec, SyncBatch, Window
from timeaudit.connectors.kit.secrets import token_path
from timeaudit.connectors.kit.zones import zone_named
from timeaudit.connectors.microsoft import auth
from timeaudit.connectors.microsoft.api import (
    GRAPH_RETRY,
    Graph,
    GraphError,
    Item,
    graph_message,
    opened,
    url_of,
)
from timeaudit.connectors.microsoft.events import Key, Owner, event_from
from timeaudit.errors import ConnectorError
from timeaudit.model import Event

CURSOR_VERSION = 1


# -- the cursor --------------------------------------------------------------------------
@dataclass
class SyncState:
    """Where a delta round left off (see the module's docstring)."""

    window: tuple[str, str]
    calendar: str
    delta: str = ""
    series: dict[str, dict[str, str]] = field(default_factory=dict)
    gone: set[str] = field(default_factory=set)  # removed in this round: left out of the cursor

    @classmethod
    def resume(cls, cursor: str | None, window: Window, calendar: str) -> SyncState | None:
        """The state in ``cursor`` if it covers this window and calendar, else None."""
        try:
            data = json.loads(cursor or "")
            window_text = (str(data["window"][0]), str(data["window"][1]))
            series = {str(k): dict(v) for k, v in data["series"].items()}
            state = cls(window_text, str(data["calendar"]), str(data["delta"]), series)
            usable = data["v"] == CURSOR_VERSION and bool(state.delta)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None
        same = (state.window, state.calendar) == _where(window, calendar)
        return state if usable and same else None

    def to_cursor(self) -> str:
        series = {
            uid: {i: rid for i, rid in occurrences.items() if i not in self.gone}
            for uid, occurrences in self.series.items()
            if uid not in self.gone
        }
        data = {"v": CURSOR_VERSION, "window": list(self.window), "calendar": self.calendar}
        data |= {"delta": self.delta, "series": {k: v for k, v in series.items() if v}}
        return json.dumps(data, sort_keys=True, separators=(",", ":"))

    def remember(self, item_id: str, key: Key) -> None:
        self.gone.discard(item_id)
        if key[1]:
            self.series.setdefault(key[0], {})[item_id] = key[1]

    def forget(self, item_id: str) -> Key:
        """The key of a removed item (the same key when the removal comes twice); a
        removed series master removes the whole series."""
        self.gone.add(item_id)
        if item_id in self.series:
            return (item_id, "")
        for uid, occurrences in self.series.items():
            if item_id in occurrences:
                return (uid, occurrences[item_id])
        return (item_id, "")


def _where(window: Window, calendar: str) -> tuple[tuple[str, str], str]:
    return (_utc_text(window.start), _utc_text(window.end)), calendar


def _utc_text(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- one sync ----------------------------------------------------------------------------
class Changes:
    """A round's events and removals by key, in order: a later item wins over an earlier
    one for the same key, so a change replayed within a round is harmless."""

    def __init__(self) -> None:
        self.events: dict[Key, Event] = {}
        self.removed: dict[Key, None] = {}
        self.problems: list[str] = []

    def upsert(self, event: Event) -> None:
        key = (event.uid, event.recurrence_id)
        self.removed.pop(key, None)
        self.events[key] = event

    def remove(self, key: Key) -> None:
        self.events.pop(key, None)
        self.removed[key] = None

    def batch(self, complete: bool, cursor: str | None) -> SyncBatch:
        events = sorted(self.events.values(), key=lambda e: (e.start.astimezone(UTC), e.key))
        removed = [] if complete else list(self.removed)
        return SyncBatch(events, removed, complete, cursor, problems=self.problems)


class MicrosoftConnector(BaseConnector):
    """A Microsoft 365 calendar (the options are in :mod:`.auth`). ``session`` and
    ``sleep`` are seams for tests and embedding; by default each run opens its own session
    and really sleeps. ``sleep`` is every wait: the retry policy's and the device-code
    flow's."""

    can_sign_in = True
    sharing = f'a Microsoft source with auth = "{auth.CLIENT_CREDENTIALS}" and no mailbox'

    @classmethod
    def serves_many(cls, options: Mapping[str, Any]) -> bool:
        """An app-only (client-credentials) source with no fixed ``mailbox`` reads each
        person's own mailbox, so a whole roster may share it."""
        return options.get("auth") == auth.CLIENT_CREDENTIALS and "mailbox" not in options

    def __init__(
        self,
        spec: SourceSpec,
        *,
        session: requests.Session | None = None,
        sleep: auth.Sleep | None = None,
    ) -> None:
        super().__init__(spec)
        self.settings = auth.settings_from(spec)
        zone = zone_named(spec.tz)
        if zone is None:
            raise self.settings.problem(f"unknown time zone {spec.tz!r} (use an IANA name)")
        self.zone = zone
        self._session = session
        self._sleep = sleep or clock.sleep

    @staticmethod
    def sign_in(
        spec: SourceSpec,
        say: auth.Say,
        open_browser: Callable[[str], object] | None = None,
        *,
        session: requests.Session | None = None,
        sleep: auth.Sleep | None = None,
    ) -> str:
        """``timeaudit connect``: the device-code flow (MSAL's message with the URL and
        code goes to ``say``) or a check that client credentials work."""
        try:
            with opened(session) as http:
                return auth.sign_in(spec, say, open_browser, http, sleep or clock.sleep)
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise ConnectorError(spec.name, auth.unreachable(url_of(exc), exc)) from exc

    def fetch(self, window: Window, cursor: str | None) -> SyncBatch:
        """Changes since ``cursor`` when it still applies, else everything in ``window``."""
        try:
            with opened(self._session) as http:
                return self._sync(self._graph(http), window, cursor)
        except (requests.ConnectionError, requests.Timeout) as exc:
            url = url_of(exc) or self.settings.graph
            raise ConnectorError(self.spec.name, auth.unreachable(url, exc)) from exc

    def _sync(self, graph: Graph, window: Window, cursor: str | None) -> SyncBatch:
        state = SyncState.resume(cursor, window, self.settings.calendar)
        if state is not None and self.settings.incremental:
            try:
                return self._incremental(graph, state, window)
            except GraphError as exc:
                if not exc.delta_expired:
                    raise self._failure(exc) from exc
        return self._full(graph, window)

    def _graph(self, http: requests.Session) -> Graph:
        s = self.settings
        cache_path = token_path(self.spec, "microsoft") if s.auth == auth.DEVICE else None
        token_cache = auth.load_cache(cache_path) if cache_path is not None else None
        app = auth.build_app(s, http, token_cache)
        tokens = auth.Tokens(s, app, cache_path)
        retry = replace(GRAPH_RETRY, sleep=self._sleep)
        return Graph(http, tokens, retry, f"{s.graph}|{s.mailbox}", s.page_size)

    def _full(self, graph: Graph, window: Window) -> SyncBatch:
        state = SyncState(*_where(window, self.settings.calendar))
        view = "calendarView/delta" if self.settings.incremental else "calendarView"
        params = {"startDateTime": state.window[0], "endDateTime": state.window[1]}
        items, state.delta = self._collect(graph, f"{self.settings.calendar}/{view}", params)
        changes = Changes()
        for item in items:
            if "@removed" not in item:
                self._take(item, window, state, changes)
        return changes.batch(True, state.to_cursor() if state.delta else None)

    def _incremental(self, graph: Graph, state: SyncState, window: Window) -> SyncBatch:
        items, delta = graph.collect(state.delta)
        if not delta:  # a round must end with a deltaLink: start a fresh one
            raise GraphError(200, "resyncRequired", "the delta round ended without a deltaLink")
        changes = Changes()
        for item in items:
            if "@removed" in item:
                changes.remove(state.forget(str(item.get("id", ""))))
            else:
                self._take(item, window, state, changes)
        state.delta = delta
        return changes.batch(False, state.to_cursor())

    def _collect(self, graph: Graph, url: str, params: Mapping[str, str]) -> tuple[list[Item], str]:
        try:
            return graph.collect(url, params)
        except GraphError as exc:
            raise self._failure(exc) from exc

    def _take(self, item: Item, window: Window, state: SyncState, changes: Changes) -> None:
        """Map one item; one that cannot be read is a problem line, not a failed sync. A
        series master is not an occurrence; an event that left the window is removed."""
        if str(item.get("type") or "").lower() == "seriesmaster":
            return
        owner = Owner(self.spec.name, self.spec.owner, self.zone, self.settings.mailbox)
        try:
            event = event_from(item, owner)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            changes.problems.append(
                f"skipped event {item.get('id', '?')}: {type(exc).__name__}: {exc}"
            )
            return
        key = (event.uid, event.recurrence_id)
        state.remember(str(item["id"]), key)
        if window.holds(event):
            changes.upsert(event)
        else:
            changes.remove(key)

    def _failure(self, exc: GraphError) -> ConnectorError:
        return ConnectorError(self.spec.name, graph_message(exc, self.settings))
