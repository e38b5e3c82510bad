"""Names in every script drawn in the window, not as empty boxes: start-up adds the
fallback fonts of ``resources/fonts/`` to Qt's font database (``ui/common/fonts.py``)
and Qt's font fallback finds them on a system without such fonts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel

from rmdesk import app as rmdesk_app

SHIPPED = {"Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Thai",
           "Droid Sans Fallback"}  # fmt: skip
NAMES = ["王秀英", "अनन्या शर्मा", "สมชาย ใจดี", "김민준", "محمد العلي", "שרה כהן"]
MISSING = "\U000f0000"  # a private-use character no font draws: Qt's box


def _ink(text: str) -> QImage:
    """``text`` drawn black on white in the application's font, as a label draws it."""
    metrics = QFontMetrics(QApplication.font())
    image = QImage(metrics.horizontalAdvance(text) + 8, metrics.height() + 8,
                   QImage.Format.Format_RGB32)  # fmt: skip
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QApplication.font())
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def test_start_up_adds_the_shipped_fonts_to_qt(qapp):
    rmdesk_app._application()
    assert set(QFontDatabase.families()) >= SHIPPED


def test_every_script_has_a_glyph_and_no_character_draws_the_missing_box(qapp):
    rmdesk_app._application()
    metrics = QFontMetrics(QApplication.font())
    missing = [c for name in NAMES for c in name if c != " " and not metrics.inFontUcs4(ord(c))]
    assert missing == []
    box = _ink(MISSING)
    for name in NAMES:
        for char in name.replace(" ", ""):
            image = _ink(char)
            assert image.bytesPerLine() * image.height() > 0
            inked = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
            assert len(inked) > 1, char  # something drawn, not blank
            if image.size() == box.size():
                assert image != box, char  # and not the box a missing glyph draws


def test_a_label_of_a_name_shows_its_glyphs(qtbot, qapp):
    rmdesk_app._application()
    label = QLabel("王秀英 / अनन्या शर्मा")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    image = label.grab().toImage()
    background = image.pixel(0, 0)
    dark = sum(1 for x in range(image.width()) for y in range(image.height())
               if image.pixel(x, y) != background)  # fmt: skip
    assert dark > 50
    assert _ink("अ") != _ink(MISSING) and _ink("王") != _ink(MISSING)
