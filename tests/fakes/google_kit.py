"""What the Google tests share: a served fake with one signed-up user, sources pointing at
it, signed-in token files, service-account keys, and event resources."""

from __future__ import annotations

import json
import socket
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.fakes.google_server import FakeGoogle, running
from timeaudit.connectors.contract import SourceSpec, SyncBatch, Window
from timeaudit.connectors.google.api import GOOGLE_RETRY
from timeaudit.connectors.google.connector import GoogleConnector
from timeaudit.connectors.guard import fetch_guarded
from timeaudit.connectors.kit.retry import RetryPolicy
from timeaudit.connectors.kit.secrets import write_private
from timeaudit.store.sqlite import Store, SyncStats

DATA = Path(__file__).resolve().parents[1] / "data" / "google"
OWNER = "ana@example.com"
TZ = "Europe/Berlin"
BERLIN = ZoneInfo(TZ)
CLIENT_ID = "123456789012-timeaudittest.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-not-a-real-secret"
REFRESH = "refresh-ana"
ENDPOINT_ENV = ("TIMEAUDIT_GOOGLE_API_ENDPOINT", "TIMEAUDIT_GOOGLE_TOKEN_URI")
PROXY_ENV = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
Json = dict[str, Any]


def berlin(month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


MARCH = Window(berlin(3, 1), berlin(4, 1))


class RealNetwork(BaseException):
    """A test reached for a host other than 127.0.0.1. A BaseException, so no ``except``
    in the code under test can mistake it for an unreachable endpoint."""


def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse name lookups and connections beyond the loopback address."""
    real_connect, real_lookup = socket.socket.connect, socket.getaddrinfo

    def connect(sock: socket.socket, address: Any) -> None:
        if isinstance(address, tuple) and address[0] not in LOOPBACK:
            raise RealNetwork(f"connection to {address!r}")
        real_connect(sock, address)

    def lookup(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in LOOPBACK:
            raise RealNetwork(f"name lookup of {host!r}")
        return real_lookup(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", lookup)


@contextmanager
def serving(monkeypatch: pytest.MonkeyPatch, env: bool = True) -> Iterator[FakeGoogle]:
    """A fake Google where ana@example.com has a calendar (Berlin) and has signed in to
    the test OAuth client; with ``env``, the endpoint variables point at it. Nothing may
    reach beyond 127.0.0.1 meanwhile."""
    loopback_only(monkeypatch)
    for name in (*PROXY_ENV, *ENDPOINT_ENV):
        monkeypatch.delenv(name, raising=False)
    with running() as fake:
        fake.add_calendar(OWNER, TZ)
        fake.add_client(CLIENT_ID, CLIENT_SECRET)
        fake.add_user_token(OWNER, REFRESH)
        fake.browser_user = OWNER
        if env:
            monkeypatch.setenv("TIMEAUDIT_GOOGLE_API_ENDPOINT", fake.api_endpoint)
            monkeypatch.setenv("TIMEAUDIT_GOOGLE_TOKEN_URI", fake.token_uri)
        yield fake


def user_spec(tmp_path: Path, name: str = "work", owner: str = OWNER, **options: Any) -> SourceSpec:
    return SourceSpec(name, "google", owner, TZ, options, tmp_path / "home", tmp_path)


def signed_in(spec: SourceSpec, refresh: str = REFRESH, **fields: Any) -> Path:
    """Write the token file a desktop sign-in leaves (no access token yet, by default)."""
    assert spec.data_dir is not None
    path = spec.data_dir / "tokens" / f"google-{spec.name}.json"
    data = {"type": "authorized_user", "account": spec.owner, "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET, "refresh_token": refresh,
            "token_uri": "https://oauth2.googleapis.com/token", **fields}  # fmt: skip
    write_private(path, json.dumps(data).encode())
    return path


def service_account_spec(
    tmp_path: Path, fake: FakeGoogle, subject: str, delegated: set[str], name: str = "hr"
) -> SourceSpec:
    """A source read through a service account whose key is in tmp_path/key.json and
    whose domain-wide delegation covers ``delegated``."""
    key = service_account_key()
    fake.add_service_account(key, delegated)
    write_private(tmp_path / "key.json", json.dumps(key).encode())
    options = {"auth": "service-account", "key_file": "key.json", "subject": subject}
    return SourceSpec(name, "google", subject, TZ, options, tmp_path / "home", tmp_path)


class Sleeps(list[float]):
    """Records the waits of Google's retry policy instead of waiting; jitter pinned to its
    maximum."""

    def retry(self, **settings: Any) -> RetryPolicy:
        return replace(GOOGLE_RETRY, **{"sleep": self.append, "rand": lambda: 1.0, **settings})


def connector(spec: SourceSpec, sleeps: Sleeps | None = None) -> GoogleConnector:
    return GoogleConnector(spec, retry=(sleeps if sleeps is not None else Sleeps()).retry())


def sync(store: Store, google: GoogleConnector, window: Window = MARCH) -> SyncStats:
    """One sync as `timeaudit audit` runs it: fetch from the stored cursor, apply at once."""
    spec = google.spec
    batch = fetch_guarded(google, window, store.cursor(spec.name, spec.owner))
    return store.apply(spec.name, window, batch, owner=spec.owner)


def fetch(google: GoogleConnector, window: Window = MARCH, cursor: str | None = None) -> SyncBatch:
    return fetch_guarded(google, window, cursor)


def stored(store: Store, window: Window = MARCH) -> dict[tuple[str, str], str]:
    """(uid, recurrence_id) -> title of every stored event in the window."""
    frame = store.events([OWNER], window.start, window.end)
    rows = zip(frame["uid"], frame["recurrence_id"], frame["title"], strict=True)
    return {(str(uid), str(rid)): str(title) for uid, rid, title in rows}


def timed(event_id: str, title: str, start: datetime, minutes: int = 60, **fields: Any) -> Json:
    """A timed event the owner organised, written in Berlin time."""
    return {
        "id": event_id, "status": "confirmed", "summary": title,
        "start": {"dateTime": start.isoformat(), "timeZone": TZ},
        "end": {"dateTime": (start + timedelta(minutes=minutes)).isoformat(), "timeZone": TZ},
        "organizer": {"email": OWNER, "self": True}, "created": "2026-01-15T09:00:00.000Z",
        **fields,
    }  # fmt: skip


def one_offs() -> list[Json]:
    """Three one-off meetings in the first week of March."""
    return [
        timed("e1", "Board prep", berlin(3, 3, 10)),
        timed("e2", "Steering committee", berlin(3, 4, 14)),
        timed("e3", "Hiring debrief", berlin(3, 5, 16)),
    ]


def weekly(series: str, title: str, first: datetime, count: int, minutes: int = 30) -> list[Json]:
    """``count`` weekly instances of a series, as singleEvents=true lists them."""
    items = []
    for week in range(count):
        start = first + timedelta(weeks=week)
        original = {"dateTime": start.isoformat(), "timeZone": TZ}
        item_id = f"{series}_{start.astimezone(ZoneInfo('UTC')):%Y%m%dT%H%M%SZ}"
        extra = {"recurringEventId": series, "originalStartTime": original}
        items.append(timed(item_id, title, start, minutes, **extra))
    return items


def dead_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


# -- keys and a browser ------------------------------------------------------------------
@cache
def _rsa_pem() -> str:
    """One RSA key for the whole test session (generating one takes a while)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def service_account_key(client_email: str = "timeaudit@hr-project.iam.gserviceaccount.com") -> Json:
    """A service-account key file's contents, as Google Cloud console downloads it, with a
    key made for the test session."""
    return {
        "type": "service_account",
        "project_id": "hr-project",
        "private_key_id": "k1",
        "private_key": _rsa_pem(),
        "client_email": client_email,
        "client_id": "104200000000000000001",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
    }


class FakeBrowser:
    """Stands in for ``webbrowser.open``: follows the sign-in address to the fake consent
    page and its redirect to the loopback listener, in a thread of its own as a real
    browser would (the listener answers only after the opener returns)."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.pages: list[str] = []
        self.errors: list[BaseException] = []
        self._threads: list[threading.Thread] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        thread = threading.Thread(target=self._follow, args=(url,), daemon=True)
        thread.start()
        self._threads.append(thread)
        return True

    def _follow(self, url: str) -> None:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(url, timeout=10) as answer:
                self.pages.append(answer.read().decode())
        except BaseException as exc:  # reported to the test through .errors
            self.errors.append(exc)

    def join(self) -> None:
        for thread in self._threads:
            thread.join(timeout=10)
