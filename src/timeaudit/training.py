"""What each person's classifier learns from: the shipped seed corpus (or a labelled CSV
named in config) plus that person's own corrections, weighted up. Corrections belong to
the person whose calendar it is, so each person with corrections gets a model of their
own; everyone else shares the seed model. Models are cached by a hash of what they learned."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from timeaudit.classify import Classifier
from timeaudit.config import Config, Person
from timeaudit.frame import PersonContext, add_context
from timeaudit.learn import (
    DEFAULT_SETTINGS,
    FEATURE_COLUMNS,
    Model,
    NotEnoughData,
    load_or_fit,
    read_labelled,
    seed_corpus,
)
from timeaudit.rules import RulePack
from timeaudit.store import Store


def base_corpus(config: Config) -> pd.DataFrame:
    path = config.settings.training_data
    if path is None:
        return seed_corpus()
    return read_labelled(path).assign(weight=1.0)


def correction_rows(store: Store, person: Person, context: PersonContext) -> pd.DataFrame:
    """The person's corrections as labelled rows, one per distinct corrected event shape
    (a corrected weekly series is one row, not fifty)."""
    events = store.corrected_events([person.email])
    if events.empty:
        return pd.DataFrame(columns=[*FEATURE_COLUMNS, "label", "weight"])
    label = events.pop("label")
    rows = add_context(events, {person.email: context})[list(FEATURE_COLUMNS)].assign(
        label=label.to_numpy()
    )
    rows = rows.drop_duplicates(subset=["title", "description", "location", "n_attendees", "label"])
    return rows.assign(weight=DEFAULT_SETTINGS.correction_weight)


def build_classifier(
    store: Store,
    config: Config,
    people: Sequence[Person],
    pack: RulePack,
    contexts: dict[str, PersonContext],
    cache_dir: Path,
    warn: Callable[[str], None],
) -> Classifier:
    models: dict[str, Model | None] = {}
    if config.settings.learn:
        base = base_corpus(config)
        for person in people:
            own = correction_rows(store, person, contexts[person.email])
            training = pd.concat([base, own], ignore_index=True) if not own.empty else base
            models[person.email] = _model_or_none(training, cache_dir, person, warn)
    corrections = store.corrections([p.email for p in people])
    return Classifier(pack, models, corrections, config.settings.review_threshold)


def _model_or_none(
    training: pd.DataFrame, cache_dir: Path, person: Person, warn: Callable[[str], None]
) -> Model | None:
    try:
        return load_or_fit(training, cache_dir)
    except NotEnoughData as exc:
        warn(f"warning: {person.email}: the learned classifier is off: {exc}")
        return None
