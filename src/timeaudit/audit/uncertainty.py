"""How sure the split is: a range on every share and the probability of the verdict.

The classifier gives every counted occurrence one ``category`` and a ``confidence``; the
lead's calibration makes that confidence a probability (a tag of 0.85 is right 85 times in
100). So the split a report shows is one of many sets of tags the calendar could plausibly
have, and each share is uncertain. This module says how much, from nothing but what the
classifier already outputs, for many (person, period) rows at once.

The model
---------
* **A tag is right with its confidence.** An occurrence tagged ``category`` with confidence
  ``c`` truly is that category with probability ``c``; with probability ``1 - c`` it is one of
  the other four labels (the four work categories and *other*), spread over them in proportion
  to a prior: evenly. Evenly is the simplest prior that assumes nothing about which way
  the classifier errs, and it never rules a category out (the person's own predicted mix would
  give a category they were tagged 0% of no chance at all, which is exactly the claim a "0%
  strategy" report must not make). A correction (``decided_by == "correction"``) and a tag of
  confidence 1 are certain. Unclassified time is outside the split and stays there.
* **A wrong "other" moves the denominator.** *Other* is one of the labels: a lunch that was a
  working lunch adds work hours, a meeting that was personal removes them. Shares are always
  of the draw's own work hours.
* **A series is right or wrong as a whole.** The occurrences of one series (and one-offs of
  one title: :func:`~timeaudit.audit.insights.series_key`) reach the classifier with the same
  input, so if it is wrong about a weekly meeting it is wrong about all four of them. They are
  one *group* and are drawn together: one uniform number ``u`` per group and draw decides every
  occurrence in it (an occurrence of confidence ``c`` keeps its tag when ``u < c``; otherwise
  ``(u - c) / (1 - c)`` picks the other label). Occurrences of a group that reached the
  classifier differently (an override with another title, the first of a series booked at
  short notice) keep their own tag and confidence; sharing ``u`` makes them err together as
  far as their confidences allow. Drawing per occurrence instead would treat a weekly
  meeting's 4 hours as 4 independent one-hour bets whose errors cancel, and give ranges far
  too narrow (tests/audit/test_uncertainty.py shows the difference).

The method: Monte Carlo, exactly
--------------------------------
Every range and probability comes from :data:`DRAWS` simulated sets of tags per row. Why not
a formula: the verdict is a chain of thresholds over all four shares at once, with a
denominator that moves too, so its probability has no closed form; and one large series
makes a share's distribution lumpy (the 12 hours of a weekly steering meeting are in
execution or they are not), so a normal approximation would be wrong exactly where the
question matters. The ``level`` range (80% by default) is the middle of the draws: from the
10th to the 90th percentile of each share. It is the range the share falls in for 8 of 10
plausible sets of tags; it need not hold the share the report shows (the share of the single
most likely tag of every event): when every execution meeting is 90% sure, a tenth of those
hours are probably something else, and the range says so.

The verdict's probability is the fraction of draws whose split gets the same verdict
(:func:`~timeaudit.audit.assess.judge`, the rule :func:`~timeaudit.audit.assess.assess`
applies, including "not enough data" when a draw's work hours fall under the threshold); the
most frequent other verdict is the alternative.

Deterministic and fast
----------------------
* **Seeded by what it describes.** Each group's random numbers are a SplitMix64 stream keyed
  by a hash of its owner and group key (SipHash with a fixed key): the same calendar gives the same
  ranges on every run and machine (golden files stay put), a group's draws do not change when
  other people or other meetings are added, and a series draws the same way in every month
  (at the same confidence), so a person's report and their coach view agree on the month
  they share.
* **Sparse.** A group of confidence ``c`` is wrong in about ``(1 - c) * DRAWS`` draws, and
  only those are generated: the gaps between them are geometric (the count of a Bernoulli
  process), drawn from the group's stream. With tags about 94% sure that is one number in
  sixteen of the dense ``groups x draws`` table.
* **Vectorised across groups and rows, in chunks.** Every step is a numpy operation over all
  groups of up to :data:`CHUNK_CELLS` (row, draw) pairs at a time, so memory stays flat however
  many people and months there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from timeaudit.audit.assess import (
    NO_DATA,
    PLANNING_MAX,
    VERDICT_LABELS,
    VERDICTS,
    judge,
    planning_col,
    target_col,
)
from timeaudit.audit.insights import series_key
from timeaudit.categories import EXECUTION, FIREFIGHTING, LABELS, OTHER, WORK

#: The share of plausible sets of tags a range holds: 0.8 is the 10th to the 90th percentile.
LEVEL = 0.8
#: Simulated sets of tags per row. The 10th percentile of 2,000 draws is within about a
#: twentieth of a standard deviation of the true one, far below the whole percent a report
#: shows; a verdict probability is within 1.1 points (one standard error).
DRAWS = 2000
#: (row, draw) pairs simulated at once (25 rows of 2,000 draws): a few MB of working arrays,
#: which stay in the processor's cache. Measured on 12,000 person-months: 50,000 took 35%
#: less time than 250,000 and 500,000, and 10,000 or 25,000 no less.
CHUNK_CELLS = 50_000

#: How sure a verdict is, by the share of plausible sets of tags that give it: the calibrated
#: language of the IPCC's assessment reports, from the top.
SURENESS: tuple[tuple[float, str], ...] = (
    (0.99, "virtually certain"),
    (0.90, "very likely"),
    (0.66, "likely"),
    (0.33, "about as likely as not"),
    (0.0, "unlikely"),
)
#: Below this probability the verdict names the most frequent alternative.
NAME_ALTERNATIVE_BELOW = 0.66

_LOW = "low:{}"
_HIGH = "high:{}"
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_SALT = np.uint64(0x5851F42D4C957F2D)  # the second stream of a group: where its wrong draws land
_HASH_KEY = "timeaudit-ranges"  # 16 bytes, the key of pandas' SipHash of the group keys
_SIGMAS = 3.0  # slots generated beyond the expected count of wrong draws, in standard deviations


def low_col(cat: str) -> str:
    return _LOW.format(cat)


def high_col(cat: str) -> str:
    return _HIGH.format(cat)


#: The columns :func:`share_ranges` adds, besides the ranges.
PROBABILITY = "verdict_probability"
ALTERNATIVE = "verdict_alternative"
ALTERNATIVE_PROBABILITY = "alternative_probability"


def range_columns() -> tuple[str, ...]:
    """Every column :func:`share_ranges` gives, in order."""
    return (
        *(low_col(c) for c in WORK),
        *(high_col(c) for c in WORK),
        PROBABILITY,
        ALTERNATIVE,
        ALTERNATIVE_PROBABILITY,
    )


def pieces_of(events: pd.DataFrame, hours: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    """The pieces table :func:`share_ranges` reads: ``hours`` (columns ``row``, the label of
    an occurrence in ``events``, the ``keys`` and ``hours``) with each occurrence's group,
    tag, confidence and what decided it. ``events`` are classified occurrences (stored
    columns and the classifier's)."""
    rows = pd.Index(hours["row"].unique())
    tagged = events.loc[rows, ["category", "confidence", "decided_by", "planning"]]
    tagged = tagged.assign(group=series_key(events.loc[rows]))
    return hours[["row", *keys, "hours"]].join(tagged, on="row")


def share_ranges(
    pieces: pd.DataFrame,
    keys: Sequence[str],
    assessment: pd.DataFrame,
    *,
    level: float = LEVEL,
    draws: int = DRAWS,
) -> pd.DataFrame:
    """The range of every work category's share and the verdict's probability, for every
    row of ``assessment`` (:func:`~timeaudit.audit.assess.assess`'s output, indexed by
    ``keys``: ``owner``, or ``owner`` and ``period``).

    ``pieces`` are the counted hours behind those rows: the ``keys`` columns, the hours'
    ``group`` (see the module's docstring), the occurrence's ``category``, ``confidence``
    and ``decided_by``, and the ``hours`` it adds to the row; ``planning`` (the planning
    lens's flag: a draw that moves an occurrence to another category keeps it planning;
    without the column no hours are planning). Returns a frame on
    ``assessment``'s index with ``low:<category>`` and ``high:<category>`` (percent of work
    hours), :data:`PROBABILITY` (NaN where the verdict is "not enough data": there is no
    verdict to be sure of), :data:`ALTERNATIVE` (the most frequent other verdict, "" when
    no draw gives one) and :data:`ALTERNATIVE_PROBABILITY`."""
    base = assessment[[*WORK, OTHER]].to_numpy(dtype=float)
    rows = Rows(
        base=base,
        targets=assessment[[target_col(c) for c in WORK]].to_numpy(dtype=float),
        tolerance=assessment["tolerance"].to_numpy(dtype=float),
        verdict=np.array([VERDICTS.index(str(v)) for v in assessment["verdict"]], dtype=np.intp),
        min_work_hours=assessment["min_work_hours"].to_numpy(dtype=float),
        planning=np.c_[
            assessment[[planning_col(c) for c in WORK]].to_numpy(dtype=float),
            np.zeros(len(assessment)),
        ],
        planning_max=assessment[PLANNING_MAX].to_numpy(dtype=float),
    )
    if assessment.empty:
        return pd.DataFrame(index=assessment.index, columns=list(range_columns()))
    units = _units(pieces, list(keys), assessment.index)
    per_chunk = max(1, CHUNK_CELLS // draws)
    parts = [
        _simulate(rows.slice(lo, hi), units.slice(lo, hi), level, draws)
        for lo, hi in _bounds(len(assessment), per_chunk)
    ]
    return _frame(parts, assessment.index)


@dataclass(frozen=True)
class Rows:
    """What the draws of some rows are judged against: each row's tagged hours of the five
    labels (:data:`WORK`, then other), targets, tolerance, verdict (its position in
    :data:`~timeaudit.audit.assess.VERDICTS`) and not-enough-data threshold; for the
    planning lens, the hours of each label that were planning (other's: none counted) and
    the top of the role's planning band."""

    base: npt.NDArray[np.float64]
    targets: npt.NDArray[np.float64]
    tolerance: npt.NDArray[np.float64]
    verdict: npt.NDArray[np.intp]
    min_work_hours: npt.NDArray[np.float64]
    planning: npt.NDArray[np.float64]
    planning_max: npt.NDArray[np.float64]

    def slice(self, lo: int, hi: int) -> Rows:
        return Rows(
            self.base[lo:hi],
            self.targets[lo:hi],
            self.tolerance[lo:hi],
            self.verdict[lo:hi],
            self.min_work_hours[lo:hi],
            self.planning[lo:hi],
            self.planning_max[lo:hi],
        )


@dataclass(frozen=True)
class Units:
    """The uncertain hours, one entry per (row, group, label, confidence), sorted by row
    and group: ``row`` (position in the assessment), ``group`` (its number, ascending with
    ``row``), ``key`` (the group's 64-bit seed), ``label`` (position in :data:`LABELS`),
    ``confidence`` (below 1), ``hours`` and how many of them were ``planning``."""

    row: npt.NDArray[np.intp]
    group: npt.NDArray[np.intp]
    key: npt.NDArray[np.uint64]
    label: npt.NDArray[np.intp]
    confidence: npt.NDArray[np.float64]
    hours: npt.NDArray[np.float64]
    planning: npt.NDArray[np.float64]

    def slice(self, lo: int, hi: int) -> Units:
        """The units of rows ``lo`` to ``hi``, their rows counted from ``lo``."""
        a, b = np.searchsorted(self.row, [lo, hi])
        return Units(
            self.row[a:b] - lo,
            self.group[a:b],
            self.key[a:b],
            self.label[a:b],
            self.confidence[a:b],
            self.hours[a:b],
            self.planning[a:b],
        )


def _units(pieces: pd.DataFrame, keys: list[str], index: pd.Index) -> Units:
    """The uncertain pieces, summed per (row, group, label, confidence) and sorted by them
    (groups by their seed: an order that does not depend on the input's). Columns are read
    whole and text is hashed and looked up once per distinct value, so a year of an
    organisation's pieces costs arrays of integers, not copies of its strings."""
    labelled = pieces["category"].isin(LABELS).to_numpy() & (pieces["hours"] > 0).to_numpy()
    # a confidence nobody gave is no confidence at all: as unsure as a tag can be
    confidence = pieces["confidence"].astype(float).fillna(0.0).clip(0.0, 1.0).to_numpy()
    sure = (pieces["decided_by"] == "correction").to_numpy() | (confidence >= 1)
    keep = labelled & ~sure
    hours = pieces["hours"].to_numpy(np.float64)
    planned = pieces["planning"].to_numpy(dtype=bool) if "planning" in pieces else False
    frame = pd.DataFrame(
        {
            "row": _positions(pieces, keys, index)[keep],
            "seed": _seeds(pieces["owner"], pieces["group"])[keep],
            "label": pd.Index(LABELS).get_indexer(pd.Index(pieces["category"]))[keep],
            "confidence": confidence[keep],
            "hours": hours[keep],
            "planning": np.where(planned, hours, 0.0)[keep],
        }
    )
    frame = frame[frame["row"] >= 0]
    group = frame.groupby(["row", "seed", "label", "confidence"], sort=True)
    summed = group[["hours", "planning"]].sum()
    table = summed.reset_index()
    row, seed = table["row"].to_numpy(np.intp), table["seed"].to_numpy(np.uint64)
    starts = np.r_[True, (row[1:] != row[:-1]) | (seed[1:] != seed[:-1])] if len(row) else []
    return Units(
        row,
        np.asarray(np.cumsum(starts) - 1, dtype=np.intp),
        seed,
        table["label"].to_numpy(np.intp),
        table["confidence"].to_numpy(np.float64),
        table["hours"].to_numpy(np.float64),
        table["planning"].to_numpy(np.float64),
    )


def _positions(pieces: pd.DataFrame, keys: list[str], index: pd.Index) -> npt.NDArray[np.intp]:
    """Each piece's row position in ``index`` (-1 where the index lacks it), looking up each
    distinct combination of ``keys`` once."""
    factorized = [pd.factorize(pieces[k].astype(str)) for k in keys]
    shape = tuple(max(1, len(uniques)) for _, uniques in factorized)
    flat = np.ravel_multi_index(tuple(codes for codes, _ in factorized), shape)
    combos, inverse = np.unique(flat, return_inverse=True)
    labels = [
        np.asarray(uniques, dtype=object)[part]
        for (_, uniques), part in zip(factorized, np.unravel_index(combos, shape), strict=True)
    ]
    if len(keys) == 1:
        where: pd.Index = pd.Index(labels[0])
        target: pd.Index = pd.Index(index.astype(str))
    else:
        where = pd.MultiIndex.from_arrays(labels)
        target = pd.MultiIndex.from_arrays([index.get_level_values(k).astype(str) for k in keys])
    found = np.asarray(target.get_indexer(where), dtype=np.intp)
    return np.asarray(found[inverse], dtype=np.intp)


def _seeds(owner: pd.Series, group: pd.Series) -> npt.NDArray[np.uint64]:
    """A 64-bit seed per piece from its owner and group key: the SipHash (with a fixed key:
    the same on every run and machine) of each, mixed. Each distinct owner and group is
    hashed once, and no string is built per piece."""
    owner_at, owner_hash = _hashed(owner)
    group_at, group_hash = _hashed(group)
    return _mix(owner_hash[owner_at] * _MIX1 + group_hash[group_at])


def _hashed(values: pd.Series) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.uint64]]:
    """Each value's position among the distinct ones, and the hash of each distinct one."""
    at, distinct = pd.factorize(values.astype(str))
    hashed = pd.util.hash_pandas_object(pd.Series(distinct), index=False, hash_key=_HASH_KEY)
    return np.asarray(at, dtype=np.intp), np.asarray(hashed.to_numpy(), dtype=np.uint64)


def _bounds(n: int, step: int) -> list[tuple[int, int]]:
    return [(lo, min(n, lo + step)) for lo in range(0, n, step)]


# -- the draws -----------------------------------------------------------------------------------
def _simulate(rows: Rows, units: Units, level: float, draws: int) -> pd.DataFrame:
    """Ranges and verdict probabilities of some rows (one chunk), as a frame by position.
    Hours are laid out rows x labels x draws, so each share's draws are contiguous."""
    shape = (len(rows.base), len(LABELS), draws)
    moved, moved_planning = _moved(units, shape)
    hours = rows.base[:, :, None] + moved.reshape(shape)
    planned = rows.planning[:, :, None] + moved_planning.reshape(shape)
    counted = hours[:, : len(WORK), :]
    work = counted.sum(axis=1)
    empty = work <= 0
    # the same arithmetic as assess(), so a draw without an error is judged as the report is
    shares = 100.0 * counted / np.where(empty, 1.0, work)[:, None, :]
    shares[np.broadcast_to(empty[:, None, :], shares.shape)] = 0.0
    verdicts = judge(
        np.moveaxis(shares, 1, 2),
        work,
        rows.targets[:, None, :],
        rows.tolerance[:, None],
        rows.min_work_hours[:, None],
        **_lens(hours, planned, work, empty),
        planning_max=rows.planning_max[:, None],
    )
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(shares, [tail, 1.0 - tail], axis=-1, overwrite_input=True)
    return pd.DataFrame(
        {
            **{low_col(c): low[:, i] for i, c in enumerate(WORK)},
            **{high_col(c): high[:, i] for i, c in enumerate(WORK)},
            **_verdict_odds(verdicts, rows.verdict),
        }
    )


def _lens(
    hours: npt.NDArray[np.float64],
    planned: npt.NDArray[np.float64],
    work: npt.NDArray[np.float64],
    empty: npt.NDArray[np.bool_],
) -> dict[str, npt.NDArray[np.float64]]:
    """The planning lens's shares of each draw (rows x draws), by assess()'s arithmetic."""
    e, f = WORK.index(EXECUTION), WORK.index(FIREFIGHTING)
    doing = hours[:, e, :] + hours[:, f, :] - planned[:, e, :] - planned[:, f, :]
    planning = planned[:, : len(WORK), :].sum(axis=1)
    safe = np.where(empty, 1.0, work)
    planning_share, doing_share = 100.0 * planning / safe, 100.0 * doing / safe
    planning_share[empty], doing_share[empty] = 0.0, 0.0
    return {"planning": planning_share, "doing": doing_share}


def _moved(
    units: Units, shape: tuple[int, int, int]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """The hours each draw moves between labels (rows x labels x draws, flat), and how many
    of them were planning: in every draw a group is wrong about a unit, the unit's hours
    leave its tag for the label the draw gives it (still planning if they were)."""
    size = shape[0] * shape[1] * shape[2]
    moved, moved_planning = np.zeros(size), np.zeros(size)
    if not len(units.row):
        return moved, moved_planning
    draws = shape[2]
    first = np.r_[0, np.flatnonzero(np.diff(units.group)) + 1]  # each group's first unit
    count = np.diff(np.r_[first, len(units.row)])  # units per group
    floor = np.minimum.reduceat(units.confidence, first)  # the group's least sure tag
    key = units.key[first]
    lone = count == 1
    if lone.any():
        _move_lone((moved, moved_planning), units, first[lone], key[lone], 1.0 - floor[lone], shape)
    if not lone.all():
        several = ~lone
        group, draw, _ = _wrong_draws(key[several], 1.0 - floor[several], draws)
        unit, draw, given, truly = _shared(
            units, first[several], count[several], floor[several], key[several], group, draw
        )
        at = units.row[unit] * shape[1] * draws + draw
        for out, hours in ((moved, units.hours[unit]), (moved_planning, units.planning[unit])):
            out += np.bincount(at + truly * draws, weights=hours, minlength=size)
            out -= np.bincount(at + given * draws, weights=hours, minlength=size)
    return moved, moved_planning


def _move_lone(
    into: tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]],
    units: Units,
    unit: npt.NDArray[np.intp],
    key: npt.NDArray[np.uint64],
    p: npt.NDArray[np.float64],
    shape: tuple[int, int, int],
) -> None:
    """:func:`_moved` for groups of one unit: wrong in each of their wrong draws, and two spare
    bits of the number that placed the draw pick the true label among the four others
    (evenly). Everything per group is worked out once, per draw only a few lookups."""
    labels, draws = shape[1], shape[2]
    group, draw, bits = _wrong_draws(key, p, draws)
    given = units.label[unit]
    start = units.row[unit] * labels * draws  # where the unit's row starts, flat
    leave = (start + given * draws)[group] + draw
    truly = _OTHERS.reshape(-1)[(given * _N_OTHERS)[group] + bits]
    arrive = start[group] + truly * draws + draw
    size = into[0].size
    for out, hours in zip(
        into, (units.hours[unit][group], units.planning[unit][group]), strict=True
    ):
        out += np.bincount(arrive, weights=hours, minlength=size)
        out -= np.bincount(leave, weights=hours, minlength=size)


Move = tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]


def _shared(
    units: Units,
    first: npt.NDArray[np.intp],
    count: npt.NDArray[np.intp],
    floor: npt.NDArray[np.float64],
    key: npt.NDArray[np.uint64],
    group: npt.NDArray[np.intp],
    draw: npt.NDArray[np.intp],
) -> Move:
    """The wrong draws of groups of several units, as (unit, draw, given, truly): the draw's
    number ``u``, uniform in [floor, 1) from the group's second stream, is shared by every unit
    of the group; a unit of confidence ``c`` is wrong when ``u >= c``, and then
    ``(u - c) / (1 - c)`` picks its true label."""
    u = floor[group] + (1.0 - floor[group]) * _uniform(_mix(key[group] ^ _SALT), draw)
    n = count[group]
    unit = np.repeat(first[group], n) + _ramp(n)
    u, draw = np.repeat(u, n), np.repeat(draw, n)
    conf = units.confidence[unit]
    wrong = u >= conf
    unit, u, draw, conf = unit[wrong], u[wrong], draw[wrong], conf[wrong]
    given = units.label[unit]
    pick = np.minimum(_N_OTHERS * (u - conf) / (1.0 - conf), _N_OTHERS - 1).astype(np.intp)
    return unit, draw, given, _OTHERS[given, pick]


def _wrong_draws(
    key: npt.NDArray[np.uint64], p: npt.NDArray[np.float64], draws: int
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """For each group, the draws (0 to ``draws - 1``) in which it is wrong about at least
    its least sure unit: a Bernoulli(``p``) process over the draws, generated as geometric
    gaps from the group's stream. Returns (group, draw, bits); ``bits`` (0 to 3) are two bits
    of the number that placed the draw which its gap did not use.

    Each group gets slots for a few standard deviations more wrong draws than expected; the
    few groups whose slots run out before the last draw get more, and since a group's
    numbers are counted by slot, they come out as if it had had them all along."""
    expected = draws * p
    slots = np.ceil(expected + _SIGMAS * np.sqrt(expected * (1.0 - p)) + _SIGMAS)
    slots = np.minimum(slots, draws).astype(np.intp)
    found: list[tuple[npt.NDArray[np.intp], npt.NDArray[np.float64], npt.NDArray[np.uint8]]] = []
    todo = np.arange(len(key), dtype=np.intp)
    while len(todo):
        groups, positions, bits = _positions_within(key[todo], p[todo], slots[todo], draws)
        short = _unfinished(positions, slots[todo], draws)
        keep = positions < draws
        if short.any():
            keep &= ~short[groups]
        found.append((todo[groups[keep]], positions[keep], bits[keep]))
        todo = todo[short]
        slots[todo] = np.minimum(2 * slots[todo] + 16, draws)
    group = np.concatenate([f[0] for f in found])
    draw = np.concatenate([f[1] for f in found]).astype(np.intp)
    return group, draw, np.concatenate([f[2] for f in found]).astype(np.intp)


def _positions_within(
    key: npt.NDArray[np.uint64], p: npt.NDArray[np.float64], slots: npt.NDArray[np.intp], draws: int
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64], npt.NDArray[np.uint8]]:
    """The first ``slots`` wrong draws of each group (positions may pass ``draws``; whole
    numbers, as floats), and two bits of the 64-bit number each came from that its
    geometric gap (from the top 53) did not use."""
    groups = np.repeat(np.arange(len(key), dtype=np.intp), slots)
    ends = np.cumsum(slots)
    index = np.arange(ends[-1] if len(ends) else 0, dtype=np.uint64)
    index -= np.repeat((ends - slots).astype(np.uint64), slots)  # the slot within its group
    state = np.asarray((key + _GOLDEN)[groups] + index * _GOLDEN, dtype=np.uint64)
    z = _mix(state)  # number ``index`` of each group's stream
    bits = (z & np.uint64(3)).astype(np.uint8)
    v = (z >> np.uint64(11)).astype(np.float64)
    v += 1.0
    v *= 2.0**-53  # uniform in (0, 1]
    with np.errstate(divide="ignore"):
        step = np.log(v)
        step /= np.log1p(-p)[groups]  # geometric: P(step >= k) = (1 - p) ** k
    np.floor(step, out=step)
    np.minimum(step, draws, out=step)  # a gap past the last draw is as good as any
    step += 1.0
    total = np.cumsum(step)  # whole numbers, exact in a float far beyond any chunk's
    before = np.r_[0.0, total[ends[:-1] - 1]] if len(total) else total
    total -= np.repeat(before + 1.0, slots)
    return groups, total, bits


def _unfinished(
    positions: npt.NDArray[np.float64], slots: npt.NDArray[np.intp], draws: int
) -> npt.NDArray[np.bool_]:
    """Groups whose slots all fell inside the draws: there may be wrong draws after them."""
    last = positions[np.cumsum(slots) - 1]
    return np.asarray((last < draws) & (slots < draws), dtype=bool)


def _ramp(counts: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """0, 1, ..., n - 1 for every n of ``counts``, end to end."""
    total = int(counts.sum())
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    return np.asarray(np.arange(total, dtype=np.intp) - starts, dtype=np.intp)


def _mix(x: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """SplitMix64's output function (Steele, Lea and Flood 2014). (An in-place ``^=`` on
    uint64 arrays runs about ten times slower than ``z = z ^ ...`` here: hence no in-place
    xor.)"""
    z = x ^ (x >> np.uint64(30))
    z *= _MIX1
    z = z ^ (z >> np.uint64(27))
    z *= _MIX2
    return np.asarray(z ^ (z >> np.uint64(31)), dtype=np.uint64)


def _uniform(
    key: npt.NDArray[np.uint64], index: npt.NDArray[np.integer]
) -> npt.NDArray[np.float64]:
    """Number ``index`` of the SplitMix64 stream seeded with ``key``, as a uniform number in
    [0, 1) from its top 53 bits."""
    state = index.astype(np.uint64)
    state += np.uint64(1)
    state *= _GOLDEN
    state += key
    u = (_mix(state) >> np.uint64(11)).astype(np.float64)
    u *= 2.0**-53
    return u


#: Per given label (a position in :data:`LABELS`), the four others: a wrong tag is one of
#: them, evenly.
_OTHERS = np.array([[j for j in range(len(LABELS)) if j != i] for i in range(len(LABELS))])
_N_OTHERS = len(LABELS) - 1


def _verdict_odds(
    verdicts: npt.NDArray[np.intp], given: npt.NDArray[np.intp]
) -> dict[str, npt.NDArray[np.float64] | npt.NDArray[np.object_]]:
    """The share of draws that give each row's verdict, and the most frequent other one."""
    rows, draws = verdicts.shape
    kinds = len(VERDICTS)
    cells = (np.arange(rows)[:, None] * kinds + verdicts).reshape(-1)
    counts = np.bincount(cells, minlength=rows * kinds).reshape(rows, kinds)
    same = counts[np.arange(rows), given] / draws
    others = counts.copy()
    others[np.arange(rows), given] = -1
    alternative = others.argmax(axis=1)
    alt_share = others[np.arange(rows), alternative] / draws
    unjudged = given == VERDICTS.index(NO_DATA)
    names = np.where(alt_share > 0, np.asarray(VERDICTS, dtype=object)[alternative], "")
    return {
        PROBABILITY: np.where(unjudged, np.nan, same),
        ALTERNATIVE: np.where(unjudged, "", names).astype(object),
        ALTERNATIVE_PROBABILITY: np.where(unjudged | (alt_share <= 0), 0.0, alt_share),
    }


def _frame(parts: list[pd.DataFrame], index: pd.Index) -> pd.DataFrame:
    joined = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    return joined.iloc[: len(index)].set_axis(index)


# -- words -----------------------------------------------------------------------------------
def percent(p: float) -> str:
    """A probability as a whole percent that never rounds to a certainty it is not: 99.96%
    reads 99%, 0.04% reads 1%."""
    shown = round(100 * p)
    if p < 1 and shown >= 100:
        shown = 99
    if p > 0 and shown <= 0:
        shown = 1
    return f"{shown}%"


def sureness(p: float) -> str:
    """The word for a probability (:data:`SURENESS`)."""
    return next(word for floor, word in SURENESS if p >= floor)


def certainty(probability: float | None, alternative: str, alternative_probability: float) -> str:
    """How sure a verdict is, in words: "likely: 87% of plausible tag sets agree", and
    below :data:`NAME_ALTERNATIVE_BELOW` what the others mostly say ("; 41% give firefighting
    overload"). "" without a probability (a period without enough data)."""
    if probability is None or np.isnan(probability):
        return ""
    text = f"{sureness(probability)}: {percent(probability)} of plausible tag sets agree"
    if probability < NAME_ALTERNATIVE_BELOW and alternative:
        label = VERDICT_LABELS[alternative]
        text += f"; {percent(alternative_probability)} give {label}"
    return text


def short_certainty(
    probability: float | None, alternative: str, alternative_probability: float
) -> str:
    """:func:`certainty` for a narrow column: "likely, 87%", and below
    :data:`NAME_ALTERNATIVE_BELOW` "about as likely as not, 52%; off target 41%"."""
    if probability is None or np.isnan(probability):
        return ""
    text = f"{sureness(probability)}, {percent(probability)}"
    if probability < NAME_ALTERNATIVE_BELOW and alternative:
        text += f"; {VERDICT_LABELS[alternative]} {percent(alternative_probability)}"
    return text
