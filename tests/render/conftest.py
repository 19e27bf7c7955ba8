"""Fixtures of the report tests: the golden and hostile inputs and the bundle of the demo
calendars through the real pipeline, each run once per session and shared by the golden,
hostile, browser, bundle and schema tests."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner, Result
from icalendar import Calendar, Event, vCalAddress

from timeaudit.app import runs as commands
from timeaudit.app import session
from timeaudit.audit.periods import Period
from timeaudit.cli.commands import main
from timeaudit.config.paths import Paths
from timeaudit.connectors.contract import SyncBatch, Window
from timeaudit.connectors.ics import IcsConnector
from timeaudit.store.sqlite import Store

if TYPE_CHECKING:
    from timeaudit.app.runs import AuditOutput
    from timeaudit.render.coach import CoachView
    from timeaudit.render.view import PersonView

DATA = Path(__file__).parent.parent / "data"
REPORT_MONTH = "2026-10"
REPORT_TODAY = date(2026, 11, 2)


@dataclass(frozen=True)
class ReportRun:
    """One person's reports as the pipeline wrote them: format -> file, and what made them."""

    files: dict[str, Path]
    output: AuditOutput
    out_dir: Path

    @property
    def view(self) -> PersonView:
        return self.output.views[0]


@pytest.fixture(scope="session")
def snapshot_update(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--snapshot-update"))


@pytest.fixture(scope="session")
def golden_report(tmp_path_factory: pytest.TempPathFactory) -> ReportRun:
    """The golden input (tests/data/report/) through the real pipeline, as `timeaudit audit
    --ics ana-lima.ics --owner ... --format html --format md --format csv --format json`
    runs it."""
    from timeaudit.app import runs, session
    from timeaudit.audit.periods import Period
    from timeaudit.config.paths import Paths
    from timeaudit.render.formats import REPORT

    tmp = tmp_path_factory.mktemp("golden-report")
    ics = session.IcsOptions(
        (DATA / "report" / "ana-lima.ics",),
        owner="ana.lima@example.com",
        role="executive",
        tz="Europe/Lisbon",
    )
    selection = session.Selection(Paths(tmp / "config.toml", tmp / "home"), ics=ics)
    options = session.ReportOptions(formats=REPORT.names)
    output = runs.audit(
        selection, Period.month(REPORT_MONTH), tmp / "out", today=REPORT_TODAY, options=options
    )
    files = {path.suffix.lstrip("."): path for path in output.files}
    return ReportRun(files, output, tmp / "out")


@pytest.fixture(scope="session")
def hostile_report(tmp_path_factory: pytest.TempPathFactory) -> ReportRun:
    """tests/data/hostile/ (a calendar of attacks, an owner named like a path) through the
    real pipeline: every report format, and the `events` CSV under the key "events"."""
    from timeaudit.app import runs, session
    from timeaudit.audit.periods import Period
    from timeaudit.config.paths import Paths, model_cache
    from timeaudit.render.formats import REPORT

    tmp = tmp_path_factory.mktemp("hostile-report")
    paths = Paths(DATA / "hostile" / "hostile.toml", tmp / "home")
    # the home's model cache is the session's shared one: the seed model is fitted once
    model_cache().mkdir(parents=True, exist_ok=True)
    paths.data_dir.mkdir()
    paths.models.symlink_to(model_cache(), target_is_directory=True)
    selection = session.Selection(paths)
    period = Period.month(REPORT_MONTH)
    options = session.ReportOptions(formats=REPORT.names)
    output = runs.audit(selection, period, tmp / "out", today=REPORT_TODAY, options=options)
    files = {path.suffix.lstrip("."): path for path in output.files}
    files["events"] = tmp / "events.csv"
    files["events"].write_text(runs.events_text(output.result, "csv"), encoding="utf-8")
    return ReportRun(files, output, tmp / "out")


# -- the bundle: `timeaudit bundle` over the demo calendars and a roster of hostile names, once
SECRET = "Zeta-7 layoff plan"  # a private event's title: never in any file
#: email -> name: roster people with names that are hard to turn into file names
HOSTILE = {
    "x@evil.example": "../../x",
    "con@evil.example": "CON",
    "helena.twin@northwind.example": "Helena/Marsh",  # cleans up like "Helena Marsh"
}
OPTED_OUT = "gone@northwind.example"
BROKEN = "broken@northwind.example"  # their source fails on every fetch
DEMO_PEOPLE = 3
PACKETS = DEMO_PEOPLE + len(HOSTILE) + 1  # the broken person still gets a packet


def small_calendar(path: Path, owner: str) -> None:
    """A few meetings in October 2026, one of them private with a secret title."""
    meetings = [
        ("Strategy offsite prep", 5, 3.0, False),
        ("Weekly status sync", 6, 1.0, False),
        ("Weekly status sync", 13, 1.0, False),
        ("Hiring interview: platform lead", 14, 1.0, False),
        (SECRET, 15, 4.0, True),
        ("Incident bridge: checkout down", 20, 2.0, False),
    ]
    cal = Calendar()
    cal.add("prodid", "-//timeaudit tests//bundle//EN")
    cal.add("version", "2.0")
    for i, (title, day, hours, private) in enumerate(meetings):
        event = Event()
        event.add("uid", f"{owner.split('@')[0]}-{i}@tests.example")
        event.add("summary", title)
        start = datetime(2026, 10, day, 9, tzinfo=UTC)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(hours=hours))
        event.add("dtstamp", datetime(2026, 9, 1, tzinfo=UTC))
        event.add("organizer", vCalAddress(f"mailto:{owner}"))
        for who in (owner, "someone@northwind.example"):
            event.add("attendee", vCalAddress(f"mailto:{who}"))
        if private:
            event.add("class", "PRIVATE")
        cal.add_component(event)
    path.write_bytes(cal.to_ical())


def write_home(home: Path, seed_model: Path) -> Path:
    """The demo config and calendars, plus a roster of hostile names, an opted-out person
    and a person whose source is broken; the seed model is copied in."""
    with as_file(files("timeaudit.samples")) as samples:
        for ics in Path(samples).glob("*.ics"):
            shutil.copy(ics, home / ics.name)
        demo = (Path(samples) / "demo.toml").read_text(encoding="utf-8")
    rows = ["email,name,role,tz,source,manager,team,opted_out"]
    sources = []
    for i, (email, name) in enumerate(HOSTILE.items()):
        small_calendar(home / f"small-{i}.ics", email)
        rows.append(f'{email},"{name}",manager,UTC,small-{i},,,')
        sources.append(f'[sources.small-{i}]\nkind = "ics"\npath = "small-{i}.ics"\n')
    rows.append(f"{OPTED_OUT},Gone Person,manager,UTC,gone,,,yes")
    rows.append(f"{BROKEN},Broken Source,manager,UTC,broken,,,")
    sources.append('[sources.gone]\nkind = "ics"\npath = "small-0.ics"\n')
    sources.append('[sources.broken]\nkind = "ics"\npath = "small-0.ics"\n')
    (home / "people.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    config = demo.replace("[settings]\n", '[settings]\nroster = "people.csv"\n', 1)
    (home / "config.toml").write_text(config + "\n" + "\n".join(sources), encoding="utf-8")
    (home / "models").mkdir()
    shutil.copy(seed_model, home / "models")
    return home


@dataclass(frozen=True)
class Runs:
    home: Path
    cli: Result
    folders: commands.BundleOutput
    zips: commands.BundleOutput
    zips_again: commands.BundleOutput
    redacted: commands.BundleOutput

    def view(self, email: str) -> PersonView:
        return next(v for v in self.folders.views if v.email == email)

    def folder(self, email: str) -> Path:
        index = next(i for i, v in enumerate(self.folders.views) if v.email == email)
        return self.folders.files[index]


def bundle(
    home: Path, out: str, *, zip: bool = False, redact: bool = False
) -> commands.BundleOutput:
    selection = session.Selection(Paths(home / "config.toml", home), home_given=True)
    period = Period.month(REPORT_MONTH)
    return commands.bundle(
        selection, period, home / out, zip=zip, redact=redact, sync=False, today=REPORT_TODAY
    )


@pytest.fixture(scope="session")
def bundle_runs(tmp_path_factory: pytest.TempPathFactory, seed_model_file: Path) -> Runs:
    home = write_home(tmp_path_factory.mktemp("bundle-home"), seed_model_file)
    args = ["--home", str(home), "bundle", "--month", REPORT_MONTH, "--out", str(home / "cli")]
    fetch = IcsConnector.fetch

    def failing(self: IcsConnector, window: Window, cursor: str | None) -> SyncBatch:
        if self.spec.name == "broken":
            raise OSError("connection refused")
        return fetch(self, window, cursor)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(IcsConnector, "fetch", failing)
        cli = CliRunner().invoke(main, args)
    folders = bundle(home, "folders")  # the pipeline runs here; the others reuse its result

    def again(out: str, *, zip: bool = False, redact: bool = False) -> commands.BundleOutput:
        notes = folders.notes
        return commands.write_bundles(
            folders.result, home / out, notes=notes, zip=zip, redact=redact, today=REPORT_TODAY
        )

    return Runs(
        home,
        cli,
        folders=folders,
        zips=again("zips", zip=True),
        zips_again=again("zips-again", zip=True),
        redacted=again("redacted", redact=True),
    )


@pytest.fixture(scope="session")
def team_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`timeaudit team --team leadership` over tests/data/team/ (five members, one of them
    with a hostile name): the dashboard's HTML page."""
    home = tmp_path_factory.mktemp("team-home")
    for item in (DATA / "team").iterdir():
        shutil.copy(item, home / item.name)
    selection = session.Selection(Paths(home / "timeaudit.toml", home), teams=("leadership",))
    period = Period.month(REPORT_MONTH)
    output = commands.team(selection, period, home / "out", formats=("html",), today=REPORT_TODAY)
    (page,) = output.files
    return page


# -- a real browser: the report browser tests and the page layout tests share it -------------
@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium (`apt-get install chromium`; .ci/run installs it): the browser tests
    are skipped without it, except under CI where they fail."""
    path = shutil.which("chromium")
    if path is None:
        reason = "chromium is not installed (apt-get install chromium; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


# -- the coach view: `timeaudit coach` over the demo calendars and the hostile one, once --------
COACH_MONTHS = 12  # the most months the page is laid out for; `timeaudit coach` shows 6
HELENA = "helena.marsh@northwind.example"
HOSTILE_OWNER = "owner@example.com"
#: A coach's note on the audited month: markup, and one word far wider than any column.
COACH_NOTE = "Agreed <b>protect Tuesday</b> mornings.\n" + "Unbreakable" * 300


@dataclass(frozen=True)
class CoachPages:
    """Coach views as `timeaudit coach` writes them: months -> email -> (view, HTML page)."""

    pages: dict[int, dict[str, tuple[CoachView, Path]]]

    def page(self, months: int, email: str) -> Path:
        return self.pages[months][email][1]

    def view(self, months: int, email: str) -> CoachView:
        return self.pages[months][email][0]


@pytest.fixture(scope="session")
def coach_pages(tmp_path_factory: pytest.TempPathFactory, seed_model_file: Path) -> CoachPages:
    """`timeaudit coach --month 2026-10` (6 months, the default) and `--months 12` over the
    demo calendars (a year of data each) and the hostile calendar and owner of
    tests/data/hostile/ (October only: a 10,000-character title, markup in every field),
    with a note on Helena Marsh's audited month. Two pipeline runs, shared by every test."""
    home = tmp_path_factory.mktemp("coach-home")
    with as_file(files("timeaudit.samples")) as samples:
        for ics in Path(samples).glob("*.ics"):
            shutil.copy(ics, home / ics.name)
        demo = (Path(samples) / "demo.toml").read_text(encoding="utf-8")
    shutil.copy(DATA / "hostile" / "hostile.ics", home / "hostile.ics")
    hostile = (DATA / "hostile" / "hostile.toml").read_text(encoding="utf-8")
    (home / "config.toml").write_text(demo + "\n" + hostile, encoding="utf-8")
    (home / "models").mkdir()
    shutil.copy(seed_model_file, home / "models")
    with Store(home / "timeaudit.sqlite") as store:
        store.set_note(HELENA, REPORT_MONTH, COACH_NOTE)
    selection = session.Selection(Paths(home / "config.toml", home), home_given=True)
    period = Period.month(REPORT_MONTH)
    pages: dict[int, dict[str, tuple[CoachView, Path]]] = {}
    # the longer run syncs the calendars for both
    for months, sync in ((COACH_MONTHS, True), (session.CoachOptions().months, False)):
        options = session.CoachOptions(months=months, formats=("html",))
        out = home / f"coach-{months}"
        output = commands.coach(
            selection, period, out, options=options, sync=sync, today=REPORT_TODAY
        )
        pages[months] = {
            view.email: (view, path) for view, path in zip(output.views, output.files, strict=True)
        }
    return CoachPages(pages)


@pytest.fixture(scope="session")
def cohort_page(tmp_path_factory: pytest.TempPathFactory, bundle_runs: Runs) -> Path:
    """`timeaudit cohort --format html` over a copy of the bundle's home (the demo people and
    the roster of hostile names), without syncing again: the cohort HTML page."""
    home = tmp_path_factory.mktemp("cohort-page") / "home"
    shutil.copytree(bundle_runs.home, home)
    selection = session.Selection(Paths(home / "config.toml", home), home_given=True)
    output = commands.cohort(
        selection, Period.month(REPORT_MONTH), home / "cohort", formats=("html",), sync=False
    )
    (page,) = output.files
    return page
