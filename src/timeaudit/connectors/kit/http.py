"""HTTP settings shared by the account connectors: where each endpoint comes from, and which
proxy a request goes through (the retry policy is :mod:`.retry`, trusted CAs :mod:`.tls`)."""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

import requests.utils


def endpoint(options: Mapping[str, Any], key: str, env: str, default: str) -> str:
    """An endpoint setting: the environment variable ``env`` wins, then the source's own
    ``key`` in config, then ``default``. Tests and sovereign clouds reach the same code."""
    return os.environ.get(env, "").strip() or str(options.get(key) or default)


@dataclass(frozen=True)
class Proxy:
    """A proxy from the environment. The credentials never appear in :attr:`address` or in
    the repr, so neither reaches a message or a log."""

    scheme: str
    host: str
    port: int
    user: str = field(default="", repr=False)
    password: str = field(default="", repr=False)

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    def connect_headers(self) -> dict[str, str]:
        """The headers of a CONNECT request: Basic credentials when the URL had them."""
        if not self.user and not self.password:
            return {}
        pair = f"{self.user}:{self.password}".encode()
        return {"Proxy-Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}


def proxy_for(url: str) -> Proxy | None:
    """The proxy a request for ``url`` goes through, chosen exactly as requests (and so the
    Microsoft connector) chooses it: ``https_proxy``/``http_proxy``/``all_proxy`` (either case;
    on macOS and Windows also the system's settings) unless ``no_proxy`` names the host."""
    chosen = requests.utils.select_proxy(url, requests.utils.get_environ_proxies(url))
    if not chosen:
        return None
    parts = urlsplit(chosen if "://" in chosen else "http://" + chosen)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:  # a port that is not a number
        port = 0
    return Proxy(
        scheme,
        parts.hostname or "",
        port,
        unquote(parts.username or ""),
        unquote(parts.password or ""),
    )
