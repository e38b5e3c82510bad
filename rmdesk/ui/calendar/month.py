"""The Calendar tab's month: per day, the number of meetings coloured by status (with a
mark when any was cancelled), milestones and closed days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QFont, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QCalendarWidget, QTableView, QToolButton, QToolTip, QWidget

from rmdesk.ui.calendar.model import STATUS_COLOURS
from rmdesk.ui.common import labels, palette
from rmdesk.ui.common.wording import counted

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
        # The badges are drawn, so their meaning is also said in words: the selected
        # day's in the grid's description (what a screen reader reads), any day's in
        # the tooltip over it.
        self.setAccessibleName(self.tr("Month"))
        grid = self.findChild(QTableView, "qt_calendar_calendarview")
        assert grid is not None  # QCalendarWidget's own month grid, there since Qt 4
        self.grid: QTableView = grid
        self.grid.setAccessibleName(self.tr("Days of the month"))
        self.grid.viewport().installEventFilter(self)
        for name, text in (
            ("qt_calendar_prevmonth", self.tr("Previous month")),
            ("qt_calendar_nextmonth", self.tr("Next month")),
        ):
            button = self.findChild(QToolButton, name)
            assert button is not None  # an arrow that shows only an icon
            button.setAccessibleName(text)
            button.setToolTip(text)
        self.selectionChanged.connect(self.describe_selected)

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

    def day_text(self, day: dt.date) -> str:
        """The day's marks in words: "3 meetings: Planned (2), Held (1) · milestone:
        Kick-off · closed: Strike"; empty for a day with nothing on it."""
        parts = []
        counts = self.counts.get(day)
        if counts:
            total = sum(counts.values())
            statuses = ", ".join(
                self._status_count(status, counts[status])
                for status in STATUS_COLOURS
                if counts.get(status)
            )
            parts.append(
                counted(total, self.tr("{0} meeting: {1}"), self.tr("{0} meetings: {1}"), statuses)
            )
        if day in self.milestones:
            parts.append(self.tr("milestone: {0}").format(self.milestones[day]))
        if day in self.closed:
            closed = self.closed[day]
            parts.append(self.tr("closed: {0}").format(closed) if closed else self.tr("closed"))
        return " · ".join(parts)

    @staticmethod
    def _status_count(status: str, n: int) -> str:
        """The day's meetings in one status, "Planned (2)": the status word as the lists
        show it, so no language has to make it agree with a number."""
        return f"{labels.shown(labels.MEETING_STATUS, status)} ({n})"

    def describe_selected(self) -> None:
        """The selected day and its marks as the grid's accessible description and the
        month's tooltip; called when the selection or the counts change."""
        day = pydate(self.selectedDate())
        text = self.day_text(day) or self.tr("no meetings")
        described = (
            f"{self.locale().toString(self.selectedDate(), QLocale.FormatType.LongFormat)}: {text}"
        )
        self.grid.setAccessibleDescription(described)
        self.setAccessibleDescription(described)

    def date_at(self, position: QPoint) -> dt.date | None:
        """The day under ``position`` in the grid's viewport, as QCalendarWidget lays the
        month out: the first row starts on the first day of the week on or before the 1st,
        a whole week earlier when the 1st falls on that day; row 0 holds the day names."""
        index = self.grid.indexAt(position)
        if not index.isValid():
            return None
        row = index.row() - (
            0
            if self.horizontalHeaderFormat()
            == QCalendarWidget.HorizontalHeaderFormat.NoHorizontalHeader
            else 1
        )
        column = index.column() - (
            0
            if self.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
            else 1
        )
        if row < 0 or column < 0:
            return None
        first = dt.date(self.yearShown(), self.monthShown(), 1)
        offset = (first.isoweekday() - self.firstDayOfWeek().value) % 7 or 7
        return first + dt.timedelta(days=row * 7 + column - offset)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and watched is self.grid.viewport():
            assert isinstance(event, QHelpEvent)
            day = self.date_at(event.pos())
            text = self.day_text(day) if day is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.grid.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().eventFilter(watched, event)

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
