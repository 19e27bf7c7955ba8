"""The ``warm`` fixture: a home of :mod:`tests.classify.homes` with the seed model cached."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.classify.homes import Warm, write_config


@pytest.fixture
def warm(seed_model_file: Path) -> Warm:
    """Make a folder a home (``write_config``'s options) with the seed model cached."""

    def make(folder: Path, ana_ics: str = "ana.ics", pool: bool | None = None) -> Path:
        write_config(folder, ana_ics, pool)
        (folder / "models").mkdir(exist_ok=True)
        shutil.copy(seed_model_file, folder / "models")
        return folder

    return make
