"""Documents > Guides and the session pack in the window: edit, refuse, reset, preview,
and what the database holds after each."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton

from rmdesk.programme import guides
from rmdesk.ui.common.operations import Changes, change_hub
from rmdesk.ui.documents.guides_dialog import GuidesDialog
from tests.ui.test_documents_ui import doc_window, pdf_text, wait_for_preview  # noqa: F401


def open_guides(qtbot, window) -> GuidesDialog:
    window.documents.guides_action.trigger()
    dialog = window.documents.guides_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def choose(dialog: GuidesDialog, title: str) -> None:
    row = next(i for i in range(dialog.guide_list.count())
               if dialog.guide_list.item(i).text() == title)  # fmt: skip
    dialog.guide_list.setCurrentRow(row)


def test_edit_a_guide_and_save_it(qtbot, doc_window):  # noqa: F811
    announced: list[object] = []
    change_hub(doc_window).changed.connect(lambda changes, _origin: announced.append(changes))
    dialog = open_guides(qtbot, doc_window)
    titles = [dialog.guide_list.item(i).text() for i in range(dialog.guide_list.count())]
    assert titles[:2] == ["Orientation: junior mentors", "Orientation: senior mentees"]
    assert len(titles) == 12 and titles[2:4] == ["Career development", "Cultural insights"]
    choose(dialog, "Innovation")
    assert dialog.title_edit.text() == "Innovation: a conversation guide"
    assert "What the junior colleague can show" in dialog.body_edit.toPlainText()
    dialog.title_edit.setText("Innovation in our company")
    dialog.body_edit.setPlainText("## Start here\nBring one idea you have tried.")
    dialog.save_button.click()
    saved = guides.find_guide("Innovation")
    assert saved.title == "Innovation in our company"
    assert saved.body == "## Start here\nBring one idea you have tried."
    assert announced == [Changes.SETTINGS]
    assert dialog.guide_list.currentItem().text() == "Innovation"  # still chosen
    # Reset brings the shipped text back into the editor; saved only on Save.
    dialog.reset_button.click()
    assert dialog.title_edit.text() == "Innovation: a conversation guide"
    assert guides.find_guide("Innovation").title == "Innovation in our company"
    dialog.save_button.click()
    assert guides.find_guide("Innovation").body == guides.default_for(saved).body
    dialog.reject()


def test_an_empty_guide_is_refused_under_the_fields(qtbot, doc_window):  # noqa: F811
    dialog = open_guides(qtbot, doc_window)
    choose(dialog, "Orientation: senior mentees")
    before = guides.orientation("mentee")
    dialog.title_edit.clear()
    dialog.save_button.click()
    assert dialog.error_label.text() == "Give the guide a title."
    assert guides.orientation("mentee") == before
    dialog.title_edit.setText(before.title)  # nothing unsaved: closes without asking
    dialog.reject()
    assert not dialog.isVisible()


def test_leaving_unsaved_edits_asks_first(qtbot, doc_window, answer_next_dialog):  # noqa: F811
    dialog = open_guides(qtbot, doc_window)
    choose(dialog, "Social media")
    dialog.body_edit.setPlainText("## Changed\nA new text.")
    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    choose(dialog, "Innovation")
    assert dialog.title_edit.text() == "Social media: a conversation guide"  # stayed
    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    choose(dialog, "Innovation")
    assert dialog.title_edit.text() == "Innovation: a conversation guide"
    assert guides.find_guide("Social media").body == "## Changed\nA new text."
    dialog.reject()


def test_preview_a_guide_and_a_pairs_session_pack(qtbot, doc_window):  # noqa: F811
    dialog = open_guides(qtbot, doc_window)
    choose(dialog, "Career development")
    dialog.preview_button.click()
    preview = wait_for_preview(qtbot, doc_window)
    assert preview.windowTitle() == "Career development: a conversation guide"
    assert "Questions the senior colleague can ask" in pdf_text(preview.pdf_path)
    preview.accept()
    dialog.reject()
    doc_window.documents.preview = None
    doc_window.documents.pack_action.trigger()
    preview = wait_for_preview(qtbot, doc_window)
    assert preview.windowTitle() == "Session pack: Zoë Łukasiewicz and Ngô Thị Minh Hằng"
    text = pdf_text(preview.pdf_path)
    assert "Session pack" in text and "Post weekly on the intranet" in text
    assert "Social media: a conversation guide" in text
    assert preview.findChild(QPushButton, "close_button") is not None
    preview.accept()


def test_an_untouched_french_guide_is_not_unsaved_and_keeps_its_no_break_spaces(
    qtbot,
    doc_window,  # noqa: F811
):
    """French writes a no-break space before ":" and inside « »; the box read back with
    toPlainText lost them, so every untouched French guide asked to be saved, and a
    saved one lost them in print."""
    dialog = GuidesDialog(doc_window, lambda _id: None, language="fr")
    qtbot.addWidget(dialog)
    dialog.show()
    shown = guides.orientation("mentor", "fr")
    assert "\u00a0:" in shown.body
    assert dialog.title_edit.text() == shown.title
    assert not dialog.unsaved()
    dialog.guide_list.setCurrentRow(1)  # no question asked: nothing to settle
    assert dialog.title_edit.text() == guides.orientation("mentee", "fr").title
    dialog.body_edit.setPlainText("## Objectif\u00a0: écouter\nDes «\u00a0questions\u00a0».")
    assert dialog.unsaved()
    dialog.save_button.click()
    assert guides.orientation("mentee", "fr").body == (
        "## Objectif\u00a0: écouter\nDes «\u00a0questions\u00a0»."
    )
    assert not dialog.unsaved()
    dialog.reject()
