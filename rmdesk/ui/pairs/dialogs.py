"""Small dialogs for pairs: form one by hand, end one early, replace a mentor.

Each asks the domain to do the work and shows its refusal (the rule broken, in
words) inside the dialog, which stays open; nothing is written on a refusal.
New pair and Replace mentor list the candidates best match first, each with the
matcher's score and reasons (``matching.candidates``), which the new pair keeps.
Like matching, they leave out people paired before; New pair can show them on request
(why matching would not, first), and choosing one asks, naming what happened before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from rmdesk.programme import pairs
from rmdesk.programme.matching.candidates import Candidate, candidates
from rmdesk.programme.pairings import RepeatPairing
from rmdesk.programme.validation import RuleError
from rmdesk.ui.common.forms import FormDialog
from rmdesk.ui.common.operations import Changes
from rmdesk.ui.common.wording import spoken


class _PairDialog(FormDialog):
    """A pair form with OK/Cancel."""

    changes = Changes.PAIRS

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(
            parent, title, accept_button=QDialogButtonBox.StandardButton.Ok, min_width=460
        )


def _people_combo(name: str, people: list[pairs.Unpaired]) -> QComboBox:
    combo = QComboBox(objectName=name)
    for person in people:
        slots = (
            QCoreApplication.translate("Pairs", " ({0} free)").format(person.free_slots)
            if person.free_slots > 1
            else ""
        )
        label = f"{person.name} — {person.department}{slots}" if person.department else person.name
        combo.addItem(label, person.id)
    return combo


class CandidateList(QListWidget):
    """Mentors for one mentee, best match first: score and name, the reasons below."""

    def __init__(self, name: str) -> None:
        super().__init__(objectName=name)
        self.setWordWrap(True)
        self.setMinimumHeight(320)

    def show_candidates(self, found: list[Candidate]) -> None:
        """List them; the one chosen before stays chosen if still there, else the best."""
        kept = self.chosen_id()
        self.clear()
        for candidate in found:
            who = (
                f"{candidate.name} — {candidate.department}"
                if candidate.department
                else (candidate.name)
            )
            reasons = "\n    ".join(spoken(reason) for reason in candidate.reasons)
            item = QListWidgetItem(f"{candidate.score:.0f}  {who}\n    {reasons}")
            item.setData(Qt.ItemDataRole.UserRole, candidate.id)
            item.setToolTip("\n".join(spoken(reason) for reason in candidate.reasons))
            self.addItem(item)
        ids = [candidate.id for candidate in found]
        if found:
            self.setCurrentRow(ids.index(kept) if kept in ids else 0)

    def chosen_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))


class NewPairDialog(_PairDialog):
    """Pair a mentee of the cycle by hand with one of their mentor candidates (best match
    first), as a proposal that keeps the match's score and reasons."""

    def __init__(self, parent: QWidget | None, cycle_id: int, mentee_id: int | None = None) -> None:
        super().__init__(parent, self.tr("New pair"))
        self.setMinimumWidth(560)
        self.cycle_id = cycle_id
        self.saved_id: int | None = None
        mentors, mentees = pairs.unpaired(cycle_id)
        self.mentee_combo = _people_combo("pair_mentee", mentees)
        if mentee_id is not None:
            self.mentee_combo.setCurrentIndex(max(0, self.mentee_combo.findData(mentee_id)))
        self.mentor_list = CandidateList("pair_mentor")
        self.form.addRow(self.tr("M&entee (senior)"), self.mentee_combo)
        self.form.addRow(self.tr("&Mentor (junior)"), self.mentor_list)
        self.repeats_box = QCheckBox(
            self.tr("Also show mentors they were &paired with before"), objectName="show_repeats"
        )
        self.form.addRow("", self.repeats_box)
        self.mentee_combo.currentIndexChanged.connect(self._show_candidates)
        self.repeats_box.toggled.connect(self._show_candidates)
        if not mentors or not mentees:
            self.show_error(
                self.tr("Everyone is already paired in this cycle: no free mentor or mentee.")
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        else:
            self._show_candidates()

    def _show_candidates(self) -> None:
        mentee_id = self.mentee_combo.currentData()
        found = (
            []
            if mentee_id is None
            else candidates(self.cycle_id, mentee_id, repeats=self.repeats_box.isChecked())
        )
        self.mentor_list.show_candidates(found)
        self.clear_errors()
        if mentee_id is not None and not found:
            self.show_error(self.tr("No free mentor can be paired with this mentee."))

    def save(self) -> None:
        mentor_id = self.mentor_list.chosen_id()
        if mentor_id is None:
            raise RuleError(self.tr("Choose a mentor from the list."))
        mentee_id = self.mentee_combo.currentData()
        try:
            self.saved_id = pairs.create_pair(self.cycle_id, mentor_id, mentee_id)
        except RepeatPairing as problem:
            answer = QMessageBox.question(
                self,
                self.tr("Pair again?"),
                self.tr("{0}\n\nPair them again anyway?").format(spoken(str(problem))),
            )
            if answer != QMessageBox.StandardButton.Yes:
                raise
            self.saved_id = pairs.create_pair(self.cycle_id, mentor_id, mentee_id, repeat=True)


class EndPairDialog(_PairDialog):
    """End a pair early; the reason is required (it goes into the end-of-cycle report)."""

    def __init__(self, parent: QWidget | None, pair: pairs.PairRow) -> None:
        super().__init__(parent, self.tr("End pair early"))
        self.pair = pair
        self.form.addRow(QLabel(self.tr("{0} and {1}").format(pair.mentor_name, pair.mentee_name)))
        self.reason_edit = QPlainTextEdit(objectName="end_reason")
        self.reason_edit.setPlaceholderText(self.tr("Why the pair ends (required)"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(90)
        self.form.addRow(self.tr("&Reason*"), self.reason_edit)

    def save(self) -> None:
        pairs.end_pair_early(self.pair.id, self.reason_edit.toPlainText())


class ReplaceMentorDialog(_PairDialog):
    """End the pair with a reason and propose the same mentee with another mentor."""

    def __init__(self, parent: QWidget | None, pair: pairs.PairRow) -> None:
        super().__init__(parent, self.tr("Replace mentor"))
        self.pair = pair
        self.new_pair_id: int | None = None
        self.setMinimumWidth(560)
        mentors = candidates(pair.cycle_id, pair.mentee_id)
        self.form.addRow(
            QLabel(self.tr("Mentee: {0} (now with {1})").format(pair.mentee_name, pair.mentor_name))
        )
        self.mentor_list = CandidateList("new_mentor")
        self.mentor_list.show_candidates(mentors)
        self.form.addRow(self.tr("&New mentor"), self.mentor_list)
        self.reason_edit = QPlainTextEdit(objectName="replace_reason")
        self.reason_edit.setPlaceholderText(self.tr("Why the mentor changes (required)"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(90)
        self.form.addRow(self.tr("&Reason*"), self.reason_edit)
        if not mentors:
            self.show_error(self.tr("No mentor has a free place in this cycle."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def save(self) -> None:
        mentor_id = self.mentor_list.chosen_id()
        if mentor_id is None:
            raise RuleError(self.tr("Choose a mentor from the list."))
        self.new_pair_id = pairs.replace_mentor(
            self.pair.id, mentor_id, self.reason_edit.toPlainText()
        )
