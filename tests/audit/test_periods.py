"""A period knows its months: callers never slice ISO dates to find them."""

from __future__ import annotations

from datetime import date

import pytest

from timeaudit.audit.periods import Period
from timeaudit.errors import UsageError


def test_a_month_knows_its_month() -> None:
    october = Period.month("2026-10")
    assert (october.first_month, october.last_month) == ("2026-10", "2026-10")
    assert october.months == ["2026-10"]
    assert october.is_month


def test_a_custom_span_lists_every_month_it_touches() -> None:
    span = Period.between(date(2025, 12, 15), date(2026, 2, 1))
    assert span.months == ["2025-12", "2026-01", "2026-02"]
    assert (span.first_month, span.last_month) == ("2025-12", "2026-02")
    assert not span.is_month
    # a span of dates covering March keeps its own label: it is not the month's period
    assert not Period.between(date(2026, 3, 1), date(2026, 3, 31)).is_month


def test_trend_starts_months_back_across_a_year_end() -> None:
    assert Period.month("2026-02").trend_first_month(12) == "2025-03"
    assert Period.month("2026-02").trend_first_month(1) == "2026-02"


def test_a_span_ending_before_it_starts_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="before --from"):
        Period.between(date(2026, 3, 2), date(2026, 3, 1))
