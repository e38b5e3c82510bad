"""Edit > Language…: the window's language, overriding the system's, from the next start.

A per-desk preference (QSettings), not programme data: two coordinators sharing a file
may read the window in different languages, while the documents' language is the
programme's (Documents > Document settings).  Applied at the next start because every
window string is translated once when it is built; a half-translated window would be
worse than waiting.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rmdesk.programme import language as languages
from rmdesk.ui.common import settings


class LanguageDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language"))
        self.setMinimumWidth(380)
        system = languages.NAMES[languages.language_of_locale(QLocale.system().name())]
        self.choice = QComboBox()
        self.choice.addItem(self.tr("As the system ({0})").format(system), "")
        for code in languages.LANGUAGES:
            self.choice.addItem(languages.NAMES[code], code)
        saved = str(settings.load(settings.WINDOW_LANGUAGE))
        self.choice.setCurrentIndex(max(0, self.choice.findData(saved)))
        label = QLabel(self.tr("&Language of the window:"))
        label.setBuddy(self.choice)
        form = QFormLayout()
        form.addRow(label, self.choice)
        note = QLabel(
            self.tr(
                "The window changes language the next time rmdesk starts. The language "
                "of agreements and reports is set in Documents > Document settings."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        """The language code chosen, or "" for the system's."""
        return str(self.choice.currentData())

    def accept(self) -> None:
        settings.save(settings.WINDOW_LANGUAGE, self.chosen())
        super().accept()
