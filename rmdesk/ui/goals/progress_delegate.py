"""Paints a goal's progress as a progress bar drawn by the style (no widget per row).

The percentage is written beside the bar, in the view's own text colour, not on it:
styles draw a bar's label in colours of their choosing (a grey 1.7:1 on the blue chunk
in a real session), and beside the bar the number reads whatever the theme.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
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
WIDEST = "100 %"


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
        label = self.label_rect(option)
        bar.rect = option.rect.adjusted(BAR_MARGIN, BAR_MARGIN, -BAR_MARGIN, -BAR_MARGIN)
        bar.rect.setRight(label.left() - BAR_MARGIN - 1)
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        bar.direction = option.direction
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = max(0, min(100, int(value)))
        bar.text = f"{bar.progress} %"
        bar.textVisible = False  # written beside the bar by paint()
        return bar

    @staticmethod
    def label_rect(option: QStyleOptionViewItem) -> QRect:
        """Where the percentage is written: the right end of the cell."""
        width = option.fontMetrics.horizontalAdvance(WIDEST) + BAR_MARGIN
        rect = QRect(option.rect)
        rect.setLeft(max(option.rect.left(), option.rect.right() - BAR_MARGIN - width))
        rect.setRight(option.rect.right() - BAR_MARGIN)
        return rect

    @staticmethod
    def label_role(option: QStyleOptionViewItem) -> QPalette.ColorRole:
        """The colour role of the percentage: as the row's other text."""
        if option.state & QStyle.StateFlag.State_Selected:
            return QPalette.ColorRole.HighlightedText
        return QPalette.ColorRole.Text

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
        painter.save()
        painter.setPen(option.palette.color(self.label_role(option)))
        painter.setFont(option.font)
        painter.drawText(
            self.label_rect(option),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            bar.text,
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.data(PROGRESS_ROLE) is None:
            return hint
        label = option.fontMetrics.horizontalAdvance(WIDEST) + 2 * BAR_MARGIN
        return hint.expandedTo(QSize(60 + label, option.fontMetrics.height() + 2 * BAR_MARGIN + 4))
