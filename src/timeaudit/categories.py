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
