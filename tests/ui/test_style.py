"""Accented capitals keep their marks on the tabs that are not selected (French
"Évaluations", German "Ärger"): Fusion clipped them to "Evaluations"."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTabBar

from rmdesk.ui.common.style import AccentRoomStyle, install_style


def _unselected_tab(qtbot, text: str, style=None) -> QImage:
    bar = QTabBar()
    qtbot.addWidget(bar)
    if style is not None:
        bar.setStyle(style)
    bar.addTab("Objectifs")
    bar.addTab(text)  # the second tab: not selected
    bar.show()
    qtbot.waitExposed(bar)
    return bar.grab(bar.tabRect(1)).toImage()


def test_an_accent_on_a_capital_shows_on_an_unselected_tab(qtbot):
    style = AccentRoomStyle("fusion")
    accented = _unselected_tab(qtbot, "Évaluations", style)
    plain = _unselected_tab(qtbot, "Evaluations", style)
    assert accented != plain  # the accent is drawn, so the tab looks different


def test_the_application_gets_the_style_once_keeping_the_platform_s(qapp):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style = app.style()
    # Another test may have started the application the app's way (style installed).
    before = style.baseStyle().name() if isinstance(style, AccentRoomStyle) else style.name()
    try:
        install_style(app)
        install_style(app)
        assert isinstance(app.style(), AccentRoomStyle)
        assert app.style().baseStyle().name() == before
    finally:
        app.setStyle(before)
