"""File > Back up now / Restore from backup, and the daily automatic backup.

Backups are made by the store with SQLite's online backup API and verified; this
module only asks, shows progress and reports.  Restoring closes the store, puts
the chosen backup in place (after a safety backup of the current state) and
reopens it, so every tab reads the restored data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.common import local_format
from rmdesk.ui.common.background import Progress, run_in_background
from rmdesk.ui.common.labels import QT_TRANSLATE_NOOP
from rmdesk.ui.common.operations import Changes, announce
from rmdesk.ui.common.wording import spoken_error

if TYPE_CHECKING:
    from rmdesk.store.backups import BackupInfo

# Backup file names are long (programme-2026-11-30T18-44-12-manual.rmdesk): a message box
# as wide as this keeps a refusal that names one to three lines.
_MESSAGE_WIDTH = "QLabel#qt_msgbox_label { min-width: 30em; }"


def _size(size: int) -> str:
    if size >= 100_000:
        return f"{local_format.decimal(size / 1_000_000, 1)} MB"
    return f"{local_format.number(max(1, size // 1000))} kB"


# Why a backup was made (the end of its file name), as a sentence goes on after its date.
_MADE = {
    "before-restore": QT_TRANSLATE_NOOP("Backups", "made before a restore"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "made before an import"),
    "before-migration": QT_TRANSLATE_NOOP("Backups", "made before rmdesk updated the file"),
    "before-erase": QT_TRANSLATE_NOOP("Backups", "made before a person's data was erased"),
    "after-erase": QT_TRANSLATE_NOOP("Backups", "made after a person's data was erased"),
}


def backup_in_words(info: BackupInfo) -> str:
    """``the manual backup of 30 November 2026, 18:44``: a backup as the coordinator
    knows it (when, and why it was made), never its file name."""
    made = info.made_at
    # In the window's language: "30 November 2026, 18:44", "30. November 2026, 18:44".
    when = f"{local_format.written_day(made.date())}, {local_format.clock(made)}"
    if info.reason == "manual":
        return QCoreApplication.translate("Backups", "the manual backup of {0}").format(when)
    if info.reason == "daily":
        return QCoreApplication.translate("Backups", "the daily backup of {0}").format(when)
    return QCoreApplication.translate("Backups", "the backup of {0} ({1})").format(
        when, _why(info.reason)
    )


def _why(reason: str) -> str:
    """Why a backup was made, in words ("made before an import")."""
    if reason == "manual":
        return QCoreApplication.translate("Backups", "made by hand")
    if reason == "daily":
        return QCoreApplication.translate("Backups", "made daily")
    if reason in _MADE:
        return QCoreApplication.translate("Backups", _MADE[reason])
    return QCoreApplication.translate("Backups", "reason: {0}").format(reason.replace("-", " "))


class RestoreDialog(QDialog):
    """The backups beside the database, newest first, with date, size and why made."""

    def __init__(self, parent: QWidget | None, database: Path) -> None:
        from rmdesk.store.backups import list_backups

        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(520)
        self.chosen: BackupInfo | None = None
        self.list = QListWidget(objectName="backups")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setAccessibleDescription(self.tr("Each backup: when it was made, its size, why"))
        self.backups = list_backups(database)  # one per row of the list
        for info in self.backups:
            made = f"{local_format.day(info.made_at.date())} {local_format.clock(info.made_at)}"
            text = f"{made}   {_size(info.size)}   {_why(info.reason)}"
            self.list.addItem(QListWidgetItem(text))
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        explanation = QLabel(
            self.tr(
                "The database goes back to the chosen moment. What it holds now is backed "
                "up first, so this can be undone by restoring that backup."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(self.list.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.list.count() == 0:
            layout.addWidget(QLabel(self.tr("No backups yet: use File > Back up now.")))
        layout.addWidget(self.list)
        layout.addWidget(explanation)
        layout.addWidget(buttons)

    def accept(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.backups):
            return
        self.chosen = self.backups[row]
        super().accept()


class BackupActions(QObject):
    """Owned by the main window; a restore announces that everything changed."""

    def __init__(
        self,
        window: QWidget,
        database: Path,
        report: Callable[[str], None],
        wait_for_readers: Callable[[], None] = lambda: None,
    ) -> None:
        """``wait_for_readers`` returns once nothing else reads the file (the window's
        check of the programme's rules): a restore closes the store first."""
        super().__init__(window)
        self.window = window
        self.wait_for_readers = wait_for_readers
        self.database = database
        self.report = report
        self.worker: Any = None
        self.busy = False

    def _run(
        self,
        label: str,
        work: Callable[[Progress], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """One backup job at a time; ``busy`` tells the window to wait before closing."""
        if self.busy:
            self.report(self.tr("A backup is already running."))
            return
        self.busy = True

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self.busy = False
            self.worker = None
            callback(value)

        self.worker = run_in_background(
            self.window,
            label,
            work,
            lambda value: finish(done, value),
            lambda error: finish(failed, error),
            cancellable=False,
        )

    def wait(self) -> None:
        """Block until a running backup or restore is finished (the window is closing)."""
        if self.busy and self.worker is not None:
            self.worker.wait()

    def backup_now(self) -> None:
        from rmdesk.store.backups import make_backup

        database = self.database

        def work(progress: Progress) -> Any:
            progress(0, 0)
            return make_backup(database, reason="manual")

        self._run(
            self.tr("Backing up…"),
            work,
            lambda info: self.report(
                self.tr("Backed up to {0} ({1}).").format(info.path.name, _size(info.size))
            ),
            self._failed,
        )

    def save_copy(self) -> None:
        """File > Save a copy…: a verified copy (SQLite's backup, integrity-checked) of the
        open programme where the coordinator chooses; never over an existing file, the
        open database or anything in its backups folder (``store.files``)."""
        from PySide6.QtWidgets import QFileDialog

        from rmdesk.paths import PROGRAMME_SUFFIX
        from rmdesk.store.backups import make_backup
        from rmdesk.ui.common import settings

        database = self.database
        folder = settings.load(settings.LAST_FOLDER) or str(Path.home())
        suggested = Path(folder) / f"{database.stem} copy{PROGRAMME_SUFFIX}"
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy"), str(suggested),
            self.tr("rmdesk programmes (*.rmdesk);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
        )  # fmt: skip
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_name(target.name + PROGRAMME_SUFFIX)
        settings.save(settings.LAST_FOLDER, str(target.parent))

        def work(progress: Progress) -> Any:
            progress(0, 0)
            return make_backup(database, reason="manual", target=target)

        self._run(
            self.tr("Saving a copy…"),
            work,
            lambda info: self.report(
                self.tr("Saved a verified copy: {0} ({1}).").format(info.path, _size(info.size))
            ),
            self._failed,
        )

    def daily_backup(self) -> None:
        """At most one a day, quietly in the background (a dialog only if it is slow)."""
        from rmdesk.store.backups import backup_if_due

        database = self.database

        def work(progress: Progress) -> Any:
            return backup_if_due(database)

        def done(info: Any) -> None:
            if info is not None:
                self.report(self.tr("Today's backup: {0}.").format(info.path.name))

        self._run(self.tr("Making today's backup…"), work, done, self._failed)

    def restore(self) -> None:
        from rmdesk.store import close_database, open_database
        from rmdesk.store.backups import restore_backup

        if self._backup_running():
            return
        dialog = RestoreDialog(self.window, self.database)
        if not dialog.exec() or dialog.chosen is None:
            return
        chosen, database = dialog.chosen.path, self.database
        chosen_words = backup_in_words(dialog.chosen)
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from backup"),
            self.tr("Replace the current data with {0}?").format(chosen_words),
        )
        if answer != QMessageBox.StandardButton.Yes or self._backup_running():
            return  # a backup started while asking (the daily one): the store stays open
        self.wait_for_readers()
        close_database()

        def work(progress: Progress) -> Any:
            progress(0, 0)
            return restore_backup(database, chosen)

        def done(safety: Any) -> None:
            open_database(database)
            announce(Changes.EVERYTHING, self.window)  # every view reads; no undo outlives it
            # Short: the status bar shares its width with the counts (a longer sentence
            # was cut off); the replaced data's backup is listed in Restore from backup.
            self.report(
                self.tr("Restored {0}; the replaced data is backed up.").format(chosen_words)
            )

        def failed(error: BaseException) -> None:
            open_database(database)  # unchanged: the store refuses before replacing
            self._failed(error)

        self._run(self.tr("Restoring…"), work, done, failed)

    def _backup_running(self) -> bool:
        """Whether a backup is being made now: Restore then says so and closes nothing
        (``_run`` would refuse the restore after the store was closed)."""
        if self.busy:
            self.report(self.tr("A backup is being made: choose Restore again in a moment."))
        return self.busy

    def _failed(self, error: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Backup"), spoken_error(error),
            QMessageBox.StandardButton.Ok, self.window,
        )  # fmt: skip
        box.setObjectName("backup_failed")
        box.setStyleSheet(_MESSAGE_WIDTH)
        box.exec()
