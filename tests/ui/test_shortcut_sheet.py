"""Help > Keyboard shortcuts lists the assessment form's keys and the date fields'
behaviour, as the widgets really have them."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QMessageBox

from rmdesk.programme import assessments
from rmdesk.ui.goals.assessment_dialog import AssessmentDialog

from .test_goals_tab import build_programme


def sheet_sections(window, monkeypatch) -> dict[str, list[tuple[str, str]]]:
    """The sheet as the coordinator reads it: heading -> (key, what it does) rows."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window.show_shortcuts()
    document = QTextDocument()
    document.setHtml(shown[0])
    table = next(f for f in document.rootFrame().childFrames() if f.columns() == 2)
    sections: dict[str, list[tuple[str, str]]] = {}
    heading = ""
    for row in range(table.rows()):
        key = table.cellAt(row, 0).firstCursorPosition().block().text()
        what = table.cellAt(row, 1).firstCursorPosition().block().text()
        if table.cellAt(row, 0).columnSpan() == 2:
            heading = key
            sections[heading] = []
        else:
            sections[heading].append((key, what))
    return sections


def test_the_sheet_lists_the_assessment_form_keys_it_really_has(window, qtbot, monkeypatch):
    programme = build_programme()
    owed = assessments.assessment_status(programme.cycle)
    dialog = AssessmentDialog(None, owed, {})
    qtbot.addWidget(dialog)
    real = {
        shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
        for shortcut in dialog.findChildren(QShortcut)
    }
    mnemonic = dialog.next_button.text().split("&")[1][0].upper()

    form = dict(sheet_sections(window, monkeypatch)["Assessment form"])
    assert "Ctrl+Enter" in real and form["Ctrl+Enter"] == "save"
    assert form[f"Alt+{mnemonic}"] == "save and open the next one missing"
    assert {"1–5", "0"} <= set(form)


def test_the_sheet_says_how_date_fields_behave(window, monkeypatch):
    dates = dict(sheet_sections(window, monkeypatch)["Date fields"])
    assert "type a whole date in one go" in dates["2026-12-24"]
    assert dates["Tab"] == "the next field"
    assert "nearest" in dates["Enter, or leaving the field"]
    assert "↑ ↓" in dates
