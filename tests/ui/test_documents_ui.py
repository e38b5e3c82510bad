"""Documents in the window: menu and context actions, background generation with
cancel, the PDF preview (pages, Save as, Print, system viewer), the settings dialog."""

from __future__ import annotations

import datetime as dt
import io
import stat
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from PySide6.QtCore import QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from rmdesk.documents.clauses import default_clauses
from rmdesk.documents.settings import load_settings
from rmdesk.programme.pairs import end_pair_early
from rmdesk.ui.documents.preview import PdfPreviewDialog
from rmdesk.ui.main_window import TAB_PAIRS
from tests.documents.sample import build_programme
from tests.ui.conftest import _shown_window


@pytest.fixture
def doc_window(qtbot, db, db_path: Path):
    """The sample programme in a window, on the Pairs tab, the first pair selected."""
    programme = build_programme()
    window = _shown_window(qtbot, db_path)
    window.cycle_selector.reload(programme.cycle)
    window.tabs.setCurrentIndex(TAB_PAIRS)
    assert window.pairs_tab.select_pair(programme.pairs[0])
    window.sample = programme
    return window


def documents_menu_texts(window) -> list[str]:
    return [a.text() for a in window.menus[3].actions()]


def wait_for_preview(qtbot, window) -> PdfPreviewDialog:
    qtbot.waitUntil(lambda: window.documents.preview is not None, timeout=20_000)
    preview = window.documents.preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(preview.isVisible)
    return preview


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_documents_menu_and_pair_context_menu(doc_window):
    assert documents_menu_texts(doc_window) == [
        "&Agreement for this pair", "Agreements for all a&ctive pairs",
        "Agreements for all active pairs, &one file each…", "&End-of-cycle report",
        "Mentor s&hortlists for consent", "", "Session &pack for this pair", "&Guides…",
        "&Forms…", "", "Document &settings…",
    ]  # fmt: skip
    assert doc_window.documents.agreement_action in doc_window.pairs_tab.pair_actions
    assert doc_window.documents.pack_action in doc_window.pairs_tab.pair_actions
    doc_window.pairs_tab.table.clearSelection()
    doc_window.documents.update_enabled()
    assert not doc_window.documents.agreement_action.isEnabled()
    assert not doc_window.documents.pack_action.isEnabled()
    doc_window.pairs_tab.select_pair(doc_window.sample.pairs[0])
    assert doc_window.documents.pack_action.isEnabled()
    assert doc_window.documents.agreement_action.isEnabled()
    assert doc_window.documents.report_action.isEnabled()


def test_agreement_for_the_pair_opens_the_preview_and_saves(qtbot, doc_window, tmp_path,
                                                            monkeypatch):  # fmt: skip
    doc_window.documents.agreement_action.trigger()
    preview = wait_for_preview(qtbot, doc_window)
    assert preview.windowTitle() == "Pairing agreement: Zoë Łukasiewicz and Ngô Thị Minh Hằng"
    assert preview.document.page_count == 2
    assert preview.pages_label.text() == "2 pages"
    temporary = preview.pdf_path
    assert stat.S_IMODE(temporary.stat().st_mode) == 0o600
    assert stat.S_IMODE(temporary.parent.parent.stat().st_mode) == 0o700
    asked = []

    def save_name(parent, caption, start, filters):
        asked.append(Path(start).name)
        return str(tmp_path / "signed-copy"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "signed-copy.pdf"
    assert asked == ["agreement-1-zoë-łukasiewicz-ngô-thị-minh-hằng.pdf"]
    assert target.read_bytes() == temporary.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Ngô Thị Minh Hằng" in pdf_text(target)
    assert doc_window.statusBar().currentMessage() == f"Saved {target}."
    preview.findChild(QPushButton, "close_button").click()
    assert not preview.isVisible() and not temporary.exists()


def test_report_anonymised_through_the_question(qtbot, doc_window, answer_next_dialog):
    answer_next_dialog(lambda box: box.findChild(QPushButton, "anonymised").click())
    doc_window.documents.report_action.trigger()
    preview = wait_for_preview(qtbot, doc_window)
    assert preview.windowTitle() == "End-of-cycle report (anonymised): Cohort 2025"
    text = pdf_text(preview.pdf_path)
    assert "Zoë" not in text and "Łukasiewicz" not in text
    assert "Pair 1" not in text  # nothing per pair
    preview.accept()


def test_report_with_names_and_the_appendix_unticked(qtbot, doc_window, answer_next_dialog):
    def answer(box: QMessageBox) -> None:
        appendix = box.findChild(QCheckBox, "appendix")
        assert appendix.isChecked() and appendix.isVisible()  # the appendix by default
        appendix.setChecked(False)
        box.findChild(QPushButton, "with_names").click()

    answer_next_dialog(answer)
    doc_window.documents.report_action.trigger()
    preview = wait_for_preview(qtbot, doc_window)
    assert preview.windowTitle() == "End-of-cycle report: Cohort 2025"
    text = pdf_text(preview.pdf_path)
    assert "Pair 1 ·" not in text and "Zoë" not in text
    assert "appendix with a section per pair was left out" in " ".join(text.split())
    assert "In brief" in text
    preview.accept()


def test_report_question_cancelled_makes_nothing(qtbot, doc_window, answer_next_dialog):
    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    doc_window.documents.report_action.trigger()
    assert doc_window.documents.worker is None and doc_window.documents.preview is None


def test_all_active_pairs_in_one_preview(qtbot, doc_window):
    doc_window.documents.agreements_action.trigger()
    preview = wait_for_preview(qtbot, doc_window)
    assert preview.windowTitle() == "Pairing agreements: Cohort 2025 (2 active pairs)"
    text = pdf_text(preview.pdf_path)
    assert "Aiko Ito" in text and "Zoë Łukasiewicz" in text
    preview.accept()


def test_the_preview_and_its_buttons_fit_the_screen(qtbot, doc_window):
    doc_window.documents.agreement_action.trigger()
    preview = wait_for_preview(qtbot, doc_window)
    qtbot.waitExposed(preview)
    area = preview.screen().availableGeometry()

    assert area.height() < 960, "the test screen is smaller than the preview's preferred size"
    assert area.contains(preview.frameGeometry())
    assert preview.height() <= 0.9 * area.height() and preview.width() <= 0.9 * area.width()
    for button in (preview.save_button, preview.print_button, preview.open_button):
        assert button.isVisible()
        assert area.contains(QRect(button.mapToGlobal(QPoint(0, 0)), button.size()))
    assert preview.view.height() > preview.height() / 2  # the page still has most of it
    preview.close()


def test_generation_can_be_cancelled_from_the_progress_dialog(qtbot, doc_window, monkeypatch):
    import rmdesk.documents.agreement as agreement

    def slow(agreements, settings, generated_on, progress=None):
        for step in range(500):  # stops at the first report after Cancel
            progress(step, 500)
            time.sleep(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(agreement, "render_agreements", slow)
    doc_window.documents.agreements_action.trigger()

    def progress_dialog():
        found = [w for w in doc_window.findChildren(QProgressDialog) if w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: progress_dialog() is not None, timeout=10_000)
    qtbot.mouseClick(progress_dialog().findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: doc_window.statusBar().currentMessage() == "Cancelled; no document was made.",
        timeout=10_000,
    )
    assert doc_window.documents.preview is None


def test_a_refusal_is_shown_not_raised(qtbot, doc_window, monkeypatch):
    from rmdesk.programme.cycles import CycleData, create_cycle

    later = create_cycle(CycleData(name="Later", start_date=dt.date(2027, 1, 4)))
    doc_window.cycle_selector.reload(later)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    doc_window.documents.agreements_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == ["Later has no active pairs; publish the proposed pairs first."]


def test_print_and_open_in_the_system_viewer(qtbot, doc_window, tmp_path, monkeypatch):
    doc_window.documents.agreement_action.trigger()
    preview = wait_for_preview(qtbot, doc_window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(preview.print_to(printer).finished, timeout=20_000):
        pass
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 2
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    preview.print_button.click()  # the coordinator changed their mind: nothing happens
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    preview.open_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [preview.pdf_path]
    path = preview.pdf_path
    preview.accept()
    assert path.exists()  # the viewer may still be reading it; removed when rmdesk quits


def test_settings_dialog_validates_and_persists(qtbot, doc_window, answer_next_dialog, tmp_path):
    errors = []

    def fill(dialog):
        dialog.organisation_edit.setText("  ")
        dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("Letter"))
        dialog.coordinator_edit.setText("Jo Coordinator")
        dialog.clauses_edit.setPlainText("## Our rules\n- Be kind\n")
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # refused, still open with everything typed
        errors.append(dialog.error_label.text())
        qtbot.keyClicks(dialog.organisation_edit, "Acme & Sons")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    doc_window.documents.settings_action.trigger()
    assert errors == ["The organisation's name is printed on every page; enter it."]
    settings = load_settings()
    assert settings.organisation == "Acme & Sons" and settings.paper == "Letter"
    assert settings.coordinator == "Jo Coordinator"
    assert settings.clauses == "## Our rules\n- Be kind\n"
    assert doc_window.statusBar().currentMessage() == "Document settings saved."

    def reset(dialog):
        assert dialog.clauses_edit.toPlainText() == "## Our rules\n- Be kind\n"
        dialog.findChild(QPushButton, "reset_clauses").click()
        assert dialog.clauses_edit.toPlainText() == default_clauses()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    answer_next_dialog(reset)
    doc_window.documents.settings_action.trigger()
    assert load_settings().clauses == ""  # the default again, following its improvements


def test_one_file_per_active_pair_into_a_chosen_folder(qtbot, doc_window, tmp_path,
                                                       monkeypatch):  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    doc_window.documents.agreement_files_action.trigger()
    qtbot.waitUntil(
        lambda: doc_window.statusBar().currentMessage() == f"Wrote 2 agreements to {tmp_path}.",
        timeout=20_000,
    )
    files = sorted(tmp_path.glob("*.pdf"))
    assert [f.name for f in files] == ["agreement-1-zoë-łukasiewicz-ngô-thị-minh-hằng.pdf",
                                       "agreement-3-aiko-ito-robert-okafor.pdf"]  # fmt: skip
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert "Robert Okafor" in pdf_text(files[1]) and "Zoë" not in pdf_text(files[1])
    assert doc_window.documents.preview is None  # files, not a preview


def test_one_agreement_written_reads_in_the_singular(qtbot, doc_window, tmp_path, monkeypatch):
    end_pair_early(doc_window.sample.pairs[2], "Moved abroad")  # one active pair is left
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    doc_window.documents.agreement_files_action.trigger()
    qtbot.waitUntil(
        lambda: doc_window.statusBar().currentMessage() == f"Wrote 1 agreement to {tmp_path}.",
        timeout=20_000,
    )
    assert [f.name for f in tmp_path.glob("*.pdf")] == [
        "agreement-1-zoë-łukasiewicz-ngô-thị-minh-hằng.pdf"
    ]
