"""The planning lens's recognisers (``classifiers/planning.toml``): which events are
planning, whatever their category, and why; and the pack's validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.classify.test_rules import colleagues, event, frame_of
from timeaudit.classify.planning import flag, load_planning_pack, planning_pack
from timeaudit.errors import ConfigError
from timeaudit.model import Event

DATA = Path(__file__).parents[1] / "data" / "planning"


def planning_of(ev: Event) -> tuple[bool, str, str]:
    row = flag(frame_of([ev])).iloc[0]
    return bool(row["planning"]), str(row["planning_rule"]), str(row["planning_reason"])


@pytest.mark.parametrize(
    ("title", "rule"),
    [
        ("Release planning", "planning.session"),
        ("Q3 quarterly planning", "planning.session"),
        ("Sprint Planning", "planning.session"),
        ("Budgetplanung 2027", "planning.budget"),
        ("Jahresplanung Vertrieb", "planning.session"),
        ("Planification annuelle", "planning.session"),
        ("Planificación del trimestre", "planning.session"),
        ("Presupuesto 2027", "planning.budget"),
        ("Feuille de route produit", "planning.roadmap"),
        ("Hoja de ruta 2027", "planning.roadmap"),
        ("Product roadmap", "planning.roadmap"),
        ("OKR setting H1", "planning.okr"),
        ("Leadership offsite", "planning.offsite"),
        ("Strategieklausur", "planning.offsite"),
        ("Budgeting round FY27", "planning.budget"),
        ("Prep: roadmap", "planning.prep"),
        ("Planning prep", "planning.prep"),
        ("Annual plan", "planning.session"),
        ("Budget review FY27 first pass", "planning.budget_cycle"),
        ("Presupuesto anual", "planning.budget"),
    ],
)
def test_planning_titles_in_four_languages(title: str, rule: str) -> None:
    planning, found, _ = planning_of(event(title, attendees=colleagues(4)))
    assert (planning, found) == (True, rule)


@pytest.mark.parametrize(
    "title",
    [
        "Weekly sync",
        "Roadmap stand-up",
        "Budget review: actuals vs plan",
        "OKR check-in",
        "Sprint review",
        "Holiday planning with family",
        "Incident bridge",
        "Customer call Globex",
        "Budget review FY27 sign-off",
        "Approval: Q4 hiring plan sign-off",
        "Monthly budget review",
        "Offsite logistics call",
    ],
)
def test_doing_titles_are_not_planning(title: str) -> None:
    assert planning_of(event(title, attendees=colleagues(4)))[:2] == (False, "")


def test_a_weekly_sync_whose_agenda_plans_the_week_is_not_planning() -> None:
    ev = event("Weekly sync", description="Agenda: plan for the week, blockers", recurring=True)
    assert planning_of(ev) == (False, "", "")


def test_a_workshop_whose_agenda_is_a_planning_session_is_planning() -> None:
    ev = event("Leadership workshop", description="Q3 quarterly planning: capacity and dates")
    assert planning_of(ev) == (
        True,
        "planning.described",
        "planning.described: the agenda describes a planning session; "
        "description 'quarterly planning'",
    )


def test_the_reason_names_the_recogniser_and_the_words() -> None:
    assert planning_of(event("Release planning", attendees=colleagues(5))) == (
        True,
        "planning.session",
        "planning.session: planning session; title 'planning'",
    )


def test_a_private_events_reason_does_not_quote_its_words() -> None:
    ev = event("Succession planning", private=True)
    reason = "planning.session: planning session; title words"
    assert planning_of(ev) == (True, "planning.session", reason)


def test_a_series_is_recognised_once_for_every_occurrence() -> None:
    flags = flag(frame_of([event("Roadmap planning", recurring=True)] * 3 + [event("Standup")]))
    assert flags["planning"].tolist() == [True, True, True, False]
    assert flags["planning_rule"].tolist() == ["planning.roadmap"] * 3 + [""]


def test_the_shipped_pack_loads_with_its_recognisers() -> None:
    ids = [r.id for r in planning_pack().rules]
    assert ids[0] == "planning.prep" and "planning.described" in ids
    assert {r.category for r in planning_pack().rules} == {"planning"}


def test_a_bad_pack_lists_every_problem_on_one_line_each() -> None:
    with pytest.raises(ConfigError) as caught:
        load_planning_pack(DATA / "bad_pack.toml")
    assert caught.value.problems == [
        "recogniser 'planning.roadmap' key 'category': unknown key (did you mean 'categories'?)",
        "recogniser 'planning.roadmap' key 'titel': unknown key (did you mean 'title'?)",
        "recogniser #2 key 'id': missing; every recogniser needs id and why",
        "recogniser #2 key 'title': invalid regex: missing ), unterminated subpattern at "
        "position 0",
        "recogniser 'planning.nothing': no conditions; add one so the recogniser cannot match "
        "everything",
    ]


def test_a_classifier_rule_pack_is_not_a_planning_pack() -> None:
    with pytest.raises(ConfigError) as caught:
        load_planning_pack(DATA / "rules_not_recognisers.toml")
    assert caught.value.problems == [
        "top-level key 'rule': unknown; write recognisers as [[recogniser]] tables",
        "no [[recogniser]] tables; a recogniser pack needs at least one recogniser",
    ]


def _config(tmp_path: Path, setting: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'[settings]\n{setting}\n\n[[people]]\nemail = "ana@example.com"\n'
        'role = "executive"\ntz = "UTC"\n',
        encoding="utf-8",
    )
    return path


def test_a_planning_pack_of_ones_own_replaces_the_shipped_one(tmp_path: Path) -> None:
    """``[settings] planning_pack`` names a pack of the same form, relative to the config:
    its recognisers decide, the shipped ones no longer do."""
    from timeaudit.audit.pipeline import planning_recognisers
    from timeaudit.config.load import load_config

    own = DATA / "own_pack.toml"
    config = load_config(_config(tmp_path, f'planning_pack = "{own}"'))
    assert config.settings.planning_pack == own
    pack = planning_recognisers(config)
    rows = flag(frame_of([event("Quarterly reset: Q1"), event("Release planning")]), pack)
    assert rows["planning"].tolist() == [True, False]
    assert rows["planning_rule"].tolist() == ["planning.reset", ""]
    default = planning_recognisers(load_config(_config(tmp_path, "")))
    assert default is planning_pack()


def test_a_planning_pack_setting_that_is_wrong_is_one_line(tmp_path: Path) -> None:
    from timeaudit.audit.pipeline import planning_recognisers
    from timeaudit.config.load import load_config

    with pytest.raises(ConfigError) as caught:
        load_config(_config(tmp_path, "planning_pack = 3"))
    assert caught.value.problems == [
        "settings.planning_pack: must be the path of a planning pack (TOML)"
    ]
    config = load_config(_config(tmp_path, 'planning_pack = "missing.toml"'))
    with pytest.raises(ConfigError) as missing:
        planning_recognisers(config)
    (problem,) = missing.value.problems
    assert problem.startswith("cannot read the planning pack (No such file or directory)")
    assert str(tmp_path / "missing.toml") in str(missing.value)
