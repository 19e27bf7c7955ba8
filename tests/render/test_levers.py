"""The biggest levers, from hand-made views: ordered by effect, firefighting a ceiling, one
lever per title, never one that moves its category away from target, titles as the view
shows them."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from timeaudit.audit.assess import NO_DATA, OVERLOAD
from timeaudit.categories import CAPABILITY, EXECUTION, FIREFIGHTING, STRATEGY, WORK
from timeaudit.render.levers import DELEGATE, FIX, PROTECT, ROTA, TRIM, Lever, distance, levers
from timeaudit.render.view import (
    Coverage,
    Delegation,
    Fire,
    PersonView,
    Sink,
    SplitRow,
    WeekView,
)
from timeaudit.store.records import PRIVATE_TITLE

TARGETS = {STRATEGY: 20.0, CAPABILITY: 30.0, EXECUTION: 40.0, FIREFIGHTING: 10.0}


def make_view(
    hours: Mapping[str, float],
    *,
    targets: Mapping[str, float] = TARGETS,
    delegation: tuple[Delegation, ...] = (),
    fires: tuple[Fire, ...] = (),
    sinks: tuple[Sink, ...] = (),
    redacted: bool = False,
    period: str = "2026-10",
    tolerance: float = 5.0,
    verdict: str = "off-target",
) -> PersonView:
    total = sum(hours.values())

    def share(cat: str) -> float:
        return 100.0 * hours[cat] / total if total else 0.0

    split = tuple(
        SplitRow(
            cat,
            hours[cat],
            share(cat),
            targets[cat],
            share(cat) - targets[cat],
            "green",
            cat == FIREFIGHTING,
        )
        for cat in WORK
    )
    coverage = Coverage((), 0, 0, total, total, 0.0, 0.0, 0, 0, (), 0.0, 0.0, ())
    week = WeekView((), {}, 0.0, {}, ())
    return PersonView(
        name="Ana Lima",
        email="ana@example.com",
        role="senior-leader",
        role_description="",
        period=period,
        tz="UTC",
        coverage=coverage,
        verdict=verdict,
        verdict_label="off target",
        verdict_reason="",
        split=split,
        tolerance=tolerance,
        trend=(),
        week=week,
        sinks=sinks,
        delegation=delegation,
        delegation_hours=sum(d.hours for d in delegation),
        fires=fires,
        change_label="",
        changes=(),
        questions=(),
        generated="2026-11-02",
        redacted=redacted,
    )


def delegation(title: str, hours: float, category: str = EXECUTION) -> Delegation:
    return Delegation(title, category, hours, 4, "someone else organises it")


def hours_of(
    strategy: float, capability: float, execution: float, fires: float
) -> dict[str, float]:
    return dict(zip(WORK, (strategy, capability, execution, fires), strict=True))


def of_kind(view: PersonView, kind: str) -> list[Lever]:
    return [lv for lv in levers(view, limit=20) if lv.kind == kind]


def moves_toward_target(lever: Lever) -> bool:
    if lever.category == FIREFIGHTING:
        return lever.after < lever.before and lever.before > lever.target
    return abs(lever.after - lever.target) < abs(lever.before - lever.target)


# -- what a lever says --------------------------------------------------------------------
def test_a_delegation_lever_says_what_to_do_and_what_it_changes() -> None:
    view = make_view(
        hours_of(10, 15, 65, 10),
        targets={STRATEGY: 30.0, CAPABILITY: 30.0, EXECUTION: 30.0, FIREFIGHTING: 10.0},
        delegation=(delegation("Weekly ops review", 12.0),),
    )
    (lever,) = of_kind(view, DELEGATE)
    assert lever.title == "Weekly ops review"
    assert lever.category == EXECUTION
    assert lever.hours == 12.0
    assert lever.before == pytest.approx(65.0)
    assert lever.after == pytest.approx(100 * 53 / 88)
    assert lever.sentence == (
        "Delegate 'Weekly ops review' (12.0 h/month): execution 65% -> 60%, 5 pts (target 30%)"
    )


def test_the_gain_is_the_distance_to_target_removed() -> None:
    view = make_view(hours_of(10, 15, 65, 10), delegation=(delegation("Ops review", 12.0),))
    (lever,) = of_kind(view, DELEGATE)
    split = {r.category: r for r in view.split}
    before = hours_of(10, 15, 65, 10)
    after = hours_of(10, 15, 53, 10)
    expected = distance(before, split, 5.0) - distance(after, split, 5.0)
    assert lever.gained == pytest.approx(expected)
    assert lever.gained > 0


def test_protect_blocks_whole_hours_a_week_for_a_category_under_target() -> None:
    view = make_view(hours_of(4, 30, 56, 10))  # strategy 4% against 20%
    (lever,) = levers(view)
    assert lever.kind == PROTECT
    assert lever.category == STRATEGY
    assert lever.sentence == (
        "Block 5 h a week for strategy (22.1 h/month): strategy 4% -> 21%, 17 pts (target 20%)"
    )
    added = 5 * 31 / 7  # five hours in each of the 31 / 7 weeks of October
    assert lever.after == pytest.approx(100 * (4 + added) / (100 + added))
    assert abs(lever.after - 20.0) < 5.0


def test_a_custom_period_is_scaled_to_hours_per_month() -> None:
    view = make_view(
        hours_of(10, 15, 65, 10),
        delegation=(delegation("Ops review", 7.0),),
        period="2026-10-01..2026-10-14",
    )
    (lever,) = of_kind(view, DELEGATE)
    assert lever.hours == pytest.approx(round(7.0 * (365.25 / 12) / 14, 1))


# -- which levers -------------------------------------------------------------------------
def test_levers_are_ordered_by_effect_and_limited() -> None:
    view = make_view(
        hours_of(15, 25, 50, 10),
        delegation=(
            delegation("Small sync", 2.0),
            delegation("Big review", 9.0),
            delegation("Medium standup", 5.0),
            delegation("Tiny check-in", 1.5),
        ),
    )
    found = levers(view)
    assert [lv.title for lv in found] == ["Big review", "Medium standup", "Small sync"]
    gains = [lv.gained for lv in found]
    assert gains == sorted(gains, reverse=True)
    assert len(levers(view, limit=5)) == 4


def test_firefighting_is_a_ceiling_only_above_counts() -> None:
    fires = (Fire("SEV2: checkout errors", 3, 4.0),)
    under = make_view(hours_of(20, 30, 47, 3), fires=fires)  # 3% under a 10% ceiling
    assert levers(under) == ()
    over = make_view(hours_of(15, 25, 35, 25), fires=fires)  # 25% over a 10% ceiling
    (lever,) = [lv for lv in levers(over) if lv.kind == FIX]
    assert lever.category == FIREFIGHTING
    assert lever.after < lever.before
    assert "(ceiling 10%)" in lever.sentence
    assert lever.sentence.startswith("Fix the cause of 'SEV2: checkout errors' (4.0 h/month)")


def test_no_protect_lever_raises_firefighting_to_its_ceiling() -> None:
    view = make_view(hours_of(20, 30, 50, 0))
    assert all(lv.category != FIREFIGHTING for lv in levers(view))


def test_at_most_one_lever_per_title() -> None:
    view = make_view(
        hours_of(10, 15, 65, 10),
        delegation=(delegation("Weekly ops review", 8.0),),
        sinks=(
            Sink("Weekly ops review", EXECUTION, 8.0, 4, True),
            Sink("weekly OPS review", EXECUTION, 8.0, 4, True),
            Sink("Roadmap sync", EXECUTION, 6.0, 4, True),
        ),
    )
    found = levers(view, limit=10)
    titles = [lv.title.casefold() for lv in found]
    assert len(titles) == len(set(titles))
    ops = [lv for lv in found if lv.title.casefold() == "weekly ops review"]
    assert [lv.kind for lv in ops] == [DELEGATE]  # the bigger effect of the two wins
    assert TRIM in [lv.kind for lv in found]


def test_no_lever_moves_its_category_away_from_target() -> None:
    view = make_view(
        hours_of(30, 15, 30, 25),  # strategy over, capability and execution under target
        delegation=(
            delegation("Exec sync", 6.0),  # execution is under target: handing on is worse
            delegation("Incident bridge", 4.0, FIREFIGHTING),
        ),
        fires=(Fire("SEV1: outage", 2, 3.0),),
        sinks=(
            Sink("Strategy offsite", STRATEGY, 8.0, 2, True),
            Sink("Exec sync", EXECUTION, 6.0, 4, True),
            Sink("Coaching circle", CAPABILITY, 5.0, 4, True),
        ),
    )
    found = levers(view, limit=20)
    assert found
    assert all(moves_toward_target(lv) for lv in found)
    assert all(lv.gained > 0 for lv in found)
    assert "Exec sync" not in [lv.title for lv in found]
    assert "Coaching circle" not in [lv.title for lv in found]


def test_a_person_who_fits_gets_no_levers() -> None:
    view = make_view(
        hours_of(19, 31, 42, 8),
        delegation=(delegation("Weekly ops review", 6.0),),
        fires=(Fire("SEV2: checkout errors", 2, 2.0),),
    )
    assert levers(view) == ()


def test_no_work_hours_no_levers() -> None:
    view = make_view(hours_of(0, 0, 0, 0), delegation=(delegation("Weekly ops review", 0.0),))
    assert levers(view) == ()


# -- titles -------------------------------------------------------------------------------
def test_redacted_titles_stay_redacted_and_apart() -> None:
    view = make_view(
        hours_of(10, 15, 65, 10),
        delegation=(delegation("(redacted)", 9.0), delegation("(redacted)", 5.0)),
        redacted=True,
    )
    found = of_kind(view, DELEGATE)
    assert len(found) == 2  # two series behind one placeholder are still two levers
    for lever in found:
        assert lever.title == "(redacted)"
        assert lever.sentence.startswith("Delegate an execution series (redacted) (")


def test_private_titles_are_never_shown() -> None:
    view = make_view(
        hours_of(10, 15, 65, 10),
        delegation=(delegation(PRIVATE_TITLE, 9.0), delegation("Vendor call", 5.0)),
    )
    found = of_kind(view, DELEGATE)
    private = [lv for lv in found if lv.title == PRIVATE_TITLE]
    assert len(private) == 1
    assert PRIVATE_TITLE in private[0].sentence
    assert all(lv.title in (PRIVATE_TITLE, "Vendor call") for lv in found)


def test_long_titles_are_cut_to_one_line() -> None:
    title = "Weekly\nops " + "review " * 100
    (lever,) = of_kind(
        make_view(hours_of(10, 15, 65, 10), delegation=(delegation(title, 9),)), DELEGATE
    )
    assert len(lever.title) == 80
    assert lever.title.startswith("Weekly ops review review")
    assert lever.title.endswith("…")
    assert "\n" not in lever.sentence


# -- numbers that agree with themselves ---------------------------------------------------
def test_a_lever_says_the_points_between_the_shares_it_shows() -> None:
    """Execution 65.4% -> 62.4% shows as 65% -> 62%: the lever says 3 pts, the difference
    of what it shows, whatever the exact one."""
    view = make_view(
        hours_of(10, 15, 65.4, 9.6),
        targets={STRATEGY: 30.0, CAPABILITY: 30.0, EXECUTION: 30.0, FIREFIGHTING: 10.0},
        delegation=(delegation("Daily cash call", 8.0),),
    )
    (lever,) = of_kind(view, DELEGATE)
    assert lever.sentence == (
        "Delegate 'Daily cash call' (8.0 h/month): execution 65% -> 62%, 3 pts (target 30%)"
    )
    assert round(lever.before) - round(lever.after) == 3


def test_a_lever_whose_shown_share_would_not_move_is_not_offered() -> None:
    """Handing on 0.9 h gains more than half a point of distance over all categories, but
    execution stays at 65% as shown (64.7%): "65% -> 65%, 0 pts" is not a lever."""
    view = make_view(hours_of(10, 15, 65, 10), delegation=(delegation("Tiny check-in", 0.9),))
    assert of_kind(view, DELEGATE) == []
    bigger = make_view(hours_of(10, 15, 65, 10), delegation=(delegation("Tiny check-in", 1.5),))
    assert [lv.sentence for lv in of_kind(bigger, DELEGATE)] == [
        "Delegate 'Tiny check-in' (1.5 h/month): execution 65% -> 64%, 1 pt (target 40%)"
    ]


def test_firefighting_overload_leads_with_a_firefighting_lever() -> None:
    """Strategy starved and firefighting over its ceiling: blocking strategy time would gain
    more, but the verdict is about the fires, so fixing one comes first."""
    hours = hours_of(5, 25, 34, 36)
    fires = (Fire("War room: Reno DC throughput drop", 3, 4.4),)
    off = levers(make_view(hours, fires=fires))
    assert off[0].kind == PROTECT  # ranked by effect alone
    overload = levers(make_view(hours, fires=fires, verdict=OVERLOAD))
    assert overload[0].kind == FIX
    assert overload[0].category == FIREFIGHTING
    assert {lv.kind for lv in overload} == {lv.kind for lv in off}


def test_overload_with_nothing_to_name_gets_an_on_call_lever() -> None:
    """No fire came back and no firefighting meeting can be handed on: the lever is to
    route firefighting to an on-call rota, enough hours a week to reach the ceiling."""
    found = levers(make_view(hours_of(10, 25, 30, 35), verdict=OVERLOAD))
    first = found[0]
    assert first.kind == ROTA
    assert first.category == FIREFIGHTING
    assert first.sentence.startswith(
        "Route 6 h a week of firefighting to an on-call rota or an escalation owner ("
    )
    assert first.after < first.before
    assert levers(make_view(hours_of(10, 25, 30, 35))) and all(
        lv.kind != ROTA for lv in levers(make_view(hours_of(10, 25, 30, 35)))
    )


def test_a_fire_and_a_meeting_of_one_title_and_effect_is_a_fix() -> None:
    """The same war room offered for delegation and as a fire that came back: fixing the
    cause is the lever, not handing the war room to someone else."""
    title = "War room: Reno DC throughput drop"
    view = make_view(
        hours_of(15, 25, 35, 25),
        delegation=(delegation(title, 4.4, FIREFIGHTING),),
        fires=(Fire(title, 3, 4.4),),
    )
    assert [(lv.kind, lv.title) for lv in levers(view) if lv.title == title] == [(FIX, title)]


def test_a_period_without_enough_data_gets_no_lever() -> None:
    view = make_view(
        hours_of(0.5, 1, 3, 0.5), delegation=(delegation("Ops review", 2.0),), verdict=NO_DATA
    )
    assert levers(view) == ()
