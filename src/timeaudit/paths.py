"""Where timeaudit keeps its files.

One home folder holds the config, the store and token caches when ``--home`` or
``TIMEAUDIT_HOME`` names it; otherwise the platform's own folders are used (``platformdirs``):
config in the user config folder, store and tokens in the user data folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP = "timeaudit"
HOME_ENV = "TIMEAUDIT_HOME"
CONFIG_ENV = "TIMEAUDIT_CONFIG"


@dataclass(frozen=True)
class Paths:
    config: Path
    data_dir: Path

    @property
    def store(self) -> Path:
        return self.data_dir / "timeaudit.sqlite"

    @property
    def models(self) -> Path:
        return self.data_dir / "models"

    @property
    def tokens(self) -> Path:
        return self.data_dir / "tokens"


def resolve_paths(home: Path | None = None, config: Path | None = None) -> Paths:
    """``home`` (or $TIMEAUDIT_HOME) puts everything in one folder; ``config`` (or
    $TIMEAUDIT_CONFIG) overrides just the config file."""
    home = home or _env_path(HOME_ENV)
    config = config or _env_path(CONFIG_ENV)
    if home is not None:
        return Paths(config or home / "config.toml", home)
    default_config = platformdirs.user_config_path(APP) / "config.toml"
    return Paths(config or default_config, platformdirs.user_data_path(APP))


def model_cache() -> Path:
    """Where fitted models are cached when no home folder holds them (they are derived
    data: safe to delete, rebuilt on demand)."""
    return platformdirs.user_cache_path(APP) / "models"


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser() if value else None
