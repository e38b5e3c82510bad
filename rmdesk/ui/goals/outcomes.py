"""The Outcomes sub-tab of the Goals tab: what ``rmdesk outcomes`` prints, on screen.

Read-only tables over ``programme.outcomes.cycle_outcomes`` for the cycle chosen in
the toolbar (always the whole cycle, whatever pair is picked above the goals).  The
figures are computed only while the sub-tab is visible: each time it is shown (the
Calendar and Pairs tabs change meetings and pairs without telling the Goals tab, and a
cycle of 500 pairs takes ~50 ms), and at once when goals, assessments or fit answers
change while it is on screen.  Small numbers are kept honest as in the command: "–"
where there is nothing to average, and the n beside every mean and rate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.common import local_format, palette
from rmdesk.ui.common.labels import QT_TRANSLATE_NOOP, all_shown, header, shown
from rmdesk.ui.common.table_model import AnyIndex, RowTableModel
from rmdesk.ui.common.wording import counted

if TYPE_CHECKING:
    from rmdesk.programme.outcomes import GoalStats, Outcomes

PAGE_EMPTY, PAGE_FIGURES = range(2)
EMPTY_WIDTH = 560
PADDING = 20  # beside a column's widest sample text
HEADING = "heading"  # first cell of a row that names a group and holds no figures
ROLE_LABELS = {
    "mentee": QT_TRANSLATE_NOOP("Outcomes", "Mentee (senior)"),
    "mentor": QT_TRANSLATE_NOOP("Outcomes", "Mentor (junior)"),
}
FIT_TEXT = {
    "good_fit": QT_TRANSLATE_NOOP("Outcomes", "Good fit"),
    "still_deciding": QT_TRANSLATE_NOOP("Outcomes", "Still deciding"),
    "not_a_good_fit": QT_TRANSLATE_NOOP("Outcomes", "Not a good fit"),
    "not_asked": QT_TRANSLATE_NOOP("Outcomes", "Not asked yet"),
}


def _outcomes(text: str) -> str:
    """A section title or row word of this view, marked in the "Outcomes" context."""
    return QCoreApplication.translate("Outcomes", text)


def of(part: int, whole: int, rate: float | None) -> str:
    """ "2 of 6 · 33%": the count the rate is taken over is always in sight."""
    count = local_format.number(part), local_format.number(whole)
    if not whole:
        return QCoreApplication.translate("Outcomes", "{0} of {1}").format(*count)
    return QCoreApplication.translate("Outcomes", "{0} of {1} · {2}").format(
        *count, local_format.percent(rate)
    )


def scheduled(held: int, planned: int) -> str:
    """ "5 of 8 scheduled meetings": the words agree with the meetings scheduled."""
    return counted(
        planned,
        QCoreApplication.translate("Outcomes", "{1} of {2} scheduled meeting"),
        QCoreApplication.translate("Outcomes", "{1} of {2} scheduled meetings"),
        local_format.number(held),
        local_format.number(planned),
    )


class TextTableModel(RowTableModel):
    """Rows of ready-made cell texts; ``RIGHT`` columns (the figures) align right.

    A row whose first cell is a ``(HEADING, text)`` pair is a group heading: bold,
    figures left empty.
    """

    TITLE: ClassVar[str] = ""
    RIGHT: ClassVar[frozenset[int]] = frozenset()

    def set_outcomes(self, o: Outcomes) -> None:
        """Fill the rows from a cycle's statistics (each table picks its own)."""
        raise NotImplementedError

    def set_rows(self, rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def cell(self, row: int, column: int) -> str:
        value = self._rows[row][column]
        return str(value[1]) if isinstance(value, tuple) else str(value)

    def is_heading(self, row: int) -> bool:
        first = self._rows[row][0]
        return isinstance(first, tuple) and first[0] == HEADING

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.row_in_range(index) or not 0 <= index.column() < len(self.HEADERS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if index.column() in self.RIGHT
                else Qt.AlignmentFlag.AlignLeft
            )
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and self.is_heading(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            side = (
                Qt.AlignmentFlag.AlignRight if section in self.RIGHT else Qt.AlignmentFlag.AlignLeft
            )
            return side | Qt.AlignmentFlag.AlignVCenter
        return super().headerData(section, orientation, role)

    def as_text(self) -> str:
        """Title, headers and rows, tab-separated: pastes as a table in a spreadsheet."""
        lines = [_outcomes(self.TITLE), "\t".join(header(h) for h in self.HEADERS)]
        for row in range(len(self._rows)):
            lines.append("\t".join(self.cell(row, c) for c in range(len(self.HEADERS))))
        return "\n".join(lines)


class HeadlineModel(TextTableModel):
    TITLE = QT_TRANSLATE_NOOP("Outcomes", "Headline")
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Participants"),
        QT_TRANSLATE_NOOP("Headers", "Pairs formed"),
        QT_TRANSLATE_NOOP("Headers", "Retention"),
        QT_TRANSLATE_NOOP("Headers", "Meetings held"),
        QT_TRANSLATE_NOOP("Headers", "Attendance"),
        QT_TRANSLATE_NOOP("Headers", "Goals achieved"),
    )
    RIGHT = frozenset(range(6))

    def set_outcomes(self, o: Outcomes) -> None:
        p, m, g = o.pairs, o.meetings, o.goals_total
        self.set_rows([(
            "{} ({} + {})".format(
                *map(local_format.number, (o.participants, o.mentors, o.mentees))),
            local_format.number(p.formed),
            of(p.formed - p.ended_early, p.formed, p.retention_rate),
            scheduled(m.held, m.scheduled),
            of(m.held, m.held + m.missed, m.attendance_rate),
            of(g.achieved, g.set, g.achievement_rate),
        )])  # fmt: skip


def _own_word(label: str) -> str:
    """A row the programme names itself ("All goals", whose goals, "No topic", "No
    reason given") in the window's language, as the report says it in the document's; a
    topic or a reason is the coordinator's own word and stays as written."""
    from rmdesk.programme.goals import OWNER_LABELS  # with the figures, as cycle_outcomes
    from rmdesk.programme.outcomes import ALL_GOALS, NO_REASON, NO_TOPIC

    words = {
        ALL_GOALS: QT_TRANSLATE_NOOP("Outcomes", "All goals"),
        NO_TOPIC: QT_TRANSLATE_NOOP("Outcomes", "No topic"),
        NO_REASON: QT_TRANSLATE_NOOP("Outcomes", "No reason given"),
        OWNER_LABELS["mentee"]: ROLE_LABELS["mentee"],
        OWNER_LABELS["mentor"]: ROLE_LABELS["mentor"],
    }
    return shown(words, label, "Outcomes")


def _goal_row(s: GoalStats) -> tuple[str, ...]:
    progress = None if s.average_progress is None else s.average_progress / 100
    return (_own_word(s.label), str(s.set), str(s.achieved), str(s.dropped),
            local_format.percent(s.achievement_rate), local_format.percent(progress))  # fmt: skip


class GoalsOutcomeModel(TextTableModel):
    TITLE = QT_TRANSLATE_NOOP("Outcomes", "Goals (set excludes dropped; rate = achieved / set)")
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Goals"),
        QT_TRANSLATE_NOOP("Headers", "Set"),
        QT_TRANSLATE_NOOP("Headers", "Achieved"),
        QT_TRANSLATE_NOOP("Headers", "Dropped"),
        QT_TRANSLATE_NOOP("Headers", "Rate"),
        QT_TRANSLATE_NOOP("Headers", "Avg progress"),
    )
    RIGHT = frozenset(range(1, 6))

    def set_outcomes(self, o: Outcomes) -> None:
        rows: list[tuple[Any, ...]] = [_goal_row(s) for s in (o.goals_total, *o.goals_by_owner)]
        if o.goals_by_topic:
            rows.append(((HEADING, self.tr("By topic")), "", "", "", "", ""))
            rows += [_goal_row(s) for s in o.goals_by_topic]
        self.set_rows(rows)


class DimensionsModel(TextTableModel):
    TITLE = QT_TRANSLATE_NOOP("Outcomes", "Self-assessments (scores 1–5)")
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Role"),
        QT_TRANSLATE_NOOP("Headers", "Dimension"),
        QT_TRANSLATE_NOOP("Headers", "n base"),
        QT_TRANSLATE_NOOP("Headers", "Baseline"),
        QT_TRANSLATE_NOOP("Headers", "n final"),
        QT_TRANSLATE_NOOP("Headers", "Final"),
        QT_TRANSLATE_NOOP("Headers", "n both"),
        QT_TRANSLATE_NOOP("Headers", "Change"),
    )
    RIGHT = frozenset(range(2, 8))

    def set_outcomes(self, o: Outcomes) -> None:
        self.set_rows([
            (shown(ROLE_LABELS, d.role, "Outcomes"), d.dimension, str(d.n_baseline),
             local_format.decimal(d.mean_baseline, 2), str(d.n_final),
             local_format.decimal(d.mean_final, 2), str(d.n_both),
             local_format.signed(d.mean_change, 2))
            for d in o.dimensions
        ])  # fmt: skip


class SatisfactionModel(TextTableModel):
    TITLE = QT_TRANSLATE_NOOP("Outcomes", "Satisfaction (1–5, each person's latest answer)")
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Role"),
        QT_TRANSLATE_NOOP("Headers", "n"),
        QT_TRANSLATE_NOOP("Headers", "Mean"),
    )
    RIGHT = frozenset({1, 2})

    def set_outcomes(self, o: Outcomes) -> None:
        self.set_rows(
            [
                (shown(ROLE_LABELS, s.role, "Outcomes"), str(s.n), local_format.decimal(s.mean, 2))
                for s in o.satisfaction
            ]
        )


class FitCountsModel(TextTableModel):
    TITLE = QT_TRANSLATE_NOOP("Outcomes", "Pairing fit (people)")
    HEADERS = (QT_TRANSLATE_NOOP("Headers", "Answer"), QT_TRANSLATE_NOOP("Headers", "People"))
    RIGHT = frozenset({1})

    def set_outcomes(self, o: Outcomes) -> None:
        self.set_rows([(shown(FIT_TEXT, answer, "Outcomes"), str(n)) for answer, n in o.fit])


class PairsOutcomeModel(TextTableModel):
    TITLE = QT_TRANSLATE_NOOP("Outcomes", "Pairs")
    HEADERS = (QT_TRANSLATE_NOOP("Headers", "Pairs"), QT_TRANSLATE_NOOP("Headers", "Count"))
    RIGHT = frozenset({1})

    def set_outcomes(self, o: Outcomes) -> None:
        p = o.pairs
        rows: list[tuple[Any, ...]] = [
            (self.tr("Formed (started)"), str(p.formed)),
            (self.tr("Completed"), str(p.completed)),
            (self.tr("Still active"), str(p.active)),
            (self.tr("Ended early"), str(p.ended_early)),
        ]
        rows += [(f"    {_own_word(reason)}", str(n)) for reason, n in p.end_reasons]
        rows.append((self.tr("Proposed, not started"), str(p.proposed)))
        self.set_rows(rows)


class OutcomesView(QWidget):
    """The statistics of one cycle as read-only tables; ``report_requested`` asks the
    window for the end-of-cycle report (the view knows nothing of documents)."""

    report_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cycle_id: int | None = None
        self.outcomes: Outcomes | None = None
        self.refresh_count = 0  # how often the figures were computed (laziness is tested)
        self._stale = True
        self.headline_model = HeadlineModel(self)
        self.goals_model = GoalsOutcomeModel(self)
        self.dimensions_model = DimensionsModel(self)
        self.satisfaction_model = SatisfactionModel(self)
        self.fit_model = FitCountsModel(self)
        self.pairs_model = PairsOutcomeModel(self)
        self.models: tuple[TextTableModel, ...] = (
            self.headline_model, self.goals_model, self.pairs_model, self.dimensions_model,
            self.satisfaction_model, self.fit_model,
        )  # fmt: skip
        self._build()

    # -- construction ----------------------------------------------------------
    def _table(
        self,
        model: TextTableModel,
        name: str,
        samples: tuple[str, ...],
        stretch: frozenset[int] = frozenset({0}),
        stretch_min: int = 150,
    ) -> QTableView:
        table = QTableView(objectName=name)
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = table.fontMetrics()
        total = 0
        for column, sample in enumerate(samples):
            heading = model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(heading))
            table.setColumnWidth(column, width + PADDING)
            # A stretching column may give up room (its text elides, the tooltip has it).
            total += min(width + PADDING, stretch_min) if column in stretch else width + PADDING
        # The names take the room left; the figures keep their width, never cut: the
        # page scrolls sideways rather than that.
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.setMinimumWidth(total + 2 * table.frameWidth() + 2)
        model.modelReset.connect(lambda: self._fit_height(table))
        return table

    @staticmethod
    def _fit_height(table: QTableView) -> None:
        """Every row in sight: the page scrolls, not each little table."""
        rows = table.model().rowCount()
        height = table.horizontalHeader().sizeHint().height()
        height += rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
        table.setFixedHeight(height + 2)

    def _section(self, title: str, table: QTableView, note: QLabel | None = None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        layout.addWidget(table)
        if note is not None:
            layout.addWidget(note)
        return box

    def _build(self) -> None:
        self.title_label = QLabel(objectName="outcomes_title")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.copy_button = QPushButton(self.tr("Copy as text"), objectName="outcomes_copy")
        self.copy_button.setToolTip(self.tr("The figures, tab-separated, to the clipboard"))
        self.copy_button.clicked.connect(self.copy_as_text)
        self.report_button = QPushButton(
            self.tr("End-of-cycle report…"), objectName="outcomes_report"
        )
        self.report_button.setToolTip(self.tr("The cycle's outcomes as a PDF, for leadership"))
        self.report_button.clicked.connect(self.report_requested)
        bar = QHBoxLayout()
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.report_button)

        self.headline_table = self._table(
            self.headline_model, "outcomes_headline",
            ("888 (888 + 888)", "Pairs formed", of(888, 888, 1.0), scheduled(8888, 8888),
             of(8888, 8888, 1.0), of(8888, 8888, 1.0)),
            frozenset(range(6)), 90,
        )  # fmt: skip
        self.goals_table = self._table(
            self.goals_model, "outcomes_goals",
            ("Technology & digital tools", "8888", "Achieved", "Dropped", "100 %", "Avg progress"),
        )  # fmt: skip
        self.pairs_table = self._table(
            self.pairs_model, "outcomes_pairs", ("Proposed, not started", "Count")
        )
        # The longest role and answer in the window's language ("Mentoré (senior)").
        role = max(all_shown(ROLE_LABELS, "Outcomes"), key=len)
        answer = max(all_shown(FIT_TEXT, "Outcomes"), key=len)
        self.dimensions_table = self._table(
            self.dimensions_model, "outcomes_dimensions",
            (role, "Understanding of younger colleagues", "n base", "Baseline",
             "n final", "Final", "n both", "Change"),
            frozenset({1}),
        )  # fmt: skip
        self.satisfaction_table = self._table(
            self.satisfaction_model, "outcomes_satisfaction", (role, "888", "Mean")
        )
        self.fit_table = self._table(self.fit_model, "outcomes_fit", (answer, "People"))
        self.dimension_note = QLabel(
            self.tr(
                "Change = the mean of each person's own difference (final − baseline) over the "
                "“n both” people who have both scores, so people who joined or left halfway "
                "do not bias it."
            ),
            objectName="outcomes_dimension_note",
            wordWrap=True,
        )
        self.dimension_note.setStyleSheet(palette.HINT_STYLE)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.addWidget(self._section(self.tr("Headline"), self.headline_table), 0, 0, 1, 2)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self._section(_outcomes(GoalsOutcomeModel.TITLE), self.goals_table))
        left.addWidget(self._section(self.tr("Pairs"), self.pairs_table))
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(
            self._section(
                _outcomes(DimensionsModel.TITLE), self.dimensions_table, self.dimension_note
            )
        )
        small = QHBoxLayout()
        small.setSpacing(16)
        top = Qt.AlignmentFlag.AlignTop
        small.addWidget(
            self._section(_outcomes(SatisfactionModel.TITLE), self.satisfaction_table), 3, top
        )
        small.addWidget(self._section(_outcomes(FitCountsModel.TITLE), self.fit_table), 2, top)
        right.addLayout(small)
        right.addStretch(1)
        self.left_box, self.right_box = QWidget(), QWidget()
        for box, column in ((self.left_box, left), (self.right_box, right)):
            column.setContentsMargins(0, 0, 0, 0)
            box.setLayout(column)
        self.grid = grid
        self.side_by_side: bool | None = None
        figures = QWidget()
        self.figures_layout = figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 0, 8, 0)
        figures_layout.addLayout(grid)
        figures_layout.addStretch(1)
        self.page_scroll = scroll = QScrollArea(objectName="outcomes_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(figures)
        self._arrange(True)
        scroll.viewport().installEventFilter(self)

        self.empty_label = QLabel(objectName="outcomes_empty", wordWrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setFixedWidth(EMPTY_WIDTH)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignCenter)

        self.pages = QStackedWidget()
        self.pages.addWidget(empty)
        self.pages.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self._show_nothing(self.tr("Choose a cycle in the toolbar to see its outcomes."))

    def _arrange(self, side_by_side: bool) -> None:
        """The goals and pairs beside the assessments, or above them: German and French
        headers ("Veränderung", "Passung (Personen)") make both columns together wider
        than a 1280-pixel window, and the page then stacks them rather than cut the
        right-hand tables at the window's edge."""
        if side_by_side == self.side_by_side:
            return
        self.side_by_side = side_by_side
        self.grid.removeWidget(self.left_box)
        self.grid.removeWidget(self.right_box)
        if side_by_side:
            self.grid.addWidget(self.left_box, 1, 0)
            self.grid.addWidget(self.right_box, 1, 1)
        else:
            self.grid.addWidget(self.left_box, 1, 0, 1, 2)
            self.grid.addWidget(self.right_box, 2, 0, 1, 2)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1 if side_by_side else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The page's visible width decides: both columns side by side when their least
        widths fit in it, else one above the other."""
        if watched is self.page_scroll.viewport() and event.type() == QEvent.Type.Resize:
            both = (
                self.left_box.minimumSizeHint().width()
                + self.grid.horizontalSpacing()
                + self.right_box.minimumSizeHint().width()
            )
            margins = self.figures_layout.contentsMargins()
            room = self.page_scroll.viewport().width() - margins.left() - margins.right()
            self._arrange(both <= room)
        return super().eventFilter(watched, event)

    # -- loading ---------------------------------------------------------------
    @Slot(object)
    def set_cycle(self, cycle_id: int | None) -> None:
        """Another cycle: recomputed now if on screen, else when next shown."""
        self.cycle_id = cycle_id
        self.mark_stale()

    @Slot()
    def mark_stale(self) -> None:
        """Goals, assessments or fit answers changed."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Meetings and pairs change in other tabs without a word to this one; the
        # figures are cheap enough to take again each time they come into sight.
        self._stale = True
        self.refresh()

    def refresh(self) -> None:
        """Compute the figures of the cycle and fill the tables (or say there are none)."""
        from rmdesk.programme.outcomes import cycle_outcomes

        if not self._stale:
            return
        self._stale = False
        self.refresh_count += 1
        self.report_button.setEnabled(self.cycle_id is not None)
        if self.cycle_id is None:
            self.outcomes = None
            self._show_nothing(self.tr("Choose a cycle in the toolbar to see its outcomes."))
            return
        o = self.outcomes = cycle_outcomes(self.cycle_id)
        self.title_label.setText(
            self.tr("<b>{0}</b> · {1} to {2} · the whole cycle, every pair").format(
                o.cycle_name, local_format.day(o.start_date), local_format.day(o.end_date)
            )
        )
        if o.pairs.formed == 0 and o.goals_total.set + o.goals_total.dropped == 0:
            waiting = (
                counted(
                    o.pairs.proposed,
                    self.tr(" {0} proposed pair waits to be started."),
                    self.tr(" {0} proposed pairs wait to be started."),
                )
                if o.pairs.proposed
                else ""
            )
            self._show_nothing(
                self.tr(
                    "No outcomes yet: no pair of this cycle has started.{0} Figures appear "
                    "here once pairs are active: meetings held, goals set and achieved, "
                    "self-assessments and pairing-fit answers."
                ).format(waiting)
            )
            return
        for model in self.models:
            model.set_outcomes(o)
        self.copy_button.setEnabled(True)
        self.pages.setCurrentIndex(PAGE_FIGURES)

    def _show_nothing(self, text: str) -> None:
        for model in self.models:
            model.set_rows([])
        if self.cycle_id is None:
            self.title_label.setText("")
        self.empty_label.setText(text)
        # A wrapped label in a stretchy layout can be squeezed to one line; reserve its height.
        self.empty_label.setMinimumHeight(self.empty_label.heightForWidth(EMPTY_WIDTH))
        self.copy_button.setEnabled(False)
        self.pages.setCurrentIndex(PAGE_EMPTY)

    # -- output ----------------------------------------------------------------
    def as_text(self) -> str:
        """Every table, tab-separated, under the cycle's name and dates."""
        o = self.outcomes
        if o is None or self.pages.currentIndex() != PAGE_FIGURES:
            return ""
        head = self.tr("Outcomes of {0} ({1} to {2})").format(
            o.cycle_name, o.start_date, o.end_date
        )
        parts = [head, *(model.as_text() for model in self.models)]
        parts.insert(5, self.dimension_note.text())  # under the dimension table
        return "\n\n".join(parts) + "\n"

    @Slot()
    def copy_as_text(self) -> None:
        text = self.as_text()
        if text:
            QApplication.clipboard().setText(text)
