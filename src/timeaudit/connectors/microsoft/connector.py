"""The Microsoft 365 connector: Outlook calendars through Microsoft Graph.

Signing in is :mod:`.auth` (MSAL), requests, paging and retries :mod:`.api`, the mapping of
Graph events :mod:`.events`. A sync reads ``calendarView/delta`` over the window: the first
round pages through every occurrence in it (``@odata.nextLink``, page size by ``Prefer:
odata.maxpagesize``) and ends with a ``@odata.deltaLink``, kept in the cursor; later runs
follow that link and get only changes, deletions as ``{"id", "@removed"}``. With
``incremental = false`` every run reads plain ``calendarView`` in full instead.

**Removals and identities.** A deletion names only the occurrence's own id, and Graph may
leave ``originalStart`` out of a changed occurrence, so the cursor keeps ``{series id:
{occurrence id: recurrence id}}``: the key each occurrence was stored under. A removed id it
does not know is a one-off, removed as ``(id, "")``; a changed occurrence keeps its key (see
:func:`.events.item_key`), or, when its key did change, the batch removes the old one. A slim
delta record (id, series, type and times only) is read in full by id before it is mapped.

**The cursor** is one JSON string: the window it covers, the calendar URL, the delta link and
that map. The store commits it with the events in one transaction, so a sync killed midway
resumes from the last committed link, and the changes it sees again are harmless (upserts by
key; deleting what is gone deletes nothing).

**One cursor for the widest window.** A delta link covers the window its first round read, so
a window inside the cursor's follows the link: only changes come, and changes anywhere in the
cursor's window are applied, so the store stays in step with the link for all of it. A window
reaching beyond it, but joining it and at most :data:`WIDEN_SLACK` longer together, is read
in full over both windows at once, after one last round on the old link for the deletions in
the part the new window leaves out; the new link covers both. Anything else (a window far
away, an unreadable cursor, another calendar, a link Graph rejects with 410 or
``syncStateNotFound``) is a full read of the window with a new cursor for it alone. Graph
cannot merge two delta links, nor widen one, so keeping the old link beside a new one for
just the missing part would be two cursors, and an event moving between them would be
removed by one after the other added it.
"""

from __future__ import annotations

import json
import time as clock
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import requests

from timeaudit.connectors.contract import (
    AskSecret,
    BaseConnector,
    SourceSpec,
    SyncBatch,
    Window,
)
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
from timeaudit.connectors.microsoft.events import Key, Owner, event_from, is_slim
from timeaudit.errors import ConnectorError
from timeaudit.model import Event

CURSOR_VERSION = 1
#: A window reaching beyond the cursor's is read together with it while both together are at
#: most this share longer than the window alone (a monthly audit's year moved on by a month);
#: past that, reading both would cost more than it saves, and the cursor starts again.
WIDEN_SLACK = 0.25


# -- the cursor --------------------------------------------------------------------------
@dataclass
class SyncState:
    """Where a delta round left off (see the module's docstring). ``known`` is every
    occurrence id's key as last stored, the previous state's too after a full read: it is
    how a moved occurrence without ``originalStart`` keeps its key."""

    covers: Window  # the window the delta link covers
    calendar: str
    delta: str = ""
    series: dict[str, dict[str, str]] = field(default_factory=dict)
    gone: set[str] = field(default_factory=set)  # removed in this round: left out of the cursor
    known: dict[str, Key] = field(default_factory=dict)  # occurrence id -> its stored key

    @classmethod
    def resume(cls, cursor: str | None, calendar: str) -> SyncState | None:
        """The state in ``cursor`` if it is readable and for this calendar, else None. The
        window it covers is for the caller to weigh against the one asked for."""
        try:
            data = json.loads(cursor or "")
            covers = Window(_parse(str(data["window"][0])), _parse(str(data["window"][1])))
            series = {
                str(k): {str(i): str(r) for i, r in v.items()} for k, v in data["series"].items()
            }
            state = cls(covers, str(data["calendar"]), str(data["delta"]), series)
            usable = data["v"] == CURSOR_VERSION and bool(state.delta)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None
        state.known = {i: (uid, rid) for uid, items in series.items() for i, rid in items.items()}
        return state if usable and state.calendar == calendar else None

    @classmethod
    def fresh(cls, window: Window, calendar: str, before: SyncState | None) -> SyncState:
        """A state for a full read of ``window``, knowing the keys ``before`` knew."""
        known = dict(before.known) if before is not None else {}
        return cls(window, calendar, known=known)

    @property
    def window(self) -> tuple[str, str]:
        """The covered window as Graph is asked for it, and as the cursor keeps it."""
        return _window_text(self.covers)

    def to_cursor(self) -> str:
        series = {
            uid: {i: rid for i, rid in occurrences.items() if i not in self.gone}
            for uid, occurrences in self.series.items()
            if uid not in self.gone
        }
        data = {"v": CURSOR_VERSION, "window": list(self.window), "calendar": self.calendar}
        data |= {"delta": self.delta, "series": {k: v for k, v in series.items() if v}}
        return json.dumps(data, sort_keys=True, separators=(",", ":"))

    def previous(self, item_id: str) -> Key | None:
        """The key ``item_id`` was stored under, if it is an occurrence this state knows."""
        return self.known.get(item_id)

    def remember(self, item_id: str, key: Key) -> None:
        """``item_id`` is now stored under ``key`` (kept in the cursor for an occurrence)."""
        self.gone.discard(item_id)
        old = self.known.pop(item_id, None)
        if old is not None and old != key:
            self.series.get(old[0], {}).pop(item_id, None)
        if key[1]:
            self.series.setdefault(key[0], {})[item_id] = key[1]
            self.known[item_id] = key

    def forget(self, item_id: str) -> Key:
        """The key of a removed item (the same key when the removal comes twice); a
        removed series master removes the whole series."""
        self.gone.add(item_id)
        if item_id in self.series:
            return (item_id, "")
        return self.known.get(item_id, (item_id, ""))


def _window_text(window: Window) -> tuple[str, str]:
    return _utc_text(window.start), _utc_text(window.end)


def _utc_text(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"a cursor window without an offset: {text!r}")
    return moment


def _in_utc(window: Window) -> Window:
    """``window`` as Graph is asked for it: whole seconds, UTC."""
    start, end = _window_text(window)
    return Window(_parse(start), _parse(end))


def _inside(inner: Window, outer: Window) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _hull(a: Window, b: Window) -> Window:
    return Window(min(a.start, b.start), max(a.end, b.end))


def _worth_widening(covered: Window, window: Window) -> bool:
    """Whether to read ``window`` together with the cursor's: only when they overlap or
    touch (a gap between them would be covered by a link the store was never synced with)
    and the two together cost little more than ``window`` alone."""
    if window.start > covered.end or covered.start > window.end:
        return False
    both = _hull(covered, window)
    return both.end - both.start <= (window.end - window.start) * (1 + WIDEN_SLACK)


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
        """The batch; removals are listed in a complete one too, for the keys it replaced
        and for what left the part of the cursor's window outside the one asked for."""
        events = sorted(self.events.values(), key=lambda e: (e.start.astimezone(UTC), e.key))
        return SyncBatch(events, list(self.removed), complete, cursor, problems=self.problems)


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
        ask_secret: AskSecret | None = None,  # Microsoft asks in the browser, not here
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
        """Follow the cursor's link when it covers ``window``, widen it when that is worth
        it, else read ``window`` in full (see the module's docstring)."""
        window = _in_utc(window)
        state = SyncState.resume(cursor, self.settings.calendar)
        if state is None or not self.settings.incremental:
            return self._full(graph, window, state)
        try:
            if _inside(window, state.covers):
                return self._incremental(graph, state)
            if _worth_widening(state.covers, window):
                return self._widened(graph, state, window)
        except GraphError as exc:
            if not exc.delta_expired:
                raise self._failure(exc) from exc
        return self._full(graph, window, state)

    def _graph(self, http: requests.Session) -> Graph:
        s = self.settings
        cache_path = token_path(self.spec, "microsoft") if s.auth == auth.DEVICE else None
        token_cache = auth.load_cache(cache_path) if cache_path is not None else None
        retry = replace(GRAPH_RETRY, sleep=self._sleep)
        app = auth.build_app(s, http, token_cache, retry)
        tokens = auth.Tokens(s, app, cache_path)
        return Graph(http, tokens, retry, f"{s.graph}|{s.mailbox}", s.page_size)

    def _full(
        self, graph: Graph, window: Window, before: SyncState | None, changes: Changes | None = None
    ) -> SyncBatch:
        """Everything in ``window``, and a new cursor for it. The keys ``before`` knew are
        kept for the occurrences it knew (a full read after a rejected link, or a widened
        window, must not store a moved occurrence under a second key)."""
        state = SyncState.fresh(window, self.settings.calendar, before)
        view = "calendarView/delta" if self.settings.incremental else "calendarView"
        params = {"startDateTime": state.window[0], "endDateTime": state.window[1]}
        items, state.delta = self._collect(graph, f"{self.settings.calendar}/{view}", params)
        changes = changes or Changes()
        for item in items:
            if "@removed" not in item:
                self._take(graph, item, window, state, changes, first_round=True)
        return changes.batch(True, state.to_cursor() if state.delta else None)

    def _incremental(self, graph: Graph, state: SyncState) -> SyncBatch:
        """The changes since the cursor's link, anywhere in the window it covers."""
        changes = Changes()
        self._catch_up(graph, state, changes)
        return changes.batch(False, state.to_cursor())

    def _widened(self, graph: Graph, state: SyncState, window: Window) -> SyncBatch:
        """A full read of ``window`` and the cursor's window together, and one cursor for
        both. The part of the cursor's window outside ``window`` is not cleaned by a
        complete batch, so the old link's last round first brings its deletions."""
        changes = Changes()
        if not _inside(state.covers, window):
            self._catch_up(graph, state, changes)
        return self._full(graph, _hull(state.covers, window), state, changes)

    def _catch_up(self, graph: Graph, state: SyncState, changes: Changes) -> None:
        """One delta round on ``state``'s link into ``changes``; the state moves on to the
        round's new link. A rejected link raises the GraphError (the caller reads in full)."""
        items, delta = graph.collect(state.delta)
        if not delta:  # a round must end with a deltaLink: start a fresh one
            raise GraphError(200, "resyncRequired", "the delta round ended without a deltaLink")
        for item in items:
            if "@removed" in item:
                changes.remove(state.forget(str(item.get("id", ""))))
            else:
                self._take(graph, item, state.covers, state, changes, first_round=False)
        state.delta = delta

    def _collect(self, graph: Graph, url: str, params: Mapping[str, str]) -> tuple[list[Item], str]:
        try:
            return graph.collect(url, params)
        except GraphError as exc:
            raise self._failure(exc) from exc

    def _take(
        self,
        graph: Graph,
        item: Item,
        window: Window,
        state: SyncState,
        changes: Changes,
        *,
        first_round: bool,
    ) -> None:
        """Map one item into ``changes``. A series master is not an occurrence; a slim
        record is read in full first; an occurrence whose key changed removes its old key;
        an event that left the window in a later round is removed (in a first round, an
        item outside the window was never stored: it is left out)."""
        if str(item.get("type") or "").lower() == "seriesmaster":
            return
        item_id = str(item.get("id", ""))
        full = self._filled(graph, item)
        if full is None:  # deleted since the round listed it
            changes.remove(state.forget(item_id))
            return
        previous = state.previous(item_id)
        event = self._event(full, previous, changes)
        if event is None:
            return
        key = (event.uid, event.recurrence_id)
        if previous is not None and previous != key:
            changes.remove(previous)
        state.remember(item_id, key)
        if window.holds(event):
            changes.upsert(event)
        elif not first_round:
            changes.remove(key)

    def _event(self, item: Item, previous: Key | None, changes: Changes) -> Event | None:
        """The item as an event; one that cannot be read is a problem line, not a failed
        sync."""
        owner = Owner(self.spec.name, self.spec.owner, self.zone, self.settings.mailbox)
        try:
            return event_from(item, owner, previous)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            changes.problems.append(
                f"skipped event {item.get('id', '?')}: {type(exc).__name__}: {exc}"
            )
            return None

    def _filled(self, graph: Graph, item: Item) -> Item | None:
        """``item`` with every field: a slim delta record is read again by id, through the
        same client and retry policy (storing it as it came would blank its subject and
        attendees). None when Graph no longer has it."""
        if not is_slim(item) or not item.get("id"):
            return item
        url = f"{self.settings.calendar}/events/{quote(str(item['id']), safe='')}"
        try:
            return item | graph.get(url)
        except GraphError as exc:
            if exc.status == 404:
                return None
            raise self._failure(exc) from exc

    def _failure(self, exc: GraphError) -> ConnectorError:
        return ConnectorError(self.spec.name, graph_message(exc, self.settings))
