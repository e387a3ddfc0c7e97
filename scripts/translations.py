"""The translation catalogs: extract the strings, compile them.

    python scripts/translations.py update    # sources -> .ts (every language), then compile
    python scripts/translations.py compile   # .ts -> .qm only (after translating in a .ts)
    python scripts/translations.py check     # exit 1 when a catalog is behind its sources

``update`` does three things:
1. writes ``medsender_desktop/ui/message_catalog.py``: every sentence that api, services and
   documents make for the user (error messages; those packages have no Qt), read from their
   source with ``ast``: string literals and f-strings (turned into templates, ``{label} is
   missing.``) that read as sentences, outside docstrings, log calls, ``__repr__`` and SQL;
2. runs PySide6's ``lupdate`` over ``medsender_desktop/ui`` (which includes that file) into
   ``ui/translations/medsender_<code>.ts``, keeping the translations already made and dropping
   strings that no longer exist (no source locations, so moving code changes nothing);
3. runs ``lrelease`` into the ``.qm`` files beside them (committed: a clean clone needs no
   build step; ``tests/unit/ui/test_i18n_catalogs.py`` checks they match the ``.ts``).
Translate with Qt Linguist (``pyside6-linguist``) or by editing the ``<translation>`` of a
``.ts``, then run ``compile``. A string without a translation shows in English.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "medsender_desktop"
UI = PACKAGE / "ui"
CATALOG_DIR = UI / "translations"
LANGUAGES = ("en", "es")
MESSAGE_CATALOG = UI / "message_catalog.py"
#: Where the sentences made below the UI come from (the cover sheet and the sample documents
#: are printed on faxes: their words are the document's, not the app's).
MESSAGE_SOURCES = ("api", "services", "documents", "errors.py", "app.py", "relay/subscriber.py")
MESSAGE_SOURCES_SKIPPED = ("documents/cover_sheet.py", "documents/generate.py")
_SENTENCE = re.compile(r"^[A-Z{].*[A-Za-z]+\s+[A-Za-z]+", re.DOTALL)
_CLAUSE = re.compile(r"^[a-z]+(\s+\S+){3,}", re.DOTALL)  # four words or more
_NOT_WORDS = re.compile(
    r"^(SELECT|INSERT|UPDATE|DELETE|PRAGMA|DROP|CREATE|ALTER|WITH|ORDER|WHERE|AND|OR|FROM|SET|VALUES)\b|^\w+\(")
#: Python's own exceptions carry programmers' words (a bug, never shown as a message)
_PROGRAMMER_ERRORS = frozenset({"ValueError", "TypeError", "AttributeError", "IndexError", "KeyError",
                                "RuntimeError", "AssertionError", "NotImplementedError", "OSError"})
_LOG_METHODS = frozenset({"debug", "info", "warning", "error", "exception", "critical", "log"})


def tool(name: str, *args: str) -> None:
    """PySide6's lupdate/lrelease (the ones installed with it: no Qt SDK needed)."""
    code = f"import sys; from PySide6.scripts.pyside_tool import {name}; {name}()"
    subprocess.run([sys.executable, "-c", code, *args], check=True, stdout=subprocess.DEVNULL)


# --- 1. sentences made below the UI --------------------------------------------------------------
def _placeholder(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):  # len(files), _megabytes(size), field.replace(...): the value
        if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, (ast.Name, ast.Attribute, ast.Call)):
            return _placeholder(node.func.value)
        named = [a for a in node.args if isinstance(a, (ast.Name, ast.Attribute))]
        return _placeholder(named[0]) if named else _placeholder(node.func).strip("_")
    if isinstance(node, ast.IfExp):  # "page{'s' if n != 1 else ''}": a plural ending
        return "_" + _placeholder(node.body) if not isinstance(node.body, ast.Constant) else "_plural"
    name = re.sub(r"\W+", "_", ast.unparse(node)).strip("_")
    return (name or "value")[:40]


def _template(node: ast.JoinedStr) -> str:
    text = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            text.append(str(value.value).replace("{", "{{").replace("}", "}}"))
        elif isinstance(value, ast.FormattedValue):
            text.append("{" + _placeholder(value.value) + "}")
    return "".join(text)


def _skipped_nodes(tree: ast.AST) -> set[int]:
    """Docstrings, log calls, ``__repr__``/``__str__`` bodies and the parts of f-strings."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body \
                and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            skipped.add(id(body[0].value))
        log_call = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in _LOG_METHODS
        dunder = isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in ("__repr__", "__str__")
        programmer_error = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
            and node.func.id in _PROGRAMMER_ERRORS
        if log_call or dunder or programmer_error:
            skipped.update(id(part) for part in ast.walk(node))
        elif isinstance(node, ast.JoinedStr):
            skipped.update(id(part) for value in node.values for part in ast.walk(value))
        elif isinstance(node, ast.Subscript):
            skipped.update(id(part) for part in ast.walk(node.slice))
    return skipped


def _strings(tree: ast.AST) -> Iterator[str]:
    skipped = _skipped_nodes(tree)
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.JoinedStr):
            yield _template(node)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def message_sources() -> list[Path]:
    files: list[Path] = []
    for name in MESSAGE_SOURCES:
        path = PACKAGE / name
        files.extend([path] if path.is_file() else sorted(path.rglob("*.py")))
    return [f for f in files if f.relative_to(PACKAGE).as_posix() not in MESSAGE_SOURCES_SKIPPED]


def lower_layer_messages() -> list[str]:
    """Every sentence of :data:`MESSAGE_SOURCES` a user may read, sorted, without repeats:
    sentences, and clauses of them made with values (``the document is about {name}``)."""
    found: set[str] = set()
    for path in message_sources():
        for text in _strings(ast.parse(path.read_text(encoding="utf-8"))):
            text = " ".join(text.split()).lstrip(".;, ").rstrip(";, ")
            if _NOT_WORDS.match(text):
                continue
            if _SENTENCE.match(text) or (_CLAUSE.match(text) and "{" in text):
                found.add(text)
    return sorted(found)


def message_catalog_text(messages: list[str]) -> str:
    lines = [
        '"""Sentences made below the UI (api, services, documents), for the translation catalogs.',
        "",
        "GENERATED by ``python scripts/translations.py update`` from their sources: do not edit.",
        "ui/i18n.py ``translate_message`` translates them where they are shown.",
        '"""',
        "# ruff: noqa: E501",
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES: Final = (",
        *(f'    QT_TRANSLATE_NOOP("messages", {json.dumps(m, ensure_ascii=False)}),' for m in messages),
        ")",
        "",
    ]
    return "\n".join(lines)


# --- 2. and 3. the catalogs --------------------------------------------------------------------
def catalog(language: str, suffix: str) -> Path:
    return CATALOG_DIR / f"medsender_{language}.{suffix}"


def ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def extract() -> None:
    MESSAGE_CATALOG.write_text(message_catalog_text(lower_layer_messages()), encoding="utf-8")
    CATALOG_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in ui_sources()) + "\n", encoding="utf-8")
        for language in LANGUAGES:
            tool("lupdate", f"@{listing}", "-locations", "none", "-no-obsolete", "-sort-messages",
                 "-source-language", "en", "-target-language", language, "-silent",
                 "-ts", str(catalog(language, "ts")))


def compile_catalog(language: str, target: Path) -> None:
    tool("lrelease", "-nounfinished", "-removeidentical", "-silent", str(catalog(language, "ts")),
         "-qm", str(target))


def compile_all() -> None:
    for language in LANGUAGES:
        compile_catalog(language, catalog(language, "qm"))


def stale() -> list[str]:
    """What is behind its sources: the message catalog, a .qm."""
    return [*stale_message_catalog(), *stale_compiled()]


def stale_message_catalog() -> list[str]:
    if MESSAGE_CATALOG.read_text(encoding="utf-8") != message_catalog_text(lower_layer_messages()):
        return [f"{MESSAGE_CATALOG.relative_to(ROOT)} misses sentences of api/services/documents"]
    return []


def stale_compiled() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            fresh = Path(tmp) / f"{language}.qm"
            compile_catalog(language, fresh)
            shipped = catalog(language, "qm")
            if not shipped.is_file() or shipped.read_bytes() != fresh.read_bytes():
                problems.append(f"{shipped.relative_to(ROOT)} is not compiled from its .ts")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "compile", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        extract()
        compile_all()
    elif args.command == "compile":
        compile_all()
    else:
        problems = stale()
        for problem in problems:
            print(f"{problem}: run python scripts/translations.py update")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
