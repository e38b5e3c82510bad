"""File > Import participants as a tester walked it: a field chosen for a column
leaves the column that had it; a file without a role or level column gets one value
for everyone; names lost to Windows-1252 are refused."""

from __future__ import annotations

from rmdesk.store.models import Participant
from rmdesk.ui.data.column_mapping import COL_FIELD
from tests.exchange.test_hr_import_walk import GRADED
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
