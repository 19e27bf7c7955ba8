"""The organisation benchmark at a tiny size: it prints the floor (the bare read, in one
process and with workers), every stage with its peak memory, and the ratios beside their
targets; the bare read finds exactly the occurrences stage a stores. The figures are parsed,
never judged: no timing or memory value is asserted, only that it is there and well formed.
``python -m benchmarks org`` measures."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from contextlib import redirect_stdout
from datetime import UTC, datetime
from pathlib import Path

import pytest
from benchmarks.bench_org import PERIOD, ZONES, main, owner_window, run
from benchmarks.org_steps import (
    Done,
    Step,
    TreePeak,
    floor_alone,
    measure,
    memory_kib,
    process_tree,
)

from benchmarks import bench_org

NUMBER = r"[\d,]+"
STEP = re.compile(
    rf"^  (?P<label>\S.*?)\s+(?P<seconds>\d+\.\d) s\s+(?P<occ>{NUMBER}) occ\s+{NUMBER} events/s"
    rf"  peak: tree (?P<tree>{NUMBER}) MiB, largest process (?P<largest>{NUMBER}) MiB, "
    rf"own (?P<own>{NUMBER}) MiB$",
    re.MULTILINE,
)
LABELS = (
    "floor: bare read, 1 process",
    "floor: bare read, 2 workers",
    "a. first sync into an empty store",
    "b. audit 12 months + cohort files (4 formats)",
    "c. second run, nothing changed (sync+audit)",
    "floor again: bare read, 2 workers",
)
BARE = "the bare read with 2 workers"
RATIOS = (
    r"^  the floor moved by [+-]\d+\.\d% between before and after the stages: "
    r"(the machine was steady|the machine's speed changed during the run, .*)$",
    rf"^  against the floor, {BARE} \(\d+\.\d s, the mean of before and after the stages\):$",
    rf"^    sync \(a\)\s+= \d+\.\d\dx {BARE}; target <= 1\.2x: (met|not met)$",
    rf"^    first run \(a\+b\) = \d+\.\d\dx {BARE}; target <= 1\.5x: (met|not met)$",
    r"^    rerun \(c\)\s+= \d+\.\d% of the first run \(a\+b\); target <= 15%: (met|not met)$",
    rf"^    peak memory\s+= {NUMBER} MiB \(stage [abc], whole process tree\); target <= 1,024 MiB"
    r" at 6 leaders \(1 GiB at 1,000, 1\.2 GiB at 10,000\): (met|not met)$",
)


def figure(text: str) -> int:
    return int(text.replace(",", ""))


@pytest.fixture(scope="module")
def printed(seed_model_file: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """What a 6-leader run with two workers and no baseline prints, the organisation kept."""
    home = tmp_path_factory.mktemp("org")
    with redirect_stdout(io.StringIO()) as out:
        run(leaders=6, baseline=0, keep=home, workers=2)
    return out.getvalue()


def test_every_step_prints_its_time_occurrences_and_peaks(printed: str) -> None:
    steps = {m["label"]: m for m in STEP.finditer(printed)}
    assert list(steps) == list(LABELS)
    for found in steps.values():
        assert figure(found["tree"]) >= figure(found["largest"]) > 0
        assert figure(found["own"]) > 0


def test_the_bare_read_finds_what_stage_a_stores(printed: str) -> None:
    """Same files, same windows: the libraries alone expand exactly the occurrences the sync
    keeps (the connector expands a day wider and cuts back to the window)."""
    counts = {m["label"]: figure(m["occ"]) for m in STEP.finditer(printed)}
    assert len(set(counts.values())) == 1
    assert counts[LABELS[2]] > 1000
    stored = counts[LABELS[2]]
    assert f"the bare read found {stored:,}, stage a stored {stored:,} (equal)" in printed


def test_the_ratios_and_the_peak_stand_beside_their_targets(printed: str) -> None:
    for ratio in RATIOS:
        assert re.search(ratio, printed, re.MULTILINE), ratio


def test_the_floor_is_the_mean_of_before_and_after_and_says_how_far_it_moved() -> None:
    def floor(seconds: float) -> Step:
        done = Done(seconds, 100)
        return Step("floor", done, TreePeak(1, 1))

    steady, said = bench_org.bracketed(floor(100.0), floor(102.0))
    assert steady.done.seconds == 101.0
    assert steady.done.occurrences == 100
    assert said == [
        "  the floor moved by +2.0% between before and after the stages: the machine was steady"
    ]
    drifted, said = bench_org.bracketed(floor(80.0), floor(100.0))
    assert drifted.done.seconds == 90.0
    assert "moved by +25.0%" in said[0] and "off by up to 12% either way" in said[0]


def test_a_kept_organisation_comes_with_the_command_to_time(printed: str) -> None:
    command = re.search(r"^    /usr/bin/time -v timeaudit --home (\S+) cohort (.*)$", printed, re.M)
    assert command is not None
    assert command[2] == "--from 2025-11-01 --to 2026-10-31"
    home = Path(command[1])
    assert "workers = 2" in (home / "config.toml").read_text()
    assert len(list((home / "cal").glob("*.ics"))) == 6


@pytest.mark.parametrize("zone", ZONES)
def test_the_floor_reads_over_the_window_stage_a_syncs(zone: str) -> None:
    start, end = PERIOD.bounds(zone)
    assert owner_window(zone) == (start.to_pydatetime(), end.to_pydatetime())


def test_the_tree_holds_every_descendant_and_their_memory() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in process_tree(os.getpid())
        peak = TreePeak()
        peak.sample(os.getpid())
        mine = memory_kib(os.getpid())
        assert mine is not None
        assert peak.tree_kib > mine[0]  # this process and the child
        assert peak.largest_kib >= mine[0]
    finally:
        child.kill()
        child.wait()


def test_a_step_whose_process_fails_says_which(tmp_path: Path) -> None:
    missing = (str(tmp_path / "missing.ics"), *owner_window("UTC"))
    with pytest.raises(SystemExit, match=r"^floor: the step's process failed \(exit code 1\)$"):
        measure("floor", floor_alone, [missing])


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--leaders", "4"], "--leaders: at least 5"),
        (["--workers", "0"], "--workers: 1 to 64"),
        (["--workers", "65"], "--workers: 1 to 64"),
    ],
)
def test_options_out_of_range_are_refused_before_anything_runs(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(argv)
    assert says in capsys.readouterr().err


def test_a_kept_folder_that_holds_a_store_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "timeaudit.sqlite").touch()
    with pytest.raises(SystemExit):
        main(["--keep", str(tmp_path)])
    assert f"--keep: {tmp_path} already holds a store" in capsys.readouterr().err


def test_a_sampled_floor_takes_every_kth_file_and_says_how_it_scales() -> None:
    jobs = [(f"f{i}.ics", datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC))
            for i in range(10)]  # fmt: skip
    picked, factor = bench_org.sampled(jobs, 3)
    assert [j[0] for j in picked] == ["f0.ics", "f4.ics", "f8.ics"]
    assert factor == pytest.approx(10 / 3)
    assert bench_org.sampled(jobs, 0) == (jobs, 1.0)
    assert bench_org.sampled(jobs, 10) == (jobs, 1.0)
