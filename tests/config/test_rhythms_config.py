"""[[rhythms]] in the config, [settings] rhythm_pack and the rhythm pack itself: every
problem reported at once, one line each naming the file and key (tests/data/rhythm/config)."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeaudit.audit.pipeline import rhythm_recognisers
from timeaudit.audit.rhythm_pack import default_rhythm_pack, load_rhythm_pack
from timeaudit.config.load import load_config, parse_config
from timeaudit.config.types import RhythmConfig
from timeaudit.errors import ConfigError

DATA = Path(__file__).parents[1] / "data" / "rhythm" / "config"


def test_rhythms_are_read_from_the_config() -> None:
    config = load_config(DATA / "rhythms_ok.toml")
    assert config.rhythms == (
        RhythmConfig(
            "Ops review",
            "weekly",
            title="ops review|betriebsrunde",
            attendees=("cfo@example.com",),
            people=("lea@example.com",),
        ),
        RhythmConfig("Investor update", "quarterly", series="investor-update@example.com"),
    )
    assert config.settings.rhythm_pack == DATA / "pack_ok.toml"


def test_the_configs_rhythms_come_first_then_the_pack_it_names() -> None:
    ids = [r.id for r in rhythm_recognisers(load_config(DATA / "rhythms_ok.toml"))]
    assert ids == ["config:Ops review", "config:Investor update", "town-hall"]


def test_every_rhythm_problem_is_one_line_naming_its_key() -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(DATA / "rhythms_bad.toml")
    assert caught.value.problems == [
        'rhythms[1].name: missing: the name the report shows, e.g. "Ops review"',
        "rhythms[2].cadence: must be one of daily, weekly, fortnightly, monthly, quarterly, "
        "not 'every now and then'",
        "rhythms[3]: needs a title, attendees or series to find its meetings by",
        "rhythms[4].colour: unknown key (expected one of: attendees, cadence, name, people, "
        "series, title)",
        "rhythms[4].title: not a valid regex (missing ), unterminated subpattern at position "
        "0); check the pattern",
        "rhythms[5].attendees: must be an email address, not 'not-an-email'",
        "rhythms[5].people: nobody@example.com is not in [[people]] or the roster",
        "rhythms[4].name: 'staff' is used twice; give each its own",
    ]


def test_rhythms_must_be_tables() -> None:
    text = '[[people]]\nemail = "a@example.com"\nrole = "manager"\ntz = "UTC"\n'
    with pytest.raises(ConfigError) as caught:
        parse_config('rhythms = "weekly"\n' + text)
    assert caught.value.problems == [
        "rhythms: must be an array of tables ([[rhythms]] with name and cadence)"
    ]


def test_the_shipped_pack_has_the_seven_rhythms() -> None:
    pack = default_rhythm_pack()
    assert [(r.id, r.cadence) for r in pack.recognisers] == [
        ("board", "quarterly"),
        ("quarterly-business-review", "quarterly"),
        ("okr-planning", "quarterly"),
        ("retrospective", "fortnightly"),
        ("roadmap-review", "weekly"),
        ("leadership-team", "weekly"),
        ("team-weekly", "weekly"),
    ]


def test_a_bad_pack_names_the_file_and_every_problem() -> None:
    path = DATA / "pack_bad.toml"
    with pytest.raises(ConfigError) as caught:
        load_rhythm_pack(path)
    assert caught.value.path == str(path)
    assert caught.value.problems == [
        "rhythm 'Town Hall' key 'id': use lower-case letters, digits and '-'",
        "rhythm 'weekly' key 'cadence': must be one of daily, weekly, fortnightly, monthly, "
        "quarterly",
        "rhythm 'weekly' key 'words': not a valid regex (missing ), unterminated subpattern at "
        "position 0)",
        "rhythm 'weekly' key 'min_attendees': must be a whole number, 0 or more",
        "rhythm 'weekly' key 'colour': unknown (expected one of: id, name, cadence, words, "
        "not_words, min_attendees, max_attendees, recurring, internal)",
        "rhythm 'weekly' key 'words': missing or not a string",
        "rhythm 'weekly' key 'id': used twice; give each rhythm its own id",
        "rhythm 'weekly' key 'internal': must be true or false",
    ]


def test_a_missing_pack_is_one_line_saying_where_to_look(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_rhythm_pack(tmp_path / "nope.toml")
    assert caught.value.problems == [
        "cannot read the rhythm pack (No such file or directory); check [settings] rhythm_pack"
    ]
