"""Past one machine (:mod:`timeaudit.audit.distributed`, :mod:`timeaudit.app.export`): a
Parquet export of the store, run on Dask's local schedulers, gives exactly the figures and
the cohort files of the single-machine cohort; a default command never loads Dask."""

from __future__ import annotations

import importlib.util
import os
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from benchmarks.bench_org import organisation, write_home
from click.testing import CliRunner, Result

from timeaudit.app import runs
from timeaudit.app.export import cohort_on_dask, export_parquet, figures_on_dask
from timeaudit.app.session import Selection
from timeaudit.audit.distributed import (
    MANIFEST,
    NotAnExport,
    fits,
    read_manifest,
    read_part,
    unchanged,
)
from timeaudit.audit.periods import Period
from timeaudit.audit.stream import stream_assessment
from timeaudit.cli.commands import main
from timeaudit.config.load import load_config
from timeaudit.config.paths import Paths
from timeaudit.config.types import GROUPINGS, Config
from timeaudit.store.sqlite import Store

LEADERS = 10
#: Across a month's end, cut in each leader's zone (the organisation has four).
PERIOD = Period.between(date(2026, 9, 15), date(2026, 10, 14))
SPAN = ("--from", "2026-09-15", "--to", "2026-10-14")
FORMATS = ("csv", "json", "md", "html")
MIN_GROUP = 2  # ten leaders: groups of two or more are shown, so the tables have rows


@dataclass(frozen=True)
class Org:
    home: Path
    config: Config
    exported: Result  # `timeaudit export --parquet` into ``export``
    single: pd.DataFrame  # the figures of the cohort on one machine

    @property
    def selection(self) -> Selection:
        return Selection(Paths(self.home / "config.toml", self.home), home_given=True)

    @property
    def export(self) -> Path:
        return self.home / "export"

    @property
    def emails(self) -> list[str]:
        return [p.email for p in self.config.people]

    def store(self) -> Store:
        return Store(self.home / "timeaudit.sqlite")


def run(home: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--home", str(home), *args])


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory, seed_model_file: Path) -> Org:
    """Ten generated leaders (the organisation benchmark's calendars), synced once by the
    export command; then their figures on one machine, before any are cached."""
    home = tmp_path_factory.mktemp("org")
    write_home(home, organisation(LEADERS), workers=1)
    config_file = home / "config.toml"
    text = config_file.read_text(encoding="utf-8")
    config_file.write_text(
        text.replace("[settings]\n", f"[settings]\nmin_group_size = {MIN_GROUP}\n", 1), "utf-8"
    )
    (home / "models").mkdir()
    shutil.copy(seed_model_file, home / "models")
    exported = run(home, "export", "--parquet", str(home / "export"), *SPAN)
    config = load_config(config_file)
    with Store(home / "timeaudit.sqlite") as store:
        single = stream_assessment(
            store, config, config.people, PERIOD, do_sync=False, cache_dir=home / "models"
        )
    return Org(home, config, exported, single.assessment)


@pytest.fixture(scope="module")
def parts(org: Org, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same export cut into parts of about 200 rows: several files, several people
    in most of them."""
    folder = tmp_path_factory.mktemp("parts") / "export"
    export_parquet(org.selection, PERIOD, folder, sync=False, part_rows=200)
    return folder


# -- the export --------------------------------------------------------------------------------
def test_the_export_holds_every_stored_row_of_whole_people(org: Org) -> None:
    assert org.exported.exit_code == 0, org.exported.output
    manifest = read_manifest(org.export)
    assert manifest.period == PERIOD
    assert manifest.people == org.emails
    with org.store() as store:
        stored = store.events(org.emails, manifest.start, manifest.end)
    files = [read_part(org.export / part.file) for part in manifest.parts]
    exported = pd.concat(files, ignore_index=True)
    pd.testing.assert_frame_equal(exported, stored, check_exact=True)
    assert f"manifest: {org.export / MANIFEST}" in org.exported.output
    assert f"exported {LEADERS} people, {len(stored):,} stored occurrences in 1 file" in (
        org.exported.output
    )


def test_parts_hold_whole_people_and_an_export_replaces_the_last(org: Org, parts: Path) -> None:
    manifest = read_manifest(parts)
    assert len(manifest.parts) >= 3
    for part in manifest.parts:
        owners = set(read_part(parts / part.file)["owner"])
        assert owners <= set(part.people)
        assert part.rows == len(read_part(parts / part.file))
    assert sorted(p.name for p in parts.iterdir()) == sorted(
        [MANIFEST, *(part.file for part in manifest.parts)]
    )
    again = parts.parent / "again"
    shutil.copytree(parts, again)
    export_parquet(org.selection, PERIOD, again, sync=False)  # one part now
    assert sorted(p.name for p in again.iterdir()) == [MANIFEST, "part-00000.parquet"]


def test_the_export_is_readable_by_its_owner_only(org: Org) -> None:
    assert stat.S_IMODE(org.export.stat().st_mode) == 0o700
    for path in org.export.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_without_pyarrow_the_export_says_which_extra_to_install(
    org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.util.find_spec

    def find_spec(name: str, package: str | None = None) -> object:
        return None if name == "pyarrow" else real(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    result = run(org.home, "export", "--parquet", str(tmp_path / "x"), "--no-sync", *SPAN)
    assert result.exit_code == 2
    assert result.stderr == (
        "timeaudit: error: the Parquet export needs pyarrow, which is not installed: "
        "run pip install 'timeaudit[dask]'\n"
    )
    assert not (tmp_path / "x").exists()


def test_the_export_covers_everyone(org: Org, tmp_path: Path) -> None:
    one = org.emails[0]
    result = run(org.home, "export", "--parquet", str(tmp_path), "--person", one, *SPAN)
    assert result.exit_code == 2
    assert "--person: the export always covers everyone in the config" in result.stderr


# -- the cohort on Dask ------------------------------------------------------------------------
@pytest.mark.parametrize("scheduler", ["synchronous", "threads", "processes"])
def test_figures_on_dask_are_those_of_one_machine(org: Org, parts: Path, scheduler: str) -> None:
    """Bit for bit, from several files of several people; with ``processes`` the config,
    the classifier and the figures are pickled, as they are to and from a cluster's workers."""
    made = figures_on_dask(org.selection, parts, scheduler=scheduler)
    assert made.period == PERIOD
    pd.testing.assert_frame_equal(made.assessment, org.single, check_exact=True)


def test_the_cohort_files_on_dask_are_those_of_the_cohort_command(org: Org, tmp_path: Path) -> None:
    alone = runs.cohort(org.selection, PERIOD, tmp_path / "one", formats=FORMATS, sync=False)
    on_dask = cohort_on_dask(
        org.selection, org.export, tmp_path / "dask", formats=FORMATS, scheduler="synchronous"
    )
    assert [p.name for p in on_dask.files] == [p.name for p in alone.files]
    assert len(alone.files) == len(GROUPINGS) * (len(FORMATS) - 1) + 1
    for one, other in zip(alone.files, on_dask.files, strict=True):
        assert other.read_bytes() == one.read_bytes(), one.name


def test_an_export_that_does_not_fit_the_audit_is_refused(org: Org, tmp_path: Path) -> None:
    with pytest.raises(NotAnExport, match=f"{tmp_path} is not an export; export again with"):
        figures_on_dask(org.selection, tmp_path, scheduler="synchronous")
    manifest, people = read_manifest(org.export), org.config.people
    with pytest.raises(
        NotAnExport, match=r"the export is of 2026-09-15\.\.2026-10-14, not 2026-10;"
    ):
        fits(manifest, org.export, people, Period.month("2026-10"))
    with pytest.raises(
        NotAnExport, match=f"differ in who is audited \\(e.g. {people[-1].email}\\)"
    ):
        fits(manifest, org.export, people[:-1], PERIOD)
    moved = [replace(p, tz="Pacific/Kiritimati") if p is people[0] else p for p in people]
    with pytest.raises(NotAnExport, match="time zones changed since the export"):
        fits(manifest, org.export, moved, PERIOD)
    with org.store() as store:
        now = store.contents(org.emails, manifest.start, manifest.end)
    unchanged(manifest, now, org.export)
    synced = {**now, people[3].email: "a digest after a sync"}
    with pytest.raises(NotAnExport, match=f"events of 1 person, e.g. {people[3].email}\\);"):
        unchanged(manifest, synced, org.export)


# -- default commands never load Dask ----------------------------------------------------------
PROBE = """
import sys
from timeaudit.cli import main
if sys.argv[1:]:
    try:
        main(sys.argv[1:], prog_name="timeaudit")
    except SystemExit as exc:
        print("EXIT", exc.code, file=sys.stderr)
print("LOADED", *[m for m in ("dask", "pyarrow") if m in sys.modules], file=sys.stderr)
"""


def loaded(*args: str) -> tuple[list[str], str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMEAUDIT_")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    line = next(x for x in done.stderr.splitlines() if x.startswith("LOADED"))
    return line.split()[1:], done.stderr


def test_importing_the_command_line_loads_neither_dask_nor_pyarrow() -> None:
    modules, err = loaded()
    assert modules == [], err


def test_the_cohort_command_does_not_load_dask(org: Org, tmp_path: Path) -> None:
    """pandas itself loads pyarrow when it is installed; Dask is never loaded."""
    out = str(tmp_path / "cohort")
    modules, err = loaded("--home", str(org.home), "cohort", "--no-sync", *SPAN, "--out", out)
    assert "EXIT 0" in err
    assert "dask" not in modules, err
