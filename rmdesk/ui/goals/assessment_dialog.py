"""The quick assessment form (one person, one phase: scores 1-5 per dimension of their
role, satisfaction, comment) and the editor of the dimension lists.

Made for typing from paper: the form opens on the first score; each score row takes a
digit 1-5 and moves on to the next row, 0 or Backspace clears it, arrows step; Ctrl+Enter
saves, and "Save and next" saves and moves on to the next assessment still missing (the
mouse works too).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal, Slot
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.programme import assessments
from rmdesk.programme.assessments import PHASES, AssessmentData
from rmdesk.programme.validation import ValidationError
from rmdesk.store.errors import WriteFailed
from rmdesk.ui.common import local_format, palette
from rmdesk.ui.common.dates import DateField
from rmdesk.ui.common.forms import FormDialog
from rmdesk.ui.common.labels import PHASE, QT_TRANSLATE_NOOP, TAKE_PART_AGAIN, shown
from rmdesk.ui.common.mnemonics import alt_key
from rmdesk.ui.common.operations import Changes, operate
from rmdesk.ui.common.refusals import write_failure_text
from rmdesk.ui.common.wording import counted, spoken, spoken_error
from rmdesk.ui.goals.dialogs import pydate, qdate

if TYPE_CHECKING:
    from rmdesk.programme.assessments import AssessmentDue

SCORES = range(1, 6)
# Named here: the keyboard sheet shows its Alt+letter in the window's language.
SAVE_AND_NEXT = QT_TRANSLATE_NOOP("AssessmentDialog", "Save and &next")
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in SCORES}


class ScoreChooser(QWidget):
    """Five radio buttons 1-5 (or none chosen), driven by keys as one field."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for score in SCORES:
            button = QRadioButton(str(score), objectName=f"{name}_{score}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys
            self.group.addButton(button, score)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(lambda _id: self.changed.emit())

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked in SCORES else None

    def set_value(self, value: int | None) -> None:
        if value is not None and value in SCORES:
            self.group.button(value).setChecked(True)
        else:
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.value()
        if key in DIGIT_KEYS:
            self.set_value(DIGIT_KEYS[key])
            self.focusNextChild()
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_value(None)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(min(5, (current or 0) + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(max(1, (current or 2) - 1))
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # the row being typed into is framed
            painter = QPainter(self)
            pen = QPen(self.palette().highlight().color())
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRoundedRect(QRect(1, 1, self.width() - 2, self.height() - 2), 4, 4)

    def focusInEvent(self, event: object) -> None:
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.update()

    def focusOutEvent(self, event: object) -> None:
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.update()


class AssessmentDialog(FormDialog):
    """Enter or correct one self-assessment; choosing a person and phase shows what was
    saved for them, if anything."""

    changes = Changes.ASSESSMENTS

    def __init__(
        self,
        parent: QWidget | None,
        owed: Sequence[AssessmentDue],
        pair_labels: dict[int, str],
        *,
        pair_id: int | None = None,
        participant_id: int | None = None,
        phase: str | None = None,
        queue: Sequence[AssessmentDue] | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Enter assessment"), min_width=560)
        self.saved_id: int | None = None
        # "Save and next" walks ``queue`` (the list as the coordinator sees it), else
        # what the pair owes (every pair: None).
        self.queue = list(queue) if queue is not None else [
            row for row in owed if pair_id in (None, row.pair_id)
        ]  # fmt: skip
        self.entered: set[tuple[int, int, str]] = set()  # saved while the form is open
        self.saved_count = 0
        self._opened = False
        self.people: list[tuple[int, int, str, str]] = []  # pair, person, name, role
        seen: set[tuple[int, int]] = set()
        for row in owed:
            if (row.pair_id, row.participant_id) not in seen:
                seen.add((row.pair_id, row.participant_id))
                self.people.append(
                    (row.pair_id, row.participant_id, row.participant_name, row.role)
                )
        self.phases_owed: dict[tuple[int, int], str] = {}
        for row in owed:  # rows come baseline, midpoint, final: keep the first one owed
            if not row.done:
                self.phases_owed.setdefault((row.pair_id, row.participant_id), row.phase)
        self.person_combo = QComboBox(objectName="assessment_person")
        for pair, person, name, role in self.people:
            side = self.tr("mentee") if role == "mentee" else self.tr("mentor")
            self.person_combo.addItem(
                f"{name} ({side}) · {pair_labels.get(pair, '')}", (pair, person)
            )
        self.phase_combo = QComboBox(objectName="assessment_phase")
        for key in PHASES:
            self.phase_combo.addItem(shown(PHASE, key), key)
        self.date_edit = DateField("assessment_date")
        self.date_edit.setDate(qdate(dt.date.today()))
        self.state_label = QLabel(objectName="assessment_state")
        self.scores_box = QGroupBox(self.tr("Scores: 1 = not at all … 5 = very much"))
        self.scores_layout = QFormLayout(self.scores_box)
        self.choosers: dict[str, ScoreChooser] = {}
        self.satisfaction = ScoreChooser("assessment_satisfaction")
        self.comment_edit = QPlainTextEdit(objectName="assessment_comment")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(70)
        self.add_field(self.tr("&Who"), self.person_combo, "participant_id")
        self.add_field(self.tr("&Phase"), self.phase_combo, "phase")
        self.add_field(self.tr("&Date"), self.date_edit, "date")
        self.form.addRow(self.state_label)
        self.form.addRow(self.scores_box)
        self.scores_error = QLabel(objectName="scores_error", wordWrap=True)
        self.scores_error.setStyleSheet(palette.label_style())
        self.scores_error.hide()
        self.form.addRow(self.scores_error)
        self.field_errors["scores"] = self.scores_error
        self.add_field(self.tr("Overall &satisfaction"), self.satisfaction, "satisfaction")
        self.again_combo = QComboBox(objectName="assessment_take_part_again")
        self.again_combo.addItem(self.tr("Not answered"), None)
        for answer in TAKE_PART_AGAIN:
            self.again_combo.addItem(shown(TAKE_PART_AGAIN, answer), answer)
        self.add_field(self.tr("Would take part &again"), self.again_combo, "take_part_again")
        self.add_field(self.tr("&Comment"), self.comment_edit)
        self.form.addRow(
            QLabel(self.tr("Keys: type 1-5 on a row (it moves to the next), 0 clears; "
                           "Ctrl+Enter saves, {0} saves and opens the next one missing.")
                   .format(alt_key(QCoreApplication.translate("AssessmentDialog", SAVE_AND_NEXT))),
                   objectName="assessment_hint", wordWrap=True)
        )  # fmt: skip
        if pair_id is not None or participant_id is not None:
            for index, (pair, person, _name, _role) in enumerate(self.people):
                if pair_id not in (None, pair) or participant_id not in (None, person):
                    continue
                self.person_combo.setCurrentIndex(index)
                break
        if phase is not None:
            self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(phase)))
        elif (chosen := self.person()) is not None and chosen in self.phases_owed:
            # The first phase this person still owes.
            owed_phase = self.phases_owed[chosen]
            self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(owed_phase)))
        self.person_combo.currentIndexChanged.connect(self._load)
        self.phase_combo.currentIndexChanged.connect(self._load)
        self._load()
        self.next_button = self.buttons.addButton(
            QCoreApplication.translate("AssessmentDialog", SAVE_AND_NEXT),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.next_button.setObjectName("assessment_save_next")
        self.next_button.setToolTip(self.tr("Save, then open the next assessment still missing"))
        self.next_button.clicked.connect(self.save_and_next)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        if not self.people:
            self.show_error(self.tr("Nobody owes an assessment in this cycle yet."))
            self.save_button.setEnabled(False)
            self.next_button.setEnabled(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._opened:  # typing starts on the first score, not on "Who"
            self._opened = True
            self.focus_first_score()

    def focus_first_score(self) -> None:
        first = next(iter(self.choosers.values()), self.satisfaction)
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_key(self) -> tuple[int, int, str] | None:
        person = self.person()
        return (*person, self.phase_combo.currentData()) if person else None

    def next_missing(self) -> AssessmentDue | None:
        """The next assessment still missing after this one, in the queue's order: first in
        the same phase (a pile of baseline forms), else in any phase."""
        current = self.current_key()
        keys = [(row.pair_id, row.participant_id, row.phase) for row in self.queue]
        start = keys.index(current) + 1 if current in keys else 0
        ahead = self.queue[start:] + self.queue[:start]
        missing = [
            row for row in ahead
            if not row.done and (row.pair_id, row.participant_id, row.phase) not in self.entered
            and (row.pair_id, row.participant_id, row.phase) != current
        ]  # fmt: skip
        phase = self.phase_combo.currentData()
        return next((row for row in missing if row.phase == phase), None) or next(
            iter(missing), None
        )

    @Slot()
    def save_and_next(self) -> None:
        """Save like Save; then show the next missing assessment, or close if none is left."""
        self.clear_errors()
        key = self.current_key()
        just_saved = html.escape(
            f"{self.person_combo.currentText()}, {self.phase_combo.currentText()}"
        )
        origin = self.parentWidget() or self
        if not self.agreed_to_gaps():
            return
        if not operate(self, self.save, self.changes, on_refused=self.show_refusal, origin=origin):
            return
        if key is not None:
            self.entered.add(key)
        following = self.next_missing()
        if following is None:
            super(FormDialog, self).accept()  # saved already: close as Save does
            return
        self.show_assessment(following.pair_id, following.participant_id, following.phase)
        self.state_label.setText(
            self.tr("{0} <i>Saved: {1}.</i>").format(self.state_label.text(), just_saved)
        )

    def show_assessment(self, pair_id: int, participant_id: int, phase: str) -> None:
        """Switch the form to one person and phase, focused on the first score."""
        index = next(
            (i for i, (pair, person, _n, _r) in enumerate(self.people)
             if (pair, person) == (pair_id, participant_id)),
            -1,
        )  # fmt: skip
        for combo in (self.person_combo, self.phase_combo):
            combo.blockSignals(True)
        self.person_combo.setCurrentIndex(max(0, index))
        self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(phase)))
        for combo in (self.person_combo, self.phase_combo):
            combo.blockSignals(False)
        self._load()
        self.focus_first_score()

    def person(self) -> tuple[int, int] | None:
        value = self.person_combo.currentData()
        return (int(value[0]), int(value[1])) if value else None

    def role(self) -> str:
        index = self.person_combo.currentIndex()
        return self.people[index][3] if 0 <= index < len(self.people) else "mentee"

    @Slot()
    def _load(self) -> None:
        """The role's dimensions, filled with what was saved for this person and phase."""
        self.clear_errors()
        person = self.person()
        saved = (
            assessments.get_assessment(person[0], person[1], self.phase_combo.currentData())
            if person
            else None
        )
        names = [row.name for row in assessments.dimensions(self.role())]
        if saved is not None:  # scores on dimensions since renamed or removed stay visible
            names += [name for name in saved.scores if name not in names]
        while self.scores_layout.rowCount():
            self.scores_layout.removeRow(0)
        self.choosers = {}
        for number, name in enumerate(names):
            chooser = ScoreChooser(f"score_{number}")
            chooser.setAccessibleName(name)
            self.choosers[name] = chooser
            self.scores_layout.addRow(name, chooser)
            chooser.show()  # at once, not when the layout gets round to it: typing
            # moves the focus along the rows, and a row not yet shown would be skipped
        previous: QWidget = self.date_edit
        for chooser in (*self.choosers.values(), self.satisfaction):
            QWidget.setTabOrder(previous, chooser)
            previous = chooser
        QWidget.setTabOrder(previous, self.again_combo)
        QWidget.setTabOrder(self.again_combo, self.comment_edit)
        final = self.phase_combo.currentData() == "final"  # only the final one asks
        self.form.setRowVisible(self.again_combo, final)
        self.again_combo.setCurrentIndex(
            max(0, self.again_combo.findData(saved.take_part_again if saved else None))
        )
        if saved is None:
            self.state_label.setText(self.tr("<i>Not entered yet.</i>"))
            self.date_edit.setDate(qdate(dt.date.today()))
            self.satisfaction.set_value(None)
            self.comment_edit.clear()
            return
        self.state_label.setText(
            self.tr("<b>Saved on {0}</b>: saving again replaces it.").format(
                local_format.day(saved.date)
            )
        )
        self.date_edit.setDate(qdate(saved.date))
        for name, score in saved.scores.items():
            self.choosers[name].set_value(score)
        self.satisfaction.set_value(saved.satisfaction)
        self.comment_edit.setPlainText(saved.comment)

    def data(self) -> AssessmentData:
        person = self.person()
        if person is None:
            raise ValidationError({"participant_id": self.tr("Choose who this assessment is for.")})
        scores = {name: value for name, c in self.choosers.items() if (value := c.value())}
        return AssessmentData(
            pair_id=person[0],
            participant_id=person[1],
            phase=self.phase_combo.currentData(),
            date=pydate(self.date_edit.date()),
            scores=scores,
            satisfaction=self.satisfaction.value(),
            comment=self.comment_edit.toPlainText(),
            take_part_again=(
                self.again_combo.currentData()
                if self.phase_combo.currentData() == "final"
                else None
            ),
        )

    def accept(self) -> None:
        """Save (Ctrl+Enter too), after asking when items are left unanswered."""
        if self.agreed_to_gaps():
            super().accept()

    def agreed_to_gaps(self) -> bool:
        """True when every item is answered, or the coordinator chose to save what is
        filled in (asked, default No; No puts the focus on the first gap)."""
        try:
            data = self.data()
        except ValidationError:
            return True  # saving shows the refusal under its field
        answers = assessments.answered_in(data)
        if answers.complete:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Assessment not complete"),
            self.tr("{0} of {1} not answered. Save what is filled in?").format(
                answers.unanswered, answers.asked
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            return True
        gap = next((c for c in self.choosers.values() if c.value() is None), self.satisfaction)
        gap.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def save(self) -> None:
        self.saved_id = assessments.save_assessment(self.data())
        self.saved_count += 1

    def saved_text(self) -> str:
        """What the status bar says once the form closes."""
        return counted(
            self.saved_count, self.tr("Assessment saved."), self.tr("{0} assessments saved.")
        )


class DimensionsDialog(QDialog):
    """The two editable lists of what people rate themselves on, one per role."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assessment dimensions"))
        self.setMinimumWidth(640)
        self.lists: dict[str, QListWidget] = {}
        grid = QGridLayout()
        for column, (role, title) in enumerate(
            (("mentee", self.tr("Mentees (senior) rate themselves on")),
             ("mentor", self.tr("Mentors (junior) rate themselves on")))
        ):  # fmt: skip
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
            widget = QListWidget(objectName=f"dimensions_{role}")
            widget.setAccessibleName(title)
            widget.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            for row in assessments.dimensions(role):
                self._add_item(widget, row.name)
            grid.addWidget(widget, 1, column)
            buttons = QHBoxLayout()
            # Each list has its own four buttons with the same words: the description
            # and tooltip name the list, so a screen reader can tell them apart.
            for text, said, name, slot in (
                (self.tr("Add"), self.tr("Add a name to the list “{0}”"), "add", self._add),
                (self.tr("Remove"), self.tr("Remove the selected name from the list “{0}”"),
                 "remove", self._remove),
                (self.tr("Up"), self.tr("Move the selected name up in the list “{0}”"),
                 "up", lambda _=False, w=widget: self._move(w, -1)),
                (self.tr("Down"), self.tr("Move the selected name down in the list “{0}”"),
                 "down", lambda _=False, w=widget: self._move(w, 1)),
            ):  # fmt: skip
                button = QPushButton(text, objectName=f"dimensions_{role}_{name}")
                button.setAccessibleDescription(said.format(title))
                button.setToolTip(said.format(title))
                button.setProperty("list_role", role)
                button.clicked.connect(slot)
                buttons.addWidget(button)
            grid.addLayout(buttons, 2, column)
            self.lists[role] = widget
        note = QLabel(
            self.tr(
                "Double-click a name to edit it; drag or use Up/Down to order. Scores "
                "already given keep the name they were given under."
            ),
            wordWrap=True,
        )
        self.error_label = QLabel(objectName="dimensions_errors", wordWrap=True)
        self.error_label.setStyleSheet(palette.label_style())
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.save_button = box.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(box)

    @staticmethod
    def _add_item(widget: QListWidget, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        widget.addItem(item)
        return item

    def _sender_list(self) -> QListWidget:
        return self.lists[self.sender().property("list_role")]

    @Slot()
    def _add(self) -> None:
        widget = self._sender_list()
        item = self._add_item(widget, self.tr("New dimension"))
        widget.setCurrentItem(item)
        widget.editItem(item)

    @Slot()
    def _remove(self) -> None:
        widget = self._sender_list()
        row = widget.currentRow()
        if row >= 0:
            widget.takeItem(row)

    @staticmethod
    def _move(widget: QListWidget, step: int) -> None:
        row = widget.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < widget.count():
            return
        item = widget.takeItem(row)
        widget.insertItem(target, item)
        widget.setCurrentRow(target)

    def names(self, role: str) -> list[str]:
        widget = self.lists[role]
        return [widget.item(row).text() for row in range(widget.count())]

    def accept(self) -> None:
        """Both lists or neither, through the operation helper (announces SETTINGS)."""
        names = {role: self.names(role) for role in self.lists}
        if operate(
            self,
            lambda: assessments.set_all_dimensions(names),
            Changes.SETTINGS,
            on_refused=self.show_refusal,
            origin=self.parentWidget() or self,
        ):
            super().accept()

    def show_refusal(self, error: Exception) -> None:
        if isinstance(error, ValidationError) and error.errors:
            failed, text = next(iter(error.errors.items()))
            who = self.tr("Mentees") if failed == "mentee" else self.tr("Mentors")
            self.error_label.setText(f"{who}: {spoken(text)}")
        elif isinstance(error, WriteFailed):
            self.error_label.setText(write_failure_text(error))
        else:
            self.error_label.setText(spoken_error(error))
