"""The Google Calendar API as the connector uses it: google-api-python-client built from its
bundled discovery document (no network at build time), requests retried on 403 rate limits,
429 and 5xx by the shared :class:`~timeaudit.connectors.kit.retry.RetryPolicy` (exponential
back-off with equal jitter, ``Retry-After`` honoured; a server that asks for more than the
longest wait is not waited for), one token refresh on a 401, and every other failure as one
line.

A connection that drops (closed without an answer, reset, refused, timed out) is retried by
the same policy as a 503, for the token request and the API request alike: httplib2 tries a
dropped request only once more by itself. What no wait mends (a certificate that is not
trusted, a name that does not resolve) fails at once. The transport (CA bundle, proxy) is
:mod:`.transport`.
"""

from __future__ import annotations

import functools
import http.client
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

import google.auth.credentials
import httplib2
from google.auth.exceptions import RefreshError, TransportError
from google_auth_httplib2 import AuthorizedHttp, Request
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from timeaudit.connectors.contract import SourceSpec
from timeaudit.connectors.google.auth import (
    API_SETTING,
    SERVICE_ACCOUNT,
    TOKEN_SETTING,
    Endpoint,
    GoogleOptions,
    connect_again,
    refresh_failure,
    unreachable,
)
from timeaudit.connectors.google.transport import GoogleHttp
from timeaudit.connectors.kit.retry import RetryPolicy, retry_after, transient
from timeaudit.errors import ConnectorError

Item = dict[str, Any]  # one event resource as Google sends it
T = TypeVar("T")

PAGE_SIZE = 2500  # events.list's maximum
MAX_PAGES = 10_000
RATE_LIMITED = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
NETWORK_ERRORS = (OSError, httplib2.HttpLib2Error, http.client.HTTPException, TransportError)


#: Five tries, waits from 1 s doubling with equal jitter, none longer than 32 s.
GOOGLE_RETRY = RetryPolicy(attempts=5, base=1.0, cap=32.0, jitter="equal")


# -- errors ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ApiError:
    """The parts of Google's error answer that decide what happens next."""

    status: int
    reason: str
    message: str

    @classmethod
    def of(cls, exc: HttpError) -> ApiError:
        try:
            error = json.loads(exc.content)["error"]
            reasons = [e.get("reason", "") for e in error.get("errors", [])]
            return cls(int(exc.resp.status), reasons[0] if reasons else "", error["message"])
        except (ValueError, KeyError, TypeError, AttributeError, IndexError):
            return cls(int(exc.resp.status), "", str(getattr(exc, "reason", "")))

    @property
    def retryable(self) -> bool:
        return (
            self.status == 429
            or self.status >= 500
            or (self.status == 403 and self.reason in RATE_LIMITED)
        )

    def __str__(self) -> str:
        return f"{self.status} {self.reason}".strip()


def asked_wait(exc: HttpError) -> float | None:
    """The seconds the answer's ``Retry-After`` asks for, if it sent a readable one."""
    headers = exc.resp if isinstance(exc.resp, Mapping) else {}
    return retry_after(headers.get("retry-after"))


class Dropped(Exception):
    """A request that did not get through: to which endpoint, and the transport's error."""

    def __init__(self, target: Endpoint, url: str, error: BaseException) -> None:
        super().__init__(target, url, error)
        self.target, self.url, self.error = target, url, error

    def failure(self, spec: SourceSpec, attempts: int) -> ConnectorError:
        message = unreachable(self.target, self.url, self.error, attempts)
        return ConnectorError(spec.name, message)


# -- the API -----------------------------------------------------------------------------
class GoogleApi:
    """The Calendar API with our retries and errors. Every failure that is not the
    caller's to handle comes out as one ConnectorError line."""

    def __init__(
        self,
        spec: SourceSpec,
        options: GoogleOptions,
        credentials: google.auth.credentials.Credentials,
        retry: RetryPolicy,
        token_url: str,
    ) -> None:
        self.spec, self.options, self.retry = spec, options, retry
        self.credentials, self.token_url = credentials, token_url
        self._http = GoogleHttp(options.ca_bundle)
        authorized = AuthorizedHttp(credentials, http=self._http, max_refresh_attempts=1)
        self.service: Any = build(
            "calendar", "v3", http=authorized, static_discovery=True, cache_discovery=False,
            client_options={"api_endpoint": options.api_endpoint},
        )  # fmt: skip

    def call(self, request: Any) -> dict[str, Any]:
        """Execute ``request``, retrying what Google says is worth retrying and connections
        that dropped. A 410, 404 or refusal is raised as the HttpError for the caller to
        decide; a connection that keeps dropping is one line after the last attempt."""
        for attempt in range(1, self.retry.attempts + 1):
            try:
                self._ensure_token()
                return self._execute(request)
            except HttpError as exc:
                error = ApiError.of(exc)
                if not error.retryable:
                    raise
                self.retry.pause(attempt, self._asked(error, exc, attempt))
            except Dropped as exc:
                if attempt >= self.retry.attempts or not transient(exc.error):
                    raise exc.failure(self.spec, attempt) from exc.error
                self.retry.pause(attempt)
        raise AssertionError("unreachable: the last attempt raises")

    def _asked(self, error: ApiError, exc: HttpError, attempt: int) -> float | None:
        """The wait the server asked for before try ``attempt + 1``; giving up instead
        when the tries are spent or it asks for more than the policy's longest wait."""
        if attempt >= self.retry.attempts:
            raise ConnectorError(
                self.spec.name,
                f"Google Calendar kept answering {error} after {self.retry.attempts} "
                "attempts: try again in a few minutes",
            ) from exc
        asked = asked_wait(exc)
        if asked is not None and asked > self.retry.cap:
            raise ConnectorError(
                self.spec.name,
                f"Google Calendar answered {error} and asks to wait {asked:.0f} s: try again later",
            ) from exc
        return asked

    def _execute(self, request: Any) -> dict[str, Any]:
        send = functools.partial(request.execute, num_retries=0)  # the retries are call()'s
        return cast(dict[str, Any], self._through(API_SETTING, self.options.api_endpoint, send))

    def _ensure_token(self) -> None:
        """Get an access token before the first request, so a token endpoint that cannot be
        reached is named as such."""
        if self.credentials.valid:
            return
        refresh = functools.partial(self.credentials.refresh, Request(self._http))
        self._through(TOKEN_SETTING, self.token_url, refresh)

    def _through(self, target: Endpoint, url: str, send: Callable[[], T]) -> T:
        """``send()``'s answer. A refused token is one line; a transport failure is
        :class:`Dropped`, for :meth:`call` to retry or give up on."""
        try:
            return send()
        except RefreshError as exc:
            raise refresh_failure(self.spec, self.options, exc) from exc
        except NETWORK_ERRORS as exc:
            raise Dropped(target, url, exc) from exc

    def primary_id(self) -> str:
        """The address of the signed-in user's (or the subject's) primary calendar."""
        try:
            entry = self.call(self.service.calendarList().get(calendarId="primary"))
        except HttpError as exc:
            raise api_failure(self.spec, self.options, exc) from exc
        return str(entry["id"])

    def list_events(self, calendar: str, params: Mapping[str, str]) -> Listing:
        """Every page of events.list for ``calendar`` (short and empty pages included)."""
        listing = Listing()
        page_token: str | None = None
        for _ in range(MAX_PAGES):
            extra = {**params, **({"pageToken": page_token} if page_token else {})}
            request = self.service.events().list(
                calendarId=calendar, singleEvents=True, maxResults=PAGE_SIZE, **extra
            )
            page = self.call(request)
            listing.add(page)
            page_token = page.get("nextPageToken")
            if not page_token:
                listing.sync_token = page.get("nextSyncToken")
                return listing
        raise ConnectorError(
            self.spec.name, f"calendar {calendar!r}: Google sent more than {MAX_PAGES} pages"
        )


@dataclass
class Listing:
    items: list[Item] = field(default_factory=list)
    time_zone: str = ""
    sync_token: str | None = None

    def add(self, page: Mapping[str, Any]) -> None:
        self.items += page.get("items") or []
        self.time_zone = self.time_zone or str(page.get("timeZone") or "")


def api_failure(spec: SourceSpec, options: GoogleOptions, exc: HttpError) -> ConnectorError:
    """One line for an answer that stops the whole source."""
    error = ApiError.of(exc)
    if error.status == 401 and options.auth == SERVICE_ACCOUNT:
        text = f"Google did not accept the service account's token ({error}): check its key"
    elif error.status == 401:
        text = f"Google did not accept the sign-in ({error}): {connect_again(spec)} again"
    else:
        text = f"Google Calendar refused the request ({error}): {error.message}"
    return ConnectorError(spec.name, " ".join(text.split()))
