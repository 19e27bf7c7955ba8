"""What each person's classifier learns from: the shipped seed corpus (or a labelled CSV
named in config) plus corrections, weighted up.

With ``[settings] pool_corrections = true`` (the default) every person's model learns from
every correction made in the workspace (its store), by anyone in its config: a coach's
client or an HR roster teaches one model, and everyone shares it. A private event's
correction teaches only its owner's model (its title is nobody else's business). With the
setting off, each person's model learns from their own corrections only. A store is one
workspace, so corrections never cross workspaces. Models are cached by a hash of what they
learned."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pandas as pd

from timeaudit.classify.calibration import shipped
from timeaudit.classify.classifier import Classifier
from timeaudit.classify.context import PersonContext, add_context, person_context
from timeaudit.classify.credit import EXAMPLE_COLUMNS, Taught
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

#: A labelled row's columns: what the model learns from.
TRAINING = [*MODEL_COLUMNS, "label", "weight"]


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
    labelled = labelled.assign(**{c: _flag_column(labelled[c], path, c) for c in FLAG_COLUMNS})
    return with_outside_hours(labelled, settings.work_start, settings.work_end).assign(weight=1.0)


#: The yes/no columns of a labelled CSV, and the words they may hold.
FLAG_COLUMNS = ("organizer_self", "recurring", "with_report")
_FLAG_WORDS = {"1": 1, "0": 0, "true": 1, "false": 0, "yes": 1, "no": 0, "": 0, "nan": 0}


def _flag_column(values: pd.Series, path: Path, column: str) -> pd.Series:
    """A yes/no column as 0/1 (``True``/``False``, as pandas writes booleans, included); a
    value that is neither is one line naming the file, the row and the column."""
    words = values.astype(str).str.strip().str.lower()
    flags = words.map(_FLAG_WORDS)
    bad = flags.isna().to_numpy().nonzero()[0]
    if len(bad):
        raise UsageError(
            f"{path}: settings.training_data row {bad[0] + 2}, column {column}: "
            f"{values.iloc[bad[0]]!r} is not 0 or 1 (true/false also do)"
        )
    return flags.astype(int)


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
    """The rules, each person's model and their corrections. People whose models learn
    the same rows share one model object (for a thousand people, one model in memory
    rather than a thousand copies). Corrections are read from the store once for
    everyone."""
    models: dict[str, Model | None] = {}
    taught: dict[str, Taught] = {}
    emails = [p.email for p in people]
    if config.settings.learn:
        base = base_corpus(config)
        rows_of = taught_rows(store, config, people, contexts)
        fitted: dict[tuple[int, ...], Model | None] = {}
        examples: dict[tuple[int, ...], pd.DataFrame] = {}
        keys: dict[int, tuple[int, ...]] = {}  # by frame: most people share one
        for person in people:
            rows = rows_of[person.email]
            key = keys.setdefault(id(rows), tuple(rows.index))
            if key not in fitted:
                training = pd.concat([base, rows[TRAINING]], ignore_index=True) if key else base
                fitted[key] = _model_or_none(training, cache_dir, warn, person if key else None)
                examples[key] = rows
            models[person.email] = fitted[key]
            if key and (plain := _base(fitted, base, cache_dir, warn)) is not None:
                taught[person.email] = Taught(plain, examples[key])
    corrections = store.corrections(emails)
    return Classifier(
        pack,
        models,
        corrections,
        config.settings.review_threshold,
        taught=taught,
        calibration=shipped(),
    )


def _base(
    fitted: dict[tuple[int, ...], Model | None],
    base: pd.DataFrame,
    cache_dir: Path,
    warn: Callable[[str], None],
) -> Model | None:
    """The model without corrections (fitted once, into ``fitted``)."""
    if () not in fitted:
        fitted[()] = _model_or_none(base, cache_dir, warn)
    return fitted[()]


def taught_rows(
    store: Store,
    config: Config,
    people: Sequence[Person],
    contexts: Mapping[str, PersonContext],
) -> dict[str, pd.DataFrame]:
    """Per person of ``people``, the correction rows their model learns from
    (:data:`TRAINING` columns, and whose correction it is: :data:`EXAMPLE_COLUMNS`; index:
    the row's number among every correction row read, so equal sets have equal indexes)."""
    pool = config.settings.pool_corrections
    teachers = _teachers(config, people) if pool else list(people)
    known = {**{p.email: person_context(config, p) for p in teachers}, **contexts}
    corrected = store.corrected_events([p.email for p in teachers])
    parts = [
        correction_rows(group, known[str(owner)]).assign(owner=str(owner), private=bool(private))
        for (owner, private), group in corrected.groupby(["owner", "private"], sort=True)
        if str(owner) in known
    ]
    if not parts:
        empty = pd.DataFrame(columns=[*TRAINING, *EXAMPLE_COLUMNS])
        return {p.email: empty for p in people}
    rows = pd.concat(parts, ignore_index=True)
    shared = ~rows["private"].astype(bool) if pool else pd.Series(False, index=rows.index)
    everyone = rows[shared]  # one frame for all whose own rows are all in it (a roster)
    apart = set(rows.loc[~shared, "owner"])
    return {
        p.email: rows[shared | (rows["owner"] == p.email)] if p.email in apart else everyone
        for p in people
    }


def _teachers(config: Config, people: Sequence[Person]) -> list[Person]:
    """Whose corrections a pooled model learns from: ``people`` and everyone else in the
    config who has not opted out."""
    named = {p.email for p in people}
    return [*people, *(p for p in config.people if p.email not in named and not p.opted_out)]


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
