"""An honest empty page: what a tab will hold, and what to do to fill it.

Used for a tab with nothing in it yet (no participants) and for tabs whose
capability is not built yet; it never shows made-up data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TEXT_WIDTH = 560


class EmptyStateTab(QWidget):
    def __init__(
        self,
        title: str,
        explanation: str,
        parent: QWidget | None = None,
        buttons: tuple[QPushButton, ...] = (),
    ) -> None:
        super().__init__(parent)
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(explanation, objectName="empty_state_text")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setFixedWidth(TEXT_WIDTH)
        # A wrapped label in a stretchy layout can be squeezed to one line; reserve its height.
        body.setMinimumHeight(body.heightForWidth(TEXT_WIDTH))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        if buttons:
            row = QHBoxLayout()
            row.addStretch(1)
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addSpacing(8)
            layout.addLayout(row)
        layout.addStretch(2)
