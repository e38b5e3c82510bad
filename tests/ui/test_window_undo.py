"""Edit > Undo is one action for the window: it names what the visible tab would undo,
is enabled exactly when that tab can, and Ctrl+Z / Ctrl+N in the Goals tab's other
lists never act on goals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from rmdesk.programme import goals
from rmdesk.store.models import Assessment, Goal, Participant
from rmdesk.ui.common.operations import Changes, announce
from rmdesk.ui.goals.tab import SUB_ASSESSMENTS, SUB_FIT, SUB_GOALS
from rmdesk.ui.main_window import TAB_GOALS, TAB_PAIRS, TAB_PARTICIPANTS
from tests.builders import person

from .test_goals_tab import build_programme


def undo_buttons(window) -> list[str]:
    """The text of every undo button anywhere in the window (toolbar or tab)."""
    return [
        button.text()
        for button in window.findChildren(QToolButton)
        + window.findChildren(type(window.goals_tab.buttons["add_goal"]))
        if "undo" in button.text().lower() and button.isVisible()
    ]


def test_one_undo_names_what_the_visible_tab_would_undo(window, qtbot, confirm):
    programme = build_programme()
    newcomer = person("Eve Newcomer", "mentor")
    window.participants_tab.reload()
    window.cycle_selector.reload(programme.cycle)
    undo = window.undo.action
    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    assert (undo.text(), undo.isEnabled()) == ("&Undo", False)

    tab = window.participants_tab
    tab.filter_edit.setText("Eve")
    tab.table.selectRow(0)
    tab.remove_action.trigger()
    assert not Participant.select().where(Participant.id == newcomer).exists()
    assert (undo.text(), undo.isEnabled()) == ("&Undo delete Eve Newcomer", True)
    assert undo_buttons(window) == ["Undo delete Eve Newcomer"]  # the toolbar's one

    # The Goals tab has nothing to undo: Undo says so, greyed, whatever Participants has.
    window.tabs.setCurrentIndex(TAB_GOALS)
    goals_tab = window.goals_tab
    assert (undo.text(), undo.isEnabled()) == ("&Undo", False)
    assert goals_tab.select_goal(programme.late_goal)
    goals_tab.tree.setFocus()
    goals_tab.delete_action.trigger()
    assert not Goal.select().where(Goal.id == programme.late_goal).exists()
    goal_undo = "&Undo goal delete “Try three AI assistants”"
    assert (undo.text(), undo.isEnabled()) == (goal_undo, True)
    # The toolbar's one undo button, kept short; the whole name in its tooltip.
    assert undo_buttons(window) == ["Undo goal delete “Try three AI…"]
    assert undo.toolTip() == "Undo goal delete “Try three AI assistants”"

    # Another sub-tab's list: Undo puts no goal back there, and Ctrl+Z does nothing.
    goals_tab.sub_tabs.setCurrentIndex(SUB_ASSESSMENTS)
    assert not undo.isEnabled()
    goals_tab.assessments_table.setFocus()
    qtbot.keyClick(goals_tab.assessments_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not Goal.select().where(Goal.id == programme.late_goal).exists()

    goals_tab.sub_tabs.setCurrentIndex(SUB_GOALS)
    assert (undo.text(), undo.isEnabled()) == (goal_undo, True)
    window.tabs.setCurrentIndex(TAB_PAIRS)  # nothing to undo in Pairs
    assert not undo.isEnabled()
    window.tabs.setCurrentIndex(TAB_GOALS)
    goals_tab.tree.setFocus()
    qtbot.waitUntil(goals_tab.tree.hasFocus)
    qtbot.keyClick(goals_tab.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Try three AI assistants" in [g.title for g in goals.list_goals(programme.cycle)]
    assert not undo.isEnabled()

    # Back in Participants, the delete is still there to undo, named.
    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    assert (undo.text(), undo.isEnabled()) == ("&Undo delete Eve Newcomer", True)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Participant.select().where(Participant.full_name == "Eve Newcomer").exists()
    assert not undo.isEnabled()


def test_everything_changed_forgets_every_undo(window, confirm):
    programme = build_programme()
    window.cycle_selector.reload(programme.cycle)
    window.tabs.setCurrentIndex(TAB_GOALS)
    goals_tab = window.goals_tab
    assert goals_tab.select_goal(programme.late_goal)
    goals_tab.delete_action.trigger()
    assert window.undo.action.isEnabled()
    announce(Changes.EVERYTHING, window)
    assert not window.undo.action.isEnabled()
    window.undo.action.trigger()
    assert not Goal.select().where(Goal.id == programme.late_goal).exists()


def test_ctrl_n_in_the_assessments_and_fit_lists_means_their_own_new(
    window, qtbot, answer_next_dialog
):
    programme = build_programme()
    window.cycle_selector.reload(programme.cycle)
    window.tabs.setCurrentIndex(TAB_GOALS)
    goals_tab = window.goals_tab
    titles: list[str] = []

    def note_title(dialog):
        titles.append(dialog.windowTitle())
        dialog.reject()

    for index, table in ((SUB_ASSESSMENTS, goals_tab.assessments_table),
                         (SUB_FIT, goals_tab.fit_table)):  # fmt: skip
        goals_tab.sub_tabs.setCurrentIndex(index)
        window.activateWindow()
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        answer_next_dialog(note_title)
        qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(titles) == 2
    assert not any("goal" in title.lower() for title in titles), titles
    assert titles[0] != titles[1]
    assert Goal.select().count() == 3 and Assessment.select().count() == 0
