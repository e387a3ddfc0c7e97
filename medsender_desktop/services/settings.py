"""Where the app keeps its files, and its JSON settings (never secrets).

``PlatformDirs("Medsender Desktop", "Medsender")`` decides the folders per OS. The settings
file holds profiles (names, URLs, auth mode — no keys), the active profile and UI state
(window geometry, column layouts). Secrets live only in the OS keyring (credentials.py); a
guard refuses to write anything that looks like one.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Final

from platformdirs import PlatformDirs

log = logging.getLogger(__name__)

APP_NAME: Final = "Medsender Desktop"
APP_AUTHOR: Final = "Medsender"
SETTINGS_FILE: Final = "settings.json"
SETTINGS_VERSION: Final = 1
#: Keys that must never appear anywhere in the settings file.
FORBIDDEN_KEYS: Final = frozenset(
    {"api_key", "apikey", "client_secret", "secret", "relay_token", "token", "password"}
)


@dataclass(frozen=True)
class AppPaths:
    """The app's folders (all exist once :func:`default_paths` returned them)."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """All folders below one root (tests, portable installs)."""
        paths = cls(root / "config", root / "data", root / "cache", root / "logs")
        for p in (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir):
            p.mkdir(parents=True, exist_ok=True)
        return paths


#: A folder that holds all of the app's folders instead of the per-OS ones (a portable
#: install on a USB stick, a second practice kept apart on one account, tests).
HOME_ENV: Final = "MEDSENDER_DESKTOP_HOME"


def default_paths() -> AppPaths:
    home = os.environ.get(HOME_ENV, "").strip()
    if home:
        return AppPaths.under(Path(home).expanduser())
    dirs = PlatformDirs(APP_NAME, APP_AUTHOR, ensure_exists=True)
    return AppPaths(
        config_dir=Path(dirs.user_config_dir),
        data_dir=Path(dirs.user_data_dir),
        cache_dir=Path(dirs.user_cache_dir),
        log_dir=Path(dirs.user_log_dir),
    )


THEMES: Final = ("system", "light", "dark")


@dataclass(frozen=True)
class Preferences:
    """The choices of the Settings dialog that are not a profile's (the ``preferences`` section)."""

    theme: str = "system"  # one of THEMES: follow the OS, or always light / dark
    notify_received: bool = True  # a desktop notification when a fax arrives
    notify_failed: bool = True  # a desktop notification when a sent fax fails
    watch_enabled: bool = False  # open the send dialog for PDFs/TIFFs saved into watch_folder
    watch_folder: str = ""

    @classmethod
    def from_json(cls, raw: Any) -> Preferences:
        """Tolerant: unknown keys and values of the wrong type fall back to the defaults."""
        if not isinstance(raw, Mapping):
            return cls()
        default = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            fallback = getattr(default, f.name)
            value = raw.get(f.name, fallback)
            values[f.name] = value if type(value) is type(fallback) else fallback
        if values["theme"] not in THEMES:
            values["theme"] = default.theme
        return replace(default, **values)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class SecretInSettingsError(ValueError):
    """A caller tried to put a secret into the settings file (a programming error)."""


def _check_no_secrets(value: Any, path: str = "") -> None:
    if isinstance(value, Mapping):
        for key, inner in value.items():
            if str(key).lower() in FORBIDDEN_KEYS:
                raise SecretInSettingsError(f"refusing to store {path}{key} in the settings file")
            _check_no_secrets(inner, f"{path}{key}.")
    elif isinstance(value, (list, tuple)):
        for inner in value:
            _check_no_secrets(inner, path)


class SettingsStore:
    """A small JSON document on disk: ``get``/``set`` top-level sections, saved atomically."""

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / SETTINGS_FILE
        self._data: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"version": SETTINGS_VERSION}
        except (OSError, ValueError) as exc:
            # A damaged file must not stop the app; keep it aside for support and start fresh.
            log.warning("settings file unreadable (%s); starting with defaults", type(exc).__name__)
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_suffix(".damaged.json"))
            return {"version": SETTINGS_VERSION}
        if not isinstance(raw, dict):
            return {"version": SETTINGS_VERSION}
        return raw

    def get(self, section: str, default: Any = None) -> Any:
        return self._data.get(section, default)

    def set(self, section: str, value: Any) -> None:
        _check_no_secrets({section: value})
        self._data[section] = value
        self.save()

    def update_ui(self, key: str, value: Any) -> None:
        """One entry of the ``ui`` section (geometry, column layouts, last tab)."""
        ui = dict(self._data.get("ui") or {})
        ui[key] = value
        self.set("ui", ui)

    def preferences(self) -> Preferences:
        return Preferences.from_json(self._data.get("preferences"))

    def set_preferences(self, preferences: Preferences) -> None:
        self.set("preferences", preferences.to_json())

    def ui(self, key: str, default: Any = None) -> Any:
        return (self._data.get("ui") or {}).get(key, default)

    def save(self) -> None:
        _check_no_secrets(self._data)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._data, fh, indent=2, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
