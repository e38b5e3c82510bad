"""File > Import responses…: the preview, the choices that check the file again, Import."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QTranslator

from rmdesk.programme.assessments import get_assessment
from rmdesk.programme.language import catalogue
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


def read_as(dialog) -> list[tuple[str, str]]:
    table = dialog.choose_columns
    return [(table.item(row, 0).text(), table.cellWidget(row, 1).currentText())
            for row in range(table.rowCount())]  # fmt: skip


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
    assert read_as(dialog) == [
        ("Timestamp", "time answered"), ("Email Address", "e-mail"),
        ("Digital fluency", "Digital fluency"), ("Overall satisfaction", "satisfaction"),
        ("Comments", "comment"), ("Name", "(ignored)"),
    ]  # fmt: skip
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
            == "Imported 1 person's answers for the midpoint phase."
        ),
        timeout=20_000,
    )
    saved = get_assessment(answers_window.sample.pairs[0], answers_window.sample.ids["ngo"],
                           "midpoint")  # fmt: skip
    assert saved is not None
    assert (saved.scores, saved.satisfaction, saved.comment) == (
        {"Digital fluency": 4}, 5, "Good")  # fmt: skip


def test_a_column_chosen_in_the_preview_is_read_as_chosen(qtbot, answers_window, tmp_path):
    path = tmp_path / "answers.csv"
    path.write_text("Who,How fluent with digital tools?\nhang@example.org,4\n", "utf-8")
    dialog = answers_window.responses.open_preview(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert (
        "No e-mail column: say which column holds the addresses (on the command line: "
        '--map "Header=email").'
    ) in dialog.preview.problems
    assert read_as(dialog) == [("Who", "(ignored)"),
                               ("How fluent with digital tools?", "(ignored)")]  # fmt: skip
    dialog.phase_combo.setCurrentIndex(dialog.phase_combo.findData("midpoint"))
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20_000)
    who = dialog.choose_columns.cellWidget(0, 1)
    who.setCurrentIndex(who.findData("email"))
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.preview.columns[0][1] == "email",
                    timeout=20_000)  # fmt: skip
    fluency = dialog.choose_columns.cellWidget(1, 1)
    fluency.setCurrentIndex(fluency.findData("Digital fluency"))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert dialog.preview.records[0].scores == {"Digital fluency": 4}
    dialog.import_button.click()
    qtbot.waitUntil(lambda: get_assessment(answers_window.sample.pairs[0],
                                           answers_window.sample.ids["ngo"], "midpoint")
                    is not None, timeout=20_000)  # fmt: skip


def test_a_french_forms_answers_are_read_and_imported(qtbot, answers_window, tmp_path):
    """A French online form's export: its headers read as the questions they are."""
    path = tmp_path / "réponses.csv"
    path.write_text(
        "Horodateur;Adresse e-mail professionnelle;Digital fluency;"
        "Votre satisfaction globale à l'égard du programme à ce jour;"
        "Votre commentaire pour la coordination\n"
        "12/03/2025 10:15:00;hang@example.org;4 - À l'aise;5 = tout à fait;Merci !\n",
        encoding="utf-8",
    )
    dialog = answers_window.responses.open_preview(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    dialog.phase_combo.setCurrentIndex(dialog.phase_combo.findData("midpoint"))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert [target for _header, target in read_as(dialog)] == [
        "time answered", "e-mail", "Digital fluency", "satisfaction", "comment"
    ]  # fmt: skip
    dialog.import_button.click()
    pair, hang = answers_window.sample.pairs[0], answers_window.sample.ids["ngo"]
    qtbot.waitUntil(lambda: get_assessment(pair, hang, "midpoint") is not None, timeout=20_000)
    saved = get_assessment(pair, hang, "midpoint")
    assert saved is not None
    assert (saved.scores, saved.satisfaction, saved.comment, saved.date.isoformat()) == (
        {"Digital fluency": 4}, 5, "Merci !", "2025-03-12")  # fmt: skip


GERMAN = {
    "line {line}: {problem}": "Zeile {line}: {problem}",
    "{email} is not in a pair of this cycle (check the address, or leave unknown addresses "
    "out).": "{email} ist in keinem Tandem dieses Durchgangs.",
    "Their {phase} answers are saved already.": "Die Antworten ({phase}) sind schon gespeichert.",
}


class _German(QTranslator):
    """The preview's sentences in German, as a .qm for the locale would give."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return GERMAN.get(source, "") if context == "Domain" else ""

    def isEmpty(self) -> bool:
        return False


def test_the_problems_of_each_line_are_said_in_the_windows_language(
    qtbot, answers_window, tmp_path
):
    translator = _German()
    QCoreApplication.installTranslator(translator)
    try:
        dialog = answers_window.responses.open_preview(file_of_answers(tmp_path))
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
        problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        assert (
            problems[1] == "Zeile 3: stranger@example.org ist in keinem Tandem dieses Durchgangs."
        )
        assert problems[0].startswith("Zeile 2: Die Antworten (")
        dialog.reject()
    finally:
        QCoreApplication.removeTranslator(translator)


class _Shipped(QTranslator):
    """A language's shipped translations (its .ts, as the built .qm holds them)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.words = catalogue(language)

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.words.translate(context, source) if self.words.knows(context, source) else ""

    def isEmpty(self) -> bool:
        return False


def test_a_cells_problem_and_the_phase_are_said_in_german(qtbot, answers_window, tmp_path):
    path = tmp_path / "antworten.csv"
    path.write_text(
        "Zeitstempel,E-Mail,Digital fluency\ngestern,hang@example.org,sechs\n", encoding="utf-8"
    )
    translator = _Shipped("de")
    QCoreApplication.installTranslator(translator)
    try:
        dialog = answers_window.responses.open_preview(path)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
        problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        assert problems == [
            "Zeile 2, „Zeitstempel“: „gestern“ ist kein Datum mit Uhrzeit.",
            "Zeile 2, „Digital fluency“: „sechs“ ist kein Wert von 1 bis 5.",
        ]
        assert dialog.counts.text() == "Antworten von 0 Personen für die Phase „Beginn“"
        dialog.reject()
    finally:
        QCoreApplication.removeTranslator(translator)
    # The command line and the English window keep their words.
    assert [str(p) for p in dialog.preview.problems] == [
        "line 2, “Zeitstempel”: “gestern” is not a date and time.",
        "line 2, “Digital fluency”: “sechs” is not 1 to 5.",
    ]
