"""The learned classifier: quality on the independent held-out set, the design's traps,
purity, the model cache, and the fallback to rules when there is too little data."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from timeaudit.classify.classifier import Classifier, classify
from timeaudit.classify.evaluate import described_events, read_labels, score
from timeaudit.classify.learn import (
    DEFAULT_SETTINGS,
    Model,
    NotEnoughData,
    fit,
    load_or_fit,
    predict,
    seed_corpus,
    with_outside_hours,
)
from timeaudit.classify.rules import default_pack
from timeaudit.config.paths import model_cache
from timeaudit.config.types import DEFAULT_WORK_END, DEFAULT_WORK_START

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "evaluation" / "heldout.csv"
OWNER = "eval@example.com"


@pytest.fixture(scope="module")
def model() -> Model:
    return load_or_fit(seed_corpus(), model_cache())


def heldout() -> pd.DataFrame:
    """The held-out rows with ``outside_hours`` judged against the default working hours."""
    return with_outside_hours(read_labels(HELDOUT), DEFAULT_WORK_START, DEFAULT_WORK_END)


def tag_rows(rows: pd.DataFrame, model: Model | None) -> pd.DataFrame:
    frame = described_events(rows, owner=OWNER)
    classifier = Classifier(default_pack(), {OWNER: model}, pd.DataFrame(), 0.6)
    return frame.join(classify(frame, classifier)).assign(label=rows["label"].to_numpy())


def test_heldout_macro_f1_stays_above_085(model: Model) -> None:
    """The held-out file was written independently of the seed corpus and is never trained on."""
    evaluation = score(tag_rows(read_labels(HELDOUT), model))
    assert evaluation.n == 455
    assert evaluation.macro_f1 >= 0.85, evaluation.per_class
    assert evaluation.per_class["recall"].min() >= 0.75


def row(
    title: str,
    *,
    description: str = "",
    people: int = 4,
    external: int = 0,
    organised: bool = False,
    recurring: bool = False,
    lead: float | None = 240.0,
    minutes: float = 60,
    hour: float = 10.0,
    report: bool = False,
    role: str = "executive",
) -> dict[str, object]:
    return {
        "title": title,
        "description": description,
        "location": "",
        "n_attendees": people,
        "n_external": external,
        "organizer_self": int(organised),
        "recurring": int(recurring),
        "lead_hours": lead,
        "duration_min": minutes,
        "local_start_hour": hour,
        "weekday": 2,
        "with_report": int(report),
        "role": role,
        "label": "",
        "outside_hours": not 8 <= hour < 18,
    }


TRAPS = {
    "strategic planning with an execution agenda": (
        row(
            "Strategic planning",
            minutes=120,
            organised=True,
            description="Agenda: owners per workstream, Q1 deadlines, KPI targets and milestones",
        ),
        "execution",
    ),
    "strategy offsite that decides where to play": (
        row(
            "Strategy offsite: where do we play in 2027?",
            people=6,
            minutes=480,
            organised=True,
            description="Decide which markets to enter and which to exit",
        ),
        "strategy",
    ),
    "postmortem after an outage": (
        row("Postmortem: checkout outage", people=8),
        "capability-building",
    ),
    "the outage call itself": (
        row("Checkout outage bridge", people=9, lead=0.3, hour=21.0),
        "firefighting",
    ),
    "weekly sync with one direct report": (
        row("Sync w/ Priya", people=2, recurring=True, organised=True, report=True, minutes=30),
        "capability-building",
    ),
    "same title with five people and a project": (
        row(
            "Sync w/ Priya",
            people=5,
            recurring=True,
            minutes=45,
            description="Project Falcon: status of the migration workstreams, blockers, dates",
        ),
        "execution",
    ),
    "opaque hold": (row("Hold", people=1, organised=True, minutes=60), "other"),
}


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_design_traps_come_out_right(name: str, model: Model) -> None:
    fields, expected = TRAPS[name]
    tagged = tag_rows(pd.DataFrame([fields]), model).iloc[0]
    assert tagged["category"] == expected, tagged["reason"]


def test_predict_is_a_pure_function_of_model_and_rows(model: Model) -> None:
    rows = heldout().head(40)
    before = rows.copy()
    first, second = predict(model, rows), predict(model, rows)
    pd.testing.assert_frame_equal(first, second)
    pd.testing.assert_frame_equal(rows, before)  # the caller's rows are not touched
    assert first["confidence"].between(0, 1).all()
    assert first["reason"].str.startswith("model").all()


def test_repeated_rows_are_predicted_once_and_mapped_back(model: Model) -> None:
    rows = pd.DataFrame(
        [row("Weekly status", recurring=True)] * 500 + [row("Board strategy retreat")]
    )
    tags = predict(model, rows)
    assert len(tags) == 501
    assert tags["category"].iloc[:500].nunique() == 1
    assert list(tags.index) == list(rows.index)


def small_seed() -> pd.DataFrame:
    """Enough rows to learn from, few enough to fit in a moment."""
    return seed_corpus().groupby("label").head(30).reset_index(drop=True)


def test_the_cache_is_keyed_by_training_data_and_settings(tmp_path: Path) -> None:
    seed = small_seed()
    first = load_or_fit(seed, tmp_path)
    assert len(list(tmp_path.glob("model-*.pkl"))) == 1
    assert load_or_fit(seed, tmp_path).key == first.key  # served from the cache
    more = pd.concat([seed, seed.head(1).assign(label="strategy", weight=5.0)], ignore_index=True)
    changed = load_or_fit(more, tmp_path)
    assert changed.key != first.key
    other_settings = load_or_fit(seed, tmp_path, replace(DEFAULT_SETTINGS, c=3.0))
    assert other_settings.key not in (first.key, changed.key)
    assert len(list(tmp_path.glob("model-*.pkl"))) == 3


def test_a_corrupt_cache_file_is_rebuilt(tmp_path: Path) -> None:
    seed = small_seed()
    model = load_or_fit(seed, tmp_path)
    path = tmp_path / f"model-{model.key}.pkl"
    path.write_bytes(b"not a pickle")
    assert load_or_fit(seed, tmp_path).key == model.key
    assert path.stat().st_size > 1000


def test_too_little_data_is_refused_with_the_numbers() -> None:
    tiny = seed_corpus().groupby("label").head(3)
    with pytest.raises(NotEnoughData) as caught:
        fit(tiny)
    assert str(caught.value) == (
        "only 15 labelled rows and fewer than 10 for strategy, capability-building, execution, "
        "firefighting, other (need 100+ with 10+ per category); using rules only"
    )


def test_without_a_model_the_rules_still_tag() -> None:
    rows = pd.DataFrame(
        [row("Incident bridge INC-4411", lead=0.5, people=7), row("Ideas for next year")]
    )
    tagged = tag_rows(rows, None)
    assert list(tagged["category"]) == ["firefighting", "unclassified"]
    assert list(tagged["decided_by"]) == ["rule", "none"]
    assert list(tagged["flagged"]) == [False, True]


def test_fast_featurising_equals_scikit_learns_own(model: Model) -> None:
    """predict() featurises distinct values once and character n-grams once per word (a
    shortcut through a private scikit-learn attribute); it must equal transform() exactly,
    or a scikit-learn upgrade has changed what the shortcut relies on."""
    from timeaudit.classify.learn import _transform, features

    rows = features(heldout())
    columns = model.pipeline.named_steps["features"]
    fast = _transform(columns, rows, model.encoded)
    reference = columns.transform(rows)
    assert abs(fast - reference).max() < 1e-12


_ROW_HEAD = (
    "title,description,location,n_attendees,n_external,organizer_self,recurring,lead_hours,"
    "duration_min,local_start_hour,weekday,with_report,role,label\n"
)


def test_a_training_file_may_write_its_flags_as_pandas_does(tmp_path: Path) -> None:
    from timeaudit.classify.training import base_corpus
    from timeaudit.config.types import Config, Settings

    mine = tmp_path / "mine.csv"
    mine.write_text(_ROW_HEAD + "Standup,,,5,0,True,False,48,15,9,0,false,manager,execution\n")
    config = Config(None, Settings(training_data=mine), {}, (), {})
    corpus = base_corpus(config)
    assert corpus[["organizer_self", "recurring", "with_report"]].iloc[0].tolist() == [1, 0, 0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "settings.training_data cannot be read (No such file or directory)"),
        ("title,label\nStandup,execution\n", "settings.training_data lacks the column(s)"),
        (
            _ROW_HEAD + "Standup,,,5,0,maybe,1,48,15,9,0,0,manager,execution\n",
            "settings.training_data row 2, column organizer_self: 'maybe' is not 0 or 1",
        ),
    ],
)
def test_an_unreadable_training_file_is_one_line(
    tmp_path: Path, content: str | None, message: str
) -> None:
    from click.testing import CliRunner

    from timeaudit.cli.commands import main

    if content is not None:
        (tmp_path / "mine.csv").write_text(content, encoding="utf-8")
    ics = tmp_path / "cal.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261006T090000Z\r\n"
        "DTEND:20261006T100000Z\r\nSUMMARY:Standup\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    (tmp_path / "config.toml").write_text(
        '[settings]\ntraining_data = "mine.csv"\n\n[[people]]\nemail = "a@x.example"\n'
        'role = "manager"\ntz = "UTC"\nsources = ["c"]\n\n[sources.c]\nkind = "ics"\n'
        'path = "cal.ics"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["--home", str(tmp_path), "events", "--month", "2026-10"])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
