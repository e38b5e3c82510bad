"""Add / edit one participant: a form that validates before it accepts.

The dialog asks the domain (``programme.participants.validate``) for every
problem at once, marks each field and stays open; only valid data is written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rmdesk.programme import participants as domain
from rmdesk.programme.records import WEEKDAYS, ParticipantData
from rmdesk.programme.validation import ValidationError
from rmdesk.store.errors import WriteFailed
from rmdesk.store.values import CAPACITY_MAX, CAPACITY_MIN, LEVEL_MAX, LEVEL_MIN, WORK_MODES
from rmdesk.ui.common import palette
from rmdesk.ui.common.dates import DateField
from rmdesk.ui.common.labels import WEEKDAY, WORK_MODE, level_name, shown
from rmdesk.ui.common.operations import Changes, operate
from rmdesk.ui.common.wording import spoken, spoken_error

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "not recorded"


class ParticipantDialog(QDialog):
    """``participant_id`` None adds a participant; otherwise edits that one."""

    def __init__(self, parent: QWidget | None, participant_id: int | None = None) -> None:
        super().__init__(parent)
        self.participant_id = participant_id
        self.saved_id: int | None = None
        self._flagged: set[str] = set()  # fields marked wrong, checked again on every edit
        self.setWindowTitle(
            self.tr("New participant") if participant_id is None else self.tr("Edit participant")
        )
        self.setMinimumWidth(520)
        self._build()
        data = domain.get_participant(participant_id) if participant_id else ParticipantData()
        self.load(data)
        self._watch_fields()

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        self.name_edit = QLineEdit(objectName="full_name")
        self.name_edit.setPlaceholderText(self.tr("Full name, as they like to be called"))
        self.email_edit = QLineEdit(objectName="email")
        self.email_edit.setPlaceholderText(self.tr("optional, e.g. ana.silva@example.org"))
        self.employee_id_edit = QLineEdit(objectName="employee_id")
        self.employee_id_edit.setPlaceholderText(
            self.tr("optional: the HR system's, matches this person on re-import")
        )
        self.role_combo = QComboBox(objectName="role")
        self.role_combo.addItem(self.tr("Mentor: junior, shares what they know"), "mentor")
        self.role_combo.addItem(self.tr("Mentee: senior leader, learns"), "mentee")
        self.level_spin = QSpinBox(objectName="level")
        self.level_spin.setRange(LEVEL_MIN, LEVEL_MAX)
        self.level_label = QLabel()
        self.level_spin.valueChanged.connect(self._show_level_name)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level_spin)
        level_row.addWidget(self.level_label, 1)
        self.job_title_edit = QLineEdit(objectName="job_title")
        self.department_edit = QLineEdit(objectName="department")
        self.manager_combo = QComboBox(objectName="manager")
        self.manager_combo.setEditable(False)
        self.manager_combo.addItem(self.tr("(none)"), None)
        for pid, name in domain.manager_candidates(self.participant_id):
            self.manager_combo.addItem(name, pid)
        self.location_edit = QLineEdit(objectName="location")
        self.work_mode_combo = QComboBox(objectName="work_mode")
        for mode in WORK_MODES:
            self.work_mode_combo.addItem(shown(WORK_MODE, mode), mode)
        self.capacity_spin = QSpinBox(objectName="capacity")
        self.capacity_spin.setRange(CAPACITY_MIN, CAPACITY_MAX)
        self.capacity_spin.setToolTip(self.tr("How many pairs this person can be in at once"))
        self.day_boxes = {
            day: QCheckBox(shown(WEEKDAY, day), objectName=f"day_{day}") for day in WEEKDAYS
        }
        days_row = QHBoxLayout()
        for box in self.day_boxes.values():
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.topics_label = QLabel()
        self.topics_list = QListWidget(objectName="topics")
        self.topics_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.topics_list.setToolTip(self.tr("Tick topics; drag to put the most important first"))
        names = domain.topic_names()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.topics_list.addItem(item)
        # Tall enough to show every topic without scrolling (up to a dozen).
        rows_shown = min(max(len(names), 4), 12)
        self.topics_list.setFixedHeight(
            rows_shown * self.topics_list.sizeHintForRow(0) + 2 * self.topics_list.frameWidth() + 4
        )
        self.role_combo.currentIndexChanged.connect(self._show_topic_kind)
        self.consent_edit = DateField(
            "consent_on", none_text=self.tr("not recorded"), none_date=NO_DATE
        )
        self.notes_edit = QPlainTextEdit(objectName="notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(80)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Each field's error line sits under it, hidden until the domain says it is wrong.
        self.field_errors: dict[str, QLabel] = {}

        def row(label: str | QLabel, field: QWidget | QHBoxLayout, key: str = "") -> None:
            form.addRow(label, field)
            if key:
                error = QLabel(objectName=f"{key}_error", wordWrap=True)
                error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                error.setStyleSheet(palette.label_style())
                error.hide()
                form.addRow("", error)
                self.field_errors[key] = error

        row(self.tr("&Name*"), self.name_edit, "full_name")
        row(self.tr("&Email"), self.email_edit, "email")
        row(self.tr("Employee &ID"), self.employee_id_edit, "employee_id")
        row(self.tr("&Role*"), self.role_combo, "role")
        level_label = QLabel(self.tr("&Level*"))
        level_label.setBuddy(self.level_spin)
        row(level_label, level_row, "level")
        form.addRow(self.tr("&Job title"), self.job_title_edit)
        form.addRow(self.tr("&Department"), self.department_edit)
        row(self.tr("&Manager"), self.manager_combo, "manager")
        form.addRow(self.tr("Loc&ation"), self.location_edit)
        row(self.tr("&Work mode"), self.work_mode_combo, "work_mode")
        form.addRow(self.tr("Available on"), days_row)
        row(self.tr("Ca&pacity"), self.capacity_spin, "capacity")
        row(self.topics_label, self.topics_list, "topics")
        form.addRow(self.tr("&Consent given on"), self.consent_edit)
        form.addRow(self.tr("No&tes"), self.notes_edit)

        self.error_label = QLabel(objectName="errors")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(palette.banner_style())
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # Room left when an error line hides goes here, not between the rows.
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._field_widgets: dict[str, QWidget] = {
            "full_name": self.name_edit,
            "email": self.email_edit,
            "employee_id": self.employee_id_edit,
            "role": self.role_combo,
            "level": self.level_spin,
            "manager": self.manager_combo,
            "work_mode": self.work_mode_combo,
            "capacity": self.capacity_spin,
            "topics": self.topics_list,
        }

    def _watch_fields(self) -> None:
        """Every edit checks the flagged fields again, so a fixed one clears at once."""
        for edit in (self.name_edit, self.email_edit, self.employee_id_edit, self.job_title_edit,
                     self.department_edit, self.location_edit):  # fmt: skip
            edit.textChanged.connect(self._recheck)
        for combo in (self.role_combo, self.manager_combo, self.work_mode_combo):
            combo.currentIndexChanged.connect(self._recheck)
        for spin in (self.level_spin, self.capacity_spin):
            spin.valueChanged.connect(self._recheck)
        self.topics_list.itemChanged.connect(self._recheck)
        self.consent_edit.dateChanged.connect(self._recheck)

    def _recheck(self) -> None:
        """Only what was already flagged: nothing new turns red while the person types."""
        if not self._flagged:
            return
        errors = domain.validate(self.data(), self.participant_id)
        self.show_errors({name: text for name, text in errors.items() if name in self._flagged},
                         focus=False)  # fmt: skip

    def _show_level_name(self, level: int) -> None:
        self.level_label.setText(level_name(level))

    def _show_topic_kind(self) -> None:
        if self.role_combo.currentData() == "mentor":
            self.topics_label.setText(self.tr("Offers topic&s"))
        else:
            self.topics_label.setText(self.tr("Wants topic&s"))
        self.topics_label.setBuddy(self.topics_list)

    # -- load / save ---------------------------------------------------------
    def load(self, data: ParticipantData) -> None:
        self.name_edit.setText(data.full_name)
        self.email_edit.setText(data.email)
        self.employee_id_edit.setText(data.employee_id)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(data.role)))
        self.level_spin.setValue(data.level)
        self._show_level_name(data.level)
        self.job_title_edit.setText(data.job_title)
        self.department_edit.setText(data.department)
        self.manager_combo.setCurrentIndex(max(0, self.manager_combo.findData(data.manager_id)))
        self.location_edit.setText(data.location)
        self.work_mode_combo.setCurrentIndex(max(0, self.work_mode_combo.findData(data.work_mode)))
        for day, box in self.day_boxes.items():
            box.setChecked(day in data.availability)
        self.capacity_spin.setValue(data.capacity)
        for rank, name in enumerate(data.topics):  # chosen topics first, in priority order
            items = self.topics_list.findItems(name, Qt.MatchFlag.MatchExactly)
            if items:
                item = self.topics_list.takeItem(self.topics_list.row(items[0]))
                item.setCheckState(Qt.CheckState.Checked)
                self.topics_list.insertItem(rank, item)
        self._show_topic_kind()
        if data.consent_on:
            self.consent_edit.setDate(QDate(data.consent_on))
        else:
            self.consent_edit.setDate(NO_DATE)
        self.notes_edit.setPlainText(data.notes)

    def data(self) -> ParticipantData:
        consent = self.consent_edit.date()
        topics = [
            self.topics_list.item(i).text()
            for i in range(self.topics_list.count())
            if self.topics_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        return ParticipantData(
            full_name=self.name_edit.text(),
            role=self.role_combo.currentData(),
            level=self.level_spin.value(),
            email=self.email_edit.text(),
            employee_id=self.employee_id_edit.text(),
            job_title=self.job_title_edit.text(),
            department=self.department_edit.text(),
            manager_id=self.manager_combo.currentData(),
            location=self.location_edit.text(),
            work_mode=self.work_mode_combo.currentData(),
            availability=tuple(day for day, box in self.day_boxes.items() if box.isChecked()),
            notes=self.notes_edit.toPlainText(),
            consent_on=None
            if consent == NO_DATE
            else dt.date.fromisoformat(consent.toString("yyyy-MM-dd")),
            capacity=self.capacity_spin.value(),
            topics=topics,
        )

    def accept(self) -> None:
        """Save through the operation helper, which announces PARTICIPANTS once; a
        refusal shows every problem here and keeps the dialog open."""
        origin = self.parentWidget() or self
        if operate(
            self, self.save, Changes.PARTICIPANTS, on_refused=self.show_refusal, origin=origin
        ):
            super().accept()

    def save(self) -> None:
        data = self.data()
        if self.participant_id is None:
            self.saved_id = domain.create_participant(data)
        else:
            domain.update_participant(self.participant_id, data)
            self.saved_id = self.participant_id

    def show_refusal(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            self.show_errors(error.errors)
        elif isinstance(error, WriteFailed):  # disk full, folder made read-only ...
            self.show_errors({})
            self.error_label.setText(
                self.tr(
                    "Could not save ({0}). Nothing was written and your entries are still "
                    "here: free some disk space or check the folder, then press Save again."
                ).format(error.reason)
            )
            self.error_label.show()
        else:  # a broken rule
            self.show_errors({})
            self.error_label.setText(spoken_error(error))
            self.error_label.show()

    def said(self) -> str:
        """Every message the form shows now, field by field, then the one above the buttons."""
        shown = [label.text() for label in self.field_errors.values() if label.isVisible()]
        if self.error_label.isVisible():
            shown.append(self.error_label.text())
        return "\n".join(shown)

    def show_errors(self, errors: dict[str, str], *, focus: bool = True) -> None:
        """Each message under its field (a field without one: above the buttons)."""
        self._flagged = set(errors)
        for name, widget in self._field_widgets.items():
            widget.setProperty("invalid", name in errors)
            widget.setStyleSheet(palette.field_error_style() if name in errors else "")
        for name, label in self.field_errors.items():
            label.setText(spoken(errors[name]) if name in errors else "")
            label.setVisible(name in errors)
        elsewhere = [spoken(text) for name, text in errors.items() if name not in self.field_errors]
        self.error_label.setText("\n".join(elsewhere))
        self.error_label.setVisible(bool(elsewhere))
        first = next((self._field_widgets[n] for n in self._field_widgets if n in errors), None)
        if focus and first is not None:
            first.setFocus()
