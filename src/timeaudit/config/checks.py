"""Checks shared by the config file's [[people]] and the roster: each returns a message, or None
when the value is fine."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeaudit.config.types import RoleProfile, SourceConfig
from timeaudit.connectors.registry import connector_class, installed_kinds
from timeaudit.errors import UsageError

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


SOURCE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def email_problem(value: Any) -> str | None:
    email = str(value).strip().lower()
    return None if EMAIL.match(email) else f"must be an email address, not {value!r}"


def role_problem(role: str, roles: Mapping[str, RoleProfile]) -> str | None:
    if role in roles:
        return None
    return f"unknown role {role!r} (known: {', '.join(sorted(roles))})"


def zone_problem(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return "missing: an IANA time zone such as Europe/Berlin"
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder ("Europe")
        return f"unknown time zone {value!r} (use an IANA name such as Europe/Berlin)"
    return None


OPTION_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_.-]*): (.+)$")


def option_problem(where: str, line: str) -> tuple[str, str]:
    """Where a connector's problem with its options belongs, and what it says: a line
    ``"path: missing: ..."`` from source ``where`` is ``(where + ".path", "missing: ...")``;
    a line that names no option stays on the source. Always one line."""
    text = " ".join(str(line).split())
    found = OPTION_LINE.match(text)
    return (f"{where}.{found[1]}", found[2]) if found else (where, text)


def sharing() -> str:
    """Which sources may serve several people, from what each installed kind says
    (``BaseConnector.sharing``), so a new kind's rule shows up without a change here.
    Imports every plug-in: call it when a sharing problem is being reported."""
    phrases = [phrase for kind in installed_kinds() if (phrase := _sharing_of(kind))]
    if not phrases:
        return "no installed kind of source may serve several people"
    if len(phrases) == 1:
        return f"only {phrases[0]} may serve several people"
    return f"only {', '.join(phrases[:-1])}, or {phrases[-1]}, may serve several people"


def _sharing_of(kind: str) -> str:
    """The kind's sharing phrase; none for a plug-in that cannot be loaded (a source of
    that kind is reported on its own)."""
    try:
        found = connector_class(kind)
    except UsageError:
        return ""
    return found.sharing if found is not None else ""


def serves_many(source: SourceConfig | None) -> bool:
    """May one source serve several people? Only an account-wide one (see :func:`sharing`);
    the connector class decides from the source's options. A kind that is not installed,
    or whose plug-in cannot be loaded, serves one calendar (the kind is reported on its
    own)."""
    if source is None:
        return False
    try:
        kind = connector_class(source.kind)
    except UsageError:
        return False
    return kind is not None and kind.serves_many(source.options)
