"""Assessments entered by keyboard only: Enter opens the selected row, the form opens on
the first score, Ctrl+Enter saves, "Save and next" walks the missing ones; the goal
buttons show only on the goal list, and Undo goal delete shows when it is available."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from rmdesk.programme import assessments, goals
from rmdesk.ui.goals.assessment_dialog import AssessmentDialog
from rmdesk.ui.goals.tab import SUB_ASSESSMENTS, SUB_FIT, SUB_GOALS, GoalsTab

from .test_goals_tab import Programme, build_programme

DIGITS = (Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_2)


@pytest.fixture
def programme(db) -> Programme:
    return build_programme()


@pytest.fixture
def tab(qtbot, programme) -> GoalsTab:
    widget = GoalsTab()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    widget.set_cycle(programme.cycle)
    return widget


def activated(qtbot, dialog) -> None:
    """The dialog as the window manager gives it: active (its shortcuts need that)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def type_scores(qtbot, dialog: AssessmentDialog) -> None:
    """Digits into the focused rows, each moving on, then the satisfaction."""
    for number in range(len(dialog.choosers)):
        qtbot.keyClick(dialog.focusWidget(), DIGITS[number % len(DIGITS)])
    assert dialog.focusWidget() is dialog.satisfaction
    qtbot.keyClick(dialog.satisfaction, Qt.Key.Key_4)


def row_texts(tab: GoalsTab) -> list[tuple[str, str]]:
    model = tab.assessments_model
    return [(model.index(r, 0).data(), model.index(r, 3).data()) for r in range(model.rowCount())]


def test_enter_opens_the_row_on_its_first_score_and_ctrl_enter_saves(
    tab, programme, qtbot, answer_next_dialog
):
    tab.sub_tabs.setCurrentIndex(SUB_ASSESSMENTS)
    table = tab.assessments_table
    table.setFocus()
    table.selectRow(3)  # not the first row: the form must open on the one selected
    due = tab.assessments_page.selected()
    assert due is not None and not due.done
    seen: dict[str, object] = {}

    def fill(dialog) -> None:
        assert isinstance(dialog, AssessmentDialog)
        activated(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
        first = next(iter(dialog.choosers.values()))
        seen["focus_on_first"] = dialog.focusWidget() is first
        seen["shown"] = (dialog.person(), dialog.phase_combo.currentData())
        type_scores(qtbot, dialog)
        dialog.comment_edit.setFocus()
        qtbot.keyClicks(dialog.comment_edit, "From paper")
        # Enter in the comment is a new line; Ctrl+Enter saves from anywhere.
        qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["closed"] = not dialog.isVisible()

    answer_next_dialog(fill)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert seen == {
        "focus_on_first": True,
        "shown": ((due.pair_id, due.participant_id), due.phase),
        "closed": True,
    }
    saved = assessments.get_assessment(due.pair_id, due.participant_id, due.phase)
    assert saved is not None
    assert list(saved.scores.values()) == [(4, 3, 5, 2)[i % 4] for i in range(len(saved.scores))]
    assert (saved.satisfaction, saved.comment) == (4, "From paper")
    # The list says so (the change was announced, the tab read it again).
    assert tab.assessments_model.index(3, 0).data(Qt.ItemDataRole.UserRole + 1).done


def test_save_and_next_walks_the_missing_ones_of_the_list_in_order(
    tab, programme, qtbot, answer_next_dialog
):
    tab.sub_tabs.setCurrentIndex(SUB_ASSESSMENTS)
    tab.missing_only.setChecked(True)
    queue = tab.assessments_page.shown_rows()
    baselines = [row for row in queue if row.phase == "baseline"]
    assert len(baselines) == 4  # two pairs, two people each
    tab.assessments_table.selectRow(queue.index(baselines[0]))
    tab.assessments_table.setFocus()
    visited: list[tuple[tuple[int, int] | None, str]] = []

    def walk(dialog) -> None:
        activated(qtbot, dialog)
        for _ in baselines:
            visited.append((dialog.person(), dialog.phase_combo.currentData()))
            qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
            assert dialog.focusWidget() is next(iter(dialog.choosers.values()))
            type_scores(qtbot, dialog)
            before = dialog.saved_count
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(lambda n=before: dialog.saved_count == n + 1)  # a mnemonic clicks late
        # Every baseline is in: on to the next missing phase of the list.
        visited.append((dialog.person(), dialog.phase_combo.currentData()))
        assert "Saved:" in dialog.state_label.text()
        dialog.reject()

    said: list[str] = []
    tab.status_message.connect(said.append)
    answer_next_dialog(walk)
    qtbot.keyClick(tab.assessments_table, Qt.Key.Key_Enter)
    assert said == ["4 assessments saved."]  # though the last form was closed unsaved
    # The same phase first (a pile of baseline forms), in the order of the list.
    assert visited[:4] == [((r.pair_id, r.participant_id), "baseline") for r in baselines]
    # Then the next row of the list still missing, after the last one saved.
    last = queue.index(baselines[-1])
    following = next(row for row in queue[last + 1 :] + queue[:last] if row.phase != "baseline")
    assert visited[4] == ((following.pair_id, following.participant_id), following.phase)
    for row in baselines:
        assert assessments.get_assessment(row.pair_id, row.participant_id, "baseline")
    assert not assessments.get_assessment(
        following.pair_id, following.participant_id, following.phase
    )
    # "Only missing" now hides the four, and the status bar counted them.
    assert all(row.phase != "baseline" for row in tab.assessments_page.shown_rows())


def test_save_and_next_on_the_last_missing_one_closes(qtbot, programme):
    owed = assessments.assessment_status(programme.cycle)
    last = [row for row in owed if not row.done][-1]
    dialog = AssessmentDialog(
        None, owed, {}, pair_id=last.pair_id, participant_id=last.participant_id,
        phase=last.phase, queue=[last],
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    type_scores(qtbot, dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.saved_count == 1 and dialog.saved_text() == "Assessment saved."
    assert assessments.get_assessment(last.pair_id, last.participant_id, last.phase)


def test_goal_buttons_only_on_the_goal_list_and_undo_shows_when_available(
    tab, programme, qtbot, confirm
):
    buttons = tab.buttons
    # No undo button of its own: the window's Edit > Undo takes the tab's undo action.
    assert set(buttons) == {"add_goal", "progress", "achieved", "templates"}
    assert all(button.isVisible() for button in buttons.values())
    undo = tab.undo_action
    assert not undo.isEnabled()
    assert tab.select_goal(programme.late_goal)
    tab.tree.setFocus()
    assert tab.edit_action.isEnabled()
    tab.delete_goal()
    assert undo.isEnabled() and undo.text() == "&Undo goal delete “Try three AI assistants”"
    for index in (SUB_ASSESSMENTS, SUB_FIT):
        tab.sub_tabs.setCurrentIndex(index)
        assert not any(button.isVisible() for button in buttons.values())
        # Nothing acts on a goal selection that is not on screen.
        assert not tab.edit_action.isEnabled() and not tab.delete_action.isEnabled()
        assert tab.assessment_action.isEnabled()
        assert not undo.isEnabled()  # no goal goes back into the assessments list
    tab.sub_tabs.setCurrentIndex(SUB_GOALS)
    assert all(button.isVisible() for button in buttons.values())
    assert undo.isEnabled()
    undo.trigger()
    assert "Try three AI assistants" in [row.title for row in goals.list_goals(programme.cycle)]
    assert tab.selected_goal().title == "Try three AI assistants"
    assert not undo.isEnabled()


def test_after_saving_the_selection_moves_on_so_enter_opens_the_next(
    tab, programme, qtbot, answer_next_dialog
):
    tab.sub_tabs.setCurrentIndex(SUB_ASSESSMENTS)
    tab.missing_only.setChecked(True)
    table = tab.assessments_table
    before = tab.assessments_page.shown_rows()
    table.setFocus()
    table.selectRow(1)
    opened: list[tuple[tuple[int, int] | None, str]] = []

    def save(dialog) -> None:
        activated(qtbot, dialog)
        opened.append((dialog.person(), dialog.phase_combo.currentData()))
        type_scores(qtbot, dialog)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    for _ in range(2):
        answer_next_dialog(save)
        tab.activateWindow()  # as the window manager does when the form closes
        qtbot.waitUntil(tab.isActiveWindow)
        qtbot.keyClick(table, Qt.Key.Key_Return)
    # The one saved left the "Only missing" list; the row that took its place was next.
    assert opened == [
        ((row.pair_id, row.participant_id), row.phase) for row in (before[1], before[2])
    ]
    assert tab.assessments_page.selected() == before[3]
