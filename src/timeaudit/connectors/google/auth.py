"""Signing in to Google Calendar: the source's settings, the two ways to get credentials, the
token file, and what a refused sign-in tells the user.

Two ways in, both read-only (``calendar.readonly``):

* **user**: a leader on a desktop signs in once with the installed-app flow
  (``google-auth-oauthlib``: a loopback redirect on 127.0.0.1 and PKCE). The refresh token is
  kept in a 0600 file in the data folder and refreshed silently from then on.
* **service-account**: an organisation's service account with domain-wide delegation reads
  each leader's calendar as that leader (``subject``). Nothing is stored: every run signs a
  fresh assertion with the key.

The token URI comes from ``TIMEAUDIT_GOOGLE_TOKEN_URI``, the source's ``token_uri``, the
token or key file, then Google's, in that order, for both ways: google-auth's own loaders
drop a user token's ``token_uri``, so credentials are built here field by field.
"""

from __future__ import annotations

import json
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, cast

from google.auth.exceptions import RefreshError
from google.oauth2 import service_account
from google.oauth2.credentials import Credentials as UserCredentials
from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError
from oauthlib.oauth2 import OAuth2Error

from timeaudit.connectors.contract import SourceSpec
from timeaudit.connectors.kit import tls
from timeaudit.connectors.kit.http import endpoint, proxy_for
from timeaudit.connectors.kit.secrets import read_private, token_path, write_private
from timeaudit.errors import ConnectorError, UsageError

SCOPE = "https://www.googleapis.com/auth/calendar.readonly"
DEFAULT_API = "https://www.googleapis.com/calendar/v3/"
DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token"
API_ENV = "TIMEAUDIT_GOOGLE_API_ENDPOINT"
TOKEN_ENV = "TIMEAUDIT_GOOGLE_TOKEN_URI"
USER, SERVICE_ACCOUNT = "user", "service-account"
KNOWN_OPTIONS = ("calendars", "auth", "client_secrets", "key_file", "subject",
                 "api_endpoint", "token_uri")  # fmt: skip
GET_KEY = "create a JSON key for the service account in Google Cloud console"
SIGN_IN_TIMEOUT = 300.0  # seconds the loopback waits for the browser to come back

Say = Callable[[str], None]
OpenBrowser = Callable[[str], object]


@dataclass(frozen=True)
class GoogleOptions:
    """A google source's settings, checked. Paths are resolved against the config's folder."""

    calendars: tuple[str, ...]
    auth: str
    client_secrets: Path | None
    key_file: Path | None
    key_info: Mapping[str, Any] | None  # the service-account key, read and checked
    subject: str
    api_endpoint: str
    ca_bundle: Path | None = None  # the CAs to trust instead of the default (kit.tls)


def read_options(spec: SourceSpec) -> GoogleOptions:
    """The source's settings, or a UsageError naming the first setting that is wrong."""
    opts = spec.options
    misplaced = tls.misplaced(opts)
    if misplaced is not None:
        raise UsageError(f"source {spec.name!r}: {misplaced}")
    unknown = sorted(set(opts) - set(KNOWN_OPTIONS) - {tls.SETTINGS_KEY})
    if unknown:
        _bad(spec, unknown[0], f"unknown setting (known: {', '.join(KNOWN_OPTIONS)})")
    auth = opts.get("auth", USER)
    if auth not in (USER, SERVICE_ACCOUNT):
        _bad(spec, "auth", f'must be "{USER}" or "{SERVICE_ACCOUNT}", not {auth!r}')
    key_file = _path(spec, "key_file")
    key_info = _key_info(spec, key_file) if auth == SERVICE_ACCOUNT else None
    subject = opts.get("subject", spec.owner)
    if not isinstance(subject, str) or "@" not in subject:
        _bad(spec, "subject", "must be the leader's email address")
    return GoogleOptions(
        calendars=_calendars(spec),
        auth=str(auth),
        client_secrets=_path(spec, "client_secrets"),
        key_file=key_file,
        key_info=key_info,
        subject=subject,
        api_endpoint=_slash(endpoint(opts, "api_endpoint", API_ENV, DEFAULT_API)),
        ca_bundle=tls.ca_bundle(spec.name, opts, spec.base_dir),
    )


def _bad(spec: SourceSpec, key: str, problem: str) -> NoReturn:
    raise UsageError(f"source {spec.name!r}: {key}: {problem}")


def _calendars(spec: SourceSpec) -> tuple[str, ...]:
    raw = spec.options.get("calendars", ["primary"])
    values = [raw] if isinstance(raw, str) else raw
    if (
        not isinstance(values, list)
        or not values
        or not all(isinstance(v, str) and v.strip() for v in values)
    ):
        _bad(spec, "calendars", 'must be a list of calendar ids, e.g. ["primary"]')
    return tuple(dict.fromkeys(v.strip() for v in values))


def _path(spec: SourceSpec, key: str) -> Path | None:
    value = spec.options.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        _bad(spec, key, "must be the path of a file")
    base = spec.base_dir if spec.base_dir is not None else Path.cwd()
    return (base / Path(str(value)).expanduser()).resolve()


def _slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _key_info(spec: SourceSpec, key_file: Path | None) -> Mapping[str, Any]:
    """The service-account key, read and checked for the fields signing needs."""
    if key_file is None:
        _bad(spec, "key_file", f'missing: auth = "{SERVICE_ACCOUNT}" needs the key ({GET_KEY})')
    info = _private_json(spec, key_file)
    wanted = ("client_email", "private_key")
    if (
        not isinstance(info, dict)
        or info.get("type") != "service_account"
        or not all(isinstance(info.get(k), str) for k in wanted)
    ):
        _bad(spec, "key_file", f"not a service-account key: {key_file} ({GET_KEY})")
    return dict(info)


def _private_json(spec: SourceSpec, key_file: Path) -> Any:
    """The key file's JSON; refused when other users can read it, as token files are."""
    try:
        mode = stat.S_IMODE(key_file.stat().st_mode)
        if mode & 0o077:
            problem = f"readable by other users (mode {mode:o}): run `chmod 600 {key_file}`"
            _bad(spec, "key_file", problem)
        return json.loads(key_file.read_bytes())
    except FileNotFoundError:
        _bad(spec, "key_file", f"file not found: {key_file} ({GET_KEY})")
    except (OSError, ValueError) as exc:
        _bad(spec, "key_file", f"cannot be read: {key_file}: {_one_line(exc)} ({GET_KEY})")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(getattr(exc, "strerror", None) or exc).split())


def token_uri(spec: SourceSpec, fallback: str | None) -> str:
    """The token URI: environment, then the source's setting, then the file's own."""
    return endpoint(spec.options, "token_uri", TOKEN_ENV, fallback or DEFAULT_TOKEN_URI)


def connect_again(spec: SourceSpec) -> str:
    return f"run `timeaudit connect {spec.name}`"


# -- service accounts --------------------------------------------------------------------
def service_account_credentials(
    spec: SourceSpec, options: GoogleOptions
) -> service_account.Credentials:
    """Credentials that act as ``options.subject`` through domain-wide delegation."""
    info = dict(options.key_info or {})
    info["token_uri"] = token_uri(spec, info.get("token_uri"))
    try:
        creds = service_account.Credentials.from_service_account_info(  # type: ignore[no-untyped-call]
            info, scopes=[SCOPE], subject=options.subject
        )
    except (ValueError, TypeError) as exc:  # a malformed private key
        raise UsageError(
            f"source {spec.name!r}: key_file: not a usable key: {options.key_file}: "
            f"{_one_line(exc)} (create a new JSON key for the service account)"
        ) from exc
    return cast(service_account.Credentials, creds)


# -- the user's token file -----------------------------------------------------------------
@dataclass(frozen=True)
class SavedToken:
    """The user's token file: who signed in, and the credentials read from it."""

    path: Path
    account: str
    credentials: UserCredentials
    loaded: tuple[str | None, str | None]  # (access token, refresh token) as read


def load_user_token(spec: SourceSpec) -> SavedToken:
    """The saved sign-in, or a ConnectorError saying how to sign in."""
    path = token_path(spec, "google")
    raw = read_private(path)
    if raw is None:
        raise ConnectorError(spec.name, f"not signed in to Google: {connect_again(spec)}")
    try:
        data = json.loads(raw)
        creds = UserCredentials(  # type: ignore[no-untyped-call]
            token=data.get("token"),
            refresh_token=data["refresh_token"],
            token_uri=token_uri(spec, data.get("token_uri")),
            client_id=data["client_id"],
            client_secret=data["client_secret"],
            scopes=[SCOPE],
            expiry=_expiry(data.get("expiry")),
        )
        return SavedToken(
            path, str(data.get("account", "")), creds, (creds.token, creds.refresh_token)
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise ConnectorError(
            spec.name, f"{path}: token file is damaged: {connect_again(spec)} to sign in again"
        ) from exc


def _expiry(value: Any) -> datetime | None:
    """google-auth keeps expiry as a naive UTC datetime."""
    return datetime.fromisoformat(value).replace(tzinfo=None) if isinstance(value, str) else None


def save_user_token(path: Path, account: str, creds: UserCredentials) -> None:
    """Write the sign-in to ``path`` (mode 0600, atomically)."""
    data = {
        "type": "authorized_user",
        "account": account,
        "client_id": creds.client_id,
        "client_secret": creds.client_secret,
        "refresh_token": creds.refresh_token,
        "token_uri": creds.token_uri,
        "scopes": [SCOPE],
        "token": creds.token,
        "expiry": creds.expiry.isoformat() if creds.expiry else None,
    }
    write_private(path, json.dumps(data, indent=2).encode("utf-8"))


def save_if_refreshed(saved: SavedToken) -> None:
    """Write refreshed tokens back, so the next run need not refresh again."""
    creds = saved.credentials
    if creds.token and (creds.token, creds.refresh_token) != saved.loaded:
        save_user_token(saved.path, saved.account, creds)


# -- the desktop sign-in -------------------------------------------------------------------
class _LoopbackFlow(InstalledAppFlow):  # type: ignore[misc]  # untyped library class
    """The installed-app flow, handing the sign-in address to a callable of ours instead of
    printing it and asking :mod:`webbrowser` (the connector never prints)."""

    on_url: Callable[[str], None] = staticmethod(lambda url: None)
    ca_bundle: Path | None = None

    def authorization_url(self, **kwargs: Any) -> tuple[str, str]:
        url, state = super().authorization_url(**kwargs)
        self.on_url(url)
        return str(url), str(state)

    def fetch_token(self, **kwargs: Any) -> Any:
        """The code exchange (requests, through the environment's proxy), trusting the CA
        bundle when there is one; passed per request, so REQUESTS_CA_BUNDLE cannot win."""
        if self.ca_bundle is not None:
            kwargs.setdefault("verify", str(self.ca_bundle))
        return super().fetch_token(**kwargs)


def client_config(spec: SourceSpec, options: GoogleOptions) -> dict[str, Any]:
    """The OAuth client JSON of a Desktop app, with the token URI setting applied."""
    get_one = "download the OAuth client JSON of a Desktop app client from Google Cloud console"
    path = options.client_secrets
    if path is None:
        _bad(spec, "client_secrets", f"missing: the desktop sign-in needs it ({get_one})")
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        _bad(spec, "client_secrets", f"file not found: {path} ({get_one})")
    except (OSError, ValueError) as exc:
        _bad(spec, "client_secrets", f"cannot be read: {path}: {_one_line(exc)} ({get_one})")
    installed = data.get("installed") if isinstance(data, dict) else None
    wanted = ("client_id", "client_secret", "auth_uri")
    if not isinstance(installed, dict) or not all(
        isinstance(installed.get(k), str) for k in wanted
    ):
        _bad(spec, "client_secrets", f"not a Desktop app OAuth client: {path} ({get_one})")
    installed = {**installed, "token_uri": token_uri(spec, installed.get("token_uri"))}
    return {"installed": installed}


def run_desktop_flow(
    spec: SourceSpec, options: GoogleOptions, on_url: Callable[[str], None], timeout: float
) -> UserCredentials:
    """The installed-app flow: a loopback listener on 127.0.0.1, the browser sent to
    Google's consent page, the code exchanged (with PKCE) for a refresh token."""
    config = client_config(spec, options)
    flow = _LoopbackFlow.from_client_config(config, scopes=[SCOPE])
    flow.on_url = on_url
    flow.ca_bundle = options.ca_bundle
    try:
        flow.run_local_server(
            host="127.0.0.1", port=0, open_browser=False,
            authorization_prompt_message=None, timeout_seconds=timeout,
        )  # fmt: skip
    except (WSGITimeoutError, OAuth2Error, Warning, OSError) as exc:
        failure = _sign_in_failure(spec, exc, timeout, config["installed"]["token_uri"])
        if failure is None:
            raise
        raise failure from exc
    creds: UserCredentials = flow.credentials
    if not creds.refresh_token:
        raise ConnectorError(spec.name, f"Google sent no refresh token: {_try_again(spec)}")
    return creds


def _try_again(spec: SourceSpec) -> str:
    return f"{connect_again(spec)} to try again"


def _sign_in_failure(
    spec: SourceSpec, exc: Exception, timeout: float, token_url: str
) -> ConnectorError | None:
    """One line for a desktop sign-in that did not finish; None for any other failure."""
    if isinstance(exc, WSGITimeoutError):
        text = f"no answer from the browser within {timeout:g} seconds: {_try_again(spec)}"
    elif isinstance(exc, OAuth2Error):
        text = f"Google sign-in failed ({exc.error}): {_try_again(spec)}"
    elif isinstance(exc, Warning) and hasattr(exc, "new_scope"):  # oauthlib: scope changed
        text = f"read access to your calendars was not granted: {_try_again(spec)} and allow it"
    elif isinstance(exc, OSError):  # requests' connection errors are OSErrors
        text = unreachable(TOKEN_SETTING, token_url, exc)
    else:
        return None
    return ConnectorError(spec.name, text)


# -- what a failure tells the user ------------------------------------------------------------
@dataclass(frozen=True)
class Endpoint:
    what: str
    setting: str
    env: str


API_SETTING = Endpoint("Google Calendar", "api_endpoint", API_ENV)
TOKEN_SETTING = Endpoint("Google's token endpoint", "token_uri", TOKEN_ENV)


def unreachable(target: Endpoint, url: str, exc: BaseException, attempts: int = 1) -> str:
    """One line for a request that did not get through: where to, through which proxy, after
    how many tries, why, and what to check (the CA bundle when a certificate was not
    trusted). Never a proxy's credentials."""
    proxy = proxy_for(url) if url.lower().startswith("https:") else None
    via = f" through the proxy {proxy.address}" if proxy is not None else ""
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    certificate = tls.untrusted(exc)
    if certificate is not None:
        return f"cannot reach {target.what} at {url}{via}: {certificate} ({tls.HINT})"
    check = "the proxy, " if proxy is not None else ""
    return (
        f"cannot reach {target.what} at {url}{via}{tries}: {_reason(exc)} "
        f"(check the network, {check}or the {target.setting} setting and {target.env})"
    )


def _reason(exc: BaseException) -> str:
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    text = _one_line(cause) or type(cause).__name__
    return text[0].lower() + text[1:]


def refresh_failure(spec: SourceSpec, options: GoogleOptions, exc: RefreshError) -> ConnectorError:
    """One line for a token request Google refused."""
    data = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], dict) else {}
    error = str(data.get("error") or "refused")
    if options.auth == USER and error == "invalid_grant":
        text = f"Google sign-in has expired or was revoked: {connect_again(spec)} again"
    elif options.auth == USER:
        text = f"Google refused to refresh the sign-in ({error}): {connect_again(spec)} again"
    elif error == "unauthorized_client":
        client_id = (options.key_info or {}).get("client_id", "?")
        text = (
            f"the service account may not act for {options.subject} ({error}): in the Google "
            f"Admin console, Security > API controls > Domain-wide delegation, allow client "
            f"id {client_id} the scope {SCOPE}"
        )
    else:
        detail = data.get("error_description") or error
        text = (
            f"Google refused the service account's key for {options.subject} ({detail}): "
            "check that the subject is a user of your domain and the key is still active"
        )
    return ConnectorError(spec.name, text)
