"""Shared test set-up: nothing a test does may write to the user's real folders."""

from __future__ import annotations

import os
import tempfile

# Fitted models are cached in the platform cache folder when no home is given; point it at
# a folder of this test session's own, shared by every test so the seed model fits once.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="timeaudit-test-cache-")
os.environ.pop("TIMEAUDIT_HOME", None)
os.environ.pop("TIMEAUDIT_CONFIG", None)
