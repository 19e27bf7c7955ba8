"""Periods: the span of local dates a report covers, and the month arithmetic around it.

Pure Python, so the command line can parse ``--month`` without loading pandas; the UTC
instants of local days live with the counting (:mod:`timeaudit.audit.allocate`)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from timeaudit.errors import UsageError

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Period:
    """A span of local dates ``[first, end)``, cut in each person's own zone."""

    label: str
    first: date
    end: date

    @classmethod
    def month(cls, text: str) -> Period:
        year, month = (int(x) for x in parse_month(text).split("-"))
        last = calendar.monthrange(year, month)[1]
        return cls(
            f"{year:04d}-{month:02d}", date(year, month, 1), date(year, month, last) + timedelta(1)
        )

    @classmethod
    def between(cls, first: date, last: date) -> Period:
        if last < first:
            raise UsageError(
                f"--to {last} is before --from {first}; give the first day, then the last"
            )
        return cls(f"{first.isoformat()}..{last.isoformat()}", first, last + timedelta(1))

    def bounds(self, tz: str) -> tuple[pd.Timestamp, pd.Timestamp]:
        """UTC instants of local midnight on the first day and on the day after the last."""
        import pandas as pd

        start = pd.Timestamp(self.first).tz_localize(tz).tz_convert("UTC")
        end = pd.Timestamp(self.end).tz_localize(tz).tz_convert("UTC")
        return start, end

    @property
    def first_month(self) -> str:
        """The month (``YYYY-MM``) of the period's first day."""
        return month_label(self.first)

    @property
    def last_month(self) -> str:
        """The month (``YYYY-MM``) of the period's last day."""
        return month_label(self.end - timedelta(1))

    @property
    def months(self) -> list[str]:
        """Every month the period touches, oldest first."""
        return months_between(self.first_month, self.last_month)

    @property
    def is_month(self) -> bool:
        """Whether this is a month's period (``--month``), not a span of dates that happens
        to cover one (``--from``/``--to``), which keeps its own label."""
        return self == Period.month(self.first_month)

    def trend_first_month(self, months: int) -> str:
        """The first of ``months`` months of trend ending with the period's first month."""
        return shift_month(self.first_month, 1 - months)


def parse_month(text: str, option: str = "--month") -> str:
    """``text`` as a "YYYY-MM" month, or a :class:`UsageError` naming ``option``."""
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match[2]) <= 12 or int(match[1]) == 0:
        raise UsageError(f"{option} {text}: not a month; use YYYY-MM, e.g. 2026-10")
    return match[0]


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last``, both included."""
    start, stop = first_day(first), first_day(last)
    if start > stop:
        raise UsageError(f"months {first} to {last}: the first month is after the last")
    count = month_index(stop) - month_index(start) + 1
    return [month_label(add_months(start, n)) for n in range(count)]


def shift_month(month: str, months: int) -> str:
    """The month ``months`` after ``month`` (before, when negative)."""
    return month_label(add_months(first_day(month), months))


def last_full_month(today: date) -> str:
    """The month before the one ``today`` falls in: the default audit month."""
    return month_label(add_months(today.replace(day=1), -1))


_MONTH = re.compile(r"(\d{4})-(\d{2})")


def first_day(month: str) -> date:
    parsed = parse_month(month)
    return date(int(parsed[:4]), int(parsed[5:]), 1)


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def add_months(day: date, months: int) -> date:
    index = month_index(day) + months
    return date(index // 12, index % 12 + 1, 1)


def month_label(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"
