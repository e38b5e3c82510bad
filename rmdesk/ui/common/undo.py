"""Edit > Undo: one action for the whole window, for what the visible tab can undo.

Tabs that can undo something keep their own ``undo_action`` (enabled exactly when
there is something to undo, its text naming it: "Undo delete Ana López"); the window
shows none of them, only this one, which takes the visible tab's text and enabled
state and triggers it. Two undo buttons, one greyed while the other was live, read
as two histories; this is one, and Ctrl+Z always means what the menu says.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QTabWidget, QWidget

TOOLBAR_CHARS = 32


class WindowUndo(QObject):
    """The window's one Undo action, following the visible tab's ``undo_action``."""

    def __init__(self, parent: QWidget, tabs: QTabWidget, sources: Sequence[QWidget]) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.sources = tuple(sources)  # tabs with an ``undo_action``
        self.action = QAction(QIcon.fromTheme(QIcon.ThemeIcon.EditUndo), self.tr("&Undo"), parent)
        self.action.setObjectName("window_undo")
        self.action.setShortcut(QKeySequence.StandardKey.Undo)
        self.action.setStatusTip(self.tr("Undo the last delete on this tab"))
        self.action.triggered.connect(self.undo)
        tabs.currentChanged.connect(self.follow)
        for tab in self.sources:
            tab.undo_action.changed.connect(self.follow)  # type: ignore[attr-defined]
        self.follow()

    def source(self) -> QAction | None:
        """The visible tab's own undo action, if that tab can undo anything."""
        shown = self.tabs.currentWidget()
        if shown is None:
            return None
        for tab in self.sources:
            if tab is shown or tab.isAncestorOf(shown) or shown.isAncestorOf(tab):
                action: QAction = tab.undo_action  # type: ignore[attr-defined]
                return action
        return None

    @Slot()
    def follow(self) -> None:
        """Say what Undo would undo on the visible tab, enabled only if something."""
        action = self.source()
        live = action is not None and action.isEnabled()
        text = action.text().split("\t")[0] if action is not None and live else self.tr("&Undo")
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        self.action.setText(text)
        # The toolbar button stays short (a long goal title would push the cycle away).
        short = plain if len(plain) <= TOOLBAR_CHARS else plain[: TOOLBAR_CHARS - 1].rstrip() + "…"
        self.action.setIconText(short)
        self.action.setToolTip(plain)
        self.action.setEnabled(live)

    @Slot()
    def undo(self) -> None:
        action = self.source()
        if action is not None and action.isEnabled():
            action.trigger()
