"""In-app preview of a generated PDF: look at it, then Save as, Print or open it elsewhere.

The PDF waits in a private temporary folder (0700, files 0600) that is removed when
rmdesk quits; agreements and reports name people, so they are never left readable
in a shared temp folder.  The pages are drawn by ``page_view.py`` through PDFium
(``pdf_pages.py``).  Printing (``printing.py``) uses the document's paper size and
sends vectors where the platform allows, with progress and Cancel, in the background.
"""

from __future__ import annotations

import atexit
import contextlib
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.store.errors import StoreError
from rmdesk.store.files import write_bytes
from rmdesk.ui.common import settings
from rmdesk.ui.common.wording import counted, spoken_error
from rmdesk.ui.documents.page_view import PageView
from rmdesk.ui.documents.pdf_pages import PdfPages
from rmdesk.ui.documents.printing import PrintJob, use_document_paper

PREFERRED_SIZE = (860, 960)  # an A4 page at a readable width, with the buttons below
SCREEN_SHARE = 0.9  # at most this much of the screen's free width and height
_private_folder: Path | None = None


def private_temp_folder() -> Path:
    """One 0700 folder per run for generated PDFs, removed at exit."""
    global _private_folder
    if _private_folder is None or not _private_folder.is_dir():
        _private_folder = Path(tempfile.mkdtemp(prefix="rmdesk-documents-"))
        atexit.register(shutil.rmtree, _private_folder, True)
    return _private_folder


def write_temporary(data: bytes, file_name: str) -> Path:
    """``data`` as a private file named ``file_name`` (a fresh subfolder, so names never clash)."""
    folder = Path(tempfile.mkdtemp(dir=private_temp_folder()))
    path = folder / file_name
    write_bytes(path, data)
    return path


class PdfPreviewDialog(QDialog):
    """Shows ``pdf_path``; ``suggested_name`` is offered by Save as."""

    saved = Signal(str)
    printed = Signal(str)  # what happened, for the status bar ("" when cancelled)

    def __init__(
        self,
        parent: QWidget | None,
        pdf_path: Path,
        title: str,
        suggested_name: str,
        *,
        note: str = "",
    ):
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setWindowTitle(title)
        self.pdf_path = pdf_path
        self.suggested_name = suggested_name
        self._handed_to_viewer = False
        self.print_job: PrintJob | None = None
        self.document = PdfPages(pdf_path)
        self.view = PageView(self.document, self)
        self.view.setObjectName("pdf_view")
        self.pages_label = QLabel(objectName="pages_label")
        if self.document.broken:
            self.pages_label.setText(self.tr("This PDF cannot be shown."))
        else:
            count = self.document.page_count
            self.pages_label.setText(counted(count, self.tr("{0} page"), self.tr("{0} pages")))
        self.save_button = QPushButton(self.tr("&Save as…"), objectName="save_button")
        self.print_button = QPushButton(self.tr("&Print…"), objectName="print_button")
        self.open_button = QPushButton(self.tr("&Open in system viewer"), objectName="open_button")
        close_button = QPushButton(self.tr("Close"), objectName="close_button")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        self.open_button.clicked.connect(self.open_in_viewer)
        close_button.clicked.connect(self.accept)
        self.print_button.setEnabled(not self.document.broken)  # Save as still keeps the file
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        for button in (self.open_button, self.print_button, self.save_button, close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        # Something the document left out and why (a logo that can no longer be read).
        self.note_label = QLabel(note, objectName="note_label", wordWrap=True)
        self.note_label.setVisible(bool(note))
        layout.addWidget(self.note_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._fit_to_screen(parent)

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """A page's height where there is room, but never taller or wider than the screen
        the window is on (a 1440 x 900 laptop has about 860 pixels to give): the buttons
        at the bottom must stay on it."""
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        size = QSize(*PREFERRED_SIZE)
        if screen is not None:
            room = screen.availableGeometry().size() * SCREEN_SHARE
            size = size.boundedTo(room)
        self.resize(size)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # placed over the parent, which may reach off the screen
        self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        screen = self.screen()
        if screen is None:
            return
        area, frame = screen.availableGeometry(), self.frameGeometry()
        x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
        y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
        if (x, y) != (frame.left(), frame.top()):
            self.move(x, y)  # a window's position is its frame's

    @Slot()
    def save_as(self) -> Path | None:
        folder = settings.load(settings.LAST_FOLDER) or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save PDF"),
            str(Path(folder) / self.suggested_name),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_bytes(target, self.pdf_path.read_bytes())
        except OSError as error:  # reading the preview's own copy
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("Cannot write {0}: {1}").format(str(target), error.strerror or error),
            )
            return None
        except StoreError as error:  # refused or failed write: the message says which
            QMessageBox.warning(self, self.tr("Not saved"), spoken_error(error))
            return None
        settings.save(settings.LAST_FOLDER, str(target.parent))
        self.saved.emit(str(target))
        return target

    @Slot()
    def print_document(self) -> None:
        if self.print_job is not None:
            return  # one job at a time: the progress dialog is showing it
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        use_document_paper(printer, self.document)  # the dialog offers the document's paper
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.page_count))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> PrintJob:
        """Start printing on ``printer`` with a progress dialog; returns the running job."""
        job = self.print_job = PrintJob(self.pdf_path, self.document, printer, self)
        progress = QProgressDialog(
            self.tr("Printing…"), self.tr("Cancel"), 0, job.pages, self, objectName="printing"
        )
        progress.setWindowTitle(self.tr("Print"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)  # Cancel, not Close
        progress.setMinimumDuration(300)
        progress.setValue(0)
        progress.canceled.connect(job.cancel)
        job.progressed.connect(lambda done, _total: progress.setValue(done))

        def ended() -> None:
            progress.reset()
            progress.deleteLater()
            self.print_job = None
            job.deleteLater()

        def finished(said: str) -> None:
            ended()
            self.printed.emit(said)

        def failed(said: str) -> None:
            ended()
            QMessageBox.warning(self, self.tr("Not printed"), said)

        job.finished.connect(finished)
        job.failed.connect(failed)
        job.start()
        return job

    @Slot()
    def open_in_viewer(self) -> None:
        self._handed_to_viewer = True  # keep the file while the viewer may read it
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path))):
            QMessageBox.information(
                self,
                self.tr("No PDF viewer"),
                self.tr("No application is set up to open PDF files; use Save as instead."),
            )

    def done(self, result: int) -> None:
        self._discard()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._discard()
        super().closeEvent(event)

    def _discard(self) -> None:
        if self.print_job is not None:
            self.print_job.cancel()  # lp has read the file; page images stop at the next band
        self.document.close()
        if not self._handed_to_viewer:
            with contextlib.suppress(OSError):
                self.pdf_path.unlink(missing_ok=True)
