"""`timeaudit evaluate --set`: a labelled set of whole calendars scored by the split and the
verdict users see, not only by the tags.

The set is the demo's manager (his calendar, his config entry) with labels made from the
tool's own tags, so what each score must be is known exactly: with labels equal to the tags
every score is perfect; flipping one series' label moves the split by that series' share of
the work hours, no more and no less.
"""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from timeaudit.app import runs
from timeaudit.audit.evaluation import SetEvaluation, read_set, reliability
from timeaudit.cli.commands import main
from timeaudit.errors import UsageError

EMAIL = "jonas.albrecht@northwind.example"
SLUG = "jonas"
MONTH = "2026-10"


def _write_set(root: Path, labels: pd.DataFrame) -> Path:
    samples = files("timeaudit.samples")
    root.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(str(samples / "lead-jonas-albrecht.ics"), root / "jonas.ics")
    (root / "timeaudit.toml").write_text(
        f"""[settings]
internal_domains = ["northwind.example"]

[[people]]
email = "{EMAIL}"
name = "Jonas Albrecht"
role = "manager"
tz = "Europe/Berlin"
sources = ["jonas"]
reports = ["lena.hoffmann@northwind.example", "mehmet.yilmaz@northwind.example"]

[sources.jonas]
kind = "ics"
path = "jonas.ics"
""",
        encoding="utf-8",
    )
    (root / "set.toml").write_text(
        f"""[set]
name = "tiny"
authored = "made by the test from the tool's own tags"

[[persons]]
email = "{EMAIL}"
slug = "{SLUG}"
months = ["{MONTH}"]
""",
        encoding="utf-8",
    )
    labels.to_csv(root / f"{SLUG}.labels.csv", index=False)
    return root


@pytest.fixture(scope="module")
def own_tags(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    """The tool's tags of the month, one row per occurrence (uid, recurrence id, category,
    hours), from one run of the pipeline on the set with no labels that matter."""
    root = _write_set(
        tmp_path_factory.mktemp("probe"),
        pd.DataFrame({"uid": ["none"], "recurrence_id": [""], "label": ["other"]}),
    )
    result = CliRunner().invoke(
        main,
        [
            "--home",
            str(root / "home"),
            "--config",
            str(root / "timeaudit.toml"),
            "events",
            "--month",
            MONTH,
            "--format",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    from io import StringIO

    table = pd.read_csv(StringIO(result.stdout), keep_default_na=False)
    return table


@pytest.fixture(scope="module")
def perfect(own_tags: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> SetEvaluation:
    labels = own_tags[["uid", "recurrence_id", "category"]].rename(columns={"category": "label"})
    labels = labels[labels["label"] != "unclassified"]
    root = _write_set(tmp_path_factory.mktemp("perfect"), labels)
    return runs.evaluate_set(root)


def test_labels_equal_to_the_tags_score_perfectly(perfect: SetEvaluation) -> None:
    assert perfect.tags.accuracy == 1.0
    assert perfect.max_split_error == 0.0
    assert perfect.agreement == 1.0
    (month,) = perfect.months
    assert (month.slug, month.month, month.unlabelled) == (SLUG, MONTH, 0)
    assert month.events == perfect.tags.n > 50


def test_one_flipped_series_moves_the_split_by_its_share(
    own_tags: pd.DataFrame, perfect: SetEvaluation, tmp_path: Path
) -> None:
    counted = own_tags[
        (own_tags["counted"].astype(str) == "True") & (own_tags["category"] == "execution")
    ]
    series = counted.groupby("uid")["hours"].sum().sort_values()
    uid, hours = series.index[-1], float(series.iloc[-1])
    labels = own_tags[["uid", "recurrence_id", "category"]].rename(columns={"category": "label"})
    labels = labels[labels["label"] != "unclassified"]
    labels.loc[labels["uid"] == uid, "label"] = "strategy"
    result = runs.evaluate_set(_write_set(tmp_path / "set", labels))
    (month,) = result.months
    (before,) = perfect.months
    assert month.split_error == pytest.approx(100 * hours / before.work_hours)
    assert month.true_shares["strategy"] == pytest.approx(
        before.shares["strategy"] + 100 * hours / before.work_hours
    )
    assert result.tags.accuracy < 1.0


def test_the_command_prints_every_score_and_hides_misses_unless_asked(
    own_tags: pd.DataFrame, tmp_path: Path
) -> None:
    labels = own_tags[["uid", "recurrence_id", "category"]].rename(columns={"category": "label"})
    labels = labels[labels["label"] != "unclassified"].copy()
    labels.loc[labels.index[:3], "label"] = "firefighting"
    root = _write_set(tmp_path / "set", labels)
    args = ["--home", str(tmp_path / "home"), "evaluate", "--set", str(root)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    for text in (
        "split error",
        "verdicts agree: 1/1",
        "expected calibration error",
        "macro-F1",
        f"{SLUG:<22} {MONTH}",
    ):
        assert text in result.output
    assert "worst misses" not in result.output
    shown = CliRunner().invoke(main, [*args, "--misses"])
    assert "worst misses" in shown.output


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda root: (root / "set.toml").unlink(), "set.toml: not found"),
        (
            lambda root: (root / "set.toml").write_text(
                (root / "set.toml").read_text().replace(EMAIL, "nobody@northwind.example")
            ),
            "no [[people]] entry for nobody@northwind.example",
        ),
        (
            lambda root: (root / "set.toml").write_text(
                (root / "set.toml").read_text().replace(MONTH, "2026-13")
            ),
            "[[persons]] entry 1",
        ),
        (lambda root: (root / f"{SLUG}.labels.csv").unlink(), "labels file"),
    ],
)
def test_a_broken_set_is_one_line_naming_the_file(
    tmp_path: Path, edit: object, message: str
) -> None:
    root = _write_set(
        tmp_path / "set", pd.DataFrame({"uid": ["x"], "recurrence_id": [""], "label": ["other"]})
    )
    edit(root)  # type: ignore[operator]
    result = CliRunner().invoke(
        main, ["--home", str(tmp_path / "h"), "evaluate", "--set", str(root)]
    )
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    with pytest.raises(UsageError):
        runs.evaluate_set(root) if message != "labels file" else read_set(root)


def test_set_and_labels_are_one_or_the_other(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--home", str(tmp_path), "evaluate"])
    assert result.exit_code == 2
    assert "LABELS.csv or --set" in result.output


def test_calibration_error_of_known_bins() -> None:
    # ten events at 0.9 of which 6 right: |0.6 - 0.9| = 0.3; ten at 0.55, 5 right: 0.05
    confidence = pd.Series([0.9] * 10 + [0.55] * 10)
    right = pd.Series([True] * 6 + [False] * 4 + [True] * 5 + [False] * 5)
    result = reliability(confidence, right)
    assert result.ece == pytest.approx((10 * 0.3 + 10 * 0.05) / 20)
    assert list(result.table["events"]) == [10, 10]
