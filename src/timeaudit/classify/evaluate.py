"""How good are the tags? Accuracy, macro-F1, per-category precision and recall, the
confusion matrix and the worst misses, for a file of true labels.

Two label files are understood:

* **by event**: columns ``uid`` (the iCalendar UID ``timeaudit events`` shows, or the
  source's own id, its ``provider_id``), ``recurrence_id`` (empty: every occurrence of the
  series) and ``label``, matched against the events of a period;
* **by description**: the labelled-corpus format (``title`` plus the context columns of
  :data:`timeaudit.classify.learn.FEATURE_COLUMNS` and ``label``), such as the held-out evaluation
  set; each row is classified as an event with that title and context would be.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from sklearn.metrics import (
    accuracy_score,
    confusion_matrix,
    f1_score,
    precision_recall_fscore_support,
)

from timeaudit.categories import LABELS
from timeaudit.classify.learn import FEATURE_COLUMNS, read_labelled, with_outside_hours
from timeaudit.config.types import DEFAULT_WORK_END, DEFAULT_WORK_START
from timeaudit.errors import UsageError
from timeaudit.store.frames import normalise_types
from timeaudit.store.records import STORED_COLUMNS

BY_EVENT = ("uid", "recurrence_id", "label")


@dataclass(frozen=True)
class Evaluation:
    n: int
    accuracy: float
    macro_f1: float
    per_class: pd.DataFrame  # index category; precision, recall, f1, support
    confusion: pd.DataFrame  # rows true, columns predicted
    worst: pd.DataFrame  # title, label, predicted, confidence, n: sure and wrong first


def read_labels(path: Path) -> pd.DataFrame:
    try:
        labels = read_labelled(path)
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise UsageError(f"{path}: cannot read the labels: {exc}") from None
    missing = set(BY_EVENT) - set(labels.columns)
    if missing and not set(FEATURE_COLUMNS) | {"label"} <= set(labels.columns):
        raise UsageError(
            f"{path}: needs columns uid, recurrence_id, label (labels by event) or "
            f"{', '.join(FEATURE_COLUMNS)}, label (labels by description)"
        )
    bad = sorted(set(labels["label"]) - set(LABELS))
    if bad:
        raise UsageError(
            f"{path}: unknown label(s) {', '.join(map(repr, bad))}; use {', '.join(LABELS)}"
        )
    return labels


def is_by_event(labels: pd.DataFrame) -> bool:
    return set(BY_EVENT) <= set(labels.columns)


def described_events(
    labels: pd.DataFrame,
    owner: str = "eval@example.com",
    work_start: float = DEFAULT_WORK_START,
    work_end: float = DEFAULT_WORK_END,
) -> pd.DataFrame:
    """Stored-and-context columns for rows given by description, so the real classifier
    (rules and model together) tags them exactly as it would tag calendar events; ``outside
    working hours`` is judged against the owner's hours, as for their calendar."""
    n = len(labels)
    frame = pd.DataFrame({c: [""] * n for c in STORED_COLUMNS}, index=labels.index)
    frame["owner"], frame["source"] = owner, "evaluation"
    frame["uid"] = [f"row-{i}" for i in range(n)]
    for col in ("title", "description", "location"):
        frame[col] = labels[col].fillna("").astype(str)
    frame["response"], frame["busy"], frame["status"], frame["kind"] = (
        "accepted",
        "busy",
        "confirmed",
        "default",
    )
    start = pd.Timestamp("2026-01-05", tz="UTC") + pd.to_timedelta(
        labels["local_start_hour"].astype(float), unit="h"
    )
    frame["start"] = start
    frame["end"] = start + pd.to_timedelta(labels["duration_min"].astype(float), unit="min")
    frame["created"] = start - pd.to_timedelta(labels["lead_hours"].astype(float), unit="h")
    frame["all_day"], frame["private"] = False, False
    frame = normalise_types(frame)
    return _context_from_labels(frame, with_outside_hours(labels, work_start, work_end))


def _context_from_labels(frame: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for col in ("n_attendees", "n_external", "weekday"):
        out[col] = labels[col].astype(int)
    for col in ("organizer_self", "recurring", "with_report"):
        out[col] = labels[col].astype(bool)
    out["lead_hours"] = labels["lead_hours"].astype(float)
    out["duration_min"] = labels["duration_min"].astype(float)
    out["local_start_hour"] = labels["local_start_hour"].astype(float)
    out["role"], out["person_tz"] = labels["role"].astype(str), "UTC"
    out["external"] = out["n_external"] > 0
    out["one_to_one"] = out["n_attendees"] == 2
    out["outside_hours"] = labels["outside_hours"].astype(bool)
    # A described row is one event: no list addresses, no manager known, and a series'
    # first booking and span unknown (NaN satisfies no bound) unless it is a one-off.
    out["n_groups"], out["with_manager"], out["has_reports"] = 0, False, False
    one_off = ~out["recurring"]
    out["series_lead_hours"] = out["lead_hours"].where(one_off)
    out["series_days"] = pd.Series(0.0, index=out.index).where(one_off)
    out["text"] = (
        out["title"] + " \n " + out["description"] + " \n " + out["location"]
    ).str.lower()
    return out


def match_events(events: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    """The tagged occurrences that ``labels`` covers, with the true ``label`` beside them
    (:func:`true_labels`), indexed from 0."""
    truth = true_labels(events, labels)
    keyed = events.assign(label=truth).reset_index(drop=True)
    return keyed[truth.notna().to_numpy()]


def true_labels(events: pd.DataFrame, labels: pd.DataFrame) -> pd.Series:
    """Each occurrence's true label on ``events``' index (missing where ``labels`` has
    none): an exact (uid, recurrence id) label first, else the series' label (empty
    recurrence id).

    A label's uid names an event as ``timeaudit events`` shows it, by its iCalendar UID
    (``ical_uid``: the UID of an ICS export, Google's ``iCalUID``, Outlook's decoded
    ``iCalUId``), or by the source's own id (the stored ``uid``, the export's
    ``provider_id``); the iCalendar UID is tried first. The same label file therefore scores
    the same meetings whether they were read from an export, Google or Microsoft."""
    labels = labels.assign(
        uid=labels["uid"].fillna("").astype(str),
        recurrence_id=labels["recurrence_id"].fillna("").astype(str),
    )
    exact = labels[list(BY_EVENT)].drop_duplicates(["uid", "recurrence_id"])
    series = labels[labels["recurrence_id"] == ""][["uid", "label"]].drop_duplicates("uid")
    keyed = events.reset_index(drop=True)
    names = [keyed["uid"].astype(str)]
    if "ical_uid" in keyed.columns:
        ical = keyed["ical_uid"].astype(str)
        names.insert(0, ical.where(ical != "", names[0]))
    truth = pd.Series(None, index=keyed.index, dtype=object)
    for on_series in (False, True):
        for name in names:
            probe = pd.DataFrame({"uid": name, "recurrence_id": keyed["recurrence_id"]})
            found = (
                probe[["uid"]].merge(series, on="uid", how="left")
                if on_series
                else probe.merge(exact, on=["uid", "recurrence_id"], how="left")
            )
            truth = truth.combine_first(found["label"])
    return pd.Series(truth.to_numpy(), index=events.index, dtype=object)


def score(tagged: pd.DataFrame, worst: int = 10) -> Evaluation:
    """``tagged`` has ``label`` (truth), ``category`` (the tag), ``confidence`` and ``title``."""
    truth, predicted = tagged["label"].astype(str), tagged["category"].astype(str)
    labels = list(LABELS)
    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=labels, zero_division=0
    )
    per_class = pd.DataFrame(
        {"precision": precision, "recall": recall, "f1": f1, "support": support}, index=labels
    )
    confusion = pd.DataFrame(
        confusion_matrix(truth, predicted, labels=[*labels, "unclassified"])[: len(labels)],
        index=labels,
        columns=[*labels, "unclassified"],
    )
    wrong = (
        tagged[truth != predicted]
        .groupby(["title", "label", "category"], as_index=False, sort=False)
        .agg(confidence=("confidence", "max"), n=("confidence", "size"))
        .sort_values(["confidence", "n"], ascending=False)
    )
    return Evaluation(
        n=len(tagged),
        accuracy=float(accuracy_score(truth, predicted)),
        macro_f1=float(f1_score(truth, predicted, labels=labels, average="macro", zero_division=0)),
        per_class=per_class,
        confusion=confusion,
        worst=wrong[["title", "label", "category", "confidence", "n"]]
        .head(worst)
        .rename(columns={"category": "predicted"}),
    )


def render(evaluation: Evaluation) -> str:
    """The evaluation as text for the terminal."""
    lines = [
        f"events: {evaluation.n}   accuracy: {evaluation.accuracy:.3f}   "
        f"macro-F1: {evaluation.macro_f1:.3f}",
        "",
        "per category:",
        evaluation.per_class.to_string(float_format=lambda v: f"{v:.3f}"),
        "",
        "confusion matrix (rows: true, columns: tagged):",
        evaluation.confusion.to_string(),
    ]
    if not evaluation.worst.empty:
        lines += ["", "worst misses (surest first; x N: occurrences with that title):"]
        for row in evaluation.worst.to_dict("records"):
            title = " ".join(str(row["title"]).split())[:60]
            n = int(row["n"])
            times = f"x{n:<3}" if n > 1 else "    "
            lines.append(
                f"  {float(row['confidence']):.2f} {times} {row['label']!s:>19} -> "
                f"{row['predicted']!s:<19}  {title}"
            )
    return "\n".join(lines)
