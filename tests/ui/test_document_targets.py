"""In the window: Save as never writes over the database or a backup, and a logo that
went bad prints none and the preview says why."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from rmdesk.store import make_backup
from rmdesk.store.models import Setting
from tests.ui.test_documents_ui import doc_window, wait_for_preview  # noqa: F401 (fixture)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_save_as_over_the_open_database_is_refused(qtbot, doc_window, db_path, monkeypatch):  # noqa: F811
    backup = make_backup(db_path).path
    before, backup_before = digest(db_path), digest(backup)
    link = db_path.with_name("agreement.pdf")
    link.symlink_to(db_path)
    hard_link = db_path.with_name("copy.pdf")
    hard_link.hardlink_to(db_path)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    doc_window.documents.agreement_action.trigger()
    preview = wait_for_preview(qtbot, doc_window)
    for target in (hard_link, link, backup):  # (Save as adds .pdf to other names)
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), "PDF files (*.pdf)")
        )
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 3
    assert "is the programme's database or one of its own files" in warnings[0]
    assert "is the programme's database or one of its own files" in warnings[1]
    assert "backups folder" in warnings[2]
    assert digest(db_path) == before
    assert digest(backup) == backup_before
    preview.close()


def test_the_preview_says_why_the_logo_was_left_out(qtbot, doc_window, tmp_path):  # noqa: F811
    Setting.replace(key="documents.logo_path", value="/dev/zero").execute()
    doc_window.documents.agreement_action.trigger()
    preview = wait_for_preview(qtbot, doc_window)
    assert preview.note_label.isVisible()
    assert preview.note_label.text() == (
        "Printed without the logo: /dev/zero is not a regular file; choose a logo (PNG or "
        "JPEG). Change it in Documents > Document settings."
    )
    assert preview.document.page_count == 2
    preview.close()


def test_the_settings_dialog_gives_the_plain_reason_for_a_bad_logo(
    qtbot,
    doc_window,  # noqa: F811
    answer_next_dialog,
):
    seen: list[str] = []

    def try_a_device(dialog):
        dialog.logo_edit.setText("/dev/zero")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # refused: nothing saved, nothing printed
        seen.append(dialog.error_label.text() if dialog.error_label.isVisible() else "")
        dialog.reject()

    answer_next_dialog(try_a_device)
    doc_window.documents.settings_action.trigger()

    assert seen == ["/dev/zero is not a regular file; choose a logo (PNG or JPEG)."]
    assert not Setting.select().where(Setting.key == "documents.logo_path").exists()


def test_no_note_when_the_logo_is_fine(qtbot, doc_window):  # noqa: F811
    doc_window.documents.agreement_action.trigger()
    preview = wait_for_preview(qtbot, doc_window)
    assert not preview.note_label.isVisible()
    preview.close()
