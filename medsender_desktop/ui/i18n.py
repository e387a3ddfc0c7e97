"""The app's language: Qt translators for the computer's language or the one chosen in Settings.

Every user-facing string of the UI goes through Qt's ``tr`` (``self.tr("...")`` in a QObject,
``QCoreApplication.translate("Context", "...")`` elsewhere). The catalogs are
``ui/translations/medsender_<code>.ts`` (sources, edited with Qt Linguist or by hand) and the
compiled ``.qm`` files beside them, shipped in the package and the frozen bundle;
``scripts/translations.py update`` extracts the strings and compiles them.

The settings key ``language`` holds ``"system"`` (the default: the first of the computer's
languages that has a catalog, else English), ``"en"`` or ``"es"``. :func:`apply_language`
installs the catalog and Qt's own (so standard buttons read "Aceptar", "Cancelar"); windows
built afterwards speak it (the Settings dialog says a change applies at the next start).
Formats of dates and numbers follow the computer's region, not the language.

Sentences made below the UI (error messages of ``api``, ``services``, ``documents``: no Qt
there) are translated where they are shown, with :func:`translate_message`: the catalog holds
them in the context ``messages`` (extracted into ``ui/message_catalog.py`` by the script), and
ones made with values (``"{label} is missing."``) are matched against their template.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path
from typing import Final

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from medsender_desktop.services.settings import SettingsStore
from medsender_desktop.ui.message_catalog import MESSAGES

log = logging.getLogger(__name__)

LANGUAGE_KEY: Final = "language"
SYSTEM: Final = "system"
ENGLISH: Final = "en"
#: The languages with a catalog, by code, in their own words (never translated).
LANGUAGE_NAMES: Final = {"en": "English", "es": "Español"}
CATALOG_DIR: Final = Path(__file__).resolve().with_name("translations")
CATALOG_PREFIX: Final = "medsender_"
MESSAGES_CONTEXT: Final = "messages"
#: objectName of the translators this module installs (they are children of the app).
TRANSLATOR_NAME: Final = "medsender-translator"


def available_languages() -> list[tuple[str, str]]:
    """(code, name to show) for a language picker: the computer's language first."""
    system = QCoreApplication.translate("i18n", "Same as this computer ({language})").format(
        language=LANGUAGE_NAMES[system_language()])
    return [(SYSTEM, system), *LANGUAGE_NAMES.items()]


def language_setting(settings: SettingsStore) -> str:
    """The saved choice: ``"system"``, or a code of :data:`LANGUAGE_NAMES`."""
    value = settings.get(LANGUAGE_KEY, SYSTEM)
    return value if value == SYSTEM or value in LANGUAGE_NAMES else SYSTEM


def save_language_setting(settings: SettingsStore, code: str) -> None:
    if code != SYSTEM and code not in LANGUAGE_NAMES:
        raise ValueError(f"unknown language code {code!r}")
    settings.set(LANGUAGE_KEY, code)


def system_language() -> str:
    """The first of the computer's preferred languages that has a catalog; English otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
    return ENGLISH


def resolve_language(code: str) -> str:
    return code if code in LANGUAGE_NAMES else system_language()


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under a short name lupdate knows (outside QObjects)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


@functools.lru_cache(maxsize=4096)
def translated(context: str, text: str) -> str:
    """``QCoreApplication.translate`` of a string marked elsewhere with ``QT_TRANSLATE_NOOP``
    (a module constant), remembered: tables ask for the same words in every cell."""
    return QCoreApplication.translate(context, text)


def apply_language(app: QCoreApplication, code: str) -> str:
    """Install the catalogs of ``code`` (``"system"``, ``"en"``, ``"es"``) instead of any
    installed before; returns the language now in use."""
    language = resolve_language(code)
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    for name, folders in ((f"qtbase_{language}", _qt_catalog_dirs()),
                          (f"{CATALOG_PREFIX}{language}", [CATALOG_DIR])):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if any(translator.load(name, str(folder)) for folder in folders):
            app.installTranslator(translator)
        else:
            translator.setParent(None)
            if language != ENGLISH:  # Qt has no English catalog of its own: nothing to load
                log.warning("translation catalog %s not found", name)
    translated.cache_clear()
    log.info("language: %s", language)
    return language


def _qt_catalog_dirs() -> list[Path]:
    """Where Qt's own catalogs are: Qt's configured folder, or PySide6's (the frozen bundle)."""
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            Path(PySide6.__file__).resolve().parent / "Qt" / "translations"]


# --- sentences made below the UI ------------------------------------------------------------
_PLACEHOLDER: Final = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_SENTENCE_END: Final = re.compile(r"(?<=[.!?…])\s+(?=\S)")


def _translated(text: str) -> str | None:
    result = QCoreApplication.translate(MESSAGES_CONTEXT, text)
    return result if result != text else None


@functools.cache
def _templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, template) of every message made with values, longest first (most specific)."""
    compiled = []
    for template in sorted((m for m in MESSAGES if _PLACEHOLDER.search(m)), key=len, reverse=True):
        parts, seen, position = [], set(), 0
        for match in _PLACEHOLDER.finditer(template):
            parts.append(re.escape(template[position:match.start()]))
            name = match.group(1)
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
            position = match.end()
        parts.append(re.escape(template[position:]))
        compiled.append((re.compile("".join(parts), re.DOTALL), template))
    return tuple(compiled)


def _one(text: str, depth: int) -> str | None:
    exact = _translated(text)
    if exact is not None:
        return exact
    if text.endswith(".") and (clause := _one(text[:-1], depth + 1)) is not None:
        return clause + "."  # "The fax number does not exist" + "."
    for pattern, template in _templates():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        translated = _translated(template)
        if translated is None:
            return None
        values = {name: _value(value, depth) for name, value in match.groupdict().items()}
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            log.warning("a translation of a message does not fit its values")
            return None
    return None


def _value(value: str, depth: int) -> str:
    """A value inside a message is often a sentence or a label itself ("The fax number")."""
    if depth >= 3:
        return value
    return _one(value, depth + 1) or value


def _clauses(sentence: str) -> list[str]:
    """``sentence`` cut after each ``:`` or ``;`` outside brackets (its punctuation kept)."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(sentence):
        depth += (char == "(") - (char == ")")
        if char in ":;" and depth == 0 and sentence[i + 1:i + 2] == " ":
            parts.append(sentence[start:i + 1])
            start = i + 2
    parts.append(sentence[start:])
    return [p for p in parts if p]


def _clause(text: str) -> str:
    found = _one(text, 0)
    if found is not None:
        return found
    core = text.rstrip(".;:,")
    found = _one(core, 0) if core != text else None
    return found + text[len(core):] if found is not None else text


def _sentence(text: str) -> str:
    found = _one(text, 0)
    if found is not None:
        return found
    return " ".join(_clause(c) for c in _clauses(text))


def translate_message(text: str) -> str:
    """``text`` (a sentence from api/services/documents, or several) in the app's language:
    whole, else sentence by sentence, else clause by clause; what the catalog does not have
    stays as it is."""
    if not text:
        return text
    whole = _one(text, 0)
    if whole is not None:
        return whole
    return " ".join(_sentence(s) for s in _SENTENCE_END.split(text))
