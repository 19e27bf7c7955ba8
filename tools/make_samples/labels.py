"""The true labels of the demo calendars, for ``timeaudit evaluate``.

The category each event was written to illustrate is never written into the calendars. It
goes into ``evaluation/demo-labels-<slug>.csv`` instead: columns ``uid``, ``recurrence_id``,
``label``; one row per series or one-off with an empty recurrence id (every occurrence of that
UID), plus one row per RECURRENCE-ID override whose category differs from its series' (keyed
by :func:`timeaudit.model.recurrence_key` of its original start). A meeting shared between
calendars (one UID) is listed in each owner's file, with that owner's label.
"""

from __future__ import annotations

import csv
from pathlib import Path

from .builder import Builder
from .cast import LABELS


def label_rows(builder: Builder) -> list[tuple[str, str, str]]:
    """(uid, recurrence id, label) rows, sorted: one per series or one-off (recurrence id
    empty), one per override labelled otherwise than its series; categories outside the
    five are left out."""
    rows = [(uid, "", cat) for uid, cat in builder.cats.items() if cat in LABELS]
    rows += [
        (uid, rid, cat)
        for (uid, rid), cat in builder.instance_cats.items()
        if cat in LABELS and cat != builder.cats.get(uid)
    ]
    return sorted(rows)


def write_labels(builder: Builder, folder: Path) -> Path:
    path = folder / f"demo-labels-{builder.leader.slug}.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(("uid", "recurrence_id", "label"))
        writer.writerows(label_rows(builder))
    return path


def summarise_labels(builder: Builder, path: Path) -> None:
    rows = label_rows(builder)
    series = [label for _, rid, label in rows if not rid]
    counts = ", ".join(f"{cat} {series.count(cat)}" for cat in LABELS)
    print(
        f"  labels: {path.name}: {len(rows)} rows; uids per category: {counts}; "
        f"overrides labelled apart from their series: {len(rows) - len(series)}"
    )
