"""The PDF preview draws the pages itself with PDFium: only those in sight, as wide as the
view and sharp at the screen's pixel ratio; it scrolls and zooms from the keyboard, and a
file it cannot read says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from rmdesk.ui.documents.page_view import MARGIN
from rmdesk.ui.documents.preview import PdfPreviewDialog, write_temporary

PAGES = 6


def sample_pdf(path: Path) -> Path:
    """A4 pages, each with black bands near the top and the bottom, its number between."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for number in range(1, PAGES + 1):
        pdf.rect(40, height - 300, width - 80, 200, stroke=0, fill=1)
        pdf.rect(40, 100, width - 80, 200, stroke=0, fill=1)
        pdf.setFont("Helvetica", 40)
        pdf.drawString(60, height - 400, f"Page {number}")
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def preview(qtbot, tmp_path):
    path = write_temporary(sample_pdf(tmp_path / "sample.pdf").read_bytes(), "sample.pdf")
    dialog = PdfPreviewDialog(None, path, "Sample", "sample.pdf")
    qtbot.addWidget(dialog)
    dialog.resize(700, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shown(view) -> QImage:
    return view.viewport().grab().toImage()


def dark_share(image: QImage, top: int, bottom: int, left: int, right: int) -> float:
    """How much of the area (in the image's logical pixels, sampled) is nearly black."""
    ratio = image.devicePixelRatio()
    points = [(x, y) for y in range(top, bottom, 4) for x in range(left, right, 4)]
    dark = sum(
        1 for x, y in points if image.pixelColor(round(x * ratio), round(y * ratio)).value() < 60
    )
    return dark / max(1, len(points))


def rendered(view, index: int) -> bool:
    kept = view._images.get(index)
    return kept is not None and kept[0] == view._device_width()


def test_the_first_page_is_drawn_as_wide_as_the_view(qtbot, preview):
    view = preview.view
    assert preview.pages_label.text() == f"{PAGES} pages"
    qtbot.waitUntil(lambda: rendered(view, 0), timeout=10_000)
    first = view.page_rect(0)
    assert first.width() == view.viewport().width() - 2 * MARGIN  # fits the width
    assert first.height() == round(first.width() * A4[1] / A4[0])
    image = shown(view)
    # The black band: 100 to 300 points below the page's top, 40 points in from each side.
    scale = first.width() / A4[0]
    band = (first.top() + round(110 * scale), first.top() + round(290 * scale))
    inside = (first.left() + round(50 * scale), first.right() - round(50 * scale))
    assert dark_share(image, *band, *inside) > 0.95
    assert dark_share(image, first.top() + 5, first.top() + round(90 * scale), *inside) < 0.01
    assert view._images[0][1].width() == round(first.width() * view.devicePixelRatioF())


def test_only_the_pages_in_sight_are_rendered(qtbot, preview):
    view = preview.view
    qtbot.waitUntil(lambda: rendered(view, 0), timeout=10_000)
    qtbot.wait(50)
    assert set(view._images) == set(view.visible_pages())
    assert PAGES - 1 not in view._images


def test_keyboard_scrolls_to_the_end_and_back(qtbot, preview):
    view = preview.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum() > 0
    assert view.visible_pages()[-1] == PAGES - 1
    qtbot.waitUntil(lambda: rendered(view, PAGES - 1), timeout=10_000)
    last = view.page_rect(PAGES - 1).translated(0, -view.verticalScrollBar().value())
    assert last.bottom() < view.viewport().height()  # the end of the last page is in sight
    scale = last.width() / A4[0]
    image = shown(view)  # the band near the bottom: 110 to 290 points above the page's end
    assert dark_share(image, last.bottom() - round(290 * scale), last.bottom() - round(110 * scale),
                      last.left() + 60, last.right() - 60) > 0.95  # fmt: skip
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.verticalScrollBar().value() < view.verticalScrollBar().maximum()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.verticalScrollBar().value() == 0
    assert view.visible_pages()[0] == 0


def test_control_plus_and_minus_zoom_and_control_zero_fits_again(qtbot, preview):
    view = preview.view
    fitted = view.page_rect(0).width()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.page_rect(0).width() > fitted
    assert view.horizontalScrollBar().maximum() > 0  # wider than the view: scrolls sideways
    qtbot.waitUntil(lambda: rendered(view, 0), timeout=10_000)
    assert view._images[0][1].width() == round(view.page_rect(0).width()
                                               * view.devicePixelRatioF())  # fmt: skip
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.page_rect(0).width() == fitted
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.page_rect(0).width() < fitted


def test_a_resized_window_gets_its_pages_rendered_anew_at_the_new_width(qtbot, preview):
    view = preview.view
    qtbot.waitUntil(lambda: rendered(view, 0), timeout=10_000)
    before = view._images[0][1].width()
    preview.resize(500, 800)
    narrower = view.page_rect(0).width()
    assert narrower < before / view.devicePixelRatioF()
    qtbot.waitUntil(lambda: rendered(view, 0), timeout=10_000)  # once the resize settled
    assert view._images[0][1].width() == round(narrower * view.devicePixelRatioF())


def test_the_view_has_a_name_for_screen_readers(preview):
    assert preview.view.accessibleName() == "Document pages"
    assert preview.view.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_a_broken_file_says_it_cannot_be_shown(qtbot, tmp_path):
    path = write_temporary(b"%PDF-1.4\nthis is no PDF after all", "broken.pdf")
    dialog = PdfPreviewDialog(None, path, "Broken", "broken.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)  # painting an empty view raises nothing
    assert dialog.pages_label.text() == "This PDF cannot be shown."
    assert dialog.document.page_count == 0 and dialog.view.visible_pages() == []
    assert not dialog.print_button.isEnabled()
    assert dialog.save_button.isEnabled()
