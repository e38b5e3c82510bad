"""Documents > Guides in each language: the Language choice shows and edits that
language's guides; the others stay as they are."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from rmdesk.programme import guides
from tests.ui.test_documents_ui import doc_window, pdf_text, wait_for_preview  # noqa: F401
from tests.ui.test_guides_ui import choose, open_guides


def choose_language(qtbot, dialog, name: str, answer=None) -> None:
    """Pick a language the way a keyboard user does: focus the box, type its first letter
    (a closed combo box selects the item it starts; after a pause, so that it is not
    read as the next letter of the last search)."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    if answer is not None:  # scheduled now: while waiting, the guides dialog is the modal one
        answer()
    dialog.language_box.setFocus()
    qtbot.keyClick(dialog.language_box, name[0])


def test_switch_to_german_edit_and_save(qtbot, doc_window):  # noqa: F811
    english = guides.find_guide("Social media")
    dialog = open_guides(qtbot, doc_window)
    assert [dialog.language_box.itemText(i) for i in range(dialog.language_box.count())] == [
        "English", "Deutsch", "Français"
    ]  # fmt: skip
    assert dialog.language_box.currentText() == "English"
    choose_language(qtbot, dialog, "Deutsch")
    assert dialog.language_box.currentText() == "Deutsch"
    choose(dialog, "Social media")  # the topic's name is the coordinator's, in any language
    assert dialog.title_edit.text() == "Soziale Medien: ein Gesprächsleitfaden"
    dialog.body_edit.setPlainText("## Unser Abschnitt\nUnser eigener Text.")
    dialog.save_button.click()
    saved = guides.find_guide("Social media", "de")
    assert saved.body == "## Unser Abschnitt\nUnser eigener Text." and saved.language == "de"
    assert guides.find_guide("Social media") == english  # the English guide unchanged
    assert guides.find_guide("Social media", "fr").body != saved.body
    dialog.preview_button.click()  # a German guide is framed in German
    preview = wait_for_preview(qtbot, doc_window)
    text = pdf_text(preview.pdf_path)
    assert "Unser Abschnitt" in text and "Notizen aus unserem Gespräch" in text
    preview.accept()
    dialog.reject()


def test_switching_language_with_unsaved_edits_asks_first(
    qtbot,
    doc_window,  # noqa: F811
    answer_next_dialog,
):
    dialog = open_guides(qtbot, doc_window)
    choose(dialog, "Innovation")
    dialog.body_edit.setPlainText("## Changed\nNot saved yet.")
    cancel = QMessageBox.StandardButton.Cancel
    choose_language(
        qtbot,
        dialog,
        "Français",
        lambda: answer_next_dialog(lambda box: box.button(cancel).click()),
    )
    assert dialog.language_box.currentText() == "English"  # stayed, edits kept
    assert dialog.body_edit.toPlainText() == "## Changed\nNot saved yet."
    discard = QMessageBox.StandardButton.Discard
    choose_language(
        qtbot,
        dialog,
        "Français",
        lambda: answer_next_dialog(lambda box: box.button(discard).click()),
    )
    assert dialog.language_box.currentText() == "Français"
    assert {row.language for row in dialog.rows} == {"fr"}
    assert "What the junior colleague can show" in guides.find_guide("Innovation").body
    dialog.reject()
