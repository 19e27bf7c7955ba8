"""Shared test set-up: nothing a test does may write to the user's real folders."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Fitted models are cached in the platform cache folder when no home is given; point it at
# a folder of this test session's own, shared by every test so the seed model fits once.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="timeaudit-test-cache-")
os.environ.pop("TIMEAUDIT_HOME", None)
os.environ.pop("TIMEAUDIT_CONFIG", None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--snapshot-update",
        action="store_true",
        default=False,
        help="rewrite the golden files in tests/golden/ from the current output",
    )


@pytest.fixture(scope="session")
def seed_model_file() -> Path:
    """The seed model, fitted once per session into the session's cache; tests that need a
    home with a warm model copy this file into it (fitting is not what they test)."""
    from timeaudit.classify.learn import load_or_fit, seed_corpus
    from timeaudit.config.paths import model_cache

    model = load_or_fit(seed_corpus(), model_cache())
    return model_cache() / f"model-{model.key}.pkl"
