"""The HR cohort view on the generated roster of tests/test_roster.py: numbers add up, shares
are weighted by hours, small groups are folded, and nobody can be singled out from any file
it writes, not even a team of one."""

from __future__ import annotations

import csv
import json
import random
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from click.testing import Result

from tests.config.test_roster import (
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
from tests.config.test_roster import run as run_cli
from timeaudit.audit.assess import PLANNING_SHARE, VERDICT_LABELS, share_col
from timeaudit.audit.cohort import (
    ALL_GROUP,
    OTHER_GROUP,
    PLANNING_MEDIAN,
    RED_GAP,
    cohort_table,
    cohort_tables,
    folded,
    group_keys,
    shown_groups,
    too_small_message,
    verdict_col,
)
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import ONE_ON_ONE_RED, AuditResult, run_audit
from timeaudit.categories import WORK
from timeaudit.config.load import load_config
from timeaudit.config.types import GROUPINGS, Person
from timeaudit.errors import ConfigError
from timeaudit.render.charts import VERDICT_COLOURS, verdict_bar_svg
from timeaudit.render.cohort import cohort_page, render_html
from timeaudit.store.sqlite import Store

MIN = 5
SOLO = 10  # put alone in a team of their own: the person an attacker tries to single out
SOLO_TEAM = "solo"
#: Two whole teams renamed in the roster: markup and a spreadsheet formula, both big enough
#: to be shown as groups of their own.
SCRIPT_TEAM = "<script>alert(1)</script>"
FORMULA_TEAM = '=HYPERLINK("x")'
HOSTILE_TEAMS = {"team-3": SCRIPT_TEAM, "team-4": FORMULA_TEAM}
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


def rename_teams(home: Path, names: dict[str, str]) -> None:
    csv_path = home / "people.csv"
    rows = list(csv.reader(csv_path.read_text(encoding="utf-8").splitlines()))
    for row in rows[1:]:
        row[6] = names.get(row[6], row[6])
    with csv_path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, lineterminator="\n").writerows(rows)


def cohort(home: Path, *args: str) -> Result:
    return run_cli(home, "cohort", "--month", MONTH, "--out", str(home / "cohort"), *args)


@pytest.fixture(scope="module")
def roster_cohort(tmp_path_factory: pytest.TempPathFactory, seed_model_file: Path) -> Cohort:
    home = tmp_path_factory.mktemp("cohort-home")
    write_home(home)
    rename_teams(home, HOSTILE_TEAMS)
    put_alone(home, SOLO, SOLO_TEAM)
    (home / "models").mkdir()
    shutil.copy(seed_model_file, home / "models")
    fmts = ("--format", "csv", "--format", "json", "--format", "md", "--format", "html")
    result = cohort(home, *fmts)
    config = load_config(home / "config.toml")
    people = tuple(p for p in config.people if not p.opted_out)
    with Store(home / "timeaudit.sqlite") as store:
        audit = run_audit(
            store, config, people, Period.month(MONTH), do_sync=False, trend_months=1,
            cache_dir=home / "models",
        )  # fmt: skip
    return Cohort(home, result, audit, people)


class _Tables(HTMLParser):
    """The text of every table cell, table by table and row by row."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append("".join(self.cell).strip())
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def html_tables(text: str) -> list[list[dict[str, str]]]:
    """Each table of the page as rows keyed by header; the first column is ``group``."""
    parser = _Tables()
    parser.feed(text)
    return [
        [dict(zip(["group", *head[1:]], row, strict=True)) for row in body]
        for head, *body in parser.tables
    ]


def tables_of(path: Path) -> list[list[dict[str, object]]]:
    """The group rows of a written cohort file, whatever its format: one table per grouping
    and kind of table (the HTML page holds two per grouping)."""
    if path.suffix == ".html":
        tables: list[list[dict[str, object]]] = [
            [dict(row) for row in rows] for rows in html_tables(path.read_text(encoding="utf-8"))
        ]
        return tables
    return [rows_of(path)]


def rows_of(path: Path) -> list[dict[str, object]]:
    """The group rows of a written cohort file of one grouping (csv, json or md)."""
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
    # the roster's broken and missing calendars fail their sources: said, after the files
    assert roster_cohort.cli.exit_code == 1, roster_cohort.cli.output
    last = roster_cohort.cli.stderr.splitlines()[-1]
    assert last.startswith("timeaudit: error: 2 sources failed"), last
    names = [p.name for p in roster_cohort.files]
    expected = [f"cohort-{MONTH}-{by}.{fmt}" for by in GROUPINGS for fmt in ("csv", "json", "md")]
    assert names == sorted([*expected, f"cohort-{MONTH}.html"])  # one page for all groupings
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
    table = cohort_table(roster_cohort.result.assessment, roster_cohort.people, by, MIN)
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
    table = cohort_table(result.assessment, [replace(p, team="t") for p in people], "team", MIN)
    everyone = table[table["group"] == ALL_GROUP].iloc[0]
    assert everyone[share_col(WORK[0])] == 90.0  # 36 of 40 hours, not the mean share of 20%
    assert everyone[share_col(WORK[2])] == 10.0
    assert everyone["work_hours"] == 40.0


def test_all_row_shares_match_the_assessment(roster_cohort: Cohort) -> None:
    frame = roster_cohort.result.assessment
    table = cohort_table(roster_cohort.result.assessment, roster_cohort.people, "role", MIN)
    everyone = table[table["group"] == ALL_GROUP].iloc[0]
    for cat in WORK:
        expected = 100 * frame[cat].sum() / frame["work_hours"].sum()
        assert everyone[share_col(cat)] == pytest.approx(expected, abs=0.05)


# -- privacy ---------------------------------------------------------------------------------
def test_small_groups_are_folded_into_other(roster_cohort: Cohort) -> None:
    by_role = cohort_table(roster_cohort.result.assessment, roster_cohort.people, "role", MIN)
    # the chief (the only executive) and the four senior leaders share "other"
    assert list(by_role["group"]) == ["manager", OTHER_GROUP, ALL_GROUP]
    assert list(by_role["people"]) == [AUDITED - 5, 5, AUDITED]
    by_team = cohort_table(roster_cohort.result.assessment, roster_cohort.people, "team", MIN)
    assert SOLO_TEAM not in set(by_team["group"])
    assert "(no team)" not in set(by_team["group"])  # the chief alone: folded too
    other = by_team[by_team["group"] == OTHER_GROUP]
    assert int(other["people"].iloc[0]) >= MIN  # so a further team joined solo and the chief


def test_a_team_of_one_cannot_be_singled_out_from_any_file(roster_cohort: Cohort) -> None:
    assert roster_cohort.files
    tables = [(path, rows) for path in roster_cohort.files for rows in tables_of(path)]
    assert len(tables) == 3 * 3 + 3 * 3  # csv, json, md per grouping; three tables each in html
    for path, rows in tables:
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
    table = cohort_table(roster_cohort.result.assessment, roster_cohort.people, "manager", MIN)
    numbers = sorted(int(g[8:]) for g in table["group"] if str(g).startswith("manager-"))
    assert numbers == list(range(1, len(numbers) + 1))


# -- the HTML page -----------------------------------------------------------------------------
def html_page(roster_cohort: Cohort) -> str:
    return (roster_cohort.home / "cohort" / f"cohort-{MONTH}.html").read_text(encoding="utf-8")


def test_the_page_shows_exactly_the_cohort_tables(roster_cohort: Cohort) -> None:
    tables = html_tables(html_page(roster_cohort))
    assert len(tables) == 3 * len(GROUPINGS)
    for by, shares, verdicts, rhythm in zip(
        GROUPINGS, tables[::3], tables[1::3], tables[2::3], strict=True
    ):
        expected = cohort_table(roster_cohort.result.assessment, roster_cohort.people, by, MIN)
        assert [r["group"] for r in shares] == list(expected["group"])
        assert [r["group"] for r in verdicts] == list(expected["group"])
        for row, (_, want) in zip(shares, expected.iterrows(), strict=True):
            assert int(row["people"]) == want["people"]
            assert float(row["work hours"].replace(",", "")) == pytest.approx(
                want["work_hours"], abs=0.05
            )
            for cat in WORK:
                assert row[cat] == f"{want[share_col(cat)]:.1f}%"
        for row, (_, want) in zip(verdicts, expected.iterrows(), strict=True):
            for verdict, label in VERDICT_LABELS.items():
                assert int(row[label]) == want[verdict_col(verdict)]
            assert row["spread"].startswith(f"Verdicts of {want['people']} people: ")  # title
        for row, (_, want) in zip(rhythm, expected.iterrows(), strict=True):
            red = want[RED_GAP]
            shown = "–" if pd.isna(red) else f"{red:.1f}%"
            assert row["managers with a red 1:1 gap"] == shown


def test_the_page_says_the_minimum_group_size_and_folding(roster_cohort: Cohort) -> None:
    page = html_page(roster_cohort)
    assert f"Minimum group size: {MIN}. Groups of fewer than {MIN} people are folded" in page
    assert "folded into &#34;other&#34;" in page  # escaped like every value
    assert [f"<h2>By {by}</h2>" in page for by in GROUPINGS] == [True] * len(GROUPINGS)


def test_the_page_is_self_contained_and_locked_down(roster_cohort: Cohort) -> None:
    page = html_page(roster_cohort)
    assert "Content-Security-Policy" in page
    assert "default-src 'none'" in page
    lowered = page.lower()
    for needle in ("<script", "<link", "<img", "<iframe", "src=", "@import", "url(http"):
        assert needle not in lowered, needle
    hrefs = [part.split('"')[1] for part in lowered.split("href=")[1:]]
    assert all(h.startswith("#") for h in hrefs), hrefs
    assert '<style media="print">' in page


def test_hostile_team_names_are_shown_as_text_only(roster_cohort: Cohort) -> None:
    page = html_page(roster_cohort)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page.lower()
    groups = {r["group"] for r in html_tables(page)[3]}  # the team table (three per grouping)
    assert {SCRIPT_TEAM, FORMULA_TEAM} <= groups  # shown, as the very text of the roster
    csv_rows = rows_of(roster_cohort.home / "cohort" / f"cohort-{MONTH}-team.csv")
    csv_groups = {str(r["group"]) for r in csv_rows}
    assert "'" + FORMULA_TEAM in csv_groups  # a spreadsheet shows it, never evaluates it
    assert FORMULA_TEAM not in csv_groups
    markdown = (roster_cohort.home / "cohort" / f"cohort-{MONTH}-team.md").read_text("utf-8")
    assert not re.search(r"(?<!\\)[<>]", markdown)  # every angle bracket escaped
    assert "\\<script\\>alert\\(1\\)\\</script\\>" in markdown
    document = json.loads(
        (roster_cohort.home / "cohort" / f"cohort-{MONTH}-team.json").read_text("utf-8")
    )
    assert {SCRIPT_TEAM, FORMULA_TEAM} <= {g["group"] for g in document["groups"]}


def test_the_page_is_the_same_every_time(roster_cohort: Cohort) -> None:
    tables = {
        by: cohort_table(roster_cohort.result.assessment, roster_cohort.people, by, MIN)
        for by in GROUPINGS
    }
    pages = [
        render_html(cohort_page(tables, MONTH, MIN, verdict_bar_svg), VERDICT_COLOURS)
        for _ in range(2)
    ]
    assert pages[0] == pages[1]
    assert pages[0] == html_page(roster_cohort)


def test_only_cohort_table_values_reach_the_page(roster_cohort: Cohort) -> None:
    """The page is built from the tables alone: tables without a group's members give
    the same page, whoever is in the config."""
    tables = {
        "team": cohort_table(roster_cohort.result.assessment, roster_cohort.people, "team", MIN)
    }
    seen: list[list[tuple[str, str, int]]] = []

    def bar(counts: Sequence[tuple[str, str, int]]) -> str:
        seen.append(list(counts))
        return "<svg><title>bar</title></svg>"

    page = cohort_page(tables, MONTH, MIN, bar)
    assert [row.group for row in page.sections[0].rows] == list(tables["team"]["group"])
    for counts in seen:
        assert [v for v, _, _ in counts] == list(VERDICT_LABELS)
    with pytest.raises(ValueError, match="not self-contained"):
        render_html(cohort_page(tables, MONTH, MIN, lambda _: "<svg><script/></svg>"), {})


def test_verdict_bar_draws_no_text_and_titles_the_counts() -> None:
    counts = [("fits", "fits", 3), ("off-target", "off target", 2), ("no-data", "none", 0)]
    svg = verdict_bar_svg(counts)
    assert svg == verdict_bar_svg(counts)
    assert svg.startswith("<svg ")
    assert "<title>Verdicts of 5 people: 3 fits, 2 off target</title>" in svg
    assert "<text" not in svg and "<style" not in svg and "<!--" not in svg
    assert VERDICT_COLOURS["fits"].lower() in svg
    assert VERDICT_COLOURS["no-data"].lower() not in svg  # an empty verdict draws nothing


def test_html_is_only_written_when_asked_for(roster_cohort: Cohort, tmp_path: Path) -> None:
    result = run_cli(
        roster_cohort.home, "cohort", "--month", MONTH, "--no-sync", "--by", "role",
        "--format", "html", "--out", str(tmp_path),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [p.name for p in tmp_path.iterdir()] == [f"cohort-{MONTH}.html"]
    tables = html_tables((tmp_path / f"cohort-{MONTH}.html").read_text(encoding="utf-8"))
    assert len(tables) == 3  # one grouping: its shares, its verdicts and its rhythm


def test_groups_are_listed_in_natural_order(roster_cohort: Cohort) -> None:
    people = roster_cohort.people[: 2 * MIN]
    teams = [replace(p, team="team-10" if i % 2 else "team-9") for i, p in enumerate(people)]
    hours = pd.DataFrame(1.0, index=[p.email for p in people], columns=list(WORK))
    assessment = hours.assign(work_hours=hours.sum(axis=1), verdict="fits")
    result = replace(roster_cohort.result, assessment=assessment)
    table = cohort_table(result.assessment, teams, "team", MIN)
    assert list(table["group"]) == ["team-9", "team-10", ALL_GROUP]


# -- subtracting one file from another ---------------------------------------------------
def leaks(groups: dict[str, pd.Series], min_group: int) -> list[str]:
    """Every way to single out fewer than ``min_group`` people by taking one shown set
    (a group, or everyone outside it) from a set of another grouping that contains it."""
    everyone = frozenset(groups[GROUPINGS[0]].index)
    family = {
        (by, kind, g): frozenset(members if kind == "in" else everyone - members)
        for by, series in groups.items()
        for g in set(series)
        for members in [frozenset(series[series == g].index)]
        for kind in ("in", "out")
    }
    found = []
    for (a, *_), small in family.items():
        for (b, *rest), big in family.items():
            if a != b and small <= big and 0 < len(big - small) < min_group:
                found.append(f"{b} {rest} minus a set of {a} leaves {sorted(big - small)}")
    return found


def person_in(i: int, role: str, team: str, manager: str = "") -> Person:
    return Person(f"p{i}@example.com", "", role, "UTC", team=team, manager=manager)


def test_a_team_minus_its_managers_reports_cannot_be_the_manager() -> None:
    boss = person_in(0, "senior-leader", "platform")
    crew = [person_in(i, "manager", "platform", boss.email) for i in range(1, 6)]
    others = [person_in(i, "manager" if i % 2 else "executive", f"team-{i % 3}")
              for i in range(6, 30)]  # fmt: skip
    people = [boss, *crew, *others]
    emails = pd.Index([p.email for p in people])
    keys = {by: folded(group_keys(people, by).reindex(emails), MIN) for by in GROUPINGS}
    assert leaks(keys, MIN)  # folding each file on its own leaves the boss exposed
    shown = shown_groups(emails, people, MIN)
    assert leaks(shown, MIN) == []
    assert "platform" in set(shown["team"])  # the team is still shown...
    assert set(shown["manager"]) == {OTHER_GROUP}  # ...so the boss's reports are not


@pytest.mark.parametrize("seed", range(12))
def test_no_two_files_of_a_random_organisation_can_be_subtracted(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(12, 90)
    bosses = [f"p{i}@example.com" for i in range(max(1, n // 8))]
    people = [
        person_in(
            i,
            rng.choice(["executive", "senior-leader", "manager"]),
            f"team-{rng.randint(0, max(1, n // 9))}",
            rng.choice(bosses) if i >= len(bosses) else "",
        )
        for i in range(n)
    ]
    emails = pd.Index([p.email for p in people])
    for min_group in (3, 5, 8):
        assert leaks(shown_groups(emails, people, min_group), min_group) == []


def test_the_roster_cohort_files_cannot_be_subtracted_either(roster_cohort: Cohort) -> None:
    shown = shown_groups(roster_cohort.result.assessment.index, roster_cohort.people, MIN)
    assert leaks(shown, MIN) == []


def test_the_folding_rule_reads_right_at_a_minimum_of_one() -> None:
    from timeaudit.render.cohort import folding_rule

    assert folding_rule(1) == "Every group is shown, however small (settings.min_group_size is 1)."
    assert folding_rule(5).startswith('Groups of fewer than 5 people are folded into "other"')


# -- the share of managers with a red 1:1 gap ---------------------------------------------------
def _org(seed: int) -> tuple[list[Person], pd.DataFrame]:
    """A random organisation and its figures: about a third have direct reports, each of
    them red on 1:1s or not (NaN for everyone else)."""
    rng = random.Random(seed)
    n = rng.randint(15, 90)
    bosses = [f"p{i}@example.com" for i in range(max(2, n // 6))]
    people = [
        person_in(
            i,
            rng.choice(["executive", "senior-leader", "manager"]),
            f"team-{rng.randint(0, max(1, n // 10))}",
            rng.choice(bosses) if i >= len(bosses) else "",
        )
        for i in range(n)
    ]
    emails = [p.email for p in people]
    red = [float(rng.random() < 0.4) if rng.random() < 0.35 else float("nan") for _ in people]
    figures = pd.DataFrame(
        {**{c: [rng.uniform(1, 30) for _ in people] for c in WORK}, ONE_ON_ONE_RED: red},
        index=pd.Index(emails, name="owner"),
    )
    figures["work_hours"] = figures[list(WORK)].sum(axis=1)
    figures["verdict"] = "fits"
    figures[PLANNING_SHARE] = [rng.uniform(0, 60) for _ in people]
    return people, figures


def _manager_sets(
    people: list[Person], figures: pd.DataFrame, min_group: int
) -> dict[tuple[str, str], tuple[frozenset[str], float | None]]:
    """(grouping, group) -> (its managers, the red-gap share its row shows), every row."""
    shown = shown_groups(figures.index, people, min_group)
    tables = cohort_tables(figures, people, GROUPINGS, min_group)
    managers = figures.index[figures[ONE_ON_ONE_RED].notna()]
    out = {}
    for by in GROUPINGS:
        groups = shown[by]
        for _, row in tables[by].iterrows():
            name = str(row["group"])
            value = None if pd.isna(row[RED_GAP]) else float(row[RED_GAP])
            if name == ALL_GROUP:
                members = frozenset(managers)
            elif by == "manager":  # renumbered: match the row by its people instead
                continue
            else:
                members = frozenset(groups[groups == name].index) & frozenset(managers)
            out[(by, name)] = (members, value)
    return out


@pytest.mark.parametrize("seed", range(10))
def test_the_red_gap_share_is_of_the_groups_managers(seed: int) -> None:
    people, figures = _org(seed)
    for (_, _), (members, value) in _manager_sets(people, figures, MIN).items():
        if value is None:
            continue
        assert len(members) >= MIN
        red = figures.loc[sorted(members), ONE_ON_ONE_RED]
        assert value == round(100.0 * float(red.mean()), 1)


@pytest.mark.parametrize("seed", range(10))
def test_no_two_red_gap_shares_can_be_subtracted(seed: int) -> None:
    """Shown shares speak for at least MIN managers, and no two of them (across groupings
    and "all") differ by fewer than MIN managers but some, in or out."""
    people, figures = _org(seed)
    for min_group in (3, 5):
        rows = _manager_sets(people, figures, min_group)
        visible = [m for m, value in rows.values() if value is not None]
        everyone = frozenset(figures.index[figures[ONE_ON_ONE_RED].notna()])
        for a in visible:
            assert len(a) >= min_group
            for b in visible:
                if a < b:
                    assert len(b - a) >= min_group, (sorted(a), sorted(b))
                if not a & b and a | b != everyone:
                    assert len(everyone - a - b) >= min_group


def test_a_group_with_too_few_managers_shows_no_red_gap_share() -> None:
    people, figures = _org(3)
    figures[ONE_ON_ONE_RED] = [1.0, 1.0] + [float("nan")] * (len(figures) - 2)  # two managers
    tables = cohort_tables(figures, people, GROUPINGS, MIN)
    assert all(tables[by][RED_GAP].isna().all() for by in GROUPINGS)


@pytest.mark.parametrize("seed", range(5))
def test_the_median_planning_share_is_of_the_groups_people_with_work_hours(seed: int) -> None:
    people, figures = _org(seed)
    figures.loc[figures.index[0], "work_hours"] = 0.0  # no work hours: left out
    shown = shown_groups(figures.index, people, MIN)
    tables = cohort_tables(figures, people, GROUPINGS, MIN)
    worked = figures[figures["work_hours"] > 0]
    for by in ("role", "team"):
        for _, row in tables[by].iterrows():
            name = str(row["group"])
            members = (
                worked if name == ALL_GROUP else worked[shown[by].reindex(worked.index) == name]
            )
            expected = round(float(members[PLANNING_SHARE].median()), 1)
            assert row[PLANNING_MEDIAN] == expected, (by, name)
