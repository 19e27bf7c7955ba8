"""tools/correction_effect.py on a tiny labelled set (tests/data/review_set): it walks
`review` with an oracle and prints the effect, including on series nobody corrected."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from tools.correction_effect import main

SET = Path(__file__).resolve().parent / "data" / "review_set"


def test_one_oracle_answer_fixes_its_series_and_a_similar_one_off() -> None:
    lines: list[str] = []
    main([str(SET), "--corrections", "1"], echo=lines.append)
    assert lines[0] == f"set: {SET}"
    assert lines[1] == "review with an oracle, up to 1 corrections per person"
    # every event right after (macro-F1 averages all five categories: two are in the set)
    assert re.fullmatch(
        r"  everyone \(6 labelled events\): macro-F1 0\.\d{3} -> 0\.400   "
        r"accuracy 0\.\d{3} -> 1\.000",
        lines[2],
    ), lines[2]
    # how many tags are open to review (offered) depends on how sure the model is
    assert re.fullmatch(
        r"  ana@example\.com 2026-10: macro-F1 0\.\d{3} -> 0\.400   accuracy 0\.\d{3} -> "
        r"1\.000   1 corrections of [23] offered, \d+\.\d s per answer",
        lines[3],
    ), lines[3]
    # the one answer was the weekly circle (the most hours at stake); the extra round of
    # it, a one-off nobody corrected, followed, and rightly
    assert lines[4] == (
        "  not-corrected series: 1 events in 1 series changed category: 1 now right, "
        "0 now wrong, 0 wrong before and after"
    )
    assert lines[5].startswith("  (not used) copying the label of the corrected event")


@pytest.mark.parametrize(
    ("remove", "message"),
    [
        (
            "set.toml",
            "set.toml: not found; a labelled set needs set.toml (see "
            "evaluation/calendars/README.md)",
        ),
        ("ana.labels.csv", "set.toml: [[persons]] entry 1: labels file {labels} not found"),
    ],
)
def test_a_broken_set_is_one_line(tmp_path: Path, remove: str, message: str) -> None:
    folder = tmp_path / "set"
    shutil.copytree(SET, folder)
    (folder / remove).unlink()
    with pytest.raises(SystemExit) as stopped:
        main([str(folder)], echo=lambda line: None)
    where, text = message.split(": ", 1)
    labels = folder / "ana.labels.csv"
    assert str(stopped.value) == f"{folder / where}: {text.format(labels=labels)}"
