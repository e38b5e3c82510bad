"""The Goals tab driven with qtbot: grouped goals and summaries, the progress bar,
overdue marking, add / progress / achieved / delete + undo, empty states, pairing fit."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton, QStyleOptionViewItem

from rmdesk.programme import checkins, goals, meetings
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.goals import GoalData
from rmdesk.programme.meetings import MeetingData
from rmdesk.programme.pairs import activate_pair, create_pair
from rmdesk.store.models import Goal, GoalUpdate, Participant
from rmdesk.ui.common import local_format, palette
from rmdesk.ui.goals.model import (
    COL_PROGRESS,
    COL_STATUS,
    COL_TARGET,
    COL_TITLE,
    KIND_GOAL,
    KIND_GROUP,
    KIND_PAIR,
    KIND_ROLE,
    OVERDUE_COLOUR,
    PROGRESS_ROLE,
    ROW_ROLE,
)
from rmdesk.ui.goals.tab import (
    GOALS_EMPTY,
    GOALS_LIST,
    PAGE_CONTENT,
    PAGE_NO_CYCLE,
    PAGE_NO_PAIRS,
    GoalsTab,
)
from rmdesk.ui.main_window import TAB_GOALS, TAB_PARTICIPANTS
from tests.builders import person

TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=120)  # the cycle runs: past targets and updates are valid


class Programme(NamedTuple):
    cycle: int
    first: int  # Ana Mentor – Carla Senior
    second: int  # Ben Mentor – Dora Senior
    mentee_goal: int
    mentor_goal: int
    late_goal: int


def build_programme() -> Programme:
    """Two active pairs; the first has goals of both owners, one of them overdue."""
    cycle = create_cycle(CycleData(name="Spring cohort", start_date=START))
    first = create_pair(cycle, person("Ana Mentor", "mentor"), person("Carla Senior", "mentee"))
    second = create_pair(cycle, person("Ben Mentor", "mentor"), person("Dora Senior", "mentee"))
    for pair_id in (first, second):
        activate_pair(pair_id, started_on=START)
    mentee_goal = goals.create_goal(
        first, GoalData("mentee", "Post on LinkedIn twice a month", None, "Two posts a month")
    )
    goals.record_progress(mentee_goal, 40, "first post", on=TODAY - dt.timedelta(days=3))
    mentor_goal = goals.create_goal(first, GoalData("mentor", "Lead a leadership-team item"))
    goals.mark_achieved(mentor_goal, on=TODAY - dt.timedelta(days=1))
    late_goal = goals.create_goal(
        first,
        GoalData("mentee", "Try three AI assistants", target_date=TODAY - dt.timedelta(days=10)),
    )
    return Programme(cycle, first, second, mentee_goal, mentor_goal, late_goal)


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


def children(model, parent: QModelIndex) -> list[QModelIndex]:
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def select(tab: GoalsTab, goal_id: int) -> None:
    assert tab.select_goal(goal_id)
    tab.tree.setFocus()


def test_all_pairs_grouped_by_pair_then_owner_with_summaries(tab, programme, qtmodeltester):
    model = tab.model
    qtmodeltester.check(model)
    pairs = children(model, QModelIndex())
    assert [index.data(KIND_ROLE) for index in pairs] == [KIND_PAIR, KIND_PAIR]
    summary = goals.goal_summaries(programme.cycle)[programme.first]
    assert pairs[0].data() == f"Ana Mentor – Carla Senior · {summary.text()}"
    assert "mentee 0/2 achieved, mentor 1/1" in pairs[0].data()
    assert pairs[1].data() == "Ben Mentor – Dora Senior · no goals yet"
    groups = children(model, pairs[0])
    assert [g.data(KIND_ROLE) for g in groups] == [KIND_GROUP, KIND_GROUP]
    assert groups[0].data() == "Mentee (senior): Carla Senior's goals · 0/2 achieved"
    assert groups[1].data() == "Mentor (junior): Ana Mentor's goals · 1/1 achieved"
    mentee_titles = [index.data() for index in children(model, groups[0])]
    assert set(mentee_titles) == {"Post on LinkedIn twice a month", "Try three AI assistants"}
    assert [i.data(KIND_ROLE) for i in children(model, groups[0])] == [KIND_GOAL, KIND_GOAL]
    assert tab.tree.isExpanded(groups[0])
    assert tab.tree.isFirstColumnSpanned(0, QModelIndex())  # the pair line reads across
    assert tab.pages.currentIndex() == PAGE_CONTENT
    assert tab.goals_pages.currentIndex() == GOALS_LIST
    assert "3 goals in 2 pairs · 1 achieved" in tab.summary_label.text()
    assert "1 overdue" in tab.summary_label.text()


def test_one_pair_shows_its_two_owner_groups(tab, programme):
    combo = tab.pair_combo
    assert combo.itemText(0) == "All pairs (2)"
    combo.setCurrentIndex(combo.findData(programme.first))
    top = children(tab.model, QModelIndex())
    assert [index.data(KIND_ROLE) for index in top] == [KIND_GROUP, KIND_GROUP]
    assert [len(children(tab.model, index)) for index in top] == [2, 1]
    assert tab.summary_label.text().startswith("mentee 0/2 achieved, mentor 1/1")
    combo.setCurrentIndex(combo.findData(programme.second))
    assert tab.goals_pages.currentIndex() == GOALS_EMPTY  # says what to do next
    assert "Add the first goal" in tab.no_goals.findChild(object, "empty_state_text").text()


def test_progress_column_is_a_painted_bar(tab, programme):
    index = tab.model.goal_index(programme.mentee_goal).siblingAtColumn(COL_PROGRESS)
    assert index.data(PROGRESS_ROLE) == 40
    assert index.data() == "40 %"
    option = QStyleOptionViewItem()
    option.rect = tab.tree.visualRect(index)
    option.widget = tab.tree
    bar = tab.delegate.bar_option(option, index)
    assert (bar.minimum, bar.maximum, bar.progress, bar.text) == (0, 100, 40, "40 %")
    heading = tab.model.index(0, COL_PROGRESS, QModelIndex())
    assert tab.delegate.bar_option(option, heading) is None  # pair rows get no bar
    assert not tab.tree.grab().isNull()  # paints through the style without error


def test_overdue_goal_in_colour_and_words(tab, programme):
    late = tab.model.goal_index(programme.late_goal)
    target = late.siblingAtColumn(COL_TARGET)
    assert target.data() == f"{local_format.day(TODAY - dt.timedelta(days=10))} · overdue"
    assert target.data(Qt.ItemDataRole.ForegroundRole).color() == palette.colour(OVERDUE_COLOUR)
    assert "Overdue" in late.data(Qt.ItemDataRole.ToolTipRole)
    on_time = tab.model.goal_index(programme.mentee_goal).siblingAtColumn(COL_TARGET)
    assert on_time.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "overdue" not in on_time.data()


def test_add_goal_through_the_dialog(tab, programme, qtbot, answer_next_dialog):
    tab.pair_combo.setCurrentIndex(tab.pair_combo.findData(programme.second))
    target = TODAY + dt.timedelta(days=30)

    def fill(dialog):
        assert dialog.pair_combo.currentData() == programme.second
        dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData("mentor"))
        qtbot.keyClicks(dialog.title_edit, "Present the digital roadmap")
        qtbot.keyClicks(dialog.measure_edit, "Presented once, with questions answered")
        dialog.target_edit.setDate(target)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    goal = Goal.get(Goal.title == "Present the digital roadmap")
    assert (goal.pair_id, goal.owner, goal.status, goal.target_date) == (
        programme.second, "mentor", "open", target,
    )  # fmt: skip
    assert goal.success_measure == "Presented once, with questions answered"
    assert tab.selected_goal().id == goal.id  # shown and selected
    assert tab.goals_pages.currentIndex() == GOALS_LIST


def test_goal_dialog_shows_the_domain_error_next_to_the_field(
    tab, programme, qtbot, answer_next_dialog
):
    count = Goal.select().count()

    def fill(dialog):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no title
        assert dialog.isVisible()
        error = dialog.field_errors["title"]
        assert error.isVisible() and error.text() == "A goal needs a title."
        dialog.reject()

    answer_next_dialog(fill)
    qtbot.mouseClick(tab.findChild(QPushButton, "goals_add_goal_button"), Qt.MouseButton.LeftButton)
    assert Goal.select().count() == count


def test_record_progress_updates_history_and_bar(tab, programme, qtbot, answer_next_dialog):
    select(tab, programme.mentee_goal)

    def fill(dialog):
        assert dialog.spin.value() == 40  # starts where the goal stands
        assert dialog.history.rowCount() == 1
        dialog.spin.setValue(75)
        qtbot.keyClicks(dialog.note_edit, "second post live")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    qtbot.keyClick(tab.tree, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Ctrl+R
    history = goals.progress_history(programme.mentee_goal)
    assert [(e.progress, e.note, e.date) for e in history][-1] == (75, "second post live", TODAY)
    index = tab.model.goal_index(programme.mentee_goal)
    assert index.siblingAtColumn(COL_PROGRESS).data(PROGRESS_ROLE) == 75
    assert index.siblingAtColumn(COL_STATUS).data() == "In progress"

    def check_history(dialog):
        model = dialog.history
        assert model.rowCount() == 2
        newest = [model.index(0, column).data() for column in range(3)]
        assert newest == [local_format.day(TODAY), "75 %", "second post live"]
        dialog.reject()

    answer_next_dialog(check_history)
    tab.progress_action.trigger()


def test_mark_achieved(tab, programme, qtbot):
    select(tab, programme.late_goal)
    qtbot.mouseClick(tab.findChild(QPushButton, "goals_achieved_button"), Qt.MouseButton.LeftButton)
    row = goals.get_goal(programme.late_goal)
    assert (row.status, row.progress, row.overdue) == ("achieved", 100, False)
    index = tab.model.goal_index(programme.late_goal)
    assert index.siblingAtColumn(COL_STATUS).data() == "Achieved"
    assert "overdue" not in index.siblingAtColumn(COL_TARGET).data()
    assert not tab.achieved_action.isEnabled()  # already achieved


def test_delete_asks_and_ctrl_z_puts_it_back(tab, programme, qtbot, confirm):
    select(tab, programme.mentee_goal)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert confirm and "Post on LinkedIn twice a month" in confirm[0]
    assert not Goal.select().where(Goal.id == programme.mentee_goal).exists()
    assert not tab.model.goal_index(programme.mentee_goal).isValid()
    assert tab.undo_action.isEnabled()
    # What the window's Edit > Undo (Ctrl+Z) triggers here: tests/ui/test_window_undo.py.
    tab.undo_action.trigger()
    restored = Goal.get(Goal.title == "Post on LinkedIn twice a month")
    assert restored.progress == 40
    assert GoalUpdate.select().where(GoalUpdate.goal == restored.id).count() == 1
    assert tab.selected_goal().id == restored.id
    assert not tab.undo_action.isEnabled()


def test_enter_edits_the_selected_goal(tab, programme, qtbot, answer_next_dialog):
    select(tab, programme.mentor_goal)

    def rename(dialog):
        assert not dialog.pair_combo.isEnabled()
        assert dialog.status_combo.currentData() == "achieved"
        dialog.title_edit.setText("Lead two leadership-team items")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(rename)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert goals.get_goal(programme.mentor_goal).title == "Lead two leadership-team items"
    assert tab.model.goal_index(programme.mentor_goal).siblingAtColumn(COL_TITLE).data() == (
        "Lead two leadership-team items"
    )


def test_empty_states_say_what_to_do(qtbot, db):
    tab = GoalsTab()
    qtbot.addWidget(tab)
    tab.set_cycle(None)
    assert tab.pages.currentIndex() == PAGE_NO_CYCLE
    assert not tab.add_action.isEnabled()
    cycle = create_cycle(CycleData(name="Empty", start_date=START))
    tab.set_cycle(cycle)
    assert tab.pages.currentIndex() == PAGE_NO_PAIRS
    pair = create_pair(cycle, person("Eve Mentor", "mentor"), person("Finn Senior", "mentee"))
    tab.reload_pairs()
    assert tab.pages.currentIndex() == PAGE_CONTENT
    assert tab.goals_pages.currentIndex() == GOALS_EMPTY
    assert tab.summary_label.text() == "0 goals in 1 pair · 0 achieved"
    assert tab.add_action.isEnabled()  # a proposed pair can get goals
    assert tab.model.pair_index(pair).isValid()


def test_not_good_fit_answer_puts_the_pair_on_attention(
    window, qtbot, answer_next_dialog, programme, qtmodeltester
):
    meeting = meetings.create_meeting(
        MeetingData(programme.first, dt.datetime.combine(TODAY - dt.timedelta(days=5), dt.time(10)))
    )
    meetings.mark_held(meeting)
    window.cycle_selector.reload(programme.cycle)
    window.tabs.setCurrentIndex(TAB_GOALS)
    tab = window.goals_tab
    assert tab.sub_tabs.tabText(2) == "Pairing fit (2 to ask)"  # those due are visible
    qtmodeltester.check(tab.fit_model)
    assert {row.participant_id for row in checkins.fit_due(programme.cycle)} == {
        row.participant_id for row in tab.fit_model.rows()
    }
    before = {item.kind for item in meetings.attention(programme.cycle)}
    assert "not_a_good_fit" not in before

    def answer(dialog):
        assert dialog.pair_combo.currentData() == programme.first
        mentee, mentor = dialog.people
        assert mentee.row.participant_name == "Carla Senior"
        qtbot.mouseClick(mentee.buttons["not_a_good_fit"], Qt.MouseButton.LeftButton)
        qtbot.keyClicks(mentee.note_edit, "too little time")
        qtbot.mouseClick(mentor.buttons["still_deciding"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(answer)
    tab.sub_tabs.setCurrentIndex(2)
    tab.fit_action.trigger()
    answers = {row.participant_name: (row.answer, row.note) for row in tab.fit_model.rows()}
    assert answers == {
        "Carla Senior": ("not_a_good_fit", "too little time"),
        "Ana Mentor": ("still_deciding", ""),
    }
    kinds = {(item.pair_id, item.kind) for item in meetings.attention(programme.cycle)}
    assert (programme.first, "not_a_good_fit") in kinds
    assert window.attention_status.text().endswith("pairs need attention")
    assert "attention list" in window.statusBar().currentMessage()
    assert tab.sub_tabs.tabText(2) == "Pairing fit"
    not_fit = [i for i in range(tab.fit_model.rowCount())
               if tab.fit_model.index(i, 3).data() == "Not a good fit"]  # fmt: skip
    assert len(not_fit) == 1
    assert tab.fit_model.index(not_fit[0], 0).data(ROW_ROLE).pair_id == programme.first


def test_list_keys_win_over_the_window_shortcuts(
    window, qtbot, answer_next_dialog, confirm, programme
):
    """Ctrl+N and Ctrl+Z also mean new participant / undo a removal in the window; in
    the goals list they add a goal and undo a goal's delete (no ambiguous shortcut)."""
    window.cycle_selector.reload(programme.cycle)
    window.tabs.setCurrentIndex(TAB_GOALS)
    tab = window.goals_tab
    window.participants_tab.undo_action.setEnabled(True)  # as after removing someone
    titles: list[str] = []

    def note_title(dialog):
        titles.append(dialog.windowTitle())
        dialog.reject()

    answer_next_dialog(note_title)
    select(tab, programme.mentee_goal)
    qtbot.keyClick(tab.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert titles == ["New goal"]
    window.activateWindow()  # the closed dialog handed activation back
    tab.tree.setFocus()
    qtbot.waitUntil(tab.tree.hasFocus)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert not Goal.select().where(Goal.title == "Post on LinkedIn twice a month").exists()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Goal.select().where(Goal.title == "Post on LinkedIn twice a month").exists()
    assert window.participants_tab.undo_action.isEnabled()  # untouched


def test_a_large_cycle_opens_collapsed_and_spans_rows_as_they_open(qtbot, programme, monkeypatch):
    monkeypatch.setattr("rmdesk.ui.goals.tab.EXPAND_ALL_ROWS", 2)  # "large" = over 2 rows
    tab = GoalsTab()
    qtbot.addWidget(tab)
    tab.set_cycle(programme.cycle)
    first = tab.model.pair_index(programme.first)
    assert not tab.tree.isExpanded(first)
    assert tab.tree.isFirstColumnSpanned(first.row(), QModelIndex())
    assert tab.summary_label.text().endswith("open a pair (→) or pick it above")
    assert not tab.tree.isFirstColumnSpanned(0, first)  # not laid out yet
    tab.tree.expand(first)
    assert tab.tree.isFirstColumnSpanned(0, first) and tab.tree.isFirstColumnSpanned(1, first)
    tab.tree.collapse(first)
    assert tab.select_goal(programme.late_goal)  # a selected goal is brought into view
    assert tab.tree.isExpanded(first)
    tab.pair_combo.setCurrentIndex(tab.pair_combo.findData(programme.first))
    assert "open a pair" not in tab.summary_label.text()  # one pair always opens fully
    assert all(tab.tree.isExpanded(tab.model.index(row, 0)) for row in range(2))


def test_renaming_a_participant_renames_their_pair_in_the_goals_tab(
    window, qtbot, answer_next_dialog, programme
):
    window.cycle_selector.reload(programme.cycle)
    goals_tab = window.goals_tab
    window.tabs.setCurrentIndex(TAB_GOALS)  # a hidden tab reads its cycle when shown
    assert any("Carla Senior" in goals_tab.pair_combo.itemText(i)
               for i in range(goals_tab.pair_combo.count()))  # fmt: skip
    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    carla = Participant.get(Participant.full_name == "Carla Senior")
    people = window.participants_tab
    people.reload()
    people.select_participant(carla.id)

    def rename(dialog):
        qtbot.waitUntil(dialog.isActiveWindow)  # the keyboard is the dialog's from here
        dialog.name_edit.setText("Carla Senior-Lopes")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    answer_next_dialog(rename)
    people.table.setFocus()  # Enter edits from the list (in the filter it goes to the list)
    qtbot.keyClick(people.table, Qt.Key.Key_Return)
    window.tabs.setCurrentIndex(TAB_GOALS)  # a hidden tab reads the change when shown
    labels = [goals_tab.pair_combo.itemText(i) for i in range(goals_tab.pair_combo.count())]
    assert any("Carla Senior-Lopes" in label for label in labels)
    shown = [goals_tab.model.index(r, 0).data() for r in range(goals_tab.model.rowCount())]
    assert any("Carla Senior-Lopes" in text for text in shown)


def test_delete_outside_the_goal_list_deletes_no_goal(tab, programme, qtbot, confirm):
    """Del in another widget of the tab (its pair box) is not the list's."""
    from PySide6.QtWidgets import QComboBox

    select(tab, programme.mentee_goal)
    other = next(box for box in tab.findChildren(QComboBox) if box.isVisible())
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Delete)
    assert confirm == []
    assert Goal.select().where(Goal.id == programme.mentee_goal).exists()
