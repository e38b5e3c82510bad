"""Paints a goal's progress as a progress bar drawn by the style (no widget per row)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from rmdesk.ui.goals.model import PROGRESS_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
BAR_MARGIN = 3


class ProgressBarDelegate(QStyledItemDelegate):
    """Cells with a ``PROGRESS_ROLE`` value (0-100) get a bar; others paint as usual."""

    def bar_option(
        self, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QStyleOptionProgressBar | None:
        """The bar the cell shows, or None: separate from ``paint`` so tests can read it."""
        value = index.data(PROGRESS_ROLE)
        if value is None:
            return None
        bar = QStyleOptionProgressBar()
        if option.widget is not None:
            bar.initFrom(option.widget)
        bar.rect = option.rect.adjusted(BAR_MARGIN, BAR_MARGIN, -BAR_MARGIN, -BAR_MARGIN)
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        bar.direction = option.direction
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = max(0, min(100, int(value)))
        bar.text = f"{bar.progress} %"
        bar.textVisible = True
        return bar

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        bar = self.bar_option(option, index)
        if bar is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the bar carries the number
        style = option.widget.style() if option.widget is not None else QApplication.style()
        # Selection and hover background first, then the bar on top.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, option.widget)
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.data(PROGRESS_ROLE) is None:
            return hint
        return hint.expandedTo(QSize(90, option.fontMetrics.height() + 2 * BAR_MARGIN + 4))
