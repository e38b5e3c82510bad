"""Documents > Forms…: choose the form, cycle, phase and file; the file is written off the
UI thread and the status bar says where it went."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from rmdesk.ui.main_window import TAB_PAIRS
from tests.documents.sample import build_programme
from tests.ui.conftest import _shown_window


@pytest.fixture
def forms_window(qtbot, db, db_path: Path, tmp_path: Path):
    from rmdesk.ui.common import settings

    settings.save(settings.LAST_FOLDER, str(tmp_path))
    programme = build_programme()
    window = _shown_window(qtbot, db_path)
    window.cycle_selector.reload(programme.cycle)
    window.tabs.setCurrentIndex(TAB_PAIRS)
    return window


def pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split())
            for p in PdfReader(io.BytesIO(path.read_bytes())).pages]  # fmt: skip


def choose(dialog, kind: str, phase: str = "baseline", questions: bool = False) -> None:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    dialog.phase_combo.setCurrentIndex(dialog.phase_combo.findData(phase))
    dialog.format_combo.setCurrentIndex(1 if questions else 0)


def test_menu_offers_forms_and_midpoint_forms_are_written(
    qtbot, forms_window, tmp_path, answer_next_dialog
):
    assert "&Forms…" in [a.text() for a in forms_window.menus[3].actions()]
    seen: dict[str, object] = {}

    def fill(dialog) -> None:
        assert dialog.windowTitle() == "Forms"
        assert dialog.cycle_combo.currentText() == "Cohort 2025"
        choose(dialog, "assessment", "midpoint")
        seen["suggested"] = dialog.path_edit.text()
        choose(dialog, "signup")
        seen["phase off for signup"] = not dialog.phase_combo.isEnabled()
        seen["cycle off for signup"] = not dialog.cycle_combo.isEnabled()
        choose(dialog, "assessment", "midpoint")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_next_dialog(fill)
    forms_window.documents.forms_action.trigger()
    target = tmp_path / "midpoint-self-assessment-cohort-2025.pdf"
    assert seen == {"suggested": str(target), "phase off for signup": True,
                    "cycle off for signup": True}  # fmt: skip
    qtbot.waitUntil(
        lambda: forms_window.statusBar().currentMessage() == f"Wrote 4 forms to {target}.",
        timeout=20_000,
    )
    printed = pages(target)
    assert len(printed) == 4 and all("Midpoint self-assessment" in page for page in printed)
    assert "Name Aiko Ito" in printed[0]


def test_questions_for_an_online_fit_form(qtbot, forms_window, tmp_path, answer_next_dialog):
    def fill(dialog) -> None:
        choose(dialog, "fit", questions=True)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_next_dialog(fill)
    forms_window.documents.forms_action.trigger()
    target = tmp_path / "pairing-fit-cohort-2025-questions.csv"
    qtbot.waitUntil(
        lambda: forms_window.statusBar().currentMessage() == f"Wrote 3 questions to {target}.",
        timeout=20_000,
    )
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    assert [row["Question"] for row in rows][1] == "How is the pairing working for you?"


def test_a_missing_folder_is_refused_in_the_dialog(forms_window, tmp_path, answer_next_dialog):
    shown: dict[str, object] = {}

    def fill(dialog) -> None:
        dialog.path_edit.setText(str(tmp_path / "nowhere" / "forms.pdf"))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        shown["error"] = dialog.error_label.text()
        shown["open"] = dialog.isVisible()
        dialog.reject()

    answer_next_dialog(fill)
    forms_window.documents.forms_action.trigger()
    assert shown == {"error": f"{tmp_path / 'nowhere'} is not a folder.", "open": True}
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == []


def test_a_typed_name_is_kept_when_the_choices_change(
    qtbot, forms_window, tmp_path, answer_next_dialog
):
    kept: dict[str, str] = {}

    def fill(dialog) -> None:
        dialog.path_edit.clear()
        qtbot.keyClicks(dialog.path_edit, str(tmp_path / "our-forms.pdf"))  # typed
        choose(dialog, "fit", questions=True)
        kept["path"] = dialog.path_edit.text()
        dialog.reject()

    answer_next_dialog(fill)
    forms_window.documents.forms_action.trigger()
    assert kept == {"path": str(tmp_path / "our-forms.csv")}


def test_online_questions_follow_the_documents_language(
    qtbot, forms_window, tmp_path, answer_next_dialog
):
    """The CSV of questions is in the documents' language, like the printed form."""
    from rmdesk.documents.settings import load_settings, save_settings

    save_settings(load_settings()._replace(language="fr"))

    def fill(dialog) -> None:
        choose(dialog, "signup", questions=True)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_next_dialog(fill)
    forms_window.documents.forms_action.trigger()
    target = tmp_path / "sign-up-sheet-questions.csv"
    qtbot.waitUntil(lambda: target.exists(), timeout=20_000)
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    work = rows[-1]
    assert work == {"Question": "Mon mode de travail", "Réponse": "choix unique",
                    "Pour": "tout le monde", "Choix": "Sur site; Hybride; À distance"}  # fmt: skip
