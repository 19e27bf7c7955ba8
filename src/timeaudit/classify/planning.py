"""The planning lens: is an event planning, whatever its category?

A second lens on the same events (issue 15): strategic and execution planning (roadmaps,
OKR setting, budgeting, offsites, planning sessions and the blocks that prepare them) against
doing. The recognisers are data, ``classifiers/planning.toml``, read by the classifier's own
rule engine (:mod:`timeaudit.classify.rules`), so a condition means the same in both: the
first recogniser whose conditions all hold marks an event as planning, and the event keeps
which recogniser and which of its words did it.

:func:`flag` is vectorised like :func:`~timeaudit.classify.rules.apply_rules`: rows are
deduplicated on what the pack reads (a weekly series is one row), and the words are found
once per distinct row that matched.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib.resources import files
from pathlib import Path

import numpy as np
import pandas as pd

from timeaudit.classify.rules import (
    PackFormat,
    Rule,
    RulePack,
    compiled,
    first_matches,
    parse_pack,
    unique_rows,
)
from timeaudit.files import read_pack
from timeaudit.store.frames import hidden_words

PLANNING = "planning"
#: What a planning pack's tables are: ``[[recogniser]]`` with an id, a why and conditions.
FORMAT = PackFormat(table="recogniser", header=("id", "why"), label=PLANNING)
#: The columns :func:`flag` returns.
COLUMNS = ("planning", "planning_rule", "planning_reason")


@functools.cache
def planning_pack() -> RulePack:
    """The recognisers shipped in the ``timeaudit.classifiers`` package."""
    resource = files("timeaudit.classifiers").joinpath("planning.toml")
    text = resource.read_text(encoding="utf-8")
    return parse_pack(text, "timeaudit.classifiers/planning.toml", FORMAT)


def load_planning_pack(path: Path) -> RulePack:
    """A planning pack from a file; :class:`ConfigError` lists every problem."""
    return parse_pack(read_pack(path, "planning pack", "check the path"), str(path), FORMAT)


def flag(frame: pd.DataFrame, pack: RulePack | None = None) -> pd.DataFrame:
    """For every row of ``frame`` (stored and context columns): ``planning`` (bool),
    ``planning_rule`` (the recogniser's id, "" when none matched) and ``planning_reason``
    ("planning.roadmap: roadmap planning; title 'Roadmap'"; a private event's own words
    are not quoted: ``title words``)."""
    pack = pack or planning_pack()
    if frame.empty:
        return pd.DataFrame(
            {"planning": pd.Series(dtype=bool), "planning_rule": pd.Series(dtype="str"),
             "planning_reason": pd.Series(dtype="str")},
            index=frame.index,
        )  # fmt: skip
    codes, unique = unique_rows(frame, pack)
    picks = first_matches(unique, pack)
    none = len(pack.rules)
    rule_ids = np.asarray([*(r.id for r in pack.rules), ""], dtype=object)
    reasons = np.full(len(unique), "", dtype=object)
    read = {a: unique[a].to_numpy(dtype=object) for a in _quoted_atoms(pack) if a in unique}
    for at in np.flatnonzero(picks < none):  # a row as a dict: a frame's row is a Series each
        reasons[at] = explain(pack.rules[picks[at]], {a: v[at] for a, v in read.items()})
    out = pd.DataFrame(
        {
            "planning": picks[codes] < none,
            "planning_rule": pd.Series(rule_ids[picks[codes]], dtype="str"),
            "planning_reason": pd.Series(reasons[codes], dtype="str"),
        }
    ).set_axis(frame.index)
    if "private" in frame:
        private = frame["private"].astype(bool).to_numpy()
        out.loc[private, "planning_reason"] = out.loc[private, "planning_reason"].map(hidden_words)
    return out


def _quoted_atoms(pack: RulePack) -> set[str]:
    """The key columns whose words :func:`explain` may quote."""
    return {c.atom for rule in pack.rules for c in rule.conditions if c.op == "regex"}


def explain(rule: Rule, row: Mapping[str, object]) -> str:
    """Which recogniser and which words: the text each of its word conditions found."""
    words = []
    for cond in rule.conditions:
        if cond.op != "regex" or not isinstance(cond.value, str):
            continue
        found = compiled(cond.value).search(str(row.get(cond.atom, "") or ""))
        if found:
            words.append(f"{cond.key} '{found.group(0).strip()}'")
    said = f"; {', '.join(words)}" if words else ""
    return f"{rule.id}: {rule.why}{said}"
