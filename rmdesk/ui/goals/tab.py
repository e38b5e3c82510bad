"""The Goals tab: each pair's goals (the mentee's and the mentor's), the assessments
that are due, and the pairing-fit checks, for the cycle chosen in the toolbar.

Everything is read with the domain's list functions, once per reload (no query per
row), so "All pairs" of a 500-pair cycle shows at once; every change goes through
``programme.goals`` / ``assessments`` / ``checkins`` and is announced as a change
(``ui/common/operations.py``), from which this tab and the others read again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.common import local_format, palette, settings
from rmdesk.ui.common.empty_state import EmptyStateTab
from rmdesk.ui.common.labels import GOAL_STATUS, PAIR_STATUS_WORD, shown
from rmdesk.ui.common.operations import Changes, operate
from rmdesk.ui.common.shortcuts import list_shortcut
from rmdesk.ui.common.tab import Tab
from rmdesk.ui.common.wording import counted
from rmdesk.ui.goals.assessments_page import AssessmentsPage, action_button
from rmdesk.ui.goals.fit_page import FitPage
from rmdesk.ui.goals.list_keys import ListKeys
from rmdesk.ui.goals.model import (
    COL_PROGRESS,
    COL_STATUS,
    COL_TARGET,
    COL_TITLE,
    COL_UPDATED,
    OWNER_ROLE,
    PAIR_ROLE,
    ROW_ROLE,
    GoalsTreeModel,
    PairInfo,
    summary_text,
)
from rmdesk.ui.goals.outcomes import OutcomesView
from rmdesk.ui.goals.progress_delegate import ProgressBarDelegate

if TYPE_CHECKING:
    from rmdesk.programme.assessments import AssessmentDue
    from rmdesk.programme.checkins import FitRow
    from rmdesk.programme.cycles import CycleRow
    from rmdesk.programme.goals import DeletedGoal, GoalRow

PAGE_NO_CYCLE, PAGE_NO_PAIRS, PAGE_CONTENT = range(3)
GOALS_LIST, GOALS_EMPTY = range(2)
SUB_GOALS, SUB_ASSESSMENTS, SUB_FIT, SUB_OUTCOMES = range(4)
NEW_GOAL_PAIR_STATUSES = ("proposed", "active")
EXPAND_ALL_ROWS = 1500  # up to ~200 pairs open fully expanded; larger cycles collapsed
COLUMN_SAMPLES = (  # title, topic, progress; status and dates are the window's words
    "Present our digital roadmap to the leadership team",
    "Technology & digital tools",
    "100 % ####",
)


class GoalsTab(Tab):
    """The cycle's goals, assessments, pairing fit and outcomes, per pair or for all."""

    shows = Changes.EVERYTHING  # names, pairs, goals, assessments; fit after a held meeting

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cycle_id: int | None = None
        self.cycle: CycleRow | None = None
        self.pairs: list[PairInfo] = []
        self._deleted: DeletedGoal | None = None
        self._due: list[AssessmentDue] = []
        self._fits: list[FitRow] = []
        self.collapsed = False  # a large cycle's pairs start collapsed
        self.model = GoalsTreeModel(self)
        self._build_actions()
        self._build()

    # -- construction ----------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], tip: str, shortcut: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        if shortcut:
            # Only while the Goals tab has the focus: other tabs keep their keys.
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_action = self._action(
            self.tr("&Add goal…\tCtrl+N"),
            self.add_goal,
            self.tr("Add a goal for the mentee or the mentor"),
        )
        self.edit_action = self._action(
            self.tr("&Edit goal…\tEnter"), self.edit_goal, self.tr("Change the selected goal")
        )
        self.progress_action = self._action(
            self.tr("&Record progress…"), self.record_progress,
            self.tr("Record where the selected goal stands"), "Ctrl+R",
        )  # fmt: skip
        self.achieved_action = self._action(
            self.tr("Mark ac&hieved"), self.mark_achieved,
            self.tr("The selected goal is reached: 100 % today"), "Ctrl+Shift+A",
        )  # fmt: skip
        self.delete_action = self._action(
            self.tr("&Delete goal…\tDel"),
            self.delete_goal,
            self.tr("Delete the selected goal and its history"),
        )
        self.undo_action = self._action(  # shown by the window's Edit > Undo only
            self.tr("&Undo goal delete"),
            self.undo_delete,
            self.tr("Put back the goal just deleted"),
        )
        self.templates_action = self._action(
            self.tr("Goal &templates…"),
            self.edit_templates,
            self.tr("Edit the suggested goals per topic"),
        )
        self.assessment_action = self._action(
            self.tr("Enter a&ssessment…"), self.enter_assessment,
            self.tr("Enter a self-assessment from paper or a conversation"), "Ctrl+E",
        )  # fmt: skip
        self.dimensions_action = self._action(
            self.tr("Assessment di&mensions…"), self.edit_dimensions,
            self.tr("Edit what mentees and mentors rate themselves on"),
        )  # fmt: skip
        self.fit_action = self._action(
            self.tr("Record pairing &fit…"), self.record_fit,
            self.tr("Ask each person of a pair that has met whether the pairing fits"),
        )  # fmt: skip
        self.goal_actions: tuple[QAction, ...] = (
            self.add_action, self.edit_action, self.progress_action, self.achieved_action,
            self.delete_action,
        )  # fmt: skip
        self.menu_actions: tuple[QAction | None, ...] = (
            *self.goal_actions, None, self.templates_action, None, self.assessment_action,
            self.dimensions_action, None, self.fit_action,
        )  # fmt: skip
        self.undo_action.setEnabled(False)

    def _build(self) -> None:
        self.pair_combo = QComboBox(objectName="goals_pair")
        self.pair_combo.setMinimumContentsLength(28)
        self.pair_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pair_combo.currentIndexChanged.connect(self._on_pair_changed)
        pair_label = QLabel(self.tr("Pa&ir:"))  # Alt+P is the Participants tab
        pair_label.setBuddy(self.pair_combo)
        self.summary_label = QLabel(objectName="goals_summary", wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(pair_label)
        top.addWidget(self.pair_combo)
        top.addWidget(self.summary_label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for action, name in ((self.add_action, "add_goal"), (self.progress_action, "progress"),
                             (self.achieved_action, "achieved"),
                             (self.templates_action, "templates")):  # fmt: skip
            self.buttons[name] = action_button(action, f"goals_{name}_button")
            top.addWidget(self.buttons[name])

        self.tree = QTreeView(objectName="goals_tree")
        self.tree.setAccessibleName(self.tr("Goals by pair and owner"))
        self.tree.setAccessibleDescription(
            self.tr("Each pair, then whose goal it is, then the goals with status and progress")
        )
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.delegate = ProgressBarDelegate(self.tree)
        self.tree.setItemDelegateForColumn(COL_PROGRESS, self.delegate)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.tree.fontMetrics()
        for column, sample in enumerate(COLUMN_SAMPLES):
            self.tree.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        # The status and date columns as wide as their words in the window's language
        # (German "überfällig" is half as long again as "overdue"), an overdue date bold
        # as the model shows it.
        statuses = (shown(GOAL_STATUS, status) for status in GOAL_STATUS)
        day = local_format.day(dt.date(2026, 12, 31))
        overdue = QCoreApplication.translate("GoalsTreeModel", "{0} · overdue").format(day)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        widths = {
            COL_STATUS: max(map(metrics.horizontalAdvance, statuses)),
            COL_TARGET: QFontMetrics(bold).horizontalAdvance(overdue),
            COL_UPDATED: metrics.horizontalAdvance(day),
        }
        for column, width in widths.items():
            self.tree.setColumnWidth(column, width + 24)
        # The title takes the room left; the short columns keep their width.
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.tree.doubleClicked.connect(self._on_double_click)
        self.tree.expanded.connect(self._span_headings)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        for key, slot in (
            (Qt.Key.Key_Return, self._enter),
            (Qt.Key.Key_Enter, self._enter),
            (QKeySequence.StandardKey.Delete, self.delete_goal),
        ):
            list_shortcut(self.tree, key, slot)

        add = QPushButton(self.tr("Add goal…"), objectName="empty_add_goal")
        add.clicked.connect(self.add_goal)
        templates = QPushButton(self.tr("Goal templates…"), objectName="empty_templates")
        templates.clicked.connect(self.edit_templates)
        self.no_goals = EmptyStateTab(
            self.tr("No goals yet"),
            self.tr(
                "Learning goes both ways: the mentee sets goals (technology, social media, "
                "generational insight, inclusion) and so does the mentor (confidence with "
                "leaders, communication, a voice in the organisation). Add the first goal "
                "with Add goal (Ctrl+N); templates suggest a title and a measure per topic."
            ),
            buttons=(add, templates),
        )
        self.goals_pages = QStackedWidget()
        self.goals_pages.addWidget(self.tree)
        self.goals_pages.addWidget(self.no_goals)

        self.sub_tabs = QTabWidget(objectName="goals_sub_tabs")
        self.sub_tabs.setDocumentMode(True)
        self.sub_tabs.addTab(self.goals_pages, self.tr("Goals"))
        self.assessments_page = AssessmentsPage(self.assessment_action, self.dimensions_action)
        self.assessments_page.missing_only.toggled.connect(self._show_assessments)
        self.sub_tabs.addTab(self.assessments_page, self.tr("Assessments"))
        self.fit_page = FitPage(self.fit_action)
        self.sub_tabs.addTab(self.fit_page, self.tr("Pairing fit"))
        # The pages' widgets, by the names the rest of the tab (and its tests) use.
        self.assessments_model = self.assessments_page.model
        self.assessments_table = self.assessments_page.table
        self.assessments_label = self.assessments_page.label
        self.missing_only = self.assessments_page.missing_only
        self.fit_model = self.fit_page.model
        self.fit_table = self.fit_page.table
        self.fit_label = self.fit_page.label
        self.outcomes_view = OutcomesView()
        self.sub_tabs.addTab(self.outcomes_view, self.tr("Outcomes"))
        self.sub_tabs.currentChanged.connect(self._on_sub_tab_changed)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        content_layout.addWidget(self.sub_tabs, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(
            EmptyStateTab(
                self.tr("No cycle yet"),
                self.tr(
                    "Goals, assessments and check-ins belong to the pairs of a cycle. Create "
                    "a cycle in the Pairs tab (Programme ▸ New cycle…), then form its pairs."
                ),
            )
        )
        self.pages.addWidget(
            EmptyStateTab(
                self.tr("No pairs in this cycle yet"),
                self.tr(
                    "Goals are set per pair. Form pairs in the Pairs tab: Suggest matches "
                    "(Ctrl+M) proposes pairs for everyone, New pair forms one by hand."
                ),
            )
        )
        self.pages.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        keys = self.list_keys = ListKeys(self)
        for widget in (self.tree, self.pair_combo, self.assessments_table, self.fit_table):
            widget.installEventFilter(keys)
        self._update_actions()

    # -- state -----------------------------------------------------------------
    def state_widgets(self) -> tuple[tuple[settings.Key, QWidget], ...]:
        return ((settings.GOALS_HEADER, self.tree.header()), (settings.GOALS_PAGE, self.sub_tabs))

    def show_changes(self, changes: Changes) -> None:
        if changes & (Changes.PARTICIPANTS | Changes.CYCLES | Changes.PAIRS):
            self.reload_pairs()
        elif changes & (Changes.GOALS | Changes.ASSESSMENTS | Changes.MEETINGS):
            self.reload()
        else:
            self.outcomes_view.mark_stale()  # assessment dimensions

    def forget_history(self) -> None:
        """The goal an undo would put back belongs to data that is gone."""
        self._deleted = None
        self.undo_action.setEnabled(False)

    def selected_id(self) -> int | None:
        goal = self.selected_goal()
        return goal.id if goal is not None else None

    def pair_id(self) -> int | None:
        """The pair picked above the list (None: all pairs)."""
        value = self.pair_combo.currentData()
        return int(value) if value is not None else None

    def pair_labels(self) -> dict[int, str]:
        return {pair.id: pair.label() for pair in self.pairs}

    # -- loading ---------------------------------------------------------------
    @Slot(object)
    def set_cycle(self, cycle_id: int | None) -> None:
        """Show a cycle (None: the empty page). Loads synchronously."""
        from rmdesk.programme import cycles, pairs

        self.cycle_id = cycle_id
        self.outcomes_view.set_cycle(cycle_id)
        self._deleted = None
        self.undo_action.setEnabled(False)
        if cycle_id is None:
            self.cycle = None
            self.pairs = []
            self._fill_pair_combo()
            self.pages.setCurrentIndex(PAGE_NO_CYCLE)
            self._clear()
            return
        self.cycle = cycles.get_cycle(cycle_id)
        self.pairs = [
            PairInfo(row.id, row.mentor_name, row.mentee_name, row.status)
            for row in pairs.list_pairs(cycle_id)
        ]
        self._fill_pair_combo()
        self.reload()

    @Slot()
    def reload_pairs(self) -> None:
        """Pairs were formed, ended or replaced: refresh the picker and the lists."""
        self.set_cycle(self.cycle_id)

    def _fill_pair_combo(self) -> None:
        current = self.pair_id()
        self.pair_combo.blockSignals(True)
        self.pair_combo.clear()
        self.pair_combo.addItem(self.tr("All pairs ({0})").format(len(self.pairs)), None)
        for pair in self.pairs:
            text = pair.label()
            if pair.status != "active":
                text += f" ({shown(PAIR_STATUS_WORD, pair.status)})"
            self.pair_combo.addItem(text, pair.id)
        index = self.pair_combo.findData(current) if current is not None else 0
        self.pair_combo.setCurrentIndex(max(0, index))
        self.pair_combo.blockSignals(False)

    def _clear(self) -> None:
        self.model.set_content([], [], {}, single_pair=False)
        self._due, self._fits = [], []
        self._show_assessments()
        self._show_fit()
        self._update_actions()

    @Slot()
    def _on_pair_changed(self) -> None:
        self.reload()

    def reload(self, select_goal_id: int | None = None) -> None:
        """Read goals, summaries, assessments and fit checks once; rebuild the lists."""
        from rmdesk.programme import assessments, checkins, goals

        if self.cycle_id is None:
            return
        if not self.pairs:
            self.pages.setCurrentIndex(PAGE_NO_PAIRS)
            self._clear()
            return
        self.pages.setCurrentIndex(PAGE_CONTENT)
        if select_goal_id is None:
            current = self.selected_goal()
            select_goal_id = current.id if current else None
        pair_id = self.pair_id()
        today = dt.date.today()
        rows = goals.list_goals(self.cycle_id, pair_id, today=today)
        summaries = goals.goal_summaries(self.cycle_id)
        shown = [pair for pair in self.pairs if pair_id is None or pair.id == pair_id]
        self.model.set_content(rows, shown, summaries, single_pair=pair_id is not None)
        self._span_headings(QModelIndex())
        self.collapsed = pair_id is None and self.model.node_count() > EXPAND_ALL_ROWS
        if not self.collapsed:
            for row in range(self.model.rowCount()):
                self._span_headings(self.model.index(row, 0))
            self.tree.expandAll()
        # A large cycle opens with its pairs collapsed (each with its summary line):
        # laying out thousands of rows would cost more than the whole read.
        self.goals_pages.setCurrentIndex(GOALS_LIST if self.model.goal_count else GOALS_EMPTY)
        self._show_summary(rows, summaries, pair_id)
        self._due = assessments.assessment_status(self.cycle_id, today=today)
        self._fits = checkins.fit_checks(self.cycle_id)
        self._show_assessments()
        self._show_fit()
        if select_goal_id is not None:
            self.select_goal(select_goal_id)
        self._update_actions()
        self.outcomes_view.mark_stale()  # goals, assessments or fit answers may have changed

    def _show_summary(
        self, rows: list[GoalRow], summaries: dict[int, Any], pair_id: int | None
    ) -> None:
        overdue = sum(1 for row in rows if row.overdue)
        late = " · " + palette.coloured(self.tr("{0} overdue").format(overdue), palette.ERROR)
        if pair_id is not None:
            summary = summaries.get(pair_id)
            text = summary_text(summary) if summary is not None else self.tr("no goals yet")
            self.summary_label.setText(f"{text}{late if overdue else ''}")
            return
        achieved = sum(1 for row in rows if row.status == "achieved")
        kept = sum(1 for row in rows if row.status != "dropped")
        self.summary_label.setText(
            self.tr("{0} in {1} · {2} achieved").format(
                counted(kept, self.tr("{0} goal"), self.tr("{0} goals")),
                counted(len(self.pairs), self.tr("{0} pair"), self.tr("{0} pairs")),
                achieved,
            )
            + (late if overdue else "")
            + (self.tr(" · open a pair (→) or pick it above") if self.collapsed else "")
        )

    def _show_assessments(self) -> None:
        overdue = self.assessments_page.show_rows(self._due, self.pair_id(), self.pair_labels())
        title = self.tr("Assessments")
        self.sub_tabs.setTabText(
            SUB_ASSESSMENTS,
            self.tr("{0} ({1} overdue)").format(title, overdue) if overdue else title,
        )

    def _show_fit(self) -> None:
        to_ask = self.fit_page.show_rows(self._fits, self.pair_id(), self.pair_labels())
        title = self.tr("Pairing fit")
        self.sub_tabs.setTabText(
            SUB_FIT, self.tr("{0} ({1} to ask)").format(title, to_ask) if to_ask else title
        )

    # -- selection -------------------------------------------------------------
    def _current(self) -> QModelIndex:
        rows = self.tree.selectionModel().selectedRows()
        return rows[0] if rows else QModelIndex()

    def selected_goal(self) -> GoalRow | None:
        index = self._current()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_goal(self, goal_id: int) -> bool:
        index = self.model.goal_index(goal_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _context_pair(self) -> tuple[int | None, str | None]:
        """The pair (and owner) a new goal is for: the selection's, else the picked pair."""
        index = self._current()
        if index.isValid():
            return index.data(PAIR_ROLE), index.data(OWNER_ROLE)
        return self.pair_id(), None

    def new_item(self) -> Callable[[], object] | None:
        """A goal, an assessment or a fit answer, as the shown sub-tab holds."""
        action = self.list_keys.new_action_here()
        return action.trigger if action is not None and action.isEnabled() else None

    def selection_actions(self) -> tuple[QAction, ...]:
        return (self.edit_action, self.progress_action, self.achieved_action,
                self.delete_action)  # fmt: skip

    def update_actions(self) -> None:
        self._update_actions()

    @Slot(int)
    def _on_sub_tab_changed(self, index: int) -> None:
        """The goal buttons belong to the goal list: the other pages show their own."""
        for button in self.buttons.values():
            button.setVisible(index == SUB_GOALS)
        self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        # A goal's actions act on the goal list only while it is shown.
        on_goals = self.sub_tabs.currentIndex() == SUB_GOALS
        goal = self.selected_goal() if self.current and on_goals else None
        can_add = any(pair.status in NEW_GOAL_PAIR_STATUSES for pair in self.pairs)
        has_cycle = self.cycle_id is not None
        self.add_action.setEnabled(has_cycle and can_add)
        for action in (self.edit_action, self.progress_action, self.delete_action):
            action.setEnabled(goal is not None)
        self.achieved_action.setEnabled(goal is not None and goal.status != "achieved")
        # Undo puts a goal back into the goal list: only while that list is shown.
        self.undo_action.setEnabled(self._deleted is not None and on_goals)
        for action in (self.assessment_action, self.fit_action):
            action.setEnabled(has_cycle and bool(self.pairs))
        for name, action in (("add_goal", self.add_action), ("progress", self.progress_action),
                             ("achieved", self.achieved_action)):  # fmt: skip
            self.buttons[name].setEnabled(action.isEnabled())

    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        for action in (*self.goal_actions, None, self.templates_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.tree.viewport().mapToGlobal(point))

    @Slot(QModelIndex)
    def _span_headings(self, parent: QModelIndex) -> None:
        """Headings under ``parent`` read across all columns (done as rows appear)."""
        for row in self.model.heading_rows(parent):
            self.tree.setFirstColumnSpanned(row, parent, True)

    @Slot(QModelIndex)
    def _on_double_click(self, index: QModelIndex) -> None:
        if index.data(ROW_ROLE) is not None:
            self.edit_goal()
        else:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    @Slot()
    def _enter(self) -> None:
        index = self._current()
        if index.isValid():
            self._on_double_click(index)

    # -- goals -----------------------------------------------------------------
    def _attempt(
        self, call: Callable[[], object], done: str, select_goal_id: int | None = None
    ) -> bool:
        def succeeded(_result: object) -> None:
            if select_goal_id is not None:
                self.select_goal(select_goal_id)
            self.status_message.emit(done)

        return operate(self, call, Changes.GOALS, succeeded)

    def _new_goal_pairs(self) -> list[PairInfo]:
        return [pair for pair in self.pairs if pair.status in NEW_GOAL_PAIR_STATUSES]

    @Slot()
    def add_goal(self) -> None:
        from rmdesk.ui.goals.dialogs import GoalDialog

        if self.cycle is None or not self.add_action.isEnabled():
            return
        pair_id, owner = self._context_pair()
        dialog = GoalDialog(self, self.cycle, self._new_goal_pairs(), pair_id=pair_id, owner=owner)
        if dialog.exec() and dialog.saved_id is not None:  # the form announced GOALS
            self.select_goal(dialog.saved_id)
            self.status_message.emit(self.tr("Goal added: {0}").format(dialog.title_edit.text()))

    @Slot()
    def edit_goal(self) -> None:
        from rmdesk.ui.goals.dialogs import GoalDialog

        goal = self.selected_goal()
        if goal is None or self.cycle is None:
            return
        dialog = GoalDialog(self, self.cycle, self._new_goal_pairs(), goal_id=goal.id)
        if dialog.exec():  # the form announced GOALS
            self.select_goal(goal.id)
            self.status_message.emit(self.tr("Goal saved."))

    @Slot()
    def record_progress(self) -> None:
        from rmdesk.ui.goals.dialogs import ProgressDialog

        goal = self.selected_goal()
        if goal is None:
            return
        dialog = ProgressDialog(self, goal)
        if dialog.exec():  # the form announced GOALS
            self.select_goal(goal.id)
            self.status_message.emit(
                self.tr("Progress recorded: {0} % on “{1}”.").format(
                    dialog.spin.value(), goal.title
                )
            )

    @Slot()
    def mark_achieved(self) -> None:
        from rmdesk.programme import goals

        goal = self.selected_goal()
        if goal is None or goal.status == "achieved":
            return
        self._attempt(
            lambda: goals.mark_achieved(goal.id),
            self.tr("Achieved: {0}").format(goal.title),
            goal.id,
        )

    @Slot()
    def delete_goal(self) -> None:
        from rmdesk.programme import goals

        goal = self.selected_goal()
        if goal is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete goal"),
            self.tr("Delete the goal “{0}” and its progress history? Undo (Ctrl+Z) puts it back.")
            .format(goal.title),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return

        def deleted(snapshot: DeletedGoal) -> None:
            self._deleted = snapshot
            self.undo_action.setText(
                self.tr("&Undo goal delete “{0}”").format(goal.title.replace("&", "&&"))
            )
            self._update_actions()
            self.status_message.emit(
                self.tr("Goal deleted: {0}. Ctrl+Z undoes it.").format(goal.title)
            )

        operate(self, lambda: goals.delete_goal(goal.id), Changes.GOALS, deleted)

    @Slot()
    def undo_delete(self) -> None:
        from rmdesk.programme import goals

        snapshot = self._deleted
        if snapshot is None:
            return

        def restored(goal_id: int) -> None:
            self._deleted = None
            self.undo_action.setEnabled(False)
            self.select_goal(goal_id)
            self.status_message.emit(self.tr("Goal put back."))

        operate(self, lambda: goals.restore_goal(snapshot), Changes.GOALS, restored)

    @Slot()
    def edit_templates(self) -> None:
        from rmdesk.ui.goals.dialogs import TemplatesDialog

        TemplatesDialog(self).exec()

    # -- assessments and fit ---------------------------------------------------
    @Slot()
    def enter_assessment(self) -> None:
        from rmdesk.ui.goals.assessment_dialog import AssessmentDialog

        if self.cycle_id is None:
            return
        on_page = self.sub_tabs.currentIndex() == SUB_ASSESSMENTS
        due = self.assessments_page.selected() if on_page else None
        people = self._due
        if not people:
            QMessageBox.information(
                self,
                self.tr("Enter assessment"),
                self.tr("Nobody owes an assessment yet: pairs must be active first."),
            )
            return
        pair_id = due.pair_id if due else self.pair_id()
        dialog = AssessmentDialog(
            self, people, self.pair_labels(), pair_id=pair_id,
            participant_id=due.participant_id if due else None,
            phase=due.phase if due else None,
            queue=self.assessments_page.shown_rows() if on_page else None,
        )  # fmt: skip
        dialog.exec()
        if dialog.saved_count:  # the form announced ASSESSMENTS ("Save and next" too)
            self.status_message.emit(dialog.saved_text())

    @Slot()
    def edit_dimensions(self) -> None:
        from rmdesk.ui.goals.assessment_dialog import DimensionsDialog

        if DimensionsDialog(self).exec():  # the dialog announced SETTINGS
            self.status_message.emit(self.tr("Assessment dimensions saved."))

    @Slot()
    def record_fit(self) -> None:
        from rmdesk.ui.goals.fit_dialog import FitDialog

        if self.cycle_id is None:
            return
        fits = self._fits
        row = self.fit_page.selected() if self.sub_tabs.currentIndex() == SUB_FIT else None
        pair_id = row.pair_id if row else (self._context_pair()[0] or self.pair_id())
        if not fits:
            QMessageBox.information(
                self,
                self.tr("Pairing fit"),
                self.tr("The pairing-fit check comes after a pair's first held meeting; "
                        "no pair of this cycle has met yet."),
            )  # fmt: skip
            return
        dialog = FitDialog(self, fits, self.pair_labels(), pair_id=pair_id)
        if dialog.exec():  # the form announced ASSESSMENTS
            self.status_message.emit(dialog.summary())
