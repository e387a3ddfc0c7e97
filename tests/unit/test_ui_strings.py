"""Every word the UI shows goes through Qt's translation (so the Spanish catalog can say it).

The source of ``medsender_desktop/ui`` is read with ``ast``: a string literal (or f-string)
with words in it, passed to a call that puts text on screen (``setText``, ``setWindowTitle``,
``QLabel(...)``, ``QPushButton(...)``, ``QAction(...)``, ``setPlaceholderText``,
``setToolTip``, ``addTab``, ``QMessageBox``, the dialog factory's ``error``/``info``/
``confirm``, ...), is a finding unless it sits inside ``tr``/``translate``. An f-string inside
``tr`` is a finding too: lupdate cannot extract it and the catalog can never match it (use
``self.tr("... {name} ...").format(name=...)``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "medsender_desktop" / "ui"

#: calls that put their text arguments on screen
SHOWN_BY_METHOD = frozenset({
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "addTab", "insertTab", "setTabText",
    "setTabToolTip", "showMessage", "addRow", "insertRow", "setTitle", "setLabelText", "addAction",
    "addMenu", "setHorizontalHeaderLabels", "setHeaderLabels", "setVerticalHeaderLabels",
    "setIconText", "setFormat", "setSuffix", "setPrefix", "setSpecialValueText", "addButton",
    "setInformativeText", "setDetailedText", "setPlainText", "setHtml", "setButtonText",
    "setNameFilter", "setNameFilters", "setWindowIconText",
    "information", "warning", "critical", "question", "about",
    "error", "info", "confirm", "show_error", "save_path", "open_paths", "print_document",
    "announce", "show_progress",
})
#: only their first text argument is shown (the others are data)
FIRST_TEXT_ONLY = frozenset({"addItem", "insertItem"})
SHOWN_BY_CLASS = frozenset({
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QMenu", "QMessageBox", "QCommandLinkButton", "QListWidgetItem", "QTableWidgetItem",
    "QTreeWidgetItem", "QFileDialog", "QInputDialog", "QProgressDialog", "QLineEdit",
    "QPlainTextEdit", "QTextEdit", "QToolBar", "QDockWidget",
    # the app's own helpers that label controls
    "tab_action", "add_tool_button", "tool", "FilterField", "Column",
})
TEXT_KEYWORDS = frozenset({"text", "title", "label", "tip", "placeholder", "words"})
#: helpers that call translate() inside: lupdate cannot see the words passed to them
LOOKALIKES = frozenset({"_tr", "_", "tr_", "_translate", "_t"})
TRANSLATING = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3"})
#: names, not words: shown the same in every language
UNTRANSLATED = frozenset({"Medsender Desktop", "Medsender", "PySide6", "Qt", "OK"})
WORDS = re.compile(r"[A-Za-z]{2,}")
FILE_NAME = re.compile(r"^[\w.-]+\.[a-z]{2,4}$")  # a suggested file name: "address-book.csv"
KEYS = r"(.|F\d+|Del|Delete|Esc|Return|Enter|Tab|Backspace|PgUp|PgDown|Up|Down|Left|Right|Home|End|Space)"
SHORTCUT = re.compile(r"^((Ctrl|Alt|Shift|Meta)\+)*" + KEYS + "$")
#: arguments of the app's helpers that are names, not words (FilterField's API argument)
NOT_SHOWN = {"FilterField": {0}}
LOG_METHODS = frozenset({"debug", "info", "warning", "error", "exception", "critical"})


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_log_call(node: ast.Call) -> bool:
    """``log.info("...")`` and friends: for the log file, never shown."""
    func = node.func
    return (isinstance(func, ast.Attribute) and func.attr in LOG_METHODS
            and isinstance(func.value, ast.Name) and func.value.id in {"log", "logger", "logging", "_log"})


def _text(node: ast.expr) -> str | None:
    """The words of a literal (or f-string, or ``"a" + "b"``) argument; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return None if left is None and right is None else (left or "") + (right or "")
    if isinstance(node, ast.IfExp):
        body, orelse = _text(node.body), _text(node.orelse)
        return None if body is None and orelse is None else f"{body or ''} {orelse or ''}"
    if isinstance(node, (ast.List, ast.Tuple)):
        texts = [t for t in (_text(e) for e in node.elts) if t is not None]
        return " ".join(texts) if texts else None
    return None


def _shown_arguments(node: ast.Call) -> list[ast.expr]:
    name = _name(node.func)
    if name in FIRST_TEXT_ONLY:  # (text, data) or (icon, text, data)
        first = next((a for a in node.args[:2] if _text(a) is not None
                      or (isinstance(a, ast.Call) and _name(a.func) in TRANSLATING)), None)
        return [first] if first is not None else []
    if name in SHOWN_BY_METHOD and isinstance(node.func, ast.Attribute) and not _is_log_call(node):
        return [*node.args, *(k.value for k in node.keywords if k.arg not in {"objectName"})]
    if name in SHOWN_BY_CLASS:
        skipped = NOT_SHOWN.get(name, set())
        return [*(a for i, a in enumerate(node.args) if i not in skipped),
                *(k.value for k in node.keywords if k.arg in TEXT_KEYWORDS)]
    return []


def findings(source: str, where: str) -> list[str]:
    tree = ast.parse(source)
    translated: set[int] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in TRANSLATING:
            for arg in node.args:
                translated.update(id(n) for n in ast.walk(arg))
                if isinstance(arg, ast.JoinedStr):
                    found.append(f"{where}:{node.lineno}: an f-string inside {_name(node.func)}(): "
                                 "lupdate cannot extract it; use .format(name=...)")
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id in LOOKALIKES and node.args \
                and _text(node.args[0]) is not None:
            found.append(f"{where}:{node.lineno}: {node.func.id}({_text(node.args[0])!r}): lupdate does not "
                         "know this helper, so the words never reach the catalog; call "
                         "translate(\"Context\", \"...\") or self.tr(\"...\")")
            continue
        for arg in _shown_arguments(node):
            if id(arg) in translated:
                continue
            text = _text(arg)
            if text is None or text.strip() in UNTRANSLATED or not WORDS.search(text) \
                    or SHORTCUT.match(text) or FILE_NAME.match(text):
                continue
            found.append(f"{where}:{arg.lineno}: {_name(node.func)}({text.strip()[:60]!r}) is not "
                         "wrapped in tr()/translate()")
    return found


def test_every_user_facing_string_of_the_ui_is_translatable() -> None:
    found = [f for path in sorted(UI.rglob("*.py"))
             for f in findings(path.read_text(encoding="utf-8"), path.relative_to(UI.parent).as_posix())]
    assert not found, "\n".join(found)


def test_the_scan_finds_what_it_should() -> None:
    """The scan itself: an untranslated label, button, title and f-string in tr are found."""
    sample = (
        "class W:\n"
        "    def build(self, n):\n"
        "        QLabel('Patient name', self)\n"
        "        self.button.setText(f'Send {n} faxes')\n"
        "        self.setWindowTitle(self.tr('New fax'))\n"
        "        self.tr(f'Sent {n}')\n"
        "        self.box.addItem(self.tr('Any'), 'any')\n"
        "        self.edit.setPlaceholderText('(212) 555-0100')\n"
        "        tab_action(self, self.tr('Print…'), self.tr('Print this fax'), 'Ctrl+P')\n"
        "        FilterField('from_number', self.tr('From'))\n"
        "        Column(_tr('File'), lambda e: e)\n"
        "        log.info('not for the screen')\n"
    )
    found = findings(sample, "sample.py")
    assert [f.split(":")[1] for f in found] == ["6", "3", "4", "11"], found
