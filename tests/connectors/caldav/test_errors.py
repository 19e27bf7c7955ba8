"""What a user sees when a CalDAV source goes wrong, through the command line: one line
naming the source and what to do, exit code 1 (2 for a config error), no traceback, and
whatever else could be read still loads. And `timeaudit connect` for a CalDAV source."""

from __future__ import annotations

import csv
import http.server
import io
import shutil
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from click.testing import CliRunner, Result

from tests.connectors.caldav.conftest import OWNER, PASSWORD_ENV, caldav_table, config_text
from tests.fakes.radicale import OWNER_PASSWORD, OWNER_USER, Radicale, TlsFiles, free_port
from timeaudit.cli.commands import main

MONTH = ("--month", "2026-05")
GOOD = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//timeaudit tests//caldav errors//EN
BEGIN:VEVENT
UID:roadmap@tests.example
DTSTAMP:20260401T000000Z
DTSTART:20260505T090000Z
DTEND:20260505T100000Z
SUMMARY:Roadmap review
END:VEVENT
END:VCALENDAR
"""
#: Stored by the server as it is, but not a calendar the reader can place in time.
UNREADABLE = GOOD.replace("PRODID:", "X-WR-TIMEZONE:Mars/Olympus_Mons\nPRODID:").replace(
    "roadmap@", "mars@"
)


@pytest.fixture(scope="module")
def work(radicale: Radicale) -> Radicale:
    radicale.calendar("Work").put("roadmap.ics", GOOD)
    return radicale


def workspace(folder: Path, model: Path, table: str, settings: str = "") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "models").mkdir(exist_ok=True)
    shutil.copy(model, folder / "models")
    (folder / "config.toml").write_text(settings + config_text(table), encoding="utf-8")
    return folder


def events(folder: Path) -> Result:
    return CliRunner().invoke(main, ["--home", str(folder), "events", *MONTH])


def titles(result: Result) -> list[str]:
    return [row["title"] for row in csv.DictReader(io.StringIO(result.stdout))]


def failed_with(result: Result, line: str) -> None:
    """The run exited 1 with ``line`` about the source, and no traceback."""
    assert result.exit_code == 1, result.output
    assert f"{OWNER}: cal: {line}" in result.stderr.splitlines()
    assert "Traceback" not in result.output
    assert result.stderr.splitlines()[-1].startswith("timeaudit: error: 1 source failed (cal)")


def test_a_good_source_syncs_and_exits_0(
    work: Radicale, tmp_path: Path, seed_model_file: Path
) -> None:
    result = events(workspace(tmp_path, seed_model_file, caldav_table(work, calendars=["Work"])))
    assert result.exit_code == 0, result.output
    assert titles(result) == ["Roadmap review"]
    assert f"{OWNER}: synced cal: 1 new" in result.stderr


def test_a_wrong_password_is_one_line_and_exit_1(
    work: Radicale, tmp_path: Path, seed_model_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "not the password")
    result = events(workspace(tmp_path, seed_model_file, caldav_table(work, calendars=["Work"])))
    failed_with(
        result,
        f"the CalDAV server at {work.url} refused the username 'owner' or its password (401): "
        "run `timeaudit connect cal` with the right one (iCloud and Fastmail need an "
        "app-specific password)",
    )
    assert "not the password" not in result.output


def test_a_url_that_is_not_found_says_to_check_it(
    work: Radicale, tmp_path: Path, seed_model_file: Path
) -> None:
    url = f"{work.url}owner/no-such-folder/"
    result = events(workspace(tmp_path, seed_model_file, caldav_table(work, url=url)))
    failed_with(
        result,
        f"{url} was not found (404): check the url setting (the server's CalDAV address, e.g. "
        "https://HOST/remote.php/dav for Nextcloud) and the username",
    )


@pytest.fixture
def web_server() -> Iterator[str]:
    """A plain web server: it answers, but knows no WebDAV."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return None


def test_a_server_that_is_not_caldav_says_so(
    web_server: str, work: Radicale, tmp_path: Path, seed_model_file: Path
) -> None:
    result = events(workspace(tmp_path, seed_model_file, caldav_table(work, url=web_server)))
    failed_with(
        result,
        f"{web_server} is not a CalDAV calendar home (501): check the url setting (the "
        "server's CalDAV address, e.g. https://HOST/remote.php/dav for Nextcloud) and the "
        "username",
    )


def test_a_server_that_is_down_is_one_line(
    work: Radicale, tmp_path: Path, seed_model_file: Path
) -> None:
    url = f"http://127.0.0.1:{free_port()}/"
    result = events(workspace(tmp_path, seed_model_file, caldav_table(work, url=url)))
    failed_with(
        result,
        f"cannot reach the CalDAV server at {url}: connection refused (check the network, "
        "that the server is up, and the url setting)",
    )


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Radicale, Path]]:
    """A Radicale over TLS with a certificate from a CA no system trusts; the CA's file."""
    folder = tmp_path_factory.mktemp("radicale-tls")
    ca = trustme.CA()
    issued = ca.issue_cert("127.0.0.1")
    issued.private_key_pem.write_to_path(str(folder / "key.pem"))
    issued.cert_chain_pems[0].write_to_path(str(folder / "cert.pem"))
    ca.cert_pem.write_to_path(str(folder / "ca.pem"))
    server = Radicale(folder, TlsFiles(folder / "cert.pem", folder / "key.pem", folder / "ca.pem"))
    try:
        server.calendar("Work").put("roadmap.ics", GOOD)
        yield server, folder / "ca.pem"
    finally:
        server.stop()


def test_a_certificate_that_is_not_trusted_is_one_line_and_the_ca_bundle_mends_it(
    tls_server: tuple[Radicale, Path], tmp_path: Path, seed_model_file: Path
) -> None:
    server, ca_file = tls_server
    result = events(workspace(tmp_path / "a", seed_model_file, caldav_table(server)))
    assert result.exit_code == 1, result.output
    (line,) = [x for x in result.stderr.splitlines() if x.startswith(f"{OWNER}: cal: ")]
    assert line.startswith(
        f"{OWNER}: cal: cannot reach the CalDAV server at {server.url}: certificate verify failed"
    )
    assert line.endswith(
        "(if a proxy on this network inspects TLS, set ca_bundle in [settings] or "
        "TIMEAUDIT_CA_BUNDLE to a PEM file of its CA certificates)"
    )
    trusted = workspace(
        tmp_path / "b",
        seed_model_file,
        caldav_table(server),
        f'[settings]\nca_bundle = "{ca_file}"\n',
    )
    result = events(trusted)
    assert result.exit_code == 0, result.output
    assert titles(result) == ["Roadmap review"]


def test_an_object_that_cannot_be_read_fails_the_source_and_the_rest_loads(
    work: Radicale, tmp_path: Path, seed_model_file: Path
) -> None:
    odd = work.calendar("Odd")
    url = odd.put("mars.ics", UNREADABLE)
    odd.put(
        "standup.ics", GOOD.replace("roadmap@", "standup@").replace("Roadmap review", "Standup")
    )
    result = events(
        workspace(tmp_path, seed_model_file, caldav_table(work, calendars=["Work", "Odd"]))
    )
    failed_with(
        result,
        f"calendar 'Odd': event {url} is not valid iCalendar: X-WR-TIMEZONE names an unknown "
        "time zone 'Mars/Olympus_Mons' (fix or delete that event in your calendar app; what "
        "was stored from it is kept)",
    )
    assert sorted(titles(result)) == ["Roadmap review", "Standup"]
    odd.delete("mars.ics")


def test_a_calendar_name_that_is_not_on_the_server_fails_the_source(
    work: Radicale, tmp_path: Path, seed_model_file: Path
) -> None:
    table = caldav_table(work, calendars=["Work", "Holidays"])
    result = events(workspace(tmp_path, seed_model_file, table))
    assert result.exit_code == 1
    assert "calendar 'Holidays' not found (calendars on the server: " in result.stderr
    assert titles(result) == ["Roadmap review"]


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ('kind = "caldav"\nprovider = "nextcloud"\nusername = "ana"\n',
         "sources.cal.host: missing: the Nextcloud server's name, e.g. host = "
         '"cloud.example.com"'),
        ('kind = "caldav"\nprovider = "icloud"\n',
         "sources.cal.username: missing: the account name you sign in with (often your email)"),
        ('kind = "caldav"\nprovider = "gmail"\nusername = "ana"\n',
         "sources.cal.provider: must be one of icloud, fastmail, nextcloud, not 'gmail'"),
        ('kind = "caldav"\nprovider = "icloud"\nusername = "a"\npassword = "hunter2"\n',
         "sources.cal.password: unknown setting (known: url, provider, host, username, "
         "calendars, password_env, expand, sync, timeout)"),
        ('kind = "caldav"\nurl = "caldav.example.com"\nusername = "a"\n',
         "sources.cal.url: must be the server's http(s):// address, not 'caldav.example.com'"),
        ('kind = "caldav"\nprovider = "fastmail"\nusername = "a"\nexpand = "both"\n',
         "sources.cal.expand: must be 'client' or 'server', not 'both'"),
    ],
    ids=["nextcloud-without-host", "no-username", "unknown-provider", "password-in-config",
         "url-without-scheme", "unknown-expand"],
)  # fmt: skip
def test_a_bad_setting_is_a_config_error_naming_it(
    tmp_path: Path, table: str, problem: str
) -> None:
    (tmp_path / "config.toml").write_text(config_text(table), encoding="utf-8")
    result = CliRunner().invoke(main, ["--home", str(tmp_path), "events", *MONTH])
    assert result.exit_code == 2, result.output
    assert f"  {problem}" in result.stderr.splitlines()


# -- timeaudit connect ---------------------------------------------------------------------------
def connect(folder: Path, typed: str) -> Result:
    return CliRunner().invoke(main, ["--home", str(folder), "connect", "cal"], input=typed + "\n")


def test_connect_asks_for_the_password_checks_it_and_keeps_it_private(
    work: Radicale, tmp_path: Path, seed_model_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSWORD_ENV)
    folder = workspace(tmp_path, seed_model_file, caldav_table(work, calendars=["Work"]))
    assert events(folder).exit_code == 1  # no password yet: says how to give one

    result = connect(folder, OWNER_PASSWORD)

    assert result.exit_code == 0, result.output
    saved = folder / "tokens" / "caldav-cal.json"
    prompt, line = result.output.splitlines()
    assert prompt == f"Password for {OWNER_USER} at {work.url}: "  # typed, not echoed
    assert line.startswith(f"signed in as {OWNER_USER} at {work.url} (")
    assert "'Work'" in line
    assert line.endswith(f"); password saved to {saved} (readable only by you)")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert OWNER_PASSWORD not in (folder / "config.toml").read_text()
    synced = events(folder)
    assert synced.exit_code == 0, synced.output
    assert titles(synced) == ["Roadmap review"]
    assert OWNER_PASSWORD not in synced.output


def test_connect_with_a_wrong_password_saves_nothing(
    work: Radicale, tmp_path: Path, seed_model_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSWORD_ENV)
    folder = workspace(tmp_path, seed_model_file, caldav_table(work, calendars=["Work"]))
    result = connect(folder, "guess")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"timeaudit: error: cal: the CalDAV server at {work.url} refused the username 'owner' "
        "or its password (401): run `timeaudit connect cal` with the right one (iCloud and "
        "Fastmail need an app-specific password)"
    )
    assert not (folder / "tokens" / "caldav-cal.json").exists()


def test_without_any_password_the_sync_says_how_to_give_one(
    work: Radicale, tmp_path: Path, seed_model_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSWORD_ENV)
    result = events(workspace(tmp_path, seed_model_file, caldav_table(work, calendars=["Work"])))
    failed_with(result, f"no password: run `timeaudit connect cal`, or set {PASSWORD_ENV}")
