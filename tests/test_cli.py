"""The command line: every command documented and with help; errors are one line."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from timeaudit.cli.commands import main

README = Path(__file__).resolve().parents[1] / "README.md"


def commands() -> list[str]:
    return sorted(main.commands)


@pytest.mark.parametrize("name", commands())
def test_every_command_is_documented_in_the_readme(name: str) -> None:
    assert re.search(rf"`timeaudit {re.escape(name)}\b", README.read_text(encoding="utf-8")), (
        f"README.md does not document `timeaudit {name}`"
    )


@pytest.mark.parametrize("name", commands())
def test_every_command_has_help(name: str) -> None:
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    command = main.commands[name]
    assert isinstance(command, click.Command)
    assert command.help, f"{name} has no help text"


def test_every_option_of_every_command_is_documented() -> None:
    text = README.read_text(encoding="utf-8")
    for name in commands():
        for param in main.commands[name].params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt != "--help":
                    in_code = re.search(rf"`[^`\n]*{re.escape(opt)}\b[^`\n]*`", text)
                    assert in_code, f"README does not mention {opt} of `timeaudit {name}`"


def test_init_writes_a_starter_config_and_refuses_to_overwrite(tmp_path: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["--home", str(tmp_path), "init"])
    assert first.exit_code == 0, first.output
    assert (tmp_path / "config.toml").exists()
    second = runner.invoke(main, ["--home", str(tmp_path), "init"])
    assert second.exit_code == 2
    assert second.output == (
        f"timeaudit: error: {tmp_path / 'config.toml'} already exists; "
        "edit it, or pass --force to replace it\n"
    )


def test_missing_config_is_one_line_with_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--home", str(tmp_path), "audit", "--month", "2026-10"])
    assert result.exit_code == 2
    assert result.output == (
        f"timeaudit: error: {tmp_path / 'config.toml'}: 1 problem in the configuration:\n"
        "  file not found (run `timeaudit init` to write a starter config)\n"
    )
    assert "Traceback" not in result.output


def test_bad_month_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--home", str(tmp_path), "events", "--month", "2026-13"])
    assert result.exit_code == 2
    assert (
        result.output
        == "timeaudit: error: --month 2026-13: not a month; use YYYY-MM, e.g. 2026-10\n"
    )


def test_ics_without_owner_says_which_option(tmp_path: Path) -> None:
    ics = tmp_path / "c.ics"
    ics.write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
    result = CliRunner().invoke(main, ["events", "--ics", str(ics), "--month", "2026-10"])
    assert result.exit_code == 2
    assert result.output == (
        "timeaudit: error: --owner: give the calendar owner's email address, "
        "e.g. --owner ana@example.com\n"
    )


def test_a_failed_source_still_writes_reports_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeaudit.connectors.contract import Connector, SourceSpec, SyncBatch, Window
    from timeaudit.sync import pull

    class Broken:
        def __init__(self, spec: SourceSpec) -> None:
            self.spec = spec

        def fetch(self, window: Window, cursor: str | None) -> SyncBatch:
            raise OSError("connection refused")

    def factory(spec: SourceSpec) -> Connector:
        return Broken(spec)

    monkeypatch.setattr(pull, "make_connector", factory)
    (tmp_path / "c.ics").write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
    result = CliRunner().invoke(
        main,
        [
            "audit",
            "--ics",
            str(tmp_path / "c.ics"),
            "--owner",
            "a@example.com",
            "--month",
            "2026-10",
            "--out",
            str(tmp_path / "out"),
        ],
    )
    assert result.exit_code == 1
    assert "a@example.com: ics: OSError: connection refused" in result.stderr
    assert result.stderr.splitlines()[-1] == (
        "timeaudit: error: 1 source failed (ics); "
        "what was written uses what the store already held for them"
    )
    assert (tmp_path / "out" / "a@example.com-2026-10.md").exists()


@pytest.mark.parametrize(
    ("command", "absent", "given", "reason"),
    [
        ("coach", ("--from", "--to"), ("--from", "2026-10-01", "--to", "2026-10-09"),
         "the coach view covers whole months"),
        ("cohort", ("--person", "--team", "--all"), ("--person", "a@x.example"),
         "the cohort always covers everyone"),
    ],
)  # fmt: skip
def test_help_lists_only_the_options_a_command_accepts(
    tmp_path: Path, command: str, absent: tuple[str, ...], given: tuple[str, ...], reason: str
) -> None:
    text = CliRunner().invoke(main, [command, "--help"]).output
    for option in absent:
        assert f"  {option} " not in text, option
    # given anyway, it is refused with the reason, not "no such option"
    (tmp_path / "config.toml").write_text(
        '[[people]]\nemail = "a@x.example"\nrole = "manager"\ntz = "UTC"\n', encoding="utf-8"
    )
    refused = CliRunner().invoke(main, ["--home", str(tmp_path), command, *given])
    assert refused.exit_code == 2
    assert refused.stderr.startswith("timeaudit: error: ") and reason in refused.stderr


def test_role_with_ics_may_name_a_role_of_the_config(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(
        "[roles.founder]\nstrategy = 35\ncapability-building = 25\nexecution = 30\n"
        "firefighting = 10\n",
        encoding="utf-8",
    )
    calendar = tmp_path / "c.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//t//EN\nBEGIN:VEVENT\nUID:a@t\n"
        "DTSTAMP:20260901T000000Z\nDTSTART:20261006T090000Z\nDTEND:20261006T100000Z\n"
        "SUMMARY:Board prep\nEND:VEVENT\nEND:VCALENDAR\n",
        encoding="utf-8",
    )
    base = ["--home", str(tmp_path), "events", "--month", "2026-10", "--ics", str(calendar)]
    ok = CliRunner().invoke(main, [*base, "--owner", "a@x.example", "--role", "founder"])
    assert ok.exit_code == 0, ok.output
    bad = CliRunner().invoke(main, [*base, "--owner", "a@x.example", "--role", "ceo"])
    assert bad.exit_code == 2
    assert "--role 'ceo': use one of executive, senior-leader, manager, founder" in bad.stderr
