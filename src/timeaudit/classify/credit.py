"""Which tags corrections changed, and the correction each is like.

A person's model learns their corrections (pooled: everyone's in the workspace) as
weighted rows (:mod:`timeaudit.classify.training`), so a correction moves the tags of
similar events in other series too. Where the model with corrections tags an event
differently from the model without them (the ``base`` model, the seed model everyone
without corrections shares), the corrections changed that tag, and its reason says so,
naming the most similar correction with that category, as the model sees events (the
cosine of their feature vectors): ``like your correction of 'Weekly sync w/ Ana'; model:
two people, recurring``. A correction of a private event is named "a private event"; one
made on a colleague's calendar (pooled) is never named: "like a correction on a
colleague's calendar". Tags the corrections did not change keep the model's reason.

Two steps, because machine tags are cached by their inputs and model, not by whose row it
is (two people may hold the same meeting): :func:`credit` runs with the model, on the rows
it tags afresh, and marks a changed tag with the example's number (``like correction
#3; ...``); :func:`named` turns the mark into words for the row's owner on every run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.preprocessing import normalize

from timeaudit.classify.learn import MODEL_COLUMNS, Model, features, predict

#: The columns an example needs besides :data:`MODEL_COLUMNS`.
EXAMPLE_COLUMNS = ("label", "owner", "private")
#: A changed tag's reason starts with this and the example's number (or with UNNAMED).
MARK = "like correction #"
UNNAMED = "changed by corrections"
_MARKED = re.compile(re.escape(MARK) + r"(\d+)")


@dataclass(frozen=True)
class Taught:
    """What one person's model learnt beyond the base corpus: the ``base`` model (without
    any correction) and the correction rows (``examples``: :data:`MODEL_COLUMNS` and
    :data:`EXAMPLE_COLUMNS`)."""

    base: Model
    examples: pd.DataFrame


def credit(
    frame: pd.DataFrame,
    tags: pd.DataFrame,
    models: Mapping[str, Model | None],
    taught: Mapping[str, Taught],
) -> pd.DataFrame:
    """``tags`` (of ``frame``'s rows) with the reason of every model tag that the owner's
    corrections changed marked with the example it is most like (see the module's text)."""
    by_model = _owners_by_model(models, taught)
    if not by_model:
        return tags
    result = tags.copy()
    for model, owners in by_model:
        rows = frame["owner"].isin(owners).to_numpy() & (tags["decided_by"] == "model").to_numpy()
        if not rows.any():
            continue
        teach = taught[owners[0]]
        inputs = frame.loc[rows, list(MODEL_COLUMNS)]
        base = predict(teach.base, inputs, explain=0)["category"]
        moved = inputs.index[(base != tags.loc[inputs.index, "category"]).to_numpy()]
        if len(moved):
            marks = _marks(model, inputs.loc[moved], tags.loc[moved, "category"], teach.examples)
            result.loc[moved, "reason"] = marks + "; " + tags.loc[moved, "reason"]
    return result


def named(frame: pd.DataFrame, tags: pd.DataFrame, taught: Mapping[str, Taught]) -> pd.DataFrame:
    """``tags`` with each :func:`credit` mark in words for the row's owner."""
    reasons = tags["reason"].astype(str)
    marked = reasons[reasons.str.startswith(MARK).to_numpy()]
    if marked.empty:
        return tags
    owners = frame.loc[marked.index, "owner"].astype(str).tolist()
    found = [_MARKED.match(reason) for reason in marked.tolist()]
    numbers = [int(m.group(1)) if m else -1 for m in found]
    words = {key: _words(taught, *key) for key in set(zip(owners, numbers, strict=True))}
    result = tags.copy()
    result.loc[marked.index, "reason"] = [
        words[owner, number] + reason[m.end() if m else len(MARK) :]
        for owner, number, m, reason in zip(owners, numbers, found, marked.tolist(), strict=True)
    ]
    return result


def _words(taught: Mapping[str, Taught], owner: str, number: int) -> str:
    teach = taught.get(owner)
    if teach is None or not 0 <= number < len(teach.examples):
        return UNNAMED  # a mark from corrections this owner's model did not learn
    return _like(teach.examples.iloc[number], owner)


def _owners_by_model(
    models: Mapping[str, Model | None], taught: Mapping[str, Taught]
) -> list[tuple[Model, list[str]]]:
    """Owners with a taught model, grouped by model (pooled: one group)."""
    groups: dict[str, tuple[Model, list[str]]] = {}
    for owner, teach in taught.items():
        model = models.get(owner)
        if model is not None and model.key != teach.base.key and len(teach.examples):
            groups.setdefault(model.key, (model, []))[1].append(owner)
    return list(groups.values())


def _marks(
    model: Model, inputs: pd.DataFrame, category: pd.Series, examples: pd.DataFrame
) -> pd.Series:
    """For each row, the mark of the most similar example with the row's category, as the
    model sees them (cosine of feature vectors); :data:`UNNAMED` where none has it."""
    columns = model.pipeline.named_steps["features"]
    both = pd.concat([inputs, examples[list(MODEL_COLUMNS)]])
    vectors = normalize(columns.transform(features(both)))
    similarity = (vectors[: len(inputs)] @ vectors[len(inputs) :].T).toarray()
    same = category.to_numpy()[:, None] == examples["label"].to_numpy()[None, :]
    nearest = np.where(same, similarity, -np.inf).argmax(axis=1)
    words = [f"{MARK}{j}" if same[i, j] else UNNAMED for i, j in enumerate(nearest.tolist())]
    return pd.Series(words, index=inputs.index, dtype=object)


def _like(example: pd.Series, owner: str) -> str:
    if str(example["owner"]) != owner:
        return "like a correction on a colleague's calendar"
    if bool(example["private"]):
        return "like your correction of a private event"
    return f"like your correction of '{example['title']}'"
