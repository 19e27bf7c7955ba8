"""How sure the split is (issue 14): ranges on the shares and the verdict's probability, from
the classifier's confidences, with a series right or wrong as a whole."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pytest

from timeaudit.audit import uncertainty
from timeaudit.audit.assess import FITS, NO_DATA, OVERLOAD, assess, planning_col
from timeaudit.audit.uncertainty import (
    ALTERNATIVE,
    ALTERNATIVE_PROBABILITY,
    PROBABILITY,
    certainty,
    high_col,
    low_col,
    percent,
    share_ranges,
    short_certainty,
)
from timeaudit.categories import (
    CAPABILITY,
    EXECUTION,
    FIREFIGHTING,
    LABELS,
    OTHER,
    STRATEGY,
    UNCLASSIFIED,
    WORK,
)
from timeaudit.config.types import DEFAULT_ROLES, RoleProfile

ANA = "ana@example.com"
BO = "bo@example.com"


@dataclass(frozen=True)
class Piece:
    """Hours one occurrence adds to a person's period, with its tag."""

    group: str
    category: str
    hours: float
    confidence: float = 1.0
    decided_by: str = "model"
    owner: str = ANA


def pieces(rows: Sequence[Piece]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "owner": p.owner,
                "group": p.group,
                "category": p.category,
                "confidence": p.confidence,
                "decided_by": p.decided_by,
                "hours": p.hours,
            }
            for p in rows
        ]
    )


def assessed(
    table: pd.DataFrame,
    role: str = "executive",
    min_work: float = 20.0,
    roles: Mapping[str, RoleProfile] | None = None,
) -> pd.DataFrame:
    """The assessment of every owner in ``table`` (pieces), as the pipeline makes it."""
    hours = table.pivot_table(
        index="owner", columns="category", values="hours", aggfunc="sum", fill_value=0.0
    )
    hours = hours.reindex(columns=[*WORK, OTHER, UNCLASSIFIED], fill_value=0.0)
    profiles = {**DEFAULT_ROLES, **(roles or {})}
    return assess(hours, pd.Series(role, index=hours.index), profiles, min_work)


def ranges(rows: Sequence[Piece], **options: float) -> pd.DataFrame:
    table = pieces(rows)
    return share_ranges(table, ["owner"], assessed(table), **options)  # type: ignore[arg-type]


def at(out: pd.DataFrame, key: Hashable = ANA) -> dict[Hashable, Any]:
    """The row of ``out`` labelled ``key``, as a plain mapping."""
    rows: dict[Hashable, dict[Hashable, Any]] = out.to_dict("index")
    return rows[key]


def width(out: pd.DataFrame, category: str, key: Hashable = ANA) -> float:
    row = at(out, key)
    return float(row[high_col(category)] - row[low_col(category)])


#: A balanced month of 60 certain hours that fits an executive's targets, to set the
#: uncertain hours of each test against.
BALANCED = (
    Piece("board", STRATEGY, 18.0),
    Piece("coaching", CAPABILITY, 18.0),
    Piece("ops", EXECUTION, 18.0),
    Piece("incidents", FIREFIGHTING, 6.0),
)


def weekly(
    name: str, category: str, confidence: float, weeks: int = 4, hours: float = 3.0
) -> list[Piece]:
    """A weekly meeting's occurrences: one series."""
    return [Piece(name, category, hours, confidence) for _ in range(weeks)]


def one_offs(
    name: str, category: str, confidence: float, weeks: int = 4, hours: float = 3.0
) -> list[Piece]:
    """The same hours as separate meetings, each tagged on its own."""
    return [Piece(f"{name} {i}", category, hours, confidence) for i in range(weeks)]


# -- the ranges ---------------------------------------------------------------------------------
def test_a_series_is_right_or_wrong_as_a_whole_so_its_range_is_wider() -> None:
    """Twelve hours of a weekly steering meeting tagged execution at 0.7: if the tag is wrong,
    all four occurrences are. As four independent one-offs the errors would cancel and the
    range would claim far more than the data shows."""
    series = ranges([*BALANCED, *weekly("steerco", EXECUTION, 0.7)])
    separate = ranges([*BALANCED, *one_offs("steerco", EXECUTION, 0.7)])
    assert width(series, EXECUTION) > 1.5 * width(separate, EXECUTION) > 0
    # wrong (0.3) and another work category (3 in 4): more than one draw in ten has
    # execution without the series, 18 of 72 work hours
    assert at(series)[low_col(EXECUTION)] == pytest.approx(100 * 18 / 72)


def test_certain_tags_give_a_range_of_no_width() -> None:
    """A correction is certain whatever confidence the row carries, and so is a tag of
    confidence 1: every plausible set of tags is the one shown."""
    corrected = [Piece("weekly", EXECUTION, 3.0, 0.55, "correction") for _ in range(4)]
    out = ranges([*BALANCED, *corrected])
    table = pieces([*BALANCED, *corrected])
    shares = assessed(table)
    for category in WORK:
        assert at(out)[low_col(category)] == at(out)[high_col(category)]
        assert at(out)[low_col(category)] == pytest.approx(shares.loc[ANA, f"share:{category}"])
    assert at(out)[PROBABILITY] == 1.0
    assert (at(out)[ALTERNATIVE], at(out)[ALTERNATIVE_PROBABILITY]) == ("", 0.0)


def test_a_wrong_other_changes_the_work_hours() -> None:
    """Only execution was counted as work; a lunch block tagged other at 0.6 may have been a
    working lunch of any work category, and then execution is no longer all of the split."""
    rows = [Piece("ops", EXECUTION, 30.0), *weekly("lunch", OTHER, 0.6, hours=5.0)]
    out = ranges(rows, level=0.9)  # strategy: wrong (0.4) and strategy (a quarter), 1 in 10
    assert at(out)[high_col(EXECUTION)] == 100.0
    assert at(out)[low_col(EXECUTION)] == pytest.approx(100 * 30 / 50)  # lunch was work
    assert at(out)[low_col(STRATEGY)] == 0.0
    assert at(out)[high_col(STRATEGY)] == pytest.approx(100 * 20 / 50)


def test_a_missing_confidence_is_no_confidence_at_all() -> None:
    missing = ranges([*BALANCED, *weekly("steerco", EXECUTION, float("nan"))])
    zero = ranges([*BALANCED, *weekly("steerco", EXECUTION, 0.0)])
    pd.testing.assert_frame_equal(missing, zero, check_exact=True)


def test_unclassified_time_stays_outside_the_split() -> None:
    out = ranges([*BALANCED, Piece("x", UNCLASSIFIED, 40.0, 0.0, "none")])
    assert all(width(out, c) == 0 for c in WORK)


def test_a_higher_level_gives_a_wider_range() -> None:
    rows = [*BALANCED, *one_offs("reviews", EXECUTION, 0.8, weeks=12, hours=1.5)]
    assert width(ranges(rows, level=0.95), EXECUTION) > width(ranges(rows, level=0.5), EXECUTION)


# -- the verdict's probability -----------------------------------------------------------------
def overload_at(confidence: float) -> dict[Hashable, Any]:
    """70 certain hours (25/25/20) and a 30-hour firefighting series: firefighting overload
    exactly when the series's tag is right; wrong, its hours go to strategy, capability,
    execution or other, evenly, and none of those splits is an overload."""
    rows = [
        Piece("board", STRATEGY, 25.0),
        Piece("coaching", CAPABILITY, 25.0),
        Piece("ops", EXECUTION, 20.0),
        *weekly("war room", FIREFIGHTING, confidence, weeks=5, hours=6.0),
    ]
    return at(ranges(rows))


@pytest.mark.parametrize("confidence", [0.55, 0.8, 0.97])
def test_the_verdicts_probability_is_the_share_of_tag_sets_that_give_it(confidence: float) -> None:
    row = overload_at(confidence)
    # 2,000 draws: one standard error is at most 1.1 points
    assert row[PROBABILITY] == pytest.approx(confidence, abs=0.035)


def test_the_alternative_is_the_verdict_most_other_tag_sets_give() -> None:
    """A lenient role (tolerance 12): 90 certain hours, 30 of each, and a 30-hour war room
    series tagged firefighting at 0.55 make firefighting 25% against a ceiling of 10, an
    overload; wherever else the war room's hours truly went, the split fits."""
    lenient = RoleProfile(
        "lenient", {STRATEGY: 30, CAPABILITY: 30, EXECUTION: 30, FIREFIGHTING: 10}, tolerance=12
    )
    rows = [
        Piece("board", STRATEGY, 30.0),
        Piece("coaching", CAPABILITY, 30.0),
        Piece("ops", EXECUTION, 30.0),
        *weekly("war room", FIREFIGHTING, 0.55, weeks=5, hours=6.0),
    ]
    table = pieces(rows)
    assessment = assessed(table, "lenient", roles={"lenient": lenient})
    assert assessment.loc[ANA, "verdict"] == OVERLOAD
    row = at(share_ranges(table, ["owner"], assessment))
    assert row[PROBABILITY] == pytest.approx(0.55, abs=0.035)
    assert row[ALTERNATIVE] == FITS
    assert row[PROBABILITY] + row[ALTERNATIVE_PROBABILITY] == 1.0
    assert certainty(row[PROBABILITY], row[ALTERNATIVE], row[ALTERNATIVE_PROBABILITY]) == (
        f"about as likely as not: {percent(row[PROBABILITY])} of plausible tag sets agree; "
        f"{percent(row[ALTERNATIVE_PROBABILITY])} give fits"
    )


def test_a_month_under_the_threshold_has_no_probability_to_give() -> None:
    """Not enough data is not a verdict to be sure of: no probability, no alternative."""
    rows = [Piece("ops", EXECUTION, 6.0, 0.7), Piece("board", STRATEGY, 4.0, 0.9)]
    table = pieces(rows)
    assessment = assessed(table, min_work=20.0)
    assert assessment.loc[ANA, "verdict"] == NO_DATA
    out = share_ranges(table, ["owner"], assessment)
    assert np.isnan(at(out)[PROBABILITY])
    assert (at(out)[ALTERNATIVE], at(out)[ALTERNATIVE_PROBABILITY]) == ("", 0.0)
    assert certainty(np.nan, "", 0.0) == short_certainty(None, "", 0.0) == ""
    assert width(out, EXECUTION) > 0  # the shares still have ranges: they are facts too


def test_a_draw_under_the_threshold_is_not_enough_data() -> None:
    """19.5 certain work hours (strategy, capability and execution alike) and a two-hour
    review tagged execution at 0.6: 21.5 work hours, a fit. Wrong, the review is strategy,
    capability or firefighting (still a fit) or other, a quarter of the time, and then the
    month has 19.5 work hours: not enough data, in one draw in ten."""
    rows = [
        Piece("board", STRATEGY, 6.5),
        Piece("coaching", CAPABILITY, 6.5),
        Piece("ops", EXECUTION, 6.5),
        Piece("review", EXECUTION, 2.0, 0.6),
    ]
    row = at(ranges(rows))
    assert row[PROBABILITY] == pytest.approx(0.9, abs=0.03)
    assert row[ALTERNATIVE] == NO_DATA
    assert row[ALTERNATIVE_PROBABILITY] == pytest.approx(0.1, abs=0.03)


# -- determinism --------------------------------------------------------------------------------
def mixed(owner: str = ANA) -> list[Piece]:
    rows = [
        *weekly("steerco", EXECUTION, 0.7),
        *weekly("1:1 priya", CAPABILITY, 0.85, hours=1.0),
        *one_offs("escalation", FIREFIGHTING, 0.6, weeks=3, hours=2.0),
        Piece("offsite", STRATEGY, 8.0, 0.9),
        Piece("lunch", OTHER, 5.0, 0.8),
        *BALANCED,
    ]
    return [Piece(p.group, p.category, p.hours, p.confidence, p.decided_by, owner) for p in rows]


def test_the_same_calendar_gives_the_same_ranges_in_any_order() -> None:
    table = pieces(mixed())
    first = share_ranges(table, ["owner"], assessed(table))
    shuffled = table.sample(frac=1.0, random_state=7)
    again = share_ranges(shuffled, ["owner"], assessed(shuffled))
    pd.testing.assert_frame_equal(first, again, check_exact=True)


def test_a_persons_ranges_do_not_depend_on_who_else_is_audited(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seeded by the person and their meetings, not by the batch: adding Bo, or cutting the
    work into other chunks, changes nothing of Ana's."""
    alone = pieces(mixed())
    together = pieces([*mixed(BO), *mixed(ANA)])
    expected = share_ranges(alone, ["owner"], assessed(alone))
    monkeypatch.setattr(uncertainty, "CHUNK_CELLS", 1)  # one row per chunk
    both = share_ranges(together, ["owner"], assessed(together))
    pd.testing.assert_frame_equal(both.loc[[ANA]], expected, check_exact=True)
    assert at(both, BO) != at(both, ANA)  # Bo's meetings draw their own numbers


def test_rows_of_person_and_month() -> None:
    """The trend's rows (owner, period): each month on its own."""
    september = pieces(mixed()).assign(period="2026-09")
    october = pieces(BALANCED).assign(period="2026-10")
    table = pd.concat([september, october], ignore_index=True)
    hours = table.pivot_table(
        index=["owner", "period"], columns="category", values="hours", aggfunc="sum", fill_value=0.0
    ).reindex(columns=[*WORK, OTHER, UNCLASSIFIED], fill_value=0.0)
    assessment = assess(hours, pd.Series("executive", index=hours.index), DEFAULT_ROLES)
    out = share_ranges(table, ["owner", "period"], assessment)
    assert list(out.index) == list(assessment.index)
    assert width(out, EXECUTION, (ANA, "2026-09")) > 0
    assert width(out, EXECUTION, (ANA, "2026-10")) == 0


def test_no_rows_no_ranges() -> None:
    table = pieces(BALANCED)
    out = share_ranges(table.iloc[:0], ["owner"], assessed(table).iloc[:0])
    assert out.empty and list(out.columns) == list(uncertainty.range_columns())


# -- words -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("p", "words"),
    [
        (1.0, "virtually certain: 100% of plausible tag sets agree"),
        (0.9996, "virtually certain: 99% of plausible tag sets agree"),  # never a rounded 100%
        (0.93, "very likely: 93% of plausible tag sets agree"),
        (0.87, "likely: 87% of plausible tag sets agree"),
        (0.5, "about as likely as not: 50% of plausible tag sets agree; 45% give fits"),
        (0.2, "unlikely: 20% of plausible tag sets agree; 45% give fits"),
    ],
)
def test_how_sure_in_words(p: float, words: str) -> None:
    assert certainty(p, FITS, 0.45) == words


def test_how_sure_in_a_narrow_column() -> None:
    assert short_certainty(0.87, FITS, 0.1) == "likely, 87%"
    assert short_certainty(0.52, OVERLOAD, 0.41) == (
        "about as likely as not, 52%; firefighting overload 41%"
    )


def test_every_label_can_be_the_truth_of_a_wrong_tag() -> None:
    """Evenly over the four other labels: each gets about a quarter of a wrong tag's draws."""
    out = ranges([Piece("x", EXECUTION, 10.0, 0.0)], level=0.98)
    for category in (STRATEGY, CAPABILITY, FIREFIGHTING):
        assert at(out)[high_col(category)] == 100.0
    assert at(out)[high_col(EXECUTION)] == 0.0  # confidence 0: never execution
    assert set(LABELS) - set(WORK) == {OTHER}


# -- the planning lens: every draw keeps an occurrence's planning flag -------------------------
def lens_pieces(planning_confidence: float) -> pd.DataFrame:
    """A senior leader's month (100 h): 41 h of planning sessions tagged execution, with
    ``planning_confidence``; the rest certain. Execution and firefighting 59%, strategy and
    capability-building under: stuck in execution by the split, but doing is only 18%."""
    rows = [
        Piece("strategy", STRATEGY, 15.0),
        Piece("coaching", CAPABILITY, 26.0),
        Piece("ops", EXECUTION, 11.0),
        Piece("fires", FIREFIGHTING, 7.0),
        *weekly("planning", EXECUTION, planning_confidence, weeks=4, hours=10.25),
    ]
    table = pieces(rows)
    return table.assign(planning=table["group"] == "planning")


def lens_assessed(table: pd.DataFrame) -> pd.DataFrame:
    hours = table.pivot_table(
        index="owner", columns="category", values="hours", aggfunc="sum", fill_value=0.0
    ).reindex(columns=[*WORK, OTHER, UNCLASSIFIED], fill_value=0.0)
    planned = table[table["planning"]].groupby(["owner", "category"])["hours"].sum().unstack()
    hours = hours.join(planned.reindex(columns=list(WORK), fill_value=0.0).rename(
        columns=planning_col)).fillna(0.0)  # fmt: skip
    return assess(hours, pd.Series("senior-leader", index=hours.index), DEFAULT_ROLES)


def test_draws_judge_the_planning_trap_as_assess_does() -> None:
    table = lens_pieces(1.0)
    assessment = lens_assessed(table)
    assert at(assessment)["verdict"] == "over-planning"
    assert at(share_ranges(table, ["owner"], assessment))[PROBABILITY] == 1.0
    # the same hours without the flag are stuck in execution, and sure of it too
    plain = table.drop(columns="planning")
    assert at(share_ranges(plain, ["owner"], assessed(plain, "senior-leader")))[PROBABILITY] == 1.0


def test_a_planning_session_tagged_wrongly_is_still_planning_in_every_draw() -> None:
    """The sessions are wrong in 40% of draws, and then all four are one other label,
    evenly: strategy or capability-building (still planning, doing still 18%: over-planning),
    other (no planning in work hours left, but strategy 25% against 20% and execution 19%
    against 40%: over-planning again) or firefighting (48%: overload). So over-planning in
    1 - 0.4 / 4 = 90% of draws, 89.7% in these 2,000."""
    table = lens_pieces(0.6)
    row = at(share_ranges(table, ["owner"], lens_assessed(table)))
    assert (row[PROBABILITY], row[ALTERNATIVE]) == (0.897, "firefighting-overload")
