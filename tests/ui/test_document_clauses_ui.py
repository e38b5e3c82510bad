"""Documents > Document settings refuses clauses with an unknown placeholder, naming it
and listing the ones that work; the dialog stays open and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from rmdesk.documents.settings import load_settings
from tests.ui.test_documents_ui import doc_window  # noqa: F401  (the fixture)


def test_an_unknown_placeholder_is_refused_in_the_window(qtbot, doc_window, answer_next_dialog):  # noqa: F811
    seen: list[str] = []

    def fill(dialog):
        dialog.organisation_edit.setText("Acme Ltd")
        dialog.clauses_edit.setPlainText("## Our rules\n- Meet {mentee} at {ofice}.\n")
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # refused, still open with everything typed
        seen.append(dialog.error_label.text())
        assert dialog.clauses_edit.toPlainText().endswith("{ofice}.\n")
        dialog.clauses_edit.setPlainText("## Our rules\n- Meet {mentee} at the office.\n")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    doc_window.documents.settings_action.trigger()
    assert len(seen) == 1 and "{ofice}" in seen[0]
    assert "{organisation} {coordinator} {mentor} {mentee} {cycle} {cadence} {minutes}" in seen[0]
    assert load_settings().clauses == "## Our rules\n- Meet {mentee} at the office.\n"
