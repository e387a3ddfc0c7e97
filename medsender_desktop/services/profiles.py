"""Profiles: one per Medsender account (e.g. two practices), with a switcher.

A profile's public part (name, base URL, auth mode, relay URL) is kept in the settings file;
its secrets in the keyring (credentials.py). The sandbox profile of ``--sandbox`` is never
saved: it lives for one run, its throwaway test keys in an in-memory keyring.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from typing import Any, Final

from medsender_desktop.api import AuthMode
from medsender_desktop.api.validation import url_problem
from medsender_desktop.services.credentials import CredentialStore, ProfileSecrets
from medsender_desktop.services.settings import SettingsStore
from medsender_desktop.wire import DEFAULT_BASE_URL

log = logging.getLogger(__name__)

SANDBOX_PROFILE_ID: Final = "sandbox"
SANDBOX_PROFILE_NAME: Final = "Sandbox"
_SECTION: Final = "profiles"
_ACTIVE: Final = "active_profile"
_URL_RE: Final = re.compile(r"^https?://[^\s/]+(/\S*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Profile:
    """The non-secret part of a profile."""

    id: str
    name: str
    base_url: str = DEFAULT_BASE_URL
    auth_mode: AuthMode = AuthMode.BASIC
    relay_url: str = ""
    sandbox: bool = False

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["auth_mode"] = str(self.auth_mode)
        data.pop("sandbox")
        return data

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Profile | None:
        try:
            return cls(
                id=str(raw["id"]),
                name=str(raw.get("name") or "Medsender"),
                base_url=str(raw.get("base_url") or DEFAULT_BASE_URL),
                auth_mode=AuthMode(str(raw.get("auth_mode") or AuthMode.BASIC)),
                relay_url=str(raw.get("relay_url") or ""),
            )
        except (KeyError, ValueError, TypeError):
            return None


def new_profile_id() -> str:
    return uuid.uuid4().hex[:12]


def check_url(url: str, what: str) -> str | None:
    """A plain-words problem with a URL, or None when it looks usable."""
    text = url.strip()
    if not text:
        return f"Enter the {what}."
    if not _URL_RE.match(text):
        return f"The {what} must start with https:// (or http:// for a local test server)."
    return url_problem(text, what)


class ProfileManager:
    """Lists, saves, deletes and activates profiles; routes secrets to the right store."""

    def __init__(
        self,
        settings: SettingsStore,
        credentials: CredentialStore,
        *,
        sandbox_credentials: CredentialStore | None = None,
    ) -> None:
        self._settings = settings
        self._credentials = credentials
        self._sandbox_credentials = sandbox_credentials
        self._sandbox: Profile | None = None
        self._chosen: str | None = None

    @property
    def credentials(self) -> CredentialStore:
        return self._credentials

    def _store_for(self, profile: Profile) -> CredentialStore:
        if profile.sandbox:
            if self._sandbox_credentials is None:
                raise RuntimeError("sandbox profile used without a sandbox credential store")
            return self._sandbox_credentials
        return self._credentials

    def saved_profiles(self) -> list[Profile]:
        raw = self._settings.get(_SECTION) or []
        profiles = [Profile.from_json(p) for p in raw if isinstance(p, dict)]
        return [p for p in profiles if p is not None]

    def profiles(self) -> list[Profile]:
        """Saved profiles, plus the sandbox profile first when this run has one."""
        saved = self.saved_profiles()
        return ([self._sandbox] if self._sandbox else []) + saved

    def get(self, profile_id: str) -> Profile | None:
        return next((p for p in self.profiles() if p.id == profile_id), None)

    def save(self, profile: Profile, secrets: ProfileSecrets) -> Profile:
        """Store secrets first (may refuse: no keychain), then the public part."""
        if profile.sandbox:
            raise ValueError("the sandbox profile is created by register_sandbox()")
        self._credentials.save(profile.id, secrets)
        others = [p for p in self.saved_profiles() if p.id != profile.id]
        self._write([*others, profile])
        log.info("profile saved")
        return profile

    def delete(self, profile_id: str) -> None:
        self._credentials.delete(profile_id)
        self._write([p for p in self.saved_profiles() if p.id != profile_id])
        if self._settings.get(_ACTIVE) == profile_id:
            self._settings.set(_ACTIVE, None)

    def secrets(self, profile: Profile) -> ProfileSecrets | None:
        return self._store_for(profile).load(profile.id)

    def register_sandbox(self, *, base_url: str, relay_url: str, secrets: ProfileSecrets) -> Profile:
        """The profile "Sandbox" for this run; its keys go to the in-memory keyring only."""
        profile = Profile(
            id=SANDBOX_PROFILE_ID,
            name=SANDBOX_PROFILE_NAME,
            base_url=base_url,
            auth_mode=AuthMode.BASIC,
            relay_url=relay_url,
            sandbox=True,
        )
        self._store_for(profile).save(profile.id, secrets)
        self._sandbox = profile
        return profile

    def active(self) -> Profile | None:
        """The profile chosen in this run, else the sandbox (``--sandbox``), else the last used."""
        for candidate in (self._chosen, SANDBOX_PROFILE_ID if self._sandbox else None,
                          self._settings.get(_ACTIVE)):
            found = self.get(candidate) if candidate else None
            if found:
                return found
        saved = self.saved_profiles()
        return saved[0] if saved else None

    def set_active(self, profile: Profile) -> None:
        self._chosen = profile.id
        if not profile.sandbox:  # the sandbox exists only while --sandbox runs
            self._settings.set(_ACTIVE, profile.id)

    def rename(self, profile: Profile, name: str) -> Profile:
        renamed = replace(profile, name=name.strip() or profile.name)
        self._write([renamed if p.id == profile.id else p for p in self.saved_profiles()])
        return renamed

    def _write(self, profiles: Iterable[Profile]) -> None:
        self._settings.set(_SECTION, [p.to_json() for p in profiles])
