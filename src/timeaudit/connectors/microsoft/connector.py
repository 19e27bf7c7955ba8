"""The Microsoft 365 connector: Outlook calendars through Microsoft Graph over HTTP.

Signing in is :mod:`.microsoft_auth` (MSAL). A sync reads ``calendarView/delta`` over the
window: the first round pages through every occurrence in it (``@odata.nextLink``, page size
by ``Prefer: odata.maxpagesize``) and ends with a ``@odata.deltaLink``, kept in the cursor;
later runs follow that link and get only changes, deletions as ``{"id", "@removed"}``. With
``incremental = false`` every run reads plain ``calendarView`` in full instead.

**Keys.** An occurrence or exception of a series has ``uid`` = its ``seriesMasterId`` and
``recurrence_id`` = :func:`~timeaudit.model.recurrence_key` of its ``originalStart`` (a moved
instance keeps its key); a one-off has its own id and no recurrence id. A deletion names only
the occurrence's own id, so the cursor keeps ``{series id: {occurrence id: recurrence id}}``
for the window; a removed id it does not know is a one-off, removed as ``(id, "")``.

**The cursor** is one JSON string: the window and calendar URL it covers, the delta link and
that map. The store commits it with the events in one transaction, so a sync killed midway
resumes from the last committed link, and the changes it sees again are harmless (upserts by
key; deleting what is gone deletes nothing). A different window or calendar, an unreadable
cursor, or a delta link Graph rejects (410, ``syncStateNotFound``) means a full sync.

**Requests** ask for times in UTC (``Prefer: outlook.timezone="UTC"``); a payload that still
carries a Windows zone name ("W. Europe Standard Time") is read through CLDR's mapping as
icalendar ships it. 429 and 503 are retried after ``Retry-After`` seconds; 502, 504 and
connection errors back off 1, 2, 4... seconds; at most :data:`ATTEMPTS` tries each. One sync
sends its requests one after another; a per-mailbox semaphore keeps any threads that share a
mailbox within Outlook's 4 concurrent requests.
"""

from __future__ import annotations

import json
import threading
import time as clock
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import requests
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from timeaudit.connectors.contract import SourceSpec, SyncBatch, Window
from timeaudit.connectors.kit.secrets import token_path
from timeaudit.connectors.microsoft import auth
from timeaudit.errors import ConnectorError
from timeaudit.model import Attendee, Busy, Event, Kind, Response, Status, recurrence_key

ATTEMPTS = 6
MAX_WAIT = 300.0  # longest single wait, whatever Retry-After says
CONCURRENT = 4  # Outlook's limit of concurrent requests per mailbox
CURSOR_VERSION = 1
_RETRY_AFTER = frozenset({429, 503})
_BACK_OFF = frozenset({502, 504})
_EXPIRED_DELTA = frozenset({"syncstatenotfound", "syncstateinvalid", "resyncrequired"})

Item = dict[str, Any]  # one event as Graph sends it
Key = tuple[str, str]  # (uid, recurrence_id)

_SHOW_AS = {
    "free": Busy.FREE, "tentative": Busy.TENTATIVE, "busy": Busy.BUSY,
    "oof": Busy.OUT_OF_OFFICE, "workingelsewhere": Busy.WORKING_ELSEWHERE,
}  # fmt: skip
_RESPONSE = {
    "organizer": Response.ORGANIZER, "accepted": Response.ACCEPTED,
    "tentativelyaccepted": Response.TENTATIVE, "declined": Response.DECLINED,
    "notresponded": Response.NEEDS_ACTION, "none": Response.NONE,
}  # fmt: skip
_UTC_NAMES = frozenset({"utc", "etc/utc", "tzone://microsoft/utc", "coordinated universal time"})


# -- Graph over HTTP ---------------------------------------------------------------------
class GraphError(Exception):
    """An answer from Graph that is not data: ``status``, Graph's error ``code``, text."""

    def __init__(self, status: int, code: str, message: str) -> None:
        self.status, self.code, self.message = status, code, message
        super().__init__(f"{status} {code}: {message}")

    @property
    def delta_expired(self) -> bool:
        return self.status == 410 or self.code.lower() in _EXPIRED_DELTA


_SEMAPHORES: dict[str, threading.BoundedSemaphore] = {}
_SEMAPHORES_LOCK = threading.Lock()


def mailbox_semaphore(mailbox: str) -> threading.BoundedSemaphore:
    """The one semaphore every request for this mailbox goes through, across threads."""
    with _SEMAPHORES_LOCK:
        return _SEMAPHORES.setdefault(mailbox.lower(), threading.BoundedSemaphore(CONCURRENT))


class Graph:
    """GET with a fresh token, the ``Prefer`` headers, bounded retries and the mailbox's
    concurrency limit. ``sleep`` is the only way it waits (tests pass their own)."""

    def __init__(
        self,
        session: requests.Session,
        token: Callable[[], str],
        sleep: auth.Sleep,
        mailbox: str,
        page_size: int,
    ) -> None:
        self.session = session
        self.token = token
        self.sleep = sleep
        self.semaphore = mailbox_semaphore(mailbox)
        self.prefer = f'outlook.timezone="UTC", odata.maxpagesize={page_size}'

    def get(self, url: str, params: Mapping[str, str] | None = None) -> dict[str, Any]:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                response = self._send(url, params)
            except (requests.ConnectionError, requests.Timeout):
                if attempt == ATTEMPTS:
                    raise
                self.sleep(_back_off(attempt))
                continue
            retry = response.status_code in _RETRY_AFTER | _BACK_OFF
            if not retry or attempt == ATTEMPTS:
                return _json(response)
            self.sleep(_wait(response, attempt))
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _send(self, url: str, params: Mapping[str, str] | None) -> requests.Response:
        headers = {
            "Authorization": f"Bearer {self.token()}",
            "Prefer": self.prefer,
            "Accept": "application/json",
        }
        with self.semaphore:
            return self.session.get(url, params=params, headers=headers, timeout=auth.TIMEOUT)

    def collect(self, url: str, params: Mapping[str, str] | None = None) -> tuple[list[Item], str]:
        """Every item of a paged answer, and the ``@odata.deltaLink`` that ends it (or "")."""
        items: list[Item] = []
        page = self.get(url, params)
        items += page.get("value", [])
        while next_link := page.get("@odata.nextLink"):
            page = self.get(str(next_link))
            items += page.get("value", [])
        return items, str(page.get("@odata.deltaLink") or "")


def _back_off(attempt: int) -> float:
    return float(min(2 ** (attempt - 1), 60))


def _wait(response: requests.Response, attempt: int) -> float:
    """``Retry-After`` seconds on 429 and 503 (capped), else exponential back-off."""
    if response.status_code in _RETRY_AFTER:
        try:
            return min(max(float(response.headers.get("Retry-After", "")), 0.0), MAX_WAIT)
        except ValueError:
            pass
    return _back_off(attempt)


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if response.ok and isinstance(body, dict):
        return body
    error = body.get("error", {}) if isinstance(body, dict) else {}
    error = error if isinstance(error, dict) else {}
    text = str(error.get("message") or response.reason or "no answer")
    raise GraphError(response.status_code, str(error.get("code") or ""), text.splitlines()[0])


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


# -- mapping -----------------------------------------------------------------------------
@cache
def zone_named(name: str) -> ZoneInfo | None:
    """An IANA or Windows zone name as a ZoneInfo; None when neither is known."""
    if name.strip().lower() in _UTC_NAMES:
        return ZoneInfo("UTC")
    for candidate in (name.strip(), WINDOWS_TO_OLSON.get(name.strip(), "")):
        try:
            return ZoneInfo(candidate) if candidate else None
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


def _instant(value: Mapping[str, Any]) -> datetime:
    """A Graph dateTimeTimeZone as an aware instant (7 fractional digits are fine)."""
    moment = datetime.fromisoformat(str(value["dateTime"]))
    if moment.tzinfo is not None:
        return moment
    name = str(value.get("timeZone") or "UTC")
    zone = zone_named(name)
    if zone is None:
        raise ValueError(f"unknown time zone {name!r}")
    return moment.replace(tzinfo=zone)


def _timestamp(value: Any) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Owner:
    """What mapping needs to know about the calendar's owner."""

    source: str
    email: str
    zone: ZoneInfo
    calendar: str


def event_from(item: Item, owner: Owner) -> Event:
    """One Graph occurrence as the owner's :class:`Event`."""
    start, end, tz = _times(item, owner.zone)
    uid, recurrence_id = item_key(item, owner.zone)
    people = tuple(_attendee(a) for a in item.get("attendees") or [])
    busy = _SHOW_AS.get(str(item.get("showAs") or "").lower(), Busy.BUSY)
    return Event(
        source=owner.source,
        owner=owner.email,
        uid=uid,
        start=start,
        end=end,
        recurrence_id=recurrence_id,
        tz=tz,
        all_day=bool(item.get("isAllDay")),
        title=str(item.get("subject") or ""),
        description=str(item.get("bodyPreview") or ""),
        location=str((item.get("location") or {}).get("displayName") or ""),
        organizer=_address(item.get("organizer")),
        attendees=people,
        response=_owner_response(item, people, owner.email),
        busy=busy,
        status=Status.CANCELLED if item.get("isCancelled") else Status.CONFIRMED,
        private=str(item.get("sensitivity") or "").lower() in {"private", "confidential"},
        created=_timestamp(item.get("createdDateTime")),
        series_id=uid if recurrence_id else "",
        kind=Kind.OUT_OF_OFFICE if busy is Busy.OUT_OF_OFFICE else Kind.DEFAULT,
        categories=tuple(str(c) for c in item.get("categories") or []),
        calendar=owner.calendar,
    )


def item_key(item: Item, zone: ZoneInfo) -> Key:
    """``(uid, recurrence_id)``: the series and the original start for an instance of a
    series (its date in the owner's zone for an all-day series), the item's id otherwise."""
    master = str(item.get("seriesMasterId") or "")
    if not master or str(item.get("type") or "").lower() not in {"occurrence", "exception"}:
        return str(item["id"]), ""
    original = _timestamp(item.get("originalStart")) or _instant(item["start"]).astimezone(UTC)
    if item.get("isAllDay"):
        return master, recurrence_key(original.astimezone(zone).date())
    return master, recurrence_key(original)


def _times(item: Item, owner_zone: ZoneInfo) -> tuple[datetime, datetime, str]:
    """Start, end and the event's own zone name. All-day events are floating dates: they
    start at midnight in the owner's zone, whatever zone Graph rendered them in."""
    if item.get("isAllDay"):
        first = _calendar_date(item["start"])
        last = max(_calendar_date(item["end"]), first + timedelta(days=1))
        return _midnight(first, owner_zone), _midnight(last, owner_zone), owner_zone.key
    start, end = _instant(item["start"]), _instant(item["end"])
    own = str(item.get("originalStartTimeZone") or "")
    zone = zone_named(own) or zone_named(str(item["start"].get("timeZone") or ""))
    if zone is None or (zone.key == "UTC" and own.lower() not in _UTC_NAMES):
        zone = owner_zone  # nothing better than "UTC" or a custom zone: the owner's
    if end < start:
        start, end = end, start
    return start.astimezone(zone), end.astimezone(zone), zone.key


def _calendar_date(value: Mapping[str, Any]) -> date:
    return datetime.fromisoformat(str(value["dateTime"])).date()


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), zone)


def _address(person: Any) -> str:
    email = (person or {}).get("emailAddress") or {}
    return str(email.get("address") or "").strip().lower()


def _attendee(raw: Mapping[str, Any]) -> Attendee:
    kind = str(raw.get("type") or "").lower()
    answer = str((raw.get("status") or {}).get("response") or "").lower()
    response = _RESPONSE.get(answer, Response.NEEDS_ACTION)
    return Attendee(
        email=_address(raw),
        name=str((raw.get("emailAddress") or {}).get("name") or ""),
        response=Response.NEEDS_ACTION if response is Response.NONE else response,
        optional=kind == "optional",
        resource=kind == "resource",
    )


def _owner_response(item: Item, people: tuple[Attendee, ...], owner: str) -> Response:
    """Organiser, else the owner's own answer (compared case-insensitively: the docs say
    ``Accepted``, payloads say ``accepted``), else their answer as an attendee."""
    if item.get("isOrganizer"):
        return Response.ORGANIZER
    answer = str((item.get("responseStatus") or {}).get("response") or "").lower()
    if answer in _RESPONSE:
        return _RESPONSE[answer]
    return next((a.response for a in people if a.email == owner.lower()), Response.NONE)


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


class MicrosoftConnector:
    """A Microsoft 365 calendar (the options are in :mod:`.microsoft_auth`). ``session``
    and ``sleep`` are seams for tests and embedding; by default each run opens its own
    session and really sleeps."""

    @staticmethod
    def serves_many(options: Mapping[str, Any]) -> bool:
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
        self.spec = spec
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
            with _opened(session) as http:
                return auth.sign_in(spec, say, open_browser, http, sleep or clock.sleep)
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise ConnectorError(spec.name, auth.unreachable(_url_of(exc), exc)) from exc

    def fetch(self, window: Window, cursor: str | None) -> SyncBatch:
        """Changes since ``cursor`` when it still applies, else everything in ``window``."""
        try:
            with _opened(self._session) as http:
                return self._sync(self._graph(http), window, cursor)
        except (requests.ConnectionError, requests.Timeout) as exc:
            url = _url_of(exc) or self.settings.graph
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
        return Graph(http, tokens, self._sleep, f"{s.graph}|{s.mailbox}", s.page_size)

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


def graph_message(exc: GraphError, s: auth.Settings) -> str:
    """One line for a Graph error, saying what to do."""
    if exc.status == 403:
        if s.auth == auth.CLIENT_CREDENTIALS:
            return (
                f"Graph refused to read the calendar of {s.mailbox} (403 {exc.code}): give app "
                f"{s.client_id} the application permission Calendars.Read with admin consent, "
                "and include the mailbox in any application access policy"
            )
        return (
            f"Graph refused to read your calendar (403 {exc.code}): consent to Calendars.Read "
            f"is missing; run `timeaudit connect {s.source}` again"
        )
    if exc.status == 401:
        fix = (
            f"run `timeaudit connect {s.source}`"
            if s.auth == auth.DEVICE
            else "check tenant, client_id and the app's credentials"
        )
        return f"Graph did not accept the sign-in (401 {exc.code}): {fix}"
    if exc.status == 404:
        return (
            f"Graph found no calendar for {s.mailbox} (404 {exc.code}): check mailbox, and "
            "that it is an Exchange Online mailbox"
        )
    if exc.status in _RETRY_AFTER | _BACK_OFF:
        return f"Graph is busy ({exc.status} after {ATTEMPTS} tries): sync again in a few minutes"
    return f"Graph answered {exc.status} {exc.code}: {exc.message}"


class _Session(requests.Session):
    """A session whose requests time out (MSAL sends its own without a timeout)."""

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", auth.TIMEOUT)
        return super().request(method, url, *args, **kwargs)


@contextmanager
def _opened(session: requests.Session | None) -> Iterator[requests.Session]:
    """The given session, or one of this run's own, closed at its end."""
    if session is not None:
        yield session
        return
    with _Session() as own:
        yield own


def _url_of(exc: requests.RequestException) -> str:
    request = exc.request
    return str(request.url) if request is not None and request.url else ""
