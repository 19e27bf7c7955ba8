"""The one retry policy both account connectors use (:mod:`timeaudit.connectors.kit.retry`):
reading Retry-After in both of its forms, the exponential back-off, its cap and its jitter,
and which transport failures are worth another try (as each real client raises them, against
a server on 127.0.0.1 that drops connections). Nothing here sleeps: the policy's ``sleep``
and ``rand`` are passed in."""

from __future__ import annotations

import random
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from http.client import IncompleteRead, RemoteDisconnected

import pytest
import requests
import trustme
from google.auth.exceptions import TransportError
from urllib3 import HTTPConnectionPool
from urllib3.exceptions import MaxRetryError, ProtocolError, SSLError

from tests.connectors.test_transport import Drop, GoogleFront
from tests.fakes.google_kit import OWNER, loopback_only
from tests.fakes.google_server import FakeGoogle
from timeaudit.connectors.google.api import GOOGLE_RETRY
from timeaudit.connectors.google.transport import GoogleHttp
from timeaudit.connectors.kit.retry import Jitter, RetryPolicy, causes, retry_after, transient
from timeaudit.connectors.kit.tls import untrusted
from timeaudit.connectors.microsoft import auth as microsoft_auth
from timeaudit.connectors.microsoft.api import GRAPH_RETRY, Graph

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


# -- which transport failures are worth another try ------------------------------------------
def _chain(outer: BaseException, inner: BaseException) -> BaseException:
    outer.__cause__ = inner
    return outer


def _untrusted() -> ssl.SSLCertVerificationError:
    error = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] ...")
    error.verify_message = "unable to get local issuer certificate"
    return error


DROPPED = RemoteDisconnected("Remote end closed connection without response")
POOL = HTTPConnectionPool("127.0.0.1", 9)  # names where a wrapped failure happened; no I/O


def _transport_error(*args: object) -> TransportError:
    return TransportError(*args)  # type: ignore[no-untyped-call]  # untyped library


@pytest.mark.parametrize(
    "failure",
    [
        DROPPED,
        ConnectionResetError(104, "Connection reset by peer"),
        ConnectionRefusedError(111, "Connection refused"),
        ConnectionAbortedError(103, "Software caused connection abort"),
        BrokenPipeError(32, "Broken pipe"),
        TimeoutError("timed out"),
        IncompleteRead(b"{", 10),
        ssl.SSLEOFError(8, "EOF occurred in violation of protocol"),
        _transport_error(DROPPED),  # google-auth's wrapping
        _chain(_transport_error("refresh failed"), ConnectionResetError(104, "reset")),
        requests.ConnectionError(ProtocolError("Connection aborted.", DROPPED)),
        requests.ConnectionError(MaxRetryError(POOL, "/", reason=TimeoutError("timed out"))),
    ],
    ids=repr,
)
def test_dropped_reset_refused_and_timed_out_connections_are_transient(
    failure: BaseException,
) -> None:
    assert transient(failure)


@pytest.mark.parametrize(
    "failure",
    [
        _untrusted(),
        requests.exceptions.SSLError(MaxRetryError(POOL, "/", reason=SSLError(_untrusted()))),
        _chain(ConnectionResetError(104, "reset"), _untrusted()),  # TLS anywhere: lasting
        ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number"),
        socket.gaierror(-2, "Name or service not known"),
        requests.ConnectionError(MaxRetryError(POOL, "/", reason=socket.gaierror(-2, "x"))),
        OSError("Tunnel connection failed: 407 Proxy Authentication Required"),
        ValueError("not a transport failure at all"),
    ],
    ids=repr,
)
def test_what_no_wait_mends_is_not_transient(failure: BaseException) -> None:
    assert not transient(failure)


def test_a_chain_that_loops_is_walked_once() -> None:
    first, second = ConnectionResetError("a"), OSError("b")
    first.__context__, second.__context__ = second, first
    assert transient(second) and list(causes(second)) == [second, first]


# -- the same, as each real client raises it ----------------------------------------------------
Send = Callable[[str], object]


def _with_requests(url: str) -> object:
    with requests.Session() as http:
        http.trust_env = False
        return http.get(url, timeout=(2.0, 0.3))


def _with_httplib2(url: str) -> object:
    return GoogleHttp(None, timeout=0.3).request(url)


@pytest.fixture
def front(monkeypatch: pytest.MonkeyPatch) -> Iterator[GoogleFront]:
    loopback_only(monkeypatch)
    fake = FakeGoogle()
    fake.access_tokens["token"] = OWNER
    fake.add_calendar(OWNER)
    with GoogleFront(fake) as served:
        yield served


CLIENTS = {"requests": _with_requests, "httplib2": _with_httplib2}


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("how", ["close", "reset", "silent"])
def test_real_dropped_connections_are_transient(front: GoogleFront, client: str, how: Drop) -> None:
    front.drop("/", 10, how)
    with pytest.raises(Exception) as caught:
        CLIENTS[client](front.url + "/calendar/v3/users/me/calendarList")
    assert transient(caught.value), repr(caught.value)


@pytest.mark.parametrize("client", CLIENTS)
def test_a_real_refused_connection_is_transient(client: str) -> None:
    with socket.socket() as sock:  # a port where nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(Exception) as caught:
        CLIENTS[client](f"http://127.0.0.1:{port}/")
    assert transient(caught.value), repr(caught.value)


@pytest.mark.parametrize("client", CLIENTS)
def test_a_real_untrusted_certificate_is_not(front: GoogleFront, client: str) -> None:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(context)
    with GoogleFront(front.fake, context) as tls, pytest.raises(Exception) as caught:
        CLIENTS[client](tls.url + "/")
    assert not transient(caught.value), repr(caught.value)
    assert untrusted(caught.value) == (
        "certificate verify failed: unable to get local issuer certificate"
    )


# -- Microsoft's Graph.get retries the same failures, bounded ------------------------------------
def _graph(sleeps: list[float]) -> Graph:
    session = requests.Session()
    session.trust_env = False
    return Graph(session, lambda: "token", replace(GRAPH_RETRY, sleep=sleeps.append), OWNER, 10)


@pytest.mark.parametrize("how", ["close", "reset", "silent"])
def test_graph_retries_a_dropped_connection_like_a_503(
    front: GoogleFront, how: Drop, monkeypatch: pytest.MonkeyPatch
) -> None:
    if how == "silent":  # give up reading after a second instead of a minute
        monkeypatch.setattr(microsoft_auth, "TIMEOUT", (2.0, 1.0))
    front.drop("/calendarList", 2, how)
    sleeps: list[float] = []
    answer = _graph(sleeps).get(front.url + "/calendar/v3/users/me/calendarList")
    assert [c["id"] for c in answer["items"]] == [OWNER]
    assert sleeps == [1.0, 2.0] and len(front.dropped) == 2


def test_graph_gives_up_after_its_attempts(front: GoogleFront) -> None:
    front.drop("/calendarList", 100)
    sleeps: list[float] = []
    with pytest.raises(requests.ConnectionError):
        _graph(sleeps).get(front.url + "/calendar/v3/users/me/calendarList")
    assert sleeps == [1.0, 2.0, 4.0, 8.0, 16.0]
    assert len(front.dropped) == GRAPH_RETRY.attempts == 6
