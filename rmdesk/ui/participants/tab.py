"""The Participants tab: the people of the programme, filtered, sorted and edited.

The tab owns its actions (new, edit, archive/delete, restore, undo, find); the
main window places them in menus and the toolbar. An empty programme shows the
first-run page (start here, open a programme file, try the demo in its own file).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import ModuleType

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rmdesk.programme.records import OpenPairOf, ParticipantRow, Removal
from rmdesk.ui.common import local_format, settings
from rmdesk.ui.common.empty_state import EmptyStateTab
from rmdesk.ui.common.labels import header as header_text
from rmdesk.ui.common.operations import Changes, operate
from rmdesk.ui.common.shortcuts import list_shortcut
from rmdesk.ui.common.tab import Tab
from rmdesk.ui.common.wording import counted
from rmdesk.ui.participants.model import (
    COL_ACTIVE_PAIR,
    COL_DEPARTMENT,
    COL_JOB_TITLE,
    COL_LEVEL,
    COL_NAME,
    COL_ROLE,
    COL_STATUS,
    COL_TOPICS,
    ROW_ROLE,
    ParticipantsFilterProxy,
    ParticipantsTableModel,
    every_word,
    profile_html,
)

PAGE_EMPTY, PAGE_TABLE, PAGE_LOADING, PAGE_WELCOME = range(4)
# Default column widths: typical long values, measured in the table's own font; the
# role, level and status columns hold the longest of their words in the window's language.
COLUMN_SAMPLES = {
    COL_NAME: "Σοφία Παπαδοπούλου-Hartmann",
    COL_JOB_TITLE: "Director of Customer Support",
    COL_DEPARTMENT: "People & Culture  ",
    COL_TOPICS: "wants: Technology & digital tools, Social media",
    COL_ACTIVE_PAIR: "Ngô Thị Minh Hằng  ",
}


def _domain() -> ModuleType:
    """The participants domain, imported on first use: it loads Peewee, which can
    wait until the window is on screen."""
    from rmdesk.programme import participants

    return participants


def _alumni(cycle_id: int | None) -> frozenset[int]:
    """Who took part in a cycle other than the toolbar's (imported on first use too)."""
    from rmdesk.programme.pairings import alumni

    return alumni(cycle_id)


def _icon(name: QIcon.ThemeIcon) -> QIcon:
    return QIcon.fromTheme(name)


class ParticipantsTab(Tab):
    """List, filter, add, edit, archive and restore participants."""

    shows = Changes.PARTICIPANTS | Changes.PAIRS | Changes.CYCLES  # the Active pair column
    reads_at_once = Changes.PARTICIPANTS  # the status bar counts its list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_removal: Removal | None = None
        self._welcome_done = False  # "Start a new programme" chosen on the first-run page
        self.cycle_id: int | None = None  # the toolbar's cycle: "not paired in this cycle"
        self.participant_actions: tuple[QAction, ...] = ()
        self.loaded = False  # the first load waits until the window is on screen
        self.model = ParticipantsTableModel(self)
        self.proxy = ParticipantsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_actions()
        self._build()
        self.proxy.modelReset.connect(self._update_counts)
        self.proxy.filter_changed.connect(self._update_counts)
        self.proxy.layoutChanged.connect(self._update_counts)

    # -- construction ----------------------------------------------------------
    def _action(self, text: str, icon: QIcon.ThemeIcon, slot: object, tip: str) -> QAction:
        action = QAction(_icon(icon), text, self)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def new_item(self) -> Callable[[], object] | None:
        return self.new_action.trigger if self.new_action.isEnabled() else None

    def _build_actions(self) -> None:
        icons = QIcon.ThemeIcon
        self.new_action = self._action(
            self.tr("&New participant…"),
            icons.ListAdd,
            self.add_participant,
            self.tr("Add a person to the programme"),
        )
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = self._action(
            self.tr("&Edit participant…\tEnter"),
            icons.DocumentProperties,
            self.edit_selected,
            self.tr("Edit the selected participant"),
        )
        self.remove_action = self._action(
            self.tr("&Delete or archive…\tDel"),
            icons.EditDelete,
            self.remove_selected,
            self.tr("Delete the selected participant, or archive them if they have pair history"),
        )
        self.edit_action.setIconText(self.tr("Edit"))
        self.remove_action.setIconText(self.tr("Delete / archive"))
        self.restore_action = self._action(
            self.tr("&Restore from archive"),
            icons.EditRedo,
            self.restore_selected,
            self.tr("Bring an archived participant back into the programme"),
        )
        self.undo_action = self._action(
            self.tr("&Undo delete"),
            icons.EditUndo,
            self.undo_removal,
            self.tr("Put back what was just removed"),
        )
        # Not shown here: Edit > Undo (``common/undo.py``) takes its text and state.
        self.find_action = self._action(
            self.tr("&Find…"),
            icons.EditFind,
            self.focus_filter,
            self.tr("Filter the participants list"),
        )
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        for action in (self.edit_action, self.remove_action, self.restore_action, self.undo_action):
            action.setEnabled(False)

    def _build(self) -> None:
        self.filter_edit = QLineEdit(objectName="participant_filter")
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, department, topic, email, employee ID… (Ctrl+F)")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter participants"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Shows only the people whose name, department, topics, email or ID match")
        )
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.filter_edit.returnPressed.connect(self._focus_table)
        # Down goes on to the list as Enter does (a line edit has no use for it).
        list_shortcut(self.filter_edit, Qt.Key.Key_Down, self._focus_table)
        self.role_combo = QComboBox(objectName="role_filter")
        self.role_combo.addItem(self.tr("All roles"), None)
        self.role_combo.addItem(self.tr("Mentors (junior)"), "mentor")
        self.role_combo.addItem(self.tr("Mentees (senior)"), "mentee")
        self.role_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_role(self.role_combo.currentData())
        )
        self.archived_combo = QComboBox(objectName="archived_filter")
        self.archived_combo.addItem(self.tr("Current"), ParticipantsFilterProxy.ARCHIVED_CURRENT)
        self.archived_combo.addItem(self.tr("Archived"), ParticipantsFilterProxy.ARCHIVED_ONLY)
        self.archived_combo.addItem(self.tr("Everyone"), ParticipantsFilterProxy.ARCHIVED_ALL)
        self.archived_combo.addItem(
            self.tr("Not paired in this cycle"), ParticipantsFilterProxy.UNPAIRED
        )
        self.archived_combo.addItem(
            self.tr("Alumni (took part before)"), ParticipantsFilterProxy.ALUMNI
        )
        self.archived_combo.setItemData(
            self.archived_combo.count() - 1,
            self.tr("Current people paired in a cycle other than the toolbar's"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.archived_combo.setItemData(
            self.archived_combo.count() - 2,
            self.tr("Current people in no proposed or active pair of the toolbar's cycle"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.archived_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_archived(self.archived_combo.currentData())
        )
        self.count_label = QLabel(objectName="participant_count")
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        for text, combo in (
            (self.tr("Role:"), self.role_combo),
            (self.tr("Show:"), self.archived_combo),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo)
        bar.addWidget(self.count_label)

        self.table = QTableView(objectName="participants_table")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setAccessibleDescription(
            self.tr("Enter edits the selected person, Delete removes them; the profile is beside")
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        row_height = self.fontMetrics().height() + 10
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        metrics = self.table.fontMetrics()
        for column, sample in COLUMN_SAMPLES.items():
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        for column in (COL_ROLE, COL_LEVEL, COL_STATUS):
            words = every_word(column)
            width = max(map(metrics.horizontalAdvance, words))
            # The words, or the header's text and its sort arrow, with the cell's margins.
            heading = header_text(ParticipantsTableModel.HEADERS[column])
            self.table.setColumnWidth(
                column, max(width, metrics.horizontalAdvance(heading) + 24) + 16
            )
        # Enter and Del act on the list only: as action shortcuts they would also fire
        # from the menus' windows (Enter in a dialog reopening the editor, Del in a
        # text field deleting a person), and as window shortcuts from the filter (Enter
        # there goes to the list).  PySide6 drops the context passed with a slot to
        # QShortcut's constructor, so the slot is connected apart.
        for key, slot in (
            (Qt.Key.Key_Return, self.edit_selected),
            (Qt.Key.Key_Enter, self.edit_selected),
            (QKeySequence.StandardKey.Delete, self.remove_selected),
        ):
            list_shortcut(self.table, key, slot)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.detail = QTextBrowser(objectName="participant_detail")
        self.detail.setAccessibleName(self.tr("Profile of the selected participant"))
        self.detail.setOpenLinks(False)
        self.detail.setMinimumWidth(220)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 300])

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_empty_page())
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(bar)
        table_layout.addWidget(self.splitter, 1)
        self.pages.addWidget(table_page)
        # Tab from the filter reaches the list it filters, then Role and Show (rows are
        # chosen whole, so Tab leaves the list rather than walking its cells).
        self.table.setTabKeyNavigation(False)
        QWidget.setTabOrder(self.filter_edit, self.table)
        QWidget.setTabOrder(self.table, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.archived_combo)
        loading = QLabel(self.tr("Loading participants…"), objectName="participants_loading")
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(loading)
        self.pages.addWidget(self._build_welcome_page())
        self.pages.setCurrentIndex(PAGE_LOADING)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _build_empty_page(self) -> QWidget:
        add = QPushButton(self.tr("Add participant…"), objectName="empty_add")
        add.clicked.connect(self.add_participant)
        page = EmptyStateTab(
            self.tr("No participants yet"),
            self.tr(
                "Add the juniors who will mentor and the senior leaders who will learn "
                "from them, one by one, or from a spreadsheet with File > Import "
                "participants…"
            ),
            buttons=(add,),
        )
        page.setObjectName("participants_empty")
        return page

    def _build_welcome_page(self) -> QWidget:
        """The first run: an empty programme file, and the three ways on from it."""
        start = QPushButton(self.tr("Start a new programme"), objectName="first_run_start")
        start.clicked.connect(self.start_here)
        self.open_button = QPushButton(
            self.tr("Open a programme file…"), objectName="first_run_open"
        )
        self.demo_button = QPushButton(self.tr("Try the demo"), objectName="first_run_demo")
        page = EmptyStateTab(
            self.tr("Welcome to rmdesk"),
            self.tr(
                "A programme lives in one file, and the one open now is empty. Start "
                "your programme in it, open a programme file you already have, or look "
                "around a made-up organisation in a demo file of its own (it never mixes "
                "with your programme)."
            ),
            buttons=(start, self.open_button, self.demo_button),
        )
        page.setObjectName("first_run")
        return page

    def set_first_run_actions(self, open_file: QAction, demo: QAction) -> None:
        """The window's File > Open programme and Try the demo, behind the first-run page."""
        self.open_button.clicked.connect(open_file.trigger)
        self.demo_button.clicked.connect(demo.trigger)

    @Slot()
    def start_here(self) -> None:
        """A programme was started (here, or with File > New programme): from now on an
        empty list says how to add people, not welcome."""
        self._welcome_done = True
        if self.pages.currentIndex() == PAGE_WELCOME:
            self.pages.setCurrentIndex(PAGE_EMPTY)

    # -- state -----------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Read the participants again and keep (or move) the selection."""
        if select_id is None:
            row = self._selected_row()
            select_id = row.id if row is not None else None
        domain = _domain()
        cycle_id = self.cycle_id
        self.proxy.set_paired(domain.paired_in_cycle(cycle_id) if cycle_id else frozenset())
        self.proxy.set_alumni(_alumni(cycle_id))
        self.model.set_rows(domain.list_participants())
        self.loaded = True
        if self.model.rowCount() > 0:
            self.pages.setCurrentIndex(PAGE_TABLE)
        else:
            self.pages.setCurrentIndex(PAGE_EMPTY if self._welcome_done else PAGE_WELCOME)
        if select_id is not None:
            self.select_participant(select_id)
        self._on_selection_changed()

    @Slot(object)
    def set_cycle(self, cycle_id: int | None) -> None:
        """The toolbar's cycle: who is "not paired in this cycle" depends on it."""
        if cycle_id == self.cycle_id:
            return
        self.cycle_id = cycle_id
        if self.loaded:
            self.proxy.set_paired(_domain().paired_in_cycle(cycle_id) if cycle_id else frozenset())
            self.proxy.set_alumni(_alumni(cycle_id))

    def show_changes(self, changes: Changes) -> None:
        if self.loaded:
            self.reload()

    def forget_history(self) -> None:
        """The data an undo would put back is gone (restore, import, demo)."""
        self._last_removal = None
        self.undo_action.setEnabled(False)
        self.undo_action.setText(self.tr("&Undo delete"))

    def state_widgets(self) -> tuple[tuple[settings.Key, QSplitter], ...]:
        return ((settings.PARTICIPANTS_SPLITTER, self.splitter),)

    def _selected_row(self) -> ParticipantRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def selected_id(self) -> int | None:
        """The participant selected on screen (None while another tab is shown)."""
        row = self._selected_row() if self.current else None
        return row.id if row is not None else None

    def select_participant(self, participant_id: int) -> bool:
        source_row = self.model.row_of(participant_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _update_counts(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{0} of {1}").format(local_format.number(shown), local_format.number(total))
        )

    def selection_actions(self) -> tuple[QAction, ...]:
        return (self.edit_action, self.remove_action, self.restore_action,
                *self.participant_actions)  # fmt: skip

    def update_actions(self) -> None:
        """Selection actions only while this tab is shown and someone is selected."""
        row = self._selected_row() if self.current else None
        self.edit_action.setEnabled(row is not None)
        self.remove_action.setEnabled(row is not None)
        self.restore_action.setEnabled(row is not None and row.archived)
        for action in self.participant_actions:
            action.setEnabled(row is not None)

    @Slot()
    def _on_selection_changed(self) -> None:
        self.update_actions()
        row = self._selected_row()
        if row is None:
            self.detail.setHtml(self.tr("<p>Select a participant to see their profile.</p>"))
        else:
            from rmdesk.programme.assessments import take_part_again_of
            from rmdesk.programme.pairings import pairings_of
            from rmdesk.ui.participants.history import pairings_html

            history = pairings_html(row.id, pairings_of(row.id), take_part_again_of(row.id))
            self.detail.setHtml(profile_html(row) + history)

    def add_participant_actions(self, actions: Sequence[QAction]) -> None:
        """Actions of other parts on the selected participant (their data), in its menu."""
        self.participant_actions = (*self.participant_actions, *actions)
        self._on_selection_changed()

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        for action in (self.edit_action, self.remove_action, self.restore_action):
            menu.addAction(action)
        if self.participant_actions:
            menu.addSeparator()
            for action in self.participant_actions:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _focus_table(self) -> None:
        """Enter in the filter: to the list, on the first row the filter left (the row
        chosen before stays only while nothing is typed). It never opens the editor."""
        self.table.setFocus()
        if not self.proxy.rowCount():
            return
        if self.filter_edit.text().strip() or not self.table.selectionModel().hasSelection():
            index = self.proxy.index(0, COL_NAME)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    # -- actions ---------------------------------------------------------------
    @Slot()
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    @Slot()
    def add_participant(self) -> None:
        from rmdesk.ui.participants.dialog import ParticipantDialog  # lazy: start-up speed

        dialog = ParticipantDialog(self)
        if dialog.exec() and dialog.saved_id is not None:  # the form announced PARTICIPANTS
            self._reveal(dialog.saved_id)
            self.status_message.emit(self.tr("Added {0}.").format(dialog.name_edit.text()))

    @Slot()
    def edit_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id is None:
            return
        from rmdesk.ui.participants.dialog import ParticipantDialog  # lazy: start-up speed

        dialog = ParticipantDialog(self, participant_id)
        if dialog.exec():  # the form announced PARTICIPANTS
            self.status_message.emit(self.tr("Saved {0}.").format(dialog.name_edit.text()))

    def _reveal(self, participant_id: int) -> None:
        """Clear filters that would hide a participant the coordinator just saved."""
        if not self.select_participant(participant_id):
            self.filter_edit.clear()
            self.role_combo.setCurrentIndex(0)
            self.archived_combo.setCurrentIndex(2)
            self.select_participant(participant_id)

    @Slot()
    def remove_selected(self) -> None:
        row = self._selected_row() if self.current else None
        if row is None:
            return
        if row.archived:
            QMessageBox.information(
                self,
                self.tr("Already archived"),
                self.tr(
                    "{0} is archived and has pair history, so they are kept for the "
                    "record. Use Restore to bring them back."
                ).format(row.full_name),
            )
            return
        open_pairs = _domain().open_pairs_of(row.id)
        if open_pairs:
            self._end_pairs_and_archive(row, open_pairs)
            return
        has_history = _domain().participant_has_history(row.id)
        if has_history:
            question = self.tr(
                "{0} has pair history, so they will be archived, not deleted: their "
                "pairs, meetings and goals stay in the record. Archive {0}?"
            ).format(row.full_name)
        else:
            question = self.tr(
                "Delete {0}? Their profile and topics are removed (you can undo this "
                "with Ctrl+Z until you close rmdesk)."
            ).format(row.full_name)
        answer = QMessageBox.question(
            self,
            self.tr("Archive participant") if has_history else self.tr("Delete participant"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def removed(removal: Removal) -> None:
            self._last_removal = removal
            self.undo_action.setEnabled(True)
            name = row.full_name.replace("&", "&&")
            self.undo_action.setText(
                self.tr("&Undo archive {0}").format(name)
                if removal.archived
                else self.tr("&Undo delete {0}").format(name)
            )
            # Whole sentences, not the filter's "Archived" reused as a verb: French
            # needs another form here, and its own word order.
            said = (
                self.tr("Archived {0}. Ctrl+Z undoes it.")
                if removal.archived
                else self.tr("Deleted {0}. Ctrl+Z undoes it.")
            )
            self.status_message.emit(said.format(row.full_name))

        operate(self, lambda: _domain().remove_participant(row.id), Changes.PARTICIPANTS, removed)

    def _end_pairs_and_archive(self, row: ParticipantRow, open_pairs: list[OpenPairOf]) -> None:
        """Someone in an open pair: name it, and end it early (with a reason) before
        archiving, in one transaction; or cancel. No undo: it would not restart the pair."""
        from rmdesk.ui.participants.archive_dialog import EndPairsDialog

        dialog = EndPairsDialog(self, row.full_name, open_pairs)
        if not dialog.exec():
            return
        reason = dialog.reason()

        def archived(removal: Removal) -> None:
            self.forget_history()  # an older undo would not know of the ended pair
            self.status_message.emit(
                counted(
                    removal.ended_pairs,
                    self.tr("Ended {0} pair early and archived {1}."),
                    self.tr("Ended {0} pairs early and archived {1}."),
                    row.full_name,
                )
            )

        operate(
            self,
            lambda: _domain().remove_participant(row.id, end_reason=reason),
            Changes.PARTICIPANTS | Changes.PAIRS | Changes.MEETINGS,
            archived,
        )

    @Slot()
    def undo_removal(self) -> None:
        removal = self._last_removal
        if removal is None:
            return

        def undone(_result: object) -> None:
            self._last_removal = None
            self.undo_action.setEnabled(False)
            self._reveal(removal.participant_id)
            self.status_message.emit(self.tr("{0} is back.").format(removal.full_name))

        operate(self, lambda: _domain().undo_removal(removal), Changes.PARTICIPANTS, undone)

    @Slot()
    def restore_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id is None:
            return

        def restored(_result: object) -> None:
            self._reveal(participant_id)
            self.status_message.emit(self.tr("Restored from the archive."))

        operate(
            self, lambda: _domain().set_archived(participant_id, False), Changes.PARTICIPANTS,
            restored,
        )  # fmt: skip
