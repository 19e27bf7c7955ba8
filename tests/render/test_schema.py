"""Every JSON the tool writes follows its versioned schema (src/timeaudit/render/schemas/):
the per-person report (golden, hostile and thin calendars), a bundle's numbers.json, the
cohort files and the events export. The schemas ship in the package, are strict (an unknown
field, a wrong category or a missing field fails) and agree with the code's categories and
verdicts; and a field added to the view model or a column added to a table reaches no JSON
file until schema.py says so.

Each kind of output is made once: the report fixtures are the session's, the bundle, the
cohort and the events export are one run each for this module."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from jsonschema import Draft202012Validator

from tests.audit.test_cohort import HOSTILE_TEAMS, rename_teams
from tests.config.test_roster import run as run_cli
from tests.config.test_roster import write_home as roster_home
from tests.render.conftest import DATA, REPORT_MONTH, ReportRun, Runs
from tests.render.test_numbers import thin_view
from timeaudit.app import runs, session
from timeaudit.audit.assess import AMBER, GREEN, NO_DATA, RED, VERDICT_LABELS
from timeaudit.audit.periods import Period
from timeaudit.categories import LABELS, UNCLASSIFIED, WORK
from timeaudit.config.paths import Paths
from timeaudit.config.types import GROUPINGS
from timeaudit.render.coach import NO_FIT
from timeaudit.render.cohort import render_json
from timeaudit.render.export import events_json, events_table
from timeaudit.render.formats import REPORT
from timeaudit.render.report import view_json
from timeaudit.render.schema import (
    COHORT,
    EVENT_FIELDS,
    EVENT_FIELDS_V1,
    EVENT_FIELDS_V2,
    EVENTS,
    KINDS,
    PERSON,
    RELEASED,
    DocumentKind,
    json_schema,
    person_document,
)
from timeaudit.render.view import PersonView

DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"


@cache
def validator(kind: DocumentKind) -> Draft202012Validator:
    """The validator of ``kind``'s shipped schema, after checking the schema itself."""
    schema = json_schema(kind)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def problems(kind: DocumentKind, document: object) -> list[str]:
    """Every way ``document`` breaks the schema of ``kind``, as "path: message"."""
    found = validator(kind).iter_errors(document)
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in found]


# -- the outputs, each made once ----------------------------------------------------------------
@pytest.fixture(scope="module")
def events_export(hostile_report: ReportRun) -> str:
    """`timeaudit events --format json` over the hostile calendar's store (no new sync)."""
    home = hostile_report.out_dir.parent / "home"
    selection = session.Selection(Paths(DATA / "hostile" / "hostile.toml", home))
    return runs.events(selection, Period.month(REPORT_MONTH), "json", sync=False)


@pytest.fixture(scope="module")
def bundle_numbers(bundle_runs: Runs) -> dict[str, str]:
    """numbers.json of every packet of `timeaudit bundle --redact` over the demo calendars
    and the roster of hostile names (the bundle tests' run): packet name -> text."""
    packets = bundle_runs.redacted.files
    return {p.name: (p / "numbers.json").read_text(encoding="utf-8") for p in packets}


@pytest.fixture(scope="module")
def cohort_files(tmp_path_factory: pytest.TempPathFactory, seed_model_file: Path) -> dict[str, str]:
    """`timeaudit cohort --format json` over test_roster's generated roster, with
    test_cohort's hostile team names: file name -> text, one file per grouping."""
    home = tmp_path_factory.mktemp("schema-cohort")
    roster_home(home)
    rename_teams(home, HOSTILE_TEAMS)
    (home / "models").mkdir()
    shutil.copy(seed_model_file, home / "models")
    out = home / "cohort"
    result = run_cli(home, "cohort", "--month", REPORT_MONTH, "--out", str(out), "--format", "json")
    # the roster's broken and missing calendars fail the command; the files are still written
    assert result.exit_code == 1, result.output
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.json"))}


@pytest.fixture(scope="module")
def thin_json(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`timeaudit audit --format json` of a month with 2 counted work hours (test_numbers'
    thin month), too few to judge: the view through the report's JSON writer."""
    view = thin_view("thin_month.ics", "2026-03", tmp_path_factory.mktemp("schema-thin"))
    assert not view.judged
    return REPORT.render("json", view)


# -- the schemas ship, are valid, and agree with the code ---------------------------------------
EVENTS_V1 = DocumentKind("events", 1)
EVENTS_V2 = DocumentKind("events", 2)
PERSON_V1 = DocumentKind("person", 1)
PERSON_V2 = DocumentKind("person", 2)
PERSON_V3 = DocumentKind("person", 3)
PERSON_V4 = DocumentKind("person", 4)
#: What version 4 added: the document's fields, and each split row's and trend month's.
V4_FIELDS = (
    "verdict_probability",
    "verdict_alternative",
    "verdict_certainty",
    "min_work_hours",
    "range_level",
)
V4_SPLIT_FIELDS = ("low", "high")
V4_TREND_FIELDS = ("lows", "highs", "verdict_probability")


#: What version 5 added: a question on each sink and each fire, and the planning lens.
V5_ROW_FIELDS = ("question",)
V5_FIELDS = ("planning",)


def as_version_4(document: dict[str, Any]) -> dict[str, Any]:
    """A version 5 document without what version 5 added (the questions on sinks and
    fires, the planning lens, the rhythm items): a version 4 document."""
    return {
        **without(document, *V5_FIELDS),
        "sinks": [without(r, *V5_ROW_FIELDS) for r in document["sinks"]],
        "fires": [without(r, *V5_ROW_FIELDS) for r in document["fires"]],
        "rhythm": without(document["rhythm"], "items", "unmatched"),
        "schema": PERSON_V4.uri,
        "schema_version": 4,
    }


def as_version_3(document: dict[str, Any]) -> dict[str, Any]:
    """A version 5 document without what versions 4 and 5 added: a version 3 document."""
    document = as_version_4(document)
    return {
        **without(document, *V4_FIELDS),
        "split": [without(r, *V4_SPLIT_FIELDS) for r in document["split"]],
        "trend": [without(t, *V4_TREND_FIELDS) for t in document["trend"]],
        "schema": PERSON_V3.uri,
        "schema_version": 3,
    }


def test_every_schema_ships_in_the_package() -> None:
    """The versions written now, and the released ones they replaced (kept for consumers
    that still validate against them)."""
    folder = files("timeaudit.render") / "schemas"
    shipped = sorted(p.name for p in folder.iterdir() if p.name.endswith(".schema.json"))
    assert shipped == sorted(kind.file_name for kind in RELEASED)
    assert {kind.file_name for kind in KINDS} < set(shipped)
    assert {EVENTS_V1, EVENTS_V2} <= set(RELEASED) and EVENTS.version == 3
    assert {PERSON_V1, PERSON_V2, PERSON_V3, PERSON_V4} <= set(RELEASED)
    assert PERSON.version == 5
    assert DocumentKind("cohort", 1) in RELEASED and COHORT.version == 2


@pytest.mark.parametrize("kind", RELEASED, ids=lambda k: f"{k.name}-v{k.version}")
def test_every_schema_is_a_valid_draft_2020_12_schema_named_for_its_kind(
    kind: DocumentKind,
) -> None:
    schema = json_schema(kind)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == DRAFT_2020_12
    assert schema["$id"] == kind.uri == f"https://timeaudit.dev/schema/{kind.name}/{kind.version}"


def test_the_schemas_enums_are_the_codes_categories_and_verdicts() -> None:
    """A category or verdict added in the code fails here: it is a new schema version."""
    person, cohort = json_schema(PERSON)["$defs"], json_schema(COHORT)
    for defs in (person, json_schema(PERSON_V1)["$defs"], cohort["$defs"]):
        assert defs["work_category"]["enum"] == list(WORK)
        assert defs["verdict"]["enum"] == list(VERDICT_LABELS)
        assert defs["verdict_label"]["enum"] == list(VERDICT_LABELS.values())
    assert person["fit"]["enum"] == [GREEN, AMBER, RED, NO_FIT]
    assert json_schema(PERSON_V1)["$defs"]["fit"]["enum"] == [GREEN, AMBER, RED]
    assert cohort["properties"]["by"]["enum"] == list(GROUPINGS)
    assert json_schema(EVENTS)["$defs"]["category"]["enum"] == [*LABELS, UNCLASSIFIED]


def test_the_events_schemas_list_the_fields_of_their_version() -> None:
    """Version 2 is version 1 with provider_id, version 3 version 2 with the planning lens:
    the fields the code writes, in order."""
    kinds = ((EVENTS_V1, EVENT_FIELDS_V1), (EVENTS_V2, EVENT_FIELDS_V2), (EVENTS, EVENT_FIELDS))
    for kind, fields_ in kinds:
        event = json_schema(kind)["$defs"]["event"]
        assert event["required"] == list(fields_) == list(event["properties"]), kind
    assert (*EVENT_FIELDS_V1, "provider_id") == EVENT_FIELDS_V2
    assert (*EVENT_FIELDS_V2, "planning", "planning_reason") == EVENT_FIELDS
    v1, v2 = json_schema(EVENTS_V1)["$defs"], json_schema(EVENTS_V2)["$defs"]
    v3 = json_schema(EVENTS)["$defs"]
    assert v3["category"] == v2["category"] == v1["category"]
    added = ("planning", "planning_reason")
    assert without(v3["event"]["properties"], *added) == v2["event"]["properties"]
    assert {
        k: v for k, v in v2["event"]["properties"].items() if k not in ("uid", "provider_id")
    } == {k: v for k, v in v1["event"]["properties"].items() if k != "uid"}


def without(mapping: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if k not in keys}


def test_person_version_2_is_version_1_with_no_fit_and_no_gap_for_an_unjudged_split() -> None:
    """What moved: the fit enum gains "no data", the gap may be null, and the two go together
    (with each other, and with the no-data verdict). Every field is where it was."""
    v1, v2 = json_schema(PERSON_V1), json_schema(PERSON_V2)
    assert v2["required"] == v1["required"] == list(v2["properties"])
    marker_ = ("schema", "schema_version")
    assert without(v2["properties"], *marker_, "split") == without(
        v1["properties"], *marker_, "split"
    )
    assert without(v2["properties"]["split"], "description") == without(
        v1["properties"]["split"], "description"
    )
    assert without(v2["$defs"], "fit", "split_row") == without(v1["$defs"], "fit", "split_row")
    row1, row2 = v1["$defs"]["split_row"], v2["$defs"]["split_row"]
    assert row2["required"] == row1["required"] == list(row2["properties"])
    assert without(row2["properties"], "gap") == without(row1["properties"], "gap")
    assert row2["properties"]["gap"]["type"] == ["number", "null"]
    assert "if" not in v1 and "if" not in row1
    assert v2["if"] == {"properties": {"verdict": {"const": NO_DATA}}}
    assert row2["if"] == {"properties": {"fit": {"const": NO_FIT}}}


# -- every JSON the tool writes is valid --------------------------------------------------------
@pytest.mark.parametrize("report", ["golden_report", "hostile_report"])
def test_the_report_json_follows_the_person_schema(
    report: str, request: pytest.FixtureRequest
) -> None:
    run: ReportRun = request.getfixturevalue(report)
    document = json.loads(run.files["json"].read_text(encoding="utf-8"))
    assert problems(PERSON, document) == []
    assert (document["schema"], document["schema_version"]) == (PERSON.uri, PERSON.version)


def test_the_checked_in_golden_json_follows_the_person_schema() -> None:
    golden = Path(__file__).parents[1] / "golden" / "ana.lima@example.com-2026-10.json"
    assert problems(PERSON, json.loads(golden.read_text(encoding="utf-8"))) == []


def test_a_thin_months_json_has_no_fit_and_no_gap_and_follows_the_person_schema(
    thin_json: str,
) -> None:
    """Too few counted work hours to judge: the JSON says "no data", as the reports do, and
    keeps the shares and targets (facts), never a green, amber or red or an exact gap."""
    document = json.loads(thin_json)
    assert problems(PERSON, document) == []
    assert (document["schema"], document["schema_version"]) == (PERSON.uri, PERSON.version)
    assert document["verdict"] == NO_DATA
    assert [r["category"] for r in document["split"]] == list(WORK)
    for row in document["split"]:
        assert (row["fit"], row["gap"]) == (NO_FIT, None), row
    shares = {r["category"]: (r["share"], r["target"]) for r in document["split"]}
    assert sum(share for share, _ in shares.values()) == pytest.approx(100.0)
    assert all(target > 0 for _, target in shares.values())
    assert problems(PERSON_V1, document) != []  # version 1 has no way to say it


def test_a_version_1_document_still_follows_version_1(golden_document: dict[str, Any]) -> None:
    """A judged month's document is version 1's but for its marker, the rhythm and the
    ranges: a consumer that still validates against version 1 reads it, and a version 1
    document is not a version 4 one."""
    earlier = without(as_version_3(golden_document), "rhythm")
    v1 = {**earlier, "schema": PERSON_V1.uri, "schema_version": PERSON_V1.version}
    assert problems(PERSON_V1, v1) == []
    assert problems(PERSON, v1) != []
    assert problems(PERSON_V1, golden_document) != []


def test_person_version_3_is_version_2_with_the_rhythm() -> None:
    """What moved: one required field, ``rhythm``, and the definitions it uses; every other
    field and definition is version 2's."""
    v2, v3 = json_schema(PERSON_V2), json_schema(PERSON_V3)
    assert v3["required"] == [*v2["required"], "rhythm"] == list(v3["properties"])
    marker_ = ("schema", "schema_version")
    assert without(v3["properties"], *marker_, "rhythm") == without(v2["properties"], *marker_)
    added = {"rag", "date", "one_on_ones", "one_on_one_report", "one_on_one_apart"}
    assert without(v3["$defs"], *added) == v2["$defs"]
    assert v3["$defs"]["rag"]["enum"] == [GREEN, AMBER, RED]
    assert (v3["if"], v3["then"], v3["else"]) == (v2["if"], v2["then"], v2["else"])


def test_a_version_2_document_is_a_version_3_one_without_the_rhythm(
    golden_document: dict[str, Any],
) -> None:
    v3 = as_version_3(golden_document)
    v2 = {**without(v3, "rhythm"), "schema": PERSON_V2.uri, "schema_version": 2}
    assert problems(PERSON_V2, v2) == []
    assert problems(PERSON_V3, v2) != []  # the rhythm is required


def test_person_version_4_is_version_3_with_the_ranges() -> None:
    """What moved: the verdict's probability, alternative and certainty, the threshold and
    the range level at the top; ``low`` and ``high`` in every split row; ``lows``, ``highs``
    and the verdict's probability in every trend month; a no-data period has no probability.
    Every other field and definition is version 3's."""
    v3, v4 = json_schema(PERSON_V3), json_schema(PERSON_V4)
    assert v4["required"] == list(v4["properties"])
    assert [f for f in v4["required"] if f not in v3["required"]] == list(V4_FIELDS)
    assert [f for f in v4["required"] if f in v3["required"]] == v3["required"]
    marker_ = ("schema", "schema_version")
    assert without(v4["properties"], *marker_, *V4_FIELDS) == without(v3["properties"], *marker_)
    added = {"probability", "percent"}
    changed_defs = {"split_row", "trend_row"}
    assert without(v4["$defs"], *added, *changed_defs) == without(v3["$defs"], *changed_defs)
    for name, fields_ in (("split_row", V4_SPLIT_FIELDS), ("trend_row", V4_TREND_FIELDS)):
        row3, row4 = v3["$defs"][name], v4["$defs"][name]
        assert row4["required"] == list(row4["properties"]), name
        assert [f for f in row4["required"] if f not in row3["required"]] == list(fields_)
        assert without(row4["properties"], *fields_) == row3["properties"], name
    assert v4["then"]["properties"]["verdict_probability"] == {"type": "null"}
    assert (v4["if"], v4["else"]) == (v3["if"], v3["else"])


def test_a_version_3_document_is_a_version_4_one_without_the_ranges(
    golden_document: dict[str, Any],
) -> None:
    v3 = as_version_3(golden_document)
    assert problems(PERSON_V3, v3) == []
    assert problems(PERSON_V4, v3) != []  # the ranges are required
    assert problems(PERSON_V3, as_version_4(golden_document)) != []


def test_person_version_5_is_version_4_with_questions_planning_and_rhythm_items() -> None:
    """What moved: ``question`` (a string, "" when no meeting kind matched) in every sink
    and fire; one required field, ``planning``, with the definitions it uses; ``rhythm``
    requires ``items`` and ``unmatched``, defined by ``rhythm_item``. Every other field and
    definition is version 4's."""
    v4, v5 = json_schema(PERSON_V4), json_schema(PERSON)
    assert v5["required"] == [*v4["required"], *V5_FIELDS] == list(v5["properties"])
    marker_ = ("schema", "schema_version", "rhythm")
    assert without(v5["properties"], *marker_, *V5_FIELDS) == without(v4["properties"], *marker_)
    lens = ("planning", "planning_month", "rhythm_item")
    assert without(v5["$defs"], "sink", "fire", *lens) == without(v4["$defs"], "sink", "fire")
    rhythm4, rhythm5 = v4["properties"]["rhythm"], v5["properties"]["rhythm"]
    assert rhythm5["required"] == [*rhythm4["required"], "items", "unmatched"]
    assert without(rhythm5["properties"], "items", "unmatched") == rhythm4["properties"]
    item = v5["$defs"]["rhythm_item"]
    assert item["required"] == list(item["properties"])
    for name in ("sink", "fire"):
        row4, row5 = v4["$defs"][name], v5["$defs"][name]
        assert row5["required"] == [*row4["required"], "question"] == list(row5["properties"])
        assert without(row5["properties"], "question") == row4["properties"]
        assert row5["properties"]["question"]["type"] == "string"
    assert (v5["if"], v5["then"], v5["else"]) == (v4["if"], v4["then"], v4["else"])


def test_a_version_4_document_is_a_version_5_one_without_what_version_5_added(
    golden_document: dict[str, Any],
) -> None:
    v4 = as_version_4(golden_document)
    assert problems(PERSON_V4, v4) == []
    assert problems(PERSON, v4) != []  # the questions, planning and rhythm items are required
    assert problems(PERSON_V4, golden_document) != []
    lens = golden_document["planning"]
    assert (lens["band"], lens["fit"], lens["drift_warning"]) == (
        {"low": 10.0, "high": 25.0},
        "amber",
        None,
    )


def test_every_bundle_numbers_json_follows_the_person_schema(
    bundle_numbers: dict[str, str],
) -> None:
    assert len(bundle_numbers) >= 4  # the demo's people and the hostile names
    for name, text in bundle_numbers.items():
        assert problems(PERSON, json.loads(text)) == [], name


def test_every_cohort_json_follows_the_cohort_schema(cohort_files: dict[str, str]) -> None:
    assert sorted(cohort_files) == sorted(f"cohort-{REPORT_MONTH}-{by}.json" for by in GROUPINGS)
    for name, text in cohort_files.items():
        document = json.loads(text)
        assert problems(COHORT, document) == [], name
        assert (document["schema"], document["schema_version"]) == (COHORT.uri, COHORT.version)


def test_the_events_json_follows_the_events_schema(events_export: str) -> None:
    records = json.loads(events_export)
    assert records  # the hostile calendar has events
    assert problems(EVENTS, records) == []
    assert list(records[0]) == list(EVENT_FIELDS)
    # an ICS calendar: the uid is the export's own, and there is no other provider id
    assert {r["provider_id"] for r in records} == {""}


def test_a_version_3_events_export_is_not_an_earlier_document(events_export: str) -> None:
    """The new fields are why the version moved: earlier versions forbid them."""
    records = json.loads(events_export)
    assert problems(EVENTS_V1, records) != [] and problems(EVENTS_V2, records) != []
    v2 = [without(r, "planning", "planning_reason") for r in records]
    assert problems(EVENTS_V2, v2) == []
    assert problems(EVENTS_V1, [without(r, "provider_id") for r in v2]) == []


def test_the_events_export_says_which_events_are_planning_and_why(events_export: str) -> None:
    records = json.loads(events_export)
    planning = {(r["title"], r["planning_reason"]) for r in records if r["planning"]}
    assert planning and all(reason.startswith("planning.") for _, reason in planning)
    assert all(r["planning_reason"] == "" for r in records if not r["planning"])


# -- the schemas are strict ---------------------------------------------------------------------
DELETE = object()


def changed(document: Any, path: tuple[str | int, ...], value: object) -> Any:
    """A deep copy of ``document`` with the value at ``path`` set (or deleted)."""
    copied = copy.deepcopy(document)
    parent = copied
    for key in path[:-1]:
        parent = parent[key]
    if value is DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return copied


@pytest.fixture(scope="module")
def golden_document(golden_report: ReportRun) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(golden_report.files["json"].read_text("utf-8"))
    return document


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("salary_band",), "E7"),  # an unknown field
        (("coverage", "titles"), ["Dentist"]),  # an unknown field, nested
        (("split", 0, "owner"), "ana.lima@example.com"),
        (("week", "cells", "other"), [[0.0] * 24] * 7),  # a category outside the split
        (("split", 0, "category"), "meetings"),  # a wrong category
        (("split", 0, "category"), "other"),  # not a category of the split
        (("sinks", 0, "category"), "Strategy"),
        (("changes", 0, "category"), "unclassified"),
        (("split", 0, "fit"), "yellow"),
        (("verdict",), "fine"),
        (("trend", 0, "verdict"), "stuck-in-execution"),  # the id where the label belongs
        (("trend", 0, "shares"), [25.0, 25.0, 50.0]),  # one share per work category
        (("tolerance",), "5"),  # a wrong type
        (("coverage", "occurrences"), 45.5),
        (("verdict",), DELETE),  # a missing field
        (("coverage", "excluded", 0, "hours"), DELETE),
        (("schema_version",), 1),  # another version's document
        (("schema",), "https://timeaudit.dev/schema/person/1"),
        (("schema",), "https://timeaudit.dev/schema/person/2"),
        (("schema",), "https://timeaudit.dev/schema/person/3"),
        (("rhythm",), DELETE),
        (("rhythm", "one_on_ones", "configured"), "no"),
        (("rhythm", "one_on_ones", "reports"), [{"email": "bo@example.com", "status": "late"}]),
        (("rhythm", "one_on_ones", "expectation", "per_month"), -1),
        (("split", 0, "fit"), "no data"),  # no fit in a judged month
        (("split", 0, "gap"), None),  # a gap belongs to a fit
        (("split", 0, "gap"), "n/a"),
        (("split", 0, "low"), DELETE),  # version 4: every share has its range
        (("split", 0, "high"), 140.0),  # a share's range is in percent
        (("verdict_probability",), 1.2),
        (("verdict_probability",), DELETE),
        (("verdict_alternative",), {"verdict": "maybe", "verdict_label": "maybe"}),
        (("verdict_certainty",), None),
        (("min_work_hours",), -5),
        (("range_level",), 0),
        (("trend", 0, "lows"), [1.0, 2.0]),  # one per work category
        (("trend", 0, "verdict_probability"), "high"),
    ],
)
def test_the_person_schema_rejects_drift(
    golden_document: dict[str, Any], path: tuple[str | int, ...], value: object
) -> None:
    assert problems(PERSON, golden_document) == []
    assert problems(PERSON, changed(golden_document, path, value)) != []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("split", 0, "fit"), RED),  # a fit on too few hours
        (("split", 0, "gap"), 40.0),  # a gap without a fit
        (("split", 0, "gap"), DELETE),
        (("split", 0, "fit"), "no-data"),  # the verdict's id, not the fit's
        (("verdict",), "off-target"),  # a verdict the split has no fits for
        (("verdict_probability",), 0.9),  # no verdict to be sure of
        (("verdict_alternative",), {"verdict": "fits", "verdict_label": "fits", "probability": 1}),
    ],
)
def test_the_person_schema_rejects_a_judgement_of_a_thin_month(
    thin_json: str, path: tuple[str | int, ...], value: object
) -> None:
    assert problems(PERSON, json.loads(thin_json)) == []
    assert problems(PERSON, changed(json.loads(thin_json), path, value)) != []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ((0, "organizer"), "boss@example.com"),
        ((0, "category"), "meetings"),
        ((0, "counted"), "yes"),
        ((0, "confidence"), 1.5),
        ((0, "hours"), DELETE),
        ((0, "provider_id"), DELETE),
        ((0, "provider_id"), None),
        ((0, "uid"), ""),
    ],
)
def test_the_events_schema_rejects_drift(
    events_export: str, path: tuple[str | int, ...], value: object
) -> None:
    assert problems(EVENTS, changed(json.loads(events_export), path, value)) != []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("groups", 0, "members"), ["p1@example.com"]),
        (("groups", 0, "share:other"), 10.0),
        (("verdicts", 0, "verdict"), "fits well"),
        (("by",), "person"),
        (("schema_version",), DELETE),
    ],
)
def test_the_cohort_schema_rejects_drift(
    cohort_files: dict[str, str], path: tuple[str | int, ...], value: object
) -> None:
    document = json.loads(next(iter(cohort_files.values())))
    assert problems(COHORT, changed(document, path, value)) != []


# -- the documents are built field by field -----------------------------------------------------
@dataclass(frozen=True)
class WiderView(PersonView):
    """The view model after someone gave it a field HR systems must not ingest."""

    salary_band: str = "E7 confidential"


def test_a_field_added_to_the_view_reaches_no_document(golden_report: ReportRun) -> None:
    view = golden_report.view
    wider = WiderView(**{f.name: getattr(view, f.name) for f in fields(view)})
    assert "salary_band" in asdict(wider)  # what the unversioned export would have written
    assert person_document(wider) == person_document(view)
    assert view_json(wider) == view_json(view)
    assert "confidential" not in view_json(wider)


def test_a_column_added_to_the_events_table_reaches_no_export(golden_report: ReportRun) -> None:
    result = golden_report.output.result
    table = events_table(result.events, {p.email: p.tz for p in result.people})
    widened = table.assign(attendees="priya@example.com; board@example.com")
    assert events_json(widened) == events_json(table)
    assert problems(EVENTS, json.loads(events_json(table))) == []


def test_a_column_added_to_a_cohort_table_reaches_no_document(
    cohort_files: dict[str, str],
) -> None:
    name, text = next(iter(cohort_files.items()))
    document: Mapping[str, Any] = json.loads(text)
    table = pd.DataFrame(document["groups"]).assign(members="p1@example.com")
    again = render_json(table, document["by"], document["period"], document["min_group_size"])
    assert json.loads(again) == document, name
