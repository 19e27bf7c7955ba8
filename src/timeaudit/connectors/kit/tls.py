"""Which certificate authorities the account connectors trust: a private CA bundle for networks
whose proxy inspects TLS (it presents certificates signed by the company's own CA).

The bundle is a PEM file of CA certificates, and it *replaces* the default trust (certifi's for
requests, httplib2's own): a file made only of the company's CA trusts only hosts that CA
vouches for. Where it comes from, the first that is set:

1. the environment variable ``TIMEAUDIT_CA_BUNDLE`` (a relative path from the current folder);
2. ``ca_bundle`` in ``[settings]`` (relative to the config file's folder). A connector sees only
   its source's options, so config hands the setting to every source of the kinds in
   :data:`KINDS` under the option :data:`SETTINGS_KEY`.

Neither set: each library's default trust, which for requests means ``REQUESTS_CA_BUNDLE`` is
still read. A bundle that is missing, unreadable or holds no certificate is a one-line
UsageError naming where it was set and the path, when the connector is built.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from timeaudit.connectors.kit.retry import causes
from timeaudit.errors import UsageError

CA_BUNDLE_ENV = "TIMEAUDIT_CA_BUNDLE"
#: The option under which config hands ``[settings] ca_bundle`` to a source, and its name
#: in messages.
SETTINGS_KEY = "settings.ca_bundle"
#: The kinds that read it: the account connectors, which reach servers over TLS.
KINDS = frozenset({"google", "microsoft", "caldav"})
#: What to do when a server's certificate is not trusted.
HINT = (
    "if a proxy on this network inspects TLS, set ca_bundle in [settings] or "
    f"{CA_BUNDLE_ENV} to a PEM file of its CA certificates"
)


def ca_bundle(source: str, options: Mapping[str, Any], base_dir: Path | None) -> Path | None:
    """The CA bundle a source's requests trust, checked; None for the libraries' defaults."""
    from_env = os.environ.get(CA_BUNDLE_ENV, "").strip()
    if from_env:
        where, path = CA_BUNDLE_ENV, Path(from_env).expanduser().absolute()
    else:
        value = options.get(SETTINGS_KEY)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise UsageError(f"source {source!r}: {SETTINGS_KEY}: must be the path of a PEM file")
        base = base_dir if base_dir is not None else Path.cwd()
        where, path = SETTINGS_KEY, base / Path(value.strip()).expanduser()
    problem = bundle_problem(path)
    if problem is not None:
        raise UsageError(f"source {source!r}: {where}: {problem}")
    return path


def misplaced(options: Mapping[str, Any]) -> str | None:
    """The problem with a ``ca_bundle`` written in a source's own table, if there is one."""
    if "ca_bundle" not in options:
        return None
    return (
        "ca_bundle: set it in [settings], where it applies to every Google, Microsoft and "
        f"CalDAV source, or in the environment variable {CA_BUNDLE_ENV}"
    )


def bundle_problem(path: Path) -> str | None:
    """What is wrong with a CA bundle file, or None when it holds certificates to trust."""
    try:
        ssl.create_default_context(cafile=str(path))
    except FileNotFoundError:
        return f"CA bundle file not found: {path}"
    except IsADirectoryError:
        return f"the CA bundle is a folder, not a PEM file: {path}"
    except ssl.SSLError:
        return f"no PEM certificate in the CA bundle {path}"
    except OSError as exc:
        return f"cannot read the CA bundle {path}: {exc.strerror or exc}"
    return None


def untrusted(exc: BaseException) -> str | None:
    """``certificate verify failed: <why>`` when a server's certificate was not trusted
    somewhere in ``exc``'s chain, else None."""
    for inner in causes(exc):
        if isinstance(inner, ssl.SSLCertVerificationError):
            why = str(inner.verify_message or inner.reason or "").strip()
            return "certificate verify failed" + (f": {why}" if why else "")
    return None
