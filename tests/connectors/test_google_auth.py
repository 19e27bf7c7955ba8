"""Signing in to Google, both ways, against the fake Google on 127.0.0.1: the desktop
installed-app flow end to end with a fake browser (through `timeaudit connect`), the service
account's token exchange with each leader as subject, and the source's settings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.fakes.google_kit import (
    DATA,
    OWNER,
    FakeBrowser,
    Sleeps,
    berlin,
    connector,
    fetch,
    service_account_spec,
    serving,
    timed,
    user_spec,
)
from tests.fakes.google_server import JWT_BEARER, SCOPE, Failure, FakeGoogle
from timeaudit.app import session
from timeaudit.cli.commands import main
from timeaudit.config.paths import Paths, model_cache
from timeaudit.connectors.contract import SourceSpec
from timeaudit.connectors.google.connector import GoogleConnector
from timeaudit.connectors.kit.secrets import write_private
from timeaudit.errors import ConnectorError, UsageError

BO = "bo@example.com"
CONFIG = """
[[people]]
email = "ana@example.com"
role = "executive"
tz = "Europe/Berlin"
sources = ["work"]

[sources.work]
kind = "google"
client_secrets = "client_secret.json"
"""


@pytest.fixture
def google(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGoogle]:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the fake speaks http
    with serving(monkeypatch) as fake:
        yield fake


@pytest.fixture
def home(tmp_path: Path, google: FakeGoogle) -> Path:
    """A home folder with a config naming one google source and the OAuth client JSON as
    Google Cloud console downloads it, its consent page moved to the fake. Its token_uri
    stays Google's: TIMEAUDIT_GOOGLE_TOKEN_URI must win over it."""
    folder = tmp_path / "home"
    folder.mkdir()
    (folder / "config.toml").write_text(CONFIG, encoding="utf-8")
    client = json.loads((DATA / "client_secret.json").read_text(encoding="utf-8"))
    client["installed"]["auth_uri"] = google.auth_uri
    (folder / "client_secret.json").write_text(json.dumps(client), encoding="utf-8")
    return folder


def sign_in(spec: SourceSpec, browser: Any, said: list[str] | None = None, **kw: Any) -> str:
    say = said.append if said is not None else (lambda line: None)
    line = GoogleConnector.sign_in(
        spec, say=say, open_browser=browser, retry=Sleeps().retry(), **kw
    )
    return line


def desktop_spec(home: Path, **options: Any) -> SourceSpec:
    options = {"client_secrets": "client_secret.json", **options}
    return SourceSpec("work", "google", OWNER, "Europe/Berlin", options, home, home)


# -- the desktop flow ------------------------------------------------------------------------
def test_connect_signs_in_with_the_installed_app_flow(
    google: FakeGoogle, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    browser, said = FakeBrowser(), list[str]()
    line = session.connect(Paths(home / "config.toml", home), "work", say=said.append,
                       open_browser=browser)  # fmt: skip
    browser.join()

    token_file = home / "tokens" / "google-work.json"
    assert (
        line == f"signed in as ana@example.com; token saved to {token_file} (readable only by you)"
    )
    assert said == [
        "Opening your browser to sign in to Google (read-only access to your calendars).",
        f"If it does not open, visit: {browser.opened[0]}",
    ]
    assert capsys.readouterr() == ("", "")  # the connector never prints
    assert browser.errors == [] and "authentication flow has completed" in browser.pages[0]

    (consent,) = [r for r in google.requests if r.path == "/auth"]
    assert consent.query["scope"] == SCOPE
    assert consent.query["code_challenge_method"] == "S256"
    assert consent.query["redirect_uri"].startswith("http://127.0.0.1:")
    assert [r.form["grant_type"] for r in google.token_requests()] == ["authorization_code"]

    saved = json.loads(token_file.read_text(encoding="utf-8"))
    assert token_file.stat().st_mode & 0o777 == 0o600
    assert google.refresh_tokens[saved["refresh_token"]] == OWNER
    assert (saved["account"], saved["scopes"]) == (OWNER, [SCOPE])


def test_after_signing_in_syncs_need_no_browser(google: FakeGoogle, home: Path) -> None:
    spec = desktop_spec(home)
    browser = FakeBrowser()
    sign_in(spec, browser)
    browser.join()
    google.put(OWNER, timed("e1", "Board prep", berlin(3, 3, 10)))
    google.expire_access_tokens()  # an hour later: the refresh token is used silently
    assert [e.title for e in fetch(connector(spec)).events] == ["Board prep"]
    assert [r.form["grant_type"] for r in google.token_requests()] == [
        "authorization_code", "refresh_token"
    ]  # fmt: skip
    assert len(browser.opened) == 1


def test_connect_from_the_command_line(
    google: FakeGoogle, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = FakeBrowser()
    monkeypatch.setattr("webbrowser.open", browser)
    result = CliRunner().invoke(main, ["--home", str(home), "connect", "google"])
    browser.join()
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        f"signed in as ana@example.com; token saved to {home / 'tokens' / 'google-work.json'} "
        "(readable only by you)"
    )


def test_refused_consent_is_one_line(google: FakeGoogle, home: Path) -> None:
    google.deny_consent = True
    with pytest.raises(ConnectorError) as caught:
        sign_in(desktop_spec(home), FakeBrowser())
    assert str(caught.value) == (
        "work: Google sign-in failed (access_denied): run `timeaudit connect work` to try again"
    )
    assert not (home / "tokens" / "google-work.json").exists()


def test_calendar_access_not_granted_is_one_line(google: FakeGoogle, home: Path) -> None:
    google.granted_scope = "openid"  # the user unticked the calendar box
    with pytest.raises(ConnectorError) as caught:
        sign_in(desktop_spec(home), FakeBrowser())
    assert str(caught.value) == (
        "work: read access to your calendars was not granted: run `timeaudit connect work` "
        "to try again and allow it"
    )


def test_a_browser_that_never_comes_back_times_out(google: FakeGoogle, home: Path) -> None:
    opened: list[str] = []
    with pytest.raises(ConnectorError) as caught:
        sign_in(desktop_spec(home), opened.append, timeout=0.05)
    assert str(caught.value) == (
        "work: no answer from the browser within 0.05 seconds: run `timeaudit connect work` "
        "to try again"
    )


def test_signing_in_as_someone_else_is_pointed_out(google: FakeGoogle, home: Path) -> None:
    google.add_calendar(BO, "Europe/Berlin")
    google.browser_user = BO
    said: list[str] = []
    browser = FakeBrowser()
    line = sign_in(desktop_spec(home), browser, said)
    browser.join()
    assert line.startswith("signed in as bo@example.com; token saved to ")
    assert said[-1] == "note: source 'work' belongs to ana@example.com, not bo@example.com"


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"client_secrets": None}, "client_secrets: missing: the desktop sign-in needs it"),
        ({"client_secrets": "nowhere.json"}, "client_secrets: file not found: {home}/nowhere.json"),
        (
            {"client_secrets": "nope.json"},
            "client_secrets: cannot be read: {home}/nope.json: "
            "Expecting value: line 1 column 1 (char 0)",
        ),
        (
            {"client_secrets": "web.json"},
            "client_secrets: not a Desktop app OAuth client: {home}/web.json",
        ),
    ],
)
def test_client_secrets_problems_name_the_setting(
    google: FakeGoogle, home: Path, options: dict[str, Any], problem: str
) -> None:
    (home / "web.json").write_text('{"web": {"client_id": "x"}}', encoding="utf-8")
    (home / "nope.json").write_text("nope", encoding="utf-8")
    spec = desktop_spec(home, **options)
    if options["client_secrets"] is None:
        spec = SourceSpec("work", "google", OWNER, "Europe/Berlin", {}, home, home)
    with pytest.raises(UsageError) as caught:
        sign_in(spec, FakeBrowser())
    hint = "download the OAuth client JSON of a Desktop app client from Google Cloud console"
    assert str(caught.value) == f"source 'work': {problem.format(home=home)} ({hint})"


# -- service accounts ----------------------------------------------------------------------
def test_a_service_account_reads_each_leader_as_subject(google: FakeGoogle, tmp_path: Path) -> None:
    google.add_calendar(BO, "America/Chicago")
    google.put(OWNER, timed("a1", "Ana's board prep", berlin(3, 3, 10)))
    google.put(BO, timed("b1", "Bo's pipeline review", berlin(3, 4, 15)))
    ana = service_account_spec(tmp_path, google, OWNER, {OWNER, BO}, name="hr-ana")
    bo = service_account_spec(tmp_path, google, BO, {OWNER, BO}, name="hr-bo")

    assert [e.title for e in fetch(connector(ana)).events] == ["Ana's board prep"]
    assert [e.title for e in fetch(connector(bo)).events] == ["Bo's pipeline review"]

    assert [r.form["grant_type"] for r in google.token_requests()] == [JWT_BEARER] * 2
    assert [(c["iss"], c["sub"], c["scope"]) for c in google.assertions] == [
        ("timeaudit@hr-project.iam.gserviceaccount.com", OWNER, SCOPE),
        ("timeaudit@hr-project.iam.gserviceaccount.com", BO, SCOPE),
    ]


def test_a_service_account_without_delegation_says_what_the_admin_must_do(
    google: FakeGoogle, tmp_path: Path
) -> None:
    spec = service_account_spec(tmp_path, google, OWNER, delegated=set())
    with pytest.raises(ConnectorError) as caught:
        fetch(connector(spec))
    assert str(caught.value) == (
        "hr: the service account may not act for ana@example.com (unauthorized_client): in "
        "the Google Admin console, Security > API controls > Domain-wide delegation, allow "
        "client id 104200000000000000001 the scope "
        "https://www.googleapis.com/auth/calendar.readonly"
    )


def test_a_revoked_service_account_key_is_one_line(google: FakeGoogle, tmp_path: Path) -> None:
    spec = service_account_spec(tmp_path, google, OWNER, {OWNER})
    google.token_failures.append(Failure(400, "invalid_grant", "Invalid JWT Signature."))
    with pytest.raises(ConnectorError) as caught:
        fetch(connector(spec))
    assert str(caught.value) == (
        "hr: Google refused the service account's key for ana@example.com (Invalid JWT "
        "Signature.): check that the subject is a user of your domain and the key is still active"
    )


def test_connect_checks_a_service_account_and_stores_nothing(
    google: FakeGoogle, tmp_path: Path
) -> None:
    spec = service_account_spec(tmp_path, google, OWNER, {OWNER})
    line = sign_in(spec, FakeBrowser())
    assert line == (
        "service account timeaudit@hr-project.iam.gserviceaccount.com can read the calendars "
        "of ana@example.com (domain-wide delegation works); no token is stored, the key signs "
        "in on every sync"
    )
    assert not (tmp_path / "home" / "tokens").exists()


def test_connect_checks_a_shared_service_account_for_the_person_named(
    google: FakeGoogle, tmp_path: Path
) -> None:
    base = service_account_spec(tmp_path, google, OWNER, {BO})  # Ana is not delegated
    google.add_calendar(BO, "UTC")
    people = "".join(
        f'[[people]]\nemail = "{who}"\nrole = "manager"\ntz = "UTC"\nsources = ["org"]\n\n'
        for who in (OWNER, BO)
    )
    (tmp_path / "config.toml").write_text(
        f'{people}[sources.org]\nkind = "google"\nauth = "service-account"\n'
        f'key_file = "key.json"\napi_endpoint = "{google.api_endpoint}"\n'
        f'token_uri = "{google.token_uri}"\n',
        encoding="utf-8",
    )
    assert base.options["key_file"] == "key.json"
    paths = Paths(tmp_path / "config.toml", tmp_path / "home")
    line = session.connect(paths, "org", say=lambda _: None, person=BO.upper())
    assert f"can read the calendars of {BO}" in line
    with pytest.raises(ConnectorError, match=r"may not act for ana@example\.com"):
        session.connect(paths, "org", say=lambda _: None)  # the first who lists it: Ana
    with pytest.raises(UsageError) as caught:
        session.connect(paths, "org", say=lambda _: None, person="cy@example.com")
    assert str(caught.value) == "--person cy@example.com: does not list source 'org'"


# -- settings ------------------------------------------------------------------------------
KEY_HINT = "create a JSON key for the service account in Google Cloud console"


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        (
            {"calender": "primary"},
            "calender: unknown setting (known: calendars, auth, "
            "client_secrets, key_file, subject, api_endpoint, token_uri)",
        ),
        ({"auth": "password"}, 'auth: must be "user" or "service-account", not \'password\''),
        ({"calendars": []}, 'calendars: must be a list of calendar ids, e.g. ["primary"]'),
        (
            {"calendars": ["primary", 3]},
            'calendars: must be a list of calendar ids, e.g. ["primary"]',
        ),
        ({"subject": "ana"}, "subject: must be the leader's email address"),
        (
            {"auth": "service-account"},
            f'key_file: missing: auth = "service-account" needs the key ({KEY_HINT})',
        ),
        (
            {"auth": "service-account", "key_file": "k.json"},
            f"key_file: file not found: {{tmp}}/k.json ({KEY_HINT})",
        ),
        (
            {"auth": "service-account", "key_file": "client.json"},
            f"key_file: not a service-account key: {{tmp}}/client.json ({KEY_HINT})",
        ),
    ],
)
def test_settings_are_checked_when_the_connector_starts(
    google: FakeGoogle, tmp_path: Path, options: dict[str, Any], problem: str
) -> None:
    write_private(tmp_path / "client.json", json.dumps({"installed": {}}).encode())
    with pytest.raises(UsageError) as caught:
        GoogleConnector(user_spec(tmp_path, **options))
    assert str(caught.value) == f"source 'work': {problem.format(tmp=tmp_path)}"


def test_a_key_file_others_can_read_is_refused(google: FakeGoogle, tmp_path: Path) -> None:
    spec = service_account_spec(tmp_path, google, OWNER, {OWNER})
    (tmp_path / "key.json").chmod(0o644)
    with pytest.raises(UsageError) as caught:
        GoogleConnector(spec)
    assert str(caught.value) == (
        f"source 'hr': key_file: readable by other users (mode 644): "
        f"run `chmod 600 {tmp_path / 'key.json'}`"
    )


def test_an_unknown_time_zone_is_refused(google: FakeGoogle, tmp_path: Path) -> None:
    spec = SourceSpec("work", "google", OWNER, "Europe/Atlantis", {}, tmp_path, tmp_path)
    with pytest.raises(UsageError) as caught:
        GoogleConnector(spec)
    assert str(caught.value) == (
        "source 'work': unknown time zone 'Europe/Atlantis' "
        "(use an IANA name such as Europe/Berlin)"
    )


def test_calendars_default_to_the_primary_and_may_be_one_string(tmp_path: Path) -> None:
    assert GoogleConnector(user_spec(tmp_path)).options.calendars == ("primary",)
    one = GoogleConnector(user_spec(tmp_path, calendars="team@group.calendar.google.com"))
    assert one.options.calendars == ("team@group.calendar.google.com",)


def test_from_connect_to_the_events_and_a_revoked_sign_in_on_the_command_line(
    google: FakeGoogle, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model_cache().mkdir(parents=True, exist_ok=True)  # the session's fitted seed model
    (home / "models").symlink_to(model_cache(), target_is_directory=True)
    browser = FakeBrowser()
    monkeypatch.setattr("webbrowser.open", browser)
    runner = CliRunner()
    assert runner.invoke(main, ["--home", str(home), "connect", "work"]).exit_code == 0
    google.put(OWNER, timed("e1", "Pricing review with Acme", berlin(3, 3, 10)))

    listed = runner.invoke(main, ["--home", str(home), "events", "--month", "2026-03"])
    assert listed.exit_code == 0, listed.output
    assert "Pricing review with Acme" in listed.stdout

    google.revoke(OWNER)
    google.expire_access_tokens()
    out = home / "reports"
    audited = runner.invoke(
        main, ["--home", str(home), "audit", "--month", "2026-03", "--out", str(out)]
    )
    assert audited.exit_code == 1
    assert (
        "ana@example.com: work: Google sign-in has expired or was revoked: "
        "run `timeaudit connect work` again"
    ) in audited.stderr.splitlines()
    assert "Traceback" not in audited.output
