"""Where timeaudit keeps its files.

One home folder holds the config, the store and token caches when ``--home`` or
``TIMEAUDIT_HOME`` names it; otherwise the platform's own folders are used (``platformdirs``):
config in the user config folder, store and tokens in the user data folder.

A workspace (``--workspace NAME`` or ``TIMEAUDIT_WORKSPACE``) keeps one client's or team's
config, store, models and tokens apart from every other's, in
``<home>/workspaces/<NAME>/``, where ``<home>`` is the home folder or the user data folder.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from timeaudit.errors import UsageError

APP = "timeaudit"
HOME_ENV = "TIMEAUDIT_HOME"
CONFIG_ENV = "TIMEAUDIT_CONFIG"
WORKSPACE_ENV = "TIMEAUDIT_WORKSPACE"
WORKSPACE_NAME = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9_.-]*$")


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


def resolve_paths(
    home: Path | None = None, config: Path | None = None, workspace: str | None = None
) -> Paths:
    """``home`` (or $TIMEAUDIT_HOME) puts everything in one folder; ``config`` (or
    $TIMEAUDIT_CONFIG) overrides just the config file; ``workspace`` (or
    $TIMEAUDIT_WORKSPACE) puts everything in that workspace's folder under the home."""
    home = home or _env_path(HOME_ENV)
    config = config or _env_path(CONFIG_ENV)
    workspace = workspace or os.environ.get(WORKSPACE_ENV, "").strip() or None
    if workspace is not None:
        home = workspace_dir(home or platformdirs.user_data_path(APP), workspace)
    if home is not None:
        return Paths(config or home / "config.toml", home)
    default_config = platformdirs.user_config_path(APP) / "config.toml"
    return Paths(config or default_config, platformdirs.user_data_path(APP))


def workspace_dir(home: Path, name: str) -> Path:
    if not WORKSPACE_NAME.match(name):
        raise UsageError(
            f"--workspace {name!r}: use letters, digits, '-', '_' and '.', not starting with a dot"
        )
    return home / "workspaces" / name


def model_cache() -> Path:
    """Where fitted models are cached when no home folder holds them (they are derived
    data: safe to delete, rebuilt on demand)."""
    return platformdirs.user_cache_path(APP) / "models"


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser() if value else None
