"""What each person's classifier learns from: the shipped seed corpus (or a labelled CSV
named in config) plus that person's own corrections, weighted up. Corrections belong to
the person whose calendar it is, so each person with corrections gets a model of their
own; everyone else shares the seed model. Models are cached by a hash of what they learned."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from timeaudit.classify.calibration import shipped
from timeaudit.classify.classifier import Classifier
from timeaudit.classify.context import PersonContext, add_context
from timeaudit.classify.learn import (
    DEFAULT_SETTINGS,
    FEATURE_COLUMNS,
    MODEL_COLUMNS,
    Model,
    NotEnoughData,
    load_or_fit,
    read_labelled,
    seed_corpus,
    with_outside_hours,
)
from timeaudit.classify.rules import RulePack, combine, default_pack, load_pack
from timeaudit.config.types import Config, Person
from timeaudit.errors import UsageError
from timeaudit.store.sqlite import Store


def base_corpus(config: Config) -> pd.DataFrame:
    """The labelled rows every model starts from, judged against the configured hours."""
    settings = config.settings
    if settings.training_data is None:
        return seed_corpus(settings.work_start, settings.work_end)
    path = settings.training_data
    try:
        labelled = read_labelled(path)
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0]
        raise UsageError(
            f"{path}: settings.training_data cannot be read ({reason}); give a labelled CSV "
            "with the columns of evaluation/heldout.csv, or remove the setting"
        ) from None
    missing = [c for c in (*FEATURE_COLUMNS, "label") if c not in labelled.columns]
    if missing:
        raise UsageError(
            f"{path}: settings.training_data lacks the column(s) {', '.join(missing)} "
            "(see evaluation/heldout.csv for the format)"
        )
    return with_outside_hours(labelled, settings.work_start, settings.work_end).assign(weight=1.0)


def correction_rows(corrected: pd.DataFrame, context: PersonContext) -> pd.DataFrame:
    """One person's corrected events (:meth:`Store.corrected_events`, with ``label``) as
    labelled rows, one per distinct corrected event shape (a corrected weekly series is one
    row, not fifty)."""
    if corrected.empty:
        return pd.DataFrame(columns=[*MODEL_COLUMNS, "label", "weight"])
    events = corrected.drop(columns="label")
    rows = add_context(events, {context.email: context})[list(MODEL_COLUMNS)].assign(
        label=corrected["label"].to_numpy()
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
    """The rules, each person's model and every correction. Everyone without corrections
    shares one model object (for a thousand people, one model in memory rather than a
    thousand copies); each person with corrections gets their own. Corrections are read
    from the store once for everyone."""
    models: dict[str, Model | None] = {}
    emails = [p.email for p in people]
    if config.settings.learn:
        base = base_corpus(config)
        corrected = store.corrected_events(emails)
        by_owner = {str(k): g for k, g in corrected.groupby("owner", sort=False)}
        shared: list[Model | None] = []  # the base model, once it is needed
        for person in people:
            own = correction_rows(by_owner.get(person.email, corrected.iloc[:0]),
                                  contexts[person.email])  # fmt: skip
            if own.empty:
                if not shared:
                    shared.append(_model_or_none(base, cache_dir, warn))
                models[person.email] = shared[0]
            else:
                training = pd.concat([base, own], ignore_index=True)
                models[person.email] = _model_or_none(training, cache_dir, warn, person)
    corrections = store.corrections(emails)
    return Classifier(
        pack, models, corrections, config.settings.review_threshold, calibration=shipped()
    )


def _model_or_none(
    training: pd.DataFrame,
    cache_dir: Path,
    warn: Callable[[str], None],
    person: Person | None = None,
) -> Model | None:
    try:
        return load_or_fit(training, cache_dir)
    except NotEnoughData as exc:
        whose = f"{person.email}: " if person else ""
        warn(f"warning: {whose}the learned classifier is off: {exc}")
        return None


def rule_pack(config: Config) -> RulePack:
    return combine(*(load_pack(p) for p in config.settings.rules), default_pack())
