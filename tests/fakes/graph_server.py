"""A fake Microsoft Graph calendar on 127.0.0.1 (plain HTTP), scriptable per test.

It holds one calendar of already-expanded occurrences (``items``, Graph's JSON) and answers
``GET /v1.0/{me | users/ADDRESS}/calendarView`` and ``.../calendarView/delta`` the way Graph
does: pages of ``Prefer: odata.maxpagesize`` items linked by ``@odata.nextLink``; a delta
round that ends with ``@odata.deltaLink``; later rounds with the changes since (an item that
was deleted or left the window comes as ``{"id", "@removed"}``); 410 ``syncStateNotFound``
for a delta token older than ``expired_below``. ``faults`` answers the next matching
requests with an error (or drops the connection) before the calendar is consulted.

Items carry an ``iCalUId`` as Graph writes it: the hex of an Outlook Global Object ID
(:func:`global_object_id`), with the instance's date in it for an occurrence of a series.
:func:`scenario_items` renders the connector contract's scenario as Graph would hold it, each
entry's UID embedded in its items' ``iCalUId`` as Outlook embeds the UID of a meeting that
came from another iCalendar system.
"""

from __future__ import annotations

import base64
import hashlib
import json
import ssl
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.contract.scenario import Scenario, ScenarioEvent
from timeaudit.model import Attendee, Busy, Response, Status

Item = dict[str, Any]
Answer = tuple[int, dict[str, str], Any]  # status, headers, JSON body (None: no body)


# -- a threaded JSON server, optionally over TLS ----------------------------------------------
class FakeServer:
    """Serves ``answer(handler, method, body)`` from a thread; ``with`` starts and stops."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self._tls = tls
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        assert self._httpd is not None, "start the server first"
        scheme = "https" if self._tls else "http"
        return f"{scheme}://127.0.0.1:{self._httpd.server_address[1]}"

    def __enter__(self) -> Self:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        if self._tls is not None:
            self._httpd.socket = self._tls.wrap_socket(self._httpd.socket, server_side=True)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self

    def _serve(self) -> None:
        assert self._httpd is not None
        self._httpd.serve_forever(poll_interval=0.01)

    def __exit__(self, *exc: object) -> None:
        assert self._httpd is not None and self._thread is not None
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def answer(self, request: BaseHTTPRequestHandler, method: str, body: bytes) -> Answer | None:
        raise NotImplementedError


def _handler_for(server: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._reply(server.answer(self, "GET", b""))

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self._reply(server.answer(self, "POST", self.rfile.read(length)))

        def _reply(self, answer: Answer | None) -> None:
            if answer is None:  # drop the connection without a word
                self.close_connection = True
                return
            status, headers, body = answer
            data = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def json_error(status: int, code: str, message: str, **headers: str) -> Answer:
    return status, headers, {"error": {"code": code, "message": message}}


# -- the Graph calendar ----------------------------------------------------------------------
@dataclass
class Fault:
    """Answer the next request whose path and query contain ``match`` with ``status``
    (or, with ``drop``, close the connection without an answer)."""

    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    code: str = "ServiceUnavailable"
    drop: bool = False
    match: str = ""


@dataclass(frozen=True)
class Seen:
    """One request as the fake Graph received it."""

    path: str
    query: dict[str, str]
    headers: dict[str, str]

    @property
    def page_size(self) -> str:
        prefer = self.headers.get("Prefer", "")
        return next((p.split("=")[1] for p in prefer.split(", ") if "maxpagesize" in p), "")


class GraphServer(FakeServer):
    def __init__(self, calendars: Iterable[str] = ("me",)) -> None:
        super().__init__()
        self.calendars = set(calendars)
        self.items: dict[str, Item] = {}
        self.version = 0
        self.changed: dict[str, int] = {}  # item id -> version of its last change
        self.expired_below = 0
        self.faults: deque[Fault] = deque()
        self.seen: list[Seen] = []
        self.authorize: Callable[[str], bool] = lambda token: bool(token)
        self.forbidden = False
        self.default_page = 10
        self.duplicate_changes = False
        self.in_flight = self.max_in_flight = 0
        self.gate: threading.Event | None = None  # when set, requests wait for it to open
        self.crowd = threading.Event()  # set once `crowd_size` requests are in flight
        self.crowd_size = 4

    @property
    def base(self) -> str:
        return f"{self.url}/v1.0"

    # -- changing the calendar --------------------------------------------------------------
    def put(self, *items: Item) -> None:
        with self.lock:
            for item in items:
                self.version += 1
                self.items[item["id"]] = item
                self.changed[item["id"]] = self.version

    def remove(self, *ids: str) -> None:
        with self.lock:
            for item_id in ids:
                self.version += 1
                self.items.pop(item_id, None)
                self.changed[item_id] = self.version

    def expire_delta_tokens(self) -> None:
        """Every delta token issued so far answers 410 from now on."""
        with self.lock:
            self.version += 1
            self.expired_below = self.version

    # -- answering --------------------------------------------------------------------------
    def answer(self, request: BaseHTTPRequestHandler, method: str, body: bytes) -> Answer | None:
        parts = urlsplit(request.path)
        query = dict(parse_qsl(parts.query))
        seen = Seen(unquote(parts.path), query, dict(request.headers.items()))
        with self.lock:
            self.seen.append(seen)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            if self.in_flight >= self.crowd_size:
                self.crowd.set()
        try:
            if self.gate is not None:
                self.gate.wait(10)
            return self._answer(seen, request.path)
        finally:
            with self.lock:
                self.in_flight -= 1

    def _answer(self, seen: Seen, raw_path: str) -> Answer | None:
        fault = self._fault(raw_path)
        if fault is not None:
            return (
                None
                if fault.drop
                else json_error(fault.status, fault.code, "try later", **fault.headers)
            )
        token = seen.headers.get("Authorization", "").removeprefix("Bearer ")
        if not self.authorize(token):
            return json_error(401, "InvalidAuthenticationToken", "Access token is empty.")
        if self.forbidden:
            return json_error(
                403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."
            )
        calendar, _, view = seen.path.removeprefix("/v1.0/").partition("/calendarView")
        if calendar not in self.calendars:
            return json_error(
                404, "ErrorInvalidUser", f"The requested user '{calendar}' is invalid."
            )
        with self.lock:
            return self._page(seen, view == "/delta")

    def _fault(self, raw_path: str) -> Fault | None:
        with self.lock:
            if self.faults and self.faults[0].match in unquote(raw_path):
                return self.faults.popleft()
        return None

    def _page(self, seen: Seen, delta: bool) -> Answer:
        q = seen.query
        if "$deltatoken" in q:
            state = _decode(q["$deltatoken"])
            if state["since"] < self.expired_below:
                return json_error(410, "syncStateNotFound", "The sync state is not found.")
            state |= {"at": self.version, "offset": 0}
        elif "$skiptoken" in q:
            state = _decode(q["$skiptoken"])
        else:
            state = {"start": q["startDateTime"], "end": q["endDateTime"], "since": None}
            state |= {"at": self.version, "offset": 0}
        items = self._changes(state) if state["since"] is not None else self._view(state)
        size = int(seen.page_size or self.default_page)
        page, rest = (
            items[state["offset"] : state["offset"] + size],
            items[state["offset"] + size :],
        )
        body: dict[str, Any] = {"value": page}
        link = f"{self.base}{seen.path.removeprefix('/v1.0')}"
        if rest:
            body["@odata.nextLink"] = (
                f"{link}?$skiptoken={_encode(state | {'offset': state['offset'] + size})}"
            )
        elif delta:
            next_state = {"start": state["start"], "end": state["end"], "since": state["at"]}
            body["@odata.deltaLink"] = f"{link}?$deltatoken={_encode(next_state)}"
        return 200, {}, body

    def _view(self, state: dict[str, Any]) -> list[Item]:
        start, end = _moment(state["start"]), _moment(state["end"])
        found = [i for i in self.items.values() if _overlaps(i, start, end)]
        return sorted(found, key=lambda i: (_moment(i["start"]["dateTime"]), i["id"]))

    def _changes(self, state: dict[str, Any]) -> list[Item]:
        start, end = _moment(state["start"]), _moment(state["end"])
        ids = sorted((v, i) for i, v in self.changed.items() if state["since"] < v <= state["at"])
        out: list[Item] = []
        for _, item_id in ids:
            item = self.items.get(item_id)
            if item is not None and _overlaps(item, start, end):
                change = item
            else:
                change = {"id": item_id, "@removed": {"reason": "deleted"}}
            out += [change, change] if self.duplicate_changes else [change]
        return out


def _encode(state: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(state).encode()).decode().rstrip("=")


def _decode(token: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    return data


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _overlaps(item: Item, start: datetime, end: datetime) -> bool:
    return _moment(item["start"]["dateTime"]) < end and _moment(item["end"]["dateTime"]) > start


# -- Graph items -----------------------------------------------------------------------------
GOID_CLASS = bytes.fromhex("040000008200E00074C5B7101A82E008")
VCAL_MARKER = b"vCal-Uid" + bytes((1, 0, 0, 0))
_FILETIME = (116444736000000000 + 1768467600 * 10_000_000).to_bytes(8, "little")  # 2026-01-15


def global_object_id(data: bytes, instance: date | None = None) -> str:
    """An Outlook Global Object ID (MS-OXOCAL PidLidGlobalObjectId) as the upper-case hex
    Graph gives as ``iCalUId``: class id, the instance's date (zero for a series or a
    one-off), creation time, 8 reserved bytes, the data's size (little-endian) and data."""
    day = bytes(4) if instance is None else bytes((instance.year >> 8, instance.year & 0xFF,
                                                   instance.month, instance.day))  # fmt: skip
    raw = GOID_CLASS + day + _FILETIME + bytes(8) + len(data).to_bytes(4, "little") + data
    return raw.hex().upper()


def outlook_ical_uid(seed: str, instance: date | None = None) -> str:
    """The ``iCalUId`` of a meeting made in Outlook: 16 bytes of data (``seed``'s hash)."""
    data = hashlib.sha256(seed.encode()).digest()[:16]
    return global_object_id(data, instance)


def imported_ical_uid(uid: str, instance: date | None = None) -> str:
    """The ``iCalUId`` of a meeting that came from another iCalendar system with ``uid``:
    the UID embedded after the ``vCal-Uid`` marker, NUL-terminated."""
    return global_object_id(VCAL_MARKER + uid.encode() + b"\0", instance)


def graph_time(value: datetime | date) -> dict[str, str]:
    """A dateTimeTimeZone in UTC as Graph writes it (seven fractional digits, no offset);
    a date is an all-day boundary: midnight, whatever the zone."""
    if isinstance(value, datetime):
        text = value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.0000000")
    else:
        text = f"{value.isoformat()}T00:00:00.0000000"
    return {"dateTime": text, "timeZone": "UTC"}


def person(email: str, name: str = "") -> dict[str, Any]:
    return {"emailAddress": {"name": name or email, "address": email}}


def item(
    item_id: str,
    subject: str,
    start: datetime | date,
    end: datetime | date,
    **fields: Any,
) -> Item:
    """A one-off event the owner organised, busy, with ``fields`` on top."""
    base: Item = {
        "id": item_id,
        "subject": subject,
        "start": graph_time(start),
        "end": graph_time(end),
        "isAllDay": not isinstance(start, datetime),
        "type": "singleInstance",
        "showAs": "busy",
        "isCancelled": False,
        "sensitivity": "normal",
        "isOrganizer": True,
        "responseStatus": {"response": "organizer", "time": "0001-01-01T00:00:00Z"},
        "organizer": person("owner@example.com", "Owner Example"),
        "attendees": [],
        "createdDateTime": "2026-01-15T09:00:00.1234567Z",
        "categories": [],
        "originalStartTimeZone": "W. Europe Standard Time",
        "originalEndTimeZone": "W. Europe Standard Time",
        "iCalUId": outlook_ical_uid(item_id),
    }
    return base | fields


def occurrence(master: str, original: datetime, **fields: Any) -> Item:
    """An occurrence of series ``master`` originally at ``original`` (fields on top)."""
    item_id = f"{master}-{original.astimezone(UTC):%Y%m%dT%H%M}"
    start = fields.pop("start", original)
    end = fields.pop("end", start + timedelta(minutes=30))
    series = {
        "type": "occurrence",
        "seriesMasterId": master,
        "originalStart": original.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "iCalUId": outlook_ical_uid(master, original.astimezone(UTC).date()),
    }
    return item(item_id, fields.pop("subject", "Series"), start, end, **(series | fields))


# -- the contract scenario, as Graph would hold it ------------------------------------------
_WINDOWS = {"Europe/Berlin": "W. Europe Standard Time", "America/New_York": "Eastern Standard Time"}
_ANSWER = {
    Response.ACCEPTED: "accepted", Response.TENTATIVE: "tentativelyAccepted",
    Response.DECLINED: "declined", Response.NEEDS_ACTION: "notResponded",
    Response.ORGANIZER: "organizer", Response.NONE: "none",
}  # fmt: skip
_SHOW_AS = {Busy.OUT_OF_OFFICE: "oof", Busy.FREE: "free", Busy.TENTATIVE: "tentative"}


def _graph_id(*parts: str) -> str:
    return "AAMk" + hashlib.sha1("/".join(parts).encode(), usedforsecurity=False).hexdigest()[:20]


def scenario_items(scenario: Scenario) -> list[Item]:
    """Every occurrence of the scenario up to its window's end: one-offs as singleInstance,
    series expanded (weekly rules only) into occurrences and a moved exception; an instance
    the organiser cancelled is gone from their calendar, as Outlook does."""
    items: list[Item] = []
    for entry in scenario.events:
        if not entry.rrule:
            one_off = _render(entry, _graph_id(entry.uid), entry.start, entry.end, scenario)
            items.append(one_off | {"iCalUId": imported_ical_uid(entry.uid)})
            continue
        items += _series(entry, scenario)
    return items


def _series(entry: ScenarioEvent, scenario: Scenario) -> list[Item]:
    assert entry.rrule.startswith("FREQ=WEEKLY"), "the renderer expands weekly series only"
    assert isinstance(entry.start, datetime) and isinstance(entry.end, datetime)
    master, length = _graph_id(entry.uid), entry.end - entry.start
    moved = {m.original_start: m for m in entry.moved}
    out, original = [], entry.start
    while original < scenario.window.end:
        if original not in entry.cancelled:
            m = moved.get(original)
            start, end = (m.start, m.end) if m else (original, original + length)
            rendered = _render(
                entry, _graph_id(entry.uid, original.isoformat()), start, end, scenario
            )
            rendered |= {
                "type": "exception" if m else "occurrence",
                "seriesMasterId": master,
                "originalStart": original.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "iCalUId": imported_ical_uid(entry.uid, original.astimezone(UTC).date()),
            }
            out.append(rendered)
        original += timedelta(days=7)  # wall-clock arithmetic: 09:00 Berlin across the change
    return out


def _render(
    entry: ScenarioEvent,
    item_id: str,
    start: datetime | date,
    end: datetime | date,
    scenario: Scenario,
) -> Item:
    owner = scenario.owner
    mine = next((a for a in entry.attendees if a.email == owner), None)
    organised = entry.organizer == owner
    answer = Response.ORGANIZER if organised else (mine.response if mine else Response.NONE)
    zone = getattr(start, "tzinfo", None)
    windows = _WINDOWS.get(getattr(zone, "key", scenario.tz), "UTC")
    return item(
        item_id,
        entry.title,
        start,
        end,
        bodyPreview=entry.description,
        location={"displayName": entry.location},
        showAs=_show_as(entry, answer),
        isCancelled=entry.status is Status.CANCELLED,
        sensitivity="private" if entry.private else "normal",
        isOrganizer=organised,
        responseStatus={"response": _ANSWER[answer], "time": "2026-01-16T10:00:00Z"},
        organizer=person(entry.organizer),
        attendees=[_attendee(a) for a in entry.attendees],
        createdDateTime=entry.created.strftime("%Y-%m-%dT%H:%M:%S.0000000Z"),
        originalStartTimeZone=windows,
        originalEndTimeZone=windows,
    )


def _show_as(entry: ScenarioEvent, answer: Response) -> str:
    if entry.show_as is not None:
        return _SHOW_AS.get(entry.show_as, "busy")
    if entry.transparent:
        return "free"
    return "tentative" if answer is Response.TENTATIVE else "busy"


def _attendee(a: Attendee) -> dict[str, Any]:
    kind = "resource" if a.resource else "optional" if a.optional else "required"
    status = {"response": _ANSWER[a.response], "time": "2026-01-16T10:00:00Z"}
    return {"type": kind, "status": status, **person(a.email, a.name)}
