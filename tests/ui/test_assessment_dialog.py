"""The quick assessment form (typed from paper), the list of assessments due, and the
dimensions editor."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from rmdesk.programme import assessments
from rmdesk.programme.assessments import AssessmentData
from rmdesk.store.models import Assessment, AssessmentScore, Participant
from rmdesk.ui.common import palette
from rmdesk.ui.goals.assessment_dialog import AssessmentDialog, DimensionsDialog
from rmdesk.ui.goals.model import OVERDUE_COLOUR, AssessmentsModel
from rmdesk.ui.goals.tab import SUB_ASSESSMENTS, GoalsTab

from .test_goals_tab import TODAY, Programme, build_programme

MENTEE_DIMENSIONS = [
    "Digital fluency",
    "Understanding of younger colleagues",
    "Inclusive leadership",
    "Openness to challenge",
    "My junior colleague's views changed something I do",  # candour, seeded (issue 15)
]


@pytest.fixture
def programme(db) -> Programme:
    return build_programme()


def carla() -> int:
    return int(Participant.get(Participant.full_name == "Carla Senior").id)


def open_form(qtbot, programme: Programme, **kwargs) -> AssessmentDialog:
    owed = assessments.assessment_status(programme.cycle)
    labels = {programme.first: "Ana Mentor – Carla Senior", programme.second: "Ben – Dora"}
    dialog = AssessmentDialog(None, owed, labels, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_digits_fill_the_form_and_reopening_shows_the_saved_values(qtbot, programme):
    dialog = open_form(qtbot, programme, pair_id=programme.first, participant_id=carla())
    assert dialog.person_combo.currentText().startswith("Carla Senior (mentee)")
    assert dialog.phase_combo.currentData() == "baseline"  # the first one still owed
    assert list(dialog.choosers) == MENTEE_DIMENSIONS  # the mentee's dimensions
    assert "Not entered yet" in dialog.state_label.text()
    first = dialog.choosers["Digital fluency"]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    for digit in (Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_4):
        qtbot.keyClick(dialog.focusWidget(), digit)  # each digit moves to the next row
    assert dialog.focusWidget() is dialog.satisfaction
    qtbot.keyClick(dialog.satisfaction, Qt.Key.Key_4)
    qtbot.keyClicks(dialog.comment_edit, "More confident with the tools")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = assessments.get_assessment(programme.first, carla(), "baseline")
    assert saved is not None
    assert saved.scores == dict(zip(MENTEE_DIMENSIONS, (2, 4, 3, 5, 4), strict=True))
    assert (saved.satisfaction, saved.comment, saved.date) == (
        4, "More confident with the tools", TODAY,
    )  # fmt: skip

    again = open_form(qtbot, programme, pair_id=programme.first, participant_id=carla(),
                      phase="baseline")  # fmt: skip
    assert "Saved on" in again.state_label.text()
    assert {name: c.value() for name, c in again.choosers.items()} == saved.scores
    assert again.satisfaction.value() == 4
    assert again.comment_edit.toPlainText() == "More confident with the tools"
    chooser = again.choosers["Inclusive leadership"]
    chooser.setFocus()
    qtbot.keyClick(chooser, Qt.Key.Key_0)  # clears a score
    assert chooser.value() is None
    qtbot.keyClick(again.choosers["Digital fluency"], Qt.Key.Key_Right)
    assert again.choosers["Digital fluency"].value() == 3
    again.phase_combo.setCurrentIndex(again.phase_combo.findData("midpoint"))
    assert "Not entered yet" in again.state_label.text()  # another phase, nothing saved
    assert all(c.value() is None for c in again.choosers.values())


def test_mouse_and_arrow_keys_and_a_partial_form(qtbot, programme, confirm):
    dialog = open_form(qtbot, programme, pair_id=programme.first, participant_id=carla(),
                       phase="midpoint")  # fmt: skip
    chooser = dialog.choosers["Openness to challenge"]
    qtbot.mouseClick(chooser.group.button(5), Qt.MouseButton.LeftButton)
    assert chooser.value() == 5
    qtbot.keyClick(chooser, Qt.Key.Key_Left)
    assert chooser.value() == 4
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Five dimensions and the satisfaction left: asked first, answered Yes.
    assert confirm == ["5 of 6 not answered. Save what is filled in?"]
    saved = assessments.get_assessment(programme.first, carla(), "midpoint")
    assert saved is not None
    assert (saved.scores, saved.satisfaction) == ({"Openness to challenge": 4}, None)


def test_assessments_list_shows_due_overdue_and_done(
    qtbot, programme, answer_next_dialog, qtmodeltester
):
    tab = GoalsTab()
    qtbot.addWidget(tab)
    tab.set_cycle(programme.cycle)
    tab.sub_tabs.setCurrentIndex(SUB_ASSESSMENTS)
    model: AssessmentsModel = tab.assessments_model
    qtmodeltester.check(model)
    assert model.rowCount() == 2 * 2 * 3  # two pairs, two people, three phases
    states = {
        (model.index(r, 0).data(), model.index(r, 3).data()): model.index(r, 5).data()
        for r in range(model.rowCount())
    }
    assert states[("Carla Senior", "Baseline")] == "Overdue: missing"  # the pair began long ago
    assert states[("Carla Senior", "Final")] == "Later"
    assert tab.sub_tabs.tabText(SUB_ASSESSMENTS) == "Assessments (4 overdue)"
    overdue_row = next(
        r for r in range(model.rowCount()) if model.index(r, 5).data().startswith("Overdue")
    )
    cell = model.index(overdue_row, 5)
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == palette.colour(OVERDUE_COLOUR)
    assert "not entered yet" in cell.data(Qt.ItemDataRole.ToolTipRole)

    carla_row = next(
        r for r in range(model.rowCount())
        if (model.index(r, 0).data(), model.index(r, 3).data()) == ("Carla Senior", "Baseline")
    )  # fmt: skip

    def fill(dialog):
        assert dialog.person() == (programme.first, carla())
        assert dialog.phase_combo.currentData() == "baseline"
        for chooser in dialog.choosers.values():
            chooser.set_value(3)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    tab.assessments_table.selectRow(carla_row)
    qtbot.mouseClick(
        tab.findChild(QPushButton, "enter_assessment_button"), Qt.MouseButton.LeftButton
    )
    assert Assessment.select().where(Assessment.participant == carla()).count() == 1
    assert tab.sub_tabs.tabText(SUB_ASSESSMENTS) == "Assessments (3 overdue)"
    tab.missing_only.setChecked(True)
    assert model.rowCount() == 11
    names = {(model.index(r, 0).data(), model.index(r, 3).data()) for r in range(model.rowCount())}
    assert ("Carla Senior", "Baseline") not in names
    assert "1 of 12 assessments entered" in tab.assessments_label.text()


def test_dimensions_editor_changes_the_form_and_keeps_old_scores(qtbot, programme):
    assessments.save_assessment(
        AssessmentData(programme.first, carla(), "baseline", TODAY, {"Digital fluency": 2})
    )
    dialog = DimensionsDialog(None)
    qtbot.addWidget(dialog)
    mentees = dialog.lists["mentee"]
    assert dialog.names("mentee") == MENTEE_DIMENSIONS
    mentees.item(0).setText("Digital confidence")  # renamed
    mentees.setCurrentRow(3)
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "dimensions_mentee_up"), Qt.MouseButton.LeftButton
    )
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "dimensions_mentee_add"), Qt.MouseButton.LeftButton
    )
    mentees.item(mentees.count() - 1).setText("Reverse mentoring champion")
    dialog.accept()
    expected = [
        "Digital confidence",
        "Understanding of younger colleagues",
        "Openness to challenge",
        "Inclusive leadership",
        "My junior colleague's views changed something I do",
        "Reverse mentoring champion",
    ]
    assert [row.name for row in assessments.dimensions("mentee")] == expected
    assert AssessmentScore.get().dimension == "Digital fluency"  # what was said stays

    form = open_form(qtbot, programme, pair_id=programme.first, participant_id=carla(),
                     phase="baseline")  # fmt: skip
    assert list(form.choosers) == [*expected, "Digital fluency"]  # old name still shown
    assert form.choosers["Digital fluency"].value() == 2


def test_dimensions_editor_refuses_duplicates_and_keeps_both_lists(qtbot, db):
    dialog = DimensionsDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.lists["mentee"].item(0).setText("Changed")
    dialog.lists["mentor"].item(1).setText(dialog.lists["mentor"].item(0).text())
    dialog.accept()
    assert dialog.isVisible()
    assert "Mentors:" in dialog.error_label.text() and "twice" in dialog.error_label.text()
    assert [row.name for row in assessments.dimensions("mentee")] == MENTEE_DIMENSIONS


def test_dimensions_buttons_say_which_list_they_change(qtbot, db):
    """Both lists have Add, Remove, Up and Down: each button's description and tooltip
    name its own list, so a screen reader tells the two Add buttons apart."""
    dialog = DimensionsDialog(None)
    qtbot.addWidget(dialog)
    said = {}
    for role, title in (
        ("mentee", "Mentees (senior) rate themselves on"),
        ("mentor", "Mentors (junior) rate themselves on"),
    ):
        assert dialog.lists[role].accessibleName() == title
        for name in ("add", "remove", "up", "down"):
            button = dialog.findChild(QPushButton, f"dimensions_{role}_{name}")
            assert title in button.accessibleDescription()
            assert button.toolTip() == button.accessibleDescription()
            said[role, name] = button.accessibleDescription()
    assert said["mentee", "add"] == "Add a name to the list “Mentees (senior) rate themselves on”"
    assert len(set(said.values())) == 8  # no two buttons described alike
