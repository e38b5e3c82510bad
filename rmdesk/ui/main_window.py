"""The main window: four tabs, menus, a toolbar and a status bar around them."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# No ``Qt`` namespace here: importing it costs tens of milliseconds, paid after show.
from PySide6.QtCore import QCoreApplication, QSize, QThread, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from rmdesk import __version__
from rmdesk.paths import is_demo_database
from rmdesk.store import StoreError, check_integrity
from rmdesk.ui.common import settings

if TYPE_CHECKING:
    from rmdesk.instance_lock import DatabaseLock
    from rmdesk.programme.consistency import Problem
    from rmdesk.ui.common.operations import Changes
    from rmdesk.ui.common.tab import Tab
from rmdesk.ui.common.labels import QT_TRANSLATE_NOOP
from rmdesk.ui.common.wording import counted, spoken

TAB_PARTICIPANTS, TAB_PAIRS, TAB_CALENDAR, TAB_GOALS = range(4)


# Marked for lupdate here, translated when the shell is built.
TAB_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "&Participants"),
    QT_TRANSLATE_NOOP("MainWindow", "P&airs"),
    QT_TRANSLATE_NOOP("MainWindow", "&Calendar"),
    QT_TRANSLATE_NOOP("MainWindow", "&Goals"),
)
MENU_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "P&rogramme"),  # Alt+P is the Participants tab
    QT_TRANSLATE_NOOP("MainWindow", "&Documents"),
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
)
CYCLE_LABEL = QT_TRANSLATE_NOOP("MainWindow", " C&ycle: ")  # the toolbar's cycle selector


class MainWindow(QMainWindow):
    """Shown as a light shell (title, tabs, menu titles), then filled after its first frame.

    Building the tabs needs Qt's large enum namespace and the tab modules; opening
    the store needs Peewee. Neither has to delay the window: both happen right after
    it is on screen, before the list is read (``ready`` turns true then).
    """

    def __init__(
        self,
        database_path: Path,
        open_store: Callable[[], object] | None = None,
        lock: DatabaseLock | None = None,
    ) -> None:
        """``open_store`` opens the database after the window is painted (None: already open);
        ``lock`` is the file's instance lock, handed over to the window (File > Open
        releases it when it opens another file)."""
        super().__init__()
        self.database_path = database_path
        self._open_store = open_store
        self._lock = lock
        self.open_failed = False
        self.ready = False
        self.problems_box: QMessageBox | None = None  # what breaks the rules, at open
        self.problems_worker: QThread | None = None  # checking them, off the UI thread
        self._load_scheduled = False
        self._load_started = False
        self.setObjectName("main_window")
        self._show_title()
        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.setDocumentMode(True)
        self._pages: list[QVBoxLayout] = []
        for title in TAB_TITLES:
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            self._pages.append(layout)
            self.tabs.addTab(page, QCoreApplication.translate("MainWindow", title))
        # The demo's strip above the tabs (hidden for a real programme).
        self.demo_banner = QFrame(objectName="demo_banner")  # a frame paints its background
        self.demo_text = QLabel(objectName="demo_text")
        self.demo_text.setWordWrap(True)
        self._banner_row = QHBoxLayout(self.demo_banner)
        self._banner_row.setContentsMargins(6, 2, 6, 2)
        self._banner_row.addWidget(self.demo_text, 1)
        self.demo_banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo_banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.menus = [
            self.menuBar().addMenu(QCoreApplication.translate("MainWindow", title))
            for title in MENU_TITLES
        ]
        self.toolbar = QToolBar(self.tr("Main toolbar"), objectName="main_toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.attention_status = QLabel(objectName="attention_status")
        self.statusBar().addPermanentWidget(self.attention_status)
        self.people_label = QLabel(objectName="people_label")
        self.statusBar().addPermanentWidget(self.people_label)
        self._restore_geometry()

    def _build_contents(self) -> None:
        """The tabs, menus and toolbar; runs once, after the first frame."""
        from rmdesk.ui.calendar.tab import CalendarTab
        from rmdesk.ui.common.operations import change_hub
        from rmdesk.ui.goals.tab import GoalsTab
        from rmdesk.ui.pairs.cycle_selector import CycleSelector
        from rmdesk.ui.pairs.tab import PairsTab
        from rmdesk.ui.participants.tab import ParticipantsTab

        # The cycle selector hears of changes first: after a restore the tabs must
        # not read a cycle that is gone.
        self.cycle_selector = CycleSelector(self)
        self.participants_tab = ParticipantsTab(self)
        self.pairs_tab = PairsTab(self)
        self.calendar_tab = CalendarTab(self)
        calendar = self.calendar_tab
        self.goals_tab = goals = GoalsTab(self)
        for layout, widget in zip(
            self._pages, (self.participants_tab, self.pairs_tab, calendar, goals), strict=True
        ):
            layout.addWidget(widget)
        self._build_menus()
        self._build_toolbar()
        self.cycle_selector.cycle_changed.connect(self.participants_tab.set_cycle)
        # Read by the shown tab at once, by a hidden one when it is next shown.
        self.cycle_selector.cycle_changed.connect(self.pairs_tab.show_cycle)
        self.cycle_selector.cycle_changed.connect(self.calendar_tab.show_cycle)
        self.cycle_selector.cycle_changed.connect(self.goals_tab.show_cycle)
        self.cycle_selector.cycle_changed.connect(self._update_attention)
        self.calendar_tab.open_pair_requested.connect(self._open_pair)
        self.pairs_tab.open_cycle_requested.connect(self.cycle_selector.reload)
        self.pairs_tab.show_requested.connect(lambda: self.tabs.setCurrentIndex(TAB_PAIRS))
        self._add_meeting_actions()
        self.pair_menu.addActions(list(self.pairs_tab.pair_actions))
        for tab in self.tab_widgets():
            tab.status_message.connect(self._show_status)
        # After the tabs: the status bar counts what they have read.
        change_hub(self).changed.connect(self._on_changes)
        # Ctrl+N is the shown tab's "new" (Tab.new_item): New participant keeps it, in
        # its menu, only on its tab; elsewhere this shortcut asks the shown tab.
        from PySide6.QtGui import QShortcut

        self.new_here = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_here.activated.connect(self._new_on_shown_tab)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._on_tab_changed(self.tabs.currentIndex())
        self.restoreState(settings.load(settings.WINDOW_STATE))
        for tab in self.tab_widgets():
            tab.restore_state()

    def tab_widgets(self) -> tuple[Tab, ...]:
        """The four tabs, in the order they are shown."""
        return (self.participants_tab, self.pairs_tab, self.calendar_tab, self.goals_tab)

    # -- construction ----------------------------------------------------------
    def _build_menus(self) -> None:
        tab = self.participants_tab
        file_menu, edit_menu, programme, documents, help_menu = self.menus
        from rmdesk.ui.data.programme_files import ProgrammeFiles

        self.files = ProgrammeFiles(self, self._lock, self._show_status)
        self.files.add_to_file_menu(file_menu)
        file_menu.addSeparator()
        from rmdesk.ui.data.exchange_actions import ExchangeActions

        self.exchange = ExchangeActions(
            self, self.database_path, self._show_status, tab.selected_id
        )
        self.exchange.add_to_file_menu(file_menu)
        from rmdesk.ui.data.responses_dialog import ResponsesActions

        self.responses = ResponsesActions(
            self, self.cycle_selector.current_cycle_id, self._show_status
        )
        self.responses.insert_into(file_menu, self.exchange.import_action)
        self.exchange.new_programme = self.files.choose_new_file
        self.exchange.open_new_programme = lambda path: self.files.switch_to(path, create=True)
        self.exchange.open_programme = self.files.switch_to
        tab.add_participant_actions(self.exchange.person_actions)
        self.check_action = QAction(self.tr("&Check database…"), self)
        self.check_action.setStatusTip(self.tr("Verify that the database file is healthy"))
        self.check_action.triggered.connect(self.check_database)
        file_menu.addAction(self.check_action)
        file_menu.addSeparator()
        from rmdesk.ui.data.backups import BackupActions

        self.backups = BackupActions(
            self, self.database_path, self._show_status, self._wait_for_problems_check
        )
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.setStatusTip(self.tr("Save a verified copy in the backups folder"))
        self.backup_action.triggered.connect(self.backups.backup_now)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.setStatusTip(self.tr("Go back to an earlier backup"))
        self.restore_action.triggered.connect(self.backups.restore)
        self.save_copy_action = QAction(self.tr("Save a cop&y…"), self)
        self.save_copy_action.setStatusTip(
            self.tr("Save a verified copy of this programme where you choose")
        )
        self.save_copy_action.triggered.connect(self.backups.save_copy)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.save_copy_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        from rmdesk.ui.common.undo import WindowUndo

        self.undo = WindowUndo(self, self.tabs, (tab, self.goals_tab))
        edit_menu.addAction(self.undo.action)
        edit_menu.addSeparator()
        edit_menu.addAction(tab.find_action)
        edit_menu.addSeparator()
        self.language_action = edit_menu.addAction(self.tr("&Language…"))
        self.language_action.setStatusTip(self.tr("Choose the language of the window"))
        self.language_action.triggered.connect(self.choose_language)

        for action in (tab.new_action, tab.edit_action, tab.remove_action, tab.restore_action):
            programme.addAction(action)
        programme.addSeparator()
        pairs = self.pairs_tab
        for action in (pairs.new_cycle_action, pairs.edit_cycle_action,
                       pairs.start_cycle_action, pairs.close_cycle_action):  # fmt: skip
            programme.addAction(action)
        programme.addSeparator()
        for action in (pairs.suggest_action, pairs.new_pair_action, pairs.publish_action):
            programme.addAction(action)
        # Filled in _build_contents: the meetings and documents add their actions on
        # the pair after this menu is built.
        self.pair_menu = programme.addMenu(self.tr("Selected pa&ir"))
        goals_menu = programme.addMenu(self.tr("&Goals"))
        for goal_action in self.goals_tab.menu_actions:
            if goal_action is None:
                goals_menu.addSeparator()
            else:
                goals_menu.addAction(goal_action)
        programme.addSeparator()
        # Its cycle and goal actions are the Pairs and Goals tabs': read first if hidden.
        programme.aboutToShow.connect(self.pairs_tab.apply_pending)
        programme.aboutToShow.connect(self.goals_tab.apply_pending)
        programme.addAction(self.files.demo_action)
        programme.addAction(self.files.leave_demo_action)
        leave = QPushButton(self.files.leave_demo_action.text(), objectName="leave_demo_button")
        leave.clicked.connect(self.files.leave_demo_action.trigger)
        self._banner_row.addWidget(leave)
        tab.set_first_run_actions(self.files.open_action, self.files.demo_action)
        self.files.programme_started.connect(tab.start_here)

        from rmdesk.ui.documents.actions import DocumentActions

        self.documents = DocumentActions(
            self, pairs.selected_id, self.cycle_selector.current_cycle_id, self._show_status
        )
        for action in (self.documents.agreement_action, self.documents.agreements_action,
                       self.documents.agreement_files_action,
                       self.documents.report_action):  # fmt: skip
            documents.addAction(action)
        documents.addAction(self.documents.shortlists_action)
        pairs.add_cycle_button(self.documents.shortlists_action, "shortlists")
        documents.addSeparator()
        documents.addAction(self.documents.pack_action)
        documents.addAction(self.documents.guides_action)
        documents.addAction(self.documents.forms_action)
        documents.addSeparator()
        documents.addAction(self.documents.settings_action)
        documents.aboutToShow.connect(self.documents.update_enabled)
        pairs.table.selectionModel().selectionChanged.connect(
            lambda *_: self.documents.update_enabled()
        )
        pairs.add_pair_actions((self.documents.agreement_action, self.documents.pack_action))
        self.goals_tab.outcomes_view.report_requested.connect(self._report_from_outcomes)

        shortcuts = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        shortcuts.triggered.connect(self.show_shortcuts)
        about = help_menu.addAction(self.tr("&About rmdesk"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        about_qt = help_menu.addAction(self.tr("About &Qt"))
        about_qt.triggered.connect(QApplication.aboutQt)

    def _build_toolbar(self) -> None:
        tab = self.participants_tab
        from PySide6.QtCore import Qt

        toolbar = self.toolbar
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(18, 18))
        for action in (tab.new_action, tab.edit_action, tab.remove_action, self.undo.action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        cycle_label = QLabel(QCoreApplication.translate("MainWindow", CYCLE_LABEL))
        cycle_label.setBuddy(self.cycle_selector)
        toolbar.addWidget(cycle_label)
        toolbar.addWidget(self.cycle_selector)
        toolbar.addAction(self.pairs_tab.new_cycle_action)
        toolbar.addAction(self.pairs_tab.suggest_action)

    # -- the programme file ------------------------------------------------------
    def _show_title(self) -> None:
        name = self.database_path.name
        # Ends with the application name so platforms that append it add nothing.
        if is_demo_database(self.database_path):
            self.setWindowTitle(self.tr("Demo programme ({0}) — rmdesk").format(name))
        else:
            self.setWindowTitle(self.tr("{0} — rmdesk").format(name))

    def _show_banner(self) -> None:
        from rmdesk.ui.common import palette

        demo = is_demo_database(self.database_path)
        if demo:
            self.demo_banner.setStyleSheet(palette.demo_banner_style("demo_banner"))
            self.demo_text.setText(
                self.tr(
                    "Demo programme: made-up people, in a file of its own ({0}). Your real "
                    "programme is not open and nothing you do here reaches it."
                ).format(self.database_path.name)
            )
        self.demo_banner.setVisible(demo)
        self.files.leave_demo_action.setEnabled(demo)

    def use_file(self, path: Path) -> None:
        """From now on the window works on ``path`` (File > New/Open, the demo)."""
        self.database_path = path
        self.backups.database = path
        self.exchange.database = path
        self._show_title()
        self._show_banner()

    def file_opened(self) -> None:
        """What a start does for its file, for a file opened later: rules, daily backup."""
        if self.problems_box is not None:  # about the file just closed
            self.problems_box.close()
            self.problems_box = None
        self._report_problems()
        self.backups.daily_backup()

    # -- state -----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.load(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 760)
        last_tab = settings.load(settings.LAST_TAB)
        if 0 <= last_tab < self.tabs.count():
            self.tabs.setCurrentIndex(last_tab)

    def save_state(self) -> None:
        settings.save(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.save(settings.WINDOW_STATE, self.saveState())
        settings.save(settings.LAST_TAB, self.tabs.currentIndex())
        if self.ready:
            for tab in self.tab_widgets():
                tab.save_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._load_scheduled:
            self._load_scheduled = True
            # Should no paint come (a minimised start), load anyway.
            QTimer.singleShot(250, self._first_load)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._load_started:
            # The first frame is on screen: now open the store and read the list.
            QTimer.singleShot(0, self._first_load)

    @Slot()
    def _first_load(self) -> None:
        # Once only: a failure below is reported (excepthook) and never retried on
        # every repaint, which would stack error dialogs.
        if self._load_started:
            return
        self._load_started = True
        self._build_contents()
        started_here = self._open_store is not None
        if self._open_store is not None:
            try:
                self._open_store()
            except StoreError as error:
                self.open_failed = True
                QMessageBox.critical(self, self.tr("Cannot open the database"), str(error))
                self.close()
                return
            self._open_store = None
        from rmdesk.ui.data.programme_files import remember_programme

        try:
            remember_programme(self.database_path)
            self._show_banner()
            self.participants_tab.reload()
            self.cycle_selector.reload()  # the shown tab reads its cycle, others when shown
            self._update_people_label()
            self.ready = True
        finally:
            # After the list (on a worker thread: the window is usable meanwhile), and
            # also when reading it tripped over what the check will then name.
            self._report_problems()
        if started_here:  # a real start (not a window on a store opened elsewhere)
            self.backups.daily_backup()

    def _report_problems(self) -> None:
        """Show what in the file breaks the programme's rules (``rmdesk check`` lists the
        same lines), in a message that does not block; nothing is changed or "fixed".
        The rules are checked on a worker thread (about half a second for 2,000 people),
        so the window and its lists do not wait for them."""
        from rmdesk.programme.consistency import check_open_database
        from rmdesk.ui.common.background import run_quietly

        path = self.database_path

        def done(problems: list[Problem]) -> None:
            self.problems_worker = None
            if problems and path == self.database_path:  # not a file closed since
                self._show_problems(problems)

        def failed(error: BaseException) -> None:
            self.problems_worker = None
            sys.excepthook(type(error), error, error.__traceback__)

        self.problems_worker = run_quietly(self, check_open_database, done, failed)

    def _show_problems(self, problems: list[Problem]) -> None:
        from rmdesk.programme.consistency import headline, summary

        box = QMessageBox(self)
        box.setObjectName("programme_problems")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Problems in this programme"))
        box.setText(spoken(headline(self.database_path.name, len(problems))))
        box.setInformativeText("\n".join(spoken(line) for line in summary(problems)))
        box.setModal(False)
        box.show()
        self.problems_box = box

    def wait_for_background_work(self) -> None:
        """Never cut a backup or restore short, however rmdesk is being closed; the
        rules' check reads the file, which must stay open until it is done."""
        self._wait_for_problems_check()
        if self.ready:
            self.backups.wait()
            if self.files.worker is not None:
                self.files.worker.wait()

    def _wait_for_problems_check(self) -> None:
        if self.problems_worker is not None:
            self.problems_worker.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wait_for_background_work()
        self.save_state()
        super().closeEvent(event)

    def _add_meeting_actions(self) -> None:
        """Meeting actions in the Pairs tab's context menu and the Programme menu."""
        schedule = QAction(self.tr("&Schedule meetings for this pair…"), self)
        schedule.triggered.connect(self._schedule_selected_pair)
        add = QAction(self.tr("Add &meeting for this pair…"), self)
        add.triggered.connect(self._add_meeting_for_selected_pair)
        held = QAction(self.tr("Mark last meeting &held"), self)
        held.triggered.connect(self._mark_selected_pair_held)
        self.pairs_tab.add_pair_actions((schedule, add, held))

    def _mark_selected_pair_held(self) -> None:
        pair_id = self.pairs_tab.selected_id()
        if pair_id is not None:
            self.calendar_tab.mark_last_meeting_held(pair_id)

    def _schedule_selected_pair(self) -> None:
        pair_id = self.pairs_tab.selected_id()
        if pair_id is not None:
            self.calendar_tab.schedule_pair(pair_id)

    def _add_meeting_for_selected_pair(self) -> None:
        pair_id = self.pairs_tab.selected_id()
        if pair_id is not None:
            self.calendar_tab.add_meeting(pair_id)

    @Slot(int)
    def _open_pair(self, pair_id: int) -> None:
        """The attention list's Open pair: the pair in the Pairs tab, its detail open
        as Enter on it opens it."""
        self.tabs.setCurrentIndex(TAB_PAIRS)
        self.pairs_tab.filter_edit.clear()
        if self.pairs_tab.select_pair(pair_id):
            self.pairs_tab.open_detail()

    @Slot(object, object)
    def _on_changes(self, changes: Changes, _origin: object) -> None:
        """The status bar's counts follow every change (whichever tab is shown)."""
        from rmdesk.ui.common.operations import Changes

        if changes & Changes.PARTICIPANTS:
            self._update_people_label()
        # After CYCLES the selector, which heard first, has already said its cycle:
        # _update_attention ran then (reading it twice doubled a file switch's count).
        if changes & ~Changes.SETTINGS and not changes & Changes.CYCLES:
            self._update_attention()

    @Slot()
    def _update_attention(self) -> None:
        from rmdesk.programme import meetings

        cycle_id = self.cycle_selector.current_cycle_id()
        items = meetings.attention(cycle_id) if cycle_id is not None else []
        # Only what is unacknowledged and at least medium: not every missing next meeting.
        self._show_attention_count(meetings.pairs_needing_attention(items))

    def _show_attention_count(self, pairs_count: int) -> None:
        self.attention_status.setText(
            counted(
                pairs_count,
                self.tr("{0} pair needs attention"),
                self.tr("{0} pairs need attention"),
            )
            if pairs_count
            else ""
        )

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        """Only the shown tab reads changes at once and offers its selection's actions."""
        if not hasattr(self, "participants_tab"):
            return  # the shell, before its contents are built
        for position, tab in enumerate(self.tab_widgets()):
            tab.set_current(position == index)
        self.documents.update_enabled()
        on_participants = index == TAB_PARTICIPANTS
        self.participants_tab.new_action.setShortcut(
            QKeySequence(QKeySequence.StandardKey.New) if on_participants else QKeySequence()
        )
        self.new_here.setEnabled(not on_participants)

    @Slot()
    def _new_on_shown_tab(self) -> None:
        """Ctrl+N away from Participants: what the shown tab makes (nothing if none)."""
        tab = self.tab_widgets()[self.tabs.currentIndex()]
        make = tab.new_item()
        if make is not None:
            make()

    @Slot()
    def _report_from_outcomes(self) -> None:
        """The Outcomes sub-tab's button: the Documents menu's end-of-cycle report."""
        self.documents.update_enabled()
        self.documents.report_action.trigger()

    @Slot(str)
    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    @Slot()
    def _update_people_label(self) -> None:
        rows = self.participants_tab.model.rows()
        current = [row for row in rows if not row.archived]
        mentors = sum(1 for row in current if row.role == "mentor")
        self.people_label.setText(
            self.tr("{0} · {1} · {2} archived").format(
                counted(mentors, self.tr("{0} mentor"), self.tr("{0} mentors")),
                counted(len(current) - mentors, self.tr("{0} mentee"), self.tr("{0} mentees")),
                len(rows) - len(current),
            )
        )

    # -- actions ---------------------------------------------------------------
    @Slot()
    def check_database(self) -> None:
        from rmdesk.ui.common.background import Progress, run_in_background

        path = self.database_path

        def work(progress: Progress) -> list[str]:
            from rmdesk.programme.consistency import check_file

            progress(0, 0)
            # Pages and foreign keys, then the programme's rules (as rmdesk check).
            problems = check_integrity(path)
            return problems + [problem.text for problem in check_file(path, foreign_keys=False)]

        def done(problems: list[str]) -> None:
            from rmdesk.programme.consistency import counted, shortened

            if problems:
                QMessageBox.warning(
                    self,
                    self.tr("Database check"),
                    self.tr("{0} found:\n{1}").format(
                        spoken(counted(len(problems))),
                        "\n".join(spoken(line) for line in shortened(problems)),
                    ),
                )
            else:
                self._show_status(self.tr("Database check: {0} is healthy.").format(path.name))

        def failed(error: BaseException) -> None:
            text = str(error) if isinstance(error, StoreError) else repr(error)
            QMessageBox.warning(self, self.tr("Database check"), text)

        self.check_worker = run_in_background(
            self, self.tr("Checking the database…"), work, done, failed, cancellable=False
        )

    @Slot()
    def choose_language(self) -> None:
        from rmdesk.ui.common.language_dialog import LanguageDialog

        dialog = LanguageDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._show_status(self.tr("The window changes language the next time rmdesk starts."))

    @Slot()
    def show_shortcuts(self) -> None:
        from rmdesk.ui.common.shortcut_sheet import ShortcutSheetDialog

        ShortcutSheetDialog(self).exec()

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About rmdesk"),
            self.tr(
                "<h3>rmdesk {0}</h3><p>A desk for a reverse mentoring programme: juniors "
                "share what they know best with senior leaders, and both sides grow.</p>"
                "<p>Your data stays in one file on this computer:<br><code>{1}</code></p>"
            ).format(__version__, str(self.database_path).replace("<", "&lt;")),
        )
