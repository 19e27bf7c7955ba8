"""Microsoft Graph over HTTP as the connector uses it: GET with a fresh token and the
``Prefer`` headers, paging by ``@odata.nextLink``, bounded retries, Outlook's limit of
concurrent requests per mailbox, and every failure as one line.

**Retries** follow the shared :class:`~timeaudit.connectors.kit.retry.RetryPolicy`
(:data:`GRAPH_RETRY`): 429 and 503 wait as ``Retry-After`` says (seconds or an HTTP date,
capped); those without it, 502, 504 and connections that dropped (reset, closed without an
answer, refused, timed out: :func:`~timeaudit.connectors.kit.retry.transient`, token requests
included) back off 1, 2, 4... seconds, without jitter; at most six tries each. A certificate
that is not trusted or a name that does not resolve fails at once: no wait mends it. One sync
sends its requests one after another; a per-mailbox semaphore keeps any threads that share a
mailbox within Outlook's 4 concurrent requests.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import requests

from timeaudit.connectors.kit.retry import RetryPolicy, retry_after, transient
from timeaudit.connectors.microsoft import auth

#: Six tries; back-off 1, 2, 4, 8, 16 s (no jitter); no single wait above 300 s, whatever
#: Retry-After says.
GRAPH_RETRY = RetryPolicy(attempts=6, base=1.0, cap=300.0, jitter="none")
CONCURRENT = 4  # Outlook's limit of concurrent requests per mailbox
RETRY_AFTER = frozenset({429, 503})  # throttled: the answer says how long to wait
BACK_OFF = frozenset({502, 504})  # a gateway failed: wait and try again
_EXPIRED_DELTA = frozenset({"syncstatenotfound", "syncstateinvalid", "resyncrequired"})

Item = dict[str, Any]  # one event as Graph sends it


class GraphError(Exception):
    """An answer from Graph that is not data: ``status``, Graph's error ``code``, text."""

    def __init__(self, status: int, code: str, message: str) -> None:
        self.status, self.code, self.message = status, code, message
        super().__init__(f"{status} {code}: {message}")

    @property
    def delta_expired(self) -> bool:
        return self.status == 410 or self.code.lower() in _EXPIRED_DELTA


_SEMAPHORES: dict[str, threading.BoundedSemaphore] = {}
_SEMAPHORES_LOCK = threading.Lock()


def mailbox_semaphore(mailbox: str) -> threading.BoundedSemaphore:
    """The one semaphore every request for this mailbox goes through, across threads."""
    with _SEMAPHORES_LOCK:
        return _SEMAPHORES.setdefault(mailbox.lower(), threading.BoundedSemaphore(CONCURRENT))


class Graph:
    """GET with a fresh token, the ``Prefer`` headers, the retry policy and the mailbox's
    concurrency limit. The policy's ``sleep`` is the only way it waits (tests pass their
    own)."""

    def __init__(
        self,
        session: requests.Session,
        token: Callable[[], str],
        retry: RetryPolicy,
        mailbox: str,
        page_size: int,
    ) -> None:
        self.session = session
        self.token = token
        self.retry = retry
        self.semaphore = mailbox_semaphore(mailbox)
        self.prefer = f'outlook.timezone="UTC", odata.maxpagesize={page_size}'

    def get(self, url: str, params: Mapping[str, str] | None = None) -> dict[str, Any]:
        """One answer as JSON; throttling, gateway failures and dropped connections are
        retried, and what is left after the last try is raised."""
        for attempt in range(1, self.retry.attempts + 1):
            last = attempt == self.retry.attempts
            try:
                response = self._send(url, params)
            except (requests.ConnectionError, requests.Timeout) as exc:
                if not transient(exc):
                    raise
                if last:
                    raise GaveUp(attempt, exc) from exc
                self.retry.pause(attempt)
                continue
            if last or response.status_code not in RETRY_AFTER | BACK_OFF:
                return _json(response)
            self.retry.pause(attempt, _asked(response))
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _send(self, url: str, params: Mapping[str, str] | None) -> requests.Response:
        headers = {
            "Authorization": f"Bearer {self.token()}",
            "Prefer": self.prefer,
            "Accept": "application/json",
        }
        with self.semaphore:
            return self.session.get(url, params=params, headers=headers, timeout=auth.TIMEOUT)

    def collect(self, url: str, params: Mapping[str, str] | None = None) -> tuple[list[Item], str]:
        """Every item of a paged answer, and the ``@odata.deltaLink`` that ends it (or "")."""
        items: list[Item] = []
        page = self.get(url, params)
        items += page.get("value", [])
        while next_link := page.get("@odata.nextLink"):
            page = self.get(str(next_link))
            items += page.get("value", [])
        return items, str(page.get("@odata.deltaLink") or "")


def _asked(response: requests.Response) -> float | None:
    """The wait a throttled answer asks for; Graph's ``Retry-After`` on a gateway failure
    is not a promise, so those back off instead."""
    if response.status_code not in RETRY_AFTER:
        return None
    return retry_after(response.headers.get("Retry-After"))


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if response.ok and isinstance(body, dict):
        return body
    error = body.get("error", {}) if isinstance(body, dict) else {}
    error = error if isinstance(error, dict) else {}
    text = str(error.get("message") or response.reason or "no answer")
    raise GraphError(response.status_code, str(error.get("code") or ""), text.splitlines()[0])


def graph_message(exc: GraphError, s: auth.Settings) -> str:
    """One line for a Graph error, saying what to do."""
    if exc.status == 403:
        if s.auth == auth.CLIENT_CREDENTIALS:
            return (
                f"Graph refused to read the calendar of {s.mailbox} (403 {exc.code}): give app "
                f"{s.client_id} the application permission Calendars.Read with admin consent, "
                "and include the mailbox in any application access policy"
            )
        return (
            f"Graph refused to read your calendar (403 {exc.code}): consent to Calendars.Read "
            f"is missing; run `timeaudit connect {s.source}` again"
        )
    if exc.status == 401:
        fix = (
            f"run `timeaudit connect {s.source}`"
            if s.auth == auth.DEVICE
            else "check tenant, client_id and the app's credentials"
        )
        return f"Graph did not accept the sign-in (401 {exc.code}): {fix}"
    if exc.status == 404:
        return (
            f"Graph found no calendar for {s.mailbox} (404 {exc.code}): check mailbox, and "
            "that it is an Exchange Online mailbox"
        )
    if exc.status in RETRY_AFTER | BACK_OFF:
        tries = GRAPH_RETRY.attempts
        return f"Graph is busy ({exc.status} after {tries} tries): sync again in a few minutes"
    return f"Graph answered {exc.status} {exc.code}: {exc.message}"


class _Session(requests.Session):
    """A session whose requests time out (MSAL sends its own without a timeout) and trust
    the session's ``verify`` (the CA bundle, set by :func:`auth.build_app`): passed with each
    request, so ``REQUESTS_CA_BUNDLE`` does not override it. Proxies come from the
    environment, as requests reads them."""

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", auth.TIMEOUT)
        kwargs.setdefault("verify", self.verify)
        return super().request(method, url, *args, **kwargs)


@contextmanager
def opened(session: requests.Session | None) -> Iterator[requests.Session]:
    """The given session, or one of this run's own, closed at its end."""
    if session is not None:
        yield session
        return
    with _Session() as own:
        yield own


class GaveUp(requests.ConnectionError):
    """A dropped connection that was still dropping after every attempt the policy allows:
    the message says how many, so a reader knows it was not a one-off."""

    def __init__(self, attempts: int, last: requests.RequestException) -> None:
        super().__init__(f"{type(last).__name__} after {attempts} attempts", request=last.request)
        self.attempts = attempts
        self.last = last


def url_of(exc: requests.RequestException) -> str:
    """The address a failed request went to, or "" when the exception does not say."""
    request = exc.request
    return str(request.url) if request is not None and request.url else ""
