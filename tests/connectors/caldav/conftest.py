"""Shared by the CalDAV tests: one real Radicale server per test module, and the password
given the way an unattended run gives it (an environment variable named in the config)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.fakes.radicale import OWNER_PASSWORD, OWNER_USER, Radicale
from timeaudit.connectors.contract import SourceSpec

OWNER = "owner@example.com"
TZ = "Europe/Berlin"
PASSWORD_ENV = "TEST_CALDAV_PASSWORD"


@pytest.fixture(autouse=True)
def password_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TIMEAUDIT_CALDAV_URL", "TIMEAUDIT_CALDAV_PASSWORD", "TIMEAUDIT_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(PASSWORD_ENV, OWNER_PASSWORD)


def options(server: Radicale, **more: Any) -> dict[str, Any]:
    return {"url": server.url, "username": OWNER_USER, "password_env": PASSWORD_ENV, **more}


def spec(server: Radicale, folder: Path, name: str = "work", **more: Any) -> SourceSpec:
    return SourceSpec(name, "caldav", OWNER, TZ, options(server, **more), folder, folder)


def config_text(source_table: str, tz: str = TZ) -> str:
    """A config with one person whose one source is ``[sources.cal]`` (given here)."""
    return (
        f'[[people]]\nemail = "{OWNER}"\nname = "Owner"\nrole = "executive"\ntz = "{tz}"\n'
        f'sources = ["cal"]\n\n[sources.cal]\n{source_table}'
    )


def caldav_table(server: Radicale, **more: Any) -> str:
    lines = [f"{key} = {_toml(value)}" for key, value in options(server, **more).items()]
    return 'kind = "caldav"\n' + "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return f'"{value}"' if isinstance(value, str) else str(value)
