"""What every tab of the window repeats: saved state, the selection, shown actions,
and reading again after a change or another cycle, at once when shown, else when
shown next (a hidden tab reads nothing: opening a file or changing the cycle costs
only what the shown tab reads).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QSplitter, QTabWidget, QWidget

from rmdesk.ui.common import settings
from rmdesk.ui.common.operations import Changes, change_hub


class Tab(QWidget):
    """A tab of the main window.

    Subclasses say which changes they show (``shows``), read them again in
    ``show_changes`` and name the widgets whose state is kept (``state_widgets``). The
    window tells each tab whether it is the current one (``set_current``); a tab
    that is not reads changes only when it becomes current, and its selection
    actions (``selection_actions``) are disabled, so no menu or toolbar action
    ever acts on a hidden tab's selection. Tabs that show one cycle are given it by
    ``show_cycle``, which calls their ``set_cycle`` (reading all they show) at once
    when current, else when next shown.
    """

    status_message = Signal(str)
    shows: Changes = Changes.EVERYTHING
    reads_at_once: Changes = Changes.NONE  # read even while not current (others count on it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = True  # alone (in tests) a tab is current; the window says otherwise
        self.pending = Changes.NONE  # changes not read yet (the tab was not current)
        self.pending_cycle: tuple[int | None] | None = None  # (cycle id,) not shown yet
        change_hub(self).changed.connect(self._on_changed)

    # -- changes ---------------------------------------------------------------
    @Slot(object, object)
    def _on_changed(self, changes: Changes, origin: QObject | None) -> None:
        if changes == Changes.EVERYTHING:
            self.forget_history()
        if not changes & self.shows:
            return
        self.pending |= changes
        if self.current or origin is self or changes & self.reads_at_once:
            self.apply_pending()

    def apply_pending(self) -> None:
        """Read what changed since the last refresh, if anything did: another cycle
        (whose reading covers every change) or changes."""
        changes, self.pending = self.pending, Changes.NONE
        cycle, self.pending_cycle = self.pending_cycle, None
        if cycle is not None:
            self.set_cycle(cycle[0])
        elif changes:
            self.show_changes(changes)

    # -- the toolbar's cycle ---------------------------------------------------
    def show_cycle(self, cycle_id: int | None) -> None:
        """Show ``cycle_id`` (None: no cycle): read now if current, else when shown."""
        self.pending_cycle = (cycle_id,)
        if self.current:
            self.apply_pending()
        else:
            self.update_actions()  # actions offered on every tab follow the new cycle

    def set_cycle(self, cycle_id: int | None) -> None:
        """Read everything this tab shows of ``cycle_id`` (tabs that show a cycle)."""
        raise NotImplementedError(type(self).__name__)

    def show_changes(self, changes: Changes) -> None:
        """Read again what ``changes`` touched (each tab reads what it shows)."""
        raise NotImplementedError(type(self).__name__)

    def forget_history(self) -> None:
        """Everything changed (restore, import, demo): drop any undo of older data."""

    # -- current tab -----------------------------------------------------------
    def set_current(self, current: bool) -> None:
        """The window shows this tab (True) or another one (False)."""
        self.current = current
        if current:
            self.apply_pending()
        self.update_actions()

    def new_item(self) -> Callable[[], object] | None:
        """What Ctrl+N makes on this tab (its "new" action), or None where nothing can be
        made now: the window's Ctrl+N asks the shown tab, never another one."""
        return None

    def selection_actions(self) -> Sequence[QAction]:
        """Actions on this tab's selection: enabled only while the tab is current."""
        return ()

    def update_actions(self) -> None:
        """Enable actions from the selection; a tab that is not current offers none."""
        if not self.current:
            for action in self.selection_actions():
                action.setEnabled(False)

    # -- selection -------------------------------------------------------------
    def selected_id(self) -> int | None:
        """The id of the selected record, or None."""
        raise NotImplementedError(type(self).__name__)

    # -- saved state -----------------------------------------------------------
    def state_widgets(self) -> Sequence[tuple[settings.Key, Any]]:
        """Splitters, headers and sub-tab widgets whose state is kept between runs."""
        return ()

    def restore_state(self) -> None:
        for key, widget in self.state_widgets():
            value = settings.load(key)
            if isinstance(widget, QTabWidget):
                if 0 <= value < widget.count():
                    widget.setCurrentIndex(value)
            elif isinstance(widget, QSplitter | QHeaderView) and not value.isEmpty():
                widget.restoreState(value)

    def save_state(self) -> None:
        for key, widget in self.state_widgets():
            if isinstance(widget, QTabWidget):
                settings.save(key, widget.currentIndex())
            else:
                settings.save(key, widget.saveState())
