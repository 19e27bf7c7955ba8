"""A CalDAV source's settings: where the server is, who signs in, which calendars, and where
the password comes from.

The server is ``url`` (any RFC 4791 server), or a ``provider`` preset: ``icloud``,
``fastmail``, or ``nextcloud`` with its ``host``. ``TIMEAUDIT_CALDAV_URL`` overrides both, as
every connector's endpoint has an environment override. The password is never in the config:
it comes from the environment variable named by ``password_env`` (default
``TIMEAUDIT_CALDAV_PASSWORD``, for unattended runs) or from the file ``timeaudit connect``
saved in the token folder, readable only by the user.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from timeaudit.connectors.contract import SourceSpec
from timeaudit.connectors.kit import tls
from timeaudit.connectors.kit.secrets import read_private, token_path, write_private
from timeaudit.errors import ConnectorError, UsageError

URL_ENV = "TIMEAUDIT_CALDAV_URL"
PASSWORD_ENV = "TIMEAUDIT_CALDAV_PASSWORD"
PROVIDERS = {
    "icloud": "https://caldav.icloud.com/",
    "fastmail": "https://caldav.fastmail.com/",
    "nextcloud": "https://{host}/remote.php/dav",
}
CLIENT, SERVER = "client", "server"  # where recurring events are expanded
AUTO, ETAG = "auto", "etag"  # how a later sync finds what changed
KNOWN_OPTIONS = ("url", "provider", "host", "username", "calendars", "password_env",
                 "expand", "sync", "timeout")  # fmt: skip
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_HOST = re.compile(r"^[A-Za-z0-9.-]+(:[0-9]+)?(/[^\s]*)?$")


@dataclass(frozen=True)
class CaldavOptions:
    """A caldav source's settings, checked."""

    url: str
    username: str
    calendars: tuple[str, ...]  # display names; empty means every calendar
    password_env: str
    expand: str
    sync: str
    timeout: float
    ca_bundle: Path | None = field(default=None)


def problems(options: Mapping[str, Any]) -> list[str]:
    """Every problem with the options, one line each starting with the option's name; the
    config check and the connector's constructor share it."""
    found: list[str] = []
    if tls.misplaced(options) is not None:
        found.append(str(tls.misplaced(options)))
    unknown = sorted(set(options) - set(KNOWN_OPTIONS) - {tls.SETTINGS_KEY, "ca_bundle"})
    found += [f"{key}: unknown setting (known: {', '.join(KNOWN_OPTIONS)})" for key in unknown]
    found += _server_problems(options)
    username = options.get("username")
    if not isinstance(username, str) or not username.strip():
        found.append("username: missing: the account name you sign in with (often your email)")
    if _calendars(options.get("calendars", [])) is None:
        found.append('calendars: must be a list of calendar names, e.g. ["Work"]')
    env = options.get("password_env", PASSWORD_ENV)
    if not isinstance(env, str) or not _ENV_NAME.match(env):
        found.append(f"password_env: must be the name of an environment variable, not {env!r}")
    found += _choice(options, "expand", (CLIENT, SERVER))
    found += _choice(options, "sync", (AUTO, ETAG))
    timeout = options.get("timeout", 60)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        found.append(f"timeout: must be a number of seconds, not {timeout!r}")
    return found


def _server_problems(options: Mapping[str, Any]) -> list[str]:
    url, provider = options.get("url"), options.get("provider")
    if url is not None and provider is not None:
        return ["url: give either url or provider, not both"]
    if url is not None:
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            return [f"url: must be the server's http(s):// address, not {url!r}"]
        return []
    if provider is None:
        known = ", ".join(PROVIDERS)
        return [f"url: missing: the CalDAV server's address, or provider = one of {known}"]
    if provider not in PROVIDERS:
        return [f"provider: must be one of {', '.join(PROVIDERS)}, not {provider!r}"]
    host = options.get("host")
    if provider == "nextcloud" and (not isinstance(host, str) or not _HOST.match(host)):
        return ['host: missing: the Nextcloud server\'s name, e.g. host = "cloud.example.com"']
    if provider != "nextcloud" and host is not None:
        return [f"host: only the nextcloud provider takes a host ({provider} has one address)"]
    return []


def _choice(options: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> list[str]:
    value = options.get(key, allowed[0])
    if value in allowed:
        return []
    return [f"{key}: must be {' or '.join(repr(a) for a in allowed)}, not {value!r}"]


def _calendars(raw: Any) -> tuple[str, ...] | None:
    values = [raw] if isinstance(raw, str) else raw
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        return None
    return tuple(dict.fromkeys(v.strip() for v in values))


def read_options(spec: SourceSpec) -> CaldavOptions:
    """The source's settings, or a UsageError naming the first one that is wrong."""
    opts = spec.options
    found = problems(opts)
    if found:
        raise UsageError(f"source {spec.name!r}: {found[0]}")
    return CaldavOptions(
        url=server_url(opts),
        username=str(opts["username"]).strip(),
        calendars=_calendars(opts.get("calendars", [])) or (),
        password_env=str(opts.get("password_env", PASSWORD_ENV)),
        expand=str(opts.get("expand", CLIENT)),
        sync=str(opts.get("sync", AUTO)),
        timeout=float(opts.get("timeout", 60)),
        ca_bundle=tls.ca_bundle(spec.name, opts, spec.base_dir),
    )


def server_url(options: Mapping[str, Any]) -> str:
    """The server's address: the environment's, the ``url`` setting, or the preset's."""
    from_env = os.environ.get(URL_ENV, "").strip()
    if from_env:
        return from_env
    if options.get("url"):
        return str(options["url"])
    preset = PROVIDERS[str(options["provider"])]
    return preset.format(host=str(options.get("host", "")).strip().rstrip("/"))


def _bad(spec: SourceSpec, text: str) -> NoReturn:
    raise ConnectorError(spec.name, text)


# -- the password ------------------------------------------------------------------------------
def password_path(spec: SourceSpec) -> Path:
    return token_path(spec, "caldav")


def password(spec: SourceSpec, options: CaldavOptions) -> str:
    """The password: the environment variable's, else the one ``timeaudit connect`` saved
    for this server and account, else a ConnectorError saying how to give one."""
    from_env = os.environ.get(options.password_env, "")
    if from_env:
        return from_env
    path = password_path(spec)
    raw = read_private(path)
    if raw is None:
        connect = f"timeaudit connect {spec.name}"
        _bad(spec, f"no password: run `{connect}`, or set {options.password_env}")
    try:
        data = json.loads(raw)
        saved, url, user = str(data["password"]), str(data["url"]), str(data["username"])
    except (ValueError, KeyError, TypeError):
        _bad(spec, f"{path}: password file is damaged: run `timeaudit connect {spec.name}` again")
    if (url, user) != (options.url, options.username):
        _bad(
            spec,
            f"the saved password is for {user} at {url}, not {options.username} at "
            f"{options.url}: run `timeaudit connect {spec.name}` again",
        )
    return saved


def save_password(spec: SourceSpec, options: CaldavOptions, secret: str) -> Path:
    """Keep ``secret`` for this server and account (mode 0600, atomically)."""
    path = password_path(spec)
    data = {"url": options.url, "username": options.username, "password": secret}
    write_private(path, json.dumps(data, indent=2).encode("utf-8"))
    return path
