"""The preview's pages, one under another, as wide as the view (zoomable).

Only the pages in sight are rendered, at the view's width and the screen's device pixel
ratio, one page per turn of the event loop so a long report never freezes the window;
the latest are kept up to a memory budget. After a resize or zoom the pages already
rendered are drawn scaled at once, and rendered sharp again once the resizing has stopped.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from rmdesk.ui.documents.pdf_pages import PdfPages

MARGIN = 12  # pixels around and between pages
KEPT_BYTES = 96_000_000  # rendered pages kept: 25 A4 pages at 820 px, 6 at twice that
ZOOMS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)  # of the view's width
SETTLE_MS = 150  # after the last resize, pages are rendered sharp again


class PageView(QAbstractScrollArea):
    """Shows every page of ``pages``; keyboard: PgUp/PgDn, Home/End, arrows, Ctrl +/-/0."""

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.zoom = 1.0
        # page -> (the width in device pixels it was rendered for, its image)
        self._images: OrderedDict[int, tuple[int, QImage]] = OrderedDict()
        self._pending: list[int] = []
        self._render_timer = QTimer(self, singleShot=True, interval=0)
        self._render_timer.timeout.connect(self._render_next)
        self._settle_timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle_timer.timeout.connect(self._sharpen)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # no width jumps
        self.viewport().setAutoFillBackground(True)
        self.viewport().setBackgroundRole(self.viewport().palette().ColorRole.Dark)
        self.setAccessibleName(self.tr("Document pages"))

    # -- geometry -------------------------------------------------------------------------
    def page_width(self) -> int:
        """Every page's width on screen (logical pixels): the view's, times the zoom."""
        return max(40, round((self.viewport().width() - 2 * MARGIN) * self.zoom))

    def page_rect(self, index: int) -> QRect:
        """Where page ``index`` is in the document's coordinates (before scrolling)."""
        width = self.page_width()
        top = MARGIN
        for earlier in range(index):
            top += self._height(earlier, width) + MARGIN
        return QRect(MARGIN, top, width, self._height(index, width))

    def _height(self, index: int, width: int) -> int:
        size = self.pages.page_size(index)
        return round(width * size.height() / size.width())

    def _page_tops(self) -> list[int]:
        width, top, tops = self.page_width(), MARGIN, []
        for index in range(self.pages.page_count):
            tops.append(top)
            top += self._height(index, width) + MARGIN
        tops.append(top)  # the end of the last page's margin
        return tops

    def _update_scroll_bars(self) -> None:
        tops = self._page_tops()
        viewport = self.viewport()
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        vertical.setRange(0, max(0, tops[-1] - viewport.height()))
        vertical.setPageStep(viewport.height())
        vertical.setSingleStep(max(20, viewport.height() // 20))
        horizontal.setRange(0, max(0, self.page_width() + 2 * MARGIN - viewport.width()))
        horizontal.setPageStep(viewport.width())
        horizontal.setSingleStep(20)

    def visible_pages(self) -> list[int]:
        """The pages at least partly in sight, top to bottom."""
        tops = self._page_tops()
        first = self.verticalScrollBar().value()
        last = first + self.viewport().height()
        return [index for index in range(self.pages.page_count)
                if tops[index + 1] - MARGIN > first and tops[index] < last]  # fmt: skip

    def _device_width(self) -> int:
        return round(self.page_width() * self.devicePixelRatioF())

    # -- painting and rendering -----------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        width, missing = self._device_width(), []
        for index in self.visible_pages():
            rect = self.page_rect(index).translated(-dx, -dy)
            kept = self._images.get(index)
            if kept is None:
                painter.fillRect(rect, QColor(Qt.GlobalColor.white))
            else:
                painter.drawImage(QRectF(rect), kept[1])  # scaled until rendered anew
                self._images.move_to_end(index)
            if kept is None or kept[0] != width:
                missing.append(index)
        painter.end()
        if missing and not self._settle_timer.isActive():
            self._pending = missing
            self._render_timer.start()

    def _render_next(self) -> None:
        """Render one page still missing in sight; the next one waits for the next turn."""
        if self.pages.broken:
            return
        width = self._device_width()
        in_sight = set(self.visible_pages())
        while self._pending:
            index = self._pending.pop(0)
            kept = self._images.get(index)
            if index in in_sight and (kept is None or kept[0] != width):
                scale = width / self.pages.page_size(index).width()
                image = self.pages.render(index, scale)
                image.setDevicePixelRatio(self.devicePixelRatioF())
                self._images[index] = (width, image)
                self._images.move_to_end(index)
                kept_bytes = sum(kept[1].sizeInBytes() for kept in self._images.values())
                while kept_bytes > KEPT_BYTES and len(self._images) > len(in_sight):
                    _width, dropped = self._images.popitem(last=False)[1]  # the longest unseen
                    kept_bytes -= dropped.sizeInBytes()
                scrolled = (self.horizontalScrollBar().value(), self.verticalScrollBar().value())
                self.viewport().update(self.page_rect(index).translated(-scrolled[0], -scrolled[1]))
                break
        if self._pending:
            self._render_timer.start()

    def _sharpen(self) -> None:
        """The size has settled: pages in sight are rendered anew at their new width."""
        self.viewport().update()

    # -- events ---------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        vertical = self.verticalScrollBar()
        share = vertical.value() / max(1, vertical.maximum()) if vertical.maximum() else 0.0
        self._update_scroll_bars()
        vertical.setValue(round(share * vertical.maximum()))  # the same place in the document
        if self._images:
            self._settle_timer.start()  # restarted by every step of a resize
        self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def set_zoom(self, zoom: float) -> None:
        zoom = min(ZOOMS[-1], max(ZOOMS[0], zoom))
        if zoom != self.zoom:
            self.zoom = zoom
            self._relayout()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 0.001), ZOOMS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 0.001), ZOOMS[0]))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        vertical = self.verticalScrollBar()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            control and event.key() == Qt.Key.Key_Equal  # Ctrl+= : "+" without Shift
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif control and event.key() == Qt.Key.Key_0:
            self.set_zoom(1.0)
        elif event.key() == Qt.Key.Key_Home:
            vertical.setValue(vertical.minimum())
        elif event.key() == Qt.Key.Key_End:
            vertical.setValue(vertical.maximum())
        elif event.key() == Qt.Key.Key_Space:
            vertical.setValue(vertical.value() + vertical.pageStep())
        else:
            super().keyPressEvent(event)  # PgUp/PgDn and the arrows: the scroll bars'

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y()
            if steps > 0:
                self.zoom_in()
            elif steps < 0:
                self.zoom_out()
            event.accept()
        else:
            super().wheelEvent(event)
