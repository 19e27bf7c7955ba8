"""The OAuth side of the fake Google: the consent page (``/auth``) and the token endpoint
(``/token``) with the ``authorization_code`` grant (checking PKCE), ``refresh_token`` and
service accounts' ``jwt-bearer`` grant. The assertion's RS256 signature is verified with
the service account's public key and its ``sub`` checked against the subjects domain-wide
delegation allows; its ``aud`` is not checked (google-auth always sends Google's URL).
:class:`~tests.fakes.google_server.FakeGoogle` adds the Calendar API on top."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SCOPE = "https://www.googleapis.com/auth/calendar.readonly"
JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
UNAUTHORIZED = (
    "Client is unauthorized to retrieve access tokens using this method, or client not "
    "authorized for any of the scopes requested."
)
Json = dict[str, Any]
Answer = tuple[int, dict[str, str], bytes]


@dataclass(frozen=True)
class Recorded:
    """One request as the server saw it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    form: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Failure:
    """An error answer queued for the next API request whose path contains ``path`` (or,
    in :attr:`FakeGoogle.token_failures`, for the next token request)."""

    status: int
    reason: str = ""
    message: str = "scripted failure"
    headers: dict[str, str] = field(default_factory=dict)
    path: str = ""


@dataclass(frozen=True)
class ServiceAccount:
    client_email: str
    public_key: rsa.RSAPublicKey
    subjects: frozenset[str]  # whom domain-wide delegation lets it act for


@dataclass(frozen=True)
class Client:
    client_id: str
    client_secret: str


class FakeOAuth:
    """Who may sign in, and how: OAuth clients, users' refresh tokens, service accounts."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.clients: dict[str, Client] = {}
        self.service_accounts: dict[str, ServiceAccount] = {}
        self.refresh_tokens: dict[str, str] = {}  # refresh token -> user
        self.access_tokens: dict[str, str] = {}  # access token -> user
        self.requests: list[Recorded] = []
        self.assertions: list[Json] = []  # claims of every jwt-bearer assertion received
        self.browser_user = ""  # who signs in on the consent page
        self.deny_consent = False
        self.granted_scope = SCOPE
        self.token_failures: list[Failure] = []  # answers for the next token requests
        self._serials: dict[str, Iterator[int]] = {}
        self._codes: dict[str, Json] = {}

    def add_client(self, client_id: str, client_secret: str) -> None:
        self.clients[client_id] = Client(client_id, client_secret)

    def add_user_token(self, user: str, refresh_token: str) -> None:
        self.refresh_tokens[refresh_token] = user

    def add_service_account(self, key: Json, subjects: set[str]) -> None:
        public = private_key(key["private_key"]).public_key()
        self.service_accounts[key["client_email"]] = ServiceAccount(
            key["client_email"], public, frozenset(subjects)
        )

    def expire_access_tokens(self) -> None:
        with self.lock:
            self.access_tokens.clear()

    def revoke(self, user: str) -> None:
        with self.lock:
            for token in [t for t, u in self.refresh_tokens.items() if u == user]:
                del self.refresh_tokens[token]

    def token_requests(self) -> list[Recorded]:
        return [r for r in self.requests if r.path == "/token"]

    def user_of(self, authorization: str) -> str | None:
        """Whose access token an ``Authorization: Bearer`` header carries."""
        return self.access_tokens.get(authorization.removeprefix("Bearer "))

    def _new(self, kind: str) -> str:
        """A fresh token: sync-1, sync-2, ... (each kind counts on its own)."""
        return f"{kind}-{next(self._serials.setdefault(kind, itertools.count(1)))}"

    def _authorize(self, query: dict[str, str]) -> Answer:
        """The consent page: the user (``browser_user``) agrees, or not, and is sent back
        to the loopback address with a code."""
        redirect = query.get("redirect_uri", "")
        if query.get("client_id") not in self.clients or not redirect.startswith(
            "http://127.0.0.1:"
        ):
            return json_answer(400, {"error": "invalid_request"})
        if self.deny_consent:
            back = {"error": "access_denied", "state": query.get("state", "")}
        else:
            code = self._new("code")
            self._codes[code] = {**query, "user": self.browser_user}
            back = {"code": code, "state": query.get("state", ""), "scope": self.granted_scope}
        return 302, {"Location": f"{redirect}?{urlencode(back)}"}, b""

    def _token(self, request: Recorded) -> Answer:
        if self.token_failures:
            failure = self.token_failures.pop(0)
            return oauth_error(failure.status, failure.reason, failure.message)
        form = request.form
        grant = form.get("grant_type")
        if grant == "refresh_token":
            return self._refresh(request)
        if grant == "authorization_code":
            return self._exchange_code(request)
        if grant == JWT_BEARER:
            return self._jwt_bearer(form.get("assertion", ""))
        return json_answer(400, {"error": "unsupported_grant_type"})

    def _client_ok(self, request: Recorded) -> bool:
        client_id, secret = request.form.get("client_id"), request.form.get("client_secret")
        basic = request.headers.get("authorization", "")
        if basic.startswith("Basic "):
            client_id, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
        client = self.clients.get(client_id or "")
        return client is not None and client.client_secret == secret

    def _refresh(self, request: Recorded) -> Answer:
        if not self._client_ok(request):
            return oauth_error(401, "invalid_client", "Unauthorized")
        user = self.refresh_tokens.get(request.form.get("refresh_token", ""))
        if user is None:
            return oauth_error(400, "invalid_grant", "Token has been expired or revoked.")
        return json_answer(200, self._issue(user))

    def _exchange_code(self, request: Recorded) -> Answer:
        form = request.form
        asked = self._codes.pop(form.get("code", ""), None)
        if asked is None or not self._client_ok(request):
            return oauth_error(400, "invalid_grant", "Malformed auth code.")
        verifier = form.get("code_verifier", "")
        challenge = _b64(hashlib.sha256(verifier.encode()).digest())
        if form.get("redirect_uri") != asked["redirect_uri"] or challenge != asked.get(
            "code_challenge"
        ):
            return oauth_error(400, "invalid_grant", "Bad request.")
        refresh = self._new("refresh")
        self.refresh_tokens[refresh] = asked["user"]
        return json_answer(200, {**self._issue(asked["user"]), "refresh_token": refresh})

    def _jwt_bearer(self, assertion: str) -> Answer:
        try:
            head, body, signature = assertion.split(".")
            claims = json.loads(_unb64(body))
            account = self.service_accounts[claims["iss"]]
            account.public_key.verify(
                _unb64(signature), f"{head}.{body}".encode(), padding.PKCS1v15(), hashes.SHA256()
            )
        except (ValueError, KeyError, InvalidSignature):
            return oauth_error(400, "invalid_grant", "Invalid JWT Signature.")
        self.assertions.append(claims)
        if (
            claims.get("sub") not in account.subjects
            or SCOPE not in claims.get("scope", "").split()
        ):
            return oauth_error(401, "unauthorized_client", UNAUTHORIZED)
        return json_answer(200, self._issue(claims["sub"]))

    def _issue(self, user: str) -> Json:
        token = self._new("access")
        self.access_tokens[token] = user
        return {
            "access_token": token,
            "expires_in": 3599,
            "token_type": "Bearer",
            "scope": self.granted_scope,
        }


# -- answers -------------------------------------------------------------------------------
def oauth_error(status: int, error: str, description: str) -> Answer:
    return json_answer(status, {"error": error, "error_description": description})


def json_answer(status: int, body: Json, headers: dict[str, str] | None = None) -> Answer:
    return (
        status,
        {"Content-Type": "application/json; charset=UTF-8", **(headers or {})},
        (json.dumps(body).encode()),
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def private_key(pem: str) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key
