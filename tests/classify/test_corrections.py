"""Corrections end to end: label, re-run, changed report; the series by default, one
occurrence on request; owned by the person whose calendar it is; kept across re-syncs;
`review` walks the unsure tags with one key each; `evaluate` scores against true labels."""

from __future__ import annotations

import csv
import re
import shutil
from importlib.resources import files
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeaudit.cli.commands import main

SAMPLES = Path(str(files("timeaudit.samples")))
JONAS = "jonas.albrecht@northwind.example"
HELENA = "helena.marsh@northwind.example"
MARCUS = "marcus.bell@northwind.example"
CIRCLE = "25f2e83b4b114b947eda@northwind.example"  # "Architecture & direction circle", Jonas


@pytest.fixture
def home(tmp_path: Path, seed_model_file: Path) -> Path:
    """A home with the demo's config pointing at the bundled calendars, and the seed model
    already cached (fitting it is not what these tests are about)."""
    config = (SAMPLES / "demo.toml").read_text(encoding="utf-8")
    for ics in SAMPLES.glob("*.ics"):
        config = config.replace(f'"{ics.name}"', f'"{ics}"')
    (tmp_path / "config.toml").write_text(config, encoding="utf-8")
    (tmp_path / "models").mkdir()
    shutil.copy(seed_model_file, tmp_path / "models")
    return tmp_path


def run(home: Path, *args: str) -> Result:
    result = CliRunner().invoke(main, ["--home", str(home), *args])
    return result


def tags(home: Path, person: str, title: str) -> set[tuple[str, str]]:
    result = run(home, "events", "--no-sync", "--month", "2026-10", "--person", person)
    assert result.exit_code == 0, result.output
    return {
        (r["category"], r["reason"])
        for r in csv.DictReader(result.stdout.splitlines())
        if r["title"] == title
    }


def test_label_rerun_and_the_report_changes(home: Path) -> None:
    assert (
        run(
            home, "audit", "--month", "2026-10", "--person", JONAS, "--out", str(home / "before")
        ).exit_code
        == 0
    )
    before = (home / "before" / "Jonas-Albrecht-2026-10.md").read_text(encoding="utf-8")
    assert tags(home, JONAS, "Architecture & direction circle") != {("strategy", "your correction")}

    result = run(home, "label", CIRCLE, "--as", "strategy")
    assert result.exit_code == 0, result.output
    assert (
        result.stdout
        == "tagged 'Architecture & direction circle' as strategy: all 24 stored occurrences\n"
    )

    assert (
        run(
            home, "audit", "--month", "2026-10", "--person", JONAS, "--out", str(home / "after")
        ).exit_code
        == 0
    )
    after = (home / "after" / "Jonas-Albrecht-2026-10.md").read_text(encoding="utf-8")
    assert tags(home, JONAS, "Architecture & direction circle") == {("strategy", "your correction")}
    strategy_row = [line for line in after.splitlines() if line.startswith("| strategy |")]
    assert strategy_row != [line for line in before.splitlines() if line.startswith("| strategy |")]
    # the correction retrained Jonas's own model: a second model sits beside the seed model
    assert len(list((home / "models").glob("model-*.pkl"))) == 2


def test_corrections_survive_a_resync(home: Path) -> None:
    run(home, "events", "--month", "2026-10", "--person", JONAS)
    assert run(home, "label", CIRCLE, "--as", "strategy").exit_code == 0
    resync = run(home, "events", "--month", "2026-10", "--person", JONAS)
    assert "0 new, 0 changed, 0 removed" in resync.stderr
    assert tags(home, JONAS, "Architecture & direction circle") == {("strategy", "your correction")}


def test_one_occurrence_only_and_it_beats_the_series(home: Path) -> None:
    run(home, "events", "--month", "2026-10", "--person", JONAS)
    assert run(home, "label", CIRCLE, "--as", "strategy").exit_code == 0
    one = run(home, "label", CIRCLE, "--as", "execution", "--occurrence", "2026-10-16T08:00:00Z")
    assert one.stdout == (
        "tagged 'Architecture & direction circle' as execution: occurrence 2026-10-16T08:00:00Z\n"
    )
    result = run(home, "events", "--no-sync", "--month", "2026-10", "--person", JONAS)
    rows = [r for r in csv.DictReader(result.stdout.splitlines()) if r["uid"] == CIRCLE]
    assert {(r["recurrence_id"], r["category"]) for r in rows} == {
        ("2026-10-02T08:00:00Z", "strategy"),
        ("2026-10-16T08:00:00Z", "execution"),
        ("2026-10-30T09:00:00Z", "strategy"),
    }


def test_a_correction_belongs_to_the_person_whose_calendar_it_is(home: Path) -> None:
    """The Marcus <> Helena 1:1 is one UID on two calendars: correcting it for Marcus
    leaves Helena's tag alone."""
    run(home, "events", "--month", "2026-10")
    events = run(home, "events", "--no-sync", "--month", "2026-10", "--person", MARCUS)
    uid = next(
        r["uid"]
        for r in csv.DictReader(events.stdout.splitlines())
        if r["title"] == "Marcus <> Helena 1:1"
    )
    ambiguous = run(home, "label", uid, "--as", "execution")
    assert ambiguous.exit_code == 2
    assert (
        "is on several calendars" in ambiguous.stderr
        and "add --person or --source" in ambiguous.stderr
    )
    assert run(home, "label", uid, "--as", "execution", "--person", MARCUS).exit_code == 0
    assert tags(home, MARCUS, "Marcus <> Helena 1:1") == {("execution", "your correction")}
    assert all(
        reason != "your correction" for _, reason in tags(home, HELENA, "Marcus <> Helena 1:1")
    )


def test_label_errors_are_one_line(home: Path) -> None:
    missing = run(home, "label", "no-such-uid", "--as", "strategy")
    assert missing.exit_code == 2
    assert missing.stderr == (
        "timeaudit: error: no stored event with uid 'no-such-uid'; "
        "`timeaudit events` lists every uid\n"
    )
    bad = run(home, "label", CIRCLE, "--as", "meetings")
    assert bad.exit_code == 2 and "Invalid value for '--as'" in bad.stderr


def test_review_walks_unsure_tags_with_one_key_each(home: Path) -> None:
    # "x" means nothing (asked again), space skips the first, "s" tags the second as strategy;
    # then the input ends, which stops the walk at the third instead of asking forever
    result = CliRunner().invoke(
        main, ["--home", str(home), "review", "--month", "2026-10", "--person", JONAS], input="x s"
    )
    assert result.exit_code == 0, result.output
    assert "unknown key 'x'" in result.stdout
    assert result.stdout.count("guess: ") == 3
    assert re.search(
        r"labelled 1, skipped 1, of 3 shown; \d+ other events? changed$", result.stdout
    )
    corrected = run(home, "events", "--no-sync", "--month", "2026-10", "--person", JONAS)
    assert "your correction" in corrected.stdout


def test_review_of_throwaway_ics_needs_a_home(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "review",
            "--ics",
            str(SAMPLES / "lead-jonas-albrecht.ics"),
            "--owner",
            JONAS,
            "--month",
            "2026-10",
        ],
    )
    assert result.exit_code == 2
    assert result.stderr == (
        "timeaudit: error: corrections are kept in the store: "
        "add --home DIR so they outlive this run\n"
    )


def test_evaluate_by_event_and_by_description(home: Path) -> None:
    labels = Path(__file__).resolve().parents[2] / "evaluation"
    by_event = run(
        home,
        "evaluate",
        str(labels / "demo-labels-lead-jonas-albrecht.csv"),
        "--month",
        "2026-10",
        "--person",
        JONAS,
    )
    assert by_event.exit_code == 0, by_event.output
    assert by_event.stdout.startswith("events: 175   accuracy: ")
    assert "confusion matrix (rows: true, columns: tagged):" in by_event.stdout
    by_description = run(
        home, "evaluate", str(labels / "heldout.csv"), "--person", JONAS, "--month", "2026-10"
    )
    assert by_description.exit_code == 0, by_description.output
    assert by_description.stdout.startswith("events: 455   accuracy: ")
