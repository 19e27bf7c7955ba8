"""Measure how often tags of each raw confidence are right, and ship that as the calibration.

Runs the whole audit (no calibration, no corrections) on the labelled calendar sets given
(by default the development sets and the demo's, evaluation/calendars/dev, dev2, dev3 and demo;
NEVER the test set, whose figures must stay honest), fits one isotonic curve per source of
tags (rule, model) from raw confidence to "was it right", and writes
classifiers/calibration.toml. Prints each curve and the expected calibration error on the
fitted sets before and after (in-sample: the test set's figure is the one to quote).

Run: .venv/bin/python tools/calibrate.py [SET_DIR ...]
"""

from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

import pandas as pd

from timeaudit.app import runs
from timeaudit.audit.evaluation import read_set, reliability
from timeaudit.classify import calibration as cal

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SETS = [
    ROOT / "evaluation" / "calendars" / name for name in ("dev", "dev2", "dev3", "demo")
]
OUT = ROOT / "classifiers" / "calibration.toml"


def main(sets: list[Path]) -> None:
    if any(s.resolve().name == "test" for s in sets):
        sys.exit("calibrate: the test set is never fitted on; give the dev or demo sets")
    parts = []
    with mock.patch("timeaudit.classify.training.shipped", return_value=cal.IDENTITY):
        for folder in sets:
            rows, _ = runs.labelled_months(read_set(folder), ROOT / ".calibration-models")
            parts.append(rows.assign(set=folder.name))
    tagged = pd.concat(parts, ignore_index=True)
    tagged = tagged[tagged["decided_by"].isin(cal.SOURCES)]
    right = (tagged["category"].astype(str) == tagged["label"].astype(str)).astype(float)
    curves = {}
    for source in cal.SOURCES:
        mine = (tagged["decided_by"] == source).to_numpy()
        if mine.sum() >= 50:
            curves[source] = cal.fit_curve(tagged["confidence"][mine], right[mine])
    names = ", ".join(f"{s.name} ({(tagged['set'] == s.name).sum()} events)" for s in sets)
    result = cal.Calibration(curves, f"{names}; {len(tagged)} tagged occurrences")
    OUT.write_text(cal.to_toml(result), encoding="utf-8")
    before = reliability(tagged["confidence"], right == 1.0).ece
    after = reliability(result.apply(tagged), right == 1.0).ece
    for source, curve in curves.items():
        knots = ", ".join(
            f"{r:.2f}->{c:.2f}" for r, c in zip(curve.raw, curve.calibrated, strict=True)
        )
        print(f"{source}: {knots}")
    print(f"measured on {result.measured_on}")
    print(
        f"expected calibration error on these sets: {before:.3f} raw, "
        f"{after:.3f} calibrated (in-sample)"
    )
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or DEFAULT_SETS)
