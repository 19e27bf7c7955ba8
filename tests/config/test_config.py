"""Config validation: every problem reported at once, each with its section and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeaudit.config.checks import sharing
from timeaudit.config.load import load_config, parse_config
from timeaudit.config.starter import STARTER_CONFIG
from timeaudit.config.types import (
    DEFAULT_MIN_WORK_HOURS,
    DEFAULT_ROLES,
    OneOnOneExpectation,
    PlanningBand,
)
from timeaudit.errors import ConfigError

DATA = Path(__file__).parents[1] / "data" / "config"


def test_valid_config_is_read_with_defaults_and_overrides() -> None:
    config = load_config(DATA / "valid.toml")
    ana, bo = config.people
    assert ana.email == "ana@example.com"
    assert ana.reports == ("bo@example.com",)
    assert config.settings.internal_domains == ("example.com", "example.org")
    assert config.roles["founder"].targets["strategy"] == 35
    assert config.roles["founder"].tolerance == 4
    # overriding a built-in role changes only the keys given
    assert dict(config.roles["manager"].targets) == {
        "strategy": 10,
        "capability-building": 25,
        "execution": 55,
        "firefighting": 10,
    }
    # a person's own targets apply on top of their role
    assert config.profile_for(bo).targets["execution"] == 60
    assert config.profile_for(bo).targets["strategy"] == 5
    assert config.sources["bo-ics"].options["path"] == ["bo/", "bo-extra.ics"]
    assert config.base_dir == DATA


def test_every_problem_is_reported_with_section_and_key() -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(DATA / "many_problems.toml")
    assert caught.value.problems == [
        "settings.colour: unknown key (expected one of: ca_bundle, internal_domains, learn, "
        "min_group_size, min_work_hours, month, planning_pack, pool_corrections, "
        "review_threshold, rhythm_pack, "
        "roster, "
        "rules, tolerance, training_data, work_end, work_start, workers)",
        "settings.work_end: must be after work_start (19)",
        "settings.tolerance: must be a number from 0 to 50, not 'five'",
        "roles.custom: a new role needs all four targets; missing: capability-building, "
        "firefighting",
        "roles.custom: targets add up to 70, not 100",
        "roles.executive.strategy: must be a number from 0 to 100, not 130",
        'sources.nokind.kind: missing: say which connector reads it, e.g. kind = "ics"',
        "sources.shared.path: missing: the .ics file or folder to read",
        "sources.odd.kind: unknown kind 'carrier-pigeon' "
        "(installed: caldav, google, ics, microsoft)",
        "people[1].email: must be an email address, not 'not-an-email'",
        "people[1].role: unknown role 'ceo' (known: custom, executive, manager, senior-leader)",
        "people[1].tz: unknown time zone 'Europe/Berln' (use an IANA name such as Europe/Berlin)",
        "people[1].sources: no [sources.missing] section",
        "people[2].tz: missing: an IANA time zone such as Europe/Berlin",
        f"sources.shared: belongs to both x@example.com and y@example.com; {sharing()}",
    ]
    assert str(caught.value).startswith(f"{DATA / 'many_problems.toml'}: 15 problems")


def test_min_work_hours_is_a_setting_with_a_default() -> None:
    assert parse_config("").settings.min_work_hours == DEFAULT_MIN_WORK_HOURS == 20.0
    assert parse_config("[settings]\nmin_work_hours = 12.5\n").settings.min_work_hours == 12.5
    assert parse_config("[settings]\nmin_work_hours = 0\n").settings.min_work_hours == 0.0


@pytest.mark.parametrize("value", ["-1", "201", '"20 h"', "true"])
def test_a_bad_min_work_hours_says_what_to_give(value: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(f"[settings]\nmin_work_hours = {value}\n")
    shown = {"true": "True", '"20 h"': "'20 h'"}.get(value, value)
    assert caught.value.problems == [
        f"settings.min_work_hours: must be a number from 0 to 200, not {shown}"
    ]


def test_person_targets_must_still_add_up() -> None:
    text = """
[[people]]
email = "a@example.com"
role = "manager"
tz = "UTC"
targets = { strategy = 30 }
"""
    with pytest.raises(ConfigError) as caught:
        parse_config(text)
    assert caught.value.problems == ["people[1].targets: targets add up to 120, not 100"]


def test_invalid_toml_names_the_file_and_position(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[settings\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.problems[0].startswith("not valid TOML: ")
    assert "line 1" in caught.value.problems[0]


def test_missing_file_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "nope.toml")
    assert caught.value.problems == [
        "file not found (run `timeaudit init` to write a starter config)"
    ]


def test_starter_config_is_valid_and_uses_defaults() -> None:
    config = parse_config(STARTER_CONFIG)
    assert [p.email for p in config.people] == ["you@example.com"]
    assert set(DEFAULT_ROLES) <= set(config.roles)


@pytest.mark.parametrize("role", sorted(DEFAULT_ROLES))
def test_default_roles_add_up_to_100_with_firefighting_a_ceiling(role: str) -> None:
    targets = DEFAULT_ROLES[role].targets
    assert sum(targets.values()) == 100
    assert targets["firefighting"] == 10


# -- pulling many calendars: workers, per-source limits, shared account sources -----------
def _people_on(source: str, table: str) -> str:
    people = "".join(
        f'[[people]]\nemail = "{who}@example.com"\nrole = "manager"\ntz = "UTC"\n'
        f'sources = ["{source}"]\n\n'
        for who in ("ana", "bo")
    )
    return f"{people}[sources.{source}]\n{table}"


@pytest.mark.parametrize(
    "table",
    [
        'kind = "google"\nauth = "service-account"\nkey_file = "key.json"\n',
        'kind = "microsoft"\nauth = "client-credentials"\nclient_id = "x"\nmax_workers = 2\n',
    ],
)
def test_an_account_wide_source_may_serve_many_people(table: str) -> None:
    config = parse_config(_people_on("org", table))
    assert [p.sources for p in config.people] == [("org",), ("org",)]


@pytest.mark.parametrize(
    "table",
    [
        'kind = "google"\nauth = "service-account"\nkey_file = "k.json"\nsubject = "a@x.com"\n',
        'kind = "google"\n',  # a signed-in user's own calendar
        'kind = "microsoft"\nauth = "client-credentials"\nmailbox = "ana@example.com"\n',
        'kind = "ics"\npath = "one.ics"\n',
    ],
)
def test_a_source_of_one_calendar_may_not(table: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(_people_on("one", table))
    assert caught.value.problems == [
        f"sources.one: belongs to both ana@example.com and bo@example.com; {sharing()}"
    ]


def test_workers_and_max_workers_are_read_and_checked() -> None:
    config = parse_config(
        '[settings]\nworkers = 8\n[sources.a]\nkind = "ics"\npath = "a.ics"\nmax_workers = 3\n'
    )
    assert (config.settings.workers, config.sources["a"].max_workers) == (8, 3)
    assert "max_workers" not in config.sources["a"].options  # the connector never sees it
    with pytest.raises(ConfigError) as caught:
        parse_config(
            '[settings]\nworkers = 0\n[sources.a]\nkind = "ics"\npath = "a.ics"\n'
            'max_workers = "x"\n'
        )
    assert caught.value.problems == [
        "settings.workers: must be a whole number from 1 to 64, not 0",
        "sources.a.max_workers: must be a whole number from 1 to 64, not 'x'",
    ]


# -- what the connectors check themselves ------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ('""', "sources.a.path: missing: the .ics file or folder to read"),
        ("3", "sources.a.path: must be a .ics file, a folder, or a list of them, not 3"),
        (
            '["a.ics", 4]',
            "sources.a.path: must be a .ics file, a folder, or a list of them, not ['a.ics', 4]",
        ),
    ],
)
def test_the_ics_connector_checks_its_path_option(path: str, problem: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(f'[sources.a]\nkind = "ics"\npath = {path}\n')
    assert caught.value.problems == [problem]


def test_a_folder_of_the_zone_database_is_not_a_zone() -> None:
    text = '[[people]]\nemail = "a@example.com"\nrole = "manager"\ntz = "Europe"\n'
    with pytest.raises(ConfigError) as caught:
        parse_config(text)
    assert caught.value.problems == [
        "people[1].tz: unknown time zone 'Europe' (use an IANA name such as Europe/Berlin)"
    ]


def test_the_sharing_rule_is_put_together_from_the_installed_kinds() -> None:
    assert sharing() == (
        'only a Google source with auth = "service-account" and no subject, or a Microsoft '
        'source with auth = "client-credentials" and no mailbox, may serve several people'
    )


def test_a_person_in_someones_reports_has_them_as_manager(tmp_path: Path) -> None:
    text = (
        '[[people]]\nemail = "ceo@x.example"\nrole = "executive"\ntz = "UTC"\n'
        'reports = ["vp@x.example", "both@x.example"]\n'
        '[[people]]\nemail = "vp@x.example"\nrole = "manager"\ntz = "UTC"\n'
        'reports = ["both@x.example"]\n'
        '[[people]]\nemail = "both@x.example"\nrole = "manager"\ntz = "UTC"\n'
    )
    config = parse_config(text, tmp_path / "config.toml")
    managers = {p.email: p.manager for p in config.people}
    # listed by one person: theirs; listed by two: left alone rather than guessed
    assert managers == {"ceo@x.example": "", "vp@x.example": "ceo@x.example", "both@x.example": ""}


@pytest.mark.parametrize(("value", "ok"), [('"2026-10"', True), ('"2026-13"', False), ("7", False)])
def test_settings_month_is_a_month(tmp_path: Path, value: str, ok: bool) -> None:
    person = '[[people]]\nemail = "a@x.example"\nrole = "manager"\ntz = "UTC"\n'
    text = f"[settings]\nmonth = {value}\n{person}"
    if ok:
        assert parse_config(text, tmp_path / "c.toml").settings.month == "2026-10"
    else:
        with pytest.raises(ConfigError, match=r"settings.month: must be a month as YYYY-MM"):
            parse_config(text, tmp_path / "c.toml")


@pytest.mark.parametrize(("line", "pooled"), [("", True), ("pool_corrections = false", False)])
def test_corrections_are_pooled_unless_switched_off(
    tmp_path: Path, line: str, pooled: bool
) -> None:
    person = '[[people]]\nemail = "a@x.example"\nrole = "manager"\ntz = "UTC"\n'
    text = f"[settings]\n{line}\n{person}"
    assert parse_config(text, tmp_path / "c.toml").settings.pool_corrections is pooled


def test_pool_corrections_is_true_or_false(tmp_path: Path) -> None:
    person = '[[people]]\nemail = "a@x.example"\nrole = "manager"\ntz = "UTC"\n'
    with pytest.raises(ConfigError) as caught:
        parse_config(f'[settings]\npool_corrections = "yes"\n{person}', tmp_path / "c.toml")
    assert caught.value.problems == ["settings.pool_corrections: must be true or false, not 'yes'"]


def test_a_role_sets_its_1_1_expectation_and_the_others_keep_the_default() -> None:
    config = parse_config(
        "[roles.manager]\n"
        "one_on_ones_per_month = 4\n"
        "one_on_one_amber_weeks = 2\n"
        "one_on_one_red_weeks = 3\n"
        "[roles.founder]\n"
        "strategy = 35\ncapability-building = 25\nexecution = 30\nfirefighting = 10\n"
    )
    assert config.roles["manager"].one_on_ones == OneOnOneExpectation(4, 2, 3)
    assert config.roles["manager"].targets == DEFAULT_ROLES["manager"].targets
    assert config.roles["executive"].one_on_ones == OneOnOneExpectation(2, 3, 5)
    assert config.roles["founder"].one_on_ones == OneOnOneExpectation()


def test_1_1_expectation_problems_name_the_setting() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(
            "[roles.manager]\n"
            'one_on_ones_per_month = "two"\n'
            "one_on_one_amber_weeks = 4\n"
            "one_on_one_red_weeks = 4\n"
            "one_on_one_weeks = 3\n"
        )
    assert caught.value.problems == [
        "roles.manager.one_on_one_weeks: unknown key (expected one of: capability-building, "
        "description, execution, firefighting, one_on_one_amber_weeks, one_on_one_red_weeks, "
        "one_on_ones_per_month, planning_max, planning_min, strategy, tolerance)",
        "roles.manager.one_on_ones_per_month: must be a whole number from 0 to 31, not 'two'",
        "roles.manager.one_on_one_red_weeks: must be more than one_on_one_amber_weeks (4), not 4",
    ]


# -- the planning band (issue 15, planning vs doing) ------------------------------------------
def test_every_built_in_role_has_a_planning_band_and_a_role_may_change_it() -> None:
    config = parse_config(
        "[roles.manager]\nplanning_max = 30\n"
        "[roles.founder]\n"
        "strategy = 35\ncapability-building = 25\nexecution = 30\nfirefighting = 10\n"
        "planning_min = 15\nplanning_max = 35\n"
    )
    assert config.roles["executive"].planning == PlanningBand(10, 25)
    assert config.roles["senior-leader"].planning == PlanningBand(10, 25)
    assert DEFAULT_ROLES["manager"].planning == PlanningBand(5, 20)
    assert config.roles["manager"].planning == PlanningBand(5, 30)
    assert config.roles["founder"].planning == PlanningBand(15, 35)


def test_planning_band_problems_name_the_setting() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(
            '[roles.manager]\nplanning_min = "ten"\n'
            "[roles.executive]\nplanning_min = 30\nplanning_max = 20\n"
            "[roles.senior-leader]\nplanning_max = 120\n"
        )
    assert caught.value.problems == [
        "roles.manager.planning_min: must be a number from 0 to 100, not 'ten'",
        "roles.executive.planning_max: must be at least planning_min (30), not 20",
        "roles.senior-leader.planning_max: must be a number from 0 to 100, not 120",
    ]
