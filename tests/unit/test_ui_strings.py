"""Every word the UI shows goes through Qt's tr (or QCoreApplication.translate), so lupdate
extracts it and the Spanish catalog can carry it: a literal handed straight to a label, a
button, a tab, a tooltip, a status message or a notification stays English in every language.

Read from the source (no Qt needed): the calls that put text on screen, with a plain or
f-string literal where the words go.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "medsender_desktop" / "ui"

#: call name -> the positions of its arguments that are words on screen
TEXT_ARGUMENTS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(("QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
                     "QToolButton", "QMenu", "setText", "setToolTip", "setWindowTitle",
                     "setPlaceholderText", "showMessage", "setAccessibleName",
                     "setAccessibleDescription", "setStatusTip", "setWhatsThis", "addRow",
                     "addItem", "setTitle", "setSuffix", "setPrefix", "show_progress"), (0,)),
    "addTab": (1,),
    "setTabText": (1,),
    "announce": (1, 2),  # (kind, title, message, token)
    "FilterField": (1, 2),  # (API argument, label, placeholder)
}
#: the product's name is the same in every language
NOT_WORDS = {"Medsender Desktop"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def _literal_words(node: ast.expr) -> str | None:
    """The text of a string or f-string literal that holds words, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    else:
        return None
    return text if re.search(r"[A-Za-z]{2}", text) and text not in NOT_WORDS else None


def untranslated(source: str) -> list[tuple[int, str]]:
    """(line, words) of each literal put on screen without tr in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        positions = TEXT_ARGUMENTS.get(_name(node.func) or "", ())
        for position in positions:
            if position < len(node.args):
                words = _literal_words(node.args[position])
                if words is not None:
                    found.append((node.lineno, words))
    return found


def test_the_check_sees_literals_and_lets_translated_words_pass() -> None:
    source = '''
label = QLabel("No document yet", self)
self.status.showMessage(f"New fax received: {pages}.", 8000)
self.tabs.addTab(self.sent_tab, "Sent")
self.tabs.addTab(self.sent_tab, self.tr("Sent"))
button.setToolTip(self.tr("Send this fax again"))
combo.addItem(self.tr("Dark"), "dark")
window.setWindowTitle("Medsender Desktop")
zoom.setText(f"{percent}%")
'''
    assert untranslated(source) == [(2, "No document yet"), (3, "New fax received: ."),
                                     (4, "Sent")]


def test_every_word_on_screen_goes_through_tr() -> None:
    found = [f"{path.relative_to(UI.parent.parent)}:{line}: {words!r}"
             for path in sorted(UI.rglob("*.py"))
             for line, words in untranslated(path.read_text(encoding="utf-8"))]
    assert not found, ("shown without tr (wrap it in self.tr(...) or "
                       "QCoreApplication.translate(...)):\n" + "\n".join(found))
