"""Fixtures of the report tests: the golden and hostile inputs through the real pipeline,
each run once per session and shared by the golden, hostile, browser and schema tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from timeaudit.app.runs import AuditOutput
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
