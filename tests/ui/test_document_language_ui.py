"""Documents > Document settings: "Language of documents" (each language named in
itself) chooses what every new document prints in, and the clauses box edits the
chosen language's own clauses; resetting one language leaves the others alone."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from rmdesk.documents.agreement import render_agreements
from rmdesk.documents.agreement_data import agreement_for_pair
from rmdesk.documents.clauses import default_clauses
from rmdesk.documents.settings import load_settings
from rmdesk.store.models import Setting
from tests.ui.test_documents_ui import doc_window  # noqa: F401  (the fixture)


def test_choosing_francais_prints_new_documents_in_french(qtbot, doc_window, answer_next_dialog):  # noqa: F811
    seen: dict[str, object] = {}

    def choose(dialog):
        combo = dialog.language_combo
        seen["names"] = [combo.itemText(i) for i in range(combo.count())]
        assert dialog.clauses_edit.toPlainText() == default_clauses("en")
        combo.setCurrentIndex(combo.findText("Français"))
        seen["shown"] = dialog.clause_text()
        text = dialog.clause_text().replace("\n## ", "\n## Chez nous : ", 1)
        dialog.clauses_edit.setPlainText(text)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    answer_next_dialog(choose)
    doc_window.documents.settings_action.trigger()
    assert seen["names"] == ["English", "Deutsch", "Français"]
    assert seen["shown"] == default_clauses("fr")
    assert Setting.get(Setting.key == "documents.language").value == "fr"
    settings = load_settings()
    assert settings.language == "fr" and settings.clauses == ""  # English untouched
    assert "\n## Chez nous : " in settings.clauses_fr
    assert doc_window.statusBar().currentMessage() == "Document settings saved."

    pdf = render_agreements([agreement_for_pair(1)], settings, dt.date(2026, 3, 2))
    text = " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    assert "Convention de binôme" in text
    assert "2 mars 2026" in text
    assert "Chez nous :" in text

    def reset(dialog):
        assert dialog.language_combo.currentText() == "Français"
        dialog.findChild(QPushButton, "reset_clauses").click()
        assert dialog.clause_text() == default_clauses("fr")
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("Deutsch"))
        assert dialog.clause_text() == default_clauses("de")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    answer_next_dialog(reset)
    doc_window.documents.settings_action.trigger()
    settings = load_settings()
    assert settings.language == "de" and settings.clauses_fr == "" and settings.clauses_de == ""
