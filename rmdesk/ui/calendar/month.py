"""The Calendar tab's month: per day, the number of meetings coloured by status (with a
mark when any was cancelled), milestones and closed days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPen
from PySide6.QtWidgets import QCalendarWidget, QWidget

from rmdesk.ui.calendar.model import STATUS_COLOURS
from rmdesk.ui.common import labels, palette

STATUS_ORDER = ("cancelled", "missed", "planned", "held")  # on a tie, the first wins
CLOSED_COLOUR = palette.MUTED  # closed days are hatched in it


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class MeetingCalendar(QCalendarWidget):
    """A month grid that draws, per day, the number of meetings coloured by status, a dot
    on it when any was cancelled, a mark for milestones and hatching for closed days
    (``QCalendarWidget`` keeps its keyboard navigation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month_view")
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.counts: dict[dt.date, dict[str, int]] = {}
        self.milestones: dict[dt.date, str] = {}
        self.closed: dict[dt.date, str] = {}

    def legend(self) -> str:
        """Every mark the month draws, in its colour: each status, the cancellation dot,
        milestones and closed days."""
        statuses = ", ".join(
            palette.coloured(labels.shown(labels.MEETING_STATUS, status), colour)
            for status, colour in STATUS_COLOURS.items()
        )
        return self.tr(
            "Number on a day: its meetings, in the colour of most ({0}); {1} on it: one was "
            "cancelled · {2} milestone · {3} closed day"
        ).format(
            statuses,
            palette.coloured("●", STATUS_COLOURS["cancelled"]),
            palette.coloured("▌", palette.MILESTONE),
            palette.coloured("▨", CLOSED_COLOUR),
        )

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        day = pydate(date)
        if day in self.closed:
            self._hatch(painter, rect)
        counts = self.counts.get(day)
        if counts:
            self._badge(painter, rect, counts)
        if day in self.milestones:
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.colour(palette.MILESTONE, minimum=palette.MARK_CONTRAST))
            painter.drawRect(QRect(rect.left() + 1, rect.top() + 1, 5, rect.height() - 2))
            painter.restore()

    @staticmethod
    def _hatch(painter: QPainter, rect: QRect) -> None:
        """Diagonal lines over the day: closed, whatever the theme's colours."""
        painter.save()
        colour = palette.colour(CLOSED_COLOUR, minimum=palette.MARK_CONTRAST)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()

    @staticmethod
    def _badge(painter: QPainter, rect: QRect, counts: dict[str, int]) -> None:
        total = sum(counts.values())
        # The day takes the colour of most of its meetings (ties: the order above).
        status = max(STATUS_ORDER, key=lambda s: (counts.get(s, 0), -STATUS_ORDER.index(s)))
        painter.save()
        badge = QRect(rect.right() - 20, rect.bottom() - 15, 18, 13)
        # The badge reads against the day's background, and its number (in the
        # background's colour: white on a light desktop) against the badge.
        painter.setBrush(palette.colour(STATUS_COLOURS[status]))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(palette.background())
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(total))
        if counts.get("cancelled") and status != "cancelled":
            # Any cancellation shows, even on a day of mostly held meetings: a dot in
            # the cancelled colour on the badge's corner, ringed in the background's.
            painter.setPen(QPen(palette.background(), 1.5))
            painter.setBrush(palette.colour(STATUS_COLOURS["cancelled"]))
            painter.drawEllipse(QRect(badge.left() - 5, badge.top() - 5, 9, 9))
        painter.restore()
