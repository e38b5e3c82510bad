"""A half-filled assessment is saved only after a question (default No), and the list
shows it as partial ("2 of 5"), not "Done": the domain says what complete means."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from rmdesk.programme import assessments
from rmdesk.store.models import Assessment
from rmdesk.ui.common import palette
from rmdesk.ui.goals.model import DONE_COLOUR, WAITING_COLOUR
from rmdesk.ui.goals.tab import SUB_ASSESSMENTS, GoalsTab

from .test_assessment_dialog import carla, open_form
from .test_goals_tab import Programme, build_programme


@pytest.fixture
def programme(db) -> Programme:
    return build_programme()


class Questions(list):
    """The questions asked, each with its default button; answered with ``reply``."""

    reply = QMessageBox.StandardButton.No


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Questions:
    asked = Questions()

    def question(parent, title, text, buttons=None, default=None):
        asked.append((text, default))
        return asked.reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _type_two_scores(qtbot, dialog) -> None:
    first = dialog.choosers["Digital fluency"]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    for digit in (Qt.Key.Key_4, Qt.Key.Key_3):  # two of five, then Ctrl+Enter
        qtbot.keyClick(dialog.focusWidget(), digit)


def test_ctrl_enter_on_a_half_filled_form_asks_and_no_saves_nothing(qtbot, programme, answers):
    dialog = open_form(qtbot, programme, pair_id=programme.first, participant_id=carla(),
                       phase="baseline")  # fmt: skip
    _type_two_scores(qtbot, dialog)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert answers == [
        ("3 of 5 not answered. Save what is filled in?", QMessageBox.StandardButton.No)
    ]
    assert Assessment.select().count() == 0
    assert dialog.isVisible()  # still open, on the first unanswered score
    assert dialog.focusWidget() is dialog.choosers["Inclusive leadership"]


def test_saved_half_filled_the_list_shows_it_partial_not_done(qtbot, programme, answers):
    answers.reply = QMessageBox.StandardButton.Yes
    dialog = open_form(qtbot, programme, pair_id=programme.first, participant_id=carla(),
                       phase="baseline")  # fmt: skip
    _type_two_scores(qtbot, dialog)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = assessments.get_assessment(programme.first, carla(), "baseline")
    assert saved is not None and list(saved.scores.values()) == [4, 3]

    tab = GoalsTab()
    qtbot.addWidget(tab)
    tab.set_cycle(programme.cycle)
    tab.sub_tabs.setCurrentIndex(SUB_ASSESSMENTS)
    model = tab.assessments_model
    row = next(
        r for r in range(model.rowCount())
        if (model.index(r, 0).data(), model.index(r, 3).data()) == ("Carla Senior", "Baseline")
    )  # fmt: skip
    cell = model.index(row, model.COL_STATE)
    assert cell.data() == "2 of 5 answered"
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == palette.colour(WAITING_COLOUR)
    assert "3 of 5 not answered" in cell.data(Qt.ItemDataRole.ToolTipRole)
    tab.missing_only.setChecked(True)  # partial: still something missing
    shown = {(model.index(r, 0).data(), model.index(r, 3).data()) for r in range(model.rowCount())}
    assert ("Carla Senior", "Baseline") in shown


def test_a_complete_form_saves_without_a_question_and_shows_done(qtbot, programme, answers):
    dialog = open_form(qtbot, programme, pair_id=programme.first, participant_id=carla(),
                       phase="midpoint")  # fmt: skip
    for chooser in dialog.choosers.values():
        chooser.set_value(3)
    dialog.satisfaction.set_value(4)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert answers == []
    assert Assessment.select().count() == 1
    tab = GoalsTab()
    qtbot.addWidget(tab)
    tab.set_cycle(programme.cycle)
    model = tab.assessments_model
    states = {
        (model.index(r, 0).data(), model.index(r, 3).data()): model.index(r, model.COL_STATE)
        for r in range(model.rowCount())
    }
    done = states[("Carla Senior", "Midpoint")]
    assert done.data() == "Done"
    assert done.data(Qt.ItemDataRole.ForegroundRole).color() == palette.colour(DONE_COLOUR)


def test_complete_means_every_dimension_and_after_the_baseline_the_satisfaction():
    names = ["a", "b", "c"]
    assert assessments.answered("baseline", ["a", "b", "c"], None, names).complete
    midpoint = assessments.answered("midpoint", ["a", "b", "c"], None, names)
    assert (midpoint.answered, midpoint.asked, midpoint.complete) == (3, 4, False)
    assert assessments.answered("final", ["a", "b", "c", "gone"], 5, names) == (4, 4)
