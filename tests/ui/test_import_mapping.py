"""File > Import participants with an HR export: the mapping step, checked again on a
change, imported, and remembered for the next file with the same headers."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QComboBox

from rmdesk.store.models import Participant
from rmdesk.ui.data.column_mapping import COL_FIELD, COL_HEADER, FIRST_SAMPLE
from rmdesk.ui.main_window import MainWindow

HR = (
    "First Name;Surname;Work E-mail;Employee #;Reports to;Office;Grade;Programme role;Hobby\r\n"
    "José;Müller;jose@example.org;E1;;Zürich;Band 5;Senior;sailing\r\n"
    "Zoë;O’Brien;zoe@example.org;E2;José Müller;Málaga;2;Junior;chess\r\n"
)


def shown(dialog, row: int, column: int) -> str:
    return str(dialog.mapping.index(row, column).data(Qt.ItemDataRole.DisplayRole))


def open_preview(qtbot, window: MainWindow, path: Path):
    dialog = window.exchange.open_import(path)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.worker is None)
    return dialog


def choose(qtbot, dialog, row: int, word: str) -> None:
    """Open the field's combo as a click would, pick ``word``, wait for the check."""
    index = dialog.mapping.index(row, COL_FIELD)
    dialog.columns.setCurrentIndex(index)  # CurrentChanged opens the editor
    combo = dialog.columns.indexWidget(index) or dialog.columns.findChild(QComboBox)
    assert isinstance(combo, QComboBox)
    before = dialog.preview
    combo.setCurrentIndex(combo.findText(word))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.preview is not before and dialog.worker is None)


def test_an_hr_file_is_mapped_checked_imported_and_remembered(qtbot, window, tmp_path):
    path = tmp_path / "hr.csv"
    path.write_bytes(HR.encode("cp1252"))
    dialog = open_preview(qtbot, window, path)
    assert dialog.columns.isVisible()
    assert dialog.columns_label.text().startswith(
        "Columns in the file (Windows-1252 text, separated by “;”): choose"
    )
    assert [shown(dialog, row, COL_HEADER) for row in range(3)] == [
        "First Name", "Surname", "Work E-mail",
    ]  # fmt: skip
    assert [shown(dialog, row, COL_FIELD) for row in range(9)] == [
        "First name", "Last name", "Email", "Employee ID", "Manager (email, employee ID or name)",
        "Location", "Level", "Role", "(ignored)",
    ]  # fmt: skip
    assert [shown(dialog, 0, FIRST_SAMPLE + n) for n in range(2)] == ["José", "Zoë"]
    assert dialog.counts.text() == "2 new · 0 updated · 0 unchanged"
    assert dialog.import_button.isEnabled()

    choose(qtbot, dialog, 8, "Notes")  # Hobby -> notes
    assert shown(dialog, 8, COL_FIELD) == "Notes"
    choose(qtbot, dialog, 6, "(ignored)")  # without a level the file cannot be imported
    assert not dialog.import_button.isEnabled()
    # The window names the field as its mapping column does; the command line keeps
    # the word its --map takes.
    assert dialog.problem_at(0)[2] == "no column gives the Level: assign one to Level."
    assert any("assign one to level." in str(p) for p in dialog.preview.problems)
    assert dialog.summary.text().startswith("The columns cannot be imported as they are")
    choose(qtbot, dialog, 6, "Level")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.exchange.participants_imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    stored = {
        p.full_name: (p.notes, p.employee_id, p.level, p.role, p.work_mode)
        for p in Participant.select()
    }
    assert stored == {
        "José Müller": ("sailing", "E1", 5, "mentee", "hybrid"),
        "Zoë O’Brien": ("chess", "E2", 2, "mentor", "hybrid"),
    }
    zoe = Participant.get(Participant.employee_id == "E2")
    assert zoe.manager.full_name == "José Müller"
    assert sorted(row.full_name for row in window.participants_tab.model.rows()) == sorted(stored)

    # Next month's export: an .xlsx with the same headers in another order and case.
    book = openpyxl.Workbook()
    sheet = book.active
    header = HR.split("\r\n")[0].split(";")
    sheet.append([name.upper() for name in reversed(header)])
    sheet.append(list(reversed(HR.split("\r\n")[1].split(";"))))
    out = io.BytesIO()
    book.save(out)
    again = tmp_path / "hr-next.xlsx"
    again.write_bytes(out.getvalue())
    dialog = open_preview(qtbot, window, again)
    assert shown(dialog, 0, COL_HEADER) == "HOBBY" and shown(dialog, 0, COL_FIELD) == "Notes"
    assert dialog.counts.text() == "0 new · 0 updated · 1 unchanged"
    dialog.reject()


def test_a_worksheets_problems_are_listed_by_row_and_its_own_column_names(qtbot, window, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Staff ID", "Given name", "Family name", "E-mail address", "Band", "Role"])
    sheet.append(["S1", "Hana", "Sato", "hana@example.org", "Band 6", "senior"])
    sheet.append(["S1", "Mei", "Chen", "mei@example", "Band Z", "junior"])
    path = tmp_path / "staff.xlsx"
    book.save(path)
    dialog = open_preview(qtbot, window, path)
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Row"
    assert dialog.summary.text().startswith("3 problems in the worksheet, listed below with")
    assert [dialog.problem_at(row) for row in range(3)] == [
        ["3", "Band", "“Band Z” is not a level (1-6 or its name)."],
        ["3", "E-mail address", "“mei@example” is not a valid email address."],
        ["3", "Staff ID", "S1 is also on row 2"],
    ]
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert Participant.select().count() == 0


def test_a_field_chosen_while_a_check_runs_is_checked_after_it(qtbot, window, tmp_path):
    path = tmp_path / "hr.csv"
    path.write_bytes(HR.encode("cp1252"))
    dialog = open_preview(qtbot, window, path)
    hobby = dialog.mapping.index(8, COL_FIELD)
    grade = dialog.mapping.index(6, COL_FIELD)
    dialog.mapping.setData(grade, "")  # starts a check (level missing)
    assert dialog.worker is not None
    dialog.mapping.setData(grade, "level")  # chosen before that check is done
    dialog.mapping.setData(hobby, "notes")
    qtbot.waitUntil(lambda: dialog.worker is None and not dialog.recheck, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10_000)
    assert dialog.preview.problems == [] and dialog.import_button.isEnabled()
    assert "notes" in dialog.preview.columns
    dialog.reject()


GERMAN = {
    "{value} is also on row {first}": "{value} steht schon in Zeile {first}",
    "“{text}” is not a level (1-6 or its name).": "„{text}“ ist keine Stufe (1-6).",
}


class _German(QTranslator):
    """Two of the import's sentences in German, as a .qm for the locale would give."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return GERMAN.get(source, "") if context == "Domain" else ""

    def isEmpty(self) -> bool:
        return False


def test_the_import_problems_are_shown_in_the_windows_language(qtbot, window, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Staff ID", "Name", "Band", "Role"])
    book.active.append(["S1", "Hana Sato", "Band 6", "senior"])
    book.active.append(["S1", "Mei Chen", "Band Z", "junior"])
    path = tmp_path / "staff.xlsx"
    book.save(path)
    translator = _German()
    QCoreApplication.installTranslator(translator)
    try:
        dialog = open_preview(qtbot, window, path)
        assert [dialog.problem_at(row)[2] for row in range(2)] == [
            "„Band Z“ ist keine Stufe (1-6).",
            "S1 steht schon in Zeile 2",
        ]
        assert [str(p) for p in dialog.preview.problems] == [  # the command line's English
            "row 3, column Band: “Band Z” is not a level (1-6 or its name).",
            "row 3, column Staff ID: S1 is also on row 2",
        ]
        dialog.reject()
    finally:
        QCoreApplication.removeTranslator(translator)
