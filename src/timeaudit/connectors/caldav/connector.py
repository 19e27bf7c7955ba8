"""The CalDAV connector: iCloud, Fastmail, Nextcloud and any RFC 4791 server.

**A first sync** lists each chosen calendar's objects with an occurrence in the window
(``calendar-query`` with a ``time-range``) and reads every object into events through
:mod:`~timeaudit.connectors.kit.ical`, the very code that reads an .ics file: the same
bounded expansion, the same owner's answer, busy status, class, organizer and attendees.
With ``expand = "server"`` the server is asked to expand recurring events itself; whatever
it sends back unexpanded is expanded here, so both give the same occurrences (the default
is ``"client"``: servers differ, and Radicale 3.9, for one, expands a series in UTC, so a
09:00 meeting moves an hour when the clocks change).

**Later syncs** of a window inside the last one ask only what changed: ``sync-collection``
(RFC 6578) from each calendar's sync token where the server keeps one, else the window's
ETags compared with those last seen. Changed objects are fetched (``calendar-multiget``)
and read again; the cursor remembers which events each object gave, so the batch removes
exactly the ones it no longer gives. A refused token reads that calendar in full. A moved
occurrence keeps its key (its RECURRENCE-ID), so nothing is counted twice.

**Failures.** The password, the address, the server and TLS fail the whole source with one
line (:mod:`.dav`); the store keeps what it had. An object that does not parse, or a
calendar the server will not list, fails the source too (an unread calendar is not an empty
one), but everything else loads, and the events stored from what failed are kept. The batch
and its cursor are applied by the store in one transaction: a sync killed midway changes
nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from timeaudit.connectors.caldav.cursor import FORMAT, CalendarState, Cursor, Held, Key
from timeaudit.connectors.caldav.options import (
    AUTO,
    CaldavOptions,
    password,
    problems,
    read_options,
    save_password,
)
from timeaudit.connectors.contract import (
    AskSecret,
    BaseConnector,
    OpenBrowser,
    Say,
    SourceSpec,
    SyncBatch,
    Window,
)
from timeaudit.connectors.guard import dedupe
from timeaudit.connectors.kit.ical import (
    MARGIN,
    Reader,
    describe,
    failures_line,
    parse_calendars,
    real_failures,
)
from timeaudit.connectors.kit.zones import owner_zone
from timeaudit.errors import UsageError
from timeaudit.model import Event

try:
    from timeaudit.connectors.caldav.dav import (
        Calendar,
        CalendarRefused,
        Dav,
        Entry,
        TokenRefused,
    )
except ImportError as missing:  # the optional extra is not installed
    raise ImportError(
        f"the caldav connector needs the caldav library ({missing.name or missing} is not "
        "installed): pip install 'timeaudit[caldav]'"
    ) from missing

FIX_OBJECT = "fix or delete that event in your calendar app; what was stored from it is kept"


@dataclass
class Round:
    """One sync's findings: events to store, keys their objects gave before, and the new
    state of each calendar."""

    batch: SyncBatch
    events: list[Event] = field(default_factory=list)
    dropped: set[Key] = field(default_factory=set)
    states: dict[str, CalendarState] = field(default_factory=dict)
    fetched: int = 0


class CaldavConnector(BaseConnector):
    """A CalDAV account's calendars (the options are in :mod:`.options`)."""

    can_sign_in = True

    @classmethod
    def check_options(cls, options: Mapping[str, Any]) -> list[str]:
        return problems(options)

    def __init__(self, spec: SourceSpec) -> None:
        super().__init__(spec)
        self.options = read_options(spec)
        zone = owner_zone(spec.name, spec.tz)
        self.reader = Reader(spec.name, spec.owner, zone)

    @property
    def where(self) -> str:
        o, s = self.options, self.spec
        return f"{FORMAT}|{o.url}|{o.username}|{o.expand}|{o.sync}|{s.owner.lower()}|{s.tz}"

    def fetch(self, window: Window, cursor: str | None) -> SyncBatch:
        """Only the changes when ``cursor`` covers ``window``, else all of ``window``."""
        dav = Dav(self.spec, self.options, password(self.spec, self.options))
        try:
            previous = Cursor.load(cursor)
            batch = SyncBatch()
            calendars = self._chosen(dav.calendars(), previous, batch)
            urls = [c.url for c in calendars]
            if previous and not batch.failed and previous.covers(window, self.where, urls):
                return self._incremental(dav, calendars, previous)
            return self._full(dav, calendars, window, batch)
        finally:
            dav.close()

    def _chosen(
        self, found: list[Calendar], previous: Cursor | None, batch: SyncBatch
    ) -> list[Calendar]:
        """The calendars the ``calendars`` option names (all when it names none). A name
        not on the server fails the source; what was stored from it is kept."""
        if not self.options.calendars:
            return found
        by_name = {c.name.casefold(): c for c in reversed(found)}
        missing = [n for n in self.options.calendars if n.casefold() not in by_name]
        if missing:
            on_server = ", ".join(repr(c.name) for c in found) or "none"
            batch.failed += [
                f"calendar {n!r} not found (calendars on the server: {on_server}): check the "
                "calendars setting; events stored from it are kept"
                for n in missing
            ]
            batch.kept_calendars |= previous.urls_named(missing) if previous else set()
        wanted = {n.casefold() for n in self.options.calendars}
        return [c for c in found if c.name.casefold() in wanted]

    # -- a full sync ------------------------------------------------------------------------
    def _full(
        self, dav: Dav, calendars: Sequence[Calendar], window: Window, batch: SyncBatch
    ) -> SyncBatch:
        found = Round(batch)
        for calendar in calendars:
            token = calendar.sync_token if self.options.sync == AUTO else ""
            try:
                entries = dav.query(calendar, _widened(window))
            except CalendarRefused as exc:
                batch.failed.append(exc.problem)
                batch.kept_calendars.add(calendar.url)
                continue
            state = CalendarState(calendar.name, token)
            for entry in entries:
                self._take(entry, calendar, window, state, found)
            found.states[calendar.url] = state
        batch.events = sorted(dedupe(found.events), key=lambda e: (e.start, e.key))
        batch.cursor = self._cursor(batch, window, found.states)
        return batch

    # -- a later sync -----------------------------------------------------------------------
    def _incremental(self, dav: Dav, calendars: Sequence[Calendar], previous: Cursor) -> SyncBatch:
        found = Round(SyncBatch(complete=False))
        for calendar in calendars:
            before = previous.calendars[calendar.url]
            state = CalendarState(calendar.name, before.token, dict(before.objects))
            try:
                entries, gone = self._delta(dav, calendar, state, previous.window)
            except CalendarRefused as exc:
                found.batch.failed.append(exc.problem)
                found.batch.kept_calendars.add(calendar.url)
                found.states[calendar.url] = before
                continue
            for href in gone:
                found.dropped |= set(state.objects.pop(href, Held("")).keys)
            for entry in entries:
                found.dropped |= set(state.objects.get(entry.href, Held("")).keys)
                self._take(entry, calendar, previous.window, state, found)
            found.states[calendar.url] = state
        batch = found.batch
        now = {key for state in found.states.values() for key in state.stored()}
        batch.removed = sorted(found.dropped - now)
        batch.events = sorted(dedupe(found.events), key=lambda e: (e.start, e.key))
        batch.reused = not (found.fetched or batch.removed or batch.failed or batch.problems)
        batch.cursor = self._cursor(batch, previous.window, found.states)
        return batch

    def _delta(
        self, dav: Dav, calendar: Calendar, state: CalendarState, window: Window
    ) -> tuple[list[Entry], set[str]]:
        """The objects that changed since ``state`` (fetched) and the hrefs that went away;
        ``state.token`` moves on. From the sync token where there is one, else by ETag."""
        if self.options.sync == AUTO and state.token and calendar.sync_token:
            if calendar.sync_token == state.token:
                return [], set()
            try:
                changes = dav.changes(calendar, state.token)
            except TokenRefused:
                return self._reread(dav, calendar, state, window)
            gone = {e.href for e in changes.entries if e.gone}
            wanted = [e.href for e in changes.entries if not e.gone and _changed(state, e)]
            state.token = changes.token
        else:
            listing = {e.href: e.etag for e in dav.query(calendar, _widened(window), False)}
            gone = set(state.objects) - set(listing)
            wanted = [h for h, etag in listing.items() if _changed(state, Entry(h, etag))]
        fetched = dav.multiget(calendar, wanted, _widened(window)) if wanted else []
        gone |= {e.href for e in fetched if e.gone}
        return [e for e in fetched if not e.gone], gone

    def _reread(
        self, dav: Dav, calendar: Calendar, state: CalendarState, window: Window
    ) -> tuple[list[Entry], set[str]]:
        """The whole calendar again, after the server refused its sync token."""
        entries = dav.query(calendar, _widened(window))
        state.token = calendar.sync_token
        return entries, set(state.objects) - {e.href for e in entries}

    # -- reading one object -------------------------------------------------------------------
    def _take(
        self, entry: Entry, calendar: Calendar, window: Window, state: CalendarState, found: Round
    ) -> None:
        """Read one object into ``found``; one that cannot be read fails the source and
        keeps what was stored from it (and its old place in the cursor)."""
        found.fetched += 1
        url = urljoin(calendar.url, entry.href)
        events = self._read(entry, url, calendar, window, found.batch)
        if events is None:
            state.objects.setdefault(entry.href, Held(""))
            return
        state.objects[entry.href] = Held(entry.etag, [(e.uid, e.recurrence_id) for e in events])
        found.events += events

    def _read(
        self, entry: Entry, url: str, calendar: Calendar, window: Window, batch: SyncBatch
    ) -> list[Event] | None:
        name = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
        try:
            if entry.data is None:
                raise ValueError("the server sent no calendar data for it")
            calendars, ignored = parse_calendars(entry.data.encode("utf-8"), name)
        except Exception as exc:  # icalendar raises ValueError and worse on bad input
            batch.failed.append(
                f"calendar {calendar.name!r}: event {url} is not valid iCalendar: "
                f"{describe(exc)} ({FIX_OBJECT})"
            )
            batch.kept_calendars.add(url)
            return None
        events, failures = self.reader.events(calendars, window, url)
        failed, bounded = real_failures(failures)
        batch.problems += [f"{url}: {note}" for note in [*ignored, *bounded]]
        if failed:
            batch.problems.append(failures_line(url, failed, FIX_OBJECT))
        if failed or bounded or ignored:
            batch.kept_calendars.add(url)
        return events

    def _cursor(
        self, batch: SyncBatch, window: Window, states: dict[str, CalendarState]
    ) -> str | None:
        """The cursor, or none after a failure or a warning: the next sync reads in full
        (and warns) again."""
        if batch.failed or batch.problems:
            return None
        return Cursor(window, self.where, states).dump()

    # -- timeaudit connect ----------------------------------------------------------------------
    @staticmethod
    def sign_in(
        spec: SourceSpec,
        *,
        say: Say,
        open_browser: OpenBrowser | None = None,
        ask_secret: AskSecret | None = None,
    ) -> str:
        """Ask for the password, check it against the server, and keep it (mode 0600)."""
        options = read_options(spec)
        if ask_secret is None:
            raise UsageError(
                f"source {spec.name!r}: the password is typed at the prompt of "
                f"`timeaudit connect {spec.name}`, run in a terminal"
            )
        secret = ask_secret(f"Password for {options.username} at {options.url}")
        if not secret:
            raise UsageError(f"source {spec.name!r}: no password given; nothing was saved")
        names = _check_sign_in(spec, options, secret)
        path = save_password(spec, options, secret)
        if os.environ.get(options.password_env):
            say(f"note: {options.password_env} is set, and syncs use it before the saved one")
        return (
            f"signed in as {options.username} at {options.url} ({names}); password saved "
            f"to {path} (readable only by you)"
        )


def _check_sign_in(spec: SourceSpec, options: CaldavOptions, secret: str) -> str:
    """The calendars the account sees, as a phrase; the ConnectorError of a refusal."""
    dav = Dav(spec, options, secret)
    try:
        calendars = dav.calendars()
    finally:
        dav.close()
    names = ", ".join(repr(c.name) for c in calendars)
    return f"{len(calendars)} calendar{'s' if len(calendars) != 1 else ''}: {names or 'none'}"


def _changed(state: CalendarState, entry: Entry) -> bool:
    held = state.objects.get(entry.href)
    return held is None or not held.etag or held.etag != entry.etag


def _widened(window: Window) -> Window:
    """The window asked of the server: floating and all-day times are matched by the server
    in a zone of its choosing, so a day more on each side; the events are cut to the exact
    window once they carry the owner's zone."""
    return Window(window.start - MARGIN, window.end + MARGIN)
