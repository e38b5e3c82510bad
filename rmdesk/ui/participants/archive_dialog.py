"""Archiving someone who is still in an open pair: say so, and end the pair first.

An archived person in a running pair would leave a pair nobody can act on, so the
domain refuses it; this dialog names the pairs and asks for the reason they end
early, or lets the coordinator cancel and leave everything as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rmdesk.programme.records import OpenPairOf
from rmdesk.ui.common.labels import PAIR_STATUS, shown


class EndPairsDialog(QDialog):
    """Either "End the pair and archive" (with a reason) or Cancel."""

    def __init__(self, parent: QWidget | None, full_name: str, pairs: Sequence[OpenPairOf]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Archive participant"))
        self.setMinimumWidth(480)
        lines = "\n".join(
            self.tr("• with {0}, {1} ({2})").format(
                pair.partner, shown(PAIR_STATUS, pair.status).lower(), pair.cycle
            )
            for pair in pairs
        )
        explanation = QLabel(
            self.tr(
                "{0} is still in an open pair:\n{1}\n\nArchiving them would leave the "
                "pair running with nobody to act on it. End it early first, then archive "
                "{0}; or cancel and leave everything as it is."
            ).format(full_name, lines),
            objectName="open_pairs",
        )
        explanation.setWordWrap(True)
        self.reason_edit = QLineEdit(objectName="end_reason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. left the organisation"))
        reason_label = QLabel(self.tr("&Why the pair ends early:"))
        reason_label.setBuddy(self.reason_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.end_button = buttons.addButton(
            self.tr("&End the pair and archive"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.end_button.setObjectName("end_and_archive")
        self.end_button.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda text: self.end_button.setEnabled(bool(text.strip()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return str(self.reason_edit.text()).strip()

    def accept(self) -> None:
        if self.reason():
            super().accept()
