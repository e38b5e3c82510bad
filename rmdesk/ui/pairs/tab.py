"""The Pairs tab: the current cycle's pairs, who is still unpaired, and matching.

Every change goes through ``programme.pairs`` / ``programme.cycles``, which enforce
the rules; the tab shows their refusals in words, and every view reads again from the
change each write announces (``ui/common/operations.py``).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.common import labels, local_format, settings
from rmdesk.ui.common.empty_state import EmptyStateTab
from rmdesk.ui.common.labels import header, shown
from rmdesk.ui.common.operations import Changes, operate
from rmdesk.ui.common.shortcuts import list_shortcut
from rmdesk.ui.common.tab import Tab
from rmdesk.ui.common.wording import counted, isolated, spoken
from rmdesk.ui.pairs.model import COL_MENTOR, ROW_ROLE, SORT_ROLE, PairsTableModel

if TYPE_CHECKING:
    from rmdesk.programme.pairs import PairRow, Unpaired

PAGE_NO_CYCLE, PAGE_PAIRS = 0, 1


class PairsTab(Tab):
    """The pairs of the cycle chosen in the toolbar, the unpaired, and pair actions."""

    open_cycle_requested = Signal(object)  # a cycle just created: show it
    show_requested = Signal()  # new proposals to publish: the window shows this tab
    # Names, the cycle line, pairs and the "met / planned" column.
    shows = Changes.PARTICIPANTS | Changes.CYCLES | Changes.PAIRS | Changes.MEETINGS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cycle_id: int | None = None
        self.cycle_status: str | None = None  # of the cycle read last
        self.model = PairsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self._build_actions()
        self._build()

    # -- construction ----------------------------------------------------------
    def _action(self, text: str, slot: object, tip: str) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _cycle_action(self, text: str, slot: object, tip: str) -> QAction:
        """An action on the cycle, offered on every tab (menu, toolbar, Ctrl+M): this
        tab reads its cycle first if it was hidden when the cycle changed."""
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.triggered.connect(self.apply_pending)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_cycle_action = self._action(
            self.tr("New &cycle…"), self.new_cycle, self.tr("Start a new programme cycle")
        )
        self.edit_cycle_action = self._cycle_action(
            self.tr("Edit c&ycle…"),
            self.edit_cycle,
            self.tr("Change the cycle's name, dates and meeting rhythm"),
        )
        self.start_cycle_action = self._cycle_action(
            self.tr("&Start cycle"), self.start_cycle, self.tr("Mark the cycle as running")
        )
        self.close_cycle_action = self._cycle_action(
            self.tr("Cl&ose cycle"),
            self.close_cycle,
            self.tr("Mark the cycle as finished; it takes no new pairs"),
        )
        self.new_pair_action = self._cycle_action(
            self.tr("New &pair…"), self.new_pair, self.tr("Pair a mentor and a mentee by hand")
        )
        self.suggest_action = self._cycle_action(
            self.tr("S&uggest matches…"),
            self.suggest,
            self.tr("Propose the best pairs for everyone unpaired"),
        )
        self.suggest_action.setShortcut(QKeySequence("Ctrl+M"))
        self.publish_action = self._cycle_action(
            self.tr("Pu&blish proposed pairs"),
            self.publish,
            self.tr("Turn every proposed pair into an active one"),
        )
        self.activate_action = self._action(
            self.tr("Publish se&lected"),
            self.activate_selected,
            self.tr("The selected proposals become active pairs and start meeting"),
        )
        self.complete_action = self._action(
            self.tr("&Complete pair"),
            self.complete_selected,
            self.tr("The pair finished the cycle"),
        )
        self.end_action = self._action(
            self.tr("&End pair early…"),
            self.end_selected,
            self.tr("End the pair before the cycle ends"),
        )
        self.replace_action = self._action(
            self.tr("&Replace mentor…"),
            self.replace_mentor,
            self.tr("Give the mentee another mentor"),
        )
        self.discard_action = self._action(
            self.tr("&Discard selected"),
            self.discard_selected,
            self.tr("Remove the selected proposals nobody acted on"),
        )
        self.agreement_action = self._action(
            self.tr("Agreement si&gned today"), self.mark_agreement_signed,
            self.tr("Record that the pairing agreement was signed today"),
        )  # fmt: skip
        self.detail_action = self._action(
            self.tr("Pair de&tails…"),
            self.open_detail,
            self.tr("The pair's match, meetings, goals, answers, agreement and history"),
        )
        self._added_pair_actions: tuple[QAction, ...] = ()  # of other parts (meetings)
        self.pair_actions: tuple[QAction, ...] = (
            self.detail_action,
            self.activate_action,
            self.complete_action,
            self.end_action,
            self.replace_action,
            self.discard_action,
            self.agreement_action,
        )

    def _build(self) -> None:
        self.cycle_label = QLabel(objectName="cycle_summary")
        # wraps, so the buttons beside it never push the window past the screen in
        # languages with longer words
        self.cycle_label.setWordWrap(True)
        self.filter_edit = QLineEdit(objectName="pair_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter pairs by name, department, status…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter pairs"))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        buttons = QHBoxLayout()
        for action, name in (
            (self.suggest_action, "suggest"),
            (self.new_pair_action, "new_pair"),
            (self.publish_action, "publish"),
        ):
            button = QPushButton(action.text().replace("&", ""), objectName=f"{name}_button")
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        self._buttons = buttons
        top = QHBoxLayout()
        top.addWidget(self.cycle_label, 1)
        top.addLayout(buttons)

        self.table = QTableView(objectName="pairs_table")
        self.table.setAccessibleName(self.tr("Pairs of the cycle"))
        self.table.setAccessibleDescription(
            self.tr("Enter opens the selected pair's detail; several proposals can be selected")
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_MENTOR, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several proposals can be published or discarded together.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        statuses = (shown(labels.PAIR_STATUS, s) for s in labels.PAIR_STATUS)
        status = max(statuses, key=metrics.horizontalAdvance)  # the widest, translated
        samples = ("Alejandro Rodríguez", "Customer Support", "Alejandro Rodríguez",
                   "Customer Support", status, "100", "2026-01-01", "0 / 0")  # fmt: skip
        for column, sample in enumerate(samples):
            header_text = header(PairsTableModel.HEADERS[column])
            # Room for the header's text and its sort arrow, or the typical value.
            width = max(
                metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header_text) + 24
            )
            self.table.setColumnWidth(column, width + 16)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        list_shortcut(self.table, QKeySequence.StandardKey.Delete, self.discard_selected)
        # Enter or a double-click opens the pair's detail.
        list_shortcut(self.table, Qt.Key.Key_Return, self.open_detail)
        list_shortcut(self.table, Qt.Key.Key_Enter, self.open_detail)
        self.table.doubleClicked.connect(self.open_detail)

        self.hint_label = QLabel(objectName="pairs_hint", wordWrap=True)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.filter_edit)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.hint_label)

        self.unpaired_mentors = QListWidget(objectName="unpaired_mentors")
        self.unpaired_mentees = QListWidget(objectName="unpaired_mentees")
        self.unpaired_mentees.itemActivated.connect(self._pair_unpaired_mentee)
        self.mentors_label = QLabel()
        self.mentees_label = QLabel()
        # Named apart from their headings: a buddy's rich text would be read out as tags.
        self.unpaired_mentors.setAccessibleName(self.tr("Unpaired mentors"))
        self.unpaired_mentees.setAccessibleName(self.tr("Unpaired mentees"))
        self.unpaired_mentees.setAccessibleDescription(
            self.tr("Enter on a mentee starts a new pair for them")
        )
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.mentees_label)
        side_layout.addWidget(self.unpaired_mentees, 1)
        side_layout.addWidget(self.mentors_label)
        side_layout.addWidget(self.unpaired_mentors, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 280])

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(top)
        page_layout.addWidget(self.splitter, 1)
        new_cycle = QPushButton(self.tr("New cycle…"), objectName="empty_new_cycle")
        new_cycle.clicked.connect(self.new_cycle)
        empty = EmptyStateTab(
            self.tr("No programme cycle yet"),
            self.tr(
                "A cycle is one run of the programme, typically nine months. Create one, "
                "then pair its mentors and mentees by hand or let rmdesk suggest the best "
                "pairs for everyone at once."
            ),
            buttons=(new_cycle,),
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(empty)
        self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._update_actions()

    # -- state -----------------------------------------------------------------
    @Slot(object)
    def set_cycle(self, cycle_id: int | None) -> None:
        self.cycle_id = cycle_id
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        from rmdesk.programme import cycles, pairs

        if select_id is None:
            row = self._row()
            select_id = row.id if row is not None else None
        if self.cycle_id is None:
            self.pages.setCurrentIndex(PAGE_NO_CYCLE)
            self.model.set_rows([])
            self._update_actions()
            return
        self.pages.setCurrentIndex(PAGE_PAIRS)
        cycle = cycles.get_cycle(self.cycle_id)
        self.cycle_status = cycle.status
        rows = pairs.list_pairs(self.cycle_id)
        self.model.set_rows(rows)
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.status] = counts.get(row.status, 0) + 1
        self.cycle_label.setText(
            self.tr(
                "<b>{0}</b> · {1} to {2} · {3} · meetings every {4}, {5} min<br>{6}"
            ).format(
                html.escape(cycle.name),
                local_format.day(cycle.start_date), local_format.day(cycle.end_date),
                shown(labels.CYCLE_STATUS_WORD, cycle.status),
                counted(cycle.cadence_days, self.tr("day"), self.tr("{0} days")),
                cycle.meeting_minutes, self._pair_counts(counts),
            )
        )  # fmt: skip
        mentors, mentees = pairs.unpaired(self.cycle_id)
        self._fill_unpaired(self.unpaired_mentees, mentees)
        self._fill_unpaired(self.unpaired_mentors, mentors)
        self.mentees_label.setText(self.tr("<b>Unpaired mentees</b> ({0})").format(len(mentees)))
        self.mentors_label.setText(self.tr("<b>Unpaired mentors</b> ({0})").format(len(mentors)))
        if not rows:
            self.hint_label.setText(
                self.tr("No pairs yet. Suggest matches (Ctrl+M) proposes the best pairs for "
                        "the whole cohort; New pair forms one by hand.")
            )  # fmt: skip
        elif counts.get("proposed"):
            self.hint_label.setText(self.tr("Proposed pairs become active when you publish them."))
        else:
            self.hint_label.setText("")
        if select_id is not None:
            self.select_pair(select_id)
        self._update_actions()

    def _pair_counts(self, counts: dict[str, int]) -> str:
        """ "3 active pairs · 1 proposed pair · …": each word agrees with its own count
        (French writes "1 binôme actif", "3 binômes actifs")."""
        get = counts.get
        return " · ".join((
            counted(get("active", 0), self.tr("{0} active pair"), self.tr("{0} active pairs")),
            counted(get("proposed", 0), self.tr("{0} proposed pair"),
                    self.tr("{0} proposed pairs")),
            counted(get("completed", 0), self.tr("{0} completed pair"),
                    self.tr("{0} completed pairs")),
            counted(get("ended_early", 0), self.tr("{0} pair ended early"),
                    self.tr("{0} pairs ended early")),
        ))  # fmt: skip

    def _fill_unpaired(self, widget: QListWidget, people: Sequence[Unpaired]) -> None:
        widget.clear()
        for person in people:
            text = f"{person.name} — {person.department}" if person.department else person.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            widget.addItem(item)

    def show_changes(self, changes: Changes) -> None:
        self.reload()

    def state_widgets(self) -> tuple[tuple[settings.Key, QSplitter], ...]:
        return ((settings.PAIRS_SPLITTER, self.splitter),)

    def _rows_selected(self) -> list[PairRow]:
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [index.data(ROW_ROLE) for index in rows]

    def _row(self) -> PairRow | None:
        rows = self._rows_selected()
        return rows[0] if len(rows) == 1 else None

    def selected_row(self) -> PairRow | None:
        """The one pair selected on screen (None for none or several, or while another
        tab is shown)."""
        return self._row() if self.current else None

    def selected_rows(self) -> list[PairRow]:
        """Every pair selected on screen (none while another tab is shown)."""
        return self._rows_selected() if self.current else []

    def _selected_proposals(self) -> list[PairRow]:
        """The selection when it is one or more proposals and nothing else."""
        rows = self.selected_rows()
        return rows if rows and all(row.status == "proposed" for row in rows) else []

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def select_pair(self, pair_id: int) -> bool:
        source_row = self.model.row_of(pair_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def new_item(self) -> Callable[[], object] | None:
        return self.new_pair_action.trigger if self.new_pair_action.isEnabled() else None

    def select_pairs(self, pair_ids: Sequence[int]) -> None:
        """Select every pair of ``pair_ids`` that is shown (Publish selected acts on them)."""
        selection = QItemSelection()
        for pair_id in pair_ids:
            source_row = self.model.row_of(pair_id)
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if source_row >= 0 and index.isValid():
                selection.select(index, index)
        self.table.selectionModel().select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if not selection.isEmpty():
            self.table.scrollTo(selection.indexes()[0])

    def selection_actions(self) -> tuple[QAction, ...]:
        return self.pair_actions

    def update_actions(self) -> None:
        self._update_actions()

    def _cycle_actions(self) -> tuple[QAction, ...]:
        return (self.edit_cycle_action, self.start_cycle_action, self.close_cycle_action,
                self.new_pair_action, self.suggest_action, self.publish_action)  # fmt: skip

    @Slot()
    def _update_actions(self) -> None:
        # The cycle chosen, even if this tab, hidden, has not read it yet.
        cycle = self.pending_cycle[0] if self.pending_cycle is not None else self.cycle_id
        has_cycle = cycle is not None
        for action in (self.edit_cycle_action, self.new_pair_action, self.suggest_action):
            action.setEnabled(has_cycle)
        proposed = any(row.status == "proposed" for row in self.model.rows())
        self.publish_action.setEnabled(has_cycle and proposed)
        # Start and Close follow the cycle's status once read (the Programme menu and
        # the actions read a hidden tab's cycle first): running cannot start again.
        known = self.pending_cycle is None and not self.pending & Changes.CYCLES
        self.start_cycle_action.setEnabled(
            has_cycle and (not known or self.cycle_status == "planning")
        )
        self.close_cycle_action.setEnabled(
            has_cycle and (not known or self.cycle_status != "closed")
        )
        row = self.selected_row()
        status = row.status if row else None
        proposals = bool(self._selected_proposals())
        self.detail_action.setEnabled(row is not None)
        self.activate_action.setEnabled(proposals)
        self.complete_action.setEnabled(status == "active")
        # A proposal is discarded, not ended or replaced: only an active pair is.
        self.end_action.setEnabled(status == "active")
        self.replace_action.setEnabled(status == "active")
        self.discard_action.setEnabled(proposals)
        self.agreement_action.setEnabled(status in ("proposed", "active"))
        for action in self._added_pair_actions:
            action.setEnabled(row is not None)
        for button_name, action in (
            ("suggest_button", self.suggest_action),
            ("new_pair_button", self.new_pair_action),
            ("publish_button", self.publish_action),
        ):
            button = self.findChild(QPushButton, button_name)
            if button is not None:
                button.setEnabled(action.isEnabled())

    def add_cycle_button(self, action: QAction, name: str) -> None:
        """A button beside Suggest matches for another area's action on the cycle (the
        mentees' shortlists); it follows the action's enabled state."""
        button = QPushButton(action.text().replace("&", ""), objectName=f"{name}_button")
        button.setToolTip(action.statusTip())
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        self._buttons.addWidget(button)

    def add_pair_actions(self, actions: Sequence[QAction]) -> None:
        """Actions of other tabs on the selected pair (meetings), shown in its menu too."""
        self.pair_actions = (*self.pair_actions, *actions)
        self._added_pair_actions = (*self._added_pair_actions, *actions)
        self._update_actions()

    def _context_menu(self, point: QPoint) -> None:
        if not self.table.indexAt(point).isValid():
            return
        menu = QMenu(self)
        for action in self.pair_actions:
            menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(point))

    # -- domain calls ----------------------------------------------------------
    def _attempt(
        self,
        work: Callable[[], object],
        done: str,
        select_id: int | None = None,
        changes: Changes = Changes.PAIRS,
    ) -> bool:
        """Run a domain call; a refused rule becomes a message, success is announced."""

        def succeeded(_result: object) -> None:
            if select_id is not None:
                self.select_pair(select_id)
            self.status_message.emit(done)

        return operate(self, work, changes, succeeded)

    @Slot()
    def new_cycle(self) -> None:
        from rmdesk.ui.pairs.cycle_dialog import CycleDialog

        dialog = CycleDialog(self)
        if dialog.exec() and dialog.saved_id is not None:  # the form announced CYCLES
            self.open_cycle_requested.emit(dialog.saved_id)
            self.status_message.emit(self.tr("Created cycle {0}.").format(dialog.name_edit.text()))

    @Slot()
    def edit_cycle(self) -> None:
        if self.cycle_id is None:
            return
        from rmdesk.ui.pairs.cycle_dialog import CycleDialog

        CycleDialog(self, self.cycle_id).exec()  # the form announces CYCLES

    def _set_cycle_status(self, status: str, question: str) -> None:
        if self.cycle_id is None:
            return
        from rmdesk.programme import cycles

        answer = QMessageBox.question(self, self.tr("Cycle"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        cycle_id = self.cycle_id
        self._attempt(
            lambda: cycles.set_cycle_status(cycle_id, status), self.tr("Saved."),
            changes=Changes.CYCLES,
        )  # fmt: skip

    @Slot()
    def start_cycle(self) -> None:
        self._set_cycle_status("active", self.tr("Mark this cycle as running?"))

    @Slot()
    def close_cycle(self) -> None:
        self._set_cycle_status(
            "closed", self.tr("Close this cycle? A closed cycle takes no new pairs.")
        )

    @Slot()
    def new_pair(self, mentee_id: int | None = None) -> None:
        if self.cycle_id is None:
            return
        from rmdesk.ui.pairs.dialogs import NewPairDialog

        dialog = NewPairDialog(self, self.cycle_id, mentee_id)
        if dialog.exec() and dialog.saved_id is not None:  # the form announced PAIRS
            self.select_pair(dialog.saved_id)
            self.status_message.emit(self.tr("Pair proposed."))

    def _pair_unpaired_mentee(self, item: QListWidgetItem) -> None:
        self.new_pair(item.data(Qt.ItemDataRole.UserRole))

    @Slot()
    def suggest(self) -> None:
        if self.cycle_id is None:
            return
        from rmdesk.programme import cycles
        from rmdesk.ui.pairs.suggest_dialog import SuggestMatchesDialog

        dialog = SuggestMatchesDialog(self, self.cycle_id, cycles.get_cycle(self.cycle_id).name)
        self.suggest_dialog = dialog
        dialog.run()
        if dialog.exec() and dialog.accepted_ids:  # the dialog announced PAIRS
            # Asked from any tab (Ctrl+M): show the proposals where Publish is.
            self.show_requested.emit()
            self.apply_pending()
            self.select_pairs(dialog.accepted_ids)
            self.status_message.emit(
                counted(
                    len(dialog.accepted_ids),
                    self.tr("{0} pair proposed. Publish it when everyone agrees."),
                    self.tr("{0} pairs proposed. Publish them when everyone agrees."),
                )
            )

    @Slot()
    def publish(self) -> None:
        """Every proposal of the cycle becomes active (after a question)."""
        proposed = [row.id for row in self.model.rows() if row.status == "proposed"]
        self._publish(proposed, every=True)

    def _publish(self, pair_ids: list[int], *, every: bool) -> None:
        """Ask (saying the start day, and warning when the cycle ends within one meeting
        interval), then publish ``pair_ids`` in one transaction."""
        if self.cycle_id is None or not pair_ids:
            return
        from rmdesk.programme import pairs

        cycle_id = self.cycle_id
        start = local_format.day(pairs.start_day(cycle_id))
        if every:
            question = counted(
                len(pair_ids),
                self.tr("Make the {0} proposed pair active from {1}?"),
                self.tr("Make all {0} proposed pairs active from {1}?"),
                start,
            )
        else:
            question = counted(
                len(pair_ids),
                self.tr("Make the selected proposal active from {1}?"),
                self.tr("Make the {0} selected proposals active from {1}?"),
                start,
            )
        warning = pairs.publish_warning(cycle_id)
        box = QMessageBox.question if warning is None else QMessageBox.warning
        text = question if warning is None else f"{spoken(warning)}\n\n{question}"
        answer = box(
            self,
            self.tr("Publish pairs"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No if warning else QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = counted(
            len(pair_ids), self.tr("{0} pair published."), self.tr("{0} pairs published.")
        )
        # The first active pairs start a planning cycle (pairs.publish): the cycle's
        # status changes too, for the selector, the header and Start cycle.
        changes = Changes.PAIRS | Changes.CYCLES
        if every:
            self._attempt(lambda: pairs.publish(cycle_id), done, changes=changes)
        else:
            wanted = list(pair_ids)
            self._attempt(lambda: pairs.publish(cycle_id, pair_ids=wanted), done, changes=changes)

    def _with_selected(self, call: Callable[[int], object], done: str) -> None:
        row = self.selected_row()
        if row is not None:
            self._attempt(lambda: call(row.id), done, select_id=row.id)

    @Slot()
    def activate_selected(self) -> None:
        """The selected proposals become active together."""
        self._publish([row.id for row in self._selected_proposals()], every=False)

    @Slot()
    def complete_selected(self) -> None:
        from rmdesk.programme import pairs

        self._with_selected(pairs.complete_pair, self.tr("Pair completed."))

    @Slot()
    def mark_agreement_signed(self) -> None:
        from rmdesk.programme import pairs

        today = dt.date.today()
        self._with_selected(
            lambda pair_id: pairs.set_agreement_signed(pair_id, today),
            self.tr("Agreement recorded as signed on {0}.").format(local_format.day(today)),
        )

    @Slot()
    def discard_selected(self) -> None:
        rows = self._selected_proposals()
        if not rows:
            return
        from rmdesk.programme import pairs

        if len(rows) == 1:
            question = self.tr("Discard the proposal {0} – {1}?").format(
                isolated(rows[0].mentor_name), isolated(rows[0].mentee_name)
            )
        else:
            question = self.tr("Discard the {0} selected proposals?").format(len(rows))
        answer = QMessageBox.question(self, self.tr("Discard proposals"), question)
        if answer == QMessageBox.StandardButton.Yes:
            ids = [row.id for row in rows]
            self._attempt(
                lambda: pairs.discard_proposals(ids),
                counted(
                    len(ids),
                    self.tr("{0} proposal discarded."),
                    self.tr("{0} proposals discarded."),
                ),
            )

    @Slot()
    def open_detail(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from rmdesk.ui.pairs.detail_dialog import PairDetailDialog

        PairDetailDialog(self, row.id).exec()

    @Slot()
    def end_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from rmdesk.ui.pairs.dialogs import EndPairDialog

        if EndPairDialog(self, row).exec():  # the form announced PAIRS
            self.select_pair(row.id)
            self.status_message.emit(self.tr("Pair ended; both people are free again."))

    @Slot()
    def replace_mentor(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from rmdesk.ui.pairs.dialogs import ReplaceMentorDialog

        dialog = ReplaceMentorDialog(self, row)
        if dialog.exec():  # the form announced PAIRS
            if dialog.new_pair_id is not None:
                self.select_pair(dialog.new_pair_id)
            self.status_message.emit(self.tr("Mentor replaced; the new pair is proposed."))
