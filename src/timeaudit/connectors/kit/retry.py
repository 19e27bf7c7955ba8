"""One retry policy for the account connectors: how many tries, how long to wait between
them, and how a server's ``Retry-After`` is read.

Google and Microsoft used to carry a back-off each, and they had drifted apart (only one
read the HTTP-date form of ``Retry-After``, only one had jitter). Now each connector keeps
only what is its own: *which* answers are worth another try, and what to say when the tries
run out. The waits all come from here, and every wait goes through the policy's ``sleep``,
so a test passes its own and never sleeps.

A dropped connection is worth another try just as a 503 is: :func:`transient` tells the
transport failures that are (the connection was reset, closed without an answer, refused, or
timed out) from those that no wait can mend (a certificate that is not trusted, a name that
does not resolve, a proxy that refuses the tunnel).
"""

from __future__ import annotations

import http.client
import math
import random
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal

Jitter = Literal["none", "equal", "full"]
"""How a wait is spread so that clients throttled together do not come back together:
``full`` anywhere from 0 to the exponential wait, ``equal`` from half of it to all of it,
``none`` exactly it."""


@dataclass(frozen=True)
class RetryPolicy:
    """At most ``attempts`` tries; after the n-th failed one, wait ``base * 2**(n-1)``
    seconds spread by ``jitter``, and never longer than ``cap``, whether the wait grew there
    or the server asked for more. ``sleep`` and ``rand`` (uniform in [0, 1)) are seams."""

    attempts: int = 5
    base: float = 1.0
    cap: float = 32.0
    jitter: Jitter = "equal"
    sleep: Callable[[float], None] = time.sleep
    rand: Callable[[], float] = random.random

    def delay(self, attempt: int) -> float:
        """The back-off after failed try number ``attempt`` (counted from 1)."""
        ceiling = min(self.cap, self.base * 2.0 ** (attempt - 1))
        if self.jitter == "full":
            return ceiling * self.rand()
        if self.jitter == "equal":
            return ceiling * (0.5 + 0.5 * self.rand())
        return ceiling

    def wait(self, attempt: int, asked: float | None = None) -> float:
        """What the server ``asked`` for (its ``Retry-After`` in seconds), capped, or the
        back-off when it asked for nothing."""
        return self.delay(attempt) if asked is None else min(asked, self.cap)

    def pause(self, attempt: int, asked: float | None = None) -> None:
        """Wait as :meth:`wait` says, through ``sleep``."""
        self.sleep(self.wait(attempt, asked))


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """A ``Retry-After`` header in seconds from ``now``: delta-seconds or an HTTP date (a
    date in the past is 0). None when there is no header or it is neither form, so the
    caller backs off instead of trusting a value it cannot read."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; a zone-less one is read as such
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


#: Failures of the connection itself that a later try may not meet. ``ConnectionError`` is
#: the built-in one: reset (``RemoteDisconnected`` too), aborted, refused, broken pipe.
_TRANSIENT: tuple[type[BaseException], ...] = (
    ConnectionError,
    TimeoutError,  # socket.timeout
    http.client.IncompleteRead,  # the answer was cut off midway
    ssl.SSLEOFError,  # the connection closed during the TLS handshake
    ssl.SSLZeroReturnError,
)
#: Failures no wait mends, whatever else the chain holds: TLS (an untrusted certificate, a
#: handshake the server refuses) and names that do not resolve.
_LASTING: tuple[type[BaseException], ...] = (ssl.SSLError, ssl.CertificateError, socket.gaierror)


def _lasting(exc: BaseException) -> bool:
    closed = isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError)
    return isinstance(exc, _LASTING) and not closed


def causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and every exception it wraps: its cause and context, exceptions among its
    arguments (google-auth, requests and urllib3 wrap that way) and urllib3's ``reason``."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        inner = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        inner += list(current.args)
        todo += [e for e in inner if isinstance(e, BaseException)]


def transient(exc: BaseException) -> bool:
    """Whether a transport failure is worth another try, as a 503 is: somewhere in its chain
    the connection was reset, dropped without an answer, refused or timed out, and nothing
    in it is a TLS failure or a name that does not resolve."""
    chain = list(causes(exc))
    if any(_lasting(e) for e in chain):
        return False
    return any(isinstance(e, _TRANSIENT) for e in chain)
