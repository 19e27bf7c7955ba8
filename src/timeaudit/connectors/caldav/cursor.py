"""What a CalDAV sync leaves behind for the next one: for each calendar its sync token, and
for each object on it the ETag it had and the keys of the events it gave.

The keys are what make a later sync exact: an object that changed or went away names the
events it gave before, so the batch removes precisely those that it no longer gives (an
EXDATE added, a series cut short, a meeting deleted), and nothing else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from timeaudit.connectors.contract import Window

#: Bumped when the same objects would give other events (the reading in kit.ical changed).
FORMAT = "timeaudit-caldav-1"

Key = tuple[str, str]  # (uid, recurrence id) as the store keys an event of one source


@dataclass
class Held:
    """One object as last stored: its ETag and the keys of its events in the window."""

    etag: str
    keys: list[Key] = field(default_factory=list)


@dataclass
class CalendarState:
    name: str
    token: str  # "" when the server keeps no sync token for it
    objects: dict[str, Held] = field(default_factory=dict)  # by href

    def stored(self) -> Iterable[Key]:
        return (key for held in self.objects.values() for key in held.keys)


@dataclass
class Cursor:
    """The window the sync covered, what it was read with (server, account, owner, zone,
    where recurrences were expanded), and each calendar's state by URL."""

    window: Window
    where: str
    calendars: dict[str, CalendarState]

    def dump(self) -> str:
        data = {
            "v": FORMAT,
            "window": [self.window.start.isoformat(), self.window.end.isoformat()],
            "where": self.where,
            "calendars": {
                url: {
                    "name": state.name,
                    "token": state.token,
                    "objects": {
                        href: [held.etag, [list(k) for k in held.keys]]
                        for href, held in state.objects.items()
                    },
                }
                for url, state in self.calendars.items()
            },
        }
        return json.dumps(data, separators=(",", ":"), sort_keys=True)

    @classmethod
    def load(cls, text: str | None) -> Cursor | None:
        """The cursor, or None when there is none, it is damaged or of another format (a
        full sync follows)."""
        try:
            data = json.loads(text or "")
            if data["v"] != FORMAT:
                return None
            start, end = (datetime.fromisoformat(v) for v in data["window"])
            calendars = {str(url): _state(raw) for url, raw in data["calendars"].items()}
            return cls(Window(start, end), str(data["where"]), calendars)
        except (ValueError, KeyError, TypeError, AttributeError, IndexError):
            return None

    def covers(self, window: Window, where: str, calendars: Iterable[str]) -> bool:
        """Whether a sync of ``window`` may go on from here: the same server, account and
        reading, the same calendars, and ``window`` inside the one this cursor covers."""
        return (
            self.where == where
            and set(self.calendars) == set(calendars)
            and self.window.start <= window.start
            and window.end <= self.window.end
        )

    def urls_named(self, names: Iterable[str]) -> set[str]:
        """The calendars this cursor knows by ``names`` (case does not matter)."""
        wanted = {n.casefold() for n in names}
        return {url for url, s in self.calendars.items() if s.name.casefold() in wanted}


def _state(raw: Mapping[str, object]) -> CalendarState:
    objects = raw["objects"]
    if not isinstance(objects, dict):
        raise TypeError("objects")
    held = {
        str(href): Held(str(etag), [(str(uid), str(rid)) for uid, rid in keys])
        for href, (etag, keys) in objects.items()
    }
    return CalendarState(str(raw["name"]), str(raw["token"]), held)
