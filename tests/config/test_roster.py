"""The roster CSV (``settings.roster``): generated people, each with a generated calendar;
validation names the row and column of every problem; opted-out people are skipped; the
manager column gives each leader's direct reports."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from icalendar import Calendar, Event, vCalAddress

from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import load
from timeaudit.cli.commands import main
from timeaudit.config.checks import sharing
from timeaudit.config.load import load_config
from timeaudit.config.types import Config
from timeaudit.errors import ConfigError
from timeaudit.store.sqlite import Store

MONTH = "2026-10"
HEADER = "email,name,role,tz,source,manager,team,opted_out"
MANAGERS = 4
PEOPLE = 52
OPTED_OUT = (46, 47)
BROKEN = 48  # their source is a file that is not a calendar
MISSING = 49  # their source is a file that does not exist
CHIEF = "chief@example.com"


@dataclass(frozen=True)
class Meeting:
    title: str
    day: int
    hours: float
    attendees: tuple[str, ...] = ()


def write_ics(path: Path, owner: str, meetings: list[Meeting]) -> Path:
    """A small calendar of ``owner``'s meetings in October 2026 (UTC, 10:00 each)."""
    cal = Calendar()
    cal.add("prodid", "-//timeaudit tests//roster//EN")
    cal.add("version", "2.0")
    for i, m in enumerate(meetings):
        event = Event()
        event.add("uid", f"{owner.split('@')[0]}-{i}@tests.example")
        event.add("summary", m.title)
        start = datetime(2026, 10, m.day, 10, tzinfo=UTC)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(hours=m.hours))
        event.add("dtstamp", datetime(2026, 9, 1, tzinfo=UTC))
        event.add("organizer", vCalAddress(f"mailto:{owner}"))
        for who in (owner, *m.attendees):
            event.add("attendee", vCalAddress(f"mailto:{who}"))
        cal.add_component(event)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(cal.to_ical())
    return path


def email(i: int) -> str:
    return f"lead{i}@example.com" if i < MANAGERS else f"person{i}@example.com"


def manager_of(i: int) -> str:
    return CHIEF if i < MANAGERS else email(i % MANAGERS)


def calendar_for(i: int) -> list[Meeting]:
    me = email(i)
    meetings = [
        Meeting("Quarterly strategy review", 5 + i % 3, 2.0),
        Meeting("Hiring interview: backend engineer", 12, 1.0, ("candidate@elsewhere.example",)),
        Meeting(f"1:1 {me.split('@')[0]} / manager", 19, 0.5, (manager_of(i),)),
    ]
    if i < MANAGERS:
        reports = [email(j) for j in range(MANAGERS, PEOPLE) if j % MANAGERS == i]
        meetings.append(Meeting("1:1 with a report", 20, 0.5, (reports[0],)))
    return meetings


def roster_row(i: int) -> str:
    opted = "yes" if i == OPTED_OUT[0] else "true" if i == OPTED_OUT[1] else ""
    role = "senior-leader" if i < MANAGERS else "manager"
    tz = ("Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC")[i % 4]
    return f"{email(i)},Person {i},{role},{tz},cal-{i},{manager_of(i)},team-{i % 5},{opted}"


def write_home(home: Path) -> Path:
    """A config with one [[people]] (the chief) and a roster of PEOPLE generated people,
    each with a generated calendar, except one broken file and one missing file."""
    for i in range(PEOPLE):
        path = home / "cal" / f"p{i}.ics"
        if i == BROKEN:
            path.write_text("this is not a calendar\n", encoding="utf-8")
        elif i != MISSING:
            write_ics(path, email(i), calendar_for(i))
    write_ics(home / "cal" / "chief.ics", CHIEF, [Meeting("Board prep", 6, 2.0)])
    rows = [HEADER, *(roster_row(i) for i in range(PEOPLE))]
    (home / "people.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    sources = "".join(
        f'[sources.cal-{i}]\nkind = "ics"\npath = "cal/p{i}.ics"\n\n' for i in range(PEOPLE)
    )
    config = f"""[settings]
roster = "people.csv"
internal_domains = ["example.com"]

[[people]]
email = "{CHIEF}"
name = "The Chief"
role = "executive"
tz = "UTC"
sources = ["chief-cal"]
reports = ["advisor@example.com"]

[sources.chief-cal]
kind = "ics"
path = "cal/chief.ics"

{sources}"""
    (home / "config.toml").write_text(config, encoding="utf-8")
    return home / "config.toml"


@dataclass(frozen=True)
class Audited:
    """A home after its first `timeaudit audit` of everyone, and what that printed."""

    home: Path
    first: Result


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory, seed_model_file: Path) -> Audited:
    home = tmp_path_factory.mktemp("roster-home")
    write_home(home)
    (home / "models").mkdir()
    shutil.copy(seed_model_file, home / "models")
    return Audited(home, audit(home))


def run(home: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--home", str(home), *args])


def audit(home: Path, *args: str) -> Result:
    out = str(home / "out")
    return run(home, "audit", "--month", MONTH, "--format", "md", "--out", out, *args)


# -- reading the roster -----------------------------------------------------------------
def test_roster_people_join_the_toml_people_with_their_fields(tmp_path: Path) -> None:
    config = load_config(write_home(tmp_path))
    assert len(config.people) == PEOPLE + 1
    assert config.people[0].email == CHIEF
    seven = config.person("person7@example.com")
    assert (seven.name, seven.role, seven.tz, seven.sources) == (
        "Person 7",
        "manager",
        "UTC",
        ("cal-7",),
    )
    assert (seven.team, seven.manager, seven.opted_out) == ("team-2", "lead3@example.com", False)
    assert [p.email for p in config.opted_out] == [email(i) for i in OPTED_OUT]


def test_the_manager_column_gives_each_leader_their_direct_reports(tmp_path: Path) -> None:
    config = load_config(write_home(tmp_path))
    for m in range(MANAGERS):
        expected = tuple(email(j) for j in range(MANAGERS, PEOPLE) if j % MANAGERS == m)
        assert config.person(email(m)).reports == expected
    # merged with the explicit `reports` of [[people]], which come first
    assert config.person(CHIEF).reports == (
        "advisor@example.com",
        *(email(m) for m in range(MANAGERS)),
    )
    assert config.person("person9@example.com").reports == ()


def test_a_1_1_with_a_direct_report_is_seen_as_one(audited: Audited) -> None:
    config = load_config(audited.home / "config.toml")
    lead = config.person(email(1))
    start, end = Period.month(MONTH).bounds("UTC")
    with Store(audited.home / "timeaudit.sqlite") as store:
        frame = load(store, config, [lead], start, end)
    with_report = dict(zip(frame["title"], frame["with_report"], strict=True))
    assert with_report["1:1 with a report"]
    assert not with_report["1:1 lead1 / manager"]  # the chief is lead1's manager, not a report
    assert not with_report["Quarterly strategy review"]


def write_config(tmp_path: Path, rows: list[str], header: str = HEADER, toml: str = "") -> Path:
    (tmp_path / "people.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    path = tmp_path / "config.toml"
    path.write_text(
        f'[settings]\nroster = "people.csv"\n{toml}\n'
        '[sources.a]\nkind = "ics"\npath = "a.ics"\n\n'
        '[sources.b]\nkind = "ics"\npath = "b.ics"\n',
        encoding="utf-8",
    )
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return caught.value.problems


def test_every_roster_problem_names_its_row_and_column(tmp_path: Path) -> None:
    toml = '\n[[people]]\nemail = "toml@example.com"\nrole = "manager"\ntz = "UTC"\n'
    rows = [
        "ana@example.com,Ana,executive,Europe/Lisbon,a,,,",  # row 2: fine
        "bob,Bob,manager,UTC,,,,",  # row 3
        "cy@example.com,Cy,ceo,UTC,,,,",  # row 4
        "di@example.com,Di,manager,,,,,",  # row 5
        "ed@example.com,Ed,manager,UTC,a,,,",  # row 6: source taken by ana
        ",,,,,,,",  # row 7: empty, skipped (yet counted, as a spreadsheet does)
        "fa@example.com,Fa,manager,Europe/Berln,,,,",  # row 8
        "ana@example.com,Ana again,manager,UTC,,,,",  # row 9
        "gu@example.com,Gu,manager,UTC,nowhere,,,",  # row 10
        "hu@example.com,Hu,manager,UTC,,x@example.com,,",  # row 11
        "io@example.com,Io,manager,UTC,,io@example.com,,maybe",  # row 12
        "toml@example.com,Twice,manager,UTC,,,,",  # row 13
        "jo@example.com,Jo,manager,UTC,b,toml@example.com,,1",  # row 14: fine
    ]
    assert problems_of(write_config(tmp_path, rows, toml=toml)) == [
        "people.csv row 3, column email: must be an email address, not 'bob'",
        "people.csv row 4, column role: unknown role 'ceo' "
        "(known: executive, manager, senior-leader)",
        "people.csv row 5, column tz: missing: an IANA time zone such as Europe/Berlin",
        "people.csv row 6, column source: sources.a already belongs to ana@example.com; "
        + sharing(),
        "people.csv row 8, column tz: unknown time zone 'Europe/Berln' "
        "(use an IANA name such as Europe/Berlin)",
        "people.csv row 9, column email: ana@example.com is listed twice (also row 2)",
        "people.csv row 10, column source: no [sources.nowhere] section",
        "people.csv row 12, column opted_out: must be true or false (or yes/no, 1/0), not 'maybe'",
        "people.csv row 13, column email: toml@example.com is listed twice (also [[people]])",
        "people.csv row 11, column manager: no person 'x@example.com' in the roster",
        "people.csv row 12, column manager: a person cannot be their own manager",
    ]


def test_roster_problems_join_the_toml_problems_in_one_error(tmp_path: Path) -> None:
    path = write_config(tmp_path, ["bob,Bob,manager,UTC,,,,"], toml="colour = 1\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.problems == [
        "settings.colour: unknown key (expected one of: ca_bundle, internal_domains, learn, "
        "min_group_size, min_work_hours, month, planning_pack, pool_corrections, "
        "review_threshold, rhythm_pack, "
        "roster, "
        "rules, tolerance, training_data, work_end, work_start, workers)",
        "people.csv row 2, column email: must be an email address, not 'bob'",
    ]
    assert str(caught.value).startswith(f"{path}: 2 problems in the configuration:\n")


def test_missing_and_unknown_columns_are_named(tmp_path: Path) -> None:
    path = write_config(tmp_path, ["a@example.com,UTC,x"], header="email,tz,colour")
    assert problems_of(path) == [
        "people.csv: missing column(s): role",
        "people.csv: unknown column(s): colour "
        "(expected: email, name, role, tz, source, manager, team, opted_out, share_named)",
    ]


def test_only_the_required_columns_are_needed(tmp_path: Path) -> None:
    path = write_config(tmp_path, ["A@Example.com,manager,UTC"], header="Email,role,tz")
    (person,) = load_config(path).people
    assert (person.email, person.name, person.sources, person.opted_out) == (
        "a@example.com",
        "",
        (),
        False,
    )


def test_a_missing_roster_file_is_a_settings_problem(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[settings]\nroster = "people.csv"\n', encoding="utf-8")
    assert problems_of(path) == [f"settings.roster: file not found: {tmp_path / 'people.csv'}"]


# -- auditing everyone ------------------------------------------------------------------
def test_audit_of_everyone_survives_a_broken_and_a_missing_calendar(audited: Audited) -> None:
    home, result = audited.home, audited.first
    assert result.exit_code == 1, result.output  # two calendars could not be read: said
    broken = [line for line in result.stderr.splitlines() if f"p{BROKEN}.ics" in line]
    assert len(broken) == 1
    assert broken[0].startswith(f"{email(BROKEN)}: ")
    assert f": {home / 'cal' / f'p{BROKEN}.ics'}: not a valid iCalendar file" in broken[0]
    missing = [line for line in result.stderr.splitlines() if f"p{MISSING}.ics" in line]
    assert len(missing) == 1
    assert missing[0].startswith(f"{email(MISSING)}: ")
    assert f": {home / 'cal' / f'p{MISSING}.ics'}: no such file or folder" in missing[0]
    assert result.stderr.splitlines()[-1].startswith("timeaudit: error: 2 sources failed")
    reports = sorted(p.name for p in (home / "out").glob("*.md"))
    assert len(reports) == PEOPLE + 1 - len(OPTED_OUT)
    assert "Person-7-2026-10.md" in reports


def test_opted_out_people_are_skipped_and_counted(audited: Audited) -> None:
    home, result = audited.home, audited.first
    assert result.exit_code == 1, result.output  # the broken and missing calendars
    assert "skipped 2 opted-out people" in result.stderr.splitlines()
    for i in OPTED_OUT:
        assert email(i) not in result.output
        assert not (home / "out" / f"Person-{i}-2026-10.md").exists()
    with sqlite3.connect(home / "timeaudit.sqlite") as db:
        (detail,) = db.execute("SELECT detail FROM runs ORDER BY id LIMIT 1").fetchone()
        owners = {row[0] for row in db.execute("SELECT DISTINCT owner FROM events")}
    record = json.loads(detail)
    assert record["opted_out"] == 2
    assert len(record["people"]) == PEOPLE + 1 - len(OPTED_OUT)
    assert not owners & {email(i) for i in OPTED_OUT}  # never synced


def test_naming_an_opted_out_person_is_a_usage_error(audited: Audited) -> None:
    result = audit(audited.home, "--no-sync", "--person", email(OPTED_OUT[0]))
    assert result.exit_code == 2
    assert result.output == (
        f"timeaudit: error: --person {email(OPTED_OUT[0])}: they opted out of the audit "
        "(opted_out in the roster), so they are never synced or reported\n"
    )


def test_a_second_run_syncs_nothing_new(audited: Audited) -> None:
    result = audit(audited.home)
    assert result.exit_code == 1, result.output  # the broken and missing calendars, again
    synced = [line for line in result.stderr.splitlines() if ": synced " in line]
    assert len(synced) == PEOPLE + 1 - len(OPTED_OUT) - 2
    assert all(": 0 new, 0 changed, 0 removed, " in line for line in synced), synced


def test_config_person_reads_the_roster(tmp_path: Path) -> None:
    config: Config = load_config(write_home(tmp_path))
    assert config.person("PERSON10@example.com").manager == "lead2@example.com"


def test_share_named_is_the_consent_to_be_named_and_defaults_to_no(tmp_path: Path) -> None:
    """The team dashboard's consent: yes/true/1 agree; empty, no, or a missing column do
    not; anything else is a problem naming its row and column. The same key in [[people]]
    must be a boolean."""
    header = f"{HEADER},share_named"
    rows = [
        "ana@example.com,Ana,executive,UTC,a,,lead,,yes",
        "bo@example.com,Bo,manager,UTC,b,,lead,,",
        "cy@example.com,Cy,manager,UTC,,,lead,,No",
    ]
    people = {
        p.email: p.share_named for p in load_config(write_config(tmp_path, rows, header)).people
    }
    assert people == {"ana@example.com": True, "bo@example.com": False, "cy@example.com": False}
    bad = write_config(
        tmp_path,
        ["ana@example.com,Ana,executive,UTC,a,,lead,,maybe"],
        header,
        toml='[[people]]\nemail = "t@example.com"\nrole = "manager"\ntz = "UTC"\n'
        'share_named = "yes"\n',
    )
    assert problems_of(bad) == [
        "people[1].share_named: must be true or false, not 'yes'",
        "people.csv row 2, column share_named: must be true or false (or yes/no, 1/0), not 'maybe'",
    ]
    without = ["ana@example.com,Ana,executive,UTC,a,,lead,"]  # no share_named column at all
    assert not any(p.share_named for p in load_config(write_config(tmp_path, without)).people)
