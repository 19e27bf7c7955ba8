"""The categories, defined once. Everything else imports them from here."""

from __future__ import annotations

STRATEGY = "strategy"
CAPABILITY = "capability-building"
EXECUTION = "execution"
FIREFIGHTING = "firefighting"
OTHER = "other"
UNCLASSIFIED = "unclassified"

#: The four categories that make up the split, in report order.
WORK: tuple[str, ...] = (STRATEGY, CAPABILITY, EXECUTION, FIREFIGHTING)
#: Every label a classifier may give an event.
LABELS: tuple[str, ...] = (*WORK, OTHER)
#: Every value the ``category`` column may hold.
ALL: tuple[str, ...] = (*LABELS, UNCLASSIFIED)

DESCRIPTIONS: dict[str, str] = {
    STRATEGY: "working on direction: where to play, how to win, what to stop",
    CAPABILITY: "building the organisation's ability: people, hiring, process, learning",
    EXECUTION: "running today's work: status, reviews, delivery, customers, approvals",
    FIREFIGHTING: "unplanned, urgent, reactive: incidents, escalations, crises",
    OTHER: "outside the split: personal, lunch, travel, opaque blocks",
    UNCLASSIFIED: "no rule or model could tell; counted, but outside the split until tagged",
}
