"""The translation catalogs (medsender_desktop/ui/translations): compiled from their sources,
and every translation fits the code that formats it.

A translation that drops or renames a ``{placeholder}`` makes ``.format`` fail or lose a value;
one with two ``&`` gives a control two keyboard accelerators; one without the ``&`` of its
source loses its keyboard access. No Qt application is needed: the ``.ts`` files are XML.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "medsender_desktop" / "ui" / "translations"
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}|%n|%L?\d")
ACCELERATOR = re.compile(r"&(?!&)")


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(language: str) -> list[tuple[str, str, str, list[str]]]:
    """(context, source, comment, translations) of every message of a catalog."""
    root = ET.parse(CATALOGS / f"medsender_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found.append((name, message.findtext("source") or "", message.findtext("comment") or "",
                          [f for f in forms if f]))
    return found


def placeholders(text: str) -> set[str]:
    return {m.group(0) for m in PLACEHOLDER.finditer(text)}


def test_the_shipped_qm_files_are_compiled_from_their_ts() -> None:
    assert load_script().stale_compiled() == []


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_translation_keeps_the_placeholders_and_the_accelerator(language: str) -> None:
    checked = 0
    for context, source, _, forms in messages(language):
        wanted = placeholders(source)
        # a plural ending of a sentence made below the UI ({_plural}) may go: the words differ
        required = {p for p in wanted if not p.startswith("{_")}
        for form in forms:
            where = f"{context}: {source!r} -> {form!r}"
            assert required <= placeholders(form) <= wanted | ({"%n"} if "%n" in wanted else set()), where
            assert len(ACCELERATOR.findall(form)) <= 1, where
            assert len(ACCELERATOR.findall(form)) == len(ACCELERATOR.findall(source)), where
            checked += 1
    if language == "es":
        assert checked >= len(messages("es")) // 2, "the Spanish catalog is mostly translated"


def test_the_spanish_catalog_covers_the_english_one() -> None:
    english = {(c, s, k) for c, s, k, _ in messages("en")}
    spanish = {(c, s, k) for c, s, k, _ in messages("es")}
    assert english == spanish
