"""The Google connector's resilience against a fake Google on 127.0.0.1, through the real
client library: retries with backoff on rate limits, server errors and dropped connections,
a 401 and the token refresh, the saved token file, revoked and missing sign-ins, endpoints
that cannot be reached, and the guard that keeps every Google test on the loopback address."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.connectors.test_transport import Drop, GoogleFront
from tests.fakes.google_kit import (
    OWNER,
    RealNetwork,
    Sleeps,
    connector,
    dead_url,
    fetch,
    one_offs,
    serving,
    signed_in,
    user_spec,
)
from tests.fakes.google_server import Failure, FakeGoogle
from timeaudit.connectors.google import transport
from timeaudit.connectors.google.connector import GoogleConnector
from timeaudit.errors import ConnectorError


@pytest.fixture
def google(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGoogle]:
    with serving(monkeypatch) as fake:
        yield fake


@pytest.fixture
def work(tmp_path: Path, google: FakeGoogle) -> GoogleConnector:
    """ana@example.com's source "work", signed in with the desktop flow."""
    spec = user_spec(tmp_path)
    signed_in(spec)
    return connector(spec)


# -- retries ----------------------------------------------------------------------------
RETRYABLE = [
    Failure(403, "rateLimitExceeded", "Rate Limit Exceeded"),
    Failure(403, "userRateLimitExceeded", "User Rate Limit Exceeded"),
    Failure(429, "rateLimitExceeded", "Too Many Requests"),
    Failure(500, "backendError", "Backend Error"),
    Failure(503, "backendError", "Service Unavailable"),
]


@pytest.mark.parametrize("failure", RETRYABLE, ids=lambda f: f"{f.status}-{f.reason}")
def test_rate_limits_and_server_errors_are_retried_with_backoff(
    google: FakeGoogle, tmp_path: Path, failure: Failure
) -> None:
    spec = user_spec(tmp_path)
    signed_in(spec)
    google.put(OWNER, *one_offs())
    google.fail(failure, failure)
    sleeps = Sleeps()
    batch = fetch(connector(spec, sleeps))
    assert len(batch.events) == 3
    assert sleeps == [1.0, 2.0]
    assert len(google.api_requests("/events")) == 3


def test_backoff_has_jitter_and_a_maximum(google: FakeGoogle, tmp_path: Path) -> None:
    spec = user_spec(tmp_path)
    signed_in(spec)
    google.fail(*[Failure(503, "backendError")] * 4)
    waits: list[float] = []
    rand = iter([0.0, 1.0, 0.5, 1.0])
    retry = Sleeps().retry(cap=3.0, sleep=waits.append, rand=lambda: next(rand))
    fetch(GoogleConnector(spec, retry=retry))
    assert waits == [0.5, 2.0, 3.0 * 0.75, 3.0]  # half to all of 1, 2, 4 -> 3, 8 -> 3


def test_retry_after_is_honoured(google: FakeGoogle, tmp_path: Path) -> None:
    spec = user_spec(tmp_path)
    signed_in(spec)
    google.fail(Failure(429, "rateLimitExceeded", headers={"Retry-After": "7"}))
    sleeps = Sleeps()
    fetch(connector(spec, sleeps))
    assert sleeps == [7.0]


def test_giving_up_after_the_last_attempt_is_one_line(google: FakeGoogle, tmp_path: Path) -> None:
    spec = user_spec(tmp_path)
    signed_in(spec)
    google.fail(*[Failure(403, "rateLimitExceeded", "Rate Limit Exceeded")] * 5)
    sleeps = Sleeps()
    with pytest.raises(ConnectorError) as caught:
        fetch(connector(spec, sleeps))
    assert str(caught.value) == (
        "work: Google Calendar kept answering 403 rateLimitExceeded after 5 attempts: "
        "try again in a few minutes"
    )
    assert sleeps == [1.0, 2.0, 4.0, 8.0]
    assert len(google.api_requests("/events")) == 5


def test_a_retry_after_beyond_the_maximum_wait_stops_at_once(
    google: FakeGoogle, tmp_path: Path
) -> None:
    spec = user_spec(tmp_path)
    signed_in(spec)
    google.fail(Failure(429, "rateLimitExceeded", headers={"Retry-After": "3600"}))
    sleeps = Sleeps()
    with pytest.raises(ConnectorError) as caught:
        fetch(connector(spec, sleeps))
    assert str(caught.value) == (
        "work: Google Calendar answered 429 rateLimitExceeded and asks to wait 3600 s: "
        "try again later"
    )
    assert sleeps == []


def test_a_refusal_that_is_not_a_rate_limit_is_not_retried(
    google: FakeGoogle, tmp_path: Path
) -> None:
    spec = user_spec(tmp_path)
    signed_in(spec)
    message = "Google Calendar API has not been used in project 1234 before or it is disabled."
    google.fail(Failure(403, "accessNotConfigured", message))
    sleeps = Sleeps()
    with pytest.raises(ConnectorError) as caught:
        fetch(connector(spec, sleeps))
    assert (
        str(caught.value)
        == f"work: Google Calendar refused the request (403 accessNotConfigured): {message}"
    )
    assert sleeps == []


# -- dropped connections (issue 12) -----------------------------------------------------
@pytest.fixture
def front(google: FakeGoogle, monkeypatch: pytest.MonkeyPatch) -> Iterator[GoogleFront]:
    """The fake served by a server that can end requests without an answer."""
    with GoogleFront(google) as served:
        monkeypatch.setenv("TIMEAUDIT_GOOGLE_API_ENDPOINT", served.api_endpoint)
        monkeypatch.setenv("TIMEAUDIT_GOOGLE_TOKEN_URI", served.token_uri)
        yield served


LATER_PAGE = "pageToken="  # in the query of every events.list page after the first


@pytest.mark.parametrize(
    ("drops", "waits"),
    [
        (2, [1.0]),  # httplib2 tries a dropped request once more by itself, then the policy
        (3, [1.0]),
        (4, [1.0, 2.0]),
        (6, [1.0, 2.0, 4.0]),
    ],
)
def test_connections_dropped_in_a_row_on_one_page_are_retried_like_a_503(
    front: GoogleFront, tmp_path: Path, drops: int, waits: list[float]
) -> None:
    spec = user_spec(tmp_path)
    signed_in(spec)
    front.fake.put(OWNER, *one_offs())
    front.fake.page_sizes = [1, 1, 1]  # three pages: the second is dropped
    front.drop(LATER_PAGE, drops)
    sleeps = Sleeps()
    batch = fetch(connector(spec, sleeps))
    assert sorted(e.uid for e in batch.events) == ["e1", "e2", "e3"]
    assert batch.problems == []
    assert len(front.dropped) == drops
    assert sleeps == waits
    pages = front.fake.api_requests("/events")
    assert len(pages) == 3  # each page answered once: the dropped ones were the second's
    second = pages[1].query["pageToken"]
    assert all(dict(parse_qsl(urlsplit(d).query))["pageToken"] == second for d in front.dropped)


@pytest.mark.parametrize("how", ["reset", "silent"])
def test_reset_and_silent_connections_are_retried_too(
    front: GoogleFront, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: Drop
) -> None:
    if how == "silent":  # the client gives up after a second instead of a minute
        monkeypatch.setattr(transport, "HTTP_TIMEOUT", 1.0)
    spec = user_spec(tmp_path)
    signed_in(spec)
    front.fake.put(OWNER, *one_offs())
    front.drop("/events", 2, how)
    sleeps = Sleeps()
    assert len(fetch(connector(spec, sleeps)).events) == 3
    assert len(front.dropped) == 2
    assert sleeps == [1.0, 2.0]  # no try of httplib2's own for these: two of the policy's


def test_a_token_request_that_drops_is_retried(front: GoogleFront, tmp_path: Path) -> None:
    spec = user_spec(tmp_path)
    signed_in(spec)
    front.fake.put(OWNER, *one_offs())
    front.drop("/token", 3)
    sleeps = Sleeps()
    assert len(fetch(connector(spec, sleeps)).events) == 3
    assert sleeps == [1.0] and len(front.dropped) == 3
    assert [r.form["grant_type"] for r in front.fake.token_requests()] == ["refresh_token"]


def test_a_connection_that_keeps_dropping_is_one_line_after_the_last_attempt(
    front: GoogleFront, tmp_path: Path
) -> None:
    spec = user_spec(tmp_path)
    signed_in(spec)
    front.drop("/events", 100)
    sleeps = Sleeps()
    with pytest.raises(ConnectorError) as caught:
        fetch(connector(spec, sleeps))
    assert str(caught.value) == (
        f"work: cannot reach Google Calendar at {front.api_endpoint} after 5 attempts: "
        "remote end closed connection without response (check the network, or the "
        "api_endpoint setting and TIMEAUDIT_GOOGLE_API_ENDPOINT)"
    )
    assert sleeps == [1.0, 2.0, 4.0, 8.0]  # the policy's five attempts, its back-off
    assert len(front.dropped) == 5 * 2  # and httplib2's one more try inside each


# -- 401 and the saved token -----------------------------------------------------------
def test_a_401_refreshes_the_token_once_and_retries(
    google: FakeGoogle, work: GoogleConnector, tmp_path: Path
) -> None:
    google.put(OWNER, *one_offs())
    fetch(work)  # signs in silently and saves the access token
    saved = json.loads((tmp_path / "home/tokens/google-work.json").read_text())
    google.expire_access_tokens()
    refreshes = len(google.token_requests())

    batch = fetch(work)

    assert len(batch.events) == 3
    assert len(google.token_requests()) == refreshes + 1
    first, second = google.api_requests("/events")[-2:]
    assert first.headers["authorization"] == f"Bearer {saved['token']}"
    assert second.headers["authorization"] != first.headers["authorization"]


def test_a_second_401_after_refreshing_is_one_line(
    google: FakeGoogle, work: GoogleConnector
) -> None:
    fetch(work)
    google.fail(
        Failure(401, "authError", "Invalid Credentials"),
        Failure(401, "authError", "Invalid Credentials"),
    )
    refreshes = len(google.token_requests())
    with pytest.raises(ConnectorError) as caught:
        fetch(work)
    assert str(caught.value) == (
        "work: Google did not accept the sign-in (401 authError): "
        "run `timeaudit connect work` again"
    )
    assert len(google.token_requests()) == refreshes + 1


def test_refreshed_tokens_are_saved_and_reused_silently(
    google: FakeGoogle, work: GoogleConnector, tmp_path: Path
) -> None:
    path = tmp_path / "home/tokens/google-work.json"
    fetch(work)
    saved = json.loads(path.read_text())
    assert saved["token"].startswith("access-") and saved["refresh_token"] == "refresh-ana"
    assert path.stat().st_mode & 0o777 == 0o600
    requests = len(google.token_requests())
    fetch(work)
    assert len(google.token_requests()) == requests  # the saved access token was still good
    assert google.token_requests()[0].form == {
        "grant_type": "refresh_token",
        "client_id": "123456789012-timeaudittest.apps.googleusercontent.com",
        "client_secret": "GOCSPX-not-a-real-secret",
        "refresh_token": "refresh-ana",
        "scope": "https://www.googleapis.com/auth/calendar.readonly",
    }


def test_a_revoked_refresh_token_says_to_connect_again(
    google: FakeGoogle, work: GoogleConnector
) -> None:
    google.revoke(OWNER)
    with pytest.raises(ConnectorError) as caught:
        fetch(work)
    assert str(caught.value) == (
        "work: Google sign-in has expired or was revoked: run `timeaudit connect work` again"
    )


def test_a_revoked_token_found_on_a_401_says_the_same(
    google: FakeGoogle, work: GoogleConnector
) -> None:
    fetch(work)
    google.expire_access_tokens()
    google.revoke(OWNER)
    with pytest.raises(ConnectorError, match=r"^work: Google sign-in has expired or was revoked"):
        fetch(work)


def test_not_signed_in_says_how_to(google: FakeGoogle, tmp_path: Path) -> None:
    with pytest.raises(ConnectorError) as caught:
        fetch(connector(user_spec(tmp_path)))
    assert str(caught.value) == "work: not signed in to Google: run `timeaudit connect work`"


def test_a_damaged_token_file_says_to_sign_in_again(google: FakeGoogle, tmp_path: Path) -> None:
    spec = user_spec(tmp_path)
    path = signed_in(spec)
    path.write_text("{not json")
    with pytest.raises(ConnectorError) as caught:
        fetch(connector(spec))
    assert str(caught.value) == (
        f"work: {path}: token file is damaged: run `timeaudit connect work` to sign in again"
    )


def test_a_token_file_others_can_read_is_refused(google: FakeGoogle, tmp_path: Path) -> None:
    spec = user_spec(tmp_path)
    path = signed_in(spec)
    path.chmod(0o644)
    with pytest.raises(ConnectorError) as caught:
        fetch(connector(spec))
    assert str(caught.value) == (
        f"work: {path}: token file is readable by other users (mode 644); "
        f"run `chmod 600 {path}` or delete it and sign in again"
    )


# -- endpoints ---------------------------------------------------------------------------
def test_an_unreachable_api_endpoint_is_one_line(
    google: FakeGoogle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead = dead_url()
    monkeypatch.setenv("TIMEAUDIT_GOOGLE_API_ENDPOINT", dead + "/calendar/v3")
    spec = user_spec(tmp_path)
    signed_in(spec)
    with pytest.raises(ConnectorError) as caught:
        fetch(connector(spec))
    assert str(caught.value) == (
        f"work: cannot reach Google Calendar at {dead}/calendar/v3/ after 5 attempts: "
        "connection refused (check the network, or the api_endpoint setting and "
        "TIMEAUDIT_GOOGLE_API_ENDPOINT)"
    )


def test_an_unreachable_token_endpoint_is_one_line(
    google: FakeGoogle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead = dead_url()
    monkeypatch.setenv("TIMEAUDIT_GOOGLE_TOKEN_URI", dead + "/token")
    spec = user_spec(tmp_path)
    signed_in(spec)
    sleeps = Sleeps()
    with pytest.raises(ConnectorError) as caught:
        fetch(connector(spec, sleeps))
    assert str(caught.value) == (
        f"work: cannot reach Google's token endpoint at {dead}/token after 5 attempts: "
        "connection refused (check the network, or the token_uri setting and "
        "TIMEAUDIT_GOOGLE_TOKEN_URI)"
    )
    assert sleeps == [1.0, 2.0, 4.0, 8.0]  # refused like a 503: maybe a restart


def test_endpoints_come_from_config_and_the_environment_wins(
    google: FakeGoogle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead = dead_url()
    spec = user_spec(tmp_path, api_endpoint=dead + "/calendar/v3/", token_uri=dead + "/token")
    signed_in(spec)
    assert fetch(connector(spec)).problems == []  # the environment points at the fake
    monkeypatch.delenv("TIMEAUDIT_GOOGLE_API_ENDPOINT")
    monkeypatch.delenv("TIMEAUDIT_GOOGLE_TOKEN_URI")
    spec = user_spec(tmp_path, api_endpoint=google.api_endpoint, token_uri=google.token_uri)
    assert fetch(connector(spec)).problems == []  # config alone


def test_nothing_leaves_the_loopback_address(google: FakeGoogle, tmp_path: Path) -> None:
    """The guard every Google test runs under: the client is built from its bundled
    discovery document, so the real Google would never be asked for it."""
    spec = user_spec(tmp_path, api_endpoint="https://www.googleapis.com/calendar/v3/")
    signed_in(spec)
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("TIMEAUDIT_GOOGLE_API_ENDPOINT")
        with pytest.raises(RealNetwork, match=r"www\.googleapis\.com"):
            fetch(connector(spec))
    assert len(google.token_requests()) == 1  # the token came from the fake
