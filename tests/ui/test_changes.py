"""One change signal: a write in one tab shows in every view, undo never outlives its
data, and actions only act on the selection of the tab that is shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from rmdesk.programme import cycles, goals, meetings, pairs
from rmdesk.programme import participants as domain
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import Goal, Meeting, Participant
from rmdesk.ui.common.operations import Changes, announce
from rmdesk.ui.main_window import TAB_CALENDAR, TAB_GOALS, TAB_PAIRS, TAB_PARTICIPANTS
from rmdesk.ui.pairs.model import COL_MEETINGS


def _two_active_pairs() -> tuple[int, int, int]:
    """A cycle that started 60 days ago with two active pairs: (cycle, pair a, pair b)."""
    today = dt.date.today()
    for name, role in (("Ada Mentor", "mentor"), ("Ben Mentor", "mentor"),
                       ("Cleo Mentee", "mentee"), ("Dan Mentee", "mentee")):  # fmt: skip
        domain.create_participant(
            ParticipantData(full_name=name, role=role, level=3 if role == "mentor" else 5)
        )
    cycle_id = cycles.create_cycle(CycleData(name="Now", start_date=today - dt.timedelta(days=60)))
    mentors, mentees = pairs.unpaired(cycle_id)
    made = []
    for mentor, mentee in zip(mentors, mentees, strict=True):
        pair_id = pairs.create_pair(cycle_id, mentor.id, mentee.id)
        pairs.activate_pair(pair_id, started_on=today - dt.timedelta(days=60))
        made.append(pair_id)
    return cycle_id, made[0], made[1]


def _meeting(pair_id: int, days_from_today: int) -> int:
    starts = dt.datetime.combine(dt.date.today() + dt.timedelta(days=days_from_today), dt.time(9))
    return meetings.create_meeting(meetings.MeetingData(pair_id=pair_id, starts_at=starts))


def _met_planned(window, pair_id: int) -> str:
    tab = window.pairs_tab
    return tab.model.index(tab.model.row_of(pair_id), COL_MEETINGS).data()


def test_a_meeting_held_in_the_calendar_shows_at_once_in_pairs_and_the_status_bar(window, qtbot):
    cycle_id, late, fine = _two_active_pairs()
    yesterday = _meeting(late, -1)  # still planned: overdue, and nothing held for 60 days
    _meeting(late, 7)
    meetings.mark_held(_meeting(fine, -3))
    _meeting(fine, 7)
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle_id)
    window.tabs.setCurrentIndex(TAB_PAIRS)
    assert _met_planned(window, late).startswith("0 / ")
    assert window.attention_status.text().startswith("1 pair")

    window.tabs.setCurrentIndex(TAB_CALENDAR)
    calendar = window.calendar_tab
    calendar.calendar.setSelectedDate(QDate(dt.date.today() - dt.timedelta(days=1)))
    calendar.day_table.selectRow(0)
    qtbot.mouseClick(calendar.findChild(QPushButton, "mark_held"), Qt.MouseButton.LeftButton)
    assert Meeting.get_by_id(yesterday).status == "held"
    assert window.attention_status.text() == ""  # the status bar counts at once

    window.tabs.setCurrentIndex(TAB_PAIRS)
    assert _met_planned(window, late).startswith("1 / ")


def test_a_hidden_tab_reads_a_change_when_it_is_shown_not_before(window, qtbot):
    cycle_id, pair_id, _other = _two_active_pairs()
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle_id)
    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    window.tabs.setCurrentIndex(TAB_PAIRS)
    before = _met_planned(window, pair_id)
    meetings.mark_held(_meeting(pair_id, -2))
    window.tabs.setCurrentIndex(TAB_CALENDAR)
    announce(Changes.MEETINGS, window)
    assert window.pairs_tab.pending & Changes.MEETINGS
    assert _met_planned(window, pair_id) == before  # not read while hidden
    window.tabs.setCurrentIndex(TAB_PAIRS)
    assert window.pairs_tab.pending == Changes.NONE
    assert _met_planned(window, pair_id).startswith("1 / ")


def test_undo_is_not_offered_after_a_restore_and_pressing_it_changes_nothing(
    window, qtbot, db_path: Path, answer_next_dialog, confirm
):
    domain.create_participant(ParticipantData(full_name="Hannah Lee"))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    tab = window.participants_tab
    tab.reload()
    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    tab.table.selectRow(0)
    tab.remove_action.trigger()
    assert Participant.select().count() == 0
    assert tab.undo_action.isEnabled()

    def choose(dialog):
        dialog.list.setCurrentRow(0)
        dialog.accept()

    answer_next_dialog(choose)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    assert [p.full_name for p in Participant.select()] == ["Hannah Lee"]
    assert not tab.undo_action.isEnabled()
    assert tab.undo_action.text() == "&Undo delete"

    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    tab.undo_action.trigger()
    tab.undo_removal()  # even called directly: nothing is left to put back
    assert [p.full_name for p in Participant.select()] == ["Hannah Lee"]
    assert [row.full_name for row in tab.model.rows()] == ["Hannah Lee"]


def test_participant_actions_never_act_from_another_tab(window, qtbot, monkeypatch):
    domain.create_participant(ParticipantData(full_name="Hannah Lee"))
    tab = window.participants_tab
    tab.reload()
    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    tab.table.selectRow(0)
    person_actions = window.exchange.person_actions
    assert tab.edit_action.isEnabled() and tab.remove_action.isEnabled()
    assert all(action.isEnabled() for action in person_actions)

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question",
        lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )  # fmt: skip
    window.tabs.setCurrentIndex(TAB_PAIRS)
    for action in (tab.edit_action, tab.remove_action, tab.restore_action, *person_actions):
        assert not action.isEnabled(), action.text()
        action.trigger()
    tab.remove_selected()  # a shortcut or a stale connection: still nothing
    assert window.exchange.worker is None
    assert asked == []
    assert [p.full_name for p in Participant.select()] == ["Hannah Lee"]

    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)  # back: the selection is offered again
    assert tab.remove_action.isEnabled()
    tab.remove_action.trigger()
    assert asked and "Hannah Lee" in asked[0]
    assert Participant.select().count() == 0


def test_pair_actions_never_act_from_another_tab(window, qtbot):
    cycle_id, pair_id, _other = _two_active_pairs()
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle_id)
    window.tabs.setCurrentIndex(TAB_PAIRS)
    window.pairs_tab.select_pair(pair_id)
    complete = window.pairs_tab.complete_action
    assert complete.isEnabled()
    window.documents.update_enabled()
    assert window.documents.agreement_action.isEnabled()

    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    assert not complete.isEnabled()
    assert not any(action.isEnabled() for action in window.pairs_tab.pair_actions)
    window.documents.update_enabled()
    assert not window.documents.agreement_action.isEnabled()
    complete.trigger()
    window.pairs_tab.complete_selected()
    assert pairs.get_pair(pair_id).status == "active"


def test_goal_undo_is_not_offered_after_a_restore(
    window, qtbot, db_path: Path, answer_next_dialog, confirm
):
    cycle_id, pair_id, _other = _two_active_pairs()
    goal_id = goals.create_goal(pair_id, goals.GoalData(owner="mentee", title="Try TikTok"))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle_id)
    window.tabs.setCurrentIndex(TAB_GOALS)
    tab = window.goals_tab
    assert tab.select_goal(goal_id)
    tab.delete_action.trigger()
    assert Goal.select().count() == 0
    assert tab.undo_action.isEnabled()

    def choose(dialog):
        dialog.list.setCurrentRow(0)
        dialog.accept()

    answer_next_dialog(choose)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    assert [g.title for g in Goal.select()] == ["Try TikTok"]
    assert not tab.undo_action.isEnabled()
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    tab.undo_delete()
    assert [g.title for g in Goal.select()] == ["Try TikTok"]


def test_goal_actions_are_off_while_another_tab_is_shown(window, qtbot, confirm):
    cycle_id, pair_id, _other = _two_active_pairs()
    goal_id = goals.create_goal(pair_id, goals.GoalData(owner="mentee", title="Try TikTok"))
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle_id)
    window.tabs.setCurrentIndex(TAB_GOALS)
    tab = window.goals_tab
    assert tab.select_goal(goal_id)
    assert tab.delete_action.isEnabled()
    window.tabs.setCurrentIndex(TAB_PAIRS)
    assert not any(action.isEnabled() for action in tab.selection_actions())
    tab.delete_action.trigger()
    tab.achieved_action.trigger()
    assert confirm == []
    assert [(g.title, g.status) for g in Goal.select()] == [("Try TikTok", "open")]


def test_an_import_from_another_tab_updates_the_counts_at_once_and_the_list_when_shown(
    qtbot, window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "one.csv"
    path.write_text("full_name,email,role,level\r\nAmara Okafor,amara@example.org,mentor,1\r\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.tabs.setCurrentIndex(TAB_PAIRS)
    window.exchange.import_action.trigger()
    dialog = window.exchange.import_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None)
    with qtbot.waitSignal(window.exchange.participants_imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.people_label.text().startswith("1 mentor")
    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    assert [row.full_name for row in window.participants_tab.model.rows()] == ["Amara Okafor"]
