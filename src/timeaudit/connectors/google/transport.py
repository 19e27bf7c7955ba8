"""How the Google connector reaches Google: httplib2 (google-api-python-client's transport,
and google-auth's for token requests through google-auth-httplib2) with the CA bundle of
:mod:`~timeaudit.connectors.kit.tls` and the proxy the environment names.

**Proxies.** httplib2 reaches a proxy only through PySocks, which is not installed (and if it
were, httplib2 would read only ``https_proxy`` and match ``no_proxy`` by name suffix alone).
So httplib2's own proxy support is switched off, and an https request that the environment
sends through a proxy (:func:`~timeaudit.connectors.kit.http.proxy_for`, the same choice
requests makes for Microsoft) goes through an HTTP ``CONNECT`` tunnel opened by the standard
library's ``http.client`` (``set_tunnel``), with Basic credentials when the proxy URL has
them; TLS to Google then runs inside the tunnel, checked against the CA bundle. Plain http
endpoints (only test servers use them) are reached directly. A proxy that is not an
``http://`` one (``socks5://``, ``https://``) is refused with a line that says so.
"""

from __future__ import annotations

import http.client
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httplib2

from timeaudit.connectors.kit.http import Proxy, proxy_for

HTTP_TIMEOUT = 60.0  # seconds per request


class UnsupportedProxy(OSError):
    """The environment names a proxy the Google connector cannot tunnel through."""


class _Tunnel(httplib2.HTTPSConnectionWithTimeout):  # type: ignore[misc]  # untyped library
    """An HTTPS connection to the proxy that asks it to ``CONNECT`` to the real host, then
    speaks TLS to that host (checked against httplib2's context: the CA bundle)."""

    proxy: ClassVar[Proxy]
    host: str
    port: int

    def __init__(self, host: str, port: int | None = None, **kwargs: Any) -> None:
        super().__init__(host, port, **{**kwargs, "proxy_info": None})
        target = (self.host, self.port)
        self.host, self.port = self.proxy.host, self.proxy.port
        self.set_tunnel(*target, headers=self.proxy.connect_headers())

    def connect(self) -> None:
        # the standard library's connect: to the proxy, CONNECT, then TLS with the tunnel's
        # host name (httplib2's own connect knows proxies only through PySocks)
        http.client.HTTPSConnection.connect(self)


class GoogleHttp(httplib2.Http):  # type: ignore[misc]  # untyped library
    """httplib2 with the CA bundle (None: httplib2's default trust), a timeout, and https
    requests tunnelled through the environment's proxy."""

    def __init__(self, ca_bundle: Path | None, timeout: float | None = None) -> None:
        super().__init__(
            timeout=HTTP_TIMEOUT if timeout is None else timeout,
            ca_certs=str(ca_bundle) if ca_bundle is not None else None,
            proxy_info=None,  # proxies are ours: see the module's docstring
        )
        self.ca_bundle = ca_bundle
        self._tunnels: dict[Proxy, type[_Tunnel]] = {}

    def request(
        self,
        uri: str,
        method: str = "GET",
        body: Any = None,
        headers: Any = None,
        redirections: int = httplib2.DEFAULT_MAX_REDIRECTS,
        connection_type: Any = None,
    ) -> Any:
        if connection_type is None:
            connection_type = self._tunnel_for(uri)
        return super().request(uri, method, body, headers, redirections, connection_type)

    def _tunnel_for(self, uri: str) -> type[_Tunnel] | None:
        if urlsplit(uri).scheme.lower() != "https":
            return None
        proxy = proxy_for(uri)
        if proxy is None:
            return None
        if proxy.scheme != "http" or not proxy.host or not proxy.port:
            raise UnsupportedProxy(
                f"the proxy {proxy.address} is not one the Google connector can use: "
                "set https_proxy to an http:// proxy"
            )
        if proxy not in self._tunnels:
            self._tunnels[proxy] = type("Tunnel", (_Tunnel,), {"proxy": proxy})
        return self._tunnels[proxy]
