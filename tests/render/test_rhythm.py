"""The Rhythm section end to end: tests/data/rhythm/ (a config with reports, a roster with a
manager column, one ICS calendar) through the real pipeline into the Markdown, HTML and JSON
report of Lea, a manager whose role asks for three 1:1s a month."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from tests.render.conftest import DATA
from tests.render.test_report_golden import check_golden
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import AuditResult, one_on_one_table, run_audit
from timeaudit.config.load import load_config
from timeaudit.render.report import render_html, render_markdown, report_charts, view_json
from timeaudit.render.schema import PERSON, json_schema
from timeaudit.render.view import PersonView, person_view
from timeaudit.store.sqlite import Store

LEA = "lea@example.com"
SECRET = "compensation (secret)"  # the title of Lea's private weekly 1:1 with Bo


@dataclass(frozen=True)
class Rendered:
    view: PersonView
    markdown: str
    html: str
    document: dict[str, object]
    result: AuditResult


@pytest.fixture(scope="module")
def lea(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    config = load_config(DATA / "rhythm" / "lea.toml")
    person = config.person(LEA)
    tmp = tmp_path_factory.mktemp("rhythm")
    with Store(tmp / "store.sqlite") as store:
        result = run_audit(store, config, [person], Period.month("2026-10"))
    view = person_view(result, person, today=date(2026, 11, 2))
    return Rendered(
        view,
        render_markdown(view),
        render_html(view, report_charts(view)),
        json.loads(view_json(view)),
        result,
    )


def test_reports_come_from_the_config_and_the_roster_each_once(lea: Rendered) -> None:
    o = lea.view.one_on_ones
    assert [(r.name, r.email) for r in o.reports] == [
        ("Bo Berg", "bo@example.com"),
        ("Cy Cole", "cy@example.com"),
        ("Ed Ward", "ed@example.com"),
    ]
    assert o.per_month == 3  # the manager role's own expectation


def test_each_row_has_its_numbers_and_says_why(lea: Rendered) -> None:
    rows = {r.email: r for r in lea.view.one_on_ones.reports}
    bo, cy, ed = rows["bo@example.com"], rows["cy@example.com"], rows["ed@example.com"]
    # four Thursdays (the 29th dropped while Lea was away), the 24 September one before
    assert (bo.held, bo.last, bo.longest_gap, bo.status) == (4, "22 Oct 2026", 7, "green")
    # Cy's 1:1 of 13 October was declined and the 6 October meeting had three people
    assert cy.reason == (
        "no 1:1 in the period, last 10 Sep: 46 days without one, not counting 6 days away "
        "(red: more than 5 weeks without one)"
    )
    assert ed.reason == (
        "no 1:1 in the period, none since 1 Nov 2025: 25 days without one, not counting 6 "
        "days away (red: none in the period)"
    )


def test_mid_period_the_table_counts_up_to_today(lea: Rendered) -> None:
    """Audited on 15 October: that day's 1:1 is held, the 22nd's not yet; the gap runs to
    the end of today."""
    table = one_on_one_table(lea.result, lea.result.people[0], date(2026, 10, 15))
    bo = table.reports[0]
    assert (bo.email, bo.held, bo.last, bo.longest_gap) == (
        "bo@example.com",
        3,
        date(2026, 10, 15),
        7,
    )


def test_skip_level_and_upward_are_listed_apart(lea: Rendered) -> None:
    o = lea.view.one_on_ones
    assert [(r.relation, r.name, r.reason) for r in o.apart] == [
        ("skip-level", "Dee Dunn", "1 held, last 14 Oct"),
        ("upward", "Max Ober", "1 held, last 20 Oct"),
    ]
    assert "- skip-level with Dee Dunn: 1 held, last 14 Oct" in lea.markdown
    assert "<li>upward with <bdi>Max Ober</bdi>: 1 held, last 20 Oct</li>" in lea.html


def test_the_markdown_table(lea: Rendered) -> None:
    assert (
        "1 direct report" not in lea.markdown
        and "3 direct reports: 1 green, 2 red. Expected: at least 3 a month with each direct "
        "report; amber after 3 weeks without one, red after 5 (days you were away do not count "
        "toward a gap). No 1:1 in the period with Cy Cole, Ed Ward."
        in lea.markdown
    )
    assert "| Cy Cole | 0 | 10 Sep 2026 | 46 | 🔴 red |" in lea.markdown
    assert "| Ed Ward | 0 | none | 25 | 🔴 red |" in lea.markdown


def test_the_verdict_box_points_to_the_reports_behind_on_1_1s(lea: Rendered) -> None:
    assert '<a href="#rhythm">2 direct reports behind on 1:1s</a>' in lea.html


def test_the_html_table_marks_status_with_a_word_not_colour_alone(lea: Rendered) -> None:
    assert 'id="rhythm"' in lea.html and "one-on-ones-table" in lea.html
    assert '<span class="badge fit-red">red</span>' in lea.html
    assert '<span class="badge fit-green">green</span>' in lea.html


def test_the_json_follows_the_person_schema(lea: Rendered) -> None:
    errors = Draft202012Validator(json_schema(PERSON)).iter_errors(lea.document)
    assert [e.message for e in errors] == []


def test_the_json_carries_the_table(lea: Rendered) -> None:
    table = lea.document["rhythm"]["one_on_ones"]  # type: ignore[index]
    assert table["configured"] is True
    assert table["expectation"] == {"per_month": 3, "amber_weeks": 3, "red_weeks": 5}
    assert [(r["email"], r["held"], r["last"], r["status"]) for r in table["reports"]] == [
        ("bo@example.com", 4, "2026-10-22", "green"),
        ("cy@example.com", 0, "2026-09-10", "red"),
        ("ed@example.com", 0, None, "red"),
    ]
    assert [r["email"] for r in table["skip_level"]] == ["dee@example.com"]
    assert [r["email"] for r in table["upward"]] == ["max@example.com"]


def test_a_private_1_1_never_shows_its_title(lea: Rendered) -> None:
    for text in (lea.markdown, lea.html, json.dumps(lea.document)):
        assert SECRET not in text


# -- rhythm items: a private leadership team, a lapsed QBR, the daily roadmap review ----------
LT_WHY = (
    "weekly, 3 expected, 3 held, you declined 1, 1 while you were away (amber: you were at 2 of 3)"
)
QBR_WHY = (
    "quarterly, 1 expected, 0 held, last held 14 Jul, due by 14 Oct (red: not held in its quarter)"
)


def test_the_rhythm_items_and_why(lea: Rendered) -> None:
    items = lea.view.rhythm_items.items
    assert [(i.name, i.expected, i.held, i.attendance, i.status) for i in items] == [
        ("Quarterly business review", 1, 0, "none", "red"),
        ("Roadmap or execution review", 3, 15, "none", "green"),
        ("Leadership team meeting", 3, 3, "declined 1", "amber"),
    ]
    assert [items[0].reason, items[2].reason] == [QBR_WHY, LT_WHY]
    assert lea.view.rhythm_items.summary == "3 rhythm items: 1 green, 1 amber, 1 red"


def test_the_rhythm_table_in_markdown_and_html(lea: Rendered) -> None:
    assert (
        f"| Leadership team meeting | weekly | 3 | 3 | declined 1 | 2% | 🟠 amber | {LT_WHY} |"
        in lea.markdown
    )
    assert (
        f"| Quarterly business review | quarterly | 1 | 0 | none | 0% | 🔴 red | {QBR_WHY} |"
        in (lea.markdown)
    )
    assert lea.markdown.index("### 1:1s with direct reports") < lea.markdown.index(
        "### Rhythm items"
    )
    assert "rhythm-items-table" in lea.html
    assert '<th scope="row">Leadership team meeting</th>' in lea.html
    assert '<a href="#rhythm-items-h">2 rhythm items behind</a>' in lea.html


def test_a_config_rhythm_that_matched_nothing_is_named(lea: Rendered) -> None:
    line = (
        "rhythm &#39;Ops review&#39; matched no meeting in the period (nor since 1 Nov 2025): "
        "check its title, attendees or series in the config"
    )
    assert f"<li>{line}</li>" in lea.html
    assert "- rhythm 'Ops review' matched no meeting in the period" in lea.markdown
    assert lea.document["rhythm"]["unmatched"] == [line.replace("&#39;", "'")]  # type: ignore[index]


def test_the_json_carries_the_rhythm_items(lea: Rendered) -> None:
    items = lea.document["rhythm"]["items"]  # type: ignore[index]
    assert items[0] == {
        "id": "quarterly-business-review",
        "name": "Quarterly business review",
        "origin": "built-in",
        "cadence": "quarterly",
        "expected": 1,
        "held": 0,
        "declined": 0,
        "cancelled": 0,
        "away": 0,
        "last_held": "2026-07-14",
        "due": "2026-10-14",
        "hours": 0.0,
        "share": 0.0,
        "status": "red",
        "reason": QBR_WHY,
    }
    assert [(i["id"], i["declined"], i["away"]) for i in items[1:]] == [
        ("roadmap-review", 0, 0),
        ("leadership-team", 1, 1),
    ]


def test_a_private_rhythm_meeting_never_shows_its_title(lea: Rendered) -> None:
    for text in (lea.markdown, lea.html, json.dumps(lea.document)):
        assert "reorg" not in text


HOSTILE = "<script>alert('cn')</script> | =HYPERLINK(\"http://evil.example\") \u202efdp.exe"


def test_a_hostile_name_from_an_invitation_is_text_in_every_format(lea: Rendered) -> None:
    """Names in the table may come from an invitation's CN: escaped like every other
    calendar field, and unable to break a Markdown table row."""
    o = lea.view.one_on_ones
    hostile = replace(o, reports=(replace(o.reports[0], name=HOSTILE), *o.reports[1:]))
    view = replace(lea.view, one_on_ones=hostile)
    html = render_html(view, report_charts(view))
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#39;cn&#39;)" in html
    markdown = render_markdown(view)
    row = next(line for line in markdown.splitlines() if "alert" in line and line.startswith("|"))
    assert row.count(" | ") == 5  # six cells: the name's "|" is escaped
    assert "<script>" not in markdown


# -- golden files of the section: tests/golden/rhythm-lea-2026-10.{md,html,json} ---------------
GOLDEN = Path(__file__).parents[1] / "golden"


def section(fmt: str, rendered: Rendered) -> str:
    """The Rhythm section alone, as each format writes it."""
    if fmt == "md":
        text = rendered.markdown
        start = text.index("## Rhythm")
        return text[start : text.index("\n## ", start) + 1]
    if fmt == "html":
        text = rendered.html
        start = text.index('<section class="rhythm"')
        return text[start : text.index("</section>", start) + len("</section>")] + "\n"
    return json.dumps(rendered.document["rhythm"], indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_the_section_matches_its_golden_file(
    fmt: str, lea: Rendered, snapshot_update: bool
) -> None:
    check_golden(section(fmt, lea), GOLDEN / f"rhythm-lea-2026-10.{fmt}", snapshot_update)


def test_the_cohorts_red_gap_is_the_reports_table(lea: Rendered) -> None:
    """The cohort's per-person figure (worked out for many owners at once) says red exactly
    when the report's own 1:1 table has a red row, over the same span: Lea's October has
    two reds (Cy and Ed), so her figure is 1; Cy has no reports, so no figure (NaN)."""
    from timeaudit.audit.pipeline import one_on_one_gaps

    config = load_config(DATA / "rhythm" / "lea.toml")
    person = config.person(LEA)
    result = lea.result
    frame = result.events  # the period's classified, counted rows
    period = Period.month("2026-10")
    flags = one_on_one_gaps(frame, config, [person, config.person("cy@example.com")], period)
    table = one_on_one_table(replace(result, history_start=period.first), person, date(2026, 11, 2))
    assert any(r.status == "red" for r in table.reports)
    assert flags[LEA] == 1.0
    assert flags.isna()["cy@example.com"]
