"""The question bank: the built-in file, the config's [questions] table and a coach's own bank
files merged over it, and every mistake as one line naming the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeaudit.audit.assess import NO_DATA, OFF_TARGET, STUCK, VERDICT_LABELS
from timeaudit.config.load import parse_config
from timeaudit.config.questions import RHYTHM_MISSED, QuestionBank, builtin_bank
from timeaudit.errors import ConfigError

PERSON = """
[[people]]
email = "ana@example.com"
role = "executive"
tz = "Europe/Lisbon"
"""
#: The rhythm gap keys the report and the rhythm items look up.
GAP_KEYS = (
    "one-on-one-lapsed",
    "one-on-one-behind",
    "planning-drift",
    RHYTHM_MISSED,
    "leadership-team",
    "team-weekly",
    "roadmap-review",
    "quarterly-business-review",
    "okr-planning",
    "retrospective",
    "board",
)


def bank(text: str, folder: Path | None = None) -> QuestionBank:
    path = folder / "config.toml" if folder else None
    return parse_config(PERSON + text, path).questions


def problems(text: str, folder: Path | None = None) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        bank(text, folder)
    return caught.value.problems


# -- the built-in bank ------------------------------------------------------------------------
def test_the_built_in_bank_has_a_key_for_every_verdict_and_nothing_else() -> None:
    assert list(builtin_bank().verdict) == list(VERDICT_LABELS)


def test_every_judged_verdict_has_three_to_five_questions() -> None:
    for verdict in VERDICT_LABELS:
        if verdict != NO_DATA:
            assert 3 <= len(builtin_bank().for_verdict(verdict)) <= 5, verdict
    assert len(builtin_bank().for_verdict(NO_DATA)) == 2


def test_the_built_in_bank_has_questions_for_every_rhythm_gap() -> None:
    assert list(builtin_bank().rhythm) == list(GAP_KEYS)
    assert all(len(builtin_bank().for_gap(k)) == 2 for k in GAP_KEYS)


def test_a_rhythm_without_its_own_key_gets_the_rhythm_missed_questions() -> None:
    missed = builtin_bank().rhythm[RHYTHM_MISSED]
    assert builtin_bank().for_gap("design-review") == missed
    assert builtin_bank().for_gap("quarterly-business-review") != missed


def test_every_built_in_kind_can_be_asked_about() -> None:
    kinds = builtin_bank().kinds
    assert [k.id for k in kinds][:2] == ["recurring-fire", "steering-committee"]
    assert all(k.questions and k.conditions for k in kinds)


def test_a_config_without_questions_uses_the_built_in_bank() -> None:
    assert bank("") == builtin_bank()


# -- merging ------------------------------------------------------------------------------------
def test_the_configs_questions_come_first_then_the_built_in_ones_up_to_five() -> None:
    mine = bank('[questions.verdict]\nstuck-in-execution = ["Mine?", "Also mine?"]\n')
    assert mine.for_verdict(STUCK) == (
        "Mine?",
        "Also mine?",
        *builtin_bank().for_verdict(STUCK)[:3],
    )
    assert mine.for_verdict(OFF_TARGET) == builtin_bank().for_verdict(OFF_TARGET)


def test_replace_drops_the_built_in_questions_of_that_key_only() -> None:
    mine = bank(
        "[questions.verdict]\n"
        'off-target = { questions = ["Only this?"], replace = true }\n'
        "[questions.rhythm]\n"
        "one-on-one-lapsed = { questions = [], replace = true }\n"
    )
    assert mine.for_verdict(OFF_TARGET) == ("Only this?",)
    assert mine.for_gap("one-on-one-lapsed") == ()  # asked none, not the fallback
    assert mine.for_verdict(STUCK) == builtin_bank().for_verdict(STUCK)


def test_a_question_already_in_the_bank_is_not_asked_twice() -> None:
    first = builtin_bank().for_verdict(OFF_TARGET)[0]
    mine = bank(f'[questions.verdict]\noff-target = ["{first}", "New?"]\n')
    assert mine.for_verdict(OFF_TARGET) == (
        first,
        "New?",
        *builtin_bank().for_verdict(OFF_TARGET)[1:],
    )


def test_a_coachs_file_comes_after_the_config_and_before_the_built_in_bank(
    tmp_path: Path,
) -> None:
    (tmp_path / "coach.toml").write_text(
        '[verdict]\nstuck-in-execution = ["Coach?"]\n'
        '[rhythm]\nboard = { questions = ["Board, coach?"], replace = true }\n'
        '[[kind]]\nid = "offsite"\nwords = ["offsite"]\n'
        'questions = ["What will change on Monday?"]\n'
        '[[kind]]\nid = "steering-committee"\nwords = ["project board"]\n'
        'questions = ["Who decides when you are away?"]\n',
        encoding="utf-8",
    )
    mine = bank(
        '[questions]\nfiles = ["coach.toml"]\n'
        '[questions.verdict]\nstuck-in-execution = ["Config?"]\n',
        tmp_path,
    )
    assert mine.for_verdict(STUCK)[:3] == (
        "Config?",
        "Coach?",
        builtin_bank().for_verdict(STUCK)[0],
    )
    assert mine.for_gap("board") == ("Board, coach?",)
    kinds = {k.id: k for k in mine.kinds}
    assert [k.id for k in mine.kinds][:2] == ["offsite", "recurring-fire"]  # new kinds first
    steering = kinds["steering-committee"]
    assert steering.questions[:2] == (
        "Who decides when you are away?",
        "Which decisions here could the team make without you?",
    )
    assert steering.words[0] == "project board" and "steerco" in steering.words


def test_a_kind_replaced_stands_instead_of_the_built_in_one() -> None:
    mine = bank(
        '[[questions.kind]]\nid = "large-meeting"\nmin_attendees = 20\nreplace = true\n'
        'questions = ["Twenty people: who decides?"]\n'
    )
    large = next(k for k in mine.kinds if k.id == "large-meeting")
    assert (large.min_attendees, large.questions) == (20, ("Twenty people: who decides?",))


# -- mistakes: one line each, all of them ---------------------------------------------------------
def test_every_mistake_in_the_config_is_one_line_naming_its_key() -> None:
    found = problems(
        "[questions]\n"
        "limit = 3\n"
        "[questions.verdict]\n"
        'stuck = ["Typo?"]\n'
        'fits = "One question"\n'
        'off-target = ["", 4]\n'
        "no-data = []\n"
        "[questions.rhythm]\n"
        'one-on-one-lapsed = { questions = ["Q?"], replace = "yes" }\n'
        "[[questions.kind]]\n"
        'id = "Board Prep"\n'
        "[[questions.kind]]\n"
        'id = "board-prep"\n'
        'questions = ["Q?"]\n'
        "[[questions.kind]]\n"
        'id = "offsite"\n'
        'words = ["offsite"]\n'
        'category = ["strategic"]\n'
        "fire = 1\n"
        "min_attendees = 0\n"
        'colour = "red"\n'
    )
    verdicts = ", ".join(VERDICT_LABELS)
    assert found == [
        "questions.limit: unknown key (expected verdict, rhythm or kind)",
        f"questions.verdict.stuck: unknown verdict key (expected one of: {verdicts})",
        "questions.verdict.fits: write a list of questions, or { questions = [...], replace = "
        "true }, not str 'One question'",
        "questions.verdict.off-target[1]: empty question; write it out or remove it",
        "questions.verdict.off-target[2]: a question must be text in quotes, not int 4",
        "questions.verdict.no-data: an empty list adds nothing; add questions, or set replace = "
        "true to ask none",
        "questions.rhythm.one-on-one-lapsed.replace: must be true or false, not str 'yes'",
        "questions.kind[1].id: give the kind an id of lower-case words joined by '-', not str "
        "'Board Prep'",
        "questions.kind[2]: kind 'board-prep' needs a condition (words, category, fire, "
        "recurring, one_to_one, min_attendees, max_attendees)",
        "questions.kind[3].colour: unknown key (expected one of: category, fire, id, "
        "max_attendees, min_attendees, one_to_one, questions, recurring, replace, words)",
        "questions.kind[3].category: unknown category 'strategic' (expected one of: strategy, "
        "capability-building, execution, firefighting)",
        "questions.kind[3].fire: must be true or false, not int 1",
        "questions.kind[3].min_attendees: must be a whole number from 1 to 1000, not int 0",
        "questions.kind[3].questions: kind 'offsite' needs at least one question",
    ]
    assert all("\n" not in p for p in found)


def test_a_missing_file_and_a_broken_one_are_named_with_the_configs_other_problems(
    tmp_path: Path,
) -> None:
    (tmp_path / "broken.toml").write_text('[verdict\nfits = ["?"]\n', encoding="utf-8")
    (tmp_path / "typo.toml").write_text('[verdicts]\nfits = ["?"]\n', encoding="utf-8")
    found = problems(
        '[settings]\ntolerance = "five"\n'
        '[questions]\nfiles = ["gone.toml", "broken.toml", "typo.toml"]\n',
        tmp_path,
    )
    assert found == [
        "settings.tolerance: must be a number from 0 to 50, not 'five'",
        "questions.files: gone.toml: file not found; check the path (relative to the config's "
        "folder)",
        "questions.files: broken.toml: not valid TOML: Expected ']' at the end of a table "
        "declaration (at line 1, column 9)",
        "typo.toml: verdicts: unknown key (expected verdict, rhythm or kind)",
    ]


def test_files_must_be_paths() -> None:
    assert problems("[questions]\nfiles = [3]\n") == [
        "questions.files: must be a list of paths of question bank files"
    ]


def test_a_kind_table_that_is_not_an_array_says_how_to_write_it() -> None:
    assert problems('[questions.kind]\nid = "x"\n') == [
        "questions.kind: write meeting kinds as [[kind]] tables"
    ]


def test_an_id_used_twice_in_one_file_is_named() -> None:
    kind = '[[questions.kind]]\nid = "offsite"\nwords = ["offsite"]\nquestions = ["Q?"]\n'
    assert problems(kind + kind) == [
        "questions.kind[2].id: 'offsite' is used twice; give each kind its own id"
    ]
