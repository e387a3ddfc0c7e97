"""Reading every word a window shows, to check that none is the API's own vocabulary."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabBar,
    QTableView,
    QWidget,
)

ROWS_READ = 60

#: (what is wrong, a pattern of it): the API's words and raw values users should never read
RAW_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("'Send token'", re.compile(r"send ?token", re.I)),
    ("a document type code", re.compile(r"^(both|document_only|access_code_sheet_only)$", re.I)),
    ("a record status code", re.compile(r"^(activated|archived|revoked)$", re.I)),
    ("'Record status'", re.compile(r"record status", re.I)),
    ("'Callback'", re.compile(r"call ?back", re.I)),
    ("'Relay:'", re.compile(r"^relay:", re.I)),
    ("'Test: Yes/No'", re.compile(r"^test:?$", re.I)),
    ("a UUID", re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)),
    ("a web address", re.compile(r"\b(https?|wss?)://", re.I)),
    ("the API's forward sentence", re.compile(r"record has been sent|we will send", re.I)),
    ("British 'analysed'", re.compile(r"analys(ed|e)\b", re.I)),
    ("an E.164 number", re.compile(r"\+1\d{10}\b")),
    ("an API status code", re.compile(r"^(inprogress|success|failure|queued|no_answer)$")),
)


def shown_texts(root: QWidget) -> list[str]:
    """Labels, buttons (and their tooltips), group titles, drop-down items, tab names, column
    names and the first rows of every list: everything a user reads in ``root``."""
    texts: list[str] = [root.windowTitle()]
    window = root.window()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = model.columnCount(QModelIndex()) if isinstance(widget, QTableView) else 1
            for column in range(columns):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                texts += [str(model.index(row, column).data() or "")
                          for row in range(min(ROWS_READ, model.rowCount(QModelIndex())))]
    return [t for t in texts if t]


def raw_words(texts: list[str]) -> list[str]:
    """Each text that shows an API word, with what is wrong with it."""
    found = []
    for text in texts:
        for line in text.splitlines():
            for what, pattern in RAW_WORDS:
                if pattern.search(line.strip().rstrip(":")):
                    found.append(f"{what}: {line!r}")
    return found
