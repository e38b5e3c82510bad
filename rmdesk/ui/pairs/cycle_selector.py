"""The toolbar's cycle selector: which cycle the Pairs, Calendar and Goals tabs show."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from rmdesk.ui.common import settings
from rmdesk.ui.common.labels import CYCLE_STATUS_WORD, shown
from rmdesk.ui.common.operations import Changes, change_hub


class CycleSelector(QComboBox):
    """Lists cycles newest first; remembers the last one chosen (``QSettings``)."""

    cycle_changed = Signal(object)  # int id, or None when there is no cycle

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cycle_selector")
        self.setToolTip(self.tr("The programme cycle shown in Pairs, Calendar and Goals"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(18)
        self.currentIndexChanged.connect(self._on_index_changed)
        change_hub(self).changed.connect(self._on_changes)

    @Slot(object, object)
    def _on_changes(self, changes: Changes, _origin: object) -> None:
        """Cycles changed (or everything): list them again, keeping the one shown."""
        if changes & Changes.CYCLES:
            self.reload()

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(200, 0))

    def reload(self, select_id: int | None = None) -> None:
        from rmdesk.programme.cycles import list_cycles  # after the store has opened

        if select_id is None:
            select_id = self.current_cycle_id() or settings.load(settings.LAST_CYCLE) or None
        self.blockSignals(True)
        self.clear()
        for row in list_cycles():
            self.addItem(f"{row.name} ({shown(CYCLE_STATUS_WORD, row.status)})", row.id)
        index = self.findData(select_id) if select_id is not None else -1
        self.setCurrentIndex(index if index >= 0 else (0 if self.count() else -1))
        self.setEnabled(self.count() > 0)
        if not self.count():
            self.setPlaceholderText(self.tr("No cycle yet"))
        self.blockSignals(False)
        self._on_index_changed()

    def current_cycle_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    @Slot()
    def _on_index_changed(self) -> None:
        cycle_id = self.current_cycle_id()
        if cycle_id is not None:
            settings.save(settings.LAST_CYCLE, cycle_id)
        self.cycle_changed.emit(cycle_id)
