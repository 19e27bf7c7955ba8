"""Every command that reads events exits 1 when a source failed, after writing what it
could; a source that could not be read is a failure, not an empty month; the starter config
is refused until it is filled in; and what a warning quotes cannot drive the terminal.

Each case is one small input made here, run through the real command line once."""

from __future__ import annotations

import csv
import io
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeaudit.cli.commands import main

OWNER = "a@example.com"
MONTH = "2026-10"
#: A calendar that reads fine: one meeting in October 2026.
GOOD = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//timeaudit tests//exit codes//EN
BEGIN:VEVENT
UID:roadmap-1@tests.example
DTSTAMP:20260901T000000Z
DTSTART:20261006T090000Z
DTEND:20261006T100000Z
SUMMARY:Roadmap review
END:VEVENT
END:VCALENDAR
"""
#: What a crafted file quotes back in its parse error: it would set the terminal's title.
ESCAPE = "\x1b]0;pwned\x07\x1b[2J"


def unreadable(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Sources that yield nothing because they cannot be read: name -> (path, what the
    one error line says about it)."""
    (tmp / "empty").mkdir()
    (tmp / "no-ics").mkdir()
    (tmp / "no-ics" / "notes.txt").write_text("not a calendar")
    (tmp / "photo.ics").write_bytes(bytes(range(256)) * 4)
    (tmp / "letter.ics").write_text("Dear team,\nthe offsite moves to May.\n")
    return {
        "missing file": (tmp / "missing.ics", "no such file or folder"),
        "empty folder": (tmp / "empty", "no .ics files in this folder"),
        "folder without .ics": (tmp / "no-ics", "no .ics files in this folder"),
        "binary file": (tmp / "photo.ics", "binary content, not a calendar"),
        "not a calendar": (tmp / "letter.ics", "not a valid iCalendar file"),
    }


def audit_ics(*paths: Path, out: Path) -> Result:
    args = ["audit", "--month", MONTH, "--owner", OWNER, "--out", str(out)]
    for path in paths:
        args += ["--ics", str(path)]
    return CliRunner().invoke(main, args)


@dataclass(frozen=True)
class Case:
    path: Path
    says: str
    result: Result
    out: Path


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    tmp = tmp_path_factory.mktemp("unreadable")
    return {
        name: Case(path, says, audit_ics(path, out=tmp / f"out-{i}"), tmp / f"out-{i}")
        for i, (name, (path, says)) in enumerate(unreadable(tmp).items())
    }


NAMES = ["missing file", "empty folder", "folder without .ics", "binary file", "not a calendar"]


@pytest.mark.parametrize("name", NAMES)
def test_an_unreadable_source_fails_the_audit(cases: dict[str, Case], name: str) -> None:
    case = cases[name]
    assert case.result.exit_code == 1, case.result.output
    lines = case.result.stderr.splitlines()
    assert f"{OWNER}: ics: {case.path}: {case.says}" in case.result.stderr
    assert lines[-1] == (
        "timeaudit: error: 1 source failed (ics); "
        "what was written uses what the store already held for them"
    )
    assert not any(line.startswith(f"{OWNER}: synced ics") for line in lines)
    assert (case.out / f"{OWNER}-{MONTH}.md").exists()  # what could be written, was


def good(folder: Path) -> Path:
    path = folder / "good.ics"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_a_readable_file_beside_a_missing_one_counts_and_the_run_still_fails(
    tmp_path: Path,
) -> None:
    result = CliRunner().invoke(
        main,
        ["events", "--month", MONTH, "--owner", OWNER, "--ics", str(good(tmp_path)),
         "--ics", str(tmp_path / "gone.ics")],
    )  # fmt: skip
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["title"] for r in rows] == ["Roadmap review"]
    assert f"{tmp_path / 'gone.ics'}: no such file or folder" in result.stderr


def test_events_exits_1_when_its_source_failed(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["events", "--month", MONTH, "--owner", OWNER, "--ics", str(tmp_path / "x.ics")]
    )
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [  # the (empty) list was written
        "person,uid,recurrence_id,start,end,title,category,confidence,reason,counted,"
        "excluded_reason,hours,provider_id,planning,planning_reason"
    ]


def test_a_good_calendar_still_exits_0(tmp_path: Path) -> None:
    result = audit_ics(good(tmp_path), out=tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert f"{OWNER}: synced ics: 1 new" in result.stderr


@pytest.mark.parametrize("command", ["coach", "cohort", "review", "events"])
def test_every_reading_command_exits_1_on_a_failed_source(
    tmp_path: Path, seed_model_file: Path, command: str
) -> None:
    """A home whose one person's calendar file is gone: each command still runs, says so,
    and exits 1."""
    (tmp_path / "models").mkdir()
    shutil.copy(seed_model_file, tmp_path / "models")
    (tmp_path / "config.toml").write_text(
        f'[settings]\nmin_group_size = 1\n[[people]]\nemail = "{OWNER}"\nname = "Ana"\n'
        'role = "executive"\ntz = "UTC"\nsources = ["cal"]\n'
        '[sources.cal]\nkind = "ics"\npath = "gone.ics"\n',
        encoding="utf-8",
    )
    args = ["--home", str(tmp_path), command, "--month", MONTH]
    if command in ("coach", "cohort"):
        args += ["--out", str(tmp_path / "out")]
    result = CliRunner().invoke(main, args, input="q")
    assert result.exit_code == 1, result.output
    assert f"{OWNER}: cal: {tmp_path / 'gone.ics'}: no such file or folder" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("timeaudit: error: 1 source failed (cal)")


def test_the_untouched_starter_config_is_refused(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["--home", str(tmp_path), "init"]).exit_code == 0
    out = tmp_path / "reports"
    result = CliRunner().invoke(
        main, ["--home", str(tmp_path), "audit", "--month", MONTH, "--out", str(out)]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"timeaudit: error: {tmp_path / 'config.toml'}: you@example.com is the example person "
        "`timeaudit init` wrote; put your own email, name, role and calendar in its place "
        "(README: Configuration)\n"
    )
    assert not out.exists()  # no report for "Your Name"


def test_a_warning_cannot_drive_the_terminal(tmp_path: Path) -> None:
    crafted = tmp_path / "crafted.ics"
    broken = f"PRODID:-//x//EN\n{ESCAPE}title\u202eevil\n"  # a line with no name: quoted
    crafted.write_text(GOOD.replace("PRODID:-//timeaudit tests//exit codes//EN\n", broken))
    result = audit_ics(crafted, out=tmp_path / "out")
    assert result.exit_code == 1
    assert f"{crafted}: not a valid iCalendar file" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "\u202e" not in result.stderr
    assert "titleevil" in result.stderr  # the text is kept, only the controls go
