"""The question bank in the report: the verdict's questions (the config's and the coach's
first), the rhythm gaps' after them, and a question on each time sink and fire
(tests/data/questions/: Ana's steering committee, a private one, a board pack review only
the coach's kind knows; tests/data/rhythm/: Lea, with two reports not met)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.render.conftest import DATA
from timeaudit.audit.assess import STUCK
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import AuditResult, run_audit
from timeaudit.cli import main
from timeaudit.config.load import load_config
from timeaudit.config.questions import QuestionBank, builtin_bank
from timeaudit.config.types import Config
from timeaudit.render.questions import BEHIND, LAPSED, report_questions, rhythm_gaps
from timeaudit.render.report import render_html, render_markdown, report_charts, view_json
from timeaudit.render.rhythm import NOT_COMPUTED, OneOnOneLine, RhythmLine, RhythmView
from timeaudit.render.view import PersonView, person_view
from timeaudit.store.sqlite import Store

ANA = "ana@example.com"
TODAY = date(2026, 11, 2)
CONFIG_Q = "Which meeting did you leave this month, and did anyone notice?"
COACH_Q = "What did you say no to this month?"
BOARD_PACK_Q = "Which page of the board pack could someone on your team own?"
STEERING_Q = "Which decisions here could the team make without you?"


def audited(config: Config, email: str, tmp: Path) -> AuditResult:
    with Store(tmp / "store.sqlite") as store:
        return run_audit(store, config, [config.person(email)], Period.month("2026-10"))


@pytest.fixture(scope="module")
def ana_config() -> Config:
    return load_config(DATA / "questions" / "ana.toml")


@pytest.fixture(scope="module")
def ana_result(ana_config: Config, tmp_path_factory: pytest.TempPathFactory) -> AuditResult:
    return audited(ana_config, ANA, tmp_path_factory.mktemp("questions"))


def ana_view(result: AuditResult, bank: QuestionBank, *, redact: bool = False) -> PersonView:
    return person_view(result, result.people[0], questions=bank, today=TODAY, redact=redact)


def test_the_configs_and_the_coachs_questions_come_before_the_built_in_ones(
    ana_config: Config, ana_result: AuditResult
) -> None:
    view = ana_view(ana_result, ana_config.questions)
    assert view.verdict == STUCK
    assert view.questions == (CONFIG_Q, COACH_Q, *builtin_bank().for_verdict(STUCK)[:3])


def test_each_sink_gets_its_kinds_question_and_the_private_one_none(
    ana_config: Config, ana_result: AuditResult
) -> None:
    view = ana_view(ana_result, ana_config.questions)
    assert [(s.title, s.question) for s in view.sinks] == [
        ("SteerCo Platform", STEERING_Q),
        ("(private event)", ""),  # "Lenkungsausschuss ..." is a steering committee, unread
        ("Board pack review", BOARD_PACK_Q),  # the coach's own kind
    ]


def test_the_built_in_bank_does_not_know_the_coachs_kind(ana_result: AuditResult) -> None:
    view = ana_view(ana_result, builtin_bank())
    assert [s.question for s in view.sinks] == [STEERING_Q, "", ""]
    assert view.questions == builtin_bank().for_verdict(STUCK)


def test_a_redacted_report_asks_nothing_it_could_only_know_from_a_title(
    ana_config: Config, ana_result: AuditResult
) -> None:
    view = ana_view(ana_result, ana_config.questions, redact=True)
    assert [(s.title, s.question) for s in view.sinks] == [("(redacted)", "")] * 3
    assert not view.sinks_asked


def test_markdown_html_and_json_show_the_questions(
    ana_config: Config, ana_result: AuditResult
) -> None:
    view = ana_view(ana_result, ana_config.questions)
    markdown, html = render_markdown(view), render_html(view, report_charts(view))
    document = json.loads(view_json(view))
    assert "| meeting | category | hours | occurrences | a question to ask |" in markdown
    assert f"| SteerCo Platform (series) | execution | 6.0 | 4 | {STEERING_Q} |" in markdown
    assert "| \\(private event\\) (series) | execution | 4.0 | 4 |  |" in markdown
    assert f"1. {CONFIG_Q}\n2. {COACH_Q}\n" in markdown
    assert f'<td class="ask">{STEERING_Q}</td>' in html
    assert "Lenkungsausschuss" not in markdown + html + json.dumps(document)
    assert [s["question"] for s in document["sinks"]] == [STEERING_Q, "", BOARD_PACK_Q]
    assert document["questions"][:2] == [CONFIG_Q, COACH_Q]


def test_a_table_without_any_question_has_no_question_column(ana_result: AuditResult) -> None:
    view = ana_view(ana_result, QuestionBank(builtin_bank().verdict, {}, ()))
    markdown, html = render_markdown(view), render_html(view, report_charts(view))
    assert "| meeting | category | hours | occurrences |\n|---|---|---:|---:|\n" in markdown
    assert "a question to ask" not in markdown + html


def test_the_audit_command_asks_the_configs_questions(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["--home", str(tmp_path), "--config", str(DATA / "questions" / "ana.toml")]
    result = CliRunner().invoke(
        main, [*args, "audit", "--month", "2026-10", "--out", str(out), "--format", "md"]
    )
    assert result.exit_code == 0, result.output
    (report,) = out.glob("*.md")
    text = report.read_text(encoding="utf-8")
    assert f"1. {CONFIG_Q}\n2. {COACH_Q}\n" in text and BOARD_PACK_Q in text


# -- rhythm gaps ---------------------------------------------------------------------------------
def test_reports_not_met_add_the_lapsed_questions_after_the_verdicts(
    tmp_path: Path,
) -> None:
    config = load_config(DATA / "rhythm" / "lea.toml")
    result = audited(config, "lea@example.com", tmp_path)
    view = person_view(result, result.people[0], today=TODAY)
    assert [r.name for r in view.one_on_ones.lapsed] == ["Cy Cole", "Ed Ward"]
    assert rhythm_gaps(view.one_on_ones) == (LAPSED,)  # Bo, the other report, is green
    red = [i.id for i in view.rhythm_items.items if i.status == "red"]
    assert red == ["quarterly-business-review"]  # Lea's quarterly review is overdue
    gaps = rhythm_gaps(view.one_on_ones, view.rhythm_items)
    amber = [i.id for i in view.rhythm_items.items if i.status == "amber"]
    assert gaps == (LAPSED, "quarterly-business-review", *amber)  # the most pressing first
    bank = builtin_bank()
    lapsed, review = bank.for_gap(LAPSED)[0], bank.for_gap("quarterly-business-review")[0]
    # two rhythm questions at most: one for each of the two most pressing gaps
    assert view.questions == (*bank.for_verdict(view.verdict), lapsed, review)
    markdown = render_markdown(view)
    assert f"{len(view.questions)}. {review}\n" in markdown


def line(held: int, status: str) -> OneOnOneLine:
    return OneOnOneLine("Bo", "bo@example.com", "report", held, "", None, 30, 0, 2, status, "")


def test_a_report_behind_but_met_is_a_behind_gap_and_one_not_met_a_lapsed_one() -> None:
    behind = replace(NOT_COMPUTED, configured=True, reports=(line(1, "amber"),))
    both = replace(behind, reports=(line(0, "red"), line(1, "red"), line(2, "green")))
    assert rhythm_gaps(behind) == (BEHIND,)
    assert rhythm_gaps(both) == (LAPSED, BEHIND)
    assert rhythm_gaps(replace(behind, reports=(line(2, "green"),))) == ()
    assert rhythm_gaps(NOT_COMPUTED) == ()


def test_two_gaps_get_one_question_each_and_the_total_stays_short() -> None:
    bank = QuestionBank(
        {STUCK: ("V1", "V2", "V3", "V4", "V5", "V6")},
        {LAPSED: ("L1", "L2"), BEHIND: ("V1", "B1", "B2")},
        (),
    )
    assert report_questions(bank, STUCK, (LAPSED, BEHIND)) == (
        "V1", "V2", "V3", "V4", "V5", "L1", "B1",
    )  # fmt: skip
    assert report_questions(bank, STUCK, (LAPSED,)) == ("V1", "V2", "V3", "V4", "V5", "L1", "L2")
    assert report_questions(bank, STUCK, ()) == ("V1", "V2", "V3", "V4", "V5")
    # a rhythm item's recogniser without its own key falls back to rhythm-missed
    assert (
        report_questions(builtin_bank(), STUCK, ("design-review",))[5:]
        == (builtin_bank().rhythm["rhythm-missed"])
    )


def _item(id: str, status: str) -> RhythmLine:
    return RhythmLine(
        id=id, name=id, cadence="weekly", origin="built-in", expected=4, held=2, declined=0,
        cancelled=0, away=0, attendance="none", last_held="", last_held_date=None, due="",
        due_date=None, hours=1.0, share=1.0, status=status, reason="",
    )  # fmt: skip


def test_rhythm_items_behind_ask_their_own_questions_most_pressing_first() -> None:
    """A red item comes before reports merely behind, an amber one after; an item the bank
    has no key for asks the rhythm-missed questions."""
    items = RhythmView(
        (
            _item("team-weekly", "amber"),
            _item("quarterly-business-review", "red"),
            _item("ops-review", "red"),
            _item("board", "green"),
        )
    )
    assert rhythm_gaps(NOT_COMPUTED, items) == (
        "quarterly-business-review",
        "ops-review",
        "team-weekly",
    )
    bank = builtin_bank()
    assert bank.for_gap("ops-review") == bank.for_gap("rhythm-missed")
    assert bank.for_gap("quarterly-business-review") != bank.for_gap("rhythm-missed")
