"""Signing in to Microsoft 365 with MSAL: the settings of a ``microsoft`` source, the two
ways in, and MSAL's errors as one line that says what to do.

* **device** (default): a leader at a desktop. ``timeaudit connect`` runs the device-code
  flow for the delegated permission ``Calendars.Read``; MSAL's token cache (it holds a refresh
  token) is kept in a 0600 file and every sync signs in silently from it.
* **client-credentials**: an organisation. The app's own identity with the application
  permission ``Calendars.Read`` and admin consent; a client secret read from an environment
  variable or a 0600 file (never from the config), or a certificate.

MSAL returns errors as dicts, not exceptions: :func:`explain` turns one into a line that says
what to do, from its ``error_codes`` (AADSTS numbers).
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import msal
import requests
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from timeaudit.connectors.contract import SourceSpec
from timeaudit.connectors.kit import tls
from timeaudit.connectors.kit.http import endpoint
from timeaudit.connectors.kit.retry import RetryPolicy, transient
from timeaudit.connectors.kit.secrets import TokenError, read_private, token_path, write_private
from timeaudit.errors import ConnectorError, UsageError

AUTHORITY_HOST = "https://login.microsoftonline.com"
GRAPH_ENDPOINT = "https://graph.microsoft.com/v1.0"
AUTHORITY_ENV = "TIMEAUDIT_MS_AUTHORITY"
GRAPH_ENV = "TIMEAUDIT_GRAPH_ENDPOINT"
DEVICE = "device"
CLIENT_CREDENTIALS = "client-credentials"
OPTIONS = frozenset(
    {
        "auth", "tenant", "client_id", "client_secret_env", "client_secret_file",
        "client_certificate_file", "client_certificate_passphrase_env", "mailbox",
        "authority", "graph_endpoint", "page_size", "incremental",
    }
)  # fmt: skip
TIMEOUT = (10.0, 60.0)  # connect, read: every request to the sign-in server and to Graph
Say = Callable[[str], None]
Sleep = Callable[[float], None]
Result = dict[str, Any]  # what MSAL returns: a token, or an error as a dict


@dataclass(frozen=True)
class Settings:
    """A ``microsoft`` source's options, checked. ``authority`` includes the tenant."""

    source: str
    auth: str
    client_id: str
    tenant: str
    authority: str
    graph: str
    mailbox: str
    page_size: int = 100
    incremental: bool = True
    secret_env: str = ""
    secret_file: Path | None = None
    certificate_file: Path | None = None
    passphrase_env: str = ""
    ca_bundle: Path | None = None  # the CAs to trust instead of the default (kit.tls)

    @property
    def resource(self) -> str:
        """Graph's origin, the host that scopes are named by (sovereign clouds differ)."""
        parts = urlsplit(self.graph)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def scopes(self) -> list[str]:
        if self.auth == DEVICE:
            return [f"{self.resource}/Calendars.Read"]
        return [f"{self.resource}/.default"]

    @property
    def calendar(self) -> str:
        """The calendar's Graph URL: the signed-in user's, or the mailbox's for an app."""
        if self.auth == DEVICE:
            return f"{self.graph}/me"
        return f"{self.graph}/users/{quote(self.mailbox, safe='@')}"

    def problem(self, text: str) -> UsageError:
        """A setting that cannot work (found when the connector is built)."""
        return UsageError(f"source {self.source!r}: {text}")

    def failure(self, text: str) -> ConnectorError:
        """A credential that cannot be read (found when it is needed)."""
        return ConnectorError(self.source, text)


# -- settings ----------------------------------------------------------------------------
def settings_from(spec: SourceSpec) -> Settings:
    """The source's options as :class:`Settings`; a bad or missing one is a UsageError
    naming the source and the option."""
    options = spec.options
    _check_known(spec.name, options)
    auth = _text(spec.name, options, "auth", DEVICE)
    if auth not in (DEVICE, CLIENT_CREDENTIALS):
        raise _usage(spec.name, f'auth must be "{DEVICE}" or "{CLIENT_CREDENTIALS}", not {auth!r}')
    client_id = _text(spec.name, options, "client_id", "")
    if not client_id:
        raise _usage(spec.name, _NO_CLIENT_ID)
    tenant, authority = _authority(spec, auth)
    base = spec.base_dir if spec.base_dir is not None else Path.cwd()
    settings = Settings(
        source=spec.name,
        auth=auth,
        client_id=client_id,
        tenant=tenant,
        authority=authority,
        graph=endpoint(options, "graph_endpoint", GRAPH_ENV, GRAPH_ENDPOINT).rstrip("/"),
        mailbox=_text(spec.name, options, "mailbox", spec.owner).lower(),
        page_size=_page_size(spec.name, options),
        incremental=_flag(spec.name, options, "incremental", True),
        secret_env=_text(spec.name, options, "client_secret_env", ""),
        secret_file=_path(base, _text(spec.name, options, "client_secret_file", "")),
        certificate_file=_path(base, _text(spec.name, options, "client_certificate_file", "")),
        passphrase_env=_text(spec.name, options, "client_certificate_passphrase_env", ""),
        ca_bundle=tls.ca_bundle(spec.name, options, spec.base_dir),
    )
    _check_credentials(settings)
    return settings


def _usage(source: str, text: str) -> UsageError:
    return UsageError(f"source {source!r}: {text}")


_NO_CLIENT_ID = (
    "set client_id to the Application (client) ID of your Entra app registration "
    "(README: Microsoft 365)"
)
_SECRET_IN_CONFIG = (
    "client_secret does not belong in the config file: put the secret in an environment "
    "variable named by client_secret_env, or in a file only you can read named by "
    "client_secret_file"
)


def _check_known(source: str, options: Mapping[str, Any]) -> None:
    if "client_secret" in options:
        raise _usage(source, _SECRET_IN_CONFIG)
    misplaced = tls.misplaced(options)
    if misplaced is not None:
        raise _usage(source, misplaced)
    unknown = sorted(set(options) - OPTIONS - {tls.SETTINGS_KEY})
    if unknown:
        known = ", ".join(sorted(OPTIONS))
        raise _usage(source, f"unknown option {unknown[0]!r} for kind microsoft (known: {known})")


def _text(source: str, options: Mapping[str, Any], key: str, default: str) -> str:
    value = options.get(key, default)
    if not isinstance(value, str):
        raise _usage(source, f"{key} must be text, not {value!r}")
    return value.strip()


def _flag(source: str, options: Mapping[str, Any], key: str, default: bool) -> bool:
    value = options.get(key, default)
    if not isinstance(value, bool):
        raise _usage(source, f"{key} must be true or false, not {value!r}")
    return value


def _page_size(source: str, options: Mapping[str, Any]) -> int:
    value = options.get("page_size", 100)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1000:
        raise _usage(source, f"page_size must be a whole number from 1 to 1000, not {value!r}")
    return value


def _path(base: Path, value: str) -> Path | None:
    return (base / Path(value).expanduser()) if value else None


def _authority(spec: SourceSpec, auth: str) -> tuple[str, str]:
    """``(tenant, authority URL)``. The authority setting is a login host, to which the
    tenant is appended, or a whole authority that already names its tenant."""
    tenant = _text(spec.name, spec.options, "tenant", "")
    host = endpoint(spec.options, "authority", AUTHORITY_ENV, AUTHORITY_HOST).rstrip("/")
    parts = urlsplit(host)
    if parts.scheme != "https" or not parts.netloc:
        raise _usage(spec.name, f"authority must be an https URL such as {AUTHORITY_HOST}")
    if parts.path.strip("/"):
        return tenant or parts.path.strip("/").split("/")[0], host
    if not tenant and auth == CLIENT_CREDENTIALS:
        raise _usage(
            spec.name,
            "client credentials need tenant: your tenant id or primary domain "
            "(Entra admin center > Overview)",
        )
    tenant = tenant or "organizations"
    return tenant, f"{host}/{tenant}"


def _check_credentials(settings: Settings) -> None:
    if settings.auth == DEVICE:
        return
    given = [bool(settings.secret_env), bool(settings.secret_file), bool(settings.certificate_file)]
    if sum(given) != 1:
        raise settings.problem(
            "client credentials need exactly one of client_secret_env (an environment "
            "variable holding the secret), client_secret_file (a file only you can read) or "
            "client_certificate_file (a PEM file with the private key and the certificate)"
        )


# -- the MSAL application ----------------------------------------------------------------
def credential(settings: Settings) -> str | dict[str, str]:
    """The app's secret, or its certificate in the form MSAL takes."""
    if settings.certificate_file is not None:
        return _certificate(settings, settings.certificate_file)
    if settings.secret_file is not None:
        return _secret_file(settings, settings.secret_file)
    value = os.environ.get(settings.secret_env, "").strip()
    if not value:
        raise settings.failure(
            f"the environment variable {settings.secret_env} (client_secret_env) is empty "
            "or not set; set it to the client secret's Value from the app registration"
        )
    return value


def _private_text(settings: Settings, path: Path, what: str) -> str:
    try:
        data = read_private(path)
    except TokenError as exc:
        raise settings.failure(
            f"{path}: the {what} is readable by other users; run `chmod 600 {path}`"
        ) from exc
    text = (data or b"").decode("utf-8", "replace").strip()
    if not text:
        missing = "does not exist" if data is None else "is empty"
        raise settings.failure(f"{path}: the {what} {missing}")
    return text


def _secret_file(settings: Settings, path: Path) -> str:
    return _private_text(settings, path, "client secret file (client_secret_file)")


_PEM_KEY = re.compile(
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----.+?-----END [A-Z ]*PRIVATE KEY-----", re.S
)
_PEM_CERT = re.compile(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.S)


def _certificate(settings: Settings, path: Path) -> dict[str, str]:
    """A PEM file holding the private key and the certificate: MSAL signs a client
    assertion with the key and names the certificate by its SHA-256 thumbprint."""
    text = _private_text(settings, path, "certificate file (client_certificate_file)")
    key, cert = _PEM_KEY.search(text), _PEM_CERT.search(text)
    passphrase = os.environ.get(settings.passphrase_env, "") if settings.passphrase_env else ""
    try:
        if key is None or cert is None:
            raise ValueError("it needs both a PRIVATE KEY and a CERTIFICATE block")
        loaded = load_pem_private_key(key.group().encode(), passphrase.encode() or None)
        x509.load_pem_x509_certificate(cert.group().encode())
        if not isinstance(loaded, rsa.RSAPrivateKey):
            raise ValueError("Entra ID takes RSA keys only")
    except (ValueError, TypeError) as exc:
        raise settings.failure(f"{path}: not a usable certificate file: {exc}") from exc
    found = {"private_key": key.group(), "public_certificate": cert.group()}
    return found | ({"passphrase": passphrase} if passphrase else {})


def build_app(
    settings: Settings, session: requests.Session, cache: Any, retry: RetryPolicy | None = None
) -> Any:
    """A fresh MSAL application (they cache throttled answers: one per run). Building it
    reads the authority's OpenID configuration, so a wrong tenant or host shows here; a
    dropped connection there is tried again as ``retry`` says (no retry when None).
    ``session`` carries every request, MSAL's and Graph's: it trusts the CA bundle from now
    on, when there is one."""
    attempts = retry.attempts if retry is not None else 1
    for attempt in range(1, attempts + 1):
        try:
            return _app(settings, session, cache)
        except ConnectorError as exc:
            dropped = isinstance(exc.__cause__, requests.RequestException) and transient(
                exc.__cause__
            )
            if retry is None or attempt == attempts or not dropped:
                raise
            retry.pause(attempt)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _app(settings: Settings, session: requests.Session, cache: Any) -> Any:
    if settings.ca_bundle is not None:
        session.verify = str(settings.ca_bundle)
    known = urlsplit(settings.authority).hostname in msal.authority.WELL_KNOWN_AUTHORITY_HOSTS
    common: dict[str, Any] = {
        "authority": settings.authority,
        "http_client": session,
        "token_cache": cache,
        "instance_discovery": None if known else False,  # else MSAL asks the public cloud
    }
    secret = credential(settings) if settings.auth == CLIENT_CREDENTIALS else None
    try:
        if secret is None:
            return msal.PublicClientApplication(settings.client_id, **common)
        return msal.ConfidentialClientApplication(
            settings.client_id, client_credential=secret, **common
        )
    except ValueError as exc:  # MSAL's only signal for a failed discovery: code in the text
        text = f"{exc} {exc.__context__ or ''}"  # MSAL re-raises, the answer in the context
        raise ConnectorError(settings.source, _discovery_failure(settings, text)) from exc
    except requests.RequestException as exc:
        raise ConnectorError(settings.source, unreachable(settings.authority, exc)) from exc


def unreachable(url: str, exc: requests.RequestException) -> str:
    host = urlsplit(url).netloc
    certificate = tls.untrusted(exc)
    if certificate is not None:
        return f"cannot reach {host}: {certificate} ({tls.HINT})"
    # a connection the retry policy gave up on says after how many attempts (api.GaveUp)
    what = str(exc) if getattr(exc, "attempts", None) else type(exc).__name__
    return (
        f"cannot reach {host}: {what}; check the network connection and the "
        "authority and graph_endpoint settings"
    )


def _discovery_failure(settings: Settings, text: str) -> str:
    code = _aadsts(text)
    if code is not None and code in _ADVICE:
        return _advice(_ADVICE[code], settings)
    return (
        f"{settings.authority} is not a Microsoft sign-in authority that answers for tenant "
        f"{settings.tenant!r}: check the tenant and authority settings"
    )


def _aadsts(text: str) -> int | None:
    found = re.search(r"AADSTS(\d+)", text)
    return int(found.group(1)) if found else None


# -- tokens ------------------------------------------------------------------------------
def load_cache(path: Path) -> Any:
    cache = msal.SerializableTokenCache()
    data = read_private(path)
    if data:
        cache.deserialize(data.decode("utf-8"))
    return cache


def save_cache(path: Path, cache: Any) -> None:
    """Write the cache (0600, atomically) only when MSAL changed it."""
    if cache.has_state_changed:
        write_private(path, cache.serialize().encode("utf-8"))


class Tokens:
    """Access tokens for Graph, asked for before every request: MSAL answers from its
    cache and refreshes a token close to expiry, so a long sync never runs out."""

    def __init__(self, settings: Settings, app: Any, cache_path: Path | None) -> None:
        self.settings = settings
        self.app = app
        self.cache_path = cache_path

    def __call__(self) -> str:
        result = self._acquire()
        if self.cache_path is not None:
            save_cache(self.cache_path, self.app.token_cache)
        if "access_token" not in result:
            raise ConnectorError(self.settings.source, explain(result, self.settings))
        return str(result["access_token"])

    def _acquire(self) -> Result:
        if self.settings.auth == CLIENT_CREDENTIALS:
            return dict(self.app.acquire_token_for_client(scopes=self.settings.scopes))
        accounts = self.app.get_accounts()
        if not accounts:
            raise ConnectorError(self.settings.source, not_signed_in(self.settings))
        account = _pick(accounts, self.settings.mailbox)
        result = self.app.acquire_token_silent_with_error(self.settings.scopes, account=account)
        if result is None:
            raise ConnectorError(self.settings.source, not_signed_in(self.settings))
        return dict(result)


def _pick(accounts: list[dict[str, Any]], mailbox: str) -> dict[str, Any]:
    same = [a for a in accounts if str(a.get("username", "")).lower() == mailbox]
    return (same or accounts)[0]


# -- signing in --------------------------------------------------------------------------
def sign_in(
    spec: SourceSpec,
    say: Say,
    open_browser: Callable[[str], object] | None,
    session: requests.Session,
    sleep: Sleep,
) -> str:
    """Sign in as the source's auth setting says; a line about what was saved."""
    settings = settings_from(spec)
    if settings.auth == CLIENT_CREDENTIALS:
        Tokens(settings, build_app(settings, session, None), None)()
        where = settings.secret_env and f"${settings.secret_env}"
        given = where or str(settings.secret_file or settings.certificate_file)
        return (
            f"client credentials work for source {spec.name!r} (app {settings.client_id}, "
            f"tenant {settings.tenant}); nothing was saved: {given} is read at every sync"
        )
    path = token_path(spec, "microsoft")
    cache = msal.SerializableTokenCache()
    app = build_app(settings, session, cache)
    result = _device_flow(settings, app, say, open_browser, sleep)
    if "access_token" not in result:
        raise ConnectorError(settings.source, explain(result, settings))
    save_cache(path, cache)
    who = result.get("id_token_claims", {}).get("preferred_username") or "your account"
    return (
        f"signed in to Microsoft 365 as {who} for source {spec.name!r}; "
        f"the token cache is {path} (readable only by you)"
    )


def _device_flow(
    settings: Settings,
    app: Any,
    say: Say,
    open_browser: Callable[[str], object] | None,
    sleep: Sleep,
) -> Result:
    flow = app.initiate_device_flow(scopes=settings.scopes)
    if "user_code" not in flow:
        raise ConnectorError(settings.source, explain(flow, settings))
    say(str(flow["message"]))
    if open_browser is not None:
        open_browser(str(flow["verification_uri"]))
    return poll(app, flow, sleep)


def poll(app: Any, flow: dict[str, Any], sleep: Sleep) -> Result:
    """Poll the token endpoint until the user has entered the code, waiting ``interval``
    seconds between polls through ``sleep``, up to the code's lifetime."""
    flow["interval"] = max(1, int(flow.get("interval", 5)))  # 0 would make MSAL spin
    waited = 0
    while True:
        with warnings.catch_warnings():  # this loop does the waiting, not MSAL's
            warnings.filterwarnings("ignore", message="Attempted too soon")
            result = dict(app.acquire_token_by_device_flow(flow, exit_condition=_once))
        if result.get("error") not in ("authorization_pending", "slow_down"):
            return result
        if waited >= int(flow.get("expires_in", 900)):
            return {"error": "expired_token"}
        sleep(float(flow["interval"]))
        waited += int(flow["interval"])


def _once(flow: dict[str, Any]) -> bool:
    return True


# -- errors ------------------------------------------------------------------------------
_AGAIN = "run `timeaudit connect {source}`"
_SIGN_IN_EXPIRED = "the saved Microsoft 365 sign-in has expired or was revoked: " + _AGAIN
_DECLINED = "the sign-in was declined: " + _AGAIN + " again"
# What to do, by AADSTS code; fields: source, client_id, tenant, secret, certificate.
_ADVICE_TEXT: dict[tuple[int, ...], str] = {
    (65001, 90094, 90099): (
        "app {client_id} has no consent to read calendars in tenant {tenant}: an administrator "
        "must grant consent to Calendars.Read (Entra admin center > App registrations > the "
        "app > API permissions > Grant admin consent), then " + _AGAIN
    ),
    (65004,): "consent to read your calendar was declined: " + _AGAIN + " and accept it",
    (90002, 900023): (
        "tenant {tenant!r} was not found: set tenant to your tenant id or primary domain "
        "(Entra admin center > Overview), and authority to your cloud's sign-in host"
    ),
    (700016,): (
        "no app {client_id} in tenant {tenant!r}: set client_id to the app registration's "
        "Application (client) ID, and tenant to the tenant it is registered in"
    ),
    (7000215,): (
        "the client secret was rejected: put the secret's Value (not its Secret ID) in {secret}"
    ),
    (7000222,): (
        "the client secret has expired: create a new one (App registrations > the app > "
        "Certificates & secrets) and put its Value in {secret}"
    ),
    (700027, 700024, 7000274): (
        "the certificate in {certificate} was rejected: upload its public part to app "
        "{client_id} (Certificates & secrets > Certificates), or renew it if it expired"
    ),
    (7000218,): (
        'app {client_id} does not allow device-code sign-in: turn on "Allow public client '
        'flows" (App registrations > the app > Authentication), then ' + _AGAIN
    ),
    (50059,): "the sign-in needs a tenant: set tenant to your tenant id or primary domain",
    (700082, 70008, 50173, 70043, 50076, 50078, 50079): _SIGN_IN_EXPIRED,
    (70020,): "the sign-in code expired before it was entered: " + _AGAIN + " again",
}
_ADVICE = {code: text for codes, text in _ADVICE_TEXT.items() for code in codes}
_BY_ERROR = {
    "expired_token": _ADVICE[70020],
    "authorization_declined": _DECLINED,
    "access_denied": _DECLINED,
}


def _advice(text: str, s: Settings) -> str:
    file = s.secret_file or s.certificate_file
    secret = f"the environment variable {s.secret_env}" if s.secret_env else str(file)
    fields = {"source": s.source, "client_id": s.client_id, "tenant": s.tenant}
    return text.format(**fields, secret=secret, certificate=s.certificate_file)


def not_signed_in(settings: Settings) -> str:
    return "not signed in to Microsoft 365: " + _AGAIN.format(source=settings.source)


def explain(result: Mapping[str, Any], settings: Settings) -> str:
    """One line for an MSAL error dict: the advice for its AADSTS code (``error_codes``,
    else the code in its description) or error name, else the error and the first line of
    its description."""
    codes = [int(c) for c in result.get("error_codes") or [] if isinstance(c, int)]
    description = str(result.get("error_description") or "")
    if not codes and (code := _aadsts(description)) is not None:
        codes = [code]
    for code in codes:
        if code in _ADVICE:
            return _advice(_ADVICE[code], settings)
    error = str(result.get("error") or "unknown_error")
    if error in _BY_ERROR:
        return _advice(_BY_ERROR[error], settings)
    first = description.splitlines()[0] if description else "no description"
    return f"Microsoft sign-in failed ({error}): {first}"
