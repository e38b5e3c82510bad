"""The pairing-fit check of a pair that has met: good fit, still deciding or not a good
fit, per person, with a note. A not-good-fit answer puts the pair on the attention list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.programme import checkins
from rmdesk.programme.checkins import FIT_ANSWERS
from rmdesk.programme.validation import RuleError
from rmdesk.ui.common import local_format
from rmdesk.ui.common.dates import DateField
from rmdesk.ui.common.forms import FormDialog
from rmdesk.ui.common.labels import FIT, shown
from rmdesk.ui.common.operations import Changes
from rmdesk.ui.goals.dialogs import pydate, qdate

if TYPE_CHECKING:
    from rmdesk.programme.checkins import FitRow


class _PersonAnswer(QGroupBox):
    """One person's answer: three choices and a note."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.row: FitRow | None = None
        self.group = QButtonGroup(self)
        choices = QHBoxLayout()
        self.buttons: dict[str, QRadioButton] = {}
        for answer in FIT_ANSWERS:
            button = QRadioButton(shown(FIT, answer), objectName=f"fit_{index}_{answer}")
            self.group.addButton(button)
            self.buttons[answer] = button
            choices.addWidget(button)
        choices.addStretch(1)
        self.note_edit = QLineEdit(objectName=f"fit_{index}_note")
        self.note_edit.setPlaceholderText(self.tr("What they said (optional, private to you)"))
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.note_edit)

    def show_row(self, row: FitRow) -> None:
        self.row = row
        side = self.tr("mentee, senior") if row.role == "mentee" else self.tr("mentor, junior")
        when = (
            self.tr(" · answered {0}").format(local_format.day(row.date)) if row.date else
            self.tr(" · not asked yet")
        )  # fmt: skip
        self.setTitle(f"{row.participant_name} ({side}){when}")
        self.group.setExclusive(False)
        for answer, button in self.buttons.items():
            button.setChecked(answer == row.answer)
        self.group.setExclusive(True)
        self.note_edit.setText(row.note)

    def answer(self) -> str:
        for answer, button in self.buttons.items():
            if button.isChecked():
                return answer
        return ""


class FitDialog(FormDialog):
    """Record or change the pairing-fit answers of one pair that has held a meeting."""

    changes = Changes.ASSESSMENTS  # an unfit answer puts the pair on attention

    def __init__(
        self,
        parent: QWidget | None,
        fits: Sequence[FitRow],
        pair_labels: dict[int, str],
        *,
        pair_id: int | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Pairing fit"), min_width=560)
        self.fits = list(fits)
        self.saved: list[str] = []
        self.pair_combo = QComboBox(objectName="fit_pair")
        for pid in dict.fromkeys(row.pair_id for row in self.fits):
            due = any(not r.answer for r in self.fits if r.pair_id == pid)
            label = pair_labels.get(pid, str(pid))
            self.pair_combo.addItem(f"{label}{self.tr(' · to ask') if due else ''}", pid)
        if pair_id is not None and self.pair_combo.findData(pair_id) >= 0:
            self.pair_combo.setCurrentIndex(self.pair_combo.findData(pair_id))
        elif pair_id is not None:
            self.show_error(
                self.tr("That pair has not held a meeting yet: the fit check comes after the "
                        "first one. Choose a pair that has met.")
            )  # fmt: skip
        self.date_edit = DateField("fit_date")
        self.date_edit.setDate(qdate(dt.date.today()))
        self.people = (_PersonAnswer(0), _PersonAnswer(1))
        self.add_field(self.tr("&Pair"), self.pair_combo, "pair_id")
        self.add_field(self.tr("Asked &on"), self.date_edit, "date")
        for person in self.people:
            self.form.addRow(person)
        self.pair_combo.currentIndexChanged.connect(self._load)
        self._load()
        if not self.fits:
            self.save_button.setEnabled(False)

    @Slot()
    def _load(self) -> None:
        pid = self.pair_combo.currentData()
        rows = [row for row in self.fits if row.pair_id == pid]
        for person, row in zip(self.people, rows, strict=False):
            person.show_row(row)

    def save(self) -> None:
        answered = [(p.row, p.answer(), p.note_edit.text()) for p in self.people if p.row]
        chosen = [(row, answer, note) for row, answer, note in answered if answer]
        if not chosen:
            raise RuleError(self.tr("Choose an answer for at least one of the two."))
        day = pydate(self.date_edit.date())
        changed = [
            (row.pair_id, row.participant_id, answer, note)
            for row, answer, note in chosen
            # unchanged: keep the day it was asked
            if not ((answer, note.strip()) == (row.answer, row.note) and row.date is not None)
        ]
        checkins.record_fits(changed, on=day)  # both answers or neither
        self.saved = [answer for _, _, answer, _ in changed]

    def summary(self) -> str:
        """What the status bar says after saving."""
        label = self.pair_combo.currentText().split(" · ")[0]
        if "not_a_good_fit" in self.saved:
            return self.tr(
                "Pairing fit saved for {0}: not a good fit, so the pair is on the attention list."
            ).format(label)
        return self.tr("Pairing fit saved for {0}.").format(label)
