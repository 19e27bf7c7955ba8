"""HTTP settings shared by the account connectors: where each endpoint comes from (the retry
policy is :mod:`.retry`)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any


def endpoint(options: Mapping[str, Any], key: str, env: str, default: str) -> str:
    """An endpoint setting: the environment variable ``env`` wins, then the source's own
    ``key`` in config, then ``default``. Tests and sovereign clouds reach the same code."""
    return os.environ.get(env, "").strip() or str(options.get(key) or default)
