"""The one retry policy both account connectors use (:mod:`timeaudit.connectors.kit.retry`):
reading Retry-After in both of its forms, the exponential back-off, its cap and its jitter.
Nothing here sleeps: the policy's ``sleep`` and ``rand`` are passed in."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from timeaudit.connectors.google.api import GOOGLE_RETRY
from timeaudit.connectors.kit.retry import Jitter, RetryPolicy, retry_after
from timeaudit.connectors.microsoft.api import GRAPH_RETRY

NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
STEADY = RetryPolicy(attempts=8, base=1.0, cap=300.0, jitter="none")


def counting(*values: float) -> Iterator[float]:
    yield from values


# -- Retry-After -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "seconds"), [("7", 7.0), (" 120 ", 120.0), ("0", 0.0), ("1.5", 1.5), ("-3", 0.0)]
)
def test_retry_after_in_seconds(value: str, seconds: float) -> None:
    assert retry_after(value, NOW) == seconds


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("Sun, 01 Mar 2026 12:00:30 GMT", 30.0),
        ("Sun, 01 Mar 2026 13:00:00 GMT", 3600.0),
        ("Sun, 01 Mar 2026 11:59:00 GMT", 0.0),  # already past: try at once
        ("Sunday, 01-Mar-26 12:00:45 GMT", 45.0),  # RFC 850, which senders may still use
    ],
)
def test_retry_after_as_an_http_date(value: str, seconds: float) -> None:
    assert retry_after(value, NOW) == seconds


@pytest.mark.parametrize("value", [None, "", "soon", "nan", "inf", "Mon, 99 Foo 2026", "7 s"])
def test_a_garbage_retry_after_falls_back_to_the_back_off(value: str | None) -> None:
    asked = retry_after(value, NOW)
    assert asked is None
    assert STEADY.wait(3, asked) == STEADY.delay(3) == 4.0


def test_retry_after_is_honoured_up_to_the_cap() -> None:
    policy = replace(STEADY, cap=60.0)
    assert policy.wait(1, 7.0) == 7.0  # longer than the back-off: the server knows best
    assert policy.wait(5, 0.5) == 0.5  # shorter too
    assert policy.wait(1, 3600.0) == 60.0


# -- the back-off ----------------------------------------------------------------------------
def test_the_back_off_doubles_from_its_base() -> None:
    assert [STEADY.delay(n) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0]
    half = replace(STEADY, base=0.5)
    assert [half.delay(n) for n in range(1, 5)] == [0.5, 1.0, 2.0, 4.0]


def test_the_back_off_never_passes_its_cap() -> None:
    capped = replace(STEADY, cap=5.0)
    assert [capped.delay(n) for n in range(1, 7)] == [1.0, 2.0, 4.0, 5.0, 5.0, 5.0]


@pytest.mark.parametrize(("jitter", "low"), [("equal", 0.5), ("full", 0.0)])
def test_jitter_stays_within_its_bounds(jitter: Jitter, low: float) -> None:
    draws = random.Random(20260301)
    policy = RetryPolicy(attempts=8, base=1.0, cap=20.0, jitter=jitter, rand=draws.random)
    for attempt in range(1, 9):
        ceiling = min(20.0, 2.0 ** (attempt - 1))
        waits = [policy.delay(attempt) for _ in range(200)]
        assert all(low * ceiling <= w <= ceiling for w in waits), (attempt, min(waits))
        assert len(set(waits)) > 100  # spread, not one value


def test_jitter_bounds_are_reached_at_the_ends_of_the_draw() -> None:
    draws = counting(0.0, 1.0, 0.0, 1.0)
    equal = RetryPolicy(base=2.0, jitter="equal", rand=lambda: next(draws))
    assert [equal.delay(3), equal.delay(3)] == [4.0, 8.0]
    full = replace(equal, jitter="full")
    assert [full.delay(3), full.delay(3)] == [0.0, 8.0]


def test_pause_waits_through_the_given_sleep() -> None:
    waits: list[float] = []
    policy = replace(STEADY, sleep=waits.append)
    policy.pause(1)
    policy.pause(4)
    policy.pause(2, 9.0)
    assert waits == [1.0, 8.0, 9.0]


# -- the two connectors' settings ------------------------------------------------------------
def test_google_and_microsoft_use_the_policy_with_their_own_settings() -> None:
    assert (GOOGLE_RETRY.attempts, GOOGLE_RETRY.base, GOOGLE_RETRY.cap) == (5, 1.0, 32.0)
    assert GOOGLE_RETRY.jitter == "equal"
    assert (GRAPH_RETRY.attempts, GRAPH_RETRY.base, GRAPH_RETRY.cap) == (6, 1.0, 300.0)
    assert [GRAPH_RETRY.delay(n) for n in range(1, 6)] == [1.0, 2.0, 4.0, 8.0, 16.0]
