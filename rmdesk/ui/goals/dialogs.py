"""Goal dialogs: add or edit a goal (templates fill it in), record progress (with the
history below), and the editor of the goal templates.

Every write goes through ``programme.goals``; its ``ValidationError`` is shown next to
the field it names, and the dialog stays open with everything typed.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.programme import goals
from rmdesk.programme.goals import GoalData, GoalRow
from rmdesk.programme.participants import topic_choices
from rmdesk.store.errors import WriteFailed
from rmdesk.ui.common import local_format, palette
from rmdesk.ui.common.dates import DateField
from rmdesk.ui.common.forms import FormDialog
from rmdesk.ui.common.labels import GOAL_OWNER, GOAL_STATUS, QT_TRANSLATE_NOOP, shown
from rmdesk.ui.common.operations import Changes, operate
from rmdesk.ui.common.refusals import write_failure_text
from rmdesk.ui.common.table_model import AnyIndex, RowTableModel
from rmdesk.ui.common.wording import counted, spoken_error

if TYPE_CHECKING:
    from rmdesk.programme.cycles import CycleRow
    from rmdesk.ui.goals.model import PairInfo

DEFAULT_TARGET_DAYS = 90


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def default_target(start: dt.date, end: dt.date, today: dt.date | None = None) -> dt.date:
    """About three months from now (or from the cycle's start), never past its end."""
    today = today or dt.date.today()
    return min(end, max(start, today) + dt.timedelta(days=DEFAULT_TARGET_DAYS))


def fill_topics(combo: QComboBox, none_text: str) -> None:
    combo.addItem(none_text, None)
    for topic_id, name in topic_choices():
        combo.addItem(name, topic_id)


class GoalDialog(FormDialog):
    """Add a goal (``goal_id`` None) to one of ``pairs``, or edit one."""

    changes = Changes.GOALS

    def __init__(
        self,
        parent: QWidget | None,
        cycle: CycleRow,
        pairs: Sequence[PairInfo],
        *,
        goal_id: int | None = None,
        pair_id: int | None = None,
        owner: str | None = None,
    ) -> None:
        super().__init__(
            parent, self.tr("New goal") if goal_id is None else self.tr("Edit goal"), min_width=560
        )
        self.goal_id = goal_id
        self.saved_id: int | None = None
        self.pairs = {pair.id: pair for pair in pairs}
        self.templates: dict[int, goals.TemplateRow] = {}
        goal = goals.get_goal(goal_id) if goal_id is not None else None
        self.pair_combo = QComboBox(objectName="goal_pair")
        for pair in pairs:
            self.pair_combo.addItem(pair.label(), pair.id)
        self.owner_combo = QComboBox(objectName="goal_owner")
        self.topic_combo = QComboBox(objectName="goal_topic")
        fill_topics(self.topic_combo, self.tr("(no topic)"))
        self.template_combo = QComboBox(objectName="goal_template")
        self.template_combo.setToolTip(
            self.tr("Templates suggest a title and a success measure for the owner and topic")
        )
        self.title_edit = QLineEdit(objectName="goal_title")
        self.title_edit.setPlaceholderText(self.tr("What will change, in a few words"))
        self.measure_edit = QPlainTextEdit(objectName="goal_measure")
        self.measure_edit.setPlaceholderText(self.tr("How we will know it happened"))
        self.measure_edit.setTabChangesFocus(True)
        self.measure_edit.setMaximumHeight(72)
        # Within the cycle; the field's minimum (a step below its start) is "no target date".
        self.target_edit = DateField(
            "goal_target",
            earliest=cycle.start_date,
            latest=cycle.end_date,
            none_text=self.tr("no target date"),
        )
        self.status_combo = QComboBox(objectName="goal_status")
        for status in GOAL_STATUS:
            self.status_combo.addItem(shown(GOAL_STATUS, status), status)
        self.add_field(self.tr("&Pair"), self.pair_combo)
        self.add_field(self.tr("&Whose goal"), self.owner_combo, "owner")
        self.add_field(self.tr("Top&ic"), self.topic_combo, "topic_id")
        self.add_field(self.tr("Te&mplate"), self.template_combo)
        self.add_field(self.tr("&Title*"), self.title_edit, "title")
        self.add_field(self.tr("&How we will know"), self.measure_edit)
        self.add_field(self.tr("Target &date"), self.target_edit, "target_date")
        self.add_field(self.tr("&Status"), self.status_combo, "status")
        self.pair_combo.currentIndexChanged.connect(self._fill_owners)
        self.owner_combo.currentIndexChanged.connect(self._fill_templates)
        self.topic_combo.currentIndexChanged.connect(self._fill_templates)
        self.template_combo.activated.connect(self._use_template)
        if goal is None:
            self._load_new(cycle, pair_id, owner)
        else:
            self._load(goal)
        if not pairs:
            self.show_error(self.tr("This cycle has no proposed or active pair to set goals for."))
            self.save_button.setEnabled(False)

    def _load_new(self, cycle: CycleRow, pair_id: int | None, owner: str | None) -> None:
        if pair_id is not None:
            self.pair_combo.setCurrentIndex(max(0, self.pair_combo.findData(pair_id)))
        self._fill_owners()
        if owner is not None:
            self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(owner)))
        self.target_edit.setDate(qdate(default_target(cycle.start_date, cycle.end_date)))
        self.title_edit.setFocus()

    def _load(self, goal: GoalRow) -> None:
        index = self.pair_combo.findData(goal.pair_id)
        if index < 0:  # an ended pair: shown, never offered for new goals
            self.pair_combo.addItem(f"{goal.mentor_name} – {goal.mentee_name}", goal.pair_id)
            index = self.pair_combo.count() - 1
        self.pair_combo.setCurrentIndex(index)
        self.pair_combo.setEnabled(False)
        self._fill_owners(names=(goal.mentee_name, goal.mentor_name))
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(goal.owner)))
        self.topic_combo.setCurrentIndex(max(0, self.topic_combo.findData(goal.topic_id)))
        self.title_edit.setText(goal.title)
        self.measure_edit.setPlainText(goal.success_measure)
        if goal.target_date is not None:
            self.target_edit.setDate(qdate(goal.target_date))
        else:
            self.target_edit.setDate(self.target_edit.minimumDate())
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(goal.status)))

    @Slot()
    def _fill_owners(self, _index: int = 0, names: tuple[str, str] | None = None) -> None:
        """Owner choices name the two people of the chosen pair."""
        if names is None:
            pair = self.pairs.get(self.pair_combo.currentData())
            names = (pair.mentee_name, pair.mentor_name) if pair else ("", "")
        current = self.owner_combo.currentData() or "mentee"
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        for owner, name in zip(("mentee", "mentor"), names, strict=True):
            label = shown(GOAL_OWNER, owner)
            self.owner_combo.addItem(f"{label}: {name}" if name else label, owner)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(current)))
        self.owner_combo.blockSignals(False)
        self._fill_templates()

    @Slot()
    def _fill_templates(self) -> None:
        templates = goals.list_templates(
            self.owner_combo.currentData(), self.topic_combo.currentData()
        )
        self.template_combo.clear()
        self.templates = {template.id: template for template in templates}
        self.template_combo.addItem(
            self.tr("Choose one to fill in the title and measure ({0})").format(len(templates))
            if templates
            else self.tr("No template for this owner and topic"),
            None,
        )
        for template in templates:
            where = template.topic_name or self.tr("general")
            self.template_combo.addItem(f"{template.title} [{where}]", template.id)
            self.template_combo.setItemData(
                self.template_combo.count() - 1,
                template.success_measure,
                Qt.ItemDataRole.ToolTipRole,
            )

    @Slot(int)
    def _use_template(self, index: int) -> None:
        template = self.templates.get(self.template_combo.itemData(index))
        if template is None:
            return
        self.title_edit.setText(template.title)
        self.measure_edit.setPlainText(template.success_measure)
        if template.topic_id is not None and self.topic_combo.currentData() is None:
            self.topic_combo.blockSignals(True)
            self.topic_combo.setCurrentIndex(max(0, self.topic_combo.findData(template.topic_id)))
            self.topic_combo.blockSignals(False)

    def data(self) -> GoalData:
        target = self.target_edit.date()
        return GoalData(
            owner=self.owner_combo.currentData(),
            title=self.title_edit.text(),
            topic_id=self.topic_combo.currentData(),
            success_measure=self.measure_edit.toPlainText(),
            target_date=None if target == self.target_edit.minimumDate() else pydate(target),
            status=self.status_combo.currentData(),
        )

    def save(self) -> None:
        if self.goal_id is None:
            self.saved_id = goals.create_goal(self.pair_combo.currentData(), self.data())
        else:
            goals.update_goal(self.goal_id, self.data())
            self.saved_id = self.goal_id


class HistoryModel(RowTableModel):
    """A goal's progress updates, newest first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Date"),
        QT_TRANSLATE_NOOP("Headers", "Progress"),
        QT_TRANSLATE_NOOP("Headers", "Note"),
    )

    def set_rows(self, rows: Sequence[goals.ProgressEntry]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda e: (e.date, e.id), reverse=True)
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.row_in_range(index):
            return None
        entry: goals.ProgressEntry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (local_format.day(entry.date), f"{entry.progress} %", entry.note)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class ProgressDialog(FormDialog):
    """Record where a goal stands today (or on an earlier day); the history is below."""

    changes = Changes.GOALS

    def __init__(self, parent: QWidget | None, goal: GoalRow) -> None:
        super().__init__(parent, self.tr("Record progress"), min_width=560)
        self.goal = goal
        owner = goal.mentee_name if goal.owner == "mentee" else goal.mentor_name
        heading = QLabel(objectName="progress_goal", wordWrap=True)
        heading.setText(
            f"<b>{html.escape(goal.title)}</b><br>"
            + self.tr("Goal of {0}").format(html.escape(owner))
        )
        self.form.addRow(heading)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="progress_slider")
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(10)
        self.spin = QSpinBox(objectName="progress_value", minimum=0, maximum=100)
        self.spin.setSuffix(" %")
        # One value in two controls, both named: the form's label goes to the row.
        self.slider.setAccessibleName(self.tr("Progress"))
        self.spin.setAccessibleName(self.tr("Progress in per cent"))
        self.slider.valueChanged.connect(self.spin.setValue)
        self.spin.valueChanged.connect(self.slider.setValue)
        self.spin.setValue(goal.progress)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.date_edit = DateField("progress_date", latest=dt.date.today())
        self.date_edit.setDate(qdate(dt.date.today()))
        self.note_edit = QLineEdit(objectName="progress_note")
        self.note_edit.setPlaceholderText(self.tr("What happened (optional)"))
        self.add_field(self.tr("&Progress"), holder, "progress")
        self.add_field(self.tr("&On"), self.date_edit, "date")
        self.add_field(self.tr("&Note"), self.note_edit, "note")
        self.history = HistoryModel(self)
        self.history.set_rows(goals.progress_history(goal.id))
        self.history_table = QTableView(objectName="progress_history")
        self.history_table.setAccessibleName(self.tr("Progress history"))
        self.history_table.setModel(self.history)
        self.history_table.verticalHeader().hide()
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.setMinimumHeight(140)
        count = self.history.rowCount()
        self.form.addRow(
            QLabel(
                counted(
                    count,
                    self.tr("<b>History</b> ({0} update)"),
                    self.tr("<b>History</b> ({0} updates)"),
                )
                if count
                else self.tr("<b>History</b>: no update recorded yet")
            )
        )
        self.form.addRow(self.history_table)
        self.spin.setFocus()
        self.spin.selectAll()

    def save(self) -> None:
        goals.record_progress(
            self.goal.id,
            self.spin.value(),
            self.note_edit.text().strip(),
            on=pydate(self.date_edit.date()),
        )


class TemplatesModel(RowTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Whose goal"),
        QT_TRANSLATE_NOOP("Headers", "Topic"),
        QT_TRANSLATE_NOOP("Headers", "Title"),
        QT_TRANSLATE_NOOP("Headers", "How we will know"),
    )

    def set_rows(self, rows: Sequence[goals.TemplateRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[goals.TemplateRow]:
        return self._rows

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.row_in_range(index):
            return None
        row: goals.TemplateRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            owner = shown(GOAL_OWNER, row.owner)
            return (owner, row.topic_name or self.tr("General"), row.title, row.success_measure)[
                index.column()
            ]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.success_measure or None
        return None


class TemplatesDialog(QDialog):
    """The editable list of goal templates: pick one to edit it below, or start a new one."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Goal templates"))
        self.resize(860, 560)
        self.editing_id: int | None = None
        self.model = TemplatesModel(self)
        self.table = QTableView(objectName="templates_table")
        self.table.setAccessibleName(self.tr("Goal templates"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 170, 280)):
            self.table.setColumnWidth(column, width)
        self.owner_combo = QComboBox(objectName="template_owner")
        for owner in GOAL_OWNER:
            self.owner_combo.addItem(shown(GOAL_OWNER, owner), owner)
        self.topic_combo = QComboBox(objectName="template_topic")
        fill_topics(self.topic_combo, self.tr("General (any topic)"))
        self.title_edit = QLineEdit(objectName="template_title")
        self.measure_edit = QPlainTextEdit(objectName="template_measure")
        self.measure_edit.setTabChangesFocus(True)
        self.measure_edit.setMaximumHeight(60)
        self.error_label = QLabel(objectName="template_errors", wordWrap=True)
        self.error_label.setStyleSheet(palette.label_style())
        self.form_title = QLabel(objectName="template_form_title")
        form = QVBoxLayout()
        top = QHBoxLayout()
        for text, combo, stretch in (
            (self.tr("&Whose goal"), self.owner_combo, 0),
            (self.tr("Top&ic"), self.topic_combo, 1),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo, stretch)
        fields = ((self.tr("&Title"), self.title_edit),
                  (self.tr("&How we will know"), self.measure_edit))  # fmt: skip
        for widget_label, widget in fields:
            buddy = QLabel(widget_label)
            buddy.setBuddy(widget)
            form.addWidget(buddy)
            form.addWidget(widget)
        self.new_button = QPushButton(self.tr("&New template"), objectName="template_new")
        self.save_button = QPushButton(self.tr("&Save template"), objectName="template_save")
        self.delete_button = QPushButton(self.tr("&Delete template"), objectName="template_delete")
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_title)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._edit_selected)
        self.reload()
        self.start_new()

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(goals.list_templates())
        if select_id is not None:
            for row, template in enumerate(self.model.rows()):
                if template.id == select_id:
                    self.table.selectRow(row)
                    break

    def selected(self) -> goals.TemplateRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows()[rows[0].row()] if rows else None

    @Slot()
    def _edit_selected(self) -> None:
        template = self.selected()
        if template is None:
            return
        self.editing_id = template.id
        self.form_title.setText(self.tr("<b>Edit the selected template</b>"))
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(template.owner)))
        self.topic_combo.setCurrentIndex(max(0, self.topic_combo.findData(template.topic_id)))
        self.title_edit.setText(template.title)
        self.measure_edit.setPlainText(template.success_measure)
        self.error_label.clear()
        self.delete_button.setEnabled(True)

    @Slot()
    def start_new(self) -> None:
        self.editing_id = None
        self.table.clearSelection()
        self.form_title.setText(self.tr("<b>New template</b>"))
        self.title_edit.clear()
        self.measure_edit.clear()
        self.error_label.clear()
        self.delete_button.setEnabled(False)
        self.title_edit.setFocus()

    @Slot()
    def save(self) -> None:
        """Through the operation helper: a saved template announces GOALS."""
        editing_id, owner = self.editing_id, self.owner_combo.currentData()
        title, measure = self.title_edit.text(), self.measure_edit.toPlainText()
        topic_id = self.topic_combo.currentData()
        operate(
            self,
            lambda: goals.save_template(editing_id, owner, title, measure, topic_id),
            Changes.GOALS,
            lambda saved: self.reload(select_id=saved),
            on_refused=self.show_refusal,
            origin=self.parentWidget() or self,
        )

    def show_refusal(self, error: Exception) -> None:
        if isinstance(error, WriteFailed):
            self.error_label.setText(write_failure_text(error))
        else:  # a ValidationError's text is every message
            self.error_label.setText(spoken_error(error))

    @Slot()
    def delete(self) -> None:
        if self.editing_id is None:
            return
        title = next((t.title for t in self.model.rows() if t.id == self.editing_id), "")
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template “{0}”? Goals already made from it stay as they are.")
            .format(title),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        editing_id = self.editing_id

        def deleted(_result: object) -> None:
            self.reload()
            self.start_new()

        operate(
            self,
            lambda: goals.delete_template(editing_id),
            Changes.GOALS,
            deleted,
            origin=self.parentWidget() or self,
        )
