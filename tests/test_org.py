"""A whole organisation through `timeaudit audit --all`: 60 generated people on a roster, 40
on ICS files, 10 read through one Google service account (the fake Google) and 10 through
one Microsoft app (the fake Graph and identity server, over TLS, real MSAL). One bad source of
each kind does not stop the others, opted-out people are never fetched, the Microsoft source's
`max_workers` holds, and a second run fetches nothing new."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote

import pytest
import trustme
from click.testing import CliRunner, Result

from tests.config.test_roster import Meeting, write_ics
from tests.fakes.google_kit import loopback_only, service_account_key
from tests.fakes.google_server import FakeGoogle, running
from tests.fakes.graph_server import GraphServer, item
from tests.fakes.identity_server import CLIENT_ID, IdentityServer
from timeaudit.cli.commands import main
from timeaudit.connectors.kit.secrets import write_private
from timeaudit.store.sqlite import Store

MONTH = "2026-10"
ICS = range(0, 40)
GOOGLE = range(40, 50)
MICROSOFT = range(50, 60)
OPTED_OUT = (38, 48, 58)  # one of each kind
BROKEN, MISSING = 36, 37  # ICS: not a calendar; no such file
NOT_DELEGATED = 49  # the service account may not act for them
TEAMS = 6
SECRET_ENV = "ORG_MS_SECRET"


def email(i: int) -> str:
    return f"p{i}@example.com"


def kind_of(i: int) -> str:
    return "ics" if i in ICS else "google" if i in GOOGLE else "microsoft"


def source_of(i: int) -> str:
    return f"cal-{i}" if i in ICS else "gws" if i in GOOGLE else "m365"


def roster_row(i: int) -> str:
    role = "senior-leader" if i < 4 else "manager"
    manager = "" if i < 4 else email(i % 4)
    opted = "yes" if i in OPTED_OUT else ""
    return f"{email(i)},Person {i},{role},UTC,{source_of(i)},{manager},team-{i % TEAMS},{opted}"


def google_item(i: int, n: int, title: str, day: int, hours: float) -> dict[str, object]:
    start = datetime(2026, 10, day, 10, tzinfo=UTC)
    end = start + timedelta(hours=hours)
    return {
        "id": f"g{i}-{n}",
        "status": "confirmed",
        "summary": title,
        "start": {"dateTime": start.isoformat(), "timeZone": "UTC"},
        "end": {"dateTime": end.isoformat(), "timeZone": "UTC"},
        "organizer": {"email": email(i), "self": True},
        "created": "2026-01-15T09:00:00.000Z",
    }


MEETINGS = [
    ("Quarterly strategy review", 5, 2.0),
    ("Hiring interview: backend engineer", 12, 1.0),
    ("Sev1 incident bridge", 17, 1.5),
]


@dataclass
class Org:
    home: Path
    google: FakeGoogle
    graph: GraphServer
    first: Result
    google_first: int  # API requests the first run made
    graph_first: int


def write_org(home: Path, google: FakeGoogle, graph: GraphServer, identity: IdentityServer) -> None:
    for i in ICS:
        path = home / "cal" / f"p{i}.ics"
        if i == BROKEN:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("this is not a calendar\n", encoding="utf-8")
        elif i != MISSING:
            write_ics(path, email(i), [Meeting(t, d, h) for t, d, h in MEETINGS])
    key = service_account_key()
    google.add_service_account(key, {email(i) for i in GOOGLE if i != NOT_DELEGATED})
    write_private(home / "key.json", json.dumps(key).encode())
    for i in GOOGLE:
        google.add_calendar(email(i), "UTC")
        google.put(email(i), *(google_item(i, n, *m) for n, m in enumerate(MEETINGS)))
    graph.calendars = {f"users/{email(i)}" for i in MICROSOFT}
    for n, (title, day, hours) in enumerate(MEETINGS):
        start = datetime(2026, 10, day, 10, tzinfo=UTC)
        graph.put(item(f"m{n}", title, start, start + timedelta(hours=hours)))
    rows = ["email,name,role,tz,source,manager,team,opted_out", *map(roster_row, range(60))]
    (home / "people.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ics_sources = "".join(
        f'[sources.cal-{i}]\nkind = "ics"\npath = "cal/p{i}.ics"\n\n' for i in ICS
    )
    (home / "config.toml").write_text(
        f"""[settings]
roster = "people.csv"
internal_domains = ["example.com"]
workers = 4

[sources.gws]
kind = "google"
auth = "service-account"
key_file = "key.json"
api_endpoint = "{google.api_endpoint}"
token_uri = "{google.token_uri}"

[sources.m365]
kind = "microsoft"
auth = "client-credentials"
tenant = "{identity.tenant}"
client_id = "{CLIENT_ID}"
client_secret_env = "{SECRET_ENV}"
authority = "{identity.url}"
graph_endpoint = "{graph.base}"
max_workers = 2

{ics_sources}""",
        encoding="utf-8",
    )


def run(home: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--home", str(home), *args])


def audit(home: Path, *args: str) -> Result:
    out = str(home / "out")
    return run(home, "audit", "--all", "--month", MONTH, "--format", "md", "--out", out, *args)


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory, seed_model_file: Path) -> Iterator[Org]:
    home = tmp_path_factory.mktemp("org")
    (home / "models").mkdir()
    shutil.copy(seed_model_file, home / "models")
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(home / "ca.pem"))
    with pytest.MonkeyPatch.context() as mp:
        loopback_only(mp)
        for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
            mp.delenv(name, raising=False)
        for name in ("TIMEAUDIT_GOOGLE_API_ENDPOINT", "TIMEAUDIT_GOOGLE_TOKEN_URI"):
            mp.delenv(name, raising=False)
        for name in ("TIMEAUDIT_MS_AUTHORITY", "TIMEAUDIT_GRAPH_ENDPOINT"):
            mp.delenv(name, raising=False)
        mp.setenv(SECRET_ENV, "s3cret")
        mp.setenv("REQUESTS_CA_BUNDLE", str(home / "ca.pem"))
        with running() as google, IdentityServer(ca) as identity, GraphServer() as graph:
            identity.secrets[CLIENT_ID] = "s3cret"
            graph.authorize = lambda token: token in identity.issued
            write_org(home, google, graph, identity)
            first = audit(home)
            yield Org(home, google, graph, first, len(google.api_requests()), len(graph.seen))


def stderr_lines(result: Result) -> list[str]:
    return result.stderr.splitlines()


def test_everyone_but_the_opted_out_gets_a_report_despite_broken_sources(org: Org) -> None:
    result = org.first
    assert result.exit_code == 1, result.output  # sources failed: said, after the reports
    failed = ", ".join(sorted([f"cal-{BROKEN}", f"cal-{MISSING}", "gws"]))
    assert stderr_lines(result)[-1] == (
        f"timeaudit: error: 3 sources failed ({failed}); "
        "what was written uses what the store already held for them"
    )
    reports = sorted(p.name for p in (org.home / "out").glob("Person-*"))
    assert len(reports) == 60 - len(OPTED_OUT)
    assert (org.home / "out" / "index.html").is_file()  # the page linking them all
    for i in OPTED_OUT:
        assert f"Person-{i}-{MONTH}.md" not in reports
    assert "skipped 3 opted-out people" in stderr_lines(result)


def test_each_bad_source_is_one_line_naming_the_person(org: Org) -> None:
    lines = stderr_lines(org.first)
    refused = [line for line in lines if line.startswith(f"{email(NOT_DELEGATED)}: ")]
    assert len(refused) == 1
    assert "gws" in refused[0]
    assert "Traceback" not in org.first.output
    assert sum(f"p{BROKEN}.ics" in line for line in lines) == 1
    assert sum(f"p{MISSING}.ics: no such file or folder" in line for line in lines) == 1


def test_every_other_calendar_reached_the_store_under_its_owner(org: Org) -> None:
    with Store(org.home / "timeaudit.sqlite") as store:
        owners = set(store.owners())
        ever = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))
        counts = {i: len(store.events([email(i)], *ever)) for i in range(60)}
    expected = {email(i) for i in range(60)} - {
        email(i) for i in (*OPTED_OUT, BROKEN, MISSING, NOT_DELEGATED)
    }
    assert owners == expected
    # the ten Microsoft people share one source and one meeting list: each keeps their copy
    assert {counts[i] for i in MICROSOFT if i not in OPTED_OUT} == {len(MEETINGS)}
    assert {counts[i] for i in GOOGLE if i not in (*OPTED_OUT, NOT_DELEGATED)} == {len(MEETINGS)}


def test_opted_out_people_are_never_fetched(org: Org) -> None:
    google_paths = [unquote(r.path) for r in org.google.api_requests()]
    assert not [p for p in google_paths if email(48) in p]
    assert not [s for s in org.graph.seen if email(58) in s.path]


def test_the_microsoft_sources_worker_limit_holds(org: Org) -> None:
    assert 1 <= org.graph.max_in_flight <= 2


def test_a_second_run_fetches_nothing_new(org: Org) -> None:
    result = audit(org.home)
    assert result.exit_code == 1, result.output  # the undelegated person still fails
    synced = [line for line in stderr_lines(result) if ": synced " in line]
    assert len(synced) == 60 - len(OPTED_OUT) - 3  # not: undelegated, broken, missing
    assert all(": 0 new, 0 changed, 0 removed, " in line for line in synced), synced
    reused = [line for line in synced if line.endswith("unchanged since the last sync")]
    assert len(reused) == len(ICS) - 3  # every readable ICS file; broken ones are re-read
    google_again = org.google.api_requests()[org.google_first :]
    listings = [r for r in google_again if r.path.endswith("/events")]
    assert listings and all("syncToken" in r.query for r in listings)
    graph_again = org.graph.seen[org.graph_first :]
    assert graph_again and all("$deltatoken" in s.query for s in graph_again)


def test_a_team_is_audited_on_its_own(org: Org, tmp_path: Path) -> None:
    out = tmp_path / "team"
    result = run(org.home, "audit", "--no-sync", "--team", "team-1", "--month", MONTH,
                 "--format", "md", "--out", str(out))  # fmt: skip
    assert result.exit_code == 0, result.output
    team = {i for i in range(60) if i % TEAMS == 1 and i not in OPTED_OUT}
    assert sorted(p.name for p in out.glob("Person-*")) == sorted(
        f"Person-{i}-{MONTH}.md" for i in team
    )


def test_an_unknown_team_and_all_with_person_are_usage_errors(org: Org) -> None:
    result = run(org.home, "audit", "--no-sync", "--team", "team-x", "--month", MONTH)
    assert result.exit_code == 2
    assert result.output.startswith("timeaudit: error: --team 'team-x': no such team")
    both = run(org.home, "audit", "--all", "--person", email(1), "--month", MONTH)
    assert both.exit_code == 2
    assert "--all means everyone" in both.output


def test_the_cohort_of_the_org_shows_no_group_under_the_minimum(org: Org, tmp_path: Path) -> None:
    result = run(org.home, "cohort", "--no-sync", "--month", MONTH, "--format", "json",
                 "--out", str(tmp_path))  # fmt: skip
    assert result.exit_code == 0, result.output
    for path in tmp_path.glob("*.json"):
        groups = json.loads(path.read_text(encoding="utf-8"))["groups"]
        assert groups and all(g["people"] >= 5 for g in groups), path.name


def test_the_cohort_refuses_a_team_filter_that_could_be_subtracted(org: Org) -> None:
    result = run(org.home, "cohort", "--no-sync", "--month", MONTH, "--team", "team-1")
    assert result.exit_code == 2
    assert result.output == (
        "timeaudit: error: --team: the cohort always covers everyone in the config; two runs "
        "over different people could be subtracted to single one out\n"
    )
