"""Suggest matches: run the optimal matcher off the UI thread and review its proposals.

The coordinator sees every proposal with its score and reasons, unticks what they
do not want, and accepts the rest as *proposed* pairs in one transaction.  The
matching settings (criteria weights, the level-gap rule, repeats in this cycle) can
be changed here and the suggestion run again.  Everyone not matched is listed with
their best candidates and what blocked each.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.programme import levels, matching, pairings, pairs
from rmdesk.programme.matching import MatchResult, Proposal, Weights
from rmdesk.programme.validation import ValidationError
from rmdesk.store.errors import WriteFailed
from rmdesk.ui.common.background import Cancelled, Progress, run_in_background
from rmdesk.ui.common.labels import CRITERION, QT_TRANSLATE_NOOP, as_label, shown
from rmdesk.ui.common.operations import Changes, operate
from rmdesk.ui.common.refusals import write_failure_text
from rmdesk.ui.common.table_model import AnyIndex, RowTableModel
from rmdesk.ui.common.wording import counted, spoken, spoken_error

COL_TAKE, COL_SCORE, COL_MENTOR, COL_MENTEE, COL_WHY = range(5)


class ProposalsModel(RowTableModel):
    """Proposals with a tick each (ticked by default)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Take"),
        QT_TRANSLATE_NOOP("Headers", "Score"),
        QT_TRANSLATE_NOOP("Headers", "Mentor (junior)"),
        QT_TRANSLATE_NOOP("Headers", "Mentee (senior)"),
        QT_TRANSLATE_NOOP("Headers", "Why"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ticked: list[bool] = []

    @property
    def proposals(self) -> list[Proposal]:
        return self._rows

    def set_proposals(self, proposals: tuple[Proposal, ...]) -> None:
        self.beginResetModel()
        self._rows = list(proposals)
        self.ticked = [True] * len(self._rows)
        self.endResetModel()

    def chosen(self) -> list[Proposal]:
        return [p for p, take in zip(self._rows, self.ticked, strict=True) if take]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        proposal, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_TAKE:
            ticked = self.ticked[index.row()]
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_SCORE:
                return f"{proposal.score:.0f}"
            if column == COL_MENTOR:
                return proposal.mentor_name
            if column == COL_MENTEE:
                return proposal.mentee_name
            if column == COL_WHY:
                return " · ".join(spoken(reason) for reason in proposal.reasons)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHY:
            return "\n".join(spoken(reason) for reason in proposal.reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_TAKE:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.ticked[index.row()] = checked
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_TAKE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


class WeightsDialog(QDialog):
    """Matching settings: how much each criterion counts, the level-gap rule and, for the
    cycle being matched, whether people paired before may be paired again; saved in the
    database (travels with backups)."""

    def __init__(
        self, parent: QWidget | None, cycle_id: int | None = None, cycle_name: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Matching settings"))
        self.cycle_id = cycle_id
        current = matching.load_weights()
        self.spins: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        for criterion in matching.CRITERIA:
            spin = QDoubleSpinBox(objectName=f"weight_{criterion}", minimum=0.0, maximum=10.0)
            spin.setSingleStep(0.5)
            spin.setValue(float(getattr(current, criterion)))
            self.spins[criterion] = spin
            form.addRow(as_label(shown(CRITERION, criterion)), spin)
        rules = QFormLayout()
        self.gap_spin = QSpinBox(objectName="minimum_level_gap", minimum=0, maximum=5)
        self.gap_spin.setValue(levels.minimum_gap())
        self.gap_spin.setToolTip(
            self.tr("How many levels the mentor must be below the mentee; 0 allows peers.")
        )
        rules.addRow(self.tr("Minimum &level gap"), self.gap_spin)
        self.repeats_box = QCheckBox(
            self.tr("Allow &repeats in {0}: pair people again who were paired before").format(
                cycle_name
            ),
            objectName="allow_repeats",
        )
        self.repeats_box.setVisible(cycle_id is not None)
        if cycle_id is not None:
            self.repeats_box.setChecked(pairings.repeats_allowed(cycle_id))
        self.error_label = QLabel(wordWrap=True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Weights</b>: a criterion with weight 0 is ignored.")))
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Rules</b>")))
        layout.addLayout(rules)
        layout.addWidget(self.repeats_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Kept in the database, so saved through the operation helper (SETTINGS)."""
        weights = Weights(**{name: spin.value() for name, spin in self.spins.items()})
        gap = self.gap_spin.value()
        repeats = None if self.cycle_id is None else (self.cycle_id, self.repeats_box.isChecked())
        if operate(
            self,
            lambda: matching.save_matching_settings(weights, gap, repeats),
            Changes.SETTINGS,
            on_refused=self.show_refusal,
            origin=self.parentWidget() or self,
        ):
            super().accept()

    def show_refusal(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            self.error_label.setText(spoken_error(error))
        elif isinstance(error, WriteFailed):
            self.error_label.setText(write_failure_text(error))
        else:
            self.error_label.setText(spoken_error(error))
        self.error_label.show()


class SuggestMatchesDialog(QDialog):
    """Runs the matcher when shown; ``accepted_ids`` holds the pairs it created."""

    suggestions_ready = Signal()

    def __init__(self, parent: QWidget | None, cycle_id: int, cycle_name: str) -> None:
        super().__init__(parent)
        self.cycle_id = cycle_id
        self.cycle_name = cycle_name
        self.accepted_ids: list[int] = []
        self.match_result: MatchResult | None = None
        self.worker: Any = None
        self.setWindowTitle(self.tr("Suggest matches — {0}").format(cycle_name))
        self.resize(1000, 600)
        self.summary = QLabel(self.tr("Finding the best pairs…"), objectName="summary")
        self.summary.setWordWrap(True)
        self.model = ProposalsModel(self)
        self.table = QTableView(objectName="proposals")
        self.table.setAccessibleName(self.tr("Proposed pairs"))
        self.table.setAccessibleDescription(
            self.tr("Each proposal with its score and why; untick a proposal to leave it out")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # Reasons wrap so the coordinator reads why at a glance (a cohort is at most
        # a few hundred rows, so sizing rows to their contents stays quick).
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHY, QHeaderView.ResizeMode.Stretch)
        self.unmatched_list = QListWidget(objectName="unmatched")
        self.unmatched_list.setAccessibleName(self.tr("Not matched"))
        # Each line wraps at the list's width (a German reason and its candidates run
        # past any window), never read by scrolling sideways; alternate shades keep
        # one person's wrapped lines apart from the next.
        self.unmatched_list.setWordWrap(True)
        self.unmatched_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.unmatched_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unmatched_list.setAlternatingRowColors(True)
        self.unmatched_label = QLabel(self.tr("<b>Not matched</b>"), objectName="unmatched_label")
        self.free_ids: set[int] = set()
        self.model.dataChanged.connect(self._show_unmatched)
        unmatched_box = QWidget()
        unmatched_layout = QVBoxLayout(unmatched_box)
        unmatched_layout.setContentsMargins(0, 0, 0, 0)
        unmatched_layout.addWidget(self.unmatched_label)
        unmatched_layout.addWidget(self.unmatched_list)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(unmatched_box)
        splitter.setSizes([380, 170])  # room for each left-out person's candidates
        self.weights_button = QPushButton(self.tr("&Settings…"), objectName="weights")
        self.weights_button.clicked.connect(self.edit_weights)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton(
            self.tr("&Accept ticked as proposed"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("accept_proposals")
        self.accept_button.setEnabled(False)
        self.buttons.addButton(self.weights_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def run(self) -> None:
        """Start the matcher on a worker thread (progress shown, cancellable)."""
        self.accept_button.setEnabled(False)
        self.match_result = None  # until this run's result arrives
        cycle_id = self.cycle_id

        def work(progress: Progress) -> MatchResult:
            return matching.propose_for_cycle(cycle_id, progress=progress)

        self.worker = run_in_background(
            self, self.tr("Scoring every mentor with every mentee…"), work, self._show, self._fail
        )

    def _show(self, result: MatchResult) -> None:
        if not self.isVisible():  # closed while the matcher ran: nothing to show
            return
        self.match_result = result
        # Only who still has a free place is "not matched" (not those whose places
        # are all taken by pairs the cycle already has).
        mentors, mentees = pairs.unpaired(self.cycle_id)
        self.free_ids = {person.id for person in (*mentors, *mentees)}
        self.model.set_proposals(result.proposals)
        self._show_unmatched()
        if result.proposals:
            average = result.total_score / len(result.proposals)
            self.summary.setText(
                counted(
                    len(result.proposals),
                    self.tr(
                        "{0} proposed pair, score {1:.0f} of 100 (the best for the whole "
                        "cohort). Untick it if you do not want it, then accept."
                    ),
                    self.tr(
                        "{0} proposed pairs, average score {1:.0f} of 100 (the best total for "
                        "the whole cohort). Untick any you do not want, then accept."
                    ),
                    average,
                )
            )
        else:
            self.summary.setText(self.tr("No pair can be proposed: see who is not matched."))
        self.accept_button.setEnabled(bool(result.proposals))
        self.suggestions_ready.emit()

    def _show_unmatched(self) -> None:
        """Who is left without a pair: those the matcher could not place, and both
        people of every unticked proposal (the list and its count follow the ticks)."""
        self.unmatched_list.clear()
        result = self.match_result
        if result is None:
            return
        count = 0
        for person in result.unmatched:
            if person.participant_id in self.free_ids:
                role = self.tr("mentor") if person.role == "mentor" else self.tr("mentee")
                text = self.tr("{0} ({1}): {2}").format(person.name, role, spoken(person.reason))
                if person.candidates:
                    best = "; ".join(
                        self.tr("{0} ({1:.0f}): {2}").format(c.name, c.score, spoken(c.blocked))
                        for c in person.candidates
                    )
                    text += "\n    " + self.tr("Best candidates: {0}").format(best)
                self.unmatched_list.addItem(text)
                count += 1
        for proposal, take in zip(self.model.proposals, self.model.ticked, strict=True):
            if not take:
                for name, role in ((proposal.mentor_name, self.tr("mentor")),
                                   (proposal.mentee_name, self.tr("mentee"))):  # fmt: skip
                    self.unmatched_list.addItem(
                        self.tr("{0} ({1}): proposal unticked").format(name, role)
                    )
                    count += 1
        self.unmatched_label.setText(self.tr("<b>Not matched</b> ({0})").format(count))
        ticked = len(self.model.chosen())
        self.accept_button.setEnabled(ticked > 0)

    def _fail(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Cancelled. Press Settings… or close this window."))
        else:
            self.summary.setText(self.tr("The matcher failed: {0}").format(error))
        self.suggestions_ready.emit()

    def edit_weights(self) -> None:
        if WeightsDialog(self, self.cycle_id, self.cycle_name).exec():
            self.run()

    def accept(self) -> None:
        chosen = self.model.chosen()
        if not chosen:
            QMessageBox.information(self, self.windowTitle(), self.tr("No proposal is ticked."))
            return
        batch = [(p.mentor_id, p.mentee_id, p.score, p.reasons_text()) for p in chosen]

        def created(ids: list[int]) -> None:
            self.accepted_ids = ids

        def refused(error: Exception) -> None:
            text = (
                write_failure_text(error) if isinstance(error, WriteFailed) else spoken_error(error)
            )
            QMessageBox.warning(self, self.windowTitle(), text)

        if operate(
            self,
            lambda: pairs.create_pairs(self.cycle_id, batch),
            Changes.PAIRS,
            created,
            on_refused=refused,
            origin=self.parentWidget() or self,
        ):
            super().accept()
