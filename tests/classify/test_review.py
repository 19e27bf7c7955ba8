"""The review queue: open tags ranked by how much they could move a split (hours x
uncertainty over the person's work hours), ranked again after every answer, and what an
answer changed elsewhere. Frames are built by hand; no model is fitted here."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import pytest

from timeaudit.classify.corrections import ReviewItem
from timeaudit.classify.review import (
    TAGS,
    Changed,
    Queue,
    Retag,
    changed,
    ranked,
    review_items,
)
from timeaudit.store.records import PRIVATE_TITLE

ANA, BO = "ana@example.com", "bo@example.com"


def occurrence(
    uid: str,
    hours: float,
    confidence: float,
    *,
    owner: str = ANA,
    series: str = "",
    day: int = 1,
    category: str = "execution",
    decided_by: str = "model",
    title: str = "",
    private: bool = False,
    reason: str = "model: two people",
) -> dict[str, object]:
    start = pd.Timestamp(f"2026-10-{day:02d} 09:00", tz="UTC")
    return {
        "owner": owner,
        "source": "cal",
        "uid": uid,
        "recurrence_id": start.strftime("%Y-%m-%dT%H:%M:%SZ") if series else "",
        "series_id": series,
        "start": start,
        "duration_min": hours * 60,
        "hours": hours,
        "title": title or uid,
        "private": private,
        "n_attendees": 2,
        "organizer_self": True,
        "organizer": "",
        "recurring": bool(series),
        "category": category,
        "confidence": confidence,
        "rule_id": "",
        "reason": reason,
        "decided_by": decided_by,
        "flagged": confidence < 0.6,
    }


def frame(rows: Sequence[dict[str, object]]) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


def test_items_are_ranked_by_hours_times_uncertainty_over_the_work_hours() -> None:
    events = frame(
        [
            # a weekly series: 2 x 1 h at 0.5 -> 1.0 h at stake
            occurrence("weekly", 1.0, 0.5, series="weekly", day=6),
            occurrence("weekly", 1.0, 0.5, series="weekly", day=13),
            occurrence("long", 3.0, 0.9, day=7),  # 0.3 h at stake, the most hours
            occurrence("short", 0.5, 0.2, day=8),  # 0.4 h at stake
            occurrence("corrected", 4.0, 1.0, decided_by="correction", day=9),
            occurrence("declined", 0.0, 0.1, day=10),  # counts no hours
            occurrence("sure", 1.5, 1.0, decided_by="rule", day=11),
        ]
    )
    table = ranked(events)
    assert list(table["uid"]) == ["weekly", "short", "long"]
    work = 1.0 + 1.0 + 3.0 + 0.5 + 4.0 + 1.5  # every counted hour tagged with a work category
    assert list(table["impact"].round(6)) == [
        round(100 * 1.0 / work, 6),
        round(100 * 0.4 / work, 6),
        round(100 * 0.3 / work, 6),
    ]
    assert list(table["open_hours"]) == [2.0, 0.5, 3.0]


def test_the_same_hours_weigh_more_for_a_person_with_fewer_work_hours() -> None:
    events = frame(
        [
            occurrence("ana-meeting", 1.0, 0.5, owner=ANA),
            occurrence("ana-rest", 39.0, 1.0, owner=ANA, decided_by="rule"),
            occurrence("bo-meeting", 1.0, 0.5, owner=BO),
            occurrence("bo-rest", 9.0, 1.0, owner=BO, decided_by="rule"),
            occurrence("bo-lunch", 20.0, 1.0, owner=BO, category="other", decided_by="rule"),
        ]
    )
    table = ranked(events)
    assert list(table["uid"]) == ["bo-meeting", "ana-meeting"]
    assert list(table["impact"]) == [100 * 0.5 / 10, 100 * 0.5 / 40]  # other is not work


def test_every_open_series_is_offered_not_only_flagged_ones() -> None:
    rows = [occurrence(f"meeting-{i}", 1.0, 0.65 + i / 100, day=1 + i) for i in range(25)]
    items = review_items(frame(rows), {ANA: "Europe/Berlin"})
    assert len(items) == 25  # none is under the 0.6 review threshold
    assert [i.uid for i in items] == [f"meeting-{i}" for i in range(25)]  # least sure first
    assert items[0].when == "Thu 2026-10-01 11:00"  # in the owner's zone


def test_a_month_without_events_has_nothing_to_review() -> None:
    events = frame([occurrence("x", 1.0, 0.5)]).iloc[:0].astype({"owner": "string[pyarrow]"})
    assert review_items(events, {}) == []
    assert Queue(events, retagged({}), {}).next() is None


def test_a_private_item_shows_neither_its_title_nor_the_words_its_reason_quotes() -> None:
    events = frame(
        [
            occurrence(
                "secret",
                1.0,
                0.5,
                title="Divorce lawyer",
                private=True,
                reason="like your correction of 'Weekly sync'; model: two people, "
                "title 'divorce', text 'lawyer's'",
            )
        ]
    )
    (item,) = review_items(events, {})
    assert item.title == PRIVATE_TITLE
    assert item.reason == (
        "like your correction of 'Weekly sync'; model: two people, title words, text words"
    )


def retagged(answers: dict[str, tuple[str, float]]) -> Retag:
    """A retag that gives the listed uids a new (category, confidence), as a rebuilt
    classifier would after a correction, and keeps every other tag."""

    def retag(events: pd.DataFrame) -> pd.DataFrame:
        tags = events[list(TAGS)].copy()
        for uid, (category, confidence) in answers.items():
            tags.loc[events["uid"] == uid, "category"] = category
            tags.loc[events["uid"] == uid, "confidence"] = confidence
        return tags

    return retag


def answered(events: pd.DataFrame, uid: str) -> pd.DataFrame:
    """``events`` with ``uid`` decided by a correction, as the store would make it."""
    out = events.copy()
    out.loc[out["uid"] == uid, "decided_by"] = "correction"
    out.loc[out["uid"] == uid, "confidence"] = 1.0
    return out


def test_the_queue_ranks_again_after_each_answer() -> None:
    events = frame(
        [
            occurrence("first", 2.0, 0.4, day=1),  # 1.2 h at stake
            occurrence("second", 1.0, 0.2, day=2),  # 0.8
            occurrence("third", 1.0, 0.3, day=3),  # 0.7
        ]
    )
    answers = {"third": ("strategy", 0.1), "second": ("execution", 0.95)}

    def retag(now: pd.DataFrame) -> pd.DataFrame:  # the answer taught the model about these
        return retagged(answers)(answered(now, "first"))

    queue = Queue(events, retag, {})
    first = queue.next()
    assert first is not None and first.uid == "first"
    effect = queue.answered(first)
    # "third" is now the least sure (0.9 h at stake), "second" sure: the order changed
    second = queue.next()
    assert second is not None and second.uid == "third"
    assert second.guess == "strategy"
    assert effect == Changed(1, 1, (("third", "strategy"),))
    last = queue.next()
    assert last is not None and last.uid == "second"
    assert queue.next() is None  # each series is offered once


def test_changed_counts_events_and_series_outside_the_corrected_one() -> None:
    before = frame(
        [
            occurrence("corrected", 1.0, 0.5, series="corrected", day=5),
            occurrence("corrected", 1.0, 0.5, series="corrected", day=12),
            occurrence("weekly", 1.0, 0.5, series="weekly", day=6),
            occurrence("weekly", 1.0, 0.5, series="weekly", day=13),
            occurrence("secret", 1.0, 0.5, private=True, title="Therapy", day=7),
            occurrence("same", 1.0, 0.5, day=8),
        ]
    )
    after = before.assign(category=["strategy"] * 5 + ["execution"])
    effect = changed(before, after, (ANA, "cal", "corrected"))
    assert effect == Changed(3, 2, (("weekly", "strategy"), (PRIVATE_TITLE, "strategy")))
    assert effect.line() == (
        "this changed 3 other events in 2 other series: 'weekly' -> strategy, "
        f"{PRIVATE_TITLE!r} -> strategy"
    )
    assert changed(before, before, (ANA, "cal", "corrected")).line() == (
        "this changed 0 other events in 0 other series"
    )


@pytest.mark.parametrize(
    ("series", "named", "line"),
    [
        (1, (("A", "strategy"),), "this changed 1 other event in 1 other series: 'A' -> strategy"),
        (
            5,
            (("A", "strategy"), ("B", "other"), ("C", "execution")),
            "this changed 9 other events in 5 other series: 'A' -> strategy, 'B' -> other, "
            "'C' -> execution, ...",
        ),
    ],
)
def test_the_changed_line_names_at_most_three_series(
    series: int, named: tuple[tuple[str, str], ...], line: str
) -> None:
    events = 1 if series == 1 else 9
    assert Changed(events, series, named).line() == line


def test_review_items_carry_what_the_prompt_shows() -> None:
    events = frame([occurrence("weekly", 1.5, 0.75, series="weekly", title="Sync w/ Ana")])
    (item,) = review_items(events, {ANA: "UTC"})
    assert item == ReviewItem(
        owner=ANA,
        source="cal",
        uid="weekly",
        recurrence_id="2026-10-01T09:00:00Z",
        title="Sync w/ Ana",
        when="Thu 2026-10-01 09:00",
        hours=1.5,
        attendees=2,
        organizer="you",
        guess="execution",
        confidence=0.75,
        reason="model: two people",
        recurring=True,
        impact=item.impact,
        open_hours=1.5,
    )
    assert item.impact == pytest.approx(25.0)  # 1.5 h x 0.25 of the 1.5 work hours, in points
