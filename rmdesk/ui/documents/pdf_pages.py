"""A generated PDF's pages as images, through PDFium (``pypdfium2``, a few MB).

The preview and the printing fallback need only a page count, page sizes and page images;
PDFium is the engine QtPdf wraps, without the 175 MB ``PySide6-Addons`` wheel QtPdf
comes in. PDFium is not thread-safe: a ``PdfPages`` is used on the thread that opened it.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage


class PdfPages:
    """The pages of ``path``; ``broken`` (and no pages) when PDFium cannot read it."""

    def __init__(self, path: Path) -> None:
        self._document: pdfium.PdfDocument | None = None
        self._sizes: list[QSizeF] = []
        try:
            self._document = pdfium.PdfDocument(str(path))
            self._sizes = [QSizeF(*self._document.get_page_size(index))
                           for index in range(len(self._document))]  # fmt: skip
        except (pdfium.PdfiumError, OSError):
            self.close()  # a file that is no PDF, cut short, or gone
            self._sizes = []

    @property
    def broken(self) -> bool:
        return self._document is None

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> QSizeF:
        """Page ``index`` (0-based) in points (1/72 inch)."""
        return QSizeF(self._sizes[index])

    def render(self, index: int, scale: float, top: int = 0, rows: int = 0) -> QImage:
        """Page ``index`` at ``scale`` pixels a point: the whole page, or ``rows`` pixel rows
        from ``top`` (a band of it). PDFium draws straight into the image's own memory."""
        assert self._document is not None
        page = self._document[index]
        try:
            height = page.get_height() * scale
            # render() rounds crops up; a quarter pixel less lands them on whole rows.
            crop_top = max(0.0, top - 0.25) / scale
            crop_bottom = max(0.0, height - top - rows - 0.25) / scale if rows else 0.0
            made: list[QImage] = []

            def into_image(width: int, height: int, format: int,
                           rev_byteorder: bool) -> pdfium.PdfBitmap:  # fmt: skip
                image = QImage(width, height, QImage.Format.Format_RGB32)  # BGRx in memory
                made.append(image)
                memory = (ctypes.c_ubyte * image.sizeInBytes()).from_buffer(image.bits())
                stride = image.bytesPerLine()
                return pdfium.PdfBitmap.new_native(
                    width, height, format, rev_byteorder, buffer=memory, stride=stride
                )

            bitmap = page.render(
                scale=scale,
                crop=(0, crop_bottom, 0, crop_top),
                bitmap_maker=into_image,
                force_bitmap_format=pdfium_c.FPDFBitmap_BGRx,
                fill_color=(255, 255, 255, 255),
            )
            bitmap.close()
        finally:
            page.close()
        return made[0]

    def close(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None
