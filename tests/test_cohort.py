"""The HR cohort view on the generated roster of tests/test_roster.py: numbers add up, shares
are weighted by hours, small groups are folded, and nobody can be singled out from any file
it writes, not even a team of one."""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
import pytest
from click.testing import Result

from tests.test_roster import (
    CHIEF,
    MONTH,
    OPTED_OUT,
    PEOPLE,
    Meeting,
    calendar_for,
    email,
    write_home,
    write_ics,
)
from tests.test_roster import run as run_cli
from timeaudit.assess import VERDICT_LABELS, share_col
from timeaudit.audit import AuditResult, Period, run_audit
from timeaudit.categories import WORK
from timeaudit.cohort import (
    ALL_GROUP,
    GROUPINGS,
    OTHER_GROUP,
    cohort_table,
    too_small_message,
    verdict_col,
)
from timeaudit.config import Person, load_config
from timeaudit.errors import ConfigError
from timeaudit.store import Store

MIN = 5
SOLO = 10  # put alone in a team of their own: the person an attacker tries to single out
SOLO_TEAM = "solo"
AUDITED = PEOPLE + 1 - len(OPTED_OUT)  # the roster, the chief, minus the opted-out


@dataclass(frozen=True)
class Cohort:
    home: Path
    cli: Result
    result: AuditResult
    people: tuple[Person, ...]

    @property
    def files(self) -> list[Path]:
        return sorted((self.home / "cohort").iterdir())


def put_alone(home: Path, i: int, team: str) -> None:
    csv_path = home / "people.csv"
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    fields = [line.split(",") for line in lines]
    for row in fields:
        if row[0] == email(i):
            row[6] = team
    csv_path.write_text("\n".join(",".join(r) for r in fields) + "\n", encoding="utf-8")


def cohort(home: Path, *args: str) -> Result:
    return run_cli(home, "cohort", "--month", MONTH, "--out", str(home / "cohort"), *args)


@pytest.fixture(scope="module")
def roster_cohort(tmp_path_factory: pytest.TempPathFactory, seed_model_file: Path) -> Cohort:
    home = tmp_path_factory.mktemp("cohort-home")
    write_home(home)
    put_alone(home, SOLO, SOLO_TEAM)
    (home / "models").mkdir()
    shutil.copy(seed_model_file, home / "models")
    fmts = ("--format", "csv", "--format", "json", "--format", "md")
    result = cohort(home, *fmts)
    config = load_config(home / "config.toml")
    people = tuple(p for p in config.people if not p.opted_out)
    with Store(home / "timeaudit.sqlite") as store:
        audit = run_audit(
            store, config, people, Period.month(MONTH), do_sync=False, trend_months=1,
            cache_dir=home / "models",
        )  # fmt: skip
    return Cohort(home, result, audit, people)


def rows_of(path: Path) -> list[dict[str, object]]:
    """The group rows of a written cohort file, whatever its format."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".csv":
        return list(csv.DictReader(text.splitlines()))
    if path.suffix == ".json":
        return list(json.loads(text)["groups"])
    lines = [line for line in text.splitlines() if line.startswith("| ")]
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    body = lines[1 : lines.index(next(x for x in lines[1:] if x.startswith("| verdict ")))]
    return [
        dict(zip(header, (c.strip() for c in r.strip("|").split("|")), strict=True)) for r in body
    ]


# -- the command ---------------------------------------------------------------------------
def test_cohort_writes_one_file_per_grouping_and_format(roster_cohort: Cohort) -> None:
    assert roster_cohort.cli.exit_code == 0, roster_cohort.cli.output
    names = [p.name for p in roster_cohort.files]
    expected = [f"cohort-{MONTH}-{by}.{fmt}" for by in GROUPINGS for fmt in ("csv", "json", "md")]
    assert names == sorted(expected)
    printed = [
        line for line in roster_cohort.cli.stdout.splitlines() if line.startswith("cohort: ")
    ]
    assert sorted(printed) == sorted(f"cohort: {p}" for p in roster_cohort.files)


def test_cohort_defaults_to_csv_and_md(roster_cohort: Cohort, tmp_path: Path) -> None:
    result = run_cli(
        roster_cohort.home, "cohort", "--month", MONTH, "--no-sync", "--by", "team",
        "--out", str(tmp_path),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"cohort-{MONTH}-team.csv",
        f"cohort-{MONTH}-team.md",
    ]


# -- the numbers -----------------------------------------------------------------------------
@pytest.mark.parametrize("by", GROUPINGS)
def test_group_numbers_add_up_to_the_all_row(roster_cohort: Cohort, by: str) -> None:
    table = cohort_table(roster_cohort.result, roster_cohort.people, by, MIN)
    groups, everyone = table[table["group"] != ALL_GROUP], table[table["group"] == ALL_GROUP]
    assert int(everyone["people"].iloc[0]) == AUDITED  # opted-out people are not in it
    assert groups["people"].sum() == AUDITED
    assert groups["work_hours"].sum() == pytest.approx(everyone["work_hours"].iloc[0], abs=0.05)
    for verdict in VERDICT_LABELS:
        col = verdict_col(verdict)
        assert groups[col].sum() == everyone[col].iloc[0]
    assert sum(int(everyone[verdict_col(v)].iloc[0]) for v in VERDICT_LABELS) == AUDITED


def test_shares_are_weighted_by_hours_not_averaged(roster_cohort: Cohort) -> None:
    people = roster_cohort.people[:MIN]
    hours = pd.DataFrame(0.0, index=[p.email for p in people], columns=list(WORK))
    hours.loc[people[0].email, WORK[0]] = 36.0  # one busy strategist...
    for p in people[1:]:
        hours.loc[p.email, WORK[2]] = 1.0  # ...and four who spent an hour on execution
    assessment = hours.assign(work_hours=hours.sum(axis=1), verdict="fits")
    result = replace(roster_cohort.result, assessment=assessment)
    table = cohort_table(result, [replace(p, team="t") for p in people], "team", MIN)
    everyone = table[table["group"] == ALL_GROUP].iloc[0]
    assert everyone[share_col(WORK[0])] == 90.0  # 36 of 40 hours, not the mean share of 20%
    assert everyone[share_col(WORK[2])] == 10.0
    assert everyone["work_hours"] == 40.0


def test_all_row_shares_match_the_assessment(roster_cohort: Cohort) -> None:
    frame = roster_cohort.result.assessment
    table = cohort_table(roster_cohort.result, roster_cohort.people, "role", MIN)
    everyone = table[table["group"] == ALL_GROUP].iloc[0]
    for cat in WORK:
        expected = 100 * frame[cat].sum() / frame["work_hours"].sum()
        assert everyone[share_col(cat)] == pytest.approx(expected, abs=0.05)


# -- privacy ---------------------------------------------------------------------------------
def test_small_groups_are_folded_into_other(roster_cohort: Cohort) -> None:
    by_role = cohort_table(roster_cohort.result, roster_cohort.people, "role", MIN)
    # the chief (the only executive) and the four senior leaders share "other"
    assert list(by_role["group"]) == ["manager", OTHER_GROUP, ALL_GROUP]
    assert list(by_role["people"]) == [AUDITED - 5, 5, AUDITED]
    by_team = cohort_table(roster_cohort.result, roster_cohort.people, "team", MIN)
    assert SOLO_TEAM not in set(by_team["group"])
    assert "(no team)" not in set(by_team["group"])  # the chief alone: folded too
    other = by_team[by_team["group"] == OTHER_GROUP]
    assert int(other["people"].iloc[0]) >= MIN  # so a further team joined solo and the chief


def test_a_team_of_one_cannot_be_singled_out_from_any_file(roster_cohort: Cohort) -> None:
    assert roster_cohort.files
    for path in roster_cohort.files:
        rows = rows_of(path)
        assert rows, path
        everyone = next(int(str(r["people"])) for r in rows if r["group"] == ALL_GROUP)
        named = [r for r in rows if r["group"] not in (ALL_GROUP, OTHER_GROUP)]
        for row in rows:
            assert int(str(row["people"])) >= MIN, (path, row)
            assert row["group"] != SOLO_TEAM, path
        rest = everyone - sum(int(str(r["people"])) for r in named)
        assert rest == 0 or rest >= MIN, (path, rest)
        assert SOLO_TEAM not in path.read_text(encoding="utf-8")


def test_picking_people_to_subtract_is_refused(roster_cohort: Cohort) -> None:
    result = cohort(roster_cohort.home, "--no-sync", "--person", email(SOLO))
    assert result.exit_code == 2
    assert result.output == (
        "timeaudit: error: --person: the cohort always covers everyone in the config; two runs "
        "over different people could be subtracted to single one out\n"
    )


def test_no_email_name_or_title_appears_in_any_file(roster_cohort: Cohort) -> None:
    secrets = {CHIEF, "The Chief", "advisor@example.com", "Board prep", "@"}
    for i in range(PEOPLE):
        secrets |= {email(i), f"Person {i}", email(i).split("@")[0]}
        secrets |= {m.title for m in calendar_for(i)}
    for path in roster_cohort.files:
        text = path.read_text(encoding="utf-8")
        found = sorted(s for s in secrets if s in text)
        assert not found, (path, found)


# -- the setting -----------------------------------------------------------------------------
def with_setting(home: Path, tmp_path: Path, line: str) -> Path:
    copy = tmp_path / "home"
    shutil.copytree(home, copy, ignore=shutil.ignore_patterns("cohort"))
    config = copy / "config.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("[settings]\n", f"[settings]\n{line}\n", 1), encoding="utf-8")
    return copy


def test_min_group_size_from_the_config_is_honoured(roster_cohort: Cohort, tmp_path: Path) -> None:
    home = with_setting(roster_cohort.home, tmp_path, "min_group_size = 12")
    assert load_config(home / "config.toml").settings.min_group_size == 12
    result = cohort(home, "--no-sync", "--by", "team", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = rows_of(home / "cohort" / f"cohort-{MONTH}-team.csv")
    assert all(int(str(r["people"])) >= 12 for r in rows)
    assert OTHER_GROUP in [r["group"] for r in rows]  # teams of about ten are folded now


def test_a_cohort_smaller_than_the_minimum_shows_nothing(
    roster_cohort: Cohort, tmp_path: Path
) -> None:
    home = with_setting(roster_cohort.home, tmp_path, "min_group_size = 100")
    result = cohort(home, "--no-sync")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{too_small_message(100)}\n"
    assert not (home / "cohort").exists()


def test_one_ics_calendar_is_too_small_a_cohort(seed_model_file: Path, tmp_path: Path) -> None:
    ics = write_ics(tmp_path / "a.ics", "ana@example.com", [Meeting("Planning", 5, 2.0)])
    (tmp_path / "home" / "models").mkdir(parents=True)
    shutil.copy(seed_model_file, tmp_path / "home" / "models")
    result = run_cli(
        tmp_path / "home", "cohort", "--month", MONTH, "--ics", str(ics),
        "--owner", "ana@example.com", "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "the cohort has fewer than 5 people (settings.min_group_size): nothing is shown, "
        "so nobody can be singled out\n"
    )
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("value", ["0", "1001", "2.5", '"five"', "true"])
def test_min_group_size_is_validated(roster_cohort: Cohort, tmp_path: Path, value: str) -> None:
    home = with_setting(roster_cohort.home, tmp_path, f"min_group_size = {value}")
    with pytest.raises(ConfigError) as caught:
        load_config(home / "config.toml")
    shown = {"0": "0", "1001": "1001", "2.5": "2.5", '"five"': "'five'", "true": "True"}[value]
    assert caught.value.problems == [
        f"settings.min_group_size: must be a whole number from 1 to 1000, not {shown}"
    ]


def test_manager_numbers_have_no_gaps_that_reveal_a_folded_group(roster_cohort: Cohort) -> None:
    table = cohort_table(roster_cohort.result, roster_cohort.people, "manager", MIN)
    numbers = sorted(int(g[8:]) for g in table["group"] if str(g).startswith("manager-"))
    assert numbers == list(range(1, len(numbers) + 1))
