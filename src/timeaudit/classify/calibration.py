"""Confidence that means what it says: a tag given 0.8 is right about four times in five.

The rules' confidences are numbers written by hand and the model's probabilities are learned
on the seed corpus, whose events are cleaner than real calendars; both were too sure on
calendars the project had never seen. So each source of tags (``rule``, ``model``) gets a
monotone map from its raw confidence to the share of tags that were right at that
confidence, measured on labelled calendars (isotonic regression, scikit-learn): the shipped
map is ``classifiers/calibration.toml``, written by ``tools/calibrate.py`` from the
development set and the demo's labels, never from the test set.

The raw confidences still decide precedence (a rule of raw confidence
:data:`~timeaudit.classify.classifier.HIGH_PRECISION` or more wins); the calibrated ones
are what users see, what flags a tag for review and what the share ranges are built from.
A correction is certain (1.0) and is not mapped.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np
import numpy.typing as npt
import pandas as pd

#: The sources of tags a map exists for.
SOURCES = ("rule", "model")


@dataclass(frozen=True)
class Curve:
    """A monotone map given by its knots: raw confidence -> calibrated, linear between."""

    raw: tuple[float, ...]
    calibrated: tuple[float, ...]

    def __call__(self, values: npt.ArrayLike) -> npt.NDArray[np.float64]:
        mapped: npt.NDArray[np.float64] = np.interp(
            np.asarray(values, dtype=float), self.raw, self.calibrated
        )
        return mapped


@dataclass(frozen=True)
class Calibration:
    curves: dict[str, Curve]
    measured_on: str = ""

    def apply(self, tags: pd.DataFrame) -> pd.Series:
        """``tags``' confidence calibrated by the curve of its ``decided_by`` (rows of other
        sources, corrections and untagged rows, unchanged)."""
        out = tags["confidence"].astype(float).copy()
        for source, curve in self.curves.items():
            rows = (tags["decided_by"] == source).to_numpy()
            if rows.any():
                out[rows] = curve(out[rows].to_numpy())
        return out


IDENTITY = Calibration({})


#: No calibrated confidence is below chance among the five categories: the few tags a source
#: gives at its lowest raw confidences are too few to say a guess is worse than that.
FLOOR = 0.2


def fit_curve(confidence: npt.ArrayLike, right: npt.ArrayLike, knots: int = 12) -> Curve:
    """The isotonic fit of ``right`` (0/1) on ``confidence`` (never under :data:`FLOOR`),
    thinned to at most ``knots`` points (quantiles of the raw confidences), so the shipped
    table stays readable."""
    from sklearn.isotonic import IsotonicRegression

    x = np.asarray(confidence, dtype=float)
    y = np.asarray(right, dtype=float)
    fitted = IsotonicRegression(y_min=FLOOR, y_max=1.0, out_of_bounds="clip").fit(x, y)
    grid = np.unique(np.quantile(x, np.linspace(0.0, 1.0, knots)))
    grid = np.unique(np.concatenate([[0.0], grid, [1.0]]))
    values = np.maximum.accumulate(np.round(fitted.predict(grid), 4))
    return Curve(tuple(float(v) for v in np.round(grid, 4)), tuple(float(v) for v in values))


def to_toml(calibration: Calibration) -> str:
    lines = [
        "# Confidence calibration: raw confidence -> share of tags that were right, per source",
        "# of tags. Written by tools/calibrate.py; do not edit by hand.",
        f"measured_on = {json.dumps(calibration.measured_on)}",  # a TOML basic string
        "",
    ]
    for source, curve in calibration.curves.items():
        lines += [
            f"[{source}]",
            f"raw = [{', '.join(f'{v:g}' for v in curve.raw)}]",
            f"calibrated = [{', '.join(f'{v:g}' for v in curve.calibrated)}]",
            "",
        ]
    return "\n".join(lines)


def parse(text: str) -> Calibration:
    data = tomllib.loads(text)
    curves = {}
    for source in SOURCES:
        table = data.get(source)
        if isinstance(table, dict):
            raw = tuple(float(v) for v in table["raw"])
            calibrated = tuple(float(v) for v in table["calibrated"])
            if len(raw) != len(calibrated) or list(raw) != sorted(raw):
                raise ValueError(f"calibration.toml [{source}]: raw must be sorted, one per value")
            curves[source] = Curve(raw, calibrated)
    return Calibration(curves, str(data.get("measured_on", "")))


@cache
def shipped() -> Calibration:
    """The calibration shipped in ``classifiers/calibration.toml`` (none: identity)."""
    resource = files("timeaudit.classifiers").joinpath("calibration.toml")
    if not resource.is_file():
        return IDENTITY
    return parse(resource.read_text(encoding="utf-8"))
