"""The Google Calendar connector: events.list through google-api-python-client.

A first sync lists the window with ``singleEvents=true`` (series come expanded), following
every ``nextPageToken``, and keeps each calendar's ``nextSyncToken`` in the cursor. Later
syncs inside the same window send those tokens and apply only the changes; an expired token
(410) or a window the cursor does not cover means a full sync of the requested window. The
fetch returns one batch and the store applies it, cursor included, in one transaction: a sync
killed midway commits nothing and the next run starts again from the last committed cursor.

Sign-in is in :mod:`.auth`, requests and retries in :mod:`.api`, the mapping of events in
:mod:`.events`.
"""

from __future__ import annotations

import json
import webbrowser
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from googleapiclient.errors import HttpError

from timeaudit.connectors.contract import (
    AskSecret,
    BaseConnector,
    SourceSpec,
    SyncBatch,
    Window,
)
from timeaudit.connectors.google.api import (
    GOOGLE_RETRY,
    ApiError,
    GoogleApi,
    Item,
    Listing,
    api_failure,
)
from timeaudit.connectors.google.auth import (
    SERVICE_ACCOUNT,
    SIGN_IN_TIMEOUT,
    GoogleOptions,
    OpenBrowser,
    SavedToken,
    Say,
    load_user_token,
    read_options,
    run_desktop_flow,
    save_if_refreshed,
    save_user_token,
    service_account_credentials,
    token_uri,
)
from timeaudit.connectors.google.events import Changes, Key, removal_key, source_zone, to_event
from timeaudit.connectors.kit.retry import RetryPolicy
from timeaudit.connectors.kit.secrets import token_path
from timeaudit.connectors.kit.zones import zone_named
from timeaudit.errors import InvalidEventError
from timeaudit.model import Event

CALENDAR_REFUSED = frozenset({"forbidden", "requiredAccessLevel", "notFound"})


# -- the cursor --------------------------------------------------------------------------
@dataclass(frozen=True)
class Cursor:
    """What a sync left behind: the window its tokens cover, whose calendars they are,
    and each calendar's nextSyncToken."""

    window: Window
    account: str
    tokens: Mapping[str, str]

    def dump(self) -> str:
        return json.dumps({
            "window": [self.window.start.isoformat(), self.window.end.isoformat()],
            "account": self.account,
            "calendars": dict(self.tokens),
        })  # fmt: skip

    @classmethod
    def load(cls, text: str | None) -> Cursor | None:
        """The cursor, or None when there is none or it is not ours (a full sync follows)."""
        try:
            data = json.loads(text or "")
            start, end = (datetime.fromisoformat(v) for v in data["window"])
            tokens = {str(k): str(v) for k, v in data["calendars"].items()}
            return cls(Window(start, end), str(data["account"]), tokens)
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    def covers(self, window: Window, account: str, calendars: tuple[str, ...]) -> bool:
        return (
            self.account == account
            and set(self.tokens) == set(calendars)
            and self.window.start <= window.start
            and window.end <= self.window.end
        )


class FullSyncRequired(Exception):
    """A sync token expired (HTTP 410)."""


# -- the connector -----------------------------------------------------------------------
@dataclass
class Session:
    api: GoogleApi
    account: str
    saved: SavedToken | None = None

    def close(self) -> None:
        if self.saved is not None:
            save_if_refreshed(self.saved)


class GoogleConnector(BaseConnector):
    """Reads the calendars named by the ``calendars`` option (default the primary one) as
    the signed-in user (``auth = "user"``) or as ``subject`` through a service account with
    domain-wide delegation (``auth = "service-account"``). ``retry`` is how requests are
    retried (tests pass one that records its waits instead of sleeping)."""

    can_sign_in = True
    sharing = f'a Google source with auth = "{SERVICE_ACCOUNT}" and no subject'

    @classmethod
    def serves_many(cls, options: Mapping[str, Any]) -> bool:
        """One service-account source with no fixed ``subject`` reads each person's own
        calendar, so a whole roster may share it."""
        return options.get("auth") == SERVICE_ACCOUNT and "subject" not in options

    def __init__(self, spec: SourceSpec, *, retry: RetryPolicy = GOOGLE_RETRY) -> None:
        super().__init__(spec)
        self.options = read_options(spec)
        self.zone = source_zone(spec)
        self.retry = retry

    def fetch(self, window: Window, cursor: str | None) -> SyncBatch:
        """A full sync of ``window``, or only the changes when ``cursor`` covers it."""
        session = open_session(self.spec, self.options, self.retry)
        try:
            previous = Cursor.load(cursor)
            if previous and previous.covers(window, session.account, self.options.calendars):
                try:
                    return self._incremental(session.api, previous)
                except FullSyncRequired:
                    pass
            return self._full(session, window)
        finally:
            session.close()

    def _full(self, session: Session, window: Window) -> SyncBatch:
        batch = SyncBatch(complete=True)
        params = {"timeMin": window.start.isoformat(), "timeMax": window.end.isoformat()}
        events: dict[tuple[str, str, str], Event] = {}
        tokens: dict[str, str] = {}
        for calendar in self.options.calendars:
            listing = self._list(session.api, calendar, params, batch)
            if listing is None:
                continue
            for event in self._events(listing, calendar, batch):
                if window.holds(event):
                    events.setdefault(event.key, event)  # shared by two calendars: first wins
            if listing.sync_token:
                tokens[calendar] = listing.sync_token
        batch.events = sorted(events.values(), key=lambda e: (e.start, e.key))
        batch.cursor = Cursor(window, session.account, tokens).dump()
        return batch

    def _incremental(self, api: GoogleApi, previous: Cursor) -> SyncBatch:
        batch = SyncBatch(complete=False)
        changes = Changes(previous.window)
        tokens: dict[str, str] = {}
        for calendar, sync_token in previous.tokens.items():
            listing = self._list(api, calendar, {"syncToken": sync_token}, batch)
            if listing is None:
                continue
            for item in listing.items:
                changes.apply(item, self._map(item, calendar, listing.time_zone, batch))
            if listing.sync_token:
                tokens[calendar] = listing.sync_token
        batch.events, batch.removed = changes.result()
        batch.cursor = Cursor(previous.window, previous.account, tokens).dump()
        return batch

    def _list(
        self, api: GoogleApi, calendar: str, params: Mapping[str, str], batch: SyncBatch
    ) -> Listing | None:
        """All pages for one calendar; None when this calendar alone cannot be read: the
        source fails with one line for it, the others still load, and its stored events are
        kept."""
        try:
            return api.list_events(calendar, params)
        except HttpError as exc:
            error = ApiError.of(exc)
            if error.status == 410 and "syncToken" in params:
                raise FullSyncRequired from exc
            if error.status == 404 or (error.status == 403 and error.reason in CALENDAR_REFUSED):
                batch.failed.append(_calendar_refused(calendar, error))  # not an empty month
                batch.kept_calendars.add(calendar)
                return None
            raise api_failure(self.spec, self.options, exc) from exc

    def _events(self, listing: Listing, calendar: str, batch: SyncBatch) -> list[Event]:
        mapped = (self._map(i, calendar, listing.time_zone, batch) for i in listing.items)
        return [e for e in mapped if isinstance(e, Event)]

    def _map(
        self, item: Item, calendar: str, calendar_tz: str, batch: SyncBatch
    ) -> Event | Key | None:
        """The event, or the key to remove (cancelled), or None: a working location or a
        birthday, or an event that cannot be read (one problem line, and the calendar's
        stored events are kept)."""
        try:
            if item.get("status") == "cancelled":
                return removal_key(item)
            return to_event(
                item, self.spec, calendar, zone_named(calendar_tz) or self.zone, self.zone
            )
        except (KeyError, TypeError, ValueError, AttributeError, InvalidEventError) as exc:
            batch.problems.append(_unreadable(calendar, item, exc))
            batch.kept_calendars.add(calendar)
            return None

    @staticmethod
    def sign_in(
        spec: SourceSpec,
        *,
        say: Say,
        open_browser: OpenBrowser | None = None,
        ask_secret: AskSecret | None = None,  # Google asks in the browser, not here
        retry: RetryPolicy = GOOGLE_RETRY,
        timeout: float = SIGN_IN_TIMEOUT,
    ) -> str:
        """Sign in (desktop) or check the service account; one line about what was saved."""
        options = read_options(spec)
        if options.auth == SERVICE_ACCOUNT:
            return _check_service_account(spec, options, retry)
        path = token_path(spec, "google")
        announce = _announcer(say, open_browser or webbrowser.open)
        creds = run_desktop_flow(spec, options, announce, timeout)
        account = GoogleApi(spec, options, creds, retry, str(creds.token_uri)).primary_id()
        save_user_token(path, account, creds)
        if account.lower() != spec.owner.lower():
            say(f"note: source {spec.name!r} belongs to {spec.owner}, not {account}")
        return f"signed in as {account}; token saved to {path} (readable only by you)"


def open_session(spec: SourceSpec, options: GoogleOptions, retry: RetryPolicy) -> Session:
    """The API as the signed-in user, or as the subject through the service account."""
    if options.auth == SERVICE_ACCOUNT:
        robot = service_account_credentials(spec, options)
        url = token_uri(spec, (options.key_info or {}).get("token_uri"))
        return Session(GoogleApi(spec, options, robot, retry, url), options.subject)
    saved = load_user_token(spec)
    user = saved.credentials
    return Session(GoogleApi(spec, options, user, retry, user.token_uri), saved.account, saved)


def _check_service_account(spec: SourceSpec, options: GoogleOptions, retry: RetryPolicy) -> str:
    session = open_session(spec, options, retry)
    account = session.api.primary_id()
    email = (options.key_info or {}).get("client_email", "")
    return (
        f"service account {email} can read the calendars of {account} (domain-wide "
        "delegation works); no token is stored, the key signs in on every sync"
    )


def _announcer(say: Say, open_browser: OpenBrowser) -> Callable[[str], None]:
    def announce(url: str) -> None:
        say("Opening your browser to sign in to Google (read-only access to your calendars).")
        say(f"If it does not open, visit: {url}")
        open_browser(url)

    return announce


def _calendar_refused(calendar: str, error: ApiError) -> str:
    what = "not found" if error.status == 404 else f"not readable ({error})"
    return (
        f"calendar {calendar!r}: {what}: check the calendars setting and that it is shared "
        "with the signed-in account; events stored from it are kept"
    )


def _unreadable(calendar: str, item: Item, exc: Exception) -> str:
    what = f"missing field {exc}" if isinstance(exc, KeyError) else " ".join(str(exc).split())
    return f"calendar {calendar!r}: event {item.get('id', '?')!r} skipped: {what}"
