"""Which meeting kind of the built-in question bank a meeting row gets: by its words in
English, German, French and Spanish, by its conditions, never by a private row's words."""

from __future__ import annotations

import pandas as pd
import pytest

from timeaudit.audit.questions import fold, kind_questions
from timeaudit.categories import CAPABILITY, EXECUTION, FIREFIGHTING, STRATEGY
from timeaudit.config.questions import MeetingKind, QuestionBank, builtin_bank

KINDS = {k.id: k.questions[0] for k in builtin_bank().kinds}
STEERING = KINDS["steering-committee"]
STATUS = KINDS["status-meeting"]
ALL_HANDS = KINDS["all-hands"]
FIRE = KINDS["recurring-fire"]


def row(text: str, **more: object) -> dict[str, object]:
    values: dict[str, object] = {
        "text": text,
        "private": False,
        "category": EXECUTION,
        "fire": False,
        "recurring": True,
        "one_to_one": False,
        "n_attendees": 4,
    }
    return {**values, **more}


def ask(
    *rows: dict[str, object], read_words: bool = True, bank: QuestionBank | None = None
) -> list[str]:
    frame = pd.DataFrame(list(rows), index=[f"r{i}" for i in range(len(rows))])
    answer = kind_questions(frame, bank or builtin_bank(), read_words=read_words)
    assert list(answer.index) == list(frame.index)
    return list(answer)


@pytest.mark.parametrize(
    "title",
    [
        "Platform steering committee",
        "SteerCo – payments",
        "Steer-Co Q4",
        "Lenkungsausschuss Projekt Falke",
        "Lenkungskreis ERP",
        "Comité de pilotage SIRH",
        "COPIL mensuel",
        "Comité de dirección semanal",
        "comite directivo (ventas)",
    ],
)
def test_a_steering_committee_in_any_of_the_four_languages(title: str) -> None:
    assert ask(row(title)) == [STEERING]


@pytest.mark.parametrize(
    "title",
    [
        "Steering wheel supplier call",  # "steering" alone is no committee
        "Comité des fêtes",
        "Steercom budget",  # not a whole word of the list
        "Copilot rollout",  # "copil" inside another word
        "Dirección de arte",
    ],
)
def test_words_that_only_look_like_a_steering_committee_do_not_match(title: str) -> None:
    assert ask(row(title)) == [""]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Weekly ops status review", STATUS),
        ("Jour fixe Vertrieb", STATUS),
        ("Statusrunde Team Nord", STATUS),
        ("Point d'avancement projet", STATUS),
        ("Reunión de seguimiento", STATUS),
        ("Punto de situación semanal", STATUS),
        ("All-hands October", ALL_HANDS),
        ("Mitarbeiterversammlung", ALL_HANDS),
        ("Réunion plénière", ALL_HANDS),
        ("Reunión general de la empresa", ALL_HANDS),
    ],
)
def test_status_meetings_and_all_hands_in_each_language(title: str, expected: str) -> None:
    assert ask(row(title)) == [expected]


def test_a_status_word_in_a_strategy_meeting_is_not_a_status_meeting() -> None:
    assert ask(row("Strategy status of the 2027 plan", category=STRATEGY)) == [""]


def test_the_description_counts_as_well_as_the_title() -> None:
    assert ask(row("Platform review\nAgenda: the steering committee's decisions")) == [STEERING]


def test_a_fire_that_came_back_asks_what_keeps_it_coming_back() -> None:
    fire = row("SEV2 checkout outage", category=FIREFIGHTING, fire=True, recurring=False)
    once = row("SEV2 checkout outage", category=FIREFIGHTING, fire=False, recurring=False)
    assert ask(fire, once) == [FIRE, ""]
    assert FIRE == "What systemic issue keeps this coming back?"


def test_a_standing_1_1_that_is_status_and_a_large_meeting() -> None:
    status_1_1 = row("Bo / Ana", one_to_one=True, n_attendees=2)
    coaching_1_1 = row("Bo / Ana", one_to_one=True, n_attendees=2, category=CAPABILITY)
    once = row("Bo / Ana", one_to_one=True, n_attendees=2, recurring=False)
    large = row("Quarterly numbers", n_attendees=8)
    small = row("Quarterly numbers", n_attendees=7)
    assert ask(status_1_1, coaching_1_1, once, large, small) == [
        KINDS["status-one-on-one"],
        "",
        "",
        KINDS["large-meeting"],
        "",
    ]


def test_the_first_matching_kind_wins() -> None:
    """A steering committee of 12 is asked about as a steering committee, not a crowd."""
    assert ask(row("SteerCo status", n_attendees=12)) == [STEERING]


def test_a_private_row_is_never_matched_by_its_words() -> None:
    private = row("Lenkungsausschuss Projekt Falke", private=True)
    assert ask(private, row("Lenkungsausschuss Projekt Falke")) == ["", STEERING]


def test_a_private_row_still_gets_a_kind_its_title_plays_no_part_in() -> None:
    private_fire = row("Outage", private=True, category=FIREFIGHTING, fire=True)
    assert ask(private_fire) == [FIRE]


def test_a_redacted_report_matches_no_row_by_its_words() -> None:
    assert ask(row("SteerCo"), row("Town hall", n_attendees=40), read_words=False) == [
        "",
        KINDS["large-meeting"],
    ]


def test_a_kind_with_no_questions_is_switched_off() -> None:
    bank = QuestionBank(
        {},
        {},
        (
            MeetingKind("steering-committee", (), words=("steerco",)),
            MeetingKind("anything", ("Why?",), category=(EXECUTION,)),
        ),
    )
    assert ask(row("SteerCo"), bank=bank) == ["Why?"]


def test_no_rows_no_questions() -> None:
    empty = pd.DataFrame(columns=list(row("")))
    assert kind_questions(empty, builtin_bank(), read_words=True).empty


def test_fold_sets_case_accents_and_punctuation_aside() -> None:
    assert fold("Comité de Pilotage: Q4!") == " comite de pilotage q4 "
    assert fold("Straße") == " strasse "
