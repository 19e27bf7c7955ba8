"""Checks shared by the config file's [[people]] and the roster: each returns a message, or None
when the value is fine."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeaudit.config.types import RoleProfile, SourceConfig
from timeaudit.connectors.registry import connector_factory

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
    except (ZoneInfoNotFoundError, ValueError):
        return f"unknown time zone {value!r} (use an IANA name such as Europe/Berlin)"
    return None


SHARING = (
    'only a Google source with auth = "service-account" and no subject, or a Microsoft '
    'source with auth = "client-credentials" and no mailbox, may serve several people'
)


def serves_many(source: SourceConfig | None) -> bool:
    """May one source serve several people? Only an account-wide one (see :data:`SHARING`);
    the connector class decides from the source's options."""
    if source is None:
        return False
    check = getattr(connector_factory(source.kind), "serves_many", None)
    return bool(check and check(source.options))
