"""File > Import participants as a tester walked it: a field chosen for a column
leaves the column that had it; a file without a role or level column gets one value
for everyone; names lost to Windows-1252 are refused."""

from __future__ import annotations

from rmdesk.store.models import Participant
from rmdesk.ui.data.column_mapping import COL_FIELD
from tests.exchange.test_hr_import_walk import GRADED, LOST, NO_ROLE_NOR_LEVEL
from tests.ui.test_import_mapping import choose, open_preview, shown


def test_choosing_a_field_takes_it_off_the_column_that_had_it(qtbot, window, tmp_path):
    path = tmp_path / "graded.csv"
    path.write_bytes(GRADED.encode("cp1252"))
    dialog = open_preview(qtbot, window, path)
    grade, level = 7, 9
    assert [shown(dialog, row, COL_FIELD) for row in (grade, level)] == ["(ignored)", "Level"]
    choose(qtbot, dialog, grade, "Level")
    assert [shown(dialog, row, COL_FIELD) for row in (grade, level)] == ["Level", "(ignored)"]
    assert dialog.mapping.mapping()["Level"] == ""
    # One column fills level: G9 and G12 are read as levels 9 and 12, which the domain refuses.
    assert not any("both fill" in dialog.problem_at(n)[2] for n in range(dialog.model.rowCount()))
    assert dialog.problem_at(0)[1:] == ["Grade", "Level must be between 1 and 6."]
    choose(qtbot, dialog, level, "Level")
    assert [shown(dialog, row, COL_FIELD) for row in (grade, level)] == ["(ignored)", "Level"]
    assert dialog.preview.problems == [] and dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.exchange.participants_imported, timeout=10_000):
        dialog.import_button.click()
    assert dict(Participant.select(Participant.full_name, Participant.level).tuples()) == {
        "Ada Berg": 5,
        "Bo Lind": 2,
    }


def pick(qtbot, dialog, combo, text: str) -> None:
    """Choose ``text`` in one of the "everyone" combos as a person would; wait for the check."""
    before = dialog.preview
    combo.setCurrentIndex(combo.findText(text))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.preview is not before and dialog.worker is None)


def test_a_file_without_role_or_level_gets_one_for_everyone(qtbot, window, tmp_path):
    path = tmp_path / "hr.csv"
    path.write_bytes(NO_ROLE_NOR_LEVEL.encode("cp1252"))
    dialog = open_preview(qtbot, window, path)
    everyone = dialog.everyone
    assert everyone.isVisible() and everyone.role.isVisible() and everyone.level.isVisible()
    assert not dialog.import_button.isEnabled()
    assert [everyone.role.itemText(n) for n in range(3)] == [
        "— choose —", "Mentor (junior)", "Mentee (senior)",
    ]  # fmt: skip
    pick(qtbot, dialog, everyone.role, "Mentee (senior)")
    # The field as the mapping step names it ("Level"), not the command line's key.
    assert [dialog.problem_at(0)[2]] == ["no column gives the Level: assign one to Level."]
    pick(qtbot, dialog, everyone.level, "4 · Manager")
    assert dialog.preview.problems == [] and dialog.import_button.isEnabled()
    assert dialog.counts.text() == "2 new · 0 updated · 0 unchanged"

    choose(qtbot, dialog, 0, "Level")  # a column gives the level now: not offered
    assert everyone.role.isVisible() and not everyone.level.isVisible()
    choose(qtbot, dialog, 0, "Employee ID")
    assert everyone.level.isVisible() and everyone.level.currentText() == "4 · Manager"
    with qtbot.waitSignal(window.exchange.participants_imported, timeout=10_000):
        dialog.import_button.click()
    p = Participant
    assert sorted(p.select(p.full_name, p.role, p.level).tuples()) == [
        ("Ada Berg", "mentee", 4),
        ("Bo Lind", "mentee", 4),
    ]
    assert sorted(row.full_name for row in window.participants_tab.model.rows()) == [
        "Ada Berg", "Bo Lind",
    ]  # fmt: skip


def test_a_file_with_role_and_level_columns_offers_no_value_for_everyone(qtbot, window, tmp_path):
    path = tmp_path / "graded.csv"
    path.write_bytes(GRADED.encode())
    dialog = open_preview(qtbot, window, path)
    assert dialog.columns.isVisible() and not dialog.everyone.isVisible()
    dialog.reject()


def test_names_a_save_lost_are_listed_as_problems(qtbot, window, tmp_path):
    path = tmp_path / "lost.csv"
    path.write_bytes(LOST.encode("cp1252"))
    dialog = open_preview(qtbot, window, path)
    assert not dialog.summary.text().startswith("No problems found")
    assert dialog.summary.text().startswith("3 problems in the file")
    assert dialog.problem_at(0) == [
        "2", "Given name",
        "“??”: the file lost characters when it was saved; save it as “CSV UTF-8” and "
        "import it again",
    ]  # fmt: skip
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert Participant.select().count() == 0
