"""Keys that act on one list only (Enter edits, Del deletes), never window-wide.

PySide6 drops the ``context`` given to ``QShortcut``'s constructor together with a
slot, so such a shortcut fired from anywhere in the window: Del in a text field
deleted the selected person or pair. The shortcut is made with its context alone and
connected apart, here, once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def list_shortcut(
    widget: QWidget,
    key: QKeySequence | QKeySequence.StandardKey | Qt.Key,
    slot: Callable[[], object],
) -> QShortcut:
    """``key`` on ``widget`` (while it has the focus) calls ``slot``."""
    shortcut = QShortcut(QKeySequence(key), widget, context=Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut
