"""The HR cohort view: how a role, a team or a manager's reports spend their time, never
how one person does.

Pure functions over an audit's ``assessment`` (one row of figures per person). Privacy comes first:

* a group with fewer than ``min_group`` people is folded into one group, ``"other"``;
* if ``"other"`` would then hold fewer than ``min_group`` people, the next-smallest groups
  join it until it does not. So every row shown speaks for at least ``min_group`` people, and
  so does "all" minus the named groups (an individual cannot be found by subtraction);
* across groupings too (:func:`shown_groups`): no group of one file is another file's group,
  or everyone outside it, but for fewer than ``min_group`` people;
* a cohort smaller than ``min_group`` shows nothing but :func:`too_small_message`;
* managers are numbered (``manager-1``...), never named; only categories, hours, counts,
  verdicts, the share of managers with a red 1:1 gap and the median planning share leave
  this module;
* that share speaks for the people with direct reports in a group, a subset, so it has its
  own rule (:func:`_hide_small_manager_shares`): shown only for at least ``min_group`` of
  them, and never where two rows' managers differ by fewer than ``min_group``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

import numpy as np
import numpy.typing as npt
import pandas as pd

from timeaudit.audit.assess import PLANNING_SHARE, VERDICT_LABELS, share_col
from timeaudit.audit.pipeline import ONE_ON_ONE_RED
from timeaudit.categories import WORK
from timeaudit.config.types import DEFAULT_MIN_GROUP, GROUPINGS, Person
from timeaudit.errors import UsageError

OTHER_GROUP = "other"
ALL_GROUP = "all"


def verdict_col(verdict: str) -> str:
    return f"verdict:{verdict}"


#: Of a group's people with direct reports, the percent with a direct report red on 1:1s
#: (:func:`timeaudit.audit.pipeline.one_on_one_gaps`); empty where too few to show.
RED_GAP = "one_on_one_red:percent_of_managers"
#: The median of the group's planning shares (percent of each person's work hours that was
#: planning: :mod:`timeaudit.audit.assess`'s planning lens), over people with work hours.
PLANNING_MEDIAN = "planning_share:median"

COLUMNS = (
    "group",
    "people",
    "work_hours",
    *(share_col(c) for c in WORK),
    *(verdict_col(v) for v in VERDICT_LABELS),
    RED_GAP,
    PLANNING_MEDIAN,
)


def too_small_message(min_group: int) -> str:
    return (
        f"the cohort has fewer than {min_group} people (settings.min_group_size): "
        "nothing is shown, so nobody can be singled out"
    )


def group_keys(people: Sequence[Person], by: str) -> pd.Series:
    """Each person's group, indexed by email. Managers get numbers, never their address."""
    if by not in GROUPINGS:
        raise UsageError(f"--by {by!r}: use one of {', '.join(GROUPINGS)}")
    raw = {p.email: str(getattr(p, by)) for p in people}
    if by == "manager":
        managers = sorted({m for m in raw.values() if m})
        numbers = {m: f"manager-{i}" for i, m in enumerate(managers, 1)}
        raw = {e: numbers.get(m, "") for e, m in raw.items()}
    keys = {e: _group_name(v, by) for e, v in raw.items()}
    return pd.Series(keys, name="group", dtype=object)


def _group_name(value: str, by: str) -> str:
    if not value:
        return f"(no {by})"
    return f"{value} ({by})" if value in (OTHER_GROUP, ALL_GROUP) else value


def folded(keys: pd.Series, min_group: int, also: frozenset[str] = frozenset()) -> pd.Series:
    """Groups under ``min_group`` (and those in ``also``) renamed ``"other"``; while
    ``"other"`` is non-empty and still under ``min_group``, the smallest remaining group
    joins it."""
    sizes = keys.value_counts().sort_index().sort_values(kind="stable")  # smallest first
    into_other = {str(g) for g, n in sizes.items() if n < min_group or str(g) in also}
    held = int(sizes[list(into_other)].sum()) if into_other else 0
    for group, size in sizes.items():
        if held == 0 or held >= min_group:
            break
        if str(group) not in into_other:
            into_other.add(str(group))
            held += int(size)
    return keys.where(~keys.isin(into_other), OTHER_GROUP)


def shown_groups(
    emails: pd.Index, people: Sequence[Person], min_group: int
) -> dict[str, pd.Series]:
    """Each person's shown group in every grouping, folded together, so that no two files
    can be subtracted either. Within one grouping :func:`folded` already holds; across
    groupings, a group that another grouping's group (or its complement, everyone minus
    it) contains but for fewer than ``min_group`` people would single those people out:
    a team made of a manager and their reports, minus that manager's reports, is the
    manager. Such a group is folded too, and the check repeats until no pair is left.
    Every grouping is folded whichever ones a run writes, so separate runs agree."""
    keys = {
        by: group_keys(people, by).reindex(emails).fillna(f"(no {by})").astype(str)
        for by in GROUPINGS
    }
    forced: dict[str, frozenset[str]] = {by: frozenset() for by in GROUPINGS}
    while True:
        groups = {by: folded(keys[by], min_group, forced[by]) for by in GROUPINGS}
        clash = _subtraction(groups, min_group)
        if clash is None:
            return groups
        by, group = clash
        named = keys[by][groups[by] == group] if group != OTHER_GROUP else None
        if named is None:  # "other" itself: fold the smallest group still shown
            shown = groups[by][groups[by] != OTHER_GROUP]
            group = str(shown.value_counts().sort_index().sort_values(kind="stable").index[0])
        else:
            group = str(named.iloc[0])
        forced[by] = forced[by] | {group}


def _subtraction(groups: Mapping[str, pd.Series], min_group: int) -> tuple[str, str] | None:
    """A (grouping, shown group) to fold because, with a group of another grouping, it
    leaves fewer than ``min_group`` (but some) people when one is taken from the other;
    None when no such pair is left. Sets are the shown groups and their complements."""
    names = [(by, str(g)) for by in GROUPINGS for g in sorted(set(groups[by]))]
    members = np.column_stack([(groups[by] == g).to_numpy() for by, g in names])
    size, both = _overlaps(members)
    grouping = np.array([by for by, _ in names])
    across = grouping[:, None] != grouping[None, :]
    pick = _to_fold(_leaks(size, both, members.shape[0], min_group) & across, size)
    return None if pick is None else names[pick]


def _overlaps(
    members: npt.NDArray[np.bool_],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Each set's size (``members``: people x sets) and how many people each two share:
    counted by BLAS in floats (exact below 2**53), as NumPy multiplies integer matrices
    without it, a thousand times slower at 10,000 people."""
    size = members.sum(axis=0, dtype=np.int64)
    both = np.rint(members.T.astype(np.float64) @ members.astype(np.float64)).astype(np.int64)
    return size, both


def _leaks(
    size: npt.NDArray[np.int64], both: npt.NDArray[np.int64], n: int, min_group: int
) -> npt.NDArray[np.bool_]:
    """For every two sets i, j of ``n`` people: would taking one from the other leave fewer
    than ``min_group`` people, but some? When i is inside j (j minus i), when they are
    apart (everyone but i and j), or when they cover everyone (j minus not-i is i and j)."""
    inside = both == size[:, None]
    left = size[None, :] - size[:, None]
    risky = inside & (left > 0) & (left < min_group)
    rest = n - size[:, None] - size[None, :]
    risky |= (both == 0) & (rest > 0) & (rest < min_group)
    cover = size[:, None] + size[None, :] - both == n
    risky |= cover & (both > 0) & (both < min_group)
    return np.asarray(risky, dtype=bool)


def _to_fold(risky: npt.NDArray[np.bool_], size: npt.NDArray[np.int64]) -> int | None:
    """Of the risky pairs, the one with the smallest set (then the first), and of the two
    its smaller set: the one a reader would subtract. None when no pair is risky."""
    pairs = np.argwhere(risky)
    if len(pairs) == 0:
        return None
    i, j = min(pairs.tolist(), key=lambda p: (min(size[p[0]], size[p[1]]), p[0], p[1]))
    return int(i if size[i] <= size[j] else j)


def cohort_table(
    assessment: pd.DataFrame, people: Sequence[Person], by: str, min_group: int = DEFAULT_MIN_GROUP
) -> pd.DataFrame:
    """One row per group of ``by`` (small ones folded into "other"), then "all": people,
    work hours, hours-weighted share per category and the count of each verdict. Empty
    when the whole cohort is smaller than ``min_group``."""
    return cohort_tables(assessment, people, (by,), min_group)[by]


def cohort_tables(
    assessment: pd.DataFrame,
    people: Sequence[Person],
    groupings: Sequence[str],
    min_group: int = DEFAULT_MIN_GROUP,
) -> dict[str, pd.DataFrame]:
    """:func:`cohort_table` for each of ``groupings``, folded together once."""
    unknown = [by for by in groupings if by not in GROUPINGS]
    if unknown:
        raise UsageError(f"--by {unknown[0]!r}: use one of {', '.join(GROUPINGS)}")
    if len(assessment) < min_group:
        return {by: pd.DataFrame(columns=list(COLUMNS)) for by in groupings}
    shown = shown_groups(assessment.index, people, min_group)
    hidden = _hide_small_manager_shares(assessment, shown, min_group)
    everyone = ALL_GROUP in hidden[""]
    return {by: _table(assessment, shown[by], by, hidden[by], everyone) for by in groupings}


def _managers(assessment: pd.DataFrame) -> pd.Series:
    """Who has direct reports (a 1:1 figure that is not NaN), by email."""
    if ONE_ON_ONE_RED not in assessment:
        return pd.Series(False, index=assessment.index)
    return assessment[ONE_ON_ONE_RED].notna()


def _hide_small_manager_shares(
    assessment: pd.DataFrame, shown: Mapping[str, pd.Series], min_group: int
) -> dict[str, frozenset[str]]:
    """The groups (per grouping; "all" under the key "") whose red-1:1-gap share is left
    empty: those with fewer
    than ``min_group`` people with direct reports, and, pair by pair across every grouping
    and "all", the smaller of two rows whose managers one could subtract from the other's
    (one inside the other, two apart, or two covering everyone) to leave fewer than
    ``min_group`` but some; repeated until no such pair is left. Not guarded, as for the
    rest of the cohort: sums of three or more rows."""
    managers = _managers(assessment).to_numpy()
    names = [(by, str(g)) for by in GROUPINGS for g in sorted(set(shown[by]))]
    names.append(("", ALL_GROUP))
    columns = [((shown[by] == g).to_numpy() if by else np.ones(len(managers), bool)) & managers
               for by, g in names]  # fmt: skip
    members = np.column_stack(columns) if columns else np.zeros((len(managers), 0), bool)
    n = int(managers.sum())
    size, both = _overlaps(members)
    hidden = size < min_group
    leaks = _leaks(size, both, n, min_group)
    while (pick := _to_fold(leaks & ~hidden[:, None] & ~hidden[None, :], size)) is not None:
        hidden[pick] = True
    out: dict[str, set[str]] = {by: set() for by in (*GROUPINGS, "")}
    for (by, group), hide in zip(names, hidden, strict=True):
        if hide:
            out[by].add(group)
    return {by: frozenset(groups) for by, groups in out.items()}


def _table(
    assessment: pd.DataFrame,
    groups: pd.Series,
    by: str,
    hidden: frozenset[str] = frozenset(),
    hide_all: bool = False,
) -> pd.DataFrame:
    """The rows of one grouping; ``hidden`` are the groups (before managers are renumbered)
    whose red-1:1-gap share stays empty, and ``hide_all`` says whether the "all" row's does."""
    renamed = _renumber_managers(groups) if by == "manager" else groups
    old_name = dict(zip(renamed, groups, strict=True))
    named = sorted(set(renamed) - {OTHER_GROUP}, key=_natural)
    names = named + [g for g in [OTHER_GROUP] if g in set(renamed)]
    rows = [_summary(name, assessment[renamed == name], old_name[name] in hidden)
            for name in names]  # fmt: skip
    rows.append(_summary(ALL_GROUP, assessment, hide_all))
    return pd.DataFrame(rows, columns=list(COLUMNS))


def _natural(name: str) -> list[tuple[int, str]]:
    """Sort key: "manager-2" before "manager-10", "team-9" before "team-10"."""
    parts = re.split(r"(\d+)", name)
    return [(int(part), "") if part.isdecimal() else (-1, part) for part in parts]


def _renumber_managers(groups: pd.Series) -> pd.Series:
    """Manager groups numbered 1, 2, ... among those shown, so a gap in the numbers cannot
    reveal that a (small) manager's group was folded."""
    shown = sorted({g for g in groups if g.startswith("manager-")}, key=lambda g: int(g[8:]))
    return groups.replace({g: f"manager-{i}" for i, g in enumerate(shown, 1)})


def _summary(name: str, rows: pd.DataFrame, hide_managers: bool = False) -> dict[str, object]:
    work = float(rows["work_hours"].sum())
    summary: dict[str, object] = {"group": name, "people": len(rows), "work_hours": round(work, 2)}
    for cat in WORK:
        share = 100.0 * float(rows[cat].sum()) / work if work > 0 else 0.0
        summary[share_col(cat)] = round(share, 1)
    counts = rows["verdict"].value_counts()
    for verdict in VERDICT_LABELS:
        summary[verdict_col(verdict)] = int(counts.get(verdict, 0))
    managers = rows[ONE_ON_ONE_RED].dropna() if ONE_ON_ONE_RED in rows else pd.Series([])
    red = round(100.0 * float(managers.mean()), 1) if len(managers) and not hide_managers else None
    summary[RED_GAP] = red
    worked = rows[rows["work_hours"] > 0]
    planning = (
        worked[PLANNING_SHARE].astype(float)
        if PLANNING_SHARE in worked
        else pd.Series([], dtype=float)
    )
    median = float(np.median(planning.to_numpy(dtype=float))) if len(planning) else None
    summary[PLANNING_MEDIAN] = None if median is None else round(median, 1)
    return summary


def verdict_distribution(table: pd.DataFrame) -> pd.DataFrame:
    """How the verdicts spread over the whole cohort: verdict, people, percent."""
    everyone = table[table["group"] == ALL_GROUP].iloc[0]
    total = int(everyone["people"])
    rows = [
        {
            "verdict": label,
            "people": int(everyone[verdict_col(v)]),
            "percent": round(100.0 * int(everyone[verdict_col(v)]) / total, 1),
        }
        for v, label in VERDICT_LABELS.items()
    ]
    return pd.DataFrame(rows, columns=["verdict", "people", "percent"])


# -- the HTML page ---------------------------------------------------------------------------
#: A stacked bar from ``(verdict, label, people)`` in legend order, as inline SVG.
BarMaker = Callable[[Sequence[tuple[str, str, int]]], str]
