"""The base of rmdesk's small forms: fields, an error line, and accept-if-the-domain-agrees.

``save`` asks the domain to do the work; a ``RuleError`` or ``ValidationError`` is
shown in the dialog, which stays open with everything the coordinator typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.ui.participant_dialog import ERROR_STYLE


class FormDialog(QDialog):
    """Subclasses fill ``self.form`` and implement ``save``."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        accept_button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
        min_width: int = 440,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr(title))
        self.setMinimumWidth(min_width)
        self.form = QFormLayout()
        self.error_label = QLabel(objectName="errors", wordWrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(accept_button | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(accept_button)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        raise RuntimeError("subclasses save")  # pragma: no cover

    def accept(self) -> None:
        try:
            self.save()
        except (RuleError, ValidationError) as error:
            self.show_error(str(error))  # a ValidationError's text is every field's message
            return
        super().accept()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
