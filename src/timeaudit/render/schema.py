"""The JSON documents the tool writes, as explicit, versioned contracts.

HR systems ingest these files, so what they contain must change only on purpose. Each
document is therefore built here field by field, never with ``dataclasses.asdict`` or by
dumping a whole table: a field added to :class:`~timeaudit.render.view.PersonView`, or a
column added to a table, reaches no JSON file until this module (and its schema) says so.

Convention
----------
* Every document kind has a name and a whole-number version: ``person`` 5 (the per-person
  report's JSON and the bundle's ``numbers.json``), ``cohort`` 2 (one file per grouping of
  ``timeaudit cohort``) and ``events`` 3 (``timeaudit events --format json``).
* Its identifier is ``https://timeaudit.dev/schema/<name>/<version>``: the ``$id`` of its
  JSON Schema (draft 2020-12), shipped in the package as
  ``timeaudit/render/schemas/<name>-v<version>.schema.json`` and read with
  :func:`json_schema`. The address names the contract; nothing fetches it.
* A document that is a JSON object opens with ``"schema": <identifier>`` and
  ``"schema_version": <version>``, so a consumer can check what it was given before reading
  on. The events export stays a bare array of records, as it has always been (a wrapper
  object would break every consumer that reads it today); its version is the schema's.
* The schemas are strict: every object lists its required fields and forbids others, and
  categories, verdicts and fits are enums. Any change to a document (a field added, removed,
  renamed or retyped, or an enum value) is a new version: a new schema file beside the old
  one, which is never edited once released, the kind's version bumped here, and the golden
  files regenerated. The tests validate every JSON the tool writes against these schemas, so
  a change made anywhere else fails the build instead of reaching HR.
* Released schemas stay in the package (:data:`RELEASED`) after their kind moves on, so a
  consumer that validates against an old version still finds it.

The events export
-----------------
Version 2 added ``provider_id`` and changed what ``uid`` holds: version 1's ``uid`` was the
stored key, the source's own id (a Google event id, a Graph series master id), so an event
had another uid for every source it was read from; version 2's ``uid`` is the iCalendar UID
(the UID of an ICS export, Google's ``iCalUID``, Outlook's decoded ``iCalUId``), the same
everywhere, and ``provider_id`` is the source's own id where it differs from that (else "").
Version 3 adds ``planning`` (the planning lens: whether the event is planning, whatever its
category) and ``planning_reason`` (the recogniser and the words it found, hidden like the
reason's for a private event or with ``--redact``; "" when it is not planning).

The person document
-------------------
Version 2 says what the reports say about a period with too few counted work hours to judge
(:attr:`~timeaudit.render.view.PersonView.judged` is False, verdict ``no-data``): each row of
the split has ``fit`` "no data" and ``gap`` null, where version 1 gave such a period green,
amber or red fits and exact gaps that the HTML and Markdown reports do not show. Its share and
target stay (they are facts), and a judged period's document is version 1's but for the
``schema`` and ``schema_version`` fields.

Version 3 adds ``rhythm``: ``rhythm.one_on_ones`` is the report's 1:1 table (each direct
report's 1:1s held, last, longest gap, expected, status and reason; the skip-level and upward
1:1s apart; ``configured`` false when the person has no reports). Everything else is version
2's.

Version 4 adds how sure the numbers are (:mod:`timeaudit.audit.uncertainty`): each row of the
split has ``low`` and ``high``, the range its share falls in for ``range_level`` (0.8) of the
plausible sets of tags; each trend month has ``lows`` and ``highs`` alike (in the order of its
``shares``) and its ``verdict_probability``; the document has ``verdict_probability`` (the
share of plausible sets of tags that give the verdict; null when there is not enough data),
``verdict_alternative`` (the verdict most of the others give, with its share; null when none
does), ``verdict_certainty`` (the same in the report's words) and ``min_work_hours`` (the
threshold under which a period has not enough data). Everything else is version 3's.

Version 5 adds the question bank's questions on meeting rows (:mod:`timeaudit.config.questions`):
each of ``sinks`` and ``fires`` has ``question``, the first question of the first meeting
kind that matches the row ("" when none does; a private row is never matched by its words,
nor any row of a redacted report). ``questions`` keeps its shape and now holds the verdict's
questions, then up to two for the period's rhythm gaps. Version 5 also adds ``planning``, the
planning lens (issue 15: a second look at the same hours, whatever their category): ``share``
and ``hours`` of work hours that were planning in the period, ``doing_share`` and
``doing_hours`` (execution and firefighting that was not planning), the role's ``band``
(``low`` and ``high`` percent), planning's ``fit`` against it ("no data" in a period too thin
to judge), ``months`` (each trend month's ``work_hours``, planning ``share``, null when the
month was too thin to judge, and whether it was ``above`` the band) and ``drift_warning``
(the report's sentence when planning has been above the band for two or more months running
up to the period, else null).
It also adds the rhythm items (:mod:`timeaudit.audit.rhythms`): ``rhythm.items`` has one
object per recurring leadership meeting a recogniser or a ``[[rhythms]]`` entry found, named
by it (never by a title), with its ``cadence``, ``expected``, ``held``, ``declined``,
``cancelled``, ``away``, ``last_held`` and ``due`` (ISO dates or null), ``hours`` and
``share`` (percent of counted work hours), ``status`` (null for a series cancelled as a whole)
and ``reason``; ``rhythm.unmatched`` lists the ``[[rhythms]]`` entries that matched nothing,
one line each. Everything else is version 4's.

The cohort document
-------------------
Version 2 adds to each group ``one_on_one_red:percent_of_managers`` (of the group's people
with direct reports, the percent with a direct report red in their 1:1 table; null where too
few managers are behind it to show, see :mod:`timeaudit.audit.cohort`) and
``planning_share:median`` (the median planning share of the group's people with work hours).
Everything else is version 1's.

What the person document leaves out, and keeps
------------------------------------------------
Version 1 carried exactly what the report showed as JSON before it was versioned, under the
same names, so no consumer broke; version 2 changed only the split of an unjudged period.
Nothing in it is for the tool's eyes only: titles and the coach's note are already redacted
by the view when ``--redact`` asks for it, and ``coverage.problems`` is the same text the
report prints. The weekly grid's ``peak``, ``by_day`` and ``day_totals`` are derived from
``cells`` (they scale and sum the chart); they stay for compatibility and are the first
candidates to drop in a later version. Whatever the view gains from now on (layout aids,
intermediate numbers, anything not meant for an HR system) stays out until it is added here
on purpose.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import pandas as pd

from timeaudit.audit.assess import VERDICT_LABELS, share_col
from timeaudit.audit.cohort import PLANNING_MEDIAN, RED_GAP, verdict_col
from timeaudit.categories import WORK
from timeaudit.render.coach import NO_FIT
from timeaudit.render.planning import PlanningView
from timeaudit.render.rhythm import OneOnOneLine, OneOnOneView, RhythmLine, RhythmView
from timeaudit.render.view import (
    Change,
    Coverage,
    Delegation,
    Excluded,
    Fire,
    PersonView,
    Sink,
    SplitRow,
    TrendRow,
    WeekView,
)

SCHEMA_BASE = "https://timeaudit.dev/schema"


@dataclass(frozen=True)
class DocumentKind:
    """One kind of JSON document and the version of it this code writes."""

    name: str
    version: int

    @property
    def uri(self) -> str:
        """The document's identifier: its schema's ``$id`` and its ``"schema"`` field."""
        return f"{SCHEMA_BASE}/{self.name}/{self.version}"

    @property
    def file_name(self) -> str:
        """The schema file's name; versions sit side by side, so old ones stay readable."""
        return f"{self.name}-v{self.version}.schema.json"


PERSON = DocumentKind("person", 5)
COHORT = DocumentKind("cohort", 2)
EVENTS = DocumentKind("events", 3)
#: Every kind of JSON document the tool writes.
KINDS = (PERSON, COHORT, EVENTS)
#: Every schema shipped in the package: the versions written now and the ones they replaced.
RELEASED = (
    *KINDS,
    DocumentKind("person", 1),
    DocumentKind("person", 2),
    DocumentKind("person", 3),
    DocumentKind("person", 4),
    DocumentKind("cohort", 1),
    DocumentKind("events", 1),
    DocumentKind("events", 2),
)

#: The fields of one record of the events export, in order (version 1).
EVENT_FIELDS_V1 = (
    "person",
    "uid",
    "recurrence_id",
    "start",
    "end",
    "title",
    "category",
    "confidence",
    "reason",
    "counted",
    "excluded_reason",
    "hours",
)
#: The fields of one record of the events export, in order (version 2: ``provider_id``
#: added last, so a reader that takes the fields in order still finds the others in place).
EVENT_FIELDS_V2 = (*EVENT_FIELDS_V1, "provider_id")
#: Version 3: the planning lens's flag and its reason, added last.
EVENT_FIELDS = (*EVENT_FIELDS_V2, "planning", "planning_reason")
#: The fields of one group of a cohort document, in order (version 2: version 1's, then the
#: red-1:1-gap share of managers and the median planning share, each null where not shown).
GROUP_FIELDS = (
    "group",
    "people",
    "work_hours",
    *(share_col(c) for c in WORK),
    *(verdict_col(v) for v in VERDICT_LABELS),
    RED_GAP,
    PLANNING_MEDIAN,
)
#: The fields of one row of a cohort document's verdict spread (version 1).
VERDICT_FIELDS = ("verdict", "people", "percent")


def json_schema(kind: DocumentKind) -> dict[str, Any]:
    """The JSON Schema of ``kind``, as shipped inside the package."""
    path = files("timeaudit.render") / "schemas" / kind.file_name
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def marker(kind: DocumentKind) -> dict[str, object]:
    """The fields every object document opens with: which contract it follows."""
    return {"schema": kind.uri, "schema_version": kind.version}


# -- person -----------------------------------------------------------------------------------
def person_document(view: PersonView) -> dict[str, object]:
    """The per-person JSON (report and bundle), version 5: the view's fields by name; in a
    period too thin to judge, the split has no fits and no gaps (:func:`split_row`)."""
    return {
        **marker(PERSON),
        "name": view.name,
        "email": view.email,
        "role": view.role,
        "role_description": view.role_description,
        "period": view.period,
        "tz": view.tz,
        "coverage": coverage_document(view.coverage),
        "verdict": view.verdict,
        "verdict_label": view.verdict_label,
        "verdict_reason": view.verdict_reason,
        "verdict_probability": view.verdict_probability,
        "verdict_alternative": alternative_document(view),
        "verdict_certainty": view.verdict_certainty,
        "min_work_hours": view.min_work_hours,
        "range_level": view.range_level,
        "split": [split_row(r, judged=view.judged) for r in view.split],
        "tolerance": view.tolerance,
        "trend": [trend_row(t) for t in view.trend],
        "week": week_document(view.week),
        "sinks": [sink_row(s) for s in view.sinks],
        "delegation": [delegation_row(d) for d in view.delegation],
        "delegation_hours": view.delegation_hours,
        "fires": [fire_row(f) for f in view.fires],
        "change_label": view.change_label,
        "changes": [change_row(c) for c in view.changes],
        "questions": list(view.questions),
        "generated": view.generated,
        "redacted": view.redacted,
        "note": view.note,
        "rhythm": {
            "one_on_ones": one_on_ones_document(view.one_on_ones),
            **rhythm_items_document(view.rhythm_items),
        },
        "planning": planning_document(view.planning),
    }


def rhythm_items_document(r: RhythmView) -> dict[str, object]:
    """The rhythm items (version 5): named by recogniser or config entry, never by title."""
    return {"items": [_rhythm_item(i) for i in r.items], "unmatched": list(r.unmatched)}


def _rhythm_item(i: RhythmLine) -> dict[str, object]:
    return {
        "id": i.id,
        "name": i.name,
        "origin": i.origin,
        "cadence": i.cadence,
        "expected": i.expected,
        "held": i.held,
        "declined": i.declined,
        "cancelled": i.cancelled,
        "away": i.away,
        "last_held": i.last_held_date.isoformat() if i.last_held_date else None,
        "due": i.due_date.isoformat() if i.due_date else None,
        "hours": i.hours,
        "share": i.share,
        "status": i.status or None,
        "reason": i.reason,
    }


def planning_document(p: PlanningView | None) -> dict[str, object] | None:
    """The planning lens (version 5): numbers and month labels only."""
    if p is None:
        return None
    return {
        "share": p.share,
        "hours": p.hours,
        "doing_share": p.doing_share,
        "doing_hours": p.doing_hours,
        "band": {"low": p.low, "high": p.high},
        "fit": p.fit or NO_FIT,
        "months": [
            {
                "month": m.month,
                "work_hours": m.work_hours,
                "share": m.share if m.judged else None,
                "above": m.above,
            }
            for m in p.months
        ],
        "drift_warning": p.warning or None,
    }


def one_on_ones_document(o: OneOnOneView) -> dict[str, object]:
    """The 1:1 table (version 3): dates as ISO dates, no titles (a row names a person)."""
    return {
        "configured": o.configured,
        "expectation": {
            "per_month": o.per_month,
            "amber_weeks": o.amber_weeks,
            "red_weeks": o.red_weeks,
        },
        "reports": [
            {
                "email": r.email,
                "name": r.name,
                "held": r.held,
                "last": r.last_date.isoformat() if r.last_date else None,
                "longest_gap": r.longest_gap or 0,
                "away_days": r.away_days,
                "expected": r.expected,
                "status": r.status,
                "reason": r.reason,
            }
            for r in o.reports
        ],
        "skip_level": [_apart_row(r) for r in o.skip_level],
        "upward": [_apart_row(r) for r in o.upward],
    }


def _apart_row(r: OneOnOneLine) -> dict[str, object]:
    return {
        "email": r.email,
        "name": r.name,
        "held": r.held,
        "last": r.last_date.isoformat() if r.last_date else None,
        "reason": r.reason,
    }


def coverage_document(c: Coverage) -> dict[str, object]:
    return {
        "sources": list(c.sources),
        "occurrences": c.occurrences,
        "counted_events": c.counted_events,
        "counted_hours": c.counted_hours,
        "work_hours": c.work_hours,
        "other_hours": c.other_hours,
        "unclassified_hours": c.unclassified_hours,
        "unclassified_events": c.unclassified_events,
        "flagged_events": c.flagged_events,
        "excluded": [excluded_row(e) for e in c.excluded],
        "capacity": c.capacity,
        "unscheduled": c.unscheduled,
        "problems": list(c.problems),
    }


def excluded_row(e: Excluded) -> dict[str, object]:
    return {"reason": e.reason, "events": e.events, "hours": e.hours}


def alternative_document(view: PersonView) -> dict[str, object] | None:
    """The verdict most other plausible sets of tags give (version 4), null when none."""
    if not view.verdict_alternative:
        return None
    return {
        "verdict": view.verdict_alternative,
        "verdict_label": VERDICT_LABELS[view.verdict_alternative],
        "probability": view.alternative_probability,
    }


def split_row(r: SplitRow, *, judged: bool) -> dict[str, object]:
    """One category of the split. In a period too thin to judge (``judged`` False) its fit
    is :data:`~timeaudit.render.coach.NO_FIT` and its gap null, as the reports show it: the
    share and target are facts, a fit or gap on so few hours is not. ``low`` and ``high``
    are the share's range (version 4), null when it was not worked out."""
    return {
        "category": r.category,
        "hours": r.hours,
        "share": r.share,
        "low": r.low,
        "high": r.high,
        "target": r.target,
        "gap": r.gap if judged else None,
        "fit": r.fit if judged else NO_FIT,
        "ceiling": r.ceiling,
    }


def trend_row(t: TrendRow) -> dict[str, object]:
    """A month of the trend; ``shares`` are in the order of the work categories, and so are
    their ranges' ``lows`` and ``highs`` (version 4; null when not worked out)."""
    return {
        "month": t.month,
        "work_hours": t.work_hours,
        "shares": list(t.shares),
        "lows": list(t.lows) if t.lows else None,
        "highs": list(t.highs) if t.highs else None,
        "verdict": t.verdict,
        "verdict_probability": t.probability,
    }


def week_document(w: WeekView) -> dict[str, object]:
    """The weekly grid, keyed by the work categories (and only those)."""
    return {
        "days": list(w.days),
        "cells": {cat: [list(day) for day in w.cells[cat]] for cat in WORK},
        "peak": w.peak,
        "by_day": {cat: list(w.by_day[cat]) for cat in WORK},
        "day_totals": list(w.day_totals),
    }


def sink_row(s: Sink) -> dict[str, object]:
    return {
        "title": s.title,
        "category": s.category,
        "hours": s.hours,
        "occurrences": s.occurrences,
        "recurring": s.recurring,
        "question": s.question,  # version 5
    }


def delegation_row(d: Delegation) -> dict[str, object]:
    return {
        "title": d.title,
        "category": d.category,
        "hours": d.hours,
        "occurrences": d.occurrences,
        "why": d.why,
    }


def fire_row(f: Fire) -> dict[str, object]:
    return {
        "title": f.title,
        "occurrences": f.occurrences,
        "hours": f.hours,
        "question": f.question,  # version 5
    }


def change_row(c: Change) -> dict[str, object]:
    return {"category": c.category, "share": c.share, "before": c.before, "delta": c.delta}


# -- tables: cohort and events ------------------------------------------------------------------
def records(table: pd.DataFrame, columns: tuple[str, ...]) -> list[dict[str, object]]:
    """``columns`` of ``table`` (and no others) as JSON-ready records, in one vectorised
    step; a column missing from the table is a bug and raises ``KeyError``."""
    picked = table.loc[:, list(columns)]
    rows: list[dict[str, object]] = json.loads(
        picked.to_json(orient="records", date_format="iso", force_ascii=False)
    )
    return rows


def cohort_document(
    groups: pd.DataFrame, verdicts: pd.DataFrame, by: str, period: str, min_group: int
) -> dict[str, object]:
    """One grouping of the cohort, version 2: its groups (a cohort table of
    :mod:`timeaudit.audit.cohort`) and how the verdicts spread across everyone."""
    return {
        **marker(COHORT),
        "period": period,
        "by": by,
        "min_group_size": min_group,
        "groups": records(groups, GROUP_FIELDS),
        "verdicts": records(verdicts, VERDICT_FIELDS),
    }


def event_records(table: pd.DataFrame) -> list[dict[str, object]]:
    """The events export, version 3: one record per row of
    :func:`timeaudit.render.export.events_table`, with :data:`EVENT_FIELDS` only."""
    return records(table, EVENT_FIELDS)
