"""Shared test set-up: nothing a test does may write to the user's real folders."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from timeaudit.app import AuditOutput
    from timeaudit.render.view import PersonView

# Fitted models are cached in the platform cache folder when no home is given; point it at
# a folder of this test session's own, shared by every test so the seed model fits once.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="timeaudit-test-cache-")
os.environ.pop("TIMEAUDIT_HOME", None)
os.environ.pop("TIMEAUDIT_CONFIG", None)


# -- report tests: golden files and the rendered reports several modules look at ---------
DATA = Path(__file__).parent / "data"
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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--snapshot-update",
        action="store_true",
        default=False,
        help="rewrite the golden files in tests/golden/ from the current output",
    )


@pytest.fixture(scope="session")
def snapshot_update(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--snapshot-update"))


@pytest.fixture(scope="session")
def golden_report(tmp_path_factory: pytest.TempPathFactory) -> ReportRun:
    """The golden input (tests/data/report/) through the real pipeline, as `timeaudit audit
    --ics ana-lima.ics --owner ... --format html --format md --format csv --format json`
    runs it."""
    from timeaudit import app
    from timeaudit.audit.periods import Period
    from timeaudit.config.paths import Paths

    tmp = tmp_path_factory.mktemp("golden-report")
    ics = app.IcsOptions(
        (DATA / "report" / "ana-lima.ics",),
        owner="ana.lima@example.com",
        role="executive",
        tz="Europe/Lisbon",
    )
    selection = app.Selection(Paths(tmp / "config.toml", tmp / "home"), ics=ics)
    options = app.ReportOptions(formats=app.FORMATS)
    output = app.audit(
        selection, Period.month(REPORT_MONTH), tmp / "out", today=REPORT_TODAY, options=options
    )
    files = {path.suffix.lstrip("."): path for path in output.files}
    return ReportRun(files, output, tmp / "out")


@pytest.fixture(scope="session")
def hostile_report(tmp_path_factory: pytest.TempPathFactory) -> ReportRun:
    """tests/data/hostile/ (a calendar of attacks, an owner named like a path) through the
    real pipeline: every report format, and the `events` CSV under the key "events"."""
    from timeaudit import app
    from timeaudit.audit.periods import Period
    from timeaudit.config.paths import Paths, model_cache

    tmp = tmp_path_factory.mktemp("hostile-report")
    paths = Paths(DATA / "hostile" / "hostile.toml", tmp / "home")
    # the home's model cache is the session's shared one: the seed model is fitted once
    model_cache().mkdir(parents=True, exist_ok=True)
    paths.data_dir.mkdir()
    paths.models.symlink_to(model_cache(), target_is_directory=True)
    selection = app.Selection(paths)
    period = Period.month(REPORT_MONTH)
    options = app.ReportOptions(formats=app.FORMATS)
    output = app.audit(selection, period, tmp / "out", today=REPORT_TODAY, options=options)
    files = {path.suffix.lstrip("."): path for path in output.files}
    files["events"] = tmp / "events.csv"
    files["events"].write_text(app.events(selection, period, "csv", sync=False), encoding="utf-8")
    return ReportRun(files, output, tmp / "out")


@pytest.fixture(scope="session")
def seed_model_file() -> Path:
    """The seed model, fitted once per session into the session's cache; tests that need a
    home with a warm model copy this file into it (fitting is not what they test)."""
    from timeaudit.classify.learn import load_or_fit, seed_corpus
    from timeaudit.config.paths import model_cache

    model = load_or_fit(seed_corpus(), model_cache())
    return model_cache() / f"model-{model.key}.pkl"
