"""How the account connectors reach their servers: a private CA bundle (a proxy that inspects
TLS) and HTTP CONNECT proxies, end to end through the real client libraries against servers on
127.0.0.1: a fake Google and a fake Graph over TLS with a CA made in the test, the fake
identity server (TLS already), and a small CONNECT proxy that counts its tunnels.

:class:`GoogleFront` is also how test_google_resilience.py and test_retry.py drop
connections."""

from __future__ import annotations

import base64
import json
import select
import socket
import socketserver
import ssl
import struct
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal, Self
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
import trustme

from tests.fakes.google_kit import (
    DATA,
    MARCH,
    OWNER,
    PROXY_ENV,
    FakeBrowser,
    Sleeps,
    connector,
    fetch,
    loopback_only,
    one_offs,
    serving,
    signed_in,
    user_spec,
)
from tests.fakes.google_server import FakeGoogle, Recorded
from tests.fakes.graph_server import GraphServer, item
from tests.fakes.identity_server import CLIENT_ID, IdentityServer
from timeaudit.config.load import parse_config
from timeaudit.connectors.contract import SourceSpec
from timeaudit.connectors.google.connector import GoogleConnector
from timeaudit.connectors.kit.http import proxy_for
from timeaudit.connectors.microsoft.connector import MicrosoftConnector
from timeaudit.errors import ConfigError, ConnectorError, UsageError
from timeaudit.sync.pull import source_spec

Drop = Literal["close", "reset", "silent"]
TRUST_ENV = ("TIMEAUDIT_CA_BUNDLE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "HTTPLIB2_CA_CERTS")
NO_PROXY_ENV = ("no_proxy", "NO_PROXY")
HINT = (
    "if a proxy on this network inspects TLS, set ca_bundle in [settings] or "
    "TIMEAUDIT_CA_BUNDLE to a PEM file of its CA certificates"
)
SECRET_ENV = "TIMEAUDIT_TEST_MS_SECRET"
SECRET = "s3cret-value"
MS_SOURCE = "ana-m365"
MAILBOX = "owner@example.com"


# -- a fake Google of the test's own: over TLS, or dropping connections ----------------------
class GoogleFront:
    """Serves a :class:`FakeGoogle`'s answers on 127.0.0.1, over TLS when given a context.
    :meth:`drop` ends the next requests whose path and query contain a text without an
    answer: the connection closed (``close``), reset (``reset``), or held silent until the
    client gives up (``silent``); :attr:`dropped` lists them."""

    def __init__(self, fake: FakeGoogle, tls: ssl.SSLContext | None = None) -> None:
        self.fake = fake
        self.tls = tls
        self.dropped: list[str] = []
        self._drops: list[tuple[str, Drop]] = []
        self._lock = threading.Lock()
        self._quit = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _front_handler(self))
        self._httpd.daemon_threads = True
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.01,))

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def authority(self) -> str:
        return f"127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def api_endpoint(self) -> str:
        return self.url + "/calendar/v3/"

    @property
    def token_uri(self) -> str:
        return self.url + "/token"

    def drop(self, match: str, times: int, how: Drop = "close") -> None:
        with self._lock:
            self._drops += [(match, how)] * times

    def take_drop(self, target: str) -> Drop | None:
        with self._lock:
            for i, (match, how) in enumerate(self._drops):
                if match in target:
                    del self._drops[i]
                    self.dropped.append(target)
                    return how
        return None

    def hold(self) -> None:
        """Keep a connection silent until the client gives up (or the test ends)."""
        self._quit.wait(10)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._quit.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(10)


def _front_handler(front: GoogleFront) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            self._answer()

        def _answer(self) -> None:
            url = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode() if length else ""
            how = front.take_drop(self.path)
            if how is not None:
                self._drop(how)
                return
            headers = {k.lower(): v for k, v in self.headers.items()}
            request = Recorded(
                self.command, url.path, dict(parse_qsl(url.query)), headers, dict(parse_qsl(body))
            )
            status, answer_headers, payload = front.fake.handle(request)
            self.send_response(status)
            for name, value in {**answer_headers, "Content-Length": str(len(payload))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        def _drop(self, how: Drop) -> None:
            self.close_connection = True
            if how == "silent":
                front.hold()
            elif how == "reset":  # a RST instead of a FIN: "connection reset by peer"
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.connection.close()

        def log_message(self, format: str, *args: Any) -> None:
            return None

    return Handler


# -- an HTTP CONNECT proxy ---------------------------------------------------------------------
class ConnectProxy:
    """A CONNECT proxy on 127.0.0.1 that tunnels to 127.0.0.1 only and records each tunnel's
    target (``connects``) and its Proxy-Authorization header; with ``credentials`` it answers
    407 to a CONNECT without them. Anything but CONNECT gets 405 (and is recorded)."""

    def __init__(self, credentials: tuple[str, str] | None = None) -> None:
        self.credentials = credentials
        self.connects: list[str] = []
        self.authorizations: list[str] = []
        self.refused: list[str] = []
        proxy = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                proxy.serve(self)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.01,))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def serve(self, handler: socketserver.StreamRequestHandler) -> None:
        line = handler.rfile.readline(8192).decode("latin-1").strip()
        headers: dict[str, str] = {}
        while (header := handler.rfile.readline(8192).decode("latin-1").strip()) != "":
            name, _, value = header.partition(":")
            headers[name.strip().lower()] = value.strip()
        method, target, *_ = [*line.split(" "), "", ""]
        if method != "CONNECT":
            self.refused.append(line)
            handler.wfile.write(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
            return
        self.connects.append(target)
        self.authorizations.append(headers.get("proxy-authorization", ""))
        if self.credentials is not None:
            expected = base64.b64encode(":".join(self.credentials).encode()).decode()
            if headers.get("proxy-authorization") != f"Basic {expected}":
                handler.wfile.write(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                    b'Proxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n'
                )
                return
        host, _, port = target.rpartition(":")
        if host != "127.0.0.1":
            handler.wfile.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            return
        with socket.create_connection((host, int(port)), timeout=10) as upstream:
            handler.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            _relay(handler.connection, upstream)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)


def _relay(client: socket.socket, upstream: socket.socket) -> None:
    """Copy bytes both ways until either side closes (or 10 s pass in silence)."""
    ends = [client, upstream]
    while True:
        ready, _, _ = select.select(ends, [], [], 10)
        if not ready:
            return
        for end in ready:
            try:
                data = end.recv(65536)
            except OSError:
                return
            if not data:
                return
            (upstream if end is client else client).sendall(data)


# -- fixtures ------------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No trust or proxy settings of the machine's own; nothing beyond 127.0.0.1."""
    for name in (*TRUST_ENV, *PROXY_ENV, *NO_PROXY_ENV):
        monkeypatch.delenv(name, raising=False)
    for name in ("TIMEAUDIT_MS_AUTHORITY", "TIMEAUDIT_GRAPH_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(SECRET_ENV, SECRET)
    loopback_only(monkeypatch)


@pytest.fixture(scope="module")
def other_ca_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CA that vouches for none of the servers here."""
    path = tmp_path_factory.mktemp("other") / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(path))
    return path


def server_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@pytest.fixture
def google(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGoogle]:
    with serving(monkeypatch, env=False) as fake:
        fake.put(OWNER, *one_offs())
        yield fake


@pytest.fixture
def tls_google(
    google: FakeGoogle, ca: trustme.CA, monkeypatch: pytest.MonkeyPatch
) -> Iterator[GoogleFront]:
    """The fake Google over https, both its API and its token endpoint."""
    with GoogleFront(google, server_context(ca)) as front:
        monkeypatch.setenv("TIMEAUDIT_GOOGLE_API_ENDPOINT", front.api_endpoint)
        monkeypatch.setenv("TIMEAUDIT_GOOGLE_TOKEN_URI", front.token_uri)
        yield front


@pytest.fixture
def proxy() -> Iterator[ConnectProxy]:
    with ConnectProxy() as server:
        yield server


class TlsGraph(GraphServer):
    """The fake Graph over https (its base class serves plain http)."""

    def __init__(self, context: ssl.SSLContext) -> None:
        super().__init__(["me", f"users/{MAILBOX}"])
        self._tls = context


@pytest.fixture
def identity(ca: trustme.CA) -> Iterator[IdentityServer]:
    with IdentityServer(ca) as server:
        server.secrets[CLIENT_ID] = SECRET
        yield server


@pytest.fixture
def graph(identity: IdentityServer, ca: trustme.CA) -> Iterator[TlsGraph]:
    with TlsGraph(server_context(ca)) as server:
        server.authorize = lambda token: token in identity.issued
        start = datetime(2026, 3, 3, 9, tzinfo=UTC)
        server.put(item("one-1", "Budget review", start, start + timedelta(hours=1)))
        yield server


def ms_spec(identity: IdentityServer, graph: GraphServer, home: Path) -> SourceSpec:
    options = {
        "auth": "client-credentials",
        "tenant": identity.tenant,
        "client_id": CLIENT_ID,
        "client_secret_env": SECRET_ENV,
        "authority": identity.url,
        "graph_endpoint": graph.base,
    }
    return SourceSpec(MS_SOURCE, "microsoft", MAILBOX, "Europe/Berlin", options, home, home)


def ms_fetch(spec: SourceSpec, sleeps: list[float] | None = None) -> list[str]:
    """A sync as `timeaudit` runs it: the connector's own session, nothing passed in."""
    waits = sleeps if sleeps is not None else []
    batch = MicrosoftConnector(spec, sleep=waits.append).fetch(MARCH, None)
    return sorted(e.title for e in batch.events)


def google_titles(spec: SourceSpec, sleeps: Sleeps | None = None) -> list[str]:
    return sorted(e.title for e in fetch(connector(spec, sleeps)).events)


# -- the CA bundle: Google ---------------------------------------------------------------------
def test_google_trusts_the_ca_bundle_for_the_token_and_the_api(
    tls_google: GoogleFront, tmp_path: Path, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMEAUDIT_CA_BUNDLE", str(ca_file))
    spec = user_spec(tmp_path)
    signed_in(spec)
    assert google_titles(spec) == ["Board prep", "Hiring debrief", "Steering committee"]
    paths = [r.path for r in tls_google.fake.requests]
    assert paths[0] == "/token" and paths[-1].endswith("/events")  # both over https


def test_google_without_the_bundle_fails_at_once_with_one_line(
    tls_google: GoogleFront, tmp_path: Path
) -> None:
    spec = user_spec(tmp_path)
    signed_in(spec)
    sleeps = Sleeps()
    with pytest.raises(ConnectorError) as caught:
        fetch(connector(spec, sleeps))
    assert str(caught.value) == (
        f"work: cannot reach Google's token endpoint at {tls_google.token_uri}: certificate "
        f"verify failed: unable to get local issuer certificate ({HINT})"
    )
    assert sleeps == []  # no wait mends an untrusted certificate
    assert tls_google.fake.requests == []


def test_google_reads_the_bundle_from_settings_through_the_config(
    tls_google: GoogleFront, tmp_path: Path, ca_file: Path
) -> None:
    (tmp_path / "certs").mkdir()
    (tmp_path / "certs" / "ca.pem").write_bytes(ca_file.read_bytes())
    config = parse_config(_config('ca_bundle = "certs/ca.pem"'), tmp_path / "config.toml")
    assert config.settings.ca_bundle == tmp_path / "certs" / "ca.pem"
    spec = source_spec(config, config.people[0], "work", tmp_path / "home")
    signed_in(spec)
    assert google_titles(spec) == ["Board prep", "Hiring debrief", "Steering committee"]


def test_the_environment_wins_over_the_setting(
    tls_google: GoogleFront,
    tmp_path: Path,
    ca_file: Path,
    other_ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = parse_config(_config(f'ca_bundle = "{other_ca_file}"'), tmp_path / "config.toml")
    spec = source_spec(config, config.people[0], "work", tmp_path / "home")
    signed_in(spec)
    with pytest.raises(ConnectorError, match="certificate verify failed"):
        fetch(connector(spec))
    monkeypatch.setenv("TIMEAUDIT_CA_BUNDLE", str(ca_file))
    assert len(google_titles(spec)) == 3


def test_the_desktop_sign_in_trusts_the_bundle_over_requests_own_variable(
    tls_google: GoogleFront,
    tmp_path: Path,
    ca_file: Path,
    other_ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The code exchange goes through requests-oauthlib, where REQUESTS_CA_BUNDLE would
    override a session's verify: the bundle is passed with the request itself."""
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the loopback redirect is http
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other_ca_file))
    monkeypatch.setenv("TIMEAUDIT_CA_BUNDLE", str(ca_file))
    spec = _desktop_spec(tmp_path, tls_google.fake)
    browser = FakeBrowser()
    line = GoogleConnector.sign_in(spec, say=lambda text: None, open_browser=browser)
    browser.join()
    assert line.startswith("signed in as ana@example.com;")
    assert [r.form["grant_type"] for r in tls_google.fake.token_requests()] == [
        "authorization_code"
    ]


# -- the CA bundle: Microsoft ------------------------------------------------------------------
def test_microsoft_trusts_the_ca_bundle_for_msal_and_graph(
    identity: IdentityServer,
    graph: TlsGraph,
    tmp_path: Path,
    ca_file: Path,
    other_ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other_ca_file))  # ours must win over it
    monkeypatch.setenv("TIMEAUDIT_CA_BUNDLE", str(ca_file))
    assert ms_fetch(ms_spec(identity, graph, tmp_path)) == ["Budget review"]
    assert [p.grant for p in identity.requests] == ["client_credentials"]
    assert graph.url.startswith("https://") and len(graph.seen) == 1


def test_microsoft_without_the_bundle_fails_at_once_with_one_line(
    identity: IdentityServer, graph: TlsGraph, tmp_path: Path
) -> None:
    sleeps: list[float] = []
    with pytest.raises(ConnectorError) as caught:
        ms_fetch(ms_spec(identity, graph, tmp_path), sleeps)
    host = identity.url.removeprefix("https://")
    assert str(caught.value) == (
        f"{MS_SOURCE}: cannot reach {host}: certificate verify failed: unable to get local "
        f"issuer certificate ({HINT})"
    )
    assert sleeps == [] and identity.requests == []


def test_an_untrusted_graph_is_not_retried(
    identity: IdentityServer, tmp_path: Path, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sign-in trusted, Graph not (its certificate from another CA): one line at once."""
    with TlsGraph(server_context(trustme.CA())) as graph:
        monkeypatch.setenv("TIMEAUDIT_CA_BUNDLE", str(ca_file))
        sleeps: list[float] = []
        with pytest.raises(ConnectorError) as caught:
            ms_fetch(ms_spec(identity, graph, tmp_path), sleeps)
        host = graph.url.removeprefix("https://")
        assert str(caught.value).startswith(
            f"{MS_SOURCE}: cannot reach {host}: certificate verify failed"
        )
        assert sleeps == []


# -- a bundle that cannot be used ----------------------------------------------------------------
@pytest.mark.parametrize("kind", ["google", "microsoft"])
def test_a_missing_or_unusable_bundle_names_the_setting_and_the_path(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "nowhere" / "ca.pem"
    garbage = tmp_path / "notes.txt"
    garbage.write_text("not a certificate\n")
    folder = tmp_path / "certs"
    folder.mkdir()
    cases = {
        missing: f"CA bundle file not found: {missing}",
        garbage: f"no PEM certificate in the CA bundle {garbage}",
        folder: f"the CA bundle is a folder, not a PEM file: {folder}",
    }
    for path, problem in cases.items():
        monkeypatch.setenv("TIMEAUDIT_CA_BUNDLE", str(path))
        with pytest.raises(UsageError) as caught:
            _build(kind, tmp_path, {})
        assert str(caught.value) == f"source 'work': TIMEAUDIT_CA_BUNDLE: {problem}"
    monkeypatch.delenv("TIMEAUDIT_CA_BUNDLE")
    with pytest.raises(UsageError) as caught:
        _build(kind, tmp_path, {"settings.ca_bundle": "nowhere/ca.pem"})
    assert str(caught.value) == (
        f"source 'work': settings.ca_bundle: CA bundle file not found: {missing}"
    )


@pytest.mark.parametrize("kind", ["google", "microsoft"])
def test_a_bundle_in_a_source_table_says_where_it_belongs(kind: str, tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        _build(kind, tmp_path, {"ca_bundle": "ca.pem"})
    assert str(caught.value) == (
        "source 'work': ca_bundle: set it in [settings], where it applies to every Google, "
        "Microsoft and CalDAV source, or in the environment variable TIMEAUDIT_CA_BUNDLE"
    )


def test_the_setting_is_handed_to_account_sources_only(tmp_path: Path) -> None:
    text = _config('ca_bundle = "~/ca.pem"') + '\n[sources.files]\nkind = "ics"\npath = "x.ics"\n'
    config = parse_config(text, tmp_path / "config.toml")
    assert config.settings.ca_bundle == Path("~/ca.pem").expanduser()
    assert config.sources["work"].options["settings.ca_bundle"] == str(config.settings.ca_bundle)
    assert "settings.ca_bundle" not in config.sources["files"].options
    assert "settings.ca_bundle" not in parse_config(_config("")).sources["work"].options


@pytest.mark.parametrize("value", ["5", '""', "[]"])
def test_a_setting_that_is_not_a_path_is_a_config_problem(value: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(_config(f"ca_bundle = {value}"))
    assert "settings.ca_bundle: must be the path of a PEM file of CA certificates" in str(
        caught.value
    )


# -- proxies ---------------------------------------------------------------------------------
def test_google_goes_through_the_https_proxy(
    tls_google: GoogleFront,
    proxy: ConnectProxy,
    tmp_path: Path,
    ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TIMEAUDIT_CA_BUNDLE", str(ca_file))
    monkeypatch.setenv("https_proxy", proxy.url)
    spec = user_spec(tmp_path)
    signed_in(spec)
    assert google_titles(spec) == ["Board prep", "Hiring debrief", "Steering committee"]
    answered = tls_google.fake.requests
    assert len(answered) == 2  # the token, one page of events
    assert proxy.connects == [tls_google.authority] * len(answered)  # a tunnel per connection
    assert proxy.refused == []


def test_microsoft_goes_through_the_https_proxy(
    identity: IdentityServer,
    graph: TlsGraph,
    proxy: ConnectProxy,
    tmp_path: Path,
    ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TIMEAUDIT_CA_BUNDLE", str(ca_file))
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    assert ms_fetch(ms_spec(identity, graph, tmp_path)) == ["Budget review"]
    identity_host = identity.url.removeprefix("https://")
    graph_host = graph.url.removeprefix("https://")
    assert set(proxy.connects) == {identity_host, graph_host}
    assert graph_host in proxy.connects and proxy.refused == []


def test_the_desktop_sign_in_goes_through_the_proxy(
    tls_google: GoogleFront,
    proxy: ConnectProxy,
    tmp_path: Path,
    ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    monkeypatch.setenv("TIMEAUDIT_CA_BUNDLE", str(ca_file))
    monkeypatch.setenv("https_proxy", proxy.url)
    browser = FakeBrowser()  # a browser of its own: it does not use the proxy
    GoogleConnector.sign_in(
        _desktop_spec(tmp_path, tls_google.fake), say=lambda text: None, open_browser=browser
    )
    browser.join()
    # the code exchange (requests) and the primary calendar's look-up (httplib2)
    assert proxy.connects == [tls_google.authority] * 2


def test_proxy_credentials_are_sent_and_never_shown(
    tls_google: GoogleFront,
    identity: IdentityServer,
    graph: TlsGraph,
    tmp_path: Path,
    ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TIMEAUDIT_CA_BUNDLE", str(ca_file))
    spec = user_spec(tmp_path)
    signed_in(spec)
    with ConnectProxy(("ana", "p@ss w0rd")) as strict:
        authority = strict.url.removeprefix("http://")
        monkeypatch.setenv("https_proxy", f"http://ana:p%40ss%20w0rd@{authority}")
        assert len(google_titles(spec)) == 3
        assert ms_fetch(ms_spec(identity, graph, tmp_path / "ms")) == ["Budget review"]
        assert len(strict.connects) >= 4

        monkeypatch.setenv("https_proxy", f"http://ana:wrong-secret@{authority}")
        sleeps = Sleeps()
        with pytest.raises(ConnectorError) as caught:
            fetch(connector(spec, sleeps))
    message = str(caught.value)
    assert message == (
        f"work: cannot reach Google Calendar at {tls_google.api_endpoint} through the proxy "
        f"{strict.url}: tunnel connection failed: 407 Proxy Authentication Required (check "
        "the network, the proxy, or the api_endpoint setting and TIMEAUDIT_GOOGLE_API_ENDPOINT)"
    )
    assert "wrong-secret" not in message and "ana:" not in message
    assert sleeps == []  # a proxy that refuses is not waited for


def test_no_proxy_is_honoured_by_both(
    tls_google: GoogleFront,
    identity: IdentityServer,
    graph: TlsGraph,
    proxy: ConnectProxy,
    tmp_path: Path,
    ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TIMEAUDIT_CA_BUNDLE", str(ca_file))
    monkeypatch.setenv("https_proxy", proxy.url)
    monkeypatch.setenv("no_proxy", "localhost,127.0.0.1")
    spec = user_spec(tmp_path)
    signed_in(spec)
    assert len(google_titles(spec)) == 3
    assert ms_fetch(ms_spec(identity, graph, tmp_path / "ms")) == ["Budget review"]
    assert proxy.connects == []


def test_a_proxy_google_cannot_tunnel_through_is_one_line(
    tls_google: GoogleFront, tmp_path: Path, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMEAUDIT_CA_BUNDLE", str(ca_file))
    monkeypatch.setenv("https_proxy", "socks5://127.0.0.1:1080")
    spec = user_spec(tmp_path)
    signed_in(spec)
    with pytest.raises(ConnectorError) as caught:
        fetch(connector(spec))
    assert str(caught.value) == (
        f"work: cannot reach Google's token endpoint at {tls_google.token_uri} through the "
        "proxy socks5://127.0.0.1:1080: the proxy socks5://127.0.0.1:1080 is not one the "
        "Google connector can use: set https_proxy to an http:// proxy (check the network, "
        "the proxy, or the token_uri setting and TIMEAUDIT_GOOGLE_TOKEN_URI)"
    )


def test_plain_http_endpoints_are_reached_directly(
    google: FakeGoogle, proxy: ConnectProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only test servers speak plain http: https_proxy is for https, as in requests."""
    monkeypatch.setenv("TIMEAUDIT_GOOGLE_API_ENDPOINT", google.api_endpoint)
    monkeypatch.setenv("TIMEAUDIT_GOOGLE_TOKEN_URI", google.token_uri)
    monkeypatch.setenv("https_proxy", proxy.url)
    spec = user_spec(tmp_path)
    signed_in(spec)
    assert len(google_titles(spec)) == 3
    assert proxy.connects == [] and proxy.refused == []


def test_the_proxy_is_chosen_as_requests_chooses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "proxy.corp:3128")
    found = proxy_for("https://www.googleapis.com/calendar/v3/")
    assert found is not None
    assert (found.address, found.connect_headers()) == ("http://proxy.corp:3128", {})
    monkeypatch.setenv("https_proxy", "http://u%40corp:p%3Ass@proxy.corp:8080")
    found = proxy_for("https://graph.microsoft.com/v1.0")
    assert found is not None and found.address == "http://proxy.corp:8080"
    assert found.connect_headers() == {
        "Proxy-Authorization": "Basic " + base64.b64encode(b"u@corp:p:ss").decode()
    }
    assert "p:ss" not in repr(found)
    monkeypatch.setenv("no_proxy", ".googleapis.com")
    assert proxy_for("https://www.googleapis.com/calendar/v3/") is None
    assert proxy_for("https://graph.microsoft.com/v1.0") is not None
    assert proxy_for("http://www.example.com/") is None  # no http_proxy set


def test_requests_reads_the_same_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Microsoft's requests and Google's tunnel agree on the proxy for one address."""
    monkeypatch.setenv("https_proxy", "http://proxy.corp:3128")
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    settings = requests.Session().merge_environment_settings(
        "https://graph.microsoft.com/v1.0", {}, None, None, None
    )
    found = proxy_for("https://graph.microsoft.com/v1.0")
    assert found is not None and settings["proxies"]["https"] == found.address
    assert proxy_for("https://127.0.0.1:8443/") is None


# -- helpers ---------------------------------------------------------------------------------
def _config(settings: str) -> str:
    return f"""
[settings]
{settings}

[[people]]
email = "{OWNER}"
role = "executive"
tz = "Europe/Berlin"
sources = ["work"]

[sources.work]
kind = "google"
"""


def _build(kind: str, tmp_path: Path, options: dict[str, Any]) -> object:
    """A connector of ``kind`` named "work" with ``options`` (built, not fetched)."""
    if kind == "google":
        spec = SourceSpec("work", kind, OWNER, "Europe/Berlin", options, tmp_path, tmp_path)
        return GoogleConnector(spec)
    ms = {"client_id": CLIENT_ID, **options}
    return MicrosoftConnector(
        SourceSpec("work", kind, MAILBOX, "Europe/Berlin", ms, tmp_path, tmp_path)
    )


def _desktop_spec(tmp_path: Path, fake: FakeGoogle) -> SourceSpec:
    """A desktop source whose OAuth client's consent page is the fake's (plain http, as a
    browser sees it); the token and API endpoints come from the environment."""
    client = json.loads((DATA / "client_secret.json").read_text(encoding="utf-8"))
    client["installed"]["auth_uri"] = fake.auth_uri
    (tmp_path / "client_secret.json").write_text(json.dumps(client), encoding="utf-8")
    options = {"client_secrets": "client_secret.json"}
    home = tmp_path / "home"
    return SourceSpec("work", "google", OWNER, "Europe/Berlin", options, home, tmp_path)
