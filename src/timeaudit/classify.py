"""Combining the classifiers into one tag per occurrence.

Precedence: the owner's own correction wins; then a high-precision rule; then the learned
model (or a low-precision rule, whichever is surer); what is left is unclassified. A tag
under the review threshold is flagged for review and still counted with its best guess.
Every tag says which of these decided it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from timeaudit.learn import FEATURE_COLUMNS, Model, predict
from timeaudit.rules import RulePack, apply_rules

#: A rule this sure or surer beats the model; below it, the surer of the two decides.
#: Chosen by cross-validation on the seed corpus (tools/select_model.py): letting rules of
#: 0.8 win scored macro-F1 0.906, 0.9 scored 0.921, 0.95 scored 0.924.
HIGH_PRECISION = 0.95
#: Tags less sure than this are flagged for review.
REVIEW_THRESHOLD = 0.6

CORRECTION_KEYS = ["owner", "source", "uid", "recurrence_id"]


@dataclass(frozen=True)
class Classifier:
    """Everything that decides tags, for one run."""

    pack: RulePack
    models: dict[str, Model | None]  # per owner; None: rules only
    corrections: pd.DataFrame  # columns owner, source, uid, recurrence_id ('' = series), label
    review_threshold: float = REVIEW_THRESHOLD


def classify(frame: pd.DataFrame, classifier: Classifier) -> pd.DataFrame:
    """``category``, ``confidence``, ``decided_by`` (correction, rule, model, none),
    ``rule_id``, ``reason`` and ``flagged`` for every row of ``frame``."""
    rules = apply_rules(frame, classifier.pack)
    out = rules.assign(decided_by=np.where(rules["rule_id"] != "", "rule", "none"))
    model_tags = _model_tags(frame, classifier.models)
    if model_tags is not None:
        out = _prefer_model(out, model_tags)
    out = _apply_corrections(frame, out, classifier.corrections)
    out["flagged"] = (out["decided_by"] != "correction") & (
        out["confidence"] < classifier.review_threshold
    )
    return out


def _model_tags(frame: pd.DataFrame, models: dict[str, Model | None]) -> pd.DataFrame | None:
    """One :func:`predict` per distinct model (the same training key is the same model:
    everyone without corrections shares the seed model), over all of its owners' rows."""
    parts = [
        predict(model, frame.loc[rows, list(FEATURE_COLUMNS)])
        for model, owners in _owners_by_model(models)
        if (rows := frame["owner"].isin(owners).to_numpy()).any()
    ]
    return pd.concat(parts) if parts else None


def _owners_by_model(models: dict[str, Model | None]) -> list[tuple[Model, list[str]]]:
    groups: dict[str, tuple[Model, list[str]]] = {}
    for owner, model in models.items():
        if model is not None:
            groups.setdefault(model.key, (model, []))[1].append(owner)
    return list(groups.values())


def _prefer_model(out: pd.DataFrame, model: pd.DataFrame) -> pd.DataFrame:
    """The model decides where no high-precision rule fired and it is surer than any
    low-precision rule that did."""
    model = model.reindex(out.index)
    has_model = model["category"].notna()
    strong_rule = (out["decided_by"] == "rule") & (out["confidence"] >= HIGH_PRECISION)
    take = has_model & ~strong_rule & (model["confidence"].fillna(0) > out["confidence"])
    result = out.copy()
    result.loc[take, "category"] = model.loc[take, "category"]
    result.loc[take, "confidence"] = model.loc[take, "confidence"]
    result.loc[take, "reason"] = model.loc[take, "reason"]
    result.loc[take, "rule_id"] = ""
    result.loc[take, "decided_by"] = "model"
    return result


def _apply_corrections(
    frame: pd.DataFrame, out: pd.DataFrame, corrections: pd.DataFrame
) -> pd.DataFrame:
    """An instance's own correction beats its series' correction; both beat everything."""
    if corrections.empty:
        return out
    keys = frame[CORRECTION_KEYS].reset_index()
    instance = keys.merge(corrections, on=CORRECTION_KEYS, how="left").set_index("index")["label"]
    series_keys = keys.assign(recurrence_id="")
    series = series_keys.merge(corrections, on=CORRECTION_KEYS, how="left").set_index("index")[
        "label"
    ]
    label = instance.combine_first(series).reindex(out.index)
    hit = label.notna()
    result = out.copy()
    result.loc[hit, "category"] = label[hit]
    result.loc[hit, "confidence"] = 1.0
    result.loc[hit, "reason"] = "your correction"
    result.loc[hit, "rule_id"] = ""
    result.loc[hit, "decided_by"] = "correction"
    return result
