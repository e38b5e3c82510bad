"""The window's one date field: year first, a calendar popup, and dates typed in one go.

Qt's ``QDateEdit`` trips a person typing ``2026-12-24`` three ways, and these fields fix
each where it happens:

* **The separator after a full section.** When a section can take no more digits (the
  fourth of the year, ``12`` or ``3`` of a month) Qt moves to the next section by itself;
  the ``-`` typed next is then read as "next section" again and skips the month, so the
  ``12`` lands in the day: 2026-11-12. A separator typed right after such a move is
  swallowed here.
* **Where typing starts.** Tab selects the year, but a click leaves the cursor after the
  day (a full section takes no more digits, so everything typed is refused) and
  Shift+Tab selects the day. Focus by Tab, Shift+Tab, a mnemonic or a click selects the
  year here, so a whole date can be typed whatever section the cursor was in before;
  a click in a field that already has the focus places the cursor as usual.
* **Tab.** Qt's Tab walks the sections before leaving (three Tabs per date field) and
  stays in a field showing its "no date" words; here Tab goes to the next field.
* **The range refusing keystrokes.** Qt checks every keystroke against the minimum and
  maximum with the other sections' current values: with a cycle of 2026-09-01 to
  2027-06-30 and 2026-11-30 shown, the ``7`` of 2027 is refused (2027-11-30 is after the
  end) and so is the ``3`` of March. Here Qt's own range stays wide (only a "no date"
  day, shown as words, below it) and the allowed dates, ``earliest``/``latest``, are
  checked when the field is left or Enter is pressed.

A date outside them is then moved to the nearest allowed day and a sentence names the
typed date and the limit: in the form's error line (``FormDialog.show_error``), else in
a tooltip under the field (the field's tooltip keeps it until the date changes). Why
move it rather than refuse: the field then always holds a date the form can save, the
person sees the correction where they are looking, and the limits are the programme's (a
cycle's days, today), not a typo to keep. Enter that corrected the date does not also
press the dialog's default button: the person reads the correction, and a second Enter
saves. The arrow keys and PageUp/PageDown step within the allowed days (below
``earliest`` is "no date" where the field has one), and the popup calendar offers the
allowed days only.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QDateTimeEdit, QToolTip, QWidget

if TYPE_CHECKING:
    _Base = QDateTimeEdit
else:
    _Base = object

DATE_FORMAT = "yyyy-MM-dd"  # year first, as every list, document and export writes dates
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"
NO_DATE = QDate(2000, 1, 1)  # the day that stands for "no date" in a field that has one
TOOLTIP_MS = 8000  # long enough to read a sentence

_FOCUS_SELECTS_YEAR = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.OtherFocusReason,
)
_ENTER = (Qt.Key.Key_Enter, Qt.Key.Key_Return)
_STEP_UP = QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
_STEP_DOWN = QAbstractSpinBox.StepEnabledFlag.StepDownEnabled


def _qdate(day: QDate | dt.date | None) -> QDate | None:
    if day is None or isinstance(day, QDate):
        return day
    return QDate(day.year, day.month, day.day)


class _TypedDates(_Base):
    """What a date field and a date-and-time field share (a mixin over QDateTimeEdit)."""

    def _set_up(
        self,
        name: str,
        display_format: str,
        earliest: QDate | dt.date | None,
        latest: QDate | dt.date | None,
        none_text: str | None,
        none_date: QDate,
    ) -> None:
        self.setObjectName(name)
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)
        self._none_text = none_text
        if none_text is not None:
            QDateTimeEdit.setMinimumDate(self, none_date)  # Qt shows the words at its minimum
            self.setSpecialValueText(none_text)
        self._earliest: QDate | None = None
        self._latest: QDate | None = None
        self._advanced = False  # the last digit filled a section and Qt moved on
        self._corrected = False  # the last range check moved the date
        self.allow(earliest, latest)
        self.editingFinished.connect(self.settle)
        self.dateChanged.connect(lambda: self.setToolTip(""))  # a correction said is past
        self.calendarWidget().installEventFilter(self)

    # -- the allowed days ------------------------------------------------------------
    def allow(self, earliest: QDate | dt.date | None, latest: QDate | dt.date | None) -> None:
        """The days this field takes (either end open with None); the shown date is moved
        in at once, as Qt's ``setDateRange`` would."""
        self._earliest, self._latest = _qdate(earliest), _qdate(latest)
        self.settle(quietly=True)

    def earliest(self) -> QDate | None:
        return self._earliest

    def latest(self) -> QDate | None:
        return self._latest

    # Qt's range setters and getters speak of the allowed days, so code written for a
    # QDateEdit keeps its meaning; Qt's own range (read by Qt alone) stays wide.
    def setDateRange(self, earliest: QDate | dt.date, latest: QDate | dt.date) -> None:
        self.allow(earliest, latest)

    def setMinimumDate(self, earliest: QDate | dt.date) -> None:
        self.allow(earliest, self._latest)

    def setMaximumDate(self, latest: QDate | dt.date) -> None:
        self.allow(self._earliest, latest)

    def minimumDate(self) -> QDate:
        """The "no date" day where the field has one, else the earliest allowed."""
        if self._none_text is None and self._earliest is not None:
            return self._earliest
        return QDateTimeEdit.minimumDate(self)

    def maximumDate(self) -> QDate:
        return self._latest if self._latest is not None else QDateTimeEdit.maximumDate(self)

    def is_none(self) -> bool:
        """Whether the field shows its "no date" words."""
        return self._none_text is not None and self.date() == self.minimumDate()

    def settle(self, quietly: bool = False) -> bool:
        """Move a date outside the allowed days to the nearest one and (unless ``quietly``)
        say so beside the field; whether it moved."""
        self._corrected = False
        if self.is_none():
            return False
        day = self.date()
        if self._earliest is not None and day < self._earliest:
            limit = self._earliest
            message = QCoreApplication.translate(
                "DateField", "{0} is before {1}, the earliest date this field takes: it now "
                "reads {1}."
            )  # fmt: skip
        elif self._latest is not None and day > self._latest:
            limit = self._latest
            message = QCoreApplication.translate(
                "DateField", "{0} is after {1}, the latest date this field takes: it now "
                "reads {1}."
            )  # fmt: skip
        else:
            return False
        self.setDate(limit)
        self._corrected = True
        if not quietly:
            text = message.format(day.toString(DATE_FORMAT), limit.toString(DATE_FORMAT))
            self.setToolTip(text)  # also there when the pointer comes back to the field
            self._say(text)
        return True

    def _say(self, text: str) -> None:
        """In the form's error line where it has one (``FormDialog.show_error``), else in
        a tooltip under the field, shown once the focus has moved (Qt hides a tooltip at
        any change of focus, and leaving the field is one)."""
        show_error = getattr(self.window(), "show_error", None)
        if callable(show_error):
            show_error(text)
            return
        where = self.mapToGlobal(QPoint(0, self.height()))
        QTimer.singleShot(
            0, self, lambda: QToolTip.showText(where, text, self, QRect(), TOOLTIP_MS)
        )

    # -- typing ----------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            # The click's own press places the cursor after this: select once it is done.
            QTimer.singleShot(0, self, self._select_year)
        elif event.reason() in _FOCUS_SELECTS_YEAR:
            self._select_year()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field, as in every other field: Qt would walk its sections
        first (three Tabs per date) and keep Tab when the "no date" words show."""
        return QWidget.focusNextPrevChild(self, next)

    def _select_year(self) -> None:
        if self.hasFocus():
            self._advanced = False
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if self._advanced and len(text) == 1 and text.isprintable() and not text.isalnum():
            self._advanced = False  # Qt already moved on: this separator must not skip more
            event.accept()
            return
        if text.isdigit():
            self._start_typing()
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSectionIndex() > before
        if event.key() in _ENTER and self._corrected:
            event.accept()  # not the default button too: the correction is read first

    def _start_typing(self) -> None:
        """A digit typed over the "no date" words or over more than one section (the whole
        text selected) starts a date at the year, where Qt would refuse it."""
        if self.is_none():
            start = self._earliest if self._earliest is not None else QDate.currentDate()
            self.setDate(self._nearest(start))
            self._select_year()
            return
        edit = self.lineEdit()
        section = self.sectionText(self.currentSection())
        if edit.hasSelectedText() and len(edit.selectedText()) > len(section):
            self._select_year()

    def _nearest(self, day: QDate) -> QDate:
        if self._latest is not None and day > self._latest:
            return self._latest
        return day

    # -- stepping and the popup --------------------------------------------------------
    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        if self.is_none():
            if steps > 0 and self._earliest is not None:
                self.setDate(self._earliest)
            return
        below = self._earliest is not None and self.date() < self._earliest
        if steps < 0 and below and self._none_text is not None:
            self.setDate(self.minimumDate())  # below the first day: "no date"
            return
        self.settle(quietly=True)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = super().stepEnabled()
        day = self.date()
        if self._latest is not None and day >= self._latest:
            flags &= ~_STEP_UP
        if self._none_text is None and self._earliest is not None and day <= self._earliest:
            flags &= ~_STEP_DOWN
        return flags

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show:
            # Qt gives the popup its own (wide) range just before showing it.
            self.calendarWidget().setDateRange(self.minimumDate(), self.maximumDate())
        return super().eventFilter(watched, event)


class DateField(_TypedDates, QDateEdit):
    """A date typed or picked as yyyy-MM-dd; see the module's docstring."""

    def __init__(
        self,
        name: str,
        day: QDate | dt.date | None = None,
        *,
        earliest: QDate | dt.date | None = None,
        latest: QDate | dt.date | None = None,
        none_text: str | None = None,
        none_date: QDate = NO_DATE,
        weekday: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``none_text`` (translated by the caller) is shown for ``none_date``, the field's
        minimum, reached by stepping below ``earliest``; ``weekday`` adds its short name."""
        super().__init__(parent)
        shown = DATE_FORMAT + " ddd" if weekday else DATE_FORMAT
        shown_day = _qdate(day)
        if shown_day is not None:
            self.setDate(shown_day)
        self._set_up(name, shown, earliest, latest, none_text, none_date)


class DateTimeField(_TypedDates, QDateTimeEdit):
    """A date and time typed or picked as yyyy-MM-dd HH:mm; see the module's docstring."""

    def __init__(
        self,
        name: str,
        *,
        earliest: QDate | dt.date | None = None,
        latest: QDate | dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._set_up(name, DATE_TIME_FORMAT, earliest, latest, None, NO_DATE)
