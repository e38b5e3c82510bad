"""The base of rmdesk's small forms: fields, error lines, and accept-if-the-domain-agrees.

``save`` is the domain call of ``operations.operate``, which announces the subclass's
``changes`` once on success; a ``RuleError``, a ``ValidationError`` (each
message under the field it is about) or a failed write (disk full) is shown in the
dialog, which stays open with everything the coordinator typed.
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

from rmdesk.programme.validation import ValidationError
from rmdesk.store.errors import WriteFailed
from rmdesk.ui.common import palette
from rmdesk.ui.common.operations import Changes, operate
from rmdesk.ui.common.refusals import write_failure_text
from rmdesk.ui.common.wording import spoken, spoken_error


class FormDialog(QDialog):
    """Subclasses fill ``self.form``, implement ``save`` and say what it ``changes``."""

    changes: Changes = Changes.NONE  # announced through the operation helper on success

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        accept_button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
        min_width: int = 440,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)  # translated by the caller, a literal in its tr()
        self.setMinimumWidth(min_width)
        self.form = QFormLayout()
        self.error_label = QLabel(objectName="errors", wordWrap=True)
        self.error_label.setStyleSheet(palette.banner_style())
        self.error_label.hide()
        self.buttons = QDialogButtonBox(accept_button | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(accept_button)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # Only once the button is inside the dialog does Qt keep it as the dialog's default:
        # set before, Enter saved nothing once the focus had left the button for a field.
        self.save_button.setDefault(True)
        self.field_errors: dict[str, QLabel] = {}

    def add_field(self, label: str, widget: QWidget, key: str | None = None) -> None:
        """A row with the field, and (with ``key``) a hidden error line under it."""
        self.form.addRow(label, widget)
        if key is not None:
            error = QLabel(objectName=f"{key}_error", wordWrap=True)
            error.setStyleSheet(palette.label_style())
            error.hide()
            self.form.addRow("", error)
            self.field_errors[key] = error

    def clear_errors(self) -> None:
        self.error_label.hide()
        for label in self.field_errors.values():
            label.hide()

    def save(self) -> None:
        raise RuntimeError("subclasses save")  # pragma: no cover

    def accept(self) -> None:
        """Save through the operation helper: success announces ``changes`` (as made by
        the view that opened the form) and closes; a refusal is shown here, stays open."""
        self.clear_errors()
        origin = self.parentWidget() or self
        if operate(self, self.save, self.changes, on_refused=self.show_refusal, origin=origin):
            super().accept()

    def show_refusal(self, error: Exception) -> None:
        """A refusal under the field it is about (or above the buttons)."""
        if isinstance(error, ValidationError):
            elsewhere = []
            for key, message in error.errors.items():
                label = self.field_errors.get(key)
                if label is None:
                    elsewhere.append(spoken(message))
                else:
                    label.setText(spoken(message))
                    label.show()
            if elsewhere:
                self.show_error(" ".join(elsewhere))
        elif isinstance(error, WriteFailed):  # disk full, folder made read-only ...
            self.show_error(write_failure_text(error))
        else:
            self.show_error(spoken_error(error))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        # Grow (never shrink) to fit the line: else the wrapped texts above it are cut.
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)
