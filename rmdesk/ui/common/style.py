"""The window's style: the platform's own, with room for accented capitals on tabs.

Qt's Fusion style (the one used on most Linux desktops and offscreen) draws the tabs that
are not selected a couple of pixels lower and clips them to a height measured for the
font's ascent, which cuts the accent off a capital: the French "Évaluations" tab read
"Evaluations", the German "Ärger" would read "Arger". Tabs get that shift back as
extra height, whatever the style, so every language's capitals keep their marks.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

ROOM = 2  # pixels above the shift, for marks that reach past the font's ascent


class AccentRoomStyle(QProxyStyle):
    """The application's style with tabs tall enough for accented capitals."""

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption | None,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        found = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
        if kind == QStyle.ContentsType.CT_TabBarTab:
            shift = self.pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical, option, widget)
            found.setHeight(found.height() + max(0, shift) + ROOM)
        return found


def install_style(app: QApplication) -> None:
    """Wrap the style the platform chose (its name, so a desktop theme is kept)."""
    if not isinstance(app.style(), AccentRoomStyle):
        app.setStyle(AccentRoomStyle(app.style().name()))
