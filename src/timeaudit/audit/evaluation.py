"""Scoring the whole audit against a labelled set of calendars.

A set is a folder written independently of the training data (see
``evaluation/calendars/README.md``): a standard config (``timeaudit.toml``, ICS sources),
each person's calendar file, one labels file per person (``<slug>.labels.csv``: ``uid``,
``recurrence_id``, ``label``; an empty recurrence id labels the whole series) and
``set.toml``, which says whose months are labelled::

    [set]
    name = "test"
    authored = "how it was written, by whom, what the author did not see"

    [[persons]]
    email = "ana@example.com"
    slug = "ana"
    months = ["2026-10"]

What users act on is not the tag of one event but the split of a month and its verdict, so
besides the tags (macro-F1, the confusion matrix, calibration) each person's month is assessed
twice, once with the tool's tags and once with the true labels, by the same counting and
allocation: the **split error** is the largest difference between the two shares of a work
category, in points, and the verdicts either agree or not.

The pure part lives here (:func:`read_set`, :func:`month_scores`, :func:`reliability`); running
the pipeline over a set is :func:`timeaudit.app.runs.evaluate_set`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from timeaudit.audit.assess import VERDICT_LABELS, share_col
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import in_period, period_assessment
from timeaudit.categories import WORK
from timeaudit.classify.evaluate import Evaluation, true_labels
from timeaudit.config.types import Config, Person
from timeaudit.errors import UsageError

SET_FILE = "set.toml"
CONFIG_FILE = "timeaudit.toml"
#: Confidence bins of the calibration table and its expected calibration error.
BINS = 10


@dataclass(frozen=True)
class SetPerson:
    email: str
    slug: str
    months: tuple[str, ...]
    labels: Path


@dataclass(frozen=True)
class LabelledSet:
    root: Path
    name: str
    authored: str
    persons: tuple[SetPerson, ...]

    @property
    def months(self) -> list[str]:
        return sorted({m for p in self.persons for m in p.months})


def read_set(root: Path) -> LabelledSet:
    """The set in ``root``; :class:`UsageError` naming the file and what to fix."""
    path = root / SET_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(
            f"{path}: not found; a labelled set needs {SET_FILE} (see "
            "evaluation/calendars/README.md)"
        ) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read: {exc}") from None
    head = data.get("set", {})
    rows = data.get("persons", [])
    if not isinstance(head, dict) or not isinstance(rows, list) or not rows:
        raise UsageError(f"{path}: needs a [set] table and at least one [[persons]] entry")
    persons = []
    for i, row in enumerate(rows, 1):
        where = f"{path}: [[persons]] entry {i}"
        if not isinstance(row, dict):
            raise UsageError(f"{where} is not a table")
        email, slug, months = row.get("email"), row.get("slug"), row.get("months")
        if not isinstance(email, str) or not isinstance(slug, str) or not slug:
            raise UsageError(f"{where}: needs email and slug (text)")
        if not isinstance(months, list) or not months:
            raise UsageError(f'{where}: months must be a list such as ["2026-10"]')
        try:
            checked = tuple(Period.month(str(m)).label for m in months)
        except UsageError as exc:
            raise UsageError(f"{where}: {exc}") from None
        labels = root / str(row.get("labels", f"{slug}.labels.csv"))
        if not labels.is_file():
            raise UsageError(f"{where}: labels file {labels} not found")
        persons.append(SetPerson(email.lower(), slug, checked, labels))
    return LabelledSet(
        root, str(head.get("name", root.name)), str(head.get("authored", "")), _merged(persons)
    )


def _merged(persons: list[SetPerson]) -> tuple[SetPerson, ...]:
    """One entry per person: a person listed twice (a month each) has both months; their
    labels files must be the same file."""
    by_email: dict[str, SetPerson] = {}
    for p in persons:
        known = by_email.get(p.email)
        if known is None:
            by_email[p.email] = p
            continue
        if known.labels != p.labels:
            raise UsageError(
                f"{p.labels}: {p.email} is listed twice with different labels files; "
                "use one labels file per person"
            )
        months = tuple(sorted(set(known.months) | set(p.months)))
        by_email[p.email] = SetPerson(p.email, known.slug, months, known.labels)
    return tuple(by_email.values())


@dataclass(frozen=True)
class MonthScore:
    """One person's month, assessed with the tool's tags and with the true labels."""

    email: str
    slug: str
    month: str
    events: int  # counted occurrences scored
    unlabelled: int  # counted occurrences the labels do not cover (kept with the tool's tag)
    work_hours: float  # with the true labels
    shares: dict[str, float]  # the tool's, per work category (percent)
    true_shares: dict[str, float]
    verdict: str
    true_verdict: str

    @property
    def split_error(self) -> float:
        """The largest difference of a work category's share, in points."""
        return max(abs(self.shares[c] - self.true_shares[c]) for c in WORK)

    @property
    def worst_category(self) -> str:
        return max(WORK, key=lambda c: abs(self.shares[c] - self.true_shares[c]))

    @property
    def agrees(self) -> bool:
        return self.verdict == self.true_verdict


def month_scores(
    classified: pd.DataFrame,
    labels: dict[str, pd.DataFrame],
    config: Config,
    people: Sequence[Person],
    period: Period,
    slugs: dict[str, str],
) -> tuple[pd.DataFrame, list[MonthScore]]:
    """The counted, labelled occurrences of ``people`` in ``period`` (for the tag scores:
    ``label`` beside the tool's ``category`` and ``confidence``) and each person's
    :class:`MonthScore`. ``classified`` holds the tool's tags of every stored row read;
    ``labels`` the true labels per person."""
    truth = pd.Series(None, index=classified.index, dtype=object)
    for person in people:
        own = classified["owner"] == person.email
        found = true_labels(classified[own], labels[person.email])
        truth.loc[found.index] = found
    rows = in_period(classified, people, period)
    counted = rows[rows["counted"] & (rows["hours"] > 0)]
    scored = counted.assign(label=truth.reindex(counted.index))
    true_tags = classified.assign(
        category=truth.where(truth.notna(), classified["category"]).astype(str)
    )
    predicted = period_assessment(classified, config, people, period)
    actual = period_assessment(true_tags, config, people, period)
    scores = []
    for person in people:
        mine = scored[scored["owner"] == person.email]
        p: dict[Hashable, Any] = predicted.loc[person.email].to_dict()
        t: dict[Hashable, Any] = actual.loc[person.email].to_dict()
        scores.append(
            MonthScore(
                email=person.email,
                slug=slugs[person.email],
                month=period.label,
                events=int(mine["label"].notna().sum()),
                unlabelled=int(mine["label"].isna().sum()),
                work_hours=float(t["work_hours"]),
                shares={c: float(p[share_col(c)]) for c in WORK},
                true_shares={c: float(t[share_col(c)]) for c in WORK},
                verdict=VERDICT_LABELS.get(str(p["verdict"]), str(p["verdict"])),
                true_verdict=VERDICT_LABELS.get(str(t["verdict"]), str(t["verdict"])),
            )
        )
    return scored[scored["label"].notna()], scores


@dataclass(frozen=True)
class Reliability:
    """How well confidence matches accuracy (what :mod:`timeaudit.classify.calibration`
    corrects): per confidence bin the events, their mean
    confidence and the share that were right; ``ece`` is the expected calibration error
    (the bins' |accuracy - confidence| weighted by their events)."""

    table: pd.DataFrame  # index: bin label; events, confidence, accuracy
    ece: float


def reliability(confidence: pd.Series, right: pd.Series, bins: int = BINS) -> Reliability:
    conf = confidence.astype(float).clip(0.0, 1.0).to_numpy()
    hit = right.astype(bool).to_numpy()
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1], right=True), 0, bins - 1)
    frame = pd.DataFrame({"bin": which, "confidence": conf, "accuracy": hit.astype(float)})
    table = frame.groupby("bin").agg(
        events=("confidence", "size"),
        confidence=("confidence", "mean"),
        accuracy=("accuracy", "mean"),
    )
    table.index = [f"{edges[i]:.1f}-{edges[i + 1]:.1f}" for i in table.index]
    n = max(len(conf), 1)
    ece = float((table["events"] * (table["accuracy"] - table["confidence"]).abs()).sum() / n)
    return Reliability(table, ece)


@dataclass(frozen=True)
class SetEvaluation:
    name: str
    tags: Evaluation
    reliability: Reliability
    months: list[MonthScore]

    @property
    def mean_split_error(self) -> float:
        return float(np.mean([m.split_error for m in self.months])) if self.months else 0.0

    @property
    def max_split_error(self) -> float:
        return max((m.split_error for m in self.months), default=0.0)

    @property
    def agreement(self) -> float:
        return sum(m.agrees for m in self.months) / len(self.months) if self.months else 0.0


def render_set(result: SetEvaluation, misses: bool = False) -> str:
    """The set's scores as text: per person and month, then the summary, the tags' scores
    and the calibration table. The worst misses only when asked (``misses``): a test set is
    scored, not studied."""
    from timeaudit.classify.evaluate import render

    lines = [f"labelled set {result.name!r}: {len(result.months)} person-months", ""]
    header = (
        f"{'person':<22} {'month':<8} {'work h':>7}  {'split error':>16}  "
        f"{'verdict (tool)':<22} {'verdict (labels)':<22} agree"
    )
    lines.append(header)
    for m in result.months:
        error = f"{m.split_error:4.1f} pts {m.worst_category[:6]}"
        lines.append(
            f"{m.slug[:22]:<22} {m.month:<8} {m.work_hours:7.1f}  {error:>16}  "
            f"{m.verdict[:22]:<22} {m.true_verdict[:22]:<22} {'yes' if m.agrees else 'NO'}"
        )
    agreeing = sum(m.agrees for m in result.months)
    lines += [
        "",
        f"split error: mean {result.mean_split_error:.1f} pts, worst {result.max_split_error:.1f}"
        f" pts   verdicts agree: {agreeing}/{len(result.months)} "
        f"({100 * result.agreement:.0f}%)   expected calibration error: "
        f"{result.reliability.ece:.3f}",
        "",
    ]
    shown = result.tags if misses else _without_misses(result.tags)
    lines.append(render(shown))
    lines += [
        "",
        "calibration (confidence bins: events, mean confidence, share right):",
        result.reliability.table.to_string(float_format=lambda v: f"{v:.3f}"),
    ]
    return "\n".join(lines)


def _without_misses(tags: Evaluation) -> Evaluation:
    return replace(tags, worst=tags.worst.iloc[:0])
