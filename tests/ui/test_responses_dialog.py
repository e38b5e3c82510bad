"""File > Import responses…: the preview, the choices that check the file again, Import."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmdesk.programme.assessments import get_assessment
from tests.documents.sample import build_programme
from tests.ui.conftest import _shown_window


@pytest.fixture
def answers_window(qtbot, db, db_path: Path):
    programme = build_programme()
    window = _shown_window(qtbot, db_path)
    window.cycle_selector.reload(programme.cycle)
    window.sample = programme
    return window


def file_of_answers(tmp_path: Path) -> Path:
    path = tmp_path / "answers.csv"
    path.write_text(
        "Timestamp,Email Address,Digital fluency,Overall satisfaction,Comments,Name\n"
        "2025-05-01 10:00,hang@example.org,4 - Confident,5,Good,Hằng\n"
        "2025-05-01 11:00,stranger@example.org,3,3,,Someone\n",
        encoding="utf-8",
    )
    return path


def test_menu_has_import_responses_after_import_participants(answers_window):
    texts = [action.text() for action in answers_window.menus[0].actions()]
    at = texts.index("&Import participants…")
    assert texts[at + 1] == "Import res&ponses…"


def test_preview_refuses_unknown_then_skips_them_and_imports(qtbot, answers_window, tmp_path):
    dialog = answers_window.responses.open_preview(file_of_answers(tmp_path))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.cycle_combo.currentText() == "Cohort 2025"
    assert dialog.counts.text() == "1 person's answers for the baseline phase"
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == [
        "line 2: Their baseline answers are saved already.",
        "line 3: stranger@example.org is not in a pair of this cycle (check the address, or "
        "leave unknown addresses out).",
    ]
    assert dialog.columns.text() == (
        "Read: Timestamp; Email Address → e-mail; Digital fluency; Overall "
        "satisfaction → satisfaction; Comments → comment. Ignored: Name."
    )
    assert not dialog.import_button.isEnabled()

    dialog.phase_combo.setCurrentIndex(dialog.phase_combo.findData("midpoint"))
    qtbot.waitUntil(lambda: dialog.preview.phase == "midpoint" and dialog.worker is None,
                    timeout=20_000)  # fmt: skip
    dialog.skip_unknown.setChecked(True)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert "1 answer from an unknown address is left out." in dialog.summary.text()
    assert dialog.counts.text() == "1 person's answers for the midpoint phase"

    dialog.import_button.click()
    qtbot.waitUntil(
        lambda: (
            answers_window.statusBar().currentMessage()
            == "Imported the midpoint answers of 1 person."
        ),
        timeout=20_000,
    )
    saved = get_assessment(answers_window.sample.pairs[0], answers_window.sample.ids["ngo"],
                           "midpoint")  # fmt: skip
    assert saved is not None
    assert (saved.scores, saved.satisfaction, saved.comment) == (
        {"Digital fluency": 4}, 5, "Good")  # fmt: skip
