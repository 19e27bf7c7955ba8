"""`timeaudit team --team NAME`: the leadership-team dashboard, end to end over
tests/data/team/ (five members, three of whom agreed to be shown by name), and its consent
rule: nobody who did not agree is named anywhere on the page, not even as someone else's
report behind on 1:1s."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeaudit.app import runs
from timeaudit.app.session import Selection
from timeaudit.audit.periods import Period
from timeaudit.cli.commands import main
from timeaudit.config.paths import Paths
from timeaudit.render.team import team_view
from timeaudit.render.view import person_view

DATA = Path(__file__).parent / "data" / "team"
TODAY = date(2026, 11, 2)
NOT_SHOWN = ("Cy Cole", "cy@example.com", "Dee Dunn", "dee@example.com")


@dataclass(frozen=True)
class Team:
    home: Path
    cli: Result
    output: runs.TeamOutput

    def text(self, fmt: str) -> str:
        return (self.home / "out" / f"team-leadership-2026-10.{fmt}").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Team:
    home = tmp_path_factory.mktemp("team")
    for item in DATA.iterdir():
        shutil.copy(item, home / item.name)
    args = ["--home", str(home), "--config", str(home / "timeaudit.toml"), "team"]
    cli = CliRunner().invoke(
        main, [*args, "--team", "leadership", "--month", "2026-10", "--out", str(home / "out")]
    )
    selection = Selection(Paths(home / "timeaudit.toml", home), teams=("leadership",))
    output = runs.team(selection, Period.month("2026-10"), home / "again", sync=False, today=TODAY)
    return Team(home, cli, output)


def test_the_command_writes_one_page_per_format(team: Team) -> None:
    assert team.cli.exit_code == 0, team.cli.output
    out = team.home / "out"
    assert f"team dashboard: {out / 'team-leadership-2026-10.html'}" in team.cli.output
    assert sorted(p.name for p in out.iterdir()) == [
        "team-leadership-2026-10.html",
        "team-leadership-2026-10.md",
    ]


def test_only_members_who_agreed_are_named(team: Team) -> None:
    (view,) = team.output.views
    assert [r.name for r in view.rows][:2] == ["Ana Alves", "Bo Berg"]
    assert len(view.rows) == 3 and view.rows[2].name.startswith("Ed <b>Ward</b>")
    assert (view.members, view.unnamed) == (5, 2)
    for fmt in ("html", "md"):
        text = team.text(fmt)
        for hidden in NOT_SHOWN:
            assert hidden not in text, (fmt, hidden)


def test_a_report_behind_on_1_1s_is_named_only_with_consent(team: Team) -> None:
    """Ana's reports are Bo, Cy, Dee and Ed; those behind on 1:1s appear on her row by name
    only if they agreed, the others as a count with their status."""
    ana = team.output.views[0].rows[0]
    view = person_view(team.output.result, team.output.result.people[0], today=TODAY)
    behind = {r.email: r.status for r in view.one_on_ones.behind}
    named = [
        f"{r.name} ({r.status})"
        for r in view.one_on_ones.behind
        if r.email != "dee@example.com" and r.email != "cy@example.com"
    ]
    hidden = [s for e, s in behind.items() if e in ("cy@example.com", "dee@example.com")]
    assert hidden, "the data must have a report who did not agree behind on 1:1s"
    count = f"{len(hidden)} report{'s' if len(hidden) > 1 else ''}"
    expected = [*named, f"{count} not shown by name ({', '.join(hidden)})"]
    assert list(ana.behind) == expected


def test_each_row_says_what_the_members_own_report_says(team: Team) -> None:
    result = team.output.result
    reports = {p.name: person_view(result, p, today=TODAY) for p in result.people}
    for row in team.output.views[0].rows:
        report = reports[row.name]
        assert (row.headline, row.reason) == (report.verdict_headline, report.verdict_reason)
        assert [(c.category, c.share, c.fit) for c in row.split] == [
            (r.category, r.share, r.fit) for r in report.split
        ]
        assert row.work_hours == report.coverage.work_hours
        items = report.rhythm_items
        assert row.rhythm == (items.summary if items.items else "no rhythm found")
        assert row.rhythm_behind == tuple(f"{i.name} ({i.status})" for i in items.behind)
    leadership = [r for r in team.output.views[0].rows if r.rhythm_status]
    assert leadership, "the weekly leadership team meeting is a rhythm item of someone shown"


def test_unnamed_verdicts_are_counted_only_for_a_big_enough_group(team: Team) -> None:
    """Two unnamed members, settings.min_group_size = 2: their verdicts are shown together;
    with a minimum of 3 they are not, so no single verdict can be read off the page."""
    result = team.output.result
    views = [(person_view(result, p, today=TODAY), p.share_named) for p in result.people]
    hidden = [v.verdict_label for v, ok in views if not ok]
    two = team.output.views[0]
    assert sorted(label for label, n in two.unnamed_verdicts for _ in range(n)) == sorted(hidden)
    assert "their verdicts together:" in two.unnamed_line
    three = team_view("leadership", "2026-10", views, generated="2026-11-02", min_group=3)
    assert three.unnamed_verdicts == ()
    assert three.unnamed_line == (
        "2 members have not agreed to be shown by name and are only counted; their verdicts "
        "are not shown either, as there are fewer than 3 of them (settings.min_group_size)."
    )
    nobody = team_view(
        "leadership", "2026-10", [(v, False) for v, _ in views], generated="x", min_group=9
    )
    assert nobody.rows == () and nobody.summary == "5 members, 0 shown by name"


def test_the_page_escapes_every_name(team: Team) -> None:
    html, md = team.text("html"), team.text("md")
    assert "<b>Ward</b>" not in html and "&lt;b&gt;Ward&lt;/b&gt;" in html
    assert "<script" not in html and "http" not in html.split("</style>")[1]
    assert "\u202e" not in md  # a right-to-left override would reverse the rest of the row


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--team", "nobody"], "--team 'nobody': no such team in the config (teams: leadership)"),
        ([], "team needs --team NAME (repeatable) and no --person or --ics"),
        (
            ["--team", "leadership", "--person", "ana@example.com"],
            "team needs --team NAME (repeatable) and no --person or --ics",
        ),
    ],
)
def test_a_wrong_selection_is_one_line(team: Team, extra: list[str], message: str) -> None:
    args = ["--home", str(team.home), "--config", str(team.home / "timeaudit.toml"), "team"]
    result = CliRunner().invoke(main, [*args, *extra, "--month", "2026-10", "--no-sync"])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
