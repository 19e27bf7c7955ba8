"""The report's "Questions to ask yourself": the verdict's questions from the question bank
(:mod:`timeaudit.config.questions`), then a few for the period's rhythm gaps."""

from __future__ import annotations

from collections.abc import Sequence

from timeaudit.audit.assess import RED
from timeaudit.config.questions import RHYTHM_LIMIT, VERDICT_LIMIT, QuestionBank
from timeaudit.render.rhythm import OneOnOneView, RhythmView

#: The rhythm gaps a report can find today, as the bank's keys.
LAPSED = "one-on-one-lapsed"  # a direct report with no 1:1 in the period
BEHIND = "one-on-one-behind"  # a direct report's 1:1s amber or red


def rhythm_gaps(one_on_ones: OneOnOneView, items: RhythmView | None = None) -> tuple[str, ...]:
    """The period's rhythm gaps, the most pressing first: a report not met at all, then
    the rhythm items that are red, then reports behind, then the items that are amber. An
    item's key is its recogniser's (or config rhythm's) id; the bank answers an id it has
    no questions for with those of ``rhythm-missed``."""
    behind = items.behind if items is not None else ()
    gaps = []
    if one_on_ones.lapsed:
        gaps.append(LAPSED)
    gaps += [i.id for i in behind if i.status == RED]
    if any(r.held > 0 for r in one_on_ones.behind):
        gaps.append(BEHIND)
    gaps += [i.id for i in behind if i.status != RED]
    return tuple(dict.fromkeys(gaps))


def report_questions(
    bank: QuestionBank,
    verdict: str,
    gaps: Sequence[str],
    verdict_limit: int = VERDICT_LIMIT,
    rhythm_limit: int = RHYTHM_LIMIT,
) -> tuple[str, ...]:
    """Up to ``verdict_limit`` of the verdict's questions, then up to ``rhythm_limit`` for
        ``gaps``: the first question of each gap in turn, then the second of each, so two gaps
        get one question each; a question already asked is not asked again (nor does it use up
    its gap's turn)."""
    asked = bank.for_verdict(verdict, verdict_limit)
    per_gap = [[q for q in bank.for_gap(g) if q not in asked] for g in gaps]
    rounds = max((len(qs) for qs in per_gap), default=0)
    turns = [qs[i] for i in range(rounds) for qs in per_gap if i < len(qs)]
    extra = [q for q in dict.fromkeys(turns) if q not in asked]
    return (*asked, *extra[:rhythm_limit])
