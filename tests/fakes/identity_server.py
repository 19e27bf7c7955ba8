"""A fake Microsoft identity platform (Entra ID) over TLS on 127.0.0.1, for real MSAL.

MSAL insists on https, so the server's certificate comes from a trustme CA the test trusts
(pass ``requests.Session`` with ``verify=`` the CA file and ``trust_env=False``). It answers:

* ``GET /{tenant}/v2.0/.well-known/openid-configuration`` (an unknown tenant: AADSTS90002);
* ``POST /{tenant}/oauth2/v2.0/devicecode``, then the token endpoint answers
  ``authorization_pending`` ``pending`` times before it issues tokens;
* ``POST /{tenant}/oauth2/v2.0/token`` for the device code, a refresh token, and client
  credentials by secret (``secrets``) or by certificate (``certificates``: the client
  assertion's signature and ``x5t#S256`` are checked).

``token_replies`` scripts the token endpoint's next answers (an error with its AADSTS code,
say: :func:`aadsts`); ``requests`` records every form posted.
"""

from __future__ import annotations

import base64
import hashlib
import json
import ssl
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl

import jwt
import trustme
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding

from tests.fakes.graph_server import Answer, FakeServer

TENANT = "contoso.example"
TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad"
CLIENT_ID = "11111111-2222-3333-4444-555555555555"
USERNAME = "owner@example.com"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
DEVICE_MESSAGE = (
    "To sign in, use a web browser to open the page https://microsoft.com/devicelogin "
    "and enter the code FAKE-CODE to authenticate."
)


@dataclass(frozen=True)
class Posted:
    path: str
    form: dict[str, str]

    @property
    def grant(self) -> str:
        return self.form.get("grant_type", "")


def aadsts(status: int, error: str, code: int, text: str) -> tuple[int, dict[str, Any]]:
    """An Entra error answer as the token endpoint writes it."""
    description = f"AADSTS{code}: {text}\r\nTrace ID: 0000\r\nCorrelation ID: 0000"
    body = {"error": error, "error_description": description, "error_codes": [code]}
    return status, body


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


class IdentityServer(FakeServer):
    def __init__(self, ca: trustme.CA, tenant: str = TENANT) -> None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
        super().__init__(context)
        self.tenant = tenant
        self.secrets: dict[str, str] = {}
        self.certificates: dict[str, bytes] = {}  # client id -> certificate PEM
        self.pending = 0
        self.lifetime = 3600
        self.token_replies: deque[tuple[int, dict[str, Any]]] = deque()
        self.requests: list[Posted] = []
        self.issued: list[str] = []
        self._scopes: dict[str, str] = {}  # device code -> scopes asked for
        self._refresh: set[str] = set()
        self.drop_discovery = 0  # close this many OpenID configuration requests unanswered

    @property
    def authority(self) -> str:
        return f"{self.url}/{self.tenant}"

    def posted(self, grant: str) -> list[Posted]:
        return [r for r in self.requests if r.grant == grant]

    # -- answering --------------------------------------------------------------------------
    def answer(self, request: BaseHTTPRequestHandler, method: str, body: bytes) -> Answer | None:
        tenant, _, rest = request.path.lstrip("/").partition("/")
        if tenant != self.tenant:
            status, error = aadsts(400, "invalid_tenant", 90002, f"Tenant '{tenant}' not found.")
            return status, {}, error
        if method == "GET" and rest == "v2.0/.well-known/openid-configuration":
            with self.lock:
                if self.drop_discovery > 0:
                    self.drop_discovery -= 1
                    return None  # the connection closes without an answer
            return 200, {}, self._configuration()
        form = dict(parse_qsl(body.decode()))
        with self.lock:
            self.requests.append(Posted(rest, form))
            if rest == "oauth2/v2.0/devicecode":
                return 200, {}, self._device_code(form)
            if self.token_replies:
                status, reply = self.token_replies.popleft()
                return status, {}, reply
            return self._token(form)

    def _configuration(self) -> dict[str, Any]:
        base = f"{self.authority}/oauth2/v2.0"
        return {
            "issuer": f"{self.url}/{TENANT_ID}/v2.0",
            "authorization_endpoint": f"{base}/authorize",
            "token_endpoint": f"{base}/token",
            "device_authorization_endpoint": f"{base}/devicecode",
        }

    def _device_code(self, form: dict[str, str]) -> dict[str, Any]:
        code = f"device-{len(self._scopes) + 1}"
        self._scopes[code] = form.get("scope", "")
        return {
            "device_code": code,
            "user_code": "FAKE-CODE",
            "verification_uri": "https://microsoft.com/devicelogin",
            "expires_in": 900,
            "interval": 5,
            "message": DEVICE_MESSAGE,
        }

    def _token(self, form: dict[str, str]) -> Answer:
        grant = form.get("grant_type", "")
        if grant == DEVICE_GRANT:
            if self.pending > 0:
                self.pending -= 1
                status, error = aadsts(400, "authorization_pending", 70016, "Pending.")
                return status, {}, error
            return 200, {}, self._user_tokens(self._scopes.get(form.get("device_code", ""), ""))
        if grant == "refresh_token" and form.get("refresh_token") in self._refresh:
            return 200, {}, self._user_tokens(form.get("scope", ""))
        if grant == "refresh_token":
            status, error = aadsts(400, "invalid_grant", 700082, "The refresh token has expired.")
            return status, {}, error
        if grant == "client_credentials" and self._client_ok(form):
            return 200, {}, self._app_token()
        if form.get("client_assertion_type") == ASSERTION_TYPE:
            status, error = aadsts(401, "invalid_client", 700027, "Client assertion failed.")
        else:
            status, error = aadsts(401, "invalid_client", 7000215, "Invalid client secret.")
        return status, {}, error

    def _access_token(self, prefix: str) -> str:
        token = f"{prefix}-{len(self.issued) + 1}"
        self.issued.append(token)
        return token

    def _user_tokens(self, scope: str) -> dict[str, Any]:
        refresh = f"refresh-{len(self._refresh) + 1}"
        self._refresh.add(refresh)
        claims = {
            "iss": f"{self.url}/{TENANT_ID}/v2.0", "aud": CLIENT_ID, "tid": TENANT_ID,
            "oid": "owner-oid", "sub": "owner-sub", "preferred_username": USERNAME,
            "name": "Owner Example", "iat": 1767000000, "exp": 4102444800,
        }  # fmt: skip
        id_token = ".".join([_b64(b'{"alg":"none"}'), _b64(json.dumps(claims).encode()), "sig"])
        return {
            "token_type": "Bearer",
            "scope": scope,
            "expires_in": self.lifetime,
            "ext_expires_in": self.lifetime,
            "access_token": self._access_token("user"),
            "refresh_token": refresh,
            "id_token": id_token,
            "client_info": _b64(json.dumps({"uid": "owner-oid", "utid": TENANT_ID}).encode()),
        }

    def _app_token(self) -> dict[str, Any]:
        return {
            "token_type": "Bearer",
            "expires_in": self.lifetime,
            "ext_expires_in": self.lifetime,
            "access_token": self._access_token("app"),
        }

    def _client_ok(self, form: dict[str, str]) -> bool:
        client = form.get("client_id", "")
        if form.get("client_assertion_type") == ASSERTION_TYPE:
            return self._assertion_ok(client, form.get("client_assertion", ""))
        return client in self.secrets and form.get("client_secret") == self.secrets[client]

    def _assertion_ok(self, client: str, assertion: str) -> bool:
        """The assertion names the registered certificate and is signed by its key."""
        if client not in self.certificates:
            return False
        cert = x509.load_pem_x509_certificate(self.certificates[client])
        thumbprint = _b64(hashlib.sha256(cert.public_bytes(Encoding.DER)).digest())
        named = str(jwt.get_unverified_header(assertion).get("x5t#S256", ""))
        if named.rstrip("=").replace("+", "-").replace("/", "_") != thumbprint:
            return False  # MSAL writes it padded, in either base64 alphabet: compare the bytes
        audience = self._configuration()["token_endpoint"]
        key = cert.public_key()
        if not isinstance(key, rsa.RSAPublicKey):
            return False
        try:
            claims = jwt.decode(assertion, key, algorithms=["PS256", "RS256"], audience=audience)
        except jwt.PyJWTError:
            return False
        return bool(claims.get("iss") == client == claims.get("sub"))
