"""The connector contract: what a connector is told (:class:`SourceSpec`) and what it answers
(:class:`SyncBatch`) for a :class:`Window`, and what the rest of the program may ask a kind
of connector before it builds one (:class:`BaseConnector`)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol

from timeaudit.errors import UsageError
from timeaudit.model import Event


@dataclass(frozen=True)
class Window:
    """The half-open span ``[start, end)`` a sync covers; both aware."""

    start: datetime
    end: datetime

    def holds(self, event: Event) -> bool:
        """Whether ``event`` overlaps the window, half-open; a zero-length event belongs where
        it starts. The one overlap test every connector uses."""
        start, end = event.start.astimezone(UTC), event.end.astimezone(UTC)
        if start == end:
            return self.start <= start < self.end
        return start < self.end and end > self.start


@dataclass(frozen=True)
class SourceSpec:
    """Everything a connector is told about the source it reads.

    ``owner`` is the calendar owner's address (how the connector recognises the owner among
    attendees), ``tz`` the owner's zone (given to floating times), ``options`` the source's
    own settings from config, ``data_dir`` where it may keep token caches (mode 0600).
    """

    name: str
    kind: str
    owner: str
    tz: str
    options: Mapping[str, Any] = field(default_factory=dict)
    data_dir: Path | None = None
    base_dir: Path | None = None  # relative paths in options resolve against this


@dataclass
class SyncBatch:
    """What one fetch returns.

    ``complete`` means ``events`` is everything the source holds in the window: stored
    events of this source in the window that are not among them are deleted, except those
    whose ``calendar`` is listed in ``kept_calendars`` (a file or calendar that could not be
    read this time: nothing already stored is lost). An incremental fetch sets ``complete``
    false and lists deletions in ``removed`` as ``(uid, recurrence_id)``; an empty
    recurrence id removes the whole series. ``problems`` are one-line, user-facing
    warnings about parts that failed while the rest loaded (an event that cannot be read).
    ``failed`` are one-line messages about parts that could not be read at all (a missing
    file, a file that is not a calendar, a calendar the account may not read): the rest is
    still applied, but the source counts as failed, because an unread calendar is not an
    empty one and the numbers would silently shrink. ``reused`` says the source knew from
    the cursor alone that nothing changed (an empty, incomplete batch).
    """

    events: list[Event] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    complete: bool = True
    cursor: str | None = None
    kept_calendars: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    reused: bool = False  # nothing changed since ``cursor``: nothing was read again


class Connector(Protocol):
    """What the sync asks of a built connector: its spec, and one fetch. A plug-in gets
    this by subclassing :class:`BaseConnector`; anything with these two members (a fake in
    a test) can be fetched through the guard."""

    spec: SourceSpec

    def fetch(self, window: Window, cursor: str | None) -> SyncBatch:
        """Return the events in ``window``. ``cursor`` is what the last successful fetch
        returned as ``SyncBatch.cursor`` (None on a first or full sync)."""
        ...


Say = Callable[[str], None]
OpenBrowser = Callable[[str], object]
#: Asks the user for a secret (a password) with the given prompt, typed without echo.
AskSecret = Callable[[str], str]


class SignInNotNeeded(UsageError):
    """``timeaudit connect`` named a source whose kind has nothing to sign in to."""


class BaseConnector(ABC):
    """A kind of calendar source, registered under its kind in the ``timeaudit.connectors``
    entry-point group. Two things are required: a constructor taking the
    :class:`SourceSpec` (it may refuse bad settings with a UsageError) and :meth:`fetch`.
    Everything else the program asks of a kind before it builds one has a default here, so
    it never has to probe a plug-in with ``getattr``: a plug-in overrides what differs.
    """

    #: Fetching is computation (parsing files), not waiting on a server: with many people,
    #: such sources are read in worker processes rather than threads.
    cpu_bound: ClassVar[bool] = False
    #: The kind has an account to sign in to (``timeaudit connect``): see :meth:`sign_in`.
    can_sign_in: ClassVar[bool] = False
    #: When one source of this kind may serve several people, as a phrase that completes
    #: "only ... may serve several people" (e.g. 'a Google source with auth =
    #: "service-account" and no subject'); empty when it never may. See :meth:`serves_many`.
    sharing: ClassVar[str] = ""

    spec: SourceSpec

    def __init__(self, spec: SourceSpec) -> None:
        self.spec = spec

    @abstractmethod
    def fetch(self, window: Window, cursor: str | None) -> SyncBatch:
        """Return the events in ``window``. ``cursor`` is what the last successful fetch
        returned as ``SyncBatch.cursor`` (None on a first or full sync)."""

    @classmethod
    def check_options(cls, options: Mapping[str, Any]) -> list[str]:
        """Problems with a source's own options, found when the config is loaded (before
        any sync, and without reading files or the network). One line each, starting with
        the option it is about (``"path: missing: ..."``): config validation reports it as
        ``sources.<name>.path: missing: ...``. A line that names no option is reported
        against the source as a whole."""
        return []

    @classmethod
    def serves_many(cls, options: Mapping[str, Any]) -> bool:
        """May one source with these options serve several people (an account-wide one
        that reads each person's own calendar)? By default a source is one calendar."""
        return False

    @staticmethod
    def sign_in(
        spec: SourceSpec,
        *,
        say: Say,
        open_browser: OpenBrowser | None = None,
        ask_secret: AskSecret | None = None,
    ) -> str:
        """Sign in to the source's account for ``timeaudit connect`` and return one line
        about what was saved: ``say`` tells the user something, ``open_browser`` opens a
        sign-in page, ``ask_secret`` asks for a password. Kinds with ``can_sign_in``
        override it; the rest refuse."""
        raise SignInNotNeeded(
            f"source {spec.name!r}: a {spec.kind} source has no account to sign in to; "
            "`timeaudit connect` is only for sources that read an account"
        )


ConnectorFactory = Callable[[SourceSpec], Connector]
"""Anything that builds a connector from a spec. The registry hands out connector classes
(``type[BaseConnector]``), which are such factories."""
