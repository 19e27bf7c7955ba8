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
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.preprocessing import normalize

from timeaudit.classify.learn import MODEL_COLUMNS, Model, features, predict

#: The columns an example needs besides :data:`MODEL_COLUMNS`.
EXAMPLE_COLUMNS = ("label", "owner", "private")


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
    corrections changed naming the correction it is like (see the module's text)."""
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
            likes = _likes(model, frame.loc[moved], tags.loc[moved, "category"], teach.examples)
            result.loc[moved, "reason"] = likes + "; " + tags.loc[moved, "reason"]
    return result


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


def _likes(
    model: Model, rows: pd.DataFrame, category: pd.Series, examples: pd.DataFrame
) -> pd.Series:
    """For each row, "like <the most similar example with the row's category>", as the
    row's owner may read it; "changed by corrections" where no example has it."""
    columns = model.pipeline.named_steps["features"]
    both = pd.concat([rows[list(MODEL_COLUMNS)], examples[list(MODEL_COLUMNS)]])
    vectors = normalize(columns.transform(features(both)))
    similarity = (vectors[: len(rows)] @ vectors[len(rows) :].T).toarray()
    same = category.to_numpy()[:, None] == examples["label"].to_numpy()[None, :]
    nearest = np.where(same, similarity, -np.inf).argmax(axis=1)
    words = [
        _like(examples.iloc[j], str(owner)) if same[i, j] else "changed by corrections"
        for i, (j, owner) in enumerate(zip(nearest, rows["owner"], strict=True))
    ]
    return pd.Series(words, index=rows.index, dtype=object)


def _like(example: pd.Series, owner: str) -> str:
    if str(example["owner"]) != owner:
        return "like a correction on a colleague's calendar"
    if bool(example["private"]):
        return "like your correction of a private event"
    return f"like your correction of '{example['title']}'"
