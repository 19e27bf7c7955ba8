"""Workspaces: `--workspace NAME` keeps config, store, corrections, models and tokens of
one client or team apart from every other's, under <home>/workspaces/NAME/."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.config.test_roster import Meeting, write_ics
from timeaudit.cli.commands import main
from timeaudit.config.paths import resolve_paths

MONTH = "2026-10"
OWNER = "ana@example.com"
CONFIG = f"""[[people]]
email = "{OWNER}"
role = "executive"
tz = "UTC"
sources = ["cal"]

[sources.cal]
kind = "ics"
path = "cal.ics"
"""


def run(home: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, ["--home", str(home), *args], env=env)


def make_workspace(home: Path, name: str, model: Path) -> Path:
    folder = home / "workspaces" / name
    result = run(home, "init", "--workspace", name)
    assert result.exit_code == 0, result.output
    (folder / "config.toml").write_text(CONFIG, encoding="utf-8")
    write_ics(
        folder / "cal.ics",
        OWNER,
        [Meeting("Weekly sync", 6, 1.0, ("bo@example.com",)), Meeting("Roadmap", 7, 2.0)],
    )
    (folder / "models").mkdir()
    shutil.copy(model, folder / "models")
    return folder


def tags(home: Path, name: str) -> dict[str, tuple[str, str]]:
    result = run(home, "--workspace", name, "events", "--month", MONTH)
    assert result.exit_code == 0, result.output
    rows = csv.DictReader(result.stdout.splitlines())
    return {r["title"]: (r["category"], r["reason"]) for r in rows}


def test_init_writes_the_workspace_config(tmp_path: Path) -> None:
    result = run(tmp_path, "init", "--workspace", "client-a")
    assert result.exit_code == 0, result.output
    config = tmp_path / "workspaces" / "client-a" / "config.toml"
    follow_up = f"timeaudit --home {tmp_path} --workspace client-a audit"  # works as printed
    assert result.output == f"wrote {config}; edit it, then run `{follow_up}`\n"
    # the global option does the same
    result = run(tmp_path, "--workspace", "client_b.2", "init")
    assert result.exit_code == 0, result.output
    assert "--workspace client_b.2 audit`" in result.output
    assert (tmp_path / "workspaces" / "client_b.2" / "config.toml").exists()
    assert not (tmp_path / "config.toml").exists()


def test_the_environment_names_the_workspace(tmp_path: Path) -> None:
    result = run(tmp_path, "init", env={"TIMEAUDIT_WORKSPACE": "team-x"})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "workspaces" / "team-x" / "config.toml").exists()


@pytest.mark.parametrize("name", [".hidden", "a/b", "..", "with space", "é"])
def test_a_bad_workspace_name_is_one_line(tmp_path: Path, name: str) -> None:
    result = run(tmp_path, "--workspace", name, "init")
    assert result.exit_code == 2
    assert result.output == (
        f"timeaudit: error: --workspace {name!r}: use letters, digits, '-', '_' and '.', "
        "not starting with a dot\n"
    )
    assert not (tmp_path / "workspaces").exists()


def test_every_file_of_a_workspace_lives_in_its_folder(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path, None, "client-a")
    folder = tmp_path / "workspaces" / "client-a"
    assert (paths.config, paths.store, paths.models, paths.tokens) == (
        folder / "config.toml",
        folder / "timeaudit.sqlite",
        folder / "models",
        folder / "tokens",
    )


def test_a_correction_in_one_workspace_stays_there(tmp_path: Path, seed_model_file: Path) -> None:
    a = make_workspace(tmp_path, "a", seed_model_file)
    b = make_workspace(tmp_path, "b", seed_model_file)
    before = tags(tmp_path, "a")
    assert tags(tmp_path, "b") == before
    assert before["Weekly sync"][0] != "firefighting"

    result = run(
        tmp_path, "--workspace", "a", "label", "ana-0@tests.example", "--as", "firefighting"
    )
    assert result.exit_code == 0, result.output

    assert tags(tmp_path, "a")["Weekly sync"] == ("firefighting", "your correction")
    assert tags(tmp_path, "b") == before
    assert (a / "timeaudit.sqlite").exists() and (b / "timeaudit.sqlite").exists()
    assert not (tmp_path / "timeaudit.sqlite").exists()
    # the correction trained a model of workspace a's own; b still has only the seed
    assert len(list((a / "models").iterdir())) > len(list((b / "models").iterdir()))
