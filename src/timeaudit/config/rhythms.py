"""``[[rhythms]]``: the user's own rhythm items (issue 15), validated as a whole.

Each entry names a meeting the owner wants held at a cadence and says how to find it::

    [[rhythms]]
    name = "Ops review"            # what the report calls it (required, unique)
    cadence = "weekly"             # daily | weekly | fortnightly | monthly | quarterly
    title = 'ops review|betrieb'   # a regex searched in the title (case-insensitive)
    attendees = ["cfo@example.com"]  # all of them invited
    series = "ops-review@example.com"  # the series' iCalendar UID (or the source's id)
    people = ["lea@example.com"]   # only these owners (default: everyone)

At least one of ``title``, ``attendees`` and ``series``; every one given must hold. Problems
go to ``problem(where, message)`` (the config validator's collector), one line each, naming
``rhythms[N].key``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Any

from timeaudit.config.checks import email_problem
from timeaudit.config.types import CADENCES, RhythmConfig

Problem = Callable[[str, str | None], None]

KEYS = ("name", "cadence", "title", "attendees", "series", "people")
MATCHERS = ("title", "attendees", "series")


def rhythms(raw: Any, people: Collection[str], problem: Problem) -> tuple[RhythmConfig, ...]:
    """The ``[[rhythms]]`` entries of the config; ``people`` are the configured emails a
    ``people`` list may name."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problem("rhythms", "must be an array of tables ([[rhythms]] with name and cadence)")
        return ()
    found = [r for i, t in enumerate(raw) if (r := _entry(i, t, people, problem))]
    seen: set[str] = set()
    for i, r in enumerate(found):
        if r.name.lower() in seen:
            problem(f"rhythms[{i + 1}].name", f"{r.name!r} is used twice; give each its own")
        seen.add(r.name.lower())
    return tuple(found)


def _entry(i: int, table: Any, people: Collection[str], problem: Problem) -> RhythmConfig | None:
    where = f"rhythms[{i + 1}]"
    if not isinstance(table, dict):
        problem(where, "must be a table with name, cadence and a title, attendees or series")
        return None
    for key in sorted(set(table) - set(KEYS)):
        problem(f"{where}.{key}", f"unknown key (expected one of: {', '.join(sorted(KEYS))})")
    name = _text(table, "name", where, problem)
    if not name:
        problem(f"{where}.name", 'missing: the name the report shows, e.g. "Ops review"')
    cadence = table.get("cadence")
    if cadence not in CADENCES:
        problem(f"{where}.cadence", f"must be one of {', '.join(CADENCES)}, not {cadence!r}")
    title = _text(table, "title", where, problem)
    if title:
        try:
            re.compile(title)
        except re.error as exc:
            problem(f"{where}.title", f"not a valid regex ({exc}); check the pattern")
    attendees = _emails(table, "attendees", where, problem)
    series = _text(table, "series", where, problem)
    if not any(k in table for k in MATCHERS):
        problem(where, "needs a title, attendees or series to find its meetings by")
    owners = _emails(table, "people", where, problem)
    for email in owners:
        if email not in people:
            problem(f"{where}.people", f"{email} is not in [[people]] or the roster")
    if not name or cadence not in CADENCES:
        return None
    return RhythmConfig(name, str(cadence), title, attendees, series, owners)


def _text(table: dict[str, Any], key: str, where: str, problem: Problem) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        problem(f"{where}.{key}", f"must be a string, not {value!r}")
        return ""
    return value.strip()


def _emails(table: dict[str, Any], key: str, where: str, problem: Problem) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problem(f"{where}.{key}", "must be a list of email addresses")
        return ()
    for v in value:
        problem(f"{where}.{key}", email_problem(v))
    return tuple(v.strip().lower() for v in value)
