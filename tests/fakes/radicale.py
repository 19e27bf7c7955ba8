"""A real CalDAV server for the tests: Radicale, started as a child process on 127.0.0.1 with
its collections in a temporary folder and plain htpasswd users (so a wrong password is a
real 401), and what the tests do on it as its users would: make calendars, put, change and
delete objects.

Start one per test module (a module-scoped fixture): it takes about a second.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import icalendar
from caldav.davclient import DAVClient

OWNER_USER, OWNER_PASSWORD = "owner", "correct horse battery"
START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class TlsFiles:
    certificate: Path
    key: Path
    ca: Path  # what the test's own client trusts


class Radicale:
    """One Radicale server. ``url`` is its root; :meth:`stop` ends it (idempotent)."""

    def __init__(self, folder: Path, tls: TlsFiles | None = None) -> None:
        self.folder = folder
        self.port = free_port()
        self.tls = tls
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}/"
        users = folder / "users"
        users.write_text(f"{OWNER_USER}:{OWNER_PASSWORD}\n", encoding="utf-8")
        args = [
            sys.executable, "-m", "radicale", "--config", "",
            "--server-hosts", f"127.0.0.1:{self.port}",
            "--storage-filesystem-folder", str(folder / "collections"),
            "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(users),
            "--auth-htpasswd-encryption", "plain", "--auth-delay", "0",
            "--server-delay-on-error", "0", "--web-type", "none",
            "--logging-level", "warning",
        ]  # fmt: skip
        if tls is not None:
            args += ["--server-ssl", "--server-certificate", str(tls.certificate),
                     "--server-key", str(tls.key)]  # fmt: skip
        self.log = (folder / "radicale.log").open("wb")
        self.process = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT)
        self._wait_for_port()

    def _wait_for_port(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"radicale exited: {(self.folder / 'radicale.log').read_text()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"radicale did not listen on port {self.port}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def client(self) -> DAVClient:
        return DAVClient(
            self.url, username=OWNER_USER, password=OWNER_PASSWORD, enable_rfc6764=False,
            require_tls=False, ssl_verify_cert=str(self.tls.ca) if self.tls else True,
        )  # fmt: skip

    def calendar(self, name: str) -> Collection:
        """A new calendar of the owner's, displayed as ``name``."""
        url = f"{self.url}{OWNER_USER}/{uuid.uuid4().hex}/"
        with self.client() as client:
            answer = client.mkcalendar(url, _mkcalendar(name))
            assert answer.status in (200, 201), answer.raw
        return Collection(self, url, name)


@dataclass(frozen=True)
class Collection:
    """One calendar on the server: objects are put, replaced and deleted by name."""

    server: Radicale
    url: str
    name: str

    def put(self, name: str, ics: bytes | str) -> str:
        """Store ``ics`` as object ``name`` (created or replaced); its URL."""
        body = ics.decode("utf-8") if isinstance(ics, bytes) else ics
        url = f"{self.url}{quote(name)}"
        with self.server.client() as client:
            answer = client.put(url, body, {"Content-Type": "text/calendar; charset=utf-8"})
            assert answer.status in (200, 201, 204), (name, answer.status, answer.raw)
        return url

    def delete(self, name: str) -> None:
        with self.server.client() as client:
            answer = client.delete(f"{self.url}{quote(name)}")
            assert answer.status in (200, 204), (name, answer.status)

    def upload(self, ics: bytes, prefix: str = "") -> list[str]:
        """Every UID of the calendar file ``ics`` as one object, as CalDAV stores them (a
        series with its overrides, and the file's time zones and calendar properties), named
        ``prefix`` + a number; the names."""
        names = []
        for number, part in enumerate(split_by_uid(ics), start=1):
            name = f"{prefix}{number}.ics"
            self.put(name, part)
            names.append(name)
        return names


def split_by_uid(ics: bytes) -> Iterator[bytes]:
    """One calendar per UID of ``ics``, each with the file's properties and time zones."""
    for calendar in icalendar.Calendar.from_ical(ics, multiple=True):
        zones = calendar.walk("VTIMEZONE")
        groups: dict[str, list[icalendar.Component]] = {}
        for event in calendar.walk("VEVENT"):
            groups.setdefault(str(event.get("UID", "")), []).append(event)
        for events in groups.values():
            part = icalendar.Calendar(calendar)
            part.subcomponents = [*zones, *events]
            yield bytes(part.to_ical())


def _mkcalendar(name: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>'
        f"<D:displayname>{name}</D:displayname>"
        '<C:supported-calendar-component-set><C:comp name="VEVENT"/>'
        "</C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>"
    )
