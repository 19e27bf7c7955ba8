"""Combining the classifiers into one tag per occurrence.

Precedence: the owner's own correction wins; then a high-precision rule; then the learned
model (or a low-precision rule, whichever is surer); what is left is unclassified. A tag
under the review threshold is flagged for review and still counted with its best guess.
Every tag says which of these decided it.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import warnings
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import pandas as pd

from timeaudit.classify.calibration import IDENTITY, Calibration
from timeaudit.classify.credit import Taught, credit, named
from timeaudit.classify.learn import (
    MODEL_COLUMNS,
    PREDICT_BATCH,
    Model,
    Predicted,
    Prepared,
    predict_distinct,
    prepare,
    tagged,
)
from timeaudit.classify.rules import RulePack, apply_rules, rule_picks, rules_result
from timeaudit.config.types import DEFAULT_REVIEW_THRESHOLD

#: A rule this sure or surer beats the model; below it, the surer of the two decides.
#: Chosen by cross-validation on the seed corpus (tools/select_model.py): letting rules of
#: 0.8 win scored macro-F1 0.906, 0.9 scored 0.921, 0.95 scored 0.924.
HIGH_PRECISION = 0.85
#: See :attr:`Classifier.parallel_from`.
PARALLEL_FROM = 200_000
#: The share of the model's batches the forked process predicts after the rules. The rules
#: take it about as long as most of the model takes here (1M events: rules 6.1 s, model
#: 6.7 s, preparing the model's inputs 1.4 s), so its share is small: measured 97-99k
#: events/s with a third of 50k-row batches, 99-106k with a tenth of 20k-row batches.
CHILD_SHARE = 0.1

CORRECTION_KEYS = ["owner", "source", "uid", "recurrence_id"]

Job = tuple[Model, Prepared]


@dataclass(frozen=True)
class Classifier:
    """Everything that decides tags, for one run."""

    pack: RulePack
    models: dict[str, Model | None]  # per owner; None: rules only
    corrections: pd.DataFrame  # columns owner, source, uid, recurrence_id ('' = series), label
    review_threshold: float = DEFAULT_REVIEW_THRESHOLD
    #: Rows from which the rules and the model run at once on two cores (where the platform
    #: forks): below it, starting a process costs more than it saves.
    parallel_from: int = PARALLEL_FROM
    #: Per owner whose model learnt corrections: the model without them and the corrections,
    #: so a tag they changed names the correction it is like (:mod:`.credit`). A digest of
    #: them is in the owner's model key, which :func:`versions` hashes.
    taught: Mapping[str, Taught] = field(default_factory=dict)
    #: Raw confidence -> the share of such tags that were right (:mod:`.calibration`).
    calibration: Calibration = IDENTITY


def classify(frame: pd.DataFrame, classifier: Classifier) -> pd.DataFrame:
    """``category``, ``confidence`` (calibrated), ``raw_confidence``, ``decided_by``
    (correction, rule, model, none), ``rule_id``, ``reason`` and ``flagged`` for every row
    of ``frame``."""
    return _finish(frame, _machine(frame, classifier), classifier)


def _machine(frame: pd.DataFrame, classifier: Classifier) -> pd.DataFrame:
    """The rules' and the model's tag (:data:`TAG_COLUMNS`), before any correction: a
    function of each row's inputs (:func:`input_keys`) alone."""
    rules, model_tags = _rules_and_model(frame, classifier)
    out = rules.assign(decided_by=np.where(rules["rule_id"] != "", "rule", "none"))
    if model_tags is not None:
        out = _prefer_model(out, model_tags)
    return credit(frame, out, classifier.models, classifier.taught)


def _finish(frame: pd.DataFrame, machine: pd.DataFrame, classifier: Classifier) -> pd.DataFrame:
    """The machine's confidences calibrated (the raw one kept as ``raw_confidence``), the
    owner's corrections over its tags (a tag they taught the model to change names, for the
    row's owner, the correction it is like), and what needs review."""
    calibrated = classifier.calibration.apply(machine)
    machine = machine.assign(raw_confidence=machine["confidence"], confidence=calibrated)
    out = _apply_corrections(
        frame, named(frame, machine, classifier.taught), classifier.corrections
    )
    out["flagged"] = (out["decided_by"] != "correction") & (
        out["confidence"] < classifier.review_threshold
    )
    return out


# -- the tag cache ---------------------------------------------------------------------------
#: What the cache keeps per distinct input: the machine's tag, before corrections (which
#: are applied afresh on every run, so a new correction never waits for the cache).
TAG_COLUMNS = ("category", "confidence", "rule_id", "reason", "decided_by")
_TAG_TYPES = {c: (float if c == "confidence" else "str") for c in TAG_COLUMNS}
#: Part of every key: bump it when the way the rules and the model combine changes, so tags
#: made by older code are not reused.
TAGS_FORMAT = 1

Known = Callable[[npt.NDArray[np.int64]], pd.DataFrame]


@dataclass(frozen=True)
class Tagged:
    """:func:`classify_reusing`'s answer."""

    tags: pd.DataFrame  # what :func:`classify` returns, for every row
    known: pd.DataFrame  # every row's machine tag (TAG_COLUMNS) with its ``key``: the cache
    classified: int  # rows the rules and the model ran on
    reused: int  # rows whose tag came from the cache


def versions(classifier: Classifier) -> dict[str, str]:
    """Per owner, a digest of everything besides the row that decides its machine tag:
    the rule pack, the owner's model (its key hashes what it learned, corrections
    included), how the two combine, and the library that hashes the rows."""
    head = f"{TAGS_FORMAT}|{HIGH_PRECISION}|{pd.__version__}|{classifier.pack!r}"
    head += f"|{classifier.calibration!r}"
    # the long part (the whole pack) hashed once, not once per owner: a cohort asks for a
    # thousand owners in every chunk
    shared = hashlib.sha256(head.encode()).hexdigest()
    digests: dict[str, str] = {}
    for owner, model in classifier.models.items():
        key = model.key if model is not None else "rules only"
        digests[owner] = hashlib.sha256(f"{shared}|{key}".encode()).hexdigest()[:32]
    return digests


def input_keys(frame: pd.DataFrame, classifier: Classifier) -> npt.NDArray[np.int64]:
    """One 64-bit key per row from every column the rules and the model read, and the
    owner's :func:`versions`: rows with equal keys get equal machine tags."""
    digests = versions(classifier)
    rules_only = hashlib.sha256(f"{TAGS_FORMAT}|{classifier.pack!r}".encode()).hexdigest()[:32]
    columns = sorted(set(classifier.pack.columns) | set(MODEL_COLUMNS))
    inputs = frame[columns].assign(_version=frame["owner"].map(digests).fillna(rules_only))
    hashed = pd.util.hash_pandas_object(inputs, index=False).to_numpy()
    return np.asarray(hashed).view(np.int64)


def classify_reusing(frame: pd.DataFrame, classifier: Classifier, known: Known) -> Tagged:
    """:func:`classify`, running the rules and the model only on rows whose key
    :func:`input_keys` the cache (``known``: keys -> TAG_COLUMNS by key) does not hold."""
    keys = input_keys(frame, classifier)
    found = known(np.unique(keys))[list(TAG_COLUMNS)].astype(_TAG_TYPES)
    hit = np.isin(keys, found.index.to_numpy())
    parts = []
    if hit.any():
        parts.append(found.reindex(keys[hit]).set_axis(frame.index[hit]))
    if not hit.all():
        parts.append(_machine(frame[~hit], classifier)[list(TAG_COLUMNS)])
    machine = pd.concat(parts).reindex(frame.index) if parts else _machine(frame, classifier)
    tags = _finish(frame, machine, classifier)
    cache = machine[list(TAG_COLUMNS)].assign(key=keys)
    return Tagged(tags, cache, int((~hit).sum()), int(hit.sum()))


def _rules_and_model(
    frame: pd.DataFrame, classifier: Classifier
) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """The rules' and the model's tags. On a large frame both at once: a forked process
    (which inherits the frame) runs the rules and predicts the last of the largest model's
    batches (:data:`CHILD_SHARE`), this one predicts the rest; only the results are sent
    back."""
    jobs = _model_jobs(frame, classifier.models)
    if len(frame) < classifier.parallel_from or not _can_fork():
        predicted = [predict_distinct(model, prepared.unique) for model, prepared in jobs]
        return apply_rules(frame, classifier.pack), _model_tags(jobs, predicted)
    share = _child_share(jobs)
    context = multiprocessing.get_context("fork")
    with warnings.catch_warnings():
        # Python 3.12+ warns that forking a process with threads may deadlock; the child
        # runs regexes, numpy and scipy only, and exits.
        warnings.filterwarnings("ignore", "This process .* fork", DeprecationWarning)
        pool = ProcessPoolExecutor(1, context, _inherit, (frame, classifier.pack, share))
        child = pool.submit(_inherited_work)
    with pool:
        cut = len(share[1]) if share else 0
        predicted = [
            predict_distinct(model, prepared.unique.iloc[: len(prepared.unique) - cut * (i == 0)])
            for i, (model, prepared) in enumerate(jobs)
        ]
        picks, tail = child.result()
    if tail is not None:
        predicted[0] = _joined(predicted[0], tail)
    return rules_result(frame.index, classifier.pack, picks), _model_tags(jobs, predicted)


def _model_jobs(frame: pd.DataFrame, models: dict[str, Model | None]) -> list[Job]:
    """One job per distinct model (the same training key is the same model: everyone
    without corrections shares the seed model) over all of its owners' rows, the largest
    first."""
    inputs = frame[list(MODEL_COLUMNS)]
    jobs = [
        (model, prepare(inputs if rows.all() else inputs.loc[rows]))
        for model, owners in _owners_by_model(models)
        if (rows := frame["owner"].isin(owners).to_numpy()).any()
    ]
    return sorted(jobs, key=lambda job: -len(job[1].unique))


def _model_tags(jobs: list[Job], predicted: list[Predicted]) -> pd.DataFrame | None:
    parts = [tagged(prepared, p) for (_, prepared), p in zip(jobs, predicted, strict=True)]
    return pd.concat(parts) if parts else None


def _child_share(jobs: list[Job]) -> tuple[Model, pd.DataFrame] | None:
    """The largest job's last batches, :data:`CHILD_SHARE` of them (whole batches, so the
    sums in each row are the ones :func:`predict` makes), which the rules' process predicts
    too; None when that is not one whole batch."""
    if not jobs:
        return None
    model, prepared = jobs[0]
    batches = -(-len(prepared.unique) // PREDICT_BATCH)
    share = int(batches * CHILD_SHARE)
    if share < 1:
        return None
    return model, prepared.unique.iloc[(batches - share) * PREDICT_BATCH :]


def _joined(head: Predicted, tail: Predicted) -> Predicted:
    category, confidence, reason = (np.concatenate(pair) for pair in zip(head, tail, strict=True))
    return category, confidence, reason


def _can_fork() -> bool:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) >= 2 and "fork" in multiprocessing.get_all_start_methods()


#: In the forked process only: what :func:`_rules_and_model` handed it.
_INHERITED: list[tuple[pd.DataFrame, RulePack, tuple[Model, pd.DataFrame] | None]] = []


def _inherit(frame: pd.DataFrame, pack: RulePack, share: tuple[Model, pd.DataFrame] | None) -> None:
    _INHERITED.append((frame, pack, share))


def _inherited_work() -> tuple[npt.NDArray[np.intp], Predicted | None]:
    frame, pack, share = _INHERITED[-1]
    return rule_picks(frame, pack), predict_distinct(*share) if share else None


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
    # Only rows whose uid was corrected can match: merge those (a few) instead of every row.
    candidates = frame["uid"].isin(corrections["uid"]).to_numpy()
    keys = frame.loc[candidates, CORRECTION_KEYS].reset_index()
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
