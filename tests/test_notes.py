"""Notes per person and month (`timeaudit note`): kept in the store, carried into that
month's report (HTML, Markdown, JSON; escaped; left out with --redact, since free text may
quote titles), never into cohort files,
and kept apart per workspace."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.config.test_roster import Meeting, write_ics
from timeaudit.audit.periods import Period
from timeaudit.cli.commands import main
from timeaudit.render.jinja import md_lines
from timeaudit.render.view import period_note
from timeaudit.store.sqlite import Store

MONTH = "2026-10"
OWNER = "ana@example.com"
CONFIG = f"""[[people]]
email = "{OWNER}"
name = "Ana Lima"
role = "executive"
tz = "UTC"
sources = ["cal"]

[sources.cal]
kind = "ics"
path = "cal.ics"
"""
HOSTILE = '<script>alert("x")</script> said\n=HYPERLINK("http://evil.example","click")\n\nthird'


def run(home: Path, *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, ["--home", str(home), *args], input=stdin)


def make_home(folder: Path, model: Path, config: str = CONFIG) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(config, encoding="utf-8")
    write_ics(
        folder / "cal.ics",
        OWNER,
        [Meeting("Weekly sync", 6, 1.0, ("bo@example.com",)), Meeting("Roadmap", 7, 2.0)],
    )
    (folder / "models").mkdir(exist_ok=True)
    shutil.copy(model, folder / "models")
    return folder


@pytest.fixture
def home(tmp_path: Path, seed_model_file: Path) -> Path:
    return make_home(tmp_path, seed_model_file)


# -- the store ------------------------------------------------------------------------------
def test_the_store_sets_replaces_and_deletes_notes(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        assert store.notes(OWNER) == {}
        store.set_note(OWNER, "2026-10", "first")
        store.set_note("ANA@example.com", "2026-09", "earlier")
        store.set_note(OWNER, "2026-10", "second")
        store.set_note("bo@example.com", "2026-10", "not Ana's")
        assert store.notes(OWNER) == {"2026-09": "earlier", "2026-10": "second"}
        assert list(store.notes(OWNER)) == ["2026-09", "2026-10"]
        store.set_note(OWNER, "2026-09", "")
        assert store.notes(OWNER) == {"2026-10": "second"}
    with Store(tmp_path / "s.sqlite") as store:  # kept across openings
        assert store.notes(OWNER) == {"2026-10": "second"}


# -- the command ----------------------------------------------------------------------------
def test_set_print_and_clear_a_note(home: Path) -> None:
    result = run(home, "note", OWNER, MONTH, "Wants more time for strategy")
    assert result.exit_code == 0, result.output
    assert result.stderr == f"saved the note for {OWNER} in {MONTH}\n"
    assert result.stdout == ""
    result = run(home, "note", OWNER, MONTH)
    assert (result.exit_code, result.stdout) == (0, "Wants more time for strategy\n")
    result = run(home, "note", OWNER, MONTH, "--clear")
    assert (result.exit_code, result.stderr) == (0, f"removed the note for {OWNER} in {MONTH}\n")
    result = run(home, "note", OWNER, MONTH)
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == f"no note for {OWNER} in {MONTH}\n"


def test_a_note_from_stdin_keeps_its_lines(home: Path) -> None:
    result = run(home, "note", OWNER, MONTH, "-", stdin="line one\nline two\n\n")
    assert result.exit_code == 0, result.output
    with Store(home / "timeaudit.sqlite") as store:
        assert store.notes(OWNER) == {MONTH: "line one\nline two"}


def test_empty_text_removes_the_note(home: Path) -> None:
    assert run(home, "note", OWNER, MONTH, "something").exit_code == 0
    result = run(home, "note", OWNER, MONTH, "  ")
    assert result.stderr == f"removed the note for {OWNER} in {MONTH}\n"


@pytest.mark.parametrize("month", ["2026-13", "2026-1", "October", "2026-10-01"])
def test_the_month_is_validated(home: Path, month: str) -> None:
    result = run(home, "note", OWNER, month, "text")
    assert result.exit_code == 2
    assert result.output == (
        f"timeaudit: error: month {month}: not a month; use YYYY-MM, e.g. 2026-10\n"
    )


def test_an_unknown_person_is_one_line_naming_the_config(home: Path) -> None:
    result = run(home, "note", "nobody@example.com", MONTH, "text")
    assert result.exit_code == 2
    assert result.output == (
        f"timeaudit: error: {home / 'config.toml'}: no person 'nobody@example.com' in the "
        "config; add them under [[people]] (or to the roster) first\n"
    )
    assert not (home / "timeaudit.sqlite").exists()


def test_text_and_clear_do_not_go_together(home: Path) -> None:
    result = run(home, "note", OWNER, MONTH, "text", "--clear")
    assert result.exit_code == 2
    assert result.output == "timeaudit: error: give TEXT or --clear, not both\n"


def test_the_email_is_matched_case_blind(home: Path) -> None:
    assert run(home, "note", "Ana@Example.com", MONTH, "hello").exit_code == 0
    assert run(home, "note", OWNER, MONTH).stdout == "hello\n"


# -- workspaces -------------------------------------------------------------------------------
def test_workspaces_keep_their_notes_apart(tmp_path: Path, seed_model_file: Path) -> None:
    for name in ("client-a", "client-b"):
        make_home(tmp_path / "workspaces" / name, seed_model_file)
    result = run(tmp_path, "--workspace", "client-a", "note", OWNER, MONTH, "only for A")
    assert result.exit_code == 0, result.output
    assert run(tmp_path, "--workspace", "client-a", "note", OWNER, MONTH).stdout == "only for A\n"
    in_b = run(tmp_path, "--workspace", "client-b", "note", OWNER, MONTH)
    assert (in_b.exit_code, in_b.stdout) == (0, "")
    out = tmp_path / "reports-b"
    result = run(tmp_path, "--workspace", "client-b", "audit", "--month", MONTH, "--out", str(out))
    assert result.exit_code == 0, result.output
    for path in out.iterdir():
        assert "only for A" not in path.read_text(encoding="utf-8"), path.name
    assert not (tmp_path / "timeaudit.sqlite").exists()


# -- the report ----------------------------------------------------------------------------------
@pytest.fixture
def reports(home: Path) -> dict[str, str]:
    assert run(home, "note", OWNER, MONTH, "-", stdin=HOSTILE).exit_code == 0
    assert run(home, "note", OWNER, "2026-09", "not this month").exit_code == 0
    out = home / "out"
    args = ["--format", "html", "--format", "md", "--format", "json", "--format", "csv"]
    result = run(home, "audit", "--month", MONTH, "--out", str(out), *args)
    assert result.exit_code == 0, result.output
    reports = (p for p in out.iterdir() if p.name != "index.html")
    return {p.suffix.lstrip("."): p.read_text(encoding="utf-8") for p in reports}


def test_the_note_is_escaped_in_the_html_report(reports: dict[str, str]) -> None:
    html = reports["html"]
    assert '<h2 id="notes-h">Notes</h2>' in html
    assert "<script" not in html
    assert (
        '<p class="note-text">&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; said\n'
        "=HYPERLINK(&#34;http://evil.example&#34;,&#34;click&#34;)\n\nthird</p>"
    ) in html
    assert "not this month" not in html


def test_the_note_is_escaped_in_the_markdown_report(reports: dict[str, str]) -> None:
    md = reports["md"]
    assert md.endswith(
        "## Notes\n\n"
        '\\<script\\>alert\\("x"\\)\\</script\\> said\\\n'
        '\\=HYPERLINK\\("http://evil.example","click"\\)\n'
        "\n"
        "third\n"
    )
    assert "not this month" not in md


def test_the_note_is_in_the_json_numbers(reports: dict[str, str]) -> None:
    assert json.loads(reports["json"])["note"] == HOSTILE
    assert "HYPERLINK" not in reports["csv"]  # the split as numbers has no free text


def test_a_redacted_report_leaves_the_note_out(home: Path) -> None:
    assert run(home, "note", OWNER, MONTH, "Coach's own words on Roadmap").exit_code == 0
    out = home / "out"
    result = run(home, "audit", "--month", MONTH, "--out", str(out), "--redact")
    assert result.exit_code == 0, result.output
    for path in out.iterdir():
        text = path.read_text(encoding="utf-8")
        assert "Coach" not in text and "Roadmap" not in text, path.name


def test_a_report_without_a_note_has_no_notes_section(home: Path) -> None:
    out = home / "out"
    result = run(home, "audit", "--month", MONTH, "--out", str(out))
    assert result.exit_code == 0, result.output
    for path in out.iterdir():
        assert "Notes" not in path.read_text(encoding="utf-8"), path.name


def test_cohort_files_never_carry_notes(tmp_path: Path, seed_model_file: Path) -> None:
    config = "\n".join(
        CONFIG.replace(OWNER, f"p{i}@example.com")
        .replace("cal", f"cal{i}")
        .replace(f'"cal{i}.ics"', '"cal.ics"')
        for i in range(5)
    )
    home = make_home(tmp_path, seed_model_file, config)
    for i in range(5):
        assert run(home, "note", f"p{i}@example.com", MONTH, f"secret note {i}").exit_code == 0
    out = tmp_path / "cohort"
    result = run(home, "cohort", "--month", MONTH, "--out", str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    files = list(out.iterdir())
    assert files
    for path in files:
        assert "secret note" not in path.read_text(encoding="utf-8"), path.name


# -- the period's note ----------------------------------------------------------------------------
def test_a_custom_period_carries_the_notes_of_its_months() -> None:
    notes = {"2026-08": "august", "2026-09": "september", "2026-11": "later"}
    assert period_note(notes, Period.month("2026-09")) == "september"
    assert period_note(notes, Period.month("2026-10")) == ""
    period = Period.between(*(Period.month(m).first for m in ("2026-08", "2026-10")))
    assert period_note(notes, period) == "2026-08: august\n\n2026-09: september"


def test_markdown_notes_keep_lines_and_start_no_markup() -> None:
    assert md_lines("- item\n1. one\n# head\n\nend") == "\\- item\\\n1\\. one\\\n\\# head\n\nend"
