"""Ctrl+N for the Goals tab's lists, where the window uses it too (new participant)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence


def _nothing() -> None:
    """Ctrl+N where the shown list has nothing new to make: taken, and ignored."""


if TYPE_CHECKING:
    from rmdesk.ui.goals.tab import GoalsTab


class ListKeys(QObject):
    """Ctrl+N belongs to the Goals tab while its lists have the focus, and means what
    the shown sub-tab's list holds: a new goal, a new assessment, a new fit answer;
    nothing elsewhere (never a goal from the Assessments list).

    The window uses it for a new participant; taking it on ``ShortcutOverride`` makes
    it a plain key press here, so the two never compete (Qt would report an ambiguous
    shortcut and do neither). Ctrl+Z is the window's one Undo (``common/undo.py``),
    which follows the tab: the Goals tab offers its goal undo only on the goal list.
    """

    def __init__(self, tab: GoalsTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def _handler(self, event: QKeyEvent) -> Callable[[], object] | None:
        if not event.matches(QKeySequence.StandardKey.New):
            return None
        action = self.new_action_here()
        return action.trigger if action is not None and action.isEnabled() else _nothing

    def new_action_here(self) -> QAction | None:
        """What "new" means on the shown sub-tab: a goal, an assessment, a fit answer."""
        from rmdesk.ui.goals.tab import SUB_ASSESSMENTS, SUB_FIT, SUB_GOALS  # imports this

        tab = self.tab
        return {
            SUB_GOALS: tab.add_action,
            SUB_ASSESSMENTS: tab.assessment_action,
            SUB_FIT: tab.fit_action,
        }.get(tab.sub_tabs.currentIndex())

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
