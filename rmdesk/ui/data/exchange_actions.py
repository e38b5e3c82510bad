"""File menu actions for files in and out, and the per-person data actions.

File > Import participants…, Export ▸ participants / pairs / meetings / goals…,
Export everything…, Import everything…; on a participant: Export this person's
data…, Erase this person… (after typing their name).  The work is done by
``rmdesk.exchange`` on a worker thread; this module asks, shows progress, reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.common import settings
from rmdesk.ui.common.background import Progress
from rmdesk.ui.common.labels import QT_TRANSLATE_NOOP
from rmdesk.ui.common.operations import Changes, operate_in_background
from rmdesk.ui.common.wording import counted, spoken_error
from rmdesk.ui.data.import_dialog import ImportDialog

# Menu entries live outside any widget: marked for lupdate here, translated when shown.
EXPORT_KINDS = (
    ("participants", QT_TRANSLATE_NOOP("ExchangeActions", "&Participants…"), False),
    ("pairs", QT_TRANSLATE_NOOP("ExchangeActions", "P&airs…"), False),
    ("meetings", QT_TRANSLATE_NOOP("ExchangeActions", "&Meetings…"), False),
    ("meetings", QT_TRANSLATE_NOOP("ExchangeActions", "Meetings with private &notes…"), True),
    ("goals", QT_TRANSLATE_NOOP("ExchangeActions", "&Goals…"), False),
)
# Per kind: the save dialog's title, the status tip, the progress line.
EXPORT_WORDS = {
    "participants": (
        QT_TRANSLATE_NOOP("ExchangeActions", "Export participants"),
        QT_TRANSLATE_NOOP("ExchangeActions", "Save participants as a CSV file for a spreadsheet"),
        QT_TRANSLATE_NOOP("ExchangeActions", "Exporting participants…"),
    ),
    "pairs": (
        QT_TRANSLATE_NOOP("ExchangeActions", "Export pairs"),
        QT_TRANSLATE_NOOP("ExchangeActions", "Save pairs as a CSV file for a spreadsheet"),
        QT_TRANSLATE_NOOP("ExchangeActions", "Exporting pairs…"),
    ),
    "meetings": (
        QT_TRANSLATE_NOOP("ExchangeActions", "Export meetings"),
        QT_TRANSLATE_NOOP("ExchangeActions", "Save meetings as a CSV file for a spreadsheet"),
        QT_TRANSLATE_NOOP("ExchangeActions", "Exporting meetings…"),
    ),
    "goals": (
        QT_TRANSLATE_NOOP("ExchangeActions", "Export goals"),
        QT_TRANSLATE_NOOP("ExchangeActions", "Save goals as a CSV file for a spreadsheet"),
        QT_TRANSLATE_NOOP("ExchangeActions", "Exporting goals…"),
    ),
}


def _translated(text: str) -> str:
    return QCoreApplication.translate("ExchangeActions", text)


def _safe_file_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text).strip("-") or "person"


class EraseDialog(QDialog):
    """Erasing cannot be undone: the coordinator types the person's name to confirm."""

    def __init__(self, parent: QWidget | None, full_name: str, backups: int) -> None:
        super().__init__(parent)
        self.full_name = full_name
        self.setWindowTitle(self.tr("Erase this person"))
        self.setMinimumWidth(480)
        title = QLabel(self.tr("Erase {0} from rmdesk?").format(full_name), wordWrap=True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        explanation = QLabel(
            self.tr(
                "Their details, topics, notes, own assessments and fit-check answers and the "
                "goals they own are deleted, and every mention of their name or email is "
                "replaced by “[erased]”. Pairs they were in stay in the programme's "
                "statistics as “Erased participant”, without notes, agendas or reasons.\n\n"
                "This cannot be undone. A backup is made first; it and {0} still hold their "
                "data — you can delete those afterwards."
            ).format(
                counted(
                    backups,
                    self.tr("the {0} backup already made"),
                    self.tr("the {0} backups already made"),
                )
            ),
            wordWrap=True,
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        prompt = QLabel(self.tr("Type their full name to confirm:"))
        self.name_edit = QLineEdit(objectName="erase_name")
        self.name_edit.setPlaceholderText(full_name)
        prompt.setBuddy(self.name_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(
            self.tr("&Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("erase_button")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        for widget in (title, explanation, prompt, self.name_edit):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    def _update(self) -> None:
        typed = " ".join(self.name_edit.text().split()).casefold()
        self.erase_button.setEnabled(typed == " ".join(self.full_name.split()).casefold())

    def accept(self) -> None:
        if self.erase_button.isEnabled():
            super().accept()


class ExchangeActions(QObject):
    """Owned by the main window; what comes in is announced as a change."""

    participants_imported = Signal()

    def __init__(
        self,
        window: QWidget,
        database: Path,
        report: Callable[[str], None],
        selected_participant: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self.window, self.database = window, database
        self.report = report
        self.selected_participant = selected_participant
        self.worker: Any = None
        self.import_dialog: ImportDialog | None = None
        # Set by the window (File > New programme's own steps): a name for a new
        # programme file, and opening it, for Import everything into a new file.
        self.new_programme: Callable[[str], Path | None] | None = None
        self.open_new_programme: Callable[[Path], bool] | None = None
        self.open_programme: Callable[[Path], bool] | None = None
        self.import_action = self._action(
            self.tr("&Import participants…"),
            self.import_participants,
            self.tr("Add or update participants from a CSV file"),
        )
        self.export_actions: list[QAction] = []
        for kind, text, notes in EXPORT_KINDS:
            action = self._action(
                _translated(text),
                lambda _=False, k=kind, n=notes: self.export_csv(k, n),
                _translated(EXPORT_WORDS[kind][1]),
            )
            action.setObjectName(f"export_{kind}{'_notes' if notes else ''}")
            self.export_actions.append(action)
        self.export_all_action = self._action(
            self.tr("Export &everything…"),
            self.export_all,
            self.tr("Save every table in one JSON file"),
        )
        self.import_all_action = self._action(
            self.tr("Import e&verything…"),
            self.import_all,
            self.tr("Make a programme from a full export (a new file if this one holds data)"),
        )
        self.person_export_action = self._action(
            self.tr("E&xport this person's data…"),
            self.export_person,
            self.tr("Everything rmdesk holds about the selected participant, as a JSON file"),
        )
        self.person_erase_action = self._action(
            self.tr("Erase this &person…"),
            self.erase_person,
            self.tr("Remove the selected participant everywhere (a data-protection request)"),
        )
        self.person_actions = (self.person_export_action, self.person_erase_action)

    def _action(self, text: str, slot: Callable[..., Any], tip: str) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def add_to_file_menu(self, menu: QMenu) -> None:
        menu.addAction(self.import_action)
        export = menu.addMenu(self.tr("E&xport"))
        export.setObjectName("export_menu")
        for action in self.export_actions:
            export.addAction(action)
        menu.addSeparator()
        menu.addAction(self.export_all_action)
        menu.addAction(self.import_all_action)
        menu.addSeparator()

    # -- helpers -------------------------------------------------------------------
    def _folder(self) -> str:
        return settings.load(settings.LAST_FOLDER) or str(Path.home())

    def _remember(self, path: str) -> None:
        settings.save(settings.LAST_FOLDER, str(Path(path).parent))

    def _save_path(self, title: str, name: str, kinds: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window, title, str(Path(self._folder()) / name), kinds
        )
        if not path:
            return None
        self._remember(path)
        return Path(path)

    def _run(
        self,
        label: str,
        work: Callable[[Progress], Any],
        done: Callable[[Any], None],
        title: str,
        changes: Changes = Changes.NONE,
        then: Callable[[], object] | None = None,
    ) -> None:
        """``work`` off the UI thread; on success ``changes`` is announced, then ``done``;
        a failure is said, then ``then`` runs (if given)."""

        def finish(value: Any) -> None:
            self.worker = None
            done(value)

        def failed(error: BaseException) -> None:
            self.worker = None
            QMessageBox.warning(self.window, title, spoken_error(error))
            if then is not None:
                then()

        self.worker = operate_in_background(self.window, label, work, changes, finish, failed)

    # -- import ------------------------------------------------------------------
    def import_participants(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import participants"),
            self._folder(),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self._remember(path)
            self.open_import(Path(path))

    def open_import(self, path: Path) -> ImportDialog:
        """The preview dialog for ``path`` (non-blocking); reading starts at once."""
        dialog = ImportDialog(self.window, path)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def _imported(self, result: Any) -> None:
        self.participants_imported.emit()
        topics = len(result.topics_created)
        self.report(
            self.tr("Imported {0} new and {1}{2}.").format(
                result.created,
                counted(
                    result.updated,
                    self.tr("{0} updated participant"),
                    self.tr("{0} updated participants"),
                ),
                counted(topics, self.tr(" and {0} new topic"), self.tr(" and {0} new topics"))
                if topics
                else "",
            )
        )

    def import_all(self) -> None:
        from rmdesk.exchange.full_export import holds_only_seeds, import_all

        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import everything"),
            self._folder(),
            self.tr("rmdesk exports (*.json);;All files (*)"),
        )
        if not path:
            return
        self._remember(path)
        source = Path(path)
        previous = None  # the programme left for a new file, gone back to on a refusal
        if not holds_only_seeds():
            previous = self.database
            if not self._into_new_programme(source):
                return

        def done(counts: dict[str, int]) -> None:
            self.report(
                counted(
                    sum(counts.values()),
                    self.tr("Imported {0} row from {1}."),
                    self.tr("Imported {0} rows from {1}."),
                    source.name,
                )
            )

        self._run(
            self.tr("Importing everything…"),
            lambda progress: import_all(source, progress),
            done,
            self.tr("Import everything"),
            Changes.EVERYTHING,
            then=None if previous is None else lambda: self._go_back(previous),
        )

    def _go_back(self, previous: Path) -> None:
        """The export was refused after a new file was made for it: back to where the
        coordinator was (the new file stays, empty, among the recent programmes)."""
        if self.open_programme is not None and previous != self.database:
            self.open_programme(previous)

    def _into_new_programme(self, source: Path) -> bool:
        """A full export goes only into an empty programme: offer a new file for it."""
        if self.new_programme is None or self.open_new_programme is None:
            return True  # no window to open files: the import refuses, nothing changes
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import everything"),
            self.tr(
                "{0} already holds a programme, and an export is imported only into an "
                "empty one. Make a new programme file from {1}? {0} stays as it is."
            ).format(self.database.name, source.name),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        new_file = box.addButton(self.tr("&New programme file…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(new_file)
        box.exec()
        if box.clickedButton() is not new_file:
            return False
        target = self.new_programme(self.tr("New programme from an export"))
        return target is not None and self.open_new_programme(target)

    # -- export ------------------------------------------------------------------
    def export_csv(self, kind: str, with_notes: bool = False) -> None:
        from rmdesk.exchange.csv_export import export_kind

        name = f"{kind}{'-with-notes' if with_notes else ''}.csv"
        target = self._save_path(
            _translated(EXPORT_WORDS[kind][0]), name, self.tr("CSV files (*.csv)")
        )
        if target is None:
            return

        def work(progress: Progress) -> int:
            progress(0, 0)
            return export_kind(kind, target, with_notes=with_notes)

        self._run(
            _translated(EXPORT_WORDS[kind][2]),
            work,
            lambda count: self.report(self._exported(kind, count, target)),
            self.tr("Export"),
        )

    def export_all(self) -> None:
        from rmdesk.exchange.full_export import export_all

        target = self._save_path(
            self.tr("Export everything"),
            f"{self.database.stem}-export.json",
            self.tr("rmdesk exports (*.json)"),
        )
        if target is None:
            return
        self._run(
            self.tr("Exporting everything…"),
            lambda progress: export_all(target, progress),
            lambda counts: self.report(
                counted(
                    sum(counts.values()),
                    self.tr("Exported {0} row to {1}."),
                    self.tr("Exported {0} rows to {1}."),
                    target,
                )
            ),
            self.tr("Export everything"),
        )

    def _exported(self, kind: str, count: int, target: Path) -> str:
        """What the status bar says after a CSV export of ``kind``."""
        one, many = {
            "participants": (
                self.tr("Exported {0} participant to {1}."),
                self.tr("Exported {0} participants to {1}."),
            ),
            "pairs": (self.tr("Exported {0} pair to {1}."), self.tr("Exported {0} pairs to {1}.")),
            "meetings": (
                self.tr("Exported {0} meeting to {1}."),
                self.tr("Exported {0} meetings to {1}."),
            ),
            "goals": (self.tr("Exported {0} goal to {1}."), self.tr("Exported {0} goals to {1}.")),
        }[kind]
        return counted(count, one, many, target)

    # -- one person ------------------------------------------------------------------
    def _person(self) -> tuple[int, str] | None:
        from rmdesk.programme.participants import participant_name

        participant_id = self.selected_participant()
        if participant_id is None:
            self.report(self.tr("Select a participant first."))
            return None
        name = participant_name(participant_id)
        return None if name is None else (participant_id, name)

    def export_person(self) -> None:
        from rmdesk.exchange.personal_data import export_person

        person = self._person()
        if person is None:
            return
        participant_id, name = person
        target = self._save_path(
            self.tr("Export this person's data"),
            f"{_safe_file_name(name)}.json",
            self.tr("JSON files (*.json)"),
        )
        if target is None:
            return
        self._run(
            self.tr("Exporting {0}'s data…").format(name),
            lambda progress: export_person(participant_id, target),
            lambda _doc: self.report(self.tr("Exported {0}'s data to {1}.").format(name, target)),
            self.tr("Export this person's data"),
        )

    def erase_person(self) -> None:
        from rmdesk.exchange.personal_data import erase_person
        from rmdesk.store.backups import list_backups

        person = self._person()
        if person is None:
            return
        participant_id, name = person
        dialog = EraseDialog(self.window, name, len(list_backups(self.database)))
        if not dialog.exec():
            return
        self._run(
            self.tr("Erasing {0}…").format(name),
            lambda progress: erase_person(participant_id),
            self._erased,
            self.tr("Erase this person"),
            Changes.EVERYTHING,  # their records, and their name in everyone's free text
        )

    def _erased(self, report: Any) -> None:
        from rmdesk.exchange.personal_data import prune_backups_after_erase

        self.report(report.summary())
        if not report.backups:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Backups still hold their data"),
            counted(
                len(report.backups),
                self.tr(
                    "{0} backup made before the erasure still holds {1}'s data. Delete it "
                    "now? A fresh backup of the current state is made first; without it you "
                    "could not go back to any earlier state."
                ),
                self.tr(
                    "{0} backups made before the erasure still hold {1}'s data. Delete them "
                    "now? A fresh backup of the current state is made first; without it you "
                    "could not go back to any earlier state."
                ),
                report.full_name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        database = self.database
        self._run(
            self.tr("Deleting older backups…"),
            lambda progress: prune_backups_after_erase(database),
            lambda deleted: self.report(
                counted(
                    len(deleted),
                    self.tr("Deleted {0} older backup; a fresh backup was made."),
                    self.tr("Deleted {0} older backups; a fresh backup was made."),
                )
            ),
            self.tr("Backups"),
        )
