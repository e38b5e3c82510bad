"""Ctrl+N and Ctrl+Z for the Goals tab's lists, where the window uses them too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence

if TYPE_CHECKING:
    from rmdesk.ui.goals.tab import GoalsTab


class ListKeys(QObject):
    """Ctrl+N and Ctrl+Z belong to the Goals tab while its lists have the focus.

    The window already uses both (new participant, undo a participant's removal);
    taking them on ``ShortcutOverride`` makes them plain key presses here, so the
    two never compete (Qt would report an ambiguous shortcut and do neither).
    """

    def __init__(self, tab: GoalsTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def _handler(self, event: QKeyEvent) -> Callable[[], object] | None:
        tab = self.tab
        if event.matches(QKeySequence.StandardKey.New) and tab.add_action.isEnabled():
            return tab.add_goal
        if event.matches(QKeySequence.StandardKey.Undo) and tab.undo_action.isEnabled():
            return tab.undo_delete
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            handler = self._handler(event)  # type: ignore[arg-type]
            if handler is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    handler()
                return True
        return False
