"""Printing a generated PDF: in the document's paper size, as vectors where possible.

Three ways, the best the platform allows first:

* a PDF file ("Print to file" in the dialog): the PDF itself is written, or the chosen
  pages of it (``pypdf``), vectors and text, a few hundred kilobytes for a long report,
  through ``store/files.py`` (atomic, 0600: it names people);
* a printer on a CUPS system (Linux, macOS): the PDF is handed to ``lp``, which prints
  PDF natively at the printer's own resolution;
* otherwise (a printer on Windows): PDFium (``pdf_pages.py``) renders each page at the printer's
  resolution, in bands so memory stays bounded, and draws it; one band per turn of the
  event loop, so the window stays responsive and Cancel works at once.

A job reports ``progressed(done, total)`` and ends with exactly one of ``finished``
(a sentence for the status bar) or ``failed`` (a sentence for a message box); a
cancelled job ends with ``finished("")`` after aborting what it had started.
"""

from __future__ import annotations

import io
import math
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import (
    QMarginsF,
    QObject,
    QPoint,
    QProcess,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from rmdesk.store.errors import StoreError
from rmdesk.store.files import write_bytes
from rmdesk.ui.common.wording import counted, spoken_error
from rmdesk.ui.documents.pdf_pages import PdfPages

BAND_PIXELS = 8_000_000  # one band of a page image: 32 MB at 4 bytes a pixel


def use_document_paper(printer: QPrinter, document: PdfPages) -> None:
    """Set ``printer`` to the document's paper size, edge to edge (the PDF has margins)."""
    if document.page_count < 1:
        return
    size = document.page_size(0)
    page_size = QPageSize(size, QPageSize.Unit.Point)
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(page_size, orientation, QMarginsF()))


def spooler() -> str | None:
    """CUPS's ``lp`` where the platform has it: it prints PDF files as they are."""
    if sys.platform == "win32":
        return None
    return shutil.which("lp")


def page_range(printer: QPrinter, count: int) -> tuple[int, int]:
    """The pages chosen in the print dialog (1-based, inclusive), or all of them."""
    first, last = printer.fromPage(), printer.toPage()
    if first == 0 and last == 0:
        return 1, count
    return max(1, first), min(max(first, last), count)


class PrintJob(QObject):
    """Prints ``pdf_path`` (loaded in ``document``) on ``printer`` without blocking."""

    progressed = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, pdf_path: Path, document: PdfPages, printer: QPrinter,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.pdf_path, self.document, self.printer = pdf_path, document, printer
        self.first, self.last = page_range(printer, document.page_count)
        self.way = self._choose_way()
        self._painter: QPainter | None = None
        self._process: QProcess | None = None
        self._page, self._top, self._printed = self.first, 0, 0
        self._cancelled = False

    def _choose_way(self) -> str:
        if self.printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            return "file"
        return "spooler" if spooler() is not None else "pages"

    @property
    def whole(self) -> bool:
        return (self.first, self.last) == (1, self.document.page_count)

    @property
    def pages(self) -> int:
        return self.last - self.first + 1

    def start(self) -> None:
        """Begin; the result comes as a signal, never before this returns."""
        use_document_paper(self.printer, self.document)
        QTimer.singleShot(0, getattr(self, f"_start_{self.way}"))

    def cancel(self) -> None:
        self._cancelled = True
        if self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.kill()

    # -- the PDF itself, to a file ------------------------------------------------------
    def _start_file(self) -> None:
        if self._cancelled:
            self.finished.emit("")
            return
        target = Path(self.printer.outputFileName())
        try:
            data = self.pdf_path.read_bytes()
            write_bytes(target, data if self.whole else self._chosen_pages(data))
        except OSError as error:
            self.failed.emit(self.tr("Cannot write {0}: {1}").format(
                str(target), error.strerror or error))  # fmt: skip
            return
        except StoreError as error:  # a refused target: the message says why
            self.failed.emit(spoken_error(error))
            return
        self.progressed.emit(self.pages, self.pages)
        self.finished.emit(self.tr("Printed to {0}.").format(str(target)))

    def _chosen_pages(self, data: bytes) -> bytes:
        """The pages chosen, still as vectors: a new PDF sharing the pages' objects."""
        from pypdf import PdfReader, PdfWriter

        reader, writer = PdfReader(io.BytesIO(data)), PdfWriter()
        for index in range(self.first - 1, self.last):
            writer.add_page(reader.pages[index])
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    # -- the PDF itself, to CUPS ------------------------------------------------------------
    def _start_spooler(self) -> None:
        if self._cancelled:
            self.finished.emit("")
            return
        printer = self.printer
        size = QPageSize(printer.pageLayout().pageSize())
        arguments = ["-n", str(max(1, printer.copyCount())), "-t", printer.docName() or "rmdesk"]
        if printer.printerName():
            arguments += ["-d", printer.printerName()]
        if size.id() != QPageSize.PageSizeId.Custom:
            arguments += ["-o", f"media={size.key()}"]
        if not self.whole:
            arguments += ["-P", f"{self.first}-{self.last}"]
        if printer.duplex() in (QPrinter.DuplexMode.DuplexLongSide, QPrinter.DuplexMode.DuplexAuto):
            arguments += ["-o", "sides=two-sided-long-edge"]
        elif printer.duplex() == QPrinter.DuplexMode.DuplexShortSide:
            arguments += ["-o", "sides=two-sided-short-edge"]
        process = self._process = QProcess(self)
        process.finished.connect(self._spooled)
        process.errorOccurred.connect(self._spooler_error)
        process.start(str(spooler()), [*arguments, "--", str(self.pdf_path)])

    def _spooled(self, code: int, status: QProcess.ExitStatus) -> None:
        if self._cancelled:
            self.finished.emit("")
        elif status == QProcess.ExitStatus.NormalExit and code == 0:
            self.progressed.emit(self.pages, self.pages)
            name = self.printer.printerName() or self.tr("the default printer")
            self.finished.emit(self.tr("Sent to {0}.").format(name))
        else:
            process = self._process
            assert process is not None
            said = bytes(process.readAllStandardError().data()).decode(errors="replace")
            reason = said.strip().splitlines()[-1] if said.strip() else str(code)
            self.failed.emit(self.tr("The printer refused the document: {0}").format(reason))

    def _spooler_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.failed.emit(self.tr("The print system could not be started."))

    # -- page images, band by band --------------------------------------------------------
    def _start_pages(self) -> None:
        painter = QPainter()
        if self._cancelled:
            self.finished.emit("")
            return
        if not painter.begin(self.printer):
            self.failed.emit(self.tr("The printer is not ready."))
            return
        self._painter = painter
        self._band()

    def _band(self) -> None:
        painter, printer = self._painter, self.printer
        assert painter is not None
        if self._cancelled:
            printer.abort()
            painter.end()
            self.finished.emit("")
            return
        index = self._page - 1
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        page = self.document.page_size(index)
        scale = min(area.width() / page.width(), area.height() / page.height())
        width, full_height = math.ceil(page.width() * scale), math.ceil(page.height() * scale)
        rows = min(max(1, BAND_PIXELS // max(1, width)), full_height - self._top)
        band = self.document.render(index, scale, self._top, rows)
        painter.drawImage(QPoint(0, self._top), band)
        self._top += band.height()
        if self._top >= full_height:
            self._printed += 1
            self.progressed.emit(self._printed, self.pages)
            self._page, self._top = self._page + 1, 0
            if self._page > self.last:
                painter.end()
                self.finished.emit(counted(self._printed, self.tr("Printed {0} page."),
                                           self.tr("Printed {0} pages.")))  # fmt: skip
                return
            printer.newPage()
        QTimer.singleShot(0, self._band)
