"""A fake Google Calendar API on 127.0.0.1, with the OAuth side of
:mod:`tests.fakes.google_oauth`, served from a thread so the real client libraries can be
driven end to end offline.

Answers have Google's shapes (shared/CONNECTORS.md): events.list pages by ``pageToken`` and
gives ``nextSyncToken`` on the last page only; ``syncToken`` returns what changed since,
cancellations included, and cannot be combined with ``timeMin``/``timeMax``; an expired
token answers 410 ``fullSyncRequired``; errors are ``{"error": {"code", "message",
"errors": [{"domain", "reason"}]}}``.

Tests script it: :attr:`FakeGoogle.page_sizes` makes short and empty pages (one page per
size listed), :meth:`FakeGoogle.fail` and :attr:`FakeGoogle.token_failures` queue error
answers, :meth:`FakeGoogle.expire_sync_tokens` makes every token issued so far answer 410,
:meth:`FakeGoogle.revoke` revokes refresh tokens and :meth:`FakeGoogle.expire_access_tokens`
makes the next API call answer 401.
"""

from __future__ import annotations

import copy
import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit
from zoneinfo import ZoneInfo

from tests.fakes.google_oauth import (
    JWT_BEARER,
    SCOPE,
    Answer,
    Failure,
    FakeOAuth,
    Json,
    Recorded,
    json_answer,
)

__all__ = ["JWT_BEARER", "SCOPE", "Failure", "FakeCalendar", "FakeGoogle", "Recorded", "running"]

API = "/calendar/v3/"


@dataclass
class FakeCalendar:
    id: str
    time_zone: str
    readers: set[str]
    events: dict[str, Json] = field(default_factory=dict)  # id -> resource
    changed: dict[str, int] = field(default_factory=dict)  # id -> change sequence number


class FakeGoogle(FakeOAuth):
    """The fake's state and behaviour; :func:`running` serves it over HTTP."""

    def __init__(self) -> None:
        super().__init__()
        self.base_url = ""  # set by running()
        self.calendars: dict[str, FakeCalendar] = {}
        self.page_size = 250
        self.page_sizes: list[int] = []  # one page per size listed, before page_size applies
        self._failures: list[Failure] = []  # for API requests
        self._seq = itertools.count(1)
        self._last_seq = 0
        self._sync_tokens: dict[str, tuple[str, int]] = {}  # token -> (calendar, seq)
        self._expired: set[str] = set()
        self._pages: dict[str, Json] = {}

    # -- URLs ------------------------------------------------------------------------
    @property
    def api_endpoint(self) -> str:
        return self.base_url + API

    @property
    def token_uri(self) -> str:
        return self.base_url + "/token"

    @property
    def auth_uri(self) -> str:
        return self.base_url + "/auth"

    # -- set-up ----------------------------------------------------------------------
    def add_calendar(
        self, calendar_id: str, tz: str = "UTC", readers: set[str] | None = None
    ) -> None:
        with self.lock:
            self.calendars[calendar_id] = FakeCalendar(calendar_id, tz, readers or {calendar_id})

    # -- calendar contents -----------------------------------------------------------
    def put(self, calendar_id: str, *items: Json) -> None:
        """Create or replace events (Google instances: a series comes expanded)."""
        with self.lock:
            calendar = self.calendars[calendar_id]
            for item in items:
                stored = {"kind": "calendar#event", "status": "confirmed", **copy.deepcopy(item)}
                stored.setdefault("updated", "2026-05-02T06:00:00.000Z")
                calendar.events[stored["id"]] = stored
                calendar.changed[stored["id"]] = self._next_seq()

    def change(self, calendar_id: str, event_id: str, **fields: Any) -> None:
        """Change some fields of a stored event."""
        with self.lock:
            item = copy.deepcopy(self.calendars[calendar_id].events[event_id])
            item.update(fields)
            self.put(calendar_id, item)

    def cancel(self, calendar_id: str, event_id: str) -> None:
        """Delete an event or one instance the way Google does: it stays, cancelled, with
        only the fields that identify it."""
        with self.lock:
            item = self.calendars[calendar_id].events[event_id]
            keep = ("kind", "etag", "id", "recurringEventId", "originalStartTime")
            gone = {k: item[k] for k in keep if k in item}
            self.put(calendar_id, {**gone, "status": "cancelled"})

    def expire_sync_tokens(self) -> None:
        """Every sync token issued so far answers 410 from now on."""
        with self.lock:
            self._expired |= set(self._sync_tokens)

    def fail(self, *failures: Failure) -> None:
        with self.lock:
            self._failures += failures

    def api_requests(self, path: str = "") -> list[Recorded]:
        return [r for r in self.requests if r.path.startswith(API) and path in r.path]

    def _next_seq(self) -> int:
        self._last_seq = next(self._seq)
        return self._last_seq

    # -- dispatch --------------------------------------------------------------------
    def handle(self, request: Recorded) -> Answer:
        with self.lock:
            self.requests.append(request)
            if request.path == "/token" and request.method == "POST":
                return self._token(request)
            if request.path == "/auth" and request.method == "GET":
                return self._authorize(request.query)
            if request.path.startswith(API) and request.method == "GET":
                return self._api(request)
            return _error(404, "notFound", f"no route {request.method} {request.path}")

    def _api(self, request: Recorded) -> Answer:
        failure = self._take_failure(request.path)
        if failure is not None:
            return _error(failure.status, failure.reason, failure.message, failure.headers)
        auth = request.headers.get("authorization", "")
        user = self.user_of(auth)
        if user is None:
            return _error(
                401,
                "authError",
                "Request had invalid authentication credentials.",
                {"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'},
            )
        parts = [unquote(p) for p in request.path[len(API) :].split("/")]
        if parts[:3] == ["users", "me", "calendarList"] and len(parts) == 4:
            return self._calendar_entry(user, parts[3])
        if parts[:3] == ["users", "me", "calendarList"]:
            return json_answer(
                200,
                {
                    "kind": "calendar#calendarList",
                    "items": [self._entry(c) for c in self._readable(user)],
                },
            )
        if len(parts) == 3 and parts[0] == "calendars" and parts[2] == "events":
            return self._events(user, parts[1], request.query)
        return _error(404, "notFound", "Not Found")

    def _take_failure(self, path: str) -> Failure | None:
        for i, failure in enumerate(self._failures):
            if failure.path in path:
                return self._failures.pop(i)
        return None

    # -- calendarList ----------------------------------------------------------------
    def _readable(self, user: str) -> list[FakeCalendar]:
        return [c for c in self.calendars.values() if user in c.readers]

    def _calendar(self, user: str, calendar_id: str) -> FakeCalendar | None:
        calendar = self.calendars.get(user if calendar_id == "primary" else calendar_id)
        return calendar if calendar is not None and user in calendar.readers else None

    def _entry(self, calendar: FakeCalendar) -> Json:
        return {
            "kind": "calendar#calendarListEntry",
            "id": calendar.id,
            "summary": calendar.id,
            "timeZone": calendar.time_zone,
            "accessRole": "reader",
        }

    def _calendar_entry(self, user: str, calendar_id: str) -> Answer:
        calendar = self._calendar(user, calendar_id)
        if calendar is None:
            return _error(404, "notFound", "Not Found")
        return json_answer(200, {**self._entry(calendar), "primary": calendar.id == user})

    # -- events.list -----------------------------------------------------------------
    def _events(self, user: str, calendar_id: str, query: dict[str, str]) -> Answer:
        calendar = self._calendar(user, calendar_id)
        if calendar is None:
            return _error(404, "notFound", "Not Found")
        if query.get("singleEvents") != "true":
            return _error(400, "badRequest", "the fake serves singleEvents=true only")
        if "pageToken" in query:
            return self._next_page(calendar, query)
        if "syncToken" in query:
            return self._changes(calendar, query)
        return self._full(calendar, query)

    def _full(self, calendar: FakeCalendar, query: dict[str, str]) -> Answer:
        start, end = _instant(query.get("timeMin")), _instant(query.get("timeMax"))
        zone = ZoneInfo(calendar.time_zone)
        shown = [
            e
            for e in calendar.events.values()
            if (e["status"] != "cancelled" or query.get("showDeleted") == "true")
            and "start" in e
            and _overlaps(e, start, end, zone)
        ]
        shown.sort(key=lambda e: (_start(e, zone), e["id"]))
        return self._first_page(calendar, shown, query)

    def _changes(self, calendar: FakeCalendar, query: dict[str, str]) -> Answer:
        banned = {"timeMin", "timeMax", "orderBy", "q", "iCalUID", "updatedMin"} & set(query)
        if banned:
            return _error(400, "invalid", f"syncToken cannot be combined with {sorted(banned)}")
        token = query["syncToken"]
        known = self._sync_tokens.get(token)
        if known is None or known[0] != calendar.id:
            return _error(400, "invalid", "Invalid sync token value.")
        if token in self._expired:
            return _error(
                410, "fullSyncRequired", "Sync token is no longer valid, a full sync is required."
            )
        since = known[1]
        ids = sorted((s, i) for i, s in calendar.changed.items() if s > since)
        return self._first_page(calendar, [calendar.events[i] for _, i in ids], query)

    def _first_page(
        self, calendar: FakeCalendar, items: list[Json], query: dict[str, str]
    ) -> Answer:
        sync_token = self._new("sync")
        self._sync_tokens[sync_token] = (calendar.id, self._last_seq)
        listing = {
            "items": items,
            "sync_token": sync_token,
            "size": int(query.get("maxResults", 250)),
        }
        return self._page(calendar, listing, 0)

    def _next_page(self, calendar: FakeCalendar, query: dict[str, str]) -> Answer:
        listing = self._pages.get(query["pageToken"])
        if listing is None or listing["calendar"] != calendar.id:
            return _error(400, "invalid", "Invalid page token value.")
        return self._page(calendar, listing, listing["offset"])

    def _page(self, calendar: FakeCalendar, listing: Json, offset: int) -> Answer:
        scripted = bool(self.page_sizes)
        size = self.page_sizes.pop(0) if scripted else min(self.page_size, listing["size"])
        items = listing["items"][offset : offset + size]
        body: Json = {
            "kind": "calendar#events",
            "summary": calendar.id,
            "timeZone": calendar.time_zone,
            "items": copy.deepcopy(items),
        }
        # more to come, or more scripted pages (Google may end with an empty page)
        if offset + size < len(listing["items"]) or (scripted and self.page_sizes):
            token = self._new("page")
            self._pages[token] = {**listing, "calendar": calendar.id, "offset": offset + size}
            body["nextPageToken"] = token
        else:
            body["nextSyncToken"] = listing["sync_token"]
        return json_answer(200, body)


def _error(status: int, reason: str, message: str, headers: dict[str, str] | None = None) -> Answer:
    """Google's error answer; rate limits come from the usageLimits domain."""
    domain = "usageLimits" if reason.endswith("LimitExceeded") else "global"
    errors = [{"domain": domain, "reason": reason, "message": message}] if reason else []
    return json_answer(
        status, {"error": {"code": status, "message": message, "errors": errors}}, headers
    )


# -- time ----------------------------------------------------------------------------------
def _instant(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _when(value: Json, zone: ZoneInfo) -> datetime:
    if "date" in value:
        return datetime.combine(date.fromisoformat(value["date"]), time(), zone)
    return datetime.fromisoformat(value["dateTime"])


def _start(item: Json, zone: ZoneInfo) -> datetime:
    return _when(item["start"], zone).astimezone(UTC)


def _overlaps(item: Json, start: datetime | None, end: datetime | None, zone: ZoneInfo) -> bool:
    """Google's window: timeMin bounds the end, timeMax the start, both exclusive."""
    begins, ends = _when(item["start"], zone), _when(item["end"], zone)
    return (start is None or ends > start) and (end is None or begins < end)


# -- serving -------------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def _answer(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        request = Recorded(
            self.command,
            url.path,
            dict(parse_qsl(url.query)),
            {k.lower(): v for k, v in self.headers.items()},
            dict(parse_qsl(body)),
        )
        status, headers, payload = self.server.fake.handle(request)
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(payload))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return None


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: FakeGoogle) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake


@contextmanager
def running(fake: FakeGoogle | None = None) -> Iterator[FakeGoogle]:
    """Serve ``fake`` (a new one by default) on 127.0.0.1 for the ``with`` block."""
    fake = fake or FakeGoogle()
    server = _Server(fake)
    fake.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
