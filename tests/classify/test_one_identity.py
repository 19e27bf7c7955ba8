"""One identity for an event across sources (issue 12): the same calendar (the connector
contract's scenario) read from an ICS export, from Google (the fake Google) and from Microsoft
365 (the fake Graph, signed in with client credentials over TLS), by the command line.

`timeaudit events` shows every occurrence under its iCalendar UID, the same from the three
sources, with the provider's own id beside it; `timeaudit label` takes the UID of the ICS
export for an event synced from Google or Microsoft; `timeaudit evaluate` matches labels
keyed by the export's UIDs against the events of all three sources."""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
import trustme
from click.testing import CliRunner, Result

from tests.contract.scenario import BERLIN, OWNER, SERIES, STANDARD, TZ, to_ics
from tests.fakes.google_kit import serving, signed_in
from tests.fakes.google_scenario import event_id, google_items
from tests.fakes.graph_server import GraphServer, scenario_items
from tests.fakes.identity_server import CLIENT_ID, IdentityServer
from timeaudit.classify import corrections
from timeaudit.classify.evaluate import match_events
from timeaudit.cli.commands import main
from timeaudit.connectors.contract import SourceSpec, SyncBatch, Window
from timeaudit.errors import UsageError
from timeaudit.model import Event, Status
from timeaudit.store.sqlite import Store

SECRET_ENV = "TIMEAUDIT_TEST_IDENTITY_SECRET"
MONTH = "2026-03"
VENDOR = "vendor-demo@scenario.timeaudit"  # a one-off
PRIYA = "one-on-one-priya@scenario.timeaudit"  # the weekly series
MARCH_9 = "2026-03-09T08:00:00Z"  # one of its occurrences
SOURCES = ("export", "google-cal", "m365")


def config(identity: IdentityServer, graph: GraphServer) -> str:
    return (
        f'[[people]]\nemail = "{OWNER}"\nrole = "executive"\ntz = "{TZ}"\n'
        f"sources = {list(SOURCES)!r}\n\n"
        '[sources.export]\nkind = "ics"\npath = "scenario.ics"\n\n'
        '[sources.google-cal]\nkind = "google"\n\n'
        '[sources.m365]\nkind = "microsoft"\nauth = "client-credentials"\n'
        f'tenant = "{identity.tenant}"\nclient_id = "{CLIENT_ID}"\n'
        f'client_secret_env = "{SECRET_ENV}"\nauthority = "{identity.url}"\n'
        f'graph_endpoint = "{graph.base}"\n'
    ).replace("'", '"')


@pytest.fixture
def home(tmp_path: Path, seed_model_file: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A home whose one person has the scenario on three calendars: an ICS export, Google
    and Microsoft 365; the seed model cached."""
    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    for name in ("TIMEAUDIT_MS_AUTHORITY", "TIMEAUDIT_GRAPH_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):  # the command line's own session
        monkeypatch.setenv(name, str(ca_file))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv(SECRET_ENV, "s3cret")
    with (
        serving(monkeypatch) as google,
        IdentityServer(ca) as identity,
        GraphServer([f"users/{OWNER}"]) as graph,
    ):
        google.add_calendar(OWNER, TZ)
        google.add_user_token(OWNER, "refresh-owner")
        for entry in STANDARD.events:
            google.put(OWNER, *google_items(entry, OWNER))
        identity.secrets[CLIENT_ID] = "s3cret"
        graph.authorize = lambda token: token in identity.issued
        graph.put(*scenario_items(STANDARD))
        home = tmp_path / "home"
        (home / "models").mkdir(parents=True)
        shutil.copy(seed_model_file, home / "models")
        (home / "scenario.ics").write_bytes(to_ics(STANDARD))
        (home / "config.toml").write_text(config(identity, graph), encoding="utf-8")
        signed_in(SourceSpec("google-cal", "google", OWNER, TZ, {}, home, home), "refresh-owner")
        yield home


def run(home: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--home", str(home), *args])


def rows(home: Path, *args: str) -> list[dict[str, str]]:
    result = run(home, "events", "--month", MONTH, *args)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(result.stdout.splitlines()))


def test_events_show_one_uid_for_an_event_from_every_source(home: Path) -> None:
    listed = rows(home)
    ics_uids = {entry.uid for entry in STANDARD.events}
    assert listed and {r["uid"] for r in listed} <= ics_uids
    # every occurrence of March is listed once per source, under the same uid and recurrence id
    # (Google leaves the cancelled meeting out of a full listing)
    cancelled = {e.uid for e in STANDARD.events if e.status is Status.CANCELLED}
    by_key = Counter((r["uid"], r["recurrence_id"]) for r in listed if r["uid"] not in cancelled)
    march = [x for x in STANDARD.expected if x.start.astimezone(BERLIN).month == 3]
    assert len(by_key) == len(march) - len(cancelled) and set(by_key.values()) == {3}, by_key
    assert (PRIYA, MARCH_9) in by_key and (VENDOR, "") in by_key
    # the provider's own id stands beside it: none for the export, the ids Google and Graph gave
    vendor = sorted(r["provider_id"] for r in listed if r["uid"] == VENDOR)
    assert vendor[0] == ""
    assert event_id(VENDOR) in vendor and any(p.startswith("AAMk") for p in vendor)
    series = {r["provider_id"] for r in listed if r["uid"] == PRIYA}
    assert series == {"", event_id(PRIYA), next(i for i in series if i.startswith("AAMk"))}


def test_a_label_by_the_exports_uid_corrects_the_google_event(home: Path) -> None:
    rows(home)  # sync
    ambiguous = run(home, "label", VENDOR, "--as", "strategy")
    assert ambiguous.exit_code == 2
    assert "is on several calendars" in ambiguous.stderr
    assert all(s in ambiguous.stderr for s in SOURCES)

    done = run(home, "label", VENDOR, "--as", "strategy", "--source", "google-cal")
    assert done.exit_code == 0, done.output
    assert done.stdout == "tagged 'Vendor demo' as strategy: all 1 stored occurrence\n"
    one = run(home, "label", PRIYA, "--as", "firefighting", "--source", "m365",
              "--occurrence", MARCH_9)  # fmt: skip
    assert one.exit_code == 0, one.output

    listed = rows(home, "--no-sync")
    vendor = {r["provider_id"]: (r["category"], r["reason"]) for r in listed if r["uid"] == VENDOR}
    assert vendor[event_id(VENDOR)] == ("strategy", "your correction")
    assert [p for p, (_, why) in vendor.items() if why == "your correction"] == [event_id(VENDOR)]
    corrected = [
        (r["recurrence_id"], r["provider_id"].startswith("AAMk"), r["category"])
        for r in listed
        if r["reason"] == "your correction" and r["uid"] == PRIYA
    ]
    assert corrected == [(MARCH_9, True, "firefighting")]

    # the provider's own id still works, and names that one calendar only
    by_id = run(home, "label", event_id(VENDOR), "--as", "execution")
    assert by_id.exit_code == 0, by_id.output
    listed = rows(home, "--no-sync")
    assert {r["category"] for r in listed if r["provider_id"] == event_id(VENDOR)} == {"execution"}


def test_evaluate_matches_labels_keyed_by_the_exports_uids_on_every_source(
    home: Path, tmp_path: Path
) -> None:
    rows(home)  # sync
    labels = tmp_path / "labels.csv"
    labels.write_text(
        "uid,recurrence_id,label\n"
        f"{VENDOR},,firefighting\n"
        f"{PRIYA},,capability-building\n"
        f"{PRIYA},{MARCH_9},strategy\n",
        encoding="utf-8",
    )
    result = run(home, "evaluate", str(labels), "--month", MONTH, "--no-sync")
    assert result.exit_code == 0, result.output
    march = sum(1 for x in STANDARD.expected if x.title == SERIES and x.start.month == 3)
    # the vendor demo and every March occurrence of the 1:1, from each of the three sources
    assert result.stdout.startswith(f"events: {3 * (1 + march)}   accuracy: ")


# -- the pieces, without servers ----------------------------------------------------------------
def stored_event(source: str, uid: str, ical: str, rid: str = "", day: int = 2) -> Event:
    start = datetime(2026, 3, day, 9, tzinfo=UTC)
    return Event(source, OWNER, uid, start, start + timedelta(hours=1), recurrence_id=rid,
                 title="Weekly", ical_uid=ical, series_id=uid if rid else "")  # fmt: skip


def test_label_by_icalendar_uid_corrects_every_stored_event_it_names_on_that_calendar(
    tmp_path: Path,
) -> None:
    """Google lists a meeting that sits on two of the owner's calendars under two ids: the
    one iCalendar UID names both; an occurrence names only the events that have it."""
    window = Window(datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))
    with Store(tmp_path / "store.sqlite") as store:
        events = [
            stored_event("google", "g-primary", "weekly@acme", "2026-03-02T09:00:00Z"),
            stored_event("google", "g-primary", "weekly@acme", "2026-03-09T09:00:00Z", day=9),
            stored_event("google", "g-shared", "weekly@acme", "2026-03-09T09:00:00Z", day=9),
            stored_event("google", "other", "other@acme"),
        ]
        store.apply("google", window, SyncBatch(events), owner=OWNER)
        said = corrections.label(store, [OWNER], "weekly@acme", "strategy")
        assert said == "tagged 'Weekly' as strategy: all 3 stored occurrences"
        one = corrections.label(
            store, [OWNER], "weekly@acme", "execution", recurrence_id="2026-03-02T09:00:00Z"
        )
        assert one == "tagged 'Weekly' as execution: occurrence 2026-03-02T09:00:00Z"
        kept = store.corrections([OWNER])
        assert sorted(zip(kept["uid"], kept["recurrence_id"], kept["label"], strict=True)) == [
            ("g-primary", "", "strategy"),
            ("g-primary", "2026-03-02T09:00:00Z", "execution"),
            ("g-shared", "", "strategy"),
        ]
        with pytest.raises(UsageError, match="has no occurrence"):
            corrections.label(store, [OWNER], "weekly@acme", "other", recurrence_id="2026-03-03")


def test_evaluate_matches_the_icalendar_uid_first_then_the_providers_id() -> None:
    events = pd.DataFrame(
        {
            "uid": ["g1", "g1", "AAMk-2", "export-3", "g4"],
            "ical_uid": ["weekly@acme", "weekly@acme", "demo@acme", "export-3", ""],
            "recurrence_id": ["2026-03-02T09:00:00Z", "2026-03-09T09:00:00Z", "", "", ""],
            "title": ["Weekly", "Weekly", "Demo", "Export", "Old row"],
        }
    )
    labels = pd.DataFrame(
        {
            "uid": ["weekly@acme", "weekly@acme", "g1", "AAMk-2", "g4", "export-3", "export-3"],
            "recurrence_id": ["", "2026-03-09T09:00:00Z", "2026-03-02T09:00:00Z", "", None, "",
                              ""],
            "label": ["strategy", "execution", "other", "firefighting", "other", "strategy",
                      "execution"],
        }
    )  # fmt: skip
    matched = match_events(events, labels)
    assert list(zip(matched["title"], matched["label"], strict=True)) == [
        ("Weekly", "other"),  # an exact label by the provider's id beats the series' label
        ("Weekly", "execution"),  # an exact label by the iCalendar UID
        ("Demo", "firefighting"),  # the provider's id still names its event
        ("Export", "strategy"),  # a label given twice: the first one
        ("Old row", "other"),  # a row without an iCalendar UID: its stored uid
    ]
