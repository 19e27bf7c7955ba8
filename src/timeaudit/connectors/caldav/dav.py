"""The CalDAV requests the connector makes, through the ``caldav`` library's client (HTTP,
Basic and Digest authentication, TLS), and every failure as one line.

Four requests do all the work, each a WebDAV REPORT or PROPFIND whose answer is a
multistatus read here:

* **calendars**: the principal's calendar home (found by ``caldav``), then one PROPFIND of
  its children for each calendar's name, whether it holds events, and its ``sync-token``
  (RFC 6578: the server can list changes since a token);
* **query**: ``calendar-query`` with a ``time-range`` for the window (RFC 4791 7.8): the
  objects with an occurrence in it, their ETags, and their data, optionally ``expand``-ed
  by the server;
* **changes**: ``sync-collection`` since a token: the objects added, changed or removed;
* **multiget**: ``calendar-multiget`` of named objects.

The library's higher-level search is not used: it retries, splits and post-filters in ways
that differ by server, and logs when it does; the connector needs to know exactly what the
server said.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.sax.saxutils import escape

import niquests
from caldav.davclient import DAVClient
from caldav.lib import error as dav_error

from timeaudit.connectors.caldav.options import SERVER, CaldavOptions
from timeaudit.connectors.contract import SourceSpec, Window
from timeaudit.connectors.kit import tls
from timeaudit.connectors.kit.retry import causes
from timeaudit.errors import ConnectorError

# The library reports oddities through logging; the connector never prints, and what
# matters comes back as an exception.
logging.getLogger("caldav").addHandler(logging.NullHandler())
logging.getLogger("caldav").propagate = False

DAV, CAL = "DAV:", "urn:ietf:params:xml:ns:caldav"
MULTIGET_CHUNK = 100  # objects per calendar-multiget
MAX_SYNC_ROUNDS = 100  # a truncated sync-collection answer (507) is asked again from its token
_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'


class CalendarRefused(ConnectorError):
    """One calendar the server would not list or hand out: the others still load."""


class TokenRefused(Exception):
    """The server no longer accepts a sync token (RFC 6578 ``valid-sync-token``, or any
    refusal of the sync-collection report): the calendar is read in full instead."""


@dataclass(frozen=True)
class Calendar:
    url: str
    name: str
    sync_token: str  # "" when the server keeps none for it (no sync-collection)


@dataclass(frozen=True)
class Entry:
    """One object in a multistatus answer: its href as the server spells it, and either its
    ETag and data (``gone`` false) or that it is no longer there."""

    href: str
    etag: str = ""
    data: str | None = None
    gone: bool = False


@dataclass(frozen=True)
class Changes:
    entries: list[Entry]
    token: str


class Dav:
    """The server, as ``options.username`` with ``secret``. Every request that fails comes
    out as a ConnectorError naming the source and what to do."""

    def __init__(self, spec: SourceSpec, options: CaldavOptions, secret: str) -> None:
        self.spec, self.options = spec, options
        verify: bool | str = str(options.ca_bundle) if options.ca_bundle else True
        self.client = DAVClient(
            url=options.url,
            username=options.username,
            password=secret,
            timeout=int(options.timeout),
            ssl_verify_cert=verify,
            enable_rfc6764=False,  # the url is the server's: no DNS discovery
            require_tls=False,  # http is the user's choice (a server on the local network)
        )

    def close(self) -> None:
        self.client.close()

    # -- the requests ------------------------------------------------------------------------
    def calendars(self) -> list[Calendar]:
        """The account's calendars that hold events, in the server's order."""
        with self.failures(self.options.url):
            home = str(self.client.get_principal().calendar_home_set.url)
            answer = self.client.propfind(home, _PROPFIND_CALENDARS, depth=1)
        if answer.status >= 400 or answer.tree is None:
            raise self.refused(int(answer.status), home)
        found = _calendars_in(answer.tree, home)
        return [c for c in found if c.url.rstrip("/") != home.rstrip("/")]

    def query(self, calendar: Calendar, window: Window, with_data: bool = True) -> list[Entry]:
        """The objects with an occurrence in ``window``, with their data when asked."""
        body = _calendar_query(window, self._data_prop(window) if with_data else "")
        return self._entries(calendar.url, body, depth=1)

    def multiget(self, calendar: Calendar, hrefs: Sequence[str], window: Window) -> list[Entry]:
        """The named objects' ETags and data (an object removed meanwhile is ``gone``)."""
        found: list[Entry] = []
        for start in range(0, len(hrefs), MULTIGET_CHUNK):
            chunk = hrefs[start : start + MULTIGET_CHUNK]
            body = _multiget(chunk, self._data_prop(window))
            found += self._entries(calendar.url, body, depth=None)
        return found

    def changes(self, calendar: Calendar, token: str) -> Changes:
        """What changed in ``calendar`` since ``token``; TokenRefused when the server will
        not say."""
        entries: list[Entry] = []
        for _ in range(MAX_SYNC_ROUNDS):
            try:
                with self.failures(calendar.url):
                    answer = self.client.report(calendar.url, _sync_collection(token), depth=None)
            except ConnectorError as exc:
                if _token_refused(exc.__cause__):
                    raise TokenRefused(str(exc)) from exc
                raise
            if answer.status >= 400 or answer.tree is None:
                raise TokenRefused(f"{answer.status}")
            entries += _entries_in(answer.tree)
            token = answer.tree.findtext(f"{{{DAV}}}sync-token") or token
            if not _truncated(answer.tree):
                return Changes(entries, token)
        raise ConnectorError(
            self.spec.name,
            f"calendar {calendar.url}: the server kept sending partial change lists: "
            "try again later",
        )

    def _entries(self, url: str, body: str, depth: int | None) -> list[Entry]:
        """The answer's objects; a calendar that refuses the report is CalendarRefused."""
        with self.failures(url):
            answer = self.client.report(url, body, depth=depth)
        if answer.status >= 400 or answer.tree is None:
            failure = self.refused(int(answer.status), url)
            raise CalendarRefused(self.spec.name, failure.problem)
        return _entries_in(answer.tree)

    def _data_prop(self, window: Window) -> str:
        if self.options.expand != SERVER:
            return "<C:calendar-data/>"
        start, end = _utc(window.start), _utc(window.end)
        return f'<C:calendar-data><C:expand start="{start}" end="{end}"/></C:calendar-data>'

    # -- failures -----------------------------------------------------------------------------
    def failures(self, url: str) -> _Translating:
        return _Translating(self, url)

    def failure(self, exc: Exception, url: str) -> ConnectorError:
        return ConnectorError(self.spec.name, describe(exc, url, self.spec, self.options))

    def refused(self, status: int, url: str) -> ConnectorError:
        kind = dav_error.NotFoundError if status == 404 else dav_error.DAVError
        return self.failure(kind(url=url, reason=str(status), status=status), url)


class _Translating:
    """A ``with`` block whose library and network failures become one ConnectorError."""

    def __init__(self, dav: Dav, url: str) -> None:
        self.dav, self.url = dav, url

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        if isinstance(exc, dav_error.DAVError | niquests.exceptions.RequestException):
            raise self.dav.failure(exc, self.url) from exc


def _token_refused(exc: BaseException | None) -> bool:
    """A refusal of the sync token (RFC 6578 3.2: 403 with ``valid-sync-token``; some
    servers answer 400, 409 or 412), not of the account: the caldav client raises a 403 as
    an AuthorizationError, so its precondition or status tells them apart."""
    if not isinstance(exc, dav_error.DAVError):
        return False
    preconditions = getattr(exc, "preconditions", None) or []
    return any("valid-sync-token" in str(p) for p in preconditions) or getattr(
        exc, "status", None
    ) in (400, 409, 412)


def describe(exc: Exception, url: str, spec: SourceSpec, options: CaldavOptions) -> str:
    """One line for a request that failed: what happened at which address, and what to do."""
    status = getattr(exc, "status", None)
    if isinstance(exc, dav_error.AuthorizationError) and status != 403:
        return (
            f"the CalDAV server at {options.url} refused the username {options.username!r} or "
            f"its password (401): run `timeaudit connect {spec.name}` with the right one "
            "(iCloud and Fastmail need an app-specific password)"
        )
    if isinstance(exc, dav_error.AuthorizationError):
        return f"{options.username} may not read {url} (403): check the url and calendars settings"
    if isinstance(exc, dav_error.NotFoundError):
        return f"{url} was not found (404): {_check_url(options)}"
    if isinstance(exc, dav_error.DAVError):
        code = status or _leading_status(exc)
        what = code or "unexpected answer"
        return f"{url} is not a CalDAV calendar home ({what}): {_check_url(options)}"
    certificate = tls.untrusted(exc)
    if certificate is not None:
        return f"cannot reach the CalDAV server at {options.url}: {certificate} ({tls.HINT})"
    return (
        f"cannot reach the CalDAV server at {options.url}: {_reason(exc)} (check the network, "
        "that the server is up, and the url setting)"
    )


def _check_url(options: CaldavOptions) -> str:
    return (
        "check the url setting (the server's CalDAV address, e.g. "
        "https://HOST/remote.php/dav for Nextcloud) and the username"
    )


def _leading_status(exc: Exception) -> str:
    word = str(getattr(exc, "reason", "") or exc).split(" ", 1)[0]
    return word if word.isdigit() else ""


def _reason(exc: BaseException) -> str:
    text = ""
    for inner in causes(exc):
        if isinstance(inner, ConnectionRefusedError):
            return "connection refused"
        if isinstance(inner, TimeoutError):
            return "timed out"
        text = text or " ".join(str(inner).split())
    return text or type(exc).__name__


# -- request bodies -------------------------------------------------------------------------------
_PROPFIND_CALENDARS = (
    _HEAD + f'<D:propfind xmlns:D="{DAV}" xmlns:C="{CAL}"><D:prop><D:resourcetype/><D:displayname/>'
    "<D:sync-token/><C:supported-calendar-component-set/></D:prop></D:propfind>"
)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _calendar_query(window: Window, data: str) -> str:
    start, end = _utc(window.start), _utc(window.end)
    return (
        _HEAD + f'<C:calendar-query xmlns:D="{DAV}" xmlns:C="{CAL}">'
        f"<D:prop><D:getetag/>{data}</D:prop>"
        '<C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">'
        f'<C:time-range start="{start}" end="{end}"/>'
        "</C:comp-filter></C:comp-filter></C:filter></C:calendar-query>"
    )


def _multiget(hrefs: Sequence[str], data: str) -> str:
    names = "".join(f"<D:href>{escape(h)}</D:href>" for h in hrefs)
    return (
        _HEAD + f'<C:calendar-multiget xmlns:D="{DAV}" xmlns:C="{CAL}">'
        f"<D:prop><D:getetag/>{data}</D:prop>{names}</C:calendar-multiget>"
    )


def _sync_collection(token: str) -> str:
    return (
        _HEAD + f'<D:sync-collection xmlns:D="{DAV}"><D:sync-token>{escape(token)}</D:sync-token>'
        "<D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>"
    )


# -- answers ----------------------------------------------------------------------------------
def _status_code(text: str | None) -> int:
    parts = (text or "").split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 200


def _entries_in(tree: Any) -> list[Entry]:
    found: list[Entry] = []
    for response in tree.iter(f"{{{DAV}}}response"):
        href = (response.findtext(f"{{{DAV}}}href") or "").strip()
        if not href:
            continue
        if _status_code(response.findtext(f"{{{DAV}}}status")) == 404:
            found.append(Entry(href, gone=True))
            continue
        etag, data = "", None
        for propstat in response.iter(f"{{{DAV}}}propstat"):
            if _status_code(propstat.findtext(f"{{{DAV}}}status")) != 200:
                continue
            etag = propstat.findtext(f"{{{DAV}}}prop/{{{DAV}}}getetag") or etag
            data = propstat.findtext(f"{{{DAV}}}prop/{{{CAL}}}calendar-data") or data
        if _status_code(response.findtext(f"{{{DAV}}}status")) < 300:
            found.append(Entry(href, etag.strip(), data))
    return found


def _truncated(tree: Any) -> bool:
    return any(
        _status_code(r.findtext(f"{{{DAV}}}status")) == 507 for r in tree.iter(f"{{{DAV}}}response")
    )


def _calendars_in(tree: Any, home: str) -> Iterator[Calendar]:
    for response in tree.iter(f"{{{DAV}}}response"):
        href = (response.findtext(f"{{{DAV}}}href") or "").strip()
        kinds = response.find(f".//{{{DAV}}}resourcetype")
        if not href or kinds is None or kinds.find(f"{{{CAL}}}calendar") is None:
            continue
        components = response.find(f".//{{{CAL}}}supported-calendar-component-set")
        if components is not None and len(components):
            names = {c.get("name", "").upper() for c in components}
            if "VEVENT" not in names:
                continue  # a task list or a journal
        url = urljoin(home, href)
        name = (response.findtext(f".//{{{DAV}}}displayname") or "").strip()
        token = (response.findtext(f".//{{{DAV}}}sync-token") or "").strip()
        yield Calendar(url, name or _last_segment(url), token)


def _last_segment(url: str) -> str:
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
