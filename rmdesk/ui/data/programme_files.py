"""File > New programme…, Open programme…, Open recent, and the demo's own file.

One programme is one file. Switching files takes the new file's instance lock
first (a file open in another rmdesk is refused before anything closes), checks
the file, waits for a running backup, closes the store and opens the new file; only
then is the old lock released. The window then names the new file and announces
``Changes.EVERYTHING`` on its change signal, so every view reads the new file and
every undo history of the old one is dropped. A file that cannot be opened leaves
the old one open, as it was.

The demo lives in its own file in the data folder (``paths.demo_database_path``):
made-up people never enter a real programme.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from rmdesk.instance_lock import WINDOW, AlreadyOpen, DatabaseLock, real_database_path
from rmdesk.paths import (
    PROGRAMME_SUFFIX,
    data_dir,
    default_database_path,
    demo_database_path,
    is_demo_database,
)
from rmdesk.store import StoreError, close_database, inspect_file, open_database
from rmdesk.store.database import remove_database_file, unfinished_creation
from rmdesk.store.files import check_write_target
from rmdesk.ui.common import settings
from rmdesk.ui.common.background import Cancelled, Progress
from rmdesk.ui.common.operations import Changes, announce, operate_in_background
from rmdesk.ui.common.wording import counted

if TYPE_CHECKING:
    from rmdesk.programme.demo import DemoSummary

RECENT_COUNT = 5
DEMO_PARTICIPANTS = 60


def recent_programmes() -> list[Path]:
    """The last programme files opened, newest first (the demo's file never among them)."""
    try:
        stored = json.loads(settings.load(settings.RECENT_PROGRAMMES))
    except ValueError:
        return []
    if not isinstance(stored, list):
        return []
    return [Path(item) for item in stored if isinstance(item, str) and item][:RECENT_COUNT]


def remember_programme(path: Path) -> None:
    """Put ``path`` first among the recent programmes (the demo's file is not a programme)."""
    if is_demo_database(path):
        return
    real = real_database_path(path)
    kept = [item for item in recent_programmes() if real_database_path(item) != real]
    paths = [str(real), *map(str, kept)][:RECENT_COUNT]
    settings.save(settings.RECENT_PROGRAMMES, json.dumps(paths))


def last_programme() -> Path:
    """The programme to open when none is named: the newest recent programme file that
    still exists (never the demo's), else the default file in the data folder. Good
    desktop software reopens what the coordinator last worked in."""
    existing = [p for p in recent_programmes() if p.is_file() and not is_demo_database(p)]
    return existing[0] if existing else default_database_path()


class ProgrammeFiles(QObject):
    """Owned by the main window: its programme file, that file's lock, and switching."""

    demo_loaded = Signal(str)  # the status line after the demo programme was made
    programme_started = Signal()  # File > New programme made and opened a new file

    def __init__(
        self,
        window: Any,
        lock: DatabaseLock | None,
        report: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.lock = lock  # None: the store was opened (and locked) by someone else (tests)
        self.report = report
        self.worker: Any = None
        self.new_action = self._action(
            self.tr("&New programme…"), self.new_programme,
            self.tr("Start a new, empty programme in a file of its own"),
        )  # fmt: skip
        self.new_action.setObjectName("new_programme")
        self.open_action = self._action(
            self.tr("&Open programme…"), self.open_programme,
            self.tr("Open another programme file"),
        )  # fmt: skip
        self.open_action.setObjectName("open_programme")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("Open recen&t"), window)
        self.recent_menu.setObjectName("recent_programmes")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.demo_action = self._action(
            self.tr("Try the de&mo"), self.open_demo,
            self.tr("Open a made-up programme in a demo file of its own (yours stays as it is)"),
        )  # fmt: skip
        self.demo_action.setObjectName("try_demo")
        self.leave_demo_action = self._action(
            self.tr("Bac&k to my programme"), self.leave_demo,
            self.tr("Close the demo and open your last programme file"),
        )  # fmt: skip
        self.leave_demo_action.setObjectName("leave_demo")

    def _action(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def add_to_file_menu(self, menu: QMenu) -> None:
        for action in (self.new_action, self.open_action):
            menu.addAction(action)
        menu.addMenu(self.recent_menu)

    # -- choosing a file -------------------------------------------------------------
    def _folder(self) -> str:
        return settings.load(settings.LAST_FOLDER) or str(data_dir())

    def _dialog_kinds(self) -> str:
        return self.tr("rmdesk programmes (*.rmdesk);;All files (*)")

    def choose_new_file(self, title: str) -> Path | None:
        """A name for a new programme file (``.rmdesk`` added); an existing file is refused."""
        path, _filter = QFileDialog.getSaveFileName(
            self.window, title, str(Path(self._folder()) / "programme.rmdesk"),
            self._dialog_kinds(), options=QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if not path:
            return None
        chosen = Path(path)
        if not chosen.suffix:
            chosen = chosen.with_name(chosen.name + PROGRAMME_SUFFIX)
        settings.save(settings.LAST_FOLDER, str(chosen.parent))
        if chosen.exists():
            self._refuse(
                title,
                self.tr(
                    "{0} already exists. A new programme never replaces a file: choose "
                    "another name, or open it with File > Open programme…"
                ).format(chosen.name),
            )
            return None
        return chosen

    def new_programme(self) -> bool:
        chosen = self.choose_new_file(self.tr("New programme"))
        if chosen is None or not self.switch_to(chosen, create=True):
            return False
        self.programme_started.emit()  # started on purpose: no welcome page again
        return True

    def open_programme(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open programme"), self._folder(), self._dialog_kinds()
        )
        if not path:
            return False
        settings.save(settings.LAST_FOLDER, str(Path(path).parent))
        return self.switch_to(Path(path))

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        current = real_database_path(self.window.database_path)
        shown = [p for p in recent_programmes() if p.is_file() and real_database_path(p) != current]
        for number, path in enumerate(shown, start=1):
            # The digit is the entry's mnemonic: each one used once in the menu.
            action = menu.addAction(f"&{number} {path.name.replace('&', '&&')}")
            action.setStatusTip(str(path))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.switch_to(p))
        if not shown:
            menu.addAction(self.tr("No other recent programmes")).setEnabled(False)

    # -- switching -------------------------------------------------------------------
    def _refuse(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    def switch_to(self, path: Path, *, create: bool = False) -> bool:
        """Close the open programme and open ``path`` (made new and empty if ``create``).

        Returns True when ``path`` is open. On a refusal the old file stays open.
        """
        window = self.window
        path = Path(path).expanduser()
        title = self.tr("New programme") if create else self.tr("Open programme")
        if real_database_path(path) == real_database_path(window.database_path):
            self.report(self.tr("{0} is already open.").format(path.name))
            return True
        if not create and not path.exists():
            self._refuse(title, self.tr("{0} is no longer there.").format(path))
            return False
        lock = DatabaseLock(path, holder=WINDOW)
        try:
            lock.acquire()
        except (AlreadyOpen, StoreError) as error:
            self._refuse(title, str(error))
            return False
        try:
            remove_database_file(unfinished_creation(lock.real))  # a killed command's copy
            if create:
                check_write_target(path)  # never the open file, its backups, a device
            else:
                inspect_file(path, check_pages=False)  # foreign, newer, altered: refused
        except StoreError as error:
            lock.release()
            self._refuse(title, str(error))
            return False
        window.wait_for_background_work()
        old = window.database_path
        close_database()
        try:
            open_database(path)  # pages checked, migrated (after a backup)
        except StoreError as error:
            open_database(old)  # untouched, and still locked by this window
            lock.release()
            self._refuse(title, str(error))
            return False
        old_lock, self.lock = self.lock, lock
        if old_lock is not None:
            old_lock.release()
        remember_programme(path)
        window.use_file(path)
        # Every view reads the new file; no undo history outlives the data it undoes.
        announce(Changes.EVERYTHING, window)
        window.file_opened()
        self.report(self.tr("Opened {0}.").format(path.name))
        return True

    def release(self) -> None:
        """Let go of the open file's lock (the window is closing for good)."""
        if self.lock is not None:
            self.lock.release()

    # -- the demo --------------------------------------------------------------------
    def open_demo(self) -> None:
        """Open the demo's own file; made the first time (a running cycle, proposed pairs)."""
        from rmdesk.programme.participants import participant_count

        path = demo_database_path()
        opened = is_demo_database(self.window.database_path) or self.switch_to(
            path, create=not path.exists()
        )
        if not opened:
            return
        if participant_count():
            return
        from rmdesk.programme.demo_programme import load_demo

        def work(progress: Progress) -> DemoSummary:
            summary, _programme = load_demo(DEMO_PARTICIPANTS, 1, progress)
            return summary

        self.worker = operate_in_background(
            self.window,
            self.tr("Creating the demo programme…"),
            work,
            Changes.EVERYTHING,
            self._demo_made,
            self._demo_failed,
        )

    def _demo_made(self, summary: DemoSummary) -> None:
        self.worker = None
        text = self.tr("Demo programme: {0} ({1}, {2}).").format(
            counted(
                summary.participants,
                self.tr("{0} made-up participant"),
                self.tr("{0} made-up participants"),
            ),
            counted(summary.mentors, self.tr("{0} mentor"), self.tr("{0} mentors")),
            counted(summary.mentees, self.tr("{0} mentee"), self.tr("{0} mentees")),
        )
        self.report(text)
        self.demo_loaded.emit(text)

    def _demo_failed(self, error: BaseException) -> None:
        self.worker = None
        if isinstance(error, Cancelled):
            self.report(self.tr("The demo was cancelled; its file is still empty."))
            return
        self._refuse(self.tr("Try the demo"), str(error))

    def leave_demo(self) -> bool:
        """Back to the newest recent programme (or the default file in the data folder)."""
        target = last_programme()
        return self.switch_to(target, create=not target.exists())
