"""Corrections that generalise: a correction moves similar events in other series and
says which correction it is like; pooled, it teaches the colleagues of one workspace
(never with a private event's words), and never another workspace."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.classify.homes import ANA, BO, CIRCLE, EXTRA, Warm, cli, tags


def test_a_correction_moves_a_similar_event_of_another_series(tmp_path: Path, warm: Warm) -> None:
    home = warm(tmp_path, pool=False)
    before = tags(home, ANA)
    assert before[EXTRA][0] != "strategy"
    assert cli(home, "label", "lantern-series", "--as", "strategy").exit_code == 0
    after = tags(home, ANA)
    assert after[CIRCLE] == ("strategy", "your correction")
    category, reason = after[EXTRA]  # a one-off nobody corrected
    assert category == "strategy"
    assert reason.startswith(f"like your correction of {CIRCLE!r}; model: ")
    budget = after["Budget sign-off"]  # not like it: the same tag, no correction named
    assert budget[0] == before["Budget sign-off"][0] and "correction" not in budget[1]


@pytest.mark.parametrize("pool", [True, False])
def test_pooling_teaches_the_colleagues_of_one_workspace(
    tmp_path: Path, warm: Warm, pool: bool
) -> None:
    home = warm(tmp_path, pool=pool)
    before = tags(home, BO)[CIRCLE]
    assert before[0] != "strategy"
    tags(home, ANA)  # synced, so her series can be labelled
    assert cli(home, "label", "lantern-series", "--as", "strategy").exit_code == 0
    after = tags(home, BO)[CIRCLE]
    if pool:
        assert after[0] == "strategy"
        assert after[1].startswith("like a correction on a colleague's calendar; model: ")
    else:
        assert after == before


def test_pooling_is_on_by_default(tmp_path: Path, warm: Warm) -> None:
    home = warm(tmp_path)
    assert tags(home, BO)[CIRCLE][0] != "strategy"
    tags(home, ANA)
    assert cli(home, "label", "lantern-series", "--as", "strategy").exit_code == 0
    assert tags(home, BO)[CIRCLE][0] == "strategy"


def test_a_private_events_correction_teaches_only_its_owner(tmp_path: Path, warm: Warm) -> None:
    home = warm(tmp_path, ana_ics="ana-private.ics", pool=True)
    bo_before = tags(home, BO)[CIRCLE]
    tags(home, ANA)
    assert cli(home, "label", "lantern-series", "--as", "strategy").exit_code == 0
    assert tags(home, BO)[CIRCLE] == bo_before
    category, reason = tags(home, ANA)[EXTRA]
    assert category == "strategy"
    assert reason.startswith("like your correction of a private event; model: ")


def test_corrections_never_cross_workspaces(tmp_path: Path, warm: Warm) -> None:
    for name in ("a", "b"):  # two workspaces of one home, each with its own store
        warm(tmp_path / "workspaces" / name)
    untouched = {who: tags(tmp_path, who, "--workspace", "b") for who in (ANA, BO)}
    assert tags(tmp_path, ANA, "--workspace", "a") == untouched[ANA]
    assert (
        cli(tmp_path, "--workspace", "a", "label", "lantern-series", "--as", "strategy").exit_code
        == 0
    )
    assert tags(tmp_path, ANA, "--workspace", "a")[EXTRA][0] == "strategy"
    assert {who: tags(tmp_path, who, "--workspace", "b") for who in (ANA, BO)} == untouched
