"""The Microsoft 365 connector end to end: real MSAL against a fake identity server over TLS
(trustme), the Graph client against a fake Graph on 127.0.0.1, waits through an injected
sleep. Mapping edge cases are one data file each in tests/data/microsoft/."""

from __future__ import annotations

import json
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import requests
import trustme
from click.testing import CliRunner

from tests.fakes.graph_server import Fault, GraphServer, Item, item, occurrence
from tests.fakes.identity_server import (
    CLIENT_ID,
    DEVICE_GRANT,
    DEVICE_MESSAGE,
    IdentityServer,
    aadsts,
)
from timeaudit.cli.commands import main
from timeaudit.connectors.contract import SourceSpec, SyncBatch, Window
from timeaudit.connectors.guard import fetch_guarded
from timeaudit.connectors.microsoft.api import GRAPH_RETRY, Graph
from timeaudit.connectors.microsoft.auth import explain, settings_from
from timeaudit.connectors.microsoft.connector import MicrosoftConnector
from timeaudit.connectors.microsoft.events import Owner, event_from
from timeaudit.errors import ConnectorError, UsageError
from timeaudit.model import Event
from timeaudit.store.sqlite import Store

DATA = Path(__file__).parents[1] / "data" / "microsoft"
OWNER = "owner@example.com"
SOURCE = "ana-m365"
SECRET = "s3cret-value"
SECRET_ENV = "TIMEAUDIT_TEST_MS_SECRET"
BERLIN = ZoneInfo("Europe/Berlin")
MARCH = Window(datetime(2026, 3, 1, tzinfo=BERLIN), datetime(2026, 4, 1, tzinfo=BERLIN))
APRIL = Window(datetime(2026, 4, 1, tzinfo=BERLIN), datetime(2026, 5, 1, tzinfo=BERLIN))


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


BUDGET = item("one-1", "Budget review", utc(3, 3, 9), utc(3, 3, 10))
HIRING = item("one-2", "Hiring loop", utc(3, 4, 13), utc(3, 4, 14))
OFFSITE = item("one-3", "Offsite prep", utc(3, 5, 8), utc(3, 5, 9))
SERIES = [occurrence("series-1", utc(3, d, 8), subject="1:1 Priya") for d in (2, 9, 16)]
CALENDAR = [BUDGET, HIRING, OFFSITE, *SERIES]


# -- the world: a fake identity server, a fake Graph, a session that trusts the test CA -------
@pytest.fixture(autouse=True)
def _no_endpoint_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TIMEAUDIT_MS_AUTHORITY", "TIMEAUDIT_GRAPH_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(SECRET_ENV, SECRET)


@pytest.fixture
def session(ca_file: Path) -> Iterator[requests.Session]:
    with requests.Session() as http:
        http.trust_env = False  # REQUESTS_CA_BUNDLE would override verify
        http.verify = str(ca_file)
        yield http


@pytest.fixture
def identity(ca: trustme.CA) -> Iterator[IdentityServer]:
    with IdentityServer(ca) as server:
        server.secrets[CLIENT_ID] = SECRET
        yield server


@pytest.fixture
def graph(identity: IdentityServer) -> Iterator[GraphServer]:
    with GraphServer(["me", f"users/{OWNER}"]) as server:
        server.authorize = lambda token: token in identity.issued
        yield server


@dataclass
class World:
    identity: IdentityServer
    graph: GraphServer
    session: requests.Session
    home: Path
    sleeps: list[float] = field(default_factory=list)
    said: list[str] = field(default_factory=list)

    @property
    def token_file(self) -> Path:
        return self.home / "tokens" / f"microsoft-{SOURCE}.json"

    def spec(self, **options: Any) -> SourceSpec:
        base = {
            "tenant": self.identity.tenant,
            "client_id": CLIENT_ID,
            "authority": self.identity.url,
            "graph_endpoint": self.graph.base,
        }
        if options.get("auth") == "client-credentials" and not _has_credential(options):
            base["client_secret_env"] = SECRET_ENV
        options = base | options
        return SourceSpec(
            SOURCE, "microsoft", OWNER, "Europe/Berlin", options, self.home, self.home
        )

    def connector(self, **options: Any) -> MicrosoftConnector:
        return MicrosoftConnector(
            self.spec(**options), session=self.session, sleep=self.sleeps.append
        )

    def app_connector(self, **options: Any) -> MicrosoftConnector:
        return self.connector(auth="client-credentials", **options)

    def sign_in(self, **options: Any) -> str:
        return MicrosoftConnector.sign_in(
            self.spec(**options),
            say=self.said.append,
            session=self.session,
            sleep=self.sleeps.append,
        )


def _has_credential(options: dict[str, Any]) -> bool:
    return any(k.startswith(("client_secret", "client_certificate")) for k in options)


@pytest.fixture
def world(
    identity: IdentityServer, graph: GraphServer, session: requests.Session, tmp_path: Path
) -> World:
    return World(identity, graph, session, tmp_path / "home")


def titles(batch: SyncBatch) -> list[str]:
    return sorted(e.title for e in batch.events)


def stored(store: Store) -> set[tuple[str, str, str]]:
    frame = store.events([OWNER], MARCH.start, APRIL.end)
    return set(zip(frame["uid"], frame["recurrence_id"], frame["title"], strict=True))


def _graph_requests(world: World) -> list[str]:
    return [s.path for s in world.graph.seen]


# -- signing in with a device code --------------------------------------------------------------
def test_device_code_sign_in_waits_while_pending_and_keeps_a_private_cache(world: World) -> None:
    world.identity.pending = 2
    opened: list[str] = []
    line = MicrosoftConnector.sign_in(
        world.spec(),
        say=world.said.append,
        open_browser=opened.append,
        session=world.session,
        sleep=world.sleeps.append,
    )
    assert line == (
        f"signed in to Microsoft 365 as {OWNER} for source {SOURCE!r}; "
        f"the token cache is {world.token_file} (readable only by you)"
    )
    assert world.said == [DEVICE_MESSAGE]
    assert opened == ["https://microsoft.com/devicelogin"]
    assert world.sleeps == [5.0, 5.0]  # the server's interval, twice, never real time
    assert len(world.identity.posted(DEVICE_GRANT)) == 3
    assert stat.S_IMODE(world.token_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(world.token_file.parent.stat().st_mode) == 0o700
    assert "refresh-1" in world.token_file.read_text()  # MSAL's cache, with the refresh token
    assert "refresh-1" not in line and "user-1" not in line
    [start, *_] = [r for r in world.identity.requests if r.path.endswith("/devicecode")]
    assert start.form["client_id"] == CLIENT_ID
    assert start.form["scope"].split()[0] == f"{world.graph.url}/Calendars.Read"


def test_a_sync_after_sign_in_uses_the_cached_token(world: World) -> None:
    world.sign_in()
    world.graph.put(*CALENDAR)
    posts, saved = len(world.identity.requests), world.token_file.stat().st_ino
    batch = world.connector().fetch(MARCH, None)
    assert len(batch.events) == len(CALENDAR)
    assert len(world.identity.requests) == posts  # silent: nothing asked of the server
    assert world.token_file.stat().st_ino == saved  # unchanged, so not written again
    assert {s.headers["Authorization"] for s in world.graph.seen} == {"Bearer user-1"}
    assert {s.path for s in world.graph.seen} == {"/v1.0/me/calendarView/delta"}


def test_silent_refresh_from_the_cache_when_the_token_is_about_to_expire(world: World) -> None:
    world.identity.lifetime = 60  # MSAL refreshes tokens with under five minutes left
    world.sign_in()
    before = world.token_file.read_text()
    world.graph.put(BUDGET)
    world.connector().fetch(MARCH, None)
    refreshes = world.identity.posted("refresh_token")
    assert refreshes and refreshes[0].form["refresh_token"] == "refresh-1"
    assert world.graph.seen[0].headers["Authorization"] == "Bearer user-2"
    assert world.token_file.read_text() != before  # the refreshed cache was saved
    assert stat.S_IMODE(world.token_file.stat().st_mode) == 0o600


def test_a_sync_before_signing_in_says_to_connect(world: World) -> None:
    with pytest.raises(ConnectorError) as caught:
        world.connector().fetch(MARCH, None)
    assert (
        str(caught.value)
        == f"{SOURCE}: not signed in to Microsoft 365: run `timeaudit connect {SOURCE}`"
    )


def test_an_expired_refresh_token_says_to_connect_again(world: World) -> None:
    world.identity.lifetime = 60
    world.sign_in()
    world.identity.token_replies.append(
        aadsts(400, "invalid_grant", 700082, "The refresh token has expired due to inactivity.")
    )
    with pytest.raises(ConnectorError) as caught:
        world.connector().fetch(MARCH, None)
    assert str(caught.value) == (
        f"{SOURCE}: the saved Microsoft 365 sign-in has expired or was revoked: "
        f"run `timeaudit connect {SOURCE}`"
    )


def test_consent_missing_at_sign_in_says_who_must_grant_it(world: World) -> None:
    world.identity.token_replies.append(
        aadsts(400, "invalid_grant", 65001, "The user or administrator has not consented.")
    )
    with pytest.raises(ConnectorError) as caught:
        world.sign_in()
    assert str(caught.value) == (
        f"{SOURCE}: app {CLIENT_ID} has no consent to read calendars in tenant "
        "contoso.example: an administrator must grant consent to Calendars.Read (Entra admin "
        "center > App registrations > the app > API permissions > Grant admin consent), then "
        f"run `timeaudit connect {SOURCE}`"
    )
    assert not world.token_file.exists()


def test_public_client_flows_off_says_which_switch(world: World) -> None:
    world.identity.token_replies.append(
        aadsts(401, "invalid_client", 7000218, "The request body must contain client_assertion.")
    )
    with pytest.raises(ConnectorError) as caught:
        world.sign_in()
    assert str(caught.value) == (
        f'{SOURCE}: app {CLIENT_ID} does not allow device-code sign-in: turn on "Allow public '
        'client flows" (App registrations > the app > Authentication), then run '
        f"`timeaudit connect {SOURCE}`"
    )


def test_an_unknown_tenant_says_where_to_find_the_right_one(world: World) -> None:
    with pytest.raises(ConnectorError) as caught:
        world.sign_in(tenant="nowhere.example")
    assert str(caught.value) == (
        f"{SOURCE}: tenant 'nowhere.example' was not found: set tenant to your tenant id or "
        "primary domain (Entra admin center > Overview), and authority to your cloud's "
        "sign-in host"
    )


def test_connect_on_the_command_line_prints_the_code_and_what_was_saved(
    world: World, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca_file))  # the CLI's own session
    monkeypatch.setenv("CURL_CA_BUNDLE", str(ca_file))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    world.home.mkdir()
    (world.home / "config.toml").write_text(
        f'[[people]]\nemail = "{OWNER}"\nrole = "executive"\ntz = "Europe/Berlin"\n'
        f'sources = ["{SOURCE}"]\n\n[sources.{SOURCE}]\nkind = "microsoft"\n'
        f'tenant = "{world.identity.tenant}"\nclient_id = "{CLIENT_ID}"\n'
        f'authority = "{world.identity.url}"\ngraph_endpoint = "{world.graph.base}"\n'
    )
    result = CliRunner().invoke(main, ["--home", str(world.home), "connect", "microsoft"])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"{DEVICE_MESSAGE}\nsigned in to Microsoft 365 as {OWNER} for source {SOURCE!r}; "
        f"the token cache is {world.token_file} (readable only by you)\n"
    )


# -- client credentials -------------------------------------------------------------------------
def test_client_credentials_sign_in_checks_the_app_and_saves_nothing(world: World) -> None:
    line = world.sign_in(auth="client-credentials")
    assert line == (
        f"client credentials work for source {SOURCE!r} (app {CLIENT_ID}, tenant "
        f"contoso.example); nothing was saved: ${SECRET_ENV} is read at every sync"
    )
    [posted] = world.identity.posted("client_credentials")
    assert posted.form["client_secret"] == SECRET
    assert posted.form["scope"] == f"{world.graph.url}/.default"
    assert not world.token_file.exists()


def test_client_credentials_read_the_mailbox(world: World) -> None:
    world.graph.put(*CALENDAR)
    batch = world.app_connector().fetch(MARCH, None)
    assert len(batch.events) == len(CALENDAR)
    assert set(_graph_requests(world)) == {f"/v1.0/users/{OWNER}/calendarView/delta"}


def test_client_secret_from_a_private_file(world: World) -> None:
    world.home.mkdir()
    secret = world.home / "secret.txt"
    secret.write_text(SECRET + "\n")
    secret.chmod(0o644)
    with pytest.raises(ConnectorError) as caught:
        world.app_connector(client_secret_file="secret.txt").fetch(MARCH, None)
    assert str(caught.value) == (
        f"{SOURCE}: {secret}: the client secret file (client_secret_file) is "
        f"readable by other users; run `chmod 600 {secret}`"
    )
    secret.chmod(0o600)
    world.app_connector(client_secret_file="secret.txt").fetch(MARCH, None)
    assert world.identity.posted("client_credentials")[0].form["client_secret"] == SECRET


def test_client_certificate_signs_an_assertion(world: World, ca: trustme.CA) -> None:
    leaf = ca.issue_cert("timeaudit-app", key_type=trustme.KeyType.RSA)
    world.home.mkdir()
    pem = world.home / "app.pem"
    pem.write_bytes(leaf.private_key_and_cert_chain_pem.bytes())
    pem.chmod(0o600)
    world.identity.certificates[CLIENT_ID] = leaf.cert_chain_pems[0].bytes()
    world.graph.put(BUDGET)
    batch = world.app_connector(client_certificate_file="app.pem").fetch(MARCH, None)
    assert titles(batch) == ["Budget review"]
    [posted] = world.identity.posted("client_credentials")
    assert "client_secret" not in posted.form and posted.form["client_assertion"]


def test_a_certificate_the_app_does_not_know_says_where_to_upload_it(
    world: World, ca: trustme.CA
) -> None:
    world.home.mkdir()
    pem = world.home / "app.pem"
    leaf = ca.issue_cert("timeaudit-app", key_type=trustme.KeyType.RSA)
    pem.write_bytes(leaf.private_key_and_cert_chain_pem.bytes())
    pem.chmod(0o600)
    with pytest.raises(ConnectorError) as caught:
        world.app_connector(client_certificate_file="app.pem").fetch(MARCH, None)
    assert str(caught.value) == (
        f"{SOURCE}: the certificate in {pem} was rejected: upload its public part to app "
        f"{CLIENT_ID} (Certificates & secrets > Certificates), or renew it if it expired"
    )


def test_a_certificate_without_an_rsa_key_is_refused(world: World, ca: trustme.CA) -> None:
    world.home.mkdir()
    pem = world.home / "app.pem"
    pem.write_bytes(ca.issue_cert("timeaudit-app").private_key_and_cert_chain_pem.bytes())
    pem.chmod(0o600)
    with pytest.raises(ConnectorError) as caught:
        world.app_connector(client_certificate_file="app.pem").fetch(MARCH, None)
    assert str(caught.value) == (
        f"{SOURCE}: {pem}: not a usable certificate file: Entra ID takes RSA keys only"
    )


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        (
            7000215,
            "the client secret was rejected: put the secret's Value (not its Secret ID) in the "
            f"environment variable {SECRET_ENV}",
        ),
        (
            7000222,
            "the client secret has expired: create a new one (App registrations > the app > "
            f"Certificates & secrets) and put its Value in the environment variable {SECRET_ENV}",
        ),
        (
            700016,
            f"no app {CLIENT_ID} in tenant 'contoso.example': set client_id to the app "
            "registration's Application (client) ID, and tenant to the tenant it is registered in",
        ),
    ],
)
def test_msal_errors_become_one_line_that_says_what_to_do(
    world: World, code: int, problem: str
) -> None:
    world.identity.token_replies.append(aadsts(401, "invalid_client", code, "Nope."))
    with pytest.raises(ConnectorError) as caught:
        world.app_connector().fetch(MARCH, None)
    assert str(caught.value) == f"{SOURCE}: {problem}"


def test_graph_refusing_an_app_without_consent_says_what_to_grant(world: World) -> None:
    world.graph.forbidden = True
    with pytest.raises(ConnectorError) as caught:
        world.app_connector().fetch(MARCH, None)
    assert str(caught.value) == (
        f"{SOURCE}: Graph refused to read the calendar of {OWNER} (403 ErrorAccessDenied): give "
        f"app {CLIENT_ID} the application permission Calendars.Read with admin consent, and "
        "include the mailbox in any application access policy"
    )


def test_an_unknown_mailbox_says_to_check_it(world: World) -> None:
    with pytest.raises(ConnectorError) as caught:
        world.app_connector(mailbox="Nobody@Example.com").fetch(MARCH, None)
    assert str(caught.value) == (
        f"{SOURCE}: Graph found no calendar for nobody@example.com (404 ErrorInvalidUser): "
        "check mailbox, and that it is an Exchange Online mailbox"
    )


def test_graph_refusing_a_signed_in_user_says_to_connect_again(world: World) -> None:
    world.sign_in()
    world.graph.forbidden = True
    with pytest.raises(ConnectorError) as caught:
        world.connector().fetch(MARCH, None)
    assert str(caught.value) == (
        f"{SOURCE}: Graph refused to read your calendar (403 ErrorAccessDenied): consent to "
        f"Calendars.Read is missing; run `timeaudit connect {SOURCE}` again"
    )


# -- full sync: paging ---------------------------------------------------------------------------
def test_the_first_sync_pages_through_the_window(world: World) -> None:
    world.graph.put(*CALENDAR)
    batch = world.app_connector(page_size=2).fetch(MARCH, None)
    assert batch.complete and batch.removed == [] and batch.problems == []
    assert titles(batch) == ["1:1 Priya"] * 3 + ["Budget review", "Hiring loop", "Offsite prep"]
    first, *rest = world.graph.seen
    assert len(rest) == 2  # six items, two a page
    assert first.query == {
        "startDateTime": "2026-02-28T23:00:00Z",
        "endDateTime": "2026-03-31T22:00:00Z",
    }
    assert all("$skiptoken" in s.query and "startDateTime" not in s.query for s in rest)
    assert {s.headers["Prefer"] for s in world.graph.seen} == {
        'outlook.timezone="UTC", odata.maxpagesize=2'
    }
    assert json.loads(batch.cursor or "")["delta"].startswith(f"{world.graph.base}/users/")


def test_plain_calendar_view_when_incremental_is_off(world: World) -> None:
    world.graph.put(*CALENDAR)
    connector = world.app_connector(page_size=4, incremental=False)
    batch = connector.fetch(MARCH, None)
    assert (batch.complete, batch.cursor, len(batch.events)) == (True, None, 6)
    assert set(_graph_requests(world)) == {f"/v1.0/users/{OWNER}/calendarView"}
    assert len(world.graph.seen) == 2


def test_series_occurrences_share_their_master_and_keep_their_original_start(
    world: World,
) -> None:
    moved = occurrence(
        "series-1",
        utc(3, 23, 8),
        subject="1:1 Priya",
        type="exception",
        start=utc(3, 24, 10),
        end=utc(3, 24, 10, 30),
    )
    world.graph.put(*SERIES, moved)
    batch = world.app_connector().fetch(MARCH, None)
    keys = {(e.uid, e.recurrence_id, e.series_id) for e in batch.events}
    assert keys == {("series-1", f"2026-03-{d:02d}T08:00:00Z", "series-1") for d in (2, 9, 16, 23)}
    exception = next(e for e in batch.events if e.recurrence_id == "2026-03-23T08:00:00Z")
    assert exception.start == utc(3, 24, 10)


# -- incremental sync: delta ---------------------------------------------------------------------
def _synced(world: World, store: Store, connector: MicrosoftConnector) -> None:
    world.graph.put(*CALENDAR)
    store.apply(SOURCE, MARCH, connector.fetch(MARCH, None), owner=OWNER)


def _change_the_calendar(world: World) -> None:
    world.graph.put(BUDGET | {"subject": "Budget review (moved)"})
    world.graph.put(item("one-4", "Incident call", utc(3, 6, 20), utc(3, 6, 21)))
    april = item("one-3", "Offsite prep", utc(4, 5, 8), utc(4, 5, 9))  # moved out of March
    world.graph.put(OFFSITE | {"start": april["start"], "end": april["end"]})
    world.graph.remove("one-2", SERIES[1]["id"])


AFTER_CHANGES = {
    ("one-1", "", "Budget review (moved)"),
    ("one-4", "", "Incident call"),
    ("series-1", "2026-03-02T08:00:00Z", "1:1 Priya"),
    ("series-1", "2026-03-16T08:00:00Z", "1:1 Priya"),
}


def test_incremental_sync_follows_the_delta_link(world: World, tmp_path: Path) -> None:
    connector = world.app_connector()
    with Store(tmp_path / "store.sqlite") as store:
        _synced(world, store, connector)
        _change_the_calendar(world)
        batch = connector.fetch(MARCH, store.cursor(SOURCE, OWNER))
        assert not batch.complete
        assert titles(batch) == ["Budget review (moved)", "Incident call"]
        assert batch.removed == [("one-3", ""), ("one-2", ""), ("series-1", "2026-03-09T08:00:00Z")]
        store.apply(SOURCE, MARCH, batch, owner=OWNER)
        assert stored(store) == AFTER_CHANGES
    delta_call = world.graph.seen[-1]
    assert "$deltatoken" in delta_call.query and "startDateTime" not in delta_call.query


def test_replayed_changes_are_harmless(world: World, tmp_path: Path) -> None:
    connector = world.app_connector()
    world.graph.duplicate_changes = True  # every change comes twice in the round
    with Store(tmp_path / "store.sqlite") as store:
        _synced(world, store, connector)
        _change_the_calendar(world)
        batch = connector.fetch(MARCH, store.cursor(SOURCE, OWNER))
        assert len(batch.events) == 2 and len(batch.removed) == 3
        store.apply(SOURCE, MARCH, batch, owner=OWNER)
        again = store.apply(SOURCE, MARCH, batch, owner=OWNER)  # the same round applied twice
        assert (again.added, again.updated, again.removed) == (0, 0, 0)
        assert stored(store) == AFTER_CHANGES


def test_a_killed_sync_resumes_without_loss_or_duplicates(world: World, tmp_path: Path) -> None:
    connector = world.app_connector(page_size=1)
    with Store(tmp_path / "store.sqlite") as store:
        _synced(world, store, connector)
        committed = store.cursor(SOURCE, OWNER)
        _change_the_calendar(world)
        world.graph.faults.append(Fault(500, code="InternalServerError", match="$skiptoken"))
        with pytest.raises(ConnectorError) as caught:  # dies on the round's second page
            connector.fetch(MARCH, committed)
        assert str(caught.value) == f"{SOURCE}: Graph answered 500 InternalServerError: try later"
        lost = connector.fetch(MARCH, committed)  # killed after fetching, before committing
        assert store.cursor(SOURCE, OWNER) == committed
        resumed = connector.fetch(MARCH, store.cursor(SOURCE, OWNER))
        assert (titles(resumed), resumed.removed) == (titles(lost), lost.removed)
        store.apply(SOURCE, MARCH, resumed, owner=OWNER)
        assert stored(store) == AFTER_CHANGES
        quiet = connector.fetch(MARCH, store.cursor(SOURCE, OWNER))
        assert (quiet.events, quiet.removed, quiet.complete) == ([], [], False)


def test_an_expired_delta_token_means_a_full_sync(world: World, tmp_path: Path) -> None:
    connector = world.app_connector()
    with Store(tmp_path / "store.sqlite") as store:
        _synced(world, store, connector)
        _change_the_calendar(world)
        world.graph.expire_delta_tokens()
        batch = connector.fetch(MARCH, store.cursor(SOURCE, OWNER))
        assert batch.complete
        store.apply(SOURCE, MARCH, batch, owner=OWNER)
        assert stored(store) == AFTER_CHANGES
        assert connector.fetch(MARCH, store.cursor(SOURCE, OWNER)).complete is False  # a new link


@pytest.mark.parametrize(
    "fault", [Fault(410, code="syncStateNotFound"), Fault(400, code="SyncStateNotFound")]
)
def test_a_rejected_delta_token_means_a_full_sync(world: World, fault: Fault) -> None:
    connector = world.app_connector()
    world.graph.put(*CALENDAR)
    cursor = connector.fetch(MARCH, None).cursor
    world.graph.faults.append(Fault(fault.status, code=fault.code, match="$deltatoken"))
    batch = connector.fetch(MARCH, cursor)
    assert batch.complete and len(batch.events) == len(CALENDAR)
    assert "startDateTime" in world.graph.seen[-1].query


@pytest.mark.parametrize("cursor", ["not json", '{"v": 99}', None])
def test_an_unusable_cursor_means_a_full_sync(world: World, cursor: str | None) -> None:
    world.graph.put(*CALENDAR)
    assert world.app_connector().fetch(MARCH, cursor).complete


def test_another_window_means_a_full_sync_of_that_window(world: World) -> None:
    connector = world.app_connector()
    world.graph.put(*CALENDAR, item("apr", "April event", utc(4, 2, 9), utc(4, 2, 10)))
    cursor = connector.fetch(MARCH, None).cursor
    batch = connector.fetch(APRIL, cursor)
    assert batch.complete and titles(batch) == ["April event"]
    assert world.graph.seen[-1].query["startDateTime"] == "2026-03-31T22:00:00Z"


# -- resilience --------------------------------------------------------------------------------
def test_429_waits_as_retry_after_says_then_succeeds(world: World) -> None:
    world.graph.put(*CALENDAR)
    world.graph.faults.append(Fault(429, {"Retry-After": "7"}, code="TooManyRequests"))
    batch = world.app_connector().fetch(MARCH, None)
    assert len(batch.events) == len(CALENDAR)
    assert world.sleeps == [7.0]
    assert len(world.graph.seen) == 2


@pytest.mark.parametrize(
    ("fault", "waits"),
    [
        (Fault(503, {"Retry-After": "3"}), [3.0]),
        (Fault(429, {"Retry-After": "100000"}), [300.0]),  # capped
        (Fault(429), [1.0]),  # no Retry-After: back off
        (Fault(504, code="GatewayTimeout"), [1.0]),
        (Fault(drop=True), [1.0]),  # the connection dropped
    ],
)
def test_transient_failures_are_retried(world: World, fault: Fault, waits: list[float]) -> None:
    world.graph.put(BUDGET)
    world.graph.faults.append(fault)
    assert titles(world.app_connector().fetch(MARCH, None)) == ["Budget review"]
    assert world.sleeps == waits


def test_retry_after_as_an_http_date_is_honoured(world: World) -> None:
    world.graph.put(BUDGET)
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=40), usegmt=True)
    world.graph.faults.append(Fault(429, {"Retry-After": when}, code="TooManyRequests"))
    assert titles(world.app_connector().fetch(MARCH, None)) == ["Budget review"]
    (wait,) = world.sleeps
    assert 30.0 < wait <= 40.0  # the date is whole seconds, and the clock moved on


def test_retries_are_bounded(world: World) -> None:
    world.graph.faults.extend(Fault(504, code="GatewayTimeout") for _ in range(6))
    with pytest.raises(ConnectorError) as caught:
        world.app_connector().fetch(MARCH, None)
    assert (
        str(caught.value)
        == f"{SOURCE}: Graph is busy (504 after 6 tries): sync again in a few minutes"
    )
    assert world.sleeps == [1.0, 2.0, 4.0, 8.0, 16.0]


def test_an_unreachable_graph_is_one_line(world: World) -> None:
    world.graph.faults.extend(Fault(drop=True) for _ in range(6))
    with pytest.raises(ConnectorError) as caught:
        world.app_connector().fetch(MARCH, None)
    host = world.graph.url.removeprefix("http://")
    assert str(caught.value) == (
        f"{SOURCE}: cannot reach {host}: ConnectionError after 6 attempts; check the network "
        "connection and the authority and graph_endpoint settings"
    )


def test_at_most_four_requests_at_once_per_mailbox(world: World) -> None:
    world.graph.authorize = lambda token: True
    world.graph.gate = threading.Event()
    retry = replace(GRAPH_RETRY, sleep=world.sleeps.append)
    client = Graph(world.session, lambda: "t", retry, OWNER, 10)
    params = {"startDateTime": "2026-03-01T00:00:00Z", "endDateTime": "2026-04-01T00:00:00Z"}
    url = f"{world.graph.base}/me/calendarView"
    threads = [threading.Thread(target=client.get, args=(url, params)) for _ in range(8)]
    for thread in threads:
        thread.start()
    assert world.graph.crowd.wait(10)
    world.graph.gate.set()
    for thread in threads:
        thread.join(10)
    assert world.graph.max_in_flight == 4
    assert len(world.graph.seen) == 8


# -- settings and endpoints ----------------------------------------------------------------------
def test_environment_overrides_reach_the_fake_servers(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMEAUDIT_MS_AUTHORITY", world.identity.url)
    monkeypatch.setenv("TIMEAUDIT_GRAPH_ENDPOINT", world.graph.base + "/")
    world.graph.put(BUDGET)
    connector = world.app_connector(
        authority="https://login.invalid", graph_endpoint="https://graph.invalid/v1.0"
    )
    assert titles(connector.fetch(MARCH, None)) == ["Budget review"]


def test_an_authority_may_name_its_tenant(world: World) -> None:
    world.graph.put(BUDGET)
    connector = world.app_connector(authority=world.identity.authority, tenant="")
    assert connector.settings.authority == world.identity.authority
    assert titles(connector.fetch(MARCH, None)) == ["Budget review"]


def test_sovereign_cloud_hosts_name_the_scopes(world: World) -> None:
    spec = world.spec(
        authority="https://login.microsoftonline.us",
        graph_endpoint="https://graph.microsoft.us/v1.0",
    )
    settings = settings_from(spec)
    assert settings.authority == "https://login.microsoftonline.us/contoso.example"
    assert settings.scopes == ["https://graph.microsoft.us/Calendars.Read"]
    assert settings.calendar == "https://graph.microsoft.us/v1.0/me"


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"client_id": ""}, "set client_id to the Application (client) ID of your Entra app "
                            "registration (README: Microsoft 365)"),
        ({"auth": "password"}, 'auth must be "device" or "client-credentials", not \'password\''),
        ({"client_secret": "x"}, "client_secret does not belong in the config file: put the "
                                 "secret in an environment variable named by client_secret_env, "
                                 "or in a file only you can read named by client_secret_file"),
        ({"page_size": 0}, "page_size must be a whole number from 1 to 1000, not 0"),
        ({"colour": "red"}, "unknown option 'colour' for kind microsoft (known: auth, authority, "
                            "client_certificate_file, client_certificate_passphrase_env, "
                            "client_id, client_secret_env, client_secret_file, graph_endpoint, "
                            "incremental, mailbox, page_size, tenant)"),
        ({"auth": "client-credentials", "tenant": ""}, "client credentials need tenant: your "
                                                       "tenant id or primary domain (Entra admin "
                                                       "center > Overview)"),
        ({"auth": "client-credentials", "client_secret_env": "X", "client_secret_file": "f"},
         "client credentials need exactly one of client_secret_env (an environment variable "
         "holding the secret), client_secret_file (a file only you can read) or "
         "client_certificate_file (a PEM file with the private key and the certificate)"),
        ({"authority": "http://login.example"}, "authority must be an https URL such as "
                                                "https://login.microsoftonline.com"),
    ],
)  # fmt: skip
def test_bad_settings_name_the_source_and_the_option(
    world: World, options: dict[str, Any], problem: str
) -> None:
    with pytest.raises(UsageError) as caught:
        world.connector(**options)
    assert str(caught.value) == f"source {SOURCE!r}: {problem}"


def test_an_empty_secret_variable_says_which(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SECRET_ENV)
    with pytest.raises(ConnectorError) as caught:
        fetch_guarded(world.app_connector(), MARCH, None)
    assert str(caught.value) == (
        f"{SOURCE}: the environment variable {SECRET_ENV} (client_secret_env) is empty "
        "or not set; set it to the client secret's Value from the app registration"
    )


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        ({"error": "invalid_request", "error_codes": [50059]},
         "the sign-in needs a tenant: set tenant to your tenant id or primary domain"),
        ({"error": "expired_token"},
         f"the sign-in code expired before it was entered: run `timeaudit connect {SOURCE}` again"),
        ({"error": "authorization_declined"},
         f"the sign-in was declined: run `timeaudit connect {SOURCE}` again"),
        ({"error": "invalid_scope", "error_description": "AADSTS70011: Bad scope.\r\nTrace"},
         "Microsoft sign-in failed (invalid_scope): AADSTS70011: Bad scope."),
    ],
)  # fmt: skip
def test_other_msal_errors(world: World, error: dict[str, Any], problem: str) -> None:
    assert explain(error, settings_from(world.spec())) == problem


# -- mapping: one data file per case -------------------------------------------------------------
CASES = sorted(DATA.glob("*.json"))
OWNER_FOR_MAPPING = Owner(SOURCE, OWNER, BERLIN, OWNER)


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_mapping(case: Path) -> None:
    data = json.loads(case.read_text())
    event = event_from(data["item"], OWNER_FOR_MAPPING)
    for name, want in data["expect"].items():
        assert _field(event, name) == _expected(name, want), (case.stem, name)


def _field(event: Event, name: str) -> object:
    value = getattr(event, name)
    if name == "attendees":
        return [[a.email, a.name, str(a.response), a.optional, a.resource] for a in value]
    if name == "categories":
        return list(value)
    return str(value) if isinstance(value, str) else value


def _expected(name: str, want: object) -> object:
    if name in {"start", "end", "created"} and isinstance(want, str):
        return datetime.fromisoformat(want)
    return want


def test_an_item_that_cannot_be_read_is_a_problem_not_a_failed_sync(world: World) -> None:
    odd: Item = item("odd", "Odd", utc(3, 3, 9), utc(3, 3, 10))
    odd["start"] = {"dateTime": "2026-03-03T09:00:00.0000000", "timeZone": "Mars Standard Time"}
    world.graph.put(odd, BUDGET)
    batch = world.app_connector().fetch(MARCH, None)
    assert titles(batch) == ["Budget review"]
    assert batch.problems == [
        "skipped event odd: ValueError: unknown time zone 'Mars Standard Time'"
    ]


def test_a_dropped_discovery_is_tried_again(world: World) -> None:
    """MSAL reads the authority's OpenID configuration when the sync starts; two dropped
    connections there are retried by the same policy as Graph's calls."""
    world.identity.drop_discovery = 2
    batch = world.app_connector().fetch(MARCH, None)  # no ConnectorError: the third try read it
    assert batch.complete and batch.cursor
    assert world.identity.drop_discovery == 0
    assert world.sleeps[:2] == [1.0, 2.0]
