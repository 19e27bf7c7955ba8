"""Corrections: the owner's own tags, given one by one (``label``) or while walking the
open tags, the ones that could move the split most first (``review``).

A correction is the owner's own tag. It applies to the whole series unless asked for one
occurrence, lives in the store apart from the events (so re-syncs keep it), wins over every
classifier, and is one more labelled row for that person's model.

Plain Python: ``timeaudit label`` stores a correction without loading pandas or a model;
ranking the tags to walk, and ranking them again after each answer, is
:mod:`timeaudit.classify.review`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from timeaudit.categories import LABELS
from timeaudit.errors import UsageError
from timeaudit.store.records import PRIVATE_TITLE
from timeaudit.store.sqlite import Store
from timeaudit.words import plural

#: One key per category, for `review` and for humans.
KEYS: dict[str, str] = {
    "s": "strategy",
    "c": "capability-building",
    "e": "execution",
    "f": "firefighting",
    "o": "other",
}


@dataclass(frozen=True)
class ReviewItem:
    owner: str
    source: str
    uid: str
    recurrence_id: str
    title: str
    when: str  # local start, e.g. "Tue 2026-10-06 09:00"
    hours: float
    attendees: int
    organizer: str
    guess: str
    confidence: float
    reason: str
    recurring: bool
    impact: float = 0.0  # expected change of the person's split, in points (see review)
    open_hours: float = 0.0  # counted hours of the series' open occurrences in the period


@dataclass(frozen=True)
class Decision:
    """What the reviewer said: a category (None skips), for the series or one occurrence;
    ``stop`` ends the walk."""

    category: str | None = None
    series: bool = True
    stop: bool = False


@dataclass(frozen=True)
class ReviewSummary:
    shown: int
    labelled: int
    skipped: int
    changed: int = 0  # events outside the corrected series whose tag the answers changed


class Answered(Protocol):
    """What an answer changed besides its own series, in words."""

    @property
    def events(self) -> int: ...

    def line(self) -> str: ...


class ReviewQueue(Protocol):
    """The items to walk, best first, ranked again after every answer."""

    def next(self) -> ReviewItem | None: ...

    def answered(self, item: ReviewItem) -> Answered: ...


def walk(
    store: Store,
    queue: ReviewQueue,
    decide: Callable[[ReviewItem], Decision],
    tell: Callable[[str], None] = lambda line: None,
) -> ReviewSummary:
    """Offer ``queue``'s items one by one until it is empty or ``decide`` says stop; store
    each answer as a correction (the series, or the one occurrence) and ``tell`` what it
    changed elsewhere."""
    labelled = skipped = shown = moved = 0
    while (item := queue.next()) is not None:
        shown += 1
        decision = decide(item)
        if decision.stop:
            break
        if decision.category is None:
            skipped += 1
            continue
        rid = "" if decision.series and item.recurring else item.recurrence_id
        store.correct(item.owner, item.source, item.uid, rid, decision.category)
        labelled += 1
        effect = queue.answered(item)
        moved += effect.events
        tell(effect.line())
    return ReviewSummary(shown, labelled, skipped, moved)


def label(
    store: Store,
    owners: Sequence[str],
    uid: str,
    category: str,
    recurrence_id: str | None = None,
    source: str | None = None,
) -> str:
    """Tag the series ``uid`` (or one occurrence of it) as ``category``; returns what was
    done, in words. ``uid`` is the iCalendar UID ``timeaudit events`` shows, or the
    source's own id (its ``provider_id``); the correction is kept under the stored key of
    every event it names on that one calendar."""
    if category not in LABELS:
        raise UsageError(f"--as {category!r}: use one of {', '.join(LABELS)}")
    found = [f for f in store.find(owners, uid) if source is None or f.source == source]
    if not found:
        raise UsageError(f"no stored event with uid {uid!r}; `timeaudit events` lists every uid")
    targets = list(dict.fromkeys((f.owner, f.source) for f in found))
    if len(targets) > 1:
        where = ", ".join(f"{o} in {s}" for o, s in targets)
        raise UsageError(f"uid {uid!r} is on several calendars ({where}); add --person or --source")
    owner, src = targets[0]
    if recurrence_id:
        found = [f for f in found if f.recurrence_id == recurrence_id]
        if not found:
            raise UsageError(
                f"event {uid!r} has no occurrence {recurrence_id!r}; `timeaudit events` lists them"
            )
    for stored in dict.fromkeys(f.uid for f in found):
        store.correct(owner, src, stored, recurrence_id or "", category)
    title = PRIVATE_TITLE if found[0].private else found[0].title
    scope = (
        f"occurrence {recurrence_id}"
        if recurrence_id
        else f"all {plural(len(found), 'stored occurrence')}"
    )
    return f"tagged {title!r} as {category}: {scope}"
