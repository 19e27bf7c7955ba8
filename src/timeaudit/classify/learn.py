"""The learned classifier: pure functions over labelled rows.

``fit(labelled) -> Model`` and ``predict(model, rows) -> (category, confidence, reason)``;
no stateful predictor. Features are word and character n-grams of title, description and
location plus the event's context (attendees, external people, who organised it,
recurrence, lead time, duration, time of day, a direct report present, the owner's role).
A user's correction is one more labelled row, weighted up.

The labelled format (the seed corpus in ``classifiers/seed_*.csv``, the held-out file, and
frames from :func:`timeaudit.classify.context.add_context`) shares the columns
:data:`FEATURE_COLUMNS`.
The model also reads ``outside_hours`` (:data:`MODEL_COLUMNS`), which a labelled file does
not carry: :func:`with_outside_hours` derives it with the configured working hours, by the one
definition the rules use (:func:`timeaudit.classify.context.outside_hours`).
"""

from __future__ import annotations

import hashlib
import io
import pickle
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from importlib.resources import files
from itertools import chain
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MaxAbsScaler, OneHotEncoder
from threadpoolctl import threadpool_limits

from timeaudit.categories import LABELS
from timeaudit.classify.context import distinct_rows, outside_hours
from timeaudit.config.types import DEFAULT_WORK_END, DEFAULT_WORK_START
from timeaudit.errors import TimeauditError
from timeaudit.files import write_atomically

TEXT_COLUMNS = ("title", "description", "location")
CONTEXT_COLUMNS = (
    "n_attendees",
    "n_external",
    "organizer_self",
    "recurring",
    "lead_hours",
    "duration_min",
    "local_start_hour",
    "weekday",
    "with_report",
    "role",
)
FEATURE_COLUMNS = (*TEXT_COLUMNS, *CONTEXT_COLUMNS)
#: What the model reads: the labelled columns plus whether the event is outside working hours.
MODEL_COLUMNS = (*FEATURE_COLUMNS, "outside_hours")
NUMERIC = (
    "solo",
    "one_to_one",
    "log_attendees",
    "has_external",
    "organizer_self",
    "recurring",
    "with_report",
    "lead_missing",
    "lead_short",
    "log_lead",
    "log_duration",
    "outside_hours",
    "weekend",
)
FEATURE_NAMES = {
    "solo": "alone (a block)",
    "one_to_one": "two people",
    "log_attendees": "attendee count",
    "has_external": "external attendees",
    "organizer_self": "you organised it",
    "recurring": "recurring",
    "with_report": "a direct report attends",
    "lead_missing": "creation time unknown",
    "lead_short": "booked under 4 h ahead",
    "log_lead": "booked long ahead",
    "log_duration": "duration",
    "outside_hours": "outside working hours",
    "weekend": "weekend",
}


class NotEnoughData(TimeauditError):
    """Too few labelled rows to learn from; the caller falls back to rules."""


@dataclass(frozen=True)
class LearnSettings:
    """Model settings; part of the cache key. ``version`` changes when feature code does.

    The defaults were chosen by cross-validation on the seed corpus
    (``tools/select_model.py`` prints the comparison)."""

    c: float = 10.0
    char_ngrams: tuple[int, int] = (2, 5)
    word_ngrams: tuple[int, int] = (1, 2)
    min_rows: int = 100
    min_per_class: int = 10
    #: How many seed rows one correction weighs: 10 did best among 1 to 400 on the demo
    #: calendars and leaving one seed persona out (``tools/correction_effect.py``).
    correction_weight: float = 10.0
    version: int = 2  # 2: outside_hours from the configured working hours, not 8-18


DEFAULT_SETTINGS = LearnSettings()


@dataclass(frozen=True)
class Model:
    pipeline: Pipeline
    key: str
    n_rows: int
    classes: tuple[str, ...]
    #: Derived from the fitted pipeline when it is fitted, and cached with it, so that a
    #: command does not derive them again: each text block's vocabulary as integers (by
    #: block name; None where the shortcut does not apply) and the features' readable names.
    encoded: Mapping[str, _Encoded | None] = field(default_factory=dict)
    labels: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=object))


def _derived(model: Model) -> Model:
    """``model`` with its :attr:`Model.encoded` and :attr:`Model.labels` filled in."""
    columns = model.pipeline.named_steps["features"]
    encoded = {
        name: _encode(step)
        for name, step, _ in columns.transformers_
        if isinstance(step, TfidfVectorizer)
    }
    return replace(model, encoded=encoded, labels=_feature_labels(columns))


def seed_corpus(
    work_start: float = DEFAULT_WORK_START, work_end: float = DEFAULT_WORK_END
) -> pd.DataFrame:
    """The shipped labelled corpus, every row weight 1, judged against these working hours."""
    folder = files("timeaudit.classifiers")
    parts = [
        read_labelled(io.StringIO((folder / name).read_text(encoding="utf-8")))
        for name in sorted(p.name for p in folder.iterdir() if p.name.startswith("seed_"))
    ]
    seed = pd.concat(parts, ignore_index=True)
    return with_outside_hours(seed, work_start, work_end).assign(weight=1.0)


def read_labelled(source: Path | io.StringIO) -> pd.DataFrame:
    """A labelled CSV in the shared format (seed, held-out, a user's own)."""
    text = dict.fromkeys(TEXT_COLUMNS, str)
    frame: pd.DataFrame = pd.read_csv(
        source, dtype=text, keep_default_na=False, na_values={"lead_hours": [""]}
    )
    return frame


def with_outside_hours(labelled: pd.DataFrame, work_start: float, work_end: float) -> pd.DataFrame:
    """``labelled`` with ``outside_hours`` from its weekday, start hour and duration.

    A labelled row belongs to nobody in the config, so it is judged against the configured
    default working hours (``[settings] work_start``/``work_end``)."""
    start = pd.to_numeric(labelled["local_start_hour"], errors="coerce")
    minutes = pd.to_numeric(labelled["duration_min"], errors="coerce").fillna(0)
    weekday = pd.to_numeric(labelled["weekday"], errors="coerce").fillna(0)
    end = (start + minutes / 60.0) % 24
    return labelled.assign(outside_hours=outside_hours(weekday, start, end, work_start, work_end))


def features(rows: pd.DataFrame) -> pd.DataFrame:
    """Model inputs from the shared columns: text plus coarse numeric context. Coarse on
    purpose: occurrences of one series map to the same row, so they are predicted once."""
    out = pd.DataFrame(index=rows.index)
    for col in TEXT_COLUMNS:
        out[col] = rows[col].fillna("").astype(str)
    out["text"] = out["title"] + " | " + out["description"] + " | " + out["location"]
    context = _context_features(rows)
    for col in context.columns:
        out[col] = context[col].to_numpy()
    return out


def _context_features(rows: pd.DataFrame) -> pd.DataFrame:
    """The numeric context columns (:data:`NUMERIC`) and the role."""
    out = pd.DataFrame(index=rows.index)
    people = pd.to_numeric(rows["n_attendees"], errors="coerce").fillna(1)
    lead = pd.to_numeric(rows["lead_hours"], errors="coerce")
    duration = pd.to_numeric(rows["duration_min"], errors="coerce").fillna(30)
    out["solo"] = (people <= 1).astype(float)
    out["one_to_one"] = (people == 2).astype(float)
    out["log_attendees"] = np.round(np.log1p(people), 1)
    out["has_external"] = (pd.to_numeric(rows["n_external"], errors="coerce").fillna(0) > 0).astype(
        float
    )
    for col in ("organizer_self", "recurring", "with_report"):
        out[col] = rows[col].astype(float).fillna(0.0)
    out["lead_missing"] = lead.isna().astype(float)
    out["lead_short"] = (lead < 4).astype(float)
    out["log_lead"] = np.round(np.log1p(lead.fillna(48).clip(lower=0)), 0)
    out["log_duration"] = np.round(np.log1p(duration.clip(lower=0)), 1)
    out["outside_hours"] = rows["outside_hours"].astype(float).fillna(0.0)
    out["weekend"] = (pd.to_numeric(rows["weekday"], errors="coerce").fillna(0) >= 5).astype(float)
    out["role"] = rows["role"].fillna("").astype(str)
    return out


def distinct_inputs(rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """``(codes, first)``: rows with the same code have the same :func:`features` row, and
    ``first`` is the position of each code's first row. The text is compared as given (one
    code per distinct title, description and location), the context as the model sees it,
    so the text columns are only built for distinct rows."""
    keys = _context_features(rows).reset_index(drop=True)
    for col in TEXT_COLUMNS:
        keys[f"{col} code"] = pd.factorize(rows[col])[0]
    return distinct_rows(keys)


def _pipeline(settings: LearnSettings) -> Pipeline:
    columns = ColumnTransformer(
        [
            (
                "title",
                TfidfVectorizer(ngram_range=settings.word_ngrams, sublinear_tf=True),
                "title",
            ),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=settings.char_ngrams,
                    sublinear_tf=True,
                    min_df=2,
                ),
                "text",
            ),
            ("words", TfidfVectorizer(sublinear_tf=True), "description"),
            ("context", MaxAbsScaler(), list(NUMERIC)),
            ("role", OneHotEncoder(handle_unknown="ignore"), ["role"]),
        ]
    )
    return Pipeline(
        [("features", columns), ("model", LogisticRegression(C=settings.c, max_iter=5000))]
    )


def training_key(labelled: pd.DataFrame, settings: LearnSettings) -> str:
    """A hash of the training rows and the settings: the model cache's key."""
    digest = hashlib.sha256(repr(sorted(asdict(settings).items())).encode())
    columns = [*MODEL_COLUMNS, "label", "weight"]
    table = labelled.reindex(columns=columns)
    digest.update(pd.util.hash_pandas_object(table.astype(str), index=False).to_numpy().tobytes())
    return digest.hexdigest()[:24]


def check_enough(labelled: pd.DataFrame, settings: LearnSettings) -> None:
    counts = labelled["label"].value_counts()
    short = [c for c in LABELS if counts.get(c, 0) < settings.min_per_class]
    if len(labelled) < settings.min_rows or short:
        few = f" and fewer than {settings.min_per_class} for {', '.join(short)}" if short else ""
        need = f"need {settings.min_rows}+ with {settings.min_per_class}+ per category"
        raise NotEnoughData(f"only {len(labelled)} labelled rows{few} ({need}); using rules only")


def fit(labelled: pd.DataFrame, settings: LearnSettings = DEFAULT_SETTINGS) -> Model:
    """Learn from ``labelled`` (the shared columns plus ``label`` and optional ``weight``)."""
    check_enough(labelled, settings)
    weight = labelled["weight"] if "weight" in labelled else pd.Series(1.0, index=labelled.index)
    pipeline = _pipeline(settings)
    # One BLAS thread: L-BFGS works on vectors (~150k weights) too short to share out; with
    # a thread per core the fit took twice the wall time and three times the CPU, and its
    # coefficients depended (in the 8th digit) on how many cores the machine has.
    with threadpool_limits(limits=1, user_api="blas"):
        pipeline.fit(features(labelled), labelled["label"], model__sample_weight=weight.to_numpy())
    classes = tuple(str(c) for c in pipeline.classes_)
    return _derived(Model(pipeline, training_key(labelled, settings), len(labelled), classes))


#: Distinct rows featurised at a time: bounds the feature matrix (~200 stored values a row)
#: and is the unit in which two processes share the work (see classify.CHILD_SHARE).
#: Batches also fix the order of floating-point sums in a row's tf-idf (by the order of the
#: batch's words), so whoever predicts a share of the rows must cut it at batch boundaries.
PREDICT_BATCH = 20_000

Predicted = tuple[np.ndarray, np.ndarray, np.ndarray]


@dataclass(frozen=True)
class Prepared:
    """Rows reduced to their distinct model inputs: ``unique.iloc[codes]`` lines up with
    the rows (``index``)."""

    index: pd.Index
    codes: np.ndarray
    unique: pd.DataFrame


def predict(model: Model, rows: pd.DataFrame, explain: int = 3) -> pd.DataFrame:
    """``category``, ``confidence`` (the predicted class's probability) and ``reason`` (the
    features that pushed hardest towards it) for every row, computed once per distinct row."""
    prepared = prepare(rows)
    return tagged(prepared, predict_distinct(model, prepared.unique, explain))


def prepare(rows: pd.DataFrame) -> Prepared:
    codes, first = distinct_inputs(rows)
    return Prepared(rows.index, codes, features(rows.iloc[first]))


def predict_distinct(model: Model, unique: pd.DataFrame, explain: int = 3) -> Predicted:
    """(category, confidence, reason) arrays for :func:`features` rows, a batch at a time."""
    batches = range(0, max(len(unique), 1), PREDICT_BATCH)
    parts = [_predict_distinct(model, unique.iloc[i : i + PREDICT_BATCH], explain) for i in batches]
    category, confidence, reason = (np.concatenate(columns) for columns in zip(*parts, strict=True))
    return category, confidence, reason


def tagged(prepared: Prepared, predicted: Predicted) -> pd.DataFrame:
    """The tags of every prepared row from the predictions of its distinct rows."""
    category, confidence, reason = (column[prepared.codes] for column in predicted)
    return pd.DataFrame(
        {"category": category, "confidence": confidence, "reason": reason}, index=prepared.index
    )


def _predict_distinct(
    model: Model, unique: pd.DataFrame, explain: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(category, confidence, reason) arrays for rows already deduplicated; the features
    are computed once and serve both the probabilities and the reasons."""
    matrix = _transform(model.pipeline.named_steps["features"], unique, model.encoded)
    proba = model.pipeline.named_steps["model"].predict_proba(matrix)
    best = proba.argmax(axis=1)
    category = np.asarray(model.classes)[best]
    confidence = proba[np.arange(len(best)), best]
    reason = np.asarray(_reasons(model, matrix, best, explain), dtype=object)
    return category, confidence, reason


def _transform(
    columns: ColumnTransformer, rows: pd.DataFrame, encoded: Mapping[str, _Encoded | None]
) -> sparse.csr_matrix:
    """``columns.transform(rows)``, faster on many rows: each text column is vectorised once
    per distinct value, n-grams counted without a Python loop per document
    (:func:`_word_counts`, :func:`_char_wb_counts`), and every block is CSR so scipy stacks
    them without going through COO."""
    blocks = [
        _text_block(step, rows[cols], encoded.get(name))
        if isinstance(step, TfidfVectorizer)
        else step.transform(rows[cols])
        for name, step, cols in columns.transformers_
        if step != "drop"
    ]
    return sparse.hstack([sparse.csr_matrix(b) for b in blocks], format="csr")


def _text_block(
    vectorizer: TfidfVectorizer, texts: pd.Series, encoded: _Encoded | None
) -> sparse.csr_matrix:
    codes, distinct = pd.factorize(texts)
    docs = [str(d) for d in np.asarray(distinct, dtype=object).tolist()]
    counts = (
        _char_wb_counts(vectorizer, docs, encoded)
        if vectorizer.analyzer == "char_wb"
        else _word_counts(vectorizer, docs, encoded)
    )
    if counts is None:  # settings the shortcuts do not cover: scikit-learn's own path
        return sparse.csr_matrix(vectorizer.transform(docs))[codes]
    tfidf = vectorizer._tfidf.transform(counts, copy=False)  # what transform() does next
    return sparse.csr_matrix(tfidf)[codes]


# -- counting n-grams without a Python loop per document ---------------------------------
#
# scikit-learn analyses one document at a time in Python. On many documents the same counts
# come faster from one pass over all of them: the documents are joined by NUL (never part of a
# token, and no case mapping looks across it), tokens become integer codes, an n-gram becomes
# one integer (its codes as digits), and the integers are looked up in the fitted vocabulary
# encoded the same way. The counts equal CountVectorizer.transform's; a test checks it.

_NUL = "\x00"
_DEFAULT_WORDS = {
    "analyzer": "word",
    "token_pattern": r"(?u)\b\w\w+\b",
    "lowercase": True,
    "preprocessor": None,
    "tokenizer": None,
    "stop_words": None,
    "strip_accents": None,
    "input": "content",
}


@dataclass(frozen=True)
class _Encoded:
    """A fitted vocabulary's n-grams as integers: per n, sorted keys and their columns."""

    alphabet: dict[str, int]  # a token (word analyzer) or character (char_wb), from 1
    keys: dict[int, tuple[np.ndarray, np.ndarray]]


def _encode(vectorizer: TfidfVectorizer) -> _Encoded | None:
    """The fitted vocabulary encoded; None when its keys would not fit in 64 bits."""
    words = vectorizer.analyzer == "word"
    grams = [(g.split(" ") if words else list(g), j) for g, j in vectorizer.vocabulary_.items()]
    alphabet = {u: i + 1 for i, u in enumerate(sorted({u for parts, _ in grams for u in parts}))}
    if (len(alphabet) + 1) ** vectorizer.ngram_range[1] >= 2**63:
        return None
    by_n: dict[int, list[tuple[int, int]]] = {}
    for parts, column in grams:
        key = _key([alphabet[u] for u in parts], len(alphabet) + 1)
        by_n.setdefault(len(parts), []).append((key, column))
    keys = {}
    for n, pairs in by_n.items():
        pairs.sort()
        keys[n] = (np.asarray([k for k, _ in pairs]), np.asarray([c for _, c in pairs]))
    return _Encoded(alphabet, keys)


def _key(codes: list[int], base: int) -> int:
    key = 0
    for code in codes:
        key = key * base + code
    return key


def _ngram_counts(
    encoded: _Encoded, codes: np.ndarray, group: np.ndarray, shape: tuple[int, int]
) -> sparse.csr_matrix:
    """Counts (rows: ``group`` values) of the vocabulary's n-grams in the code sequence
    ``codes`` (0: not in the vocabulary); a window counts when it lies inside one group (a
    document's tokens, a padded word's characters), which must be contiguous."""
    base = len(encoded.alphabet) + 1
    rows, columns = [np.zeros(0, dtype=np.intp)], [np.zeros(0, dtype=np.intp)]
    key = np.zeros(len(codes), dtype=np.int64)
    for n in range(1, max(encoded.keys, default=0) + 1):
        key = key[: len(codes) - n + 1] * base + codes[n - 1 :]
        if n not in encoded.keys or not len(key):
            continue
        sorted_keys, columns_of = encoded.keys[n]
        at = np.minimum(np.searchsorted(sorted_keys, key), len(sorted_keys) - 1)
        found = (sorted_keys[at] == key) & (group[: len(key)] == group[n - 1 :])
        rows.append(group[: len(key)][found])
        columns.append(columns_of[at[found]])
    row, column = np.concatenate(rows), np.concatenate(columns)
    counts = sparse.csr_matrix((np.ones(len(row)), (row, column)), shape=shape)
    counts.sum_duplicates()  # canonical: sorted indices, as scikit-learn's
    return counts


def _word_counts(
    vectorizer: TfidfVectorizer, docs: list[str], encoded: _Encoded | None
) -> sparse.csr_matrix | None:
    r"""``CountVectorizer.transform(docs)`` for a default word analyzer (n-grams up to 3),
    given its vocabulary :func:`_encode`\ d; None where the shortcut does not apply."""
    settings = vectorizer.get_params()
    if any(settings.get(k) != v for k, v in _DEFAULT_WORDS.items()):
        return None
    joined = _NUL.join(docs).lower()  # NUL: not cased, so no case mapping looks across it
    if encoded is None or joined.count(_NUL) != len(docs) - 1:
        return None
    tokens = re.findall(vectorizer.token_pattern + "|" + _NUL, joined)
    codes, distinct = pd.factorize(np.asarray([*tokens, _NUL], dtype=object))
    unique = distinct.tolist()
    nul = unique.index(_NUL)  # (numpy would compare "\x00" as "")
    separator = codes[:-1] == nul
    document = np.cumsum(separator)[~separator]
    alphabet = np.asarray([encoded.alphabet.get(t, 0) for t in unique], dtype=np.int64)
    shape = (len(docs), len(vectorizer.vocabulary_))
    return _ngram_counts(encoded, alphabet[codes[:-1][~separator]], document, shape)


def _doc_words(
    vectorizer: TfidfVectorizer, docs: list[str]
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The whitespace-separated words of each preprocessed document, as (document of each
    word, its code, the distinct words); with the default preprocessing (lower-casing) in
    one pass over all documents, joined by a NUL between spaces."""
    if vectorizer.preprocessor is None and vectorizer.strip_accents is None:
        joined = f" {_NUL} ".join(docs)
        if joined.count(_NUL) == len(docs) - 1:
            tokens = (joined.lower() if vectorizer.lowercase else joined).split()
            codes, distinct = pd.factorize(np.asarray([*tokens, _NUL], dtype=object))
            words = [str(w) for w in distinct.tolist()]
            nul = words.index(_NUL)  # (numpy would compare "\x00" as "")
            separator = codes[:-1] == nul
            codes = codes[:-1][~separator]
            del words[nul]
            return np.cumsum(separator)[~separator], codes - (codes > nul), words
    preprocess = vectorizer.build_preprocessor()
    tokens_of = [preprocess(doc).split() for doc in docs]
    lengths = np.fromiter((len(t) for t in tokens_of), dtype=np.intp, count=len(docs))
    codes, distinct = pd.factorize(np.fromiter(chain.from_iterable(tokens_of), dtype=object))
    return np.repeat(np.arange(len(docs)), lengths), codes, [str(w) for w in distinct.tolist()]


def _char_wb_counts(
    vectorizer: TfidfVectorizer, docs: list[str], encoded: _Encoded | None
) -> sparse.csr_matrix | None:
    """``CountVectorizer.transform(docs)`` for a ``char_wb`` analyzer: its n-grams never
    cross a word boundary, so a document's counts are the sum of its words' counts; each
    distinct word is counted once and the documents are a (document x word) matrix times
    that."""
    if encoded is None or vectorizer.ngram_range[0] > 3:  # 3: the shortest padded word
        return None
    rows, codes, words = _doc_words(vectorizer, docs)
    per_doc = sparse.csr_matrix((np.ones(len(codes)), (rows, codes)), shape=(len(docs), len(words)))
    padded = "".join(f" {w} " for w in words)
    chars = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32)
    table = np.asarray(sorted(map(ord, encoded.alphabet)), dtype=np.uint32)
    at = np.minimum(np.searchsorted(table, chars), max(len(table) - 1, 0))
    char_codes = np.where(table[at] == chars, at + 1, 0).astype(np.int64)
    word_of = np.repeat(np.arange(len(words)), [len(w) + 2 for w in words])
    shape = (len(words), len(vectorizer.vocabulary_))
    per_word = _ngram_counts(encoded, char_codes, word_of, shape)
    return sparse.csr_matrix(per_doc @ per_word)


def _feature_labels(columns: ColumnTransformer) -> np.ndarray:
    """Readable names of a fitted transformer's features."""
    return np.asarray([_feature_label(n) for n in columns.get_feature_names_out()], dtype=object)


def _reasons(model: Model, matrix: sparse.csr_matrix, best: np.ndarray, top: int) -> list[str]:
    """The strongest positive contributions (coefficient × feature value) towards each
    row's class, at most ``top`` per row, strongest first. Computed on the matrix's stored
    entries only: a dense (rows × features) coefficient array would not fit in memory."""
    estimator = model.pipeline.named_steps["model"]
    coef = (
        estimator.coef_
        if len(model.classes) > 2
        else np.vstack([-estimator.coef_[0], estimator.coef_[0]])
    )
    row = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    value = matrix.data * coef[best[row], matrix.indices]
    keep = np.flatnonzero(value > 0)
    rows, picked = _top_per_row(row[keep], value[keep], top)
    chosen = np.full((matrix.shape[0], max(top, 1)), -1, dtype=np.int64)
    rank = np.arange(len(rows)) - np.searchsorted(rows, rows)  # rows sorted, strongest first
    chosen[rows, rank] = matrix.indices[keep[picked]]
    combos, which = np.unique(chosen, axis=0, return_inverse=True)  # few distinct top lists
    labels = model.labels
    texts = [_reason_text([labels[f] for f in combo if f >= 0]) for combo in combos.tolist()]
    reasons: list[str] = np.asarray(texts, dtype=object)[which.reshape(-1)].tolist()
    return reasons


def _reason_text(names: list[str]) -> str:
    return "model: " + ", ".join(dict.fromkeys(names)) if names else "model"


def _top_per_row(row: np.ndarray, value: np.ndarray, top: int) -> tuple[np.ndarray, np.ndarray]:
    """Where the ``top`` largest values of each row are (``row`` sorted), as ``(rows,
    positions)`` ordered by row, then largest first; a tie goes to the earlier position.
    One vectorised pass per rank: every row's maximum is taken, then masked out."""
    value = value.copy()
    found: list[np.ndarray] = []
    starts = _run_starts(row)
    lengths = np.diff(starts, append=len(row))
    for _ in range(min(top, int(lengths.max(initial=0)))):
        highest = np.maximum.reduceat(value, starts) if len(row) else value
        highest[highest == -np.inf] = np.nan  # a row already exhausted: nothing equals NaN
        at_max = np.flatnonzero(value == np.repeat(highest, lengths))
        first = at_max[_run_starts(row[at_max])]
        found.append(first)
        value[first] = -np.inf
    positions = np.concatenate(found) if found else np.zeros(0, dtype=np.intp)
    positions = positions[np.argsort(row[positions], kind="stable")]
    return row[positions], positions


def _run_starts(sorted_values: np.ndarray) -> np.ndarray:
    """Where each run of equal values starts in a sorted array."""
    return np.flatnonzero(np.diff(sorted_values, prepend=-1))


def _feature_label(name: str) -> str:
    block, _, value = name.partition("__")
    if block == "context":
        return FEATURE_NAMES.get(value, value)
    if block == "role":
        return f"role {value.removeprefix('role_')}"
    where = {"title": "title", "chars": "text", "words": "description"}.get(block, block)
    return f"{where} '{value.strip()}'"


# -- the cache --------------------------------------------------------------------------
def load_or_fit(
    labelled: pd.DataFrame, cache_dir: Path, settings: LearnSettings = DEFAULT_SETTINGS
) -> Model:
    """The model for ``labelled``, from ``cache_dir`` when one with the same training data
    and settings was fitted before; fitted and cached otherwise."""
    key = training_key(labelled, settings)
    path = cache_dir / f"model-{key}.pkl"
    if path.exists():
        try:
            with path.open("rb") as handle:
                model = pickle.load(handle)  # our own cache, in the user's own folder
            if isinstance(model, Model) and model.key == key:
                return model if len(model.labels) else _derived(model)  # an older cache
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # a stale or truncated cache file is rebuilt below
    model = fit(labelled, settings)
    write_atomically(path, pickle.dumps(model))
    return model
