"""The coach view (`timeaudit coach`): one person's months side by side, from one pipeline
run, checked against the trend numbers of a small calendar with known hours."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from icalendar import Calendar, Event, vCalAddress

from tests.render.conftest import HELENA, CoachPages
from timeaudit.app import runs, session
from timeaudit.audit.assess import NO_DATA
from timeaudit.audit.periods import Period
from timeaudit.audit.rhythm_pack import default_rhythm_pack
from timeaudit.categories import CAPABILITY, EXECUTION, FIREFIGHTING, STRATEGY, WORK
from timeaudit.cli.commands import main
from timeaudit.config.paths import Paths
from timeaudit.errors import UsageError
from timeaudit.render.coach import NO_FIT, CoachView, Month, coach_span
from timeaudit.store.sqlite import Store

OWNER = "ana@example.com"
OTHER_PERSON = "bo@example.com"
TODAY = datetime(2026, 11, 3).date()
#: The config's ``min_work_hours``: August (10 h) and September (15 h) are judged, October
#: (8 h) is not.
MIN_WORK_HOURS = 10.0
CONFIG = f"""[settings]
min_work_hours = {MIN_WORK_HOURS:g}

[[people]]
email = "{OWNER}"
name = "Ana Lima"
role = "executive"
tz = "UTC"
sources = ["ana"]

[[people]]
email = "{OTHER_PERSON}"
name = "Bo Chen"
role = "manager"
tz = "UTC"
sources = ["bo"]

[sources.ana]
kind = "ics"
path = "ana.ics"

[sources.bo]
kind = "ics"
path = "bo.ics"
"""
PRIVATE_TITLE = "Sprint backlog: Project Paiva takeover"


@dataclass(frozen=True)
class Meeting:
    title: str
    month: int  # of 2026
    day: int
    hours: float
    category: str  # what the default rules make of the title
    private: bool = False
    attendees: tuple[str, ...] = ("team@example.com",)


# August, September and October 2026 with known hours (July has nothing: "no data").
MEETINGS = (
    Meeting("Quarterly strategy review", 8, 4, 3.0, STRATEGY),
    Meeting("Checkout outage war room", 8, 5, 1.0, FIREFIGHTING),
    Meeting("Hiring interview: backend engineer", 8, 6, 2.0, CAPABILITY),
    Meeting("Sprint planning", 8, 11, 4.0, EXECUTION),
    Meeting("Quarterly strategy review", 9, 8, 2.0, STRATEGY),
    Meeting("Hiring interview: backend engineer", 9, 9, 2.0, CAPABILITY),
    Meeting("Sprint planning", 9, 10, 6.0, EXECUTION),
    Meeting(PRIVATE_TITLE, 9, 14, 5.0, EXECUTION, private=True),
    Meeting("Quarterly strategy review", 10, 6, 1.0, STRATEGY),
    Meeting("Checkout outage war room", 10, 7, 3.0, FIREFIGHTING),
    Meeting("Sprint planning", 10, 8, 4.0, EXECUTION),
)


def write_calendar(path: Path, owner: str, meetings: tuple[Meeting, ...]) -> Path:
    cal = Calendar()
    cal.add("prodid", "-//timeaudit tests//coach//EN")
    cal.add("version", "2.0")
    for i, m in enumerate(meetings):
        event = Event()
        event.add("uid", f"coach-{i}@tests.example")
        event.add("summary", m.title)
        start = datetime(2026, m.month, m.day, 10, tzinfo=UTC)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(hours=m.hours))
        event.add("dtstamp", datetime(2026, 7, 1, tzinfo=UTC))
        if m.private:
            event.add("class", "PRIVATE")
        event.add("organizer", vCalAddress(f"mailto:{owner}"))
        for who in (owner, *m.attendees):
            event.add("attendee", vCalAddress(f"mailto:{who}"))
        cal.add_component(event)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(cal.to_ical())
    return path


def expected_hours(month: int) -> dict[str, float]:
    hours = dict.fromkeys(WORK, 0.0)
    for m in MEETINGS:
        if m.month == month:
            hours[m.category] += m.hours
    return hours


def make_home(home: Path, model: Path, workspace: str | None = None) -> Paths:
    folder = home / "workspaces" / workspace if workspace else home
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(CONFIG, encoding="utf-8")
    write_calendar(folder / "ana.ics", OWNER, MEETINGS)
    write_calendar(folder / "bo.ics", OTHER_PERSON, MEETINGS[:2])
    (folder / "models").mkdir(exist_ok=True)
    shutil.copy(model, folder / "models")
    return Paths(folder / "config.toml", folder)


def run(home: Path, *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, ["--home", str(home), *args], input=stdin)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, seed_model_file: Path) -> Path:
    home = tmp_path_factory.mktemp("coach-home")
    make_home(home, seed_model_file)
    with Store(home / "timeaudit.sqlite") as store:
        store.set_note(OWNER, "2026-09", "Talked about <script>alert(1)</script>\nsecond line")
    return home


@pytest.fixture(scope="module")
def coach_run(home: Path) -> runs.CoachOutput:
    selection = session.Selection(Paths(home / "config.toml", home), home_given=True)
    options = session.CoachOptions(months=4)
    return runs.coach(
        selection, Period.month("2026-10"), home / "out", options=options, today=TODAY
    )


def ana(output: runs.CoachOutput) -> CoachView:
    return next(v for v in output.views if v.email == OWNER)


def months_of(view: CoachView) -> dict[str, Month]:
    return {m.month: m for m in view.months}


# -- the span ---------------------------------------------------------------------------
def test_the_span_is_the_months_ending_with_the_month() -> None:
    span = coach_span(Period.month("2026-10"), 4)
    assert (span.label, span.first.isoformat(), span.end.isoformat()) == (
        "2026-07..2026-10",
        "2026-07-01",
        "2026-11-01",
    )


def test_a_custom_period_is_refused_in_one_line() -> None:
    period = Period.between(datetime(2026, 10, 3).date(), datetime(2026, 10, 9).date())
    with pytest.raises(UsageError) as error:
        coach_span(period, 3)
    assert str(error.value) == (
        "2026-10-03..2026-10-09: the coach view covers whole months; give the last one with "
        "--month (and how many with --months), not --from/--to"
    )


# -- the numbers --------------------------------------------------------------------------
def test_one_column_per_month_oldest_first(coach_run: runs.CoachOutput) -> None:
    view = ana(coach_run)
    assert [m.month for m in view.months] == ["2026-07", "2026-08", "2026-09", "2026-10"]
    assert (view.first, view.last, view.name) == ("2026-07", "2026-10", "Ana Lima")


@pytest.mark.parametrize("month", [8, 9, 10])
def test_the_months_match_the_known_hours(coach_run: runs.CoachOutput, month: int) -> None:
    column = months_of(ana(coach_run))[f"2026-{month:02d}"]
    hours = expected_hours(month)
    total = sum(hours.values())
    assert column.has_data
    assert column.work_hours == pytest.approx(total)
    assert [c.category for c in column.cells] == list(WORK)
    for cell in column.cells:
        assert cell.share == pytest.approx(100.0 * hours[cell.category] / total), cell


def test_the_months_are_the_runs_trend_rows(coach_run: runs.CoachOutput) -> None:
    trend = coach_run.result.trend.loc[OWNER]
    for column in ana(coach_run).months[1:]:
        row = trend.loc[column.month].to_dict()
        assert column.work_hours == pytest.approx(float(row["work_hours"]))
        assert column.verdict == row["verdict"]
        for cell in column.cells:
            assert cell.share == pytest.approx(float(row[f"share:{cell.category}"]))
            assert cell.target == pytest.approx(float(row[f"target:{cell.category}"]))
            judged = column.work_hours >= MIN_WORK_HOURS
            assert cell.fit == (row[f"fit:{cell.category}"] if judged else NO_FIT)


def test_a_month_too_thin_to_judge_shows_no_fit(coach_run: runs.CoachOutput) -> None:
    october = months_of(ana(coach_run))["2026-10"]  # 8.0 counted work hours
    assert october.has_data and october.work_hours < MIN_WORK_HOURS
    assert october.verdict == NO_DATA
    assert {c.fit for c in october.cells} == {NO_FIT}  # no red badge, no green either
    page = _file(coach_run, "Ana-Lima", "html").read_text(encoding="utf-8")
    assert "badge fit-no-data" in page


def test_a_month_without_data_says_so(coach_run: runs.CoachOutput) -> None:
    july = months_of(ana(coach_run))["2026-07"]
    assert not july.has_data
    assert (july.cells, july.sinks, july.unscheduled, july.verdict) == ((), (), None, "")
    md = _file(coach_run, "Ana-Lima", "md").read_text(encoding="utf-8")
    assert "| counted work hours | no data | 10.0 | 15.0 | 8.0 |" in md


def test_unscheduled_hours_are_capacity_less_counted_time(coach_run: runs.CoachOutput) -> None:
    october = months_of(ana(coach_run))["2026-10"]
    # October 2026 has 22 weekdays of ten working hours (08:00-18:00)
    assert october.unscheduled == pytest.approx(220.0 - 8.0)


def test_the_biggest_time_sinks_of_each_month(coach_run: runs.CoachOutput) -> None:
    october = months_of(ana(coach_run))["2026-10"]
    assert [(s.title, s.hours) for s in october.sinks] == [
        ("Sprint planning", 4.0),
        ("Checkout outage war room", 3.0),
        ("Quarterly strategy review", 1.0),
    ]


def test_private_titles_never_show(coach_run: runs.CoachOutput) -> None:
    september = months_of(ana(coach_run))["2026-09"]
    assert [(s.title, s.hours) for s in september.sinks] == [
        ("Sprint planning", 6.0),
        ("(private event)", 5.0),
        ("Hiring interview: backend engineer", 2.0),
    ]
    for path in coach_run.files:
        assert "Paiva" not in path.read_text(encoding="utf-8"), path.name


def test_the_note_is_in_its_month_and_escaped(coach_run: runs.CoachOutput) -> None:
    september = months_of(ana(coach_run))["2026-09"]
    assert september.note == "Talked about <script>alert(1)</script>\nsecond line"
    html = _file(coach_run, "Ana-Lima", "html").read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "Talked about &lt;script&gt;alert(1)&lt;/script&gt;\nsecond line" in html
    md = _file(coach_run, "Ana-Lima", "md").read_text(encoding="utf-8")
    assert "### 2026-09\n\nTalked about \\<script\\>alert\\(1\\)\\</script\\>\\\nsecond line" in md
    assert "Talked about" not in _file(coach_run, "Bo-Chen", "md").read_text(encoding="utf-8")


# -- the files ------------------------------------------------------------------------------
def _file(output: runs.CoachOutput, name: str, fmt: str) -> Path:
    (path,) = [p for p in output.files if p.name == f"{name}-months-2026-07..2026-10.{fmt}"]
    return path


def test_one_file_per_person_and_format(coach_run: runs.CoachOutput, home: Path) -> None:
    assert sorted(p.name for p in coach_run.files) == [
        "Ana-Lima-months-2026-07..2026-10.html",
        "Ana-Lima-months-2026-07..2026-10.md",
        "Bo-Chen-months-2026-07..2026-10.html",
        "Bo-Chen-months-2026-07..2026-10.md",
    ]
    assert {p.parent for p in coach_run.files} == {home / "out"}


def test_the_html_is_self_contained(coach_run: runs.CoachOutput) -> None:
    html = _file(coach_run, "Ana-Lima", "html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "<script" not in html.lower() and "http://" not in html and "https://" not in html
    assert html.count('<th scope="col">2026-') == 4
    assert '<td class="no-data">no data</td>' in html
    assert '<span class="badge fit-' in html


def test_redact_hides_every_title(tmp_path: Path, seed_model_file: Path) -> None:
    paths = make_home(tmp_path, seed_model_file)
    selection = session.Selection(paths, people=(OWNER,), home_given=True)
    options = session.CoachOptions(months=3, formats=("md",), redact=True)
    output = runs.coach(selection, Period.month("2026-10"), tmp_path / "out", options=options)
    (view,) = output.views
    titles = {s.title for m in view.months for s in m.sinks}
    assert titles == {"(redacted)"}
    text = output.files[0].read_text(encoding="utf-8")
    assert "Sprint planning" not in text and "strategy review" not in text
    assert "titles redacted" in text


def test_the_cli_writes_the_coach_view(tmp_path: Path, seed_model_file: Path) -> None:
    make_home(tmp_path, seed_model_file)
    out = tmp_path / "views"
    result = run(
        tmp_path,
        "coach",
        "--month",
        "2026-10",
        "--months",
        "3",
        "--person",
        OWNER,
        "--format",
        "md",
        "--out",
        str(out),
    )
    assert result.exit_code == 0, result.output
    path = out / "Ana-Lima-months-2026-08..2026-10.md"
    assert result.stdout == f"coach view: {path}\n"
    assert "| counted work hours | 10.0 | 15.0 | 8.0 |" in path.read_text(encoding="utf-8")


def test_the_cli_refuses_a_custom_period(tmp_path: Path, seed_model_file: Path) -> None:
    make_home(tmp_path, seed_model_file)
    result = run(tmp_path, "coach", "--from", "2026-10-01", "--to", "2026-10-09")
    assert result.exit_code == 2
    assert result.output.startswith("timeaudit: error: 2026-10-01..2026-10-09: the coach view")
    assert result.output.count("\n") == 1


SIX = 6  # `timeaudit coach`'s default
MARCUS = "marcus.bell@northwind.example"


# -- rhythm: each direct report's 1:1s month by month ----------------------------------------
def test_each_reports_1_1s_show_month_by_month(coach_pages: CoachPages) -> None:
    """Marcus's weekly 1:1 with Kwame Mensah stops in mid-September: October is red with
    none held; each month's cell is the report's own table for that month."""
    view = coach_pages.view(SIX, MARCUS)
    lines = {line.label: line for line in view.rhythm}
    kwame = lines["1:1 with Kwame Mensah"]
    assert [c.month for c in kwame.cells] == [m.month for m in view.months]
    october = kwame.cells[-1]
    assert (october.held, october.status) == (0, "red")
    assert october.reason.startswith("no 1:1 in the period, last ")
    assert all(c.held is not None and c.held > 0 for c in kwame.cells[:-2])  # May..August
    assert view.rhythm_in("2026-10")[0][0] == view.rhythm[0].label


def test_the_rhythm_rows_are_on_the_page_in_both_layouts(coach_pages: CoachPages) -> None:
    html = coach_pages.page(SIX, MARCUS).read_text(encoding="utf-8")
    assert "Rhythm month by month" in html
    assert '<th scope="row"><bdi>1:1 with Kwame Mensah</bdi></th>' in html  # columns
    assert '<span class="rhythm-item"><bdi>1:1 with Kwame Mensah</bdi>: 0 held' in html  # rows
    helena = coach_pages.view(SIX, HELENA)
    ones = [line for line in helena.rhythm if line.label.startswith("1:1 with ")]
    assert len(ones) == 5  # her five direct reports, one line each
    items = [line for line in helena.rhythm if not line.label.startswith("1:1 with ")]
    pack = {r.name for r in default_rhythm_pack().recognisers}
    assert items and {line.label for line in items} <= pack  # named by recogniser, never a title
    for line in items:  # each month's cell is that month's own rhythm table
        for cell in line.cells:
            assert cell.held is None or cell.short == f"{cell.held} of {cell.expected} held"
