"""Goal dialogs on their own: templates fill a new goal, the default target date, the
templates editor, and the progress dialog's limits."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from rmdesk.programme import cycles, goals
from rmdesk.programme.goals import GoalData
from rmdesk.programme.participants import topic_choices
from rmdesk.store.models import Goal, GoalTemplate
from rmdesk.ui.goals.dialogs import GoalDialog, ProgressDialog, TemplatesDialog, default_target
from rmdesk.ui.goals.model import PairInfo

from .test_goals_tab import TODAY, Programme, build_programme


@pytest.fixture
def programme(db) -> Programme:
    return build_programme()


def pair_infos(programme: Programme) -> list[PairInfo]:
    return [
        PairInfo(programme.first, "Ana Mentor", "Carla Senior", "active"),
        PairInfo(programme.second, "Ben Mentor", "Dora Senior", "active"),
    ]


def topic_id(name: str) -> int:
    return dict((n, i) for i, n in topic_choices())[name]


def new_goal_dialog(qtbot, programme: Programme, **kwargs) -> GoalDialog:
    dialog = GoalDialog(None, cycles.get_cycle(programme.cycle), pair_infos(programme), **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_template_fills_title_and_measure_for_owner_and_topic(qtbot, programme):
    dialog = new_goal_dialog(qtbot, programme, pair_id=programme.second, owner="mentor")
    assert dialog.owner_combo.currentText() == "Mentor (junior): Ben Mentor"
    social = topic_id("Social media")
    dialog.topic_combo.setCurrentIndex(dialog.topic_combo.findData(social))
    offered = goals.list_templates("mentor", social)
    assert offered, "the seeded templates cover every topic"
    assert dialog.template_combo.count() == len(offered) + 1  # the prompt first
    dialog.template_combo.setFocus()
    qtbot.keyClick(dialog.template_combo, Qt.Key.Key_Down)  # keyboard: first template
    chosen = offered[0]
    assert dialog.title_edit.text() == chosen.title
    assert dialog.measure_edit.toPlainText() == chosen.success_measure
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData("mentee"))
    mentee_first = goals.list_templates("mentee", social)[0]
    assert dialog.template_combo.itemData(1) == mentee_first.id  # the list follows the owner
    assert dialog.title_edit.text() == chosen.title  # nothing typed is overwritten
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    goal = Goal.get(Goal.title == chosen.title)
    assert (goal.owner, goal.topic_id, goal.pair_id) == ("mentee", social, programme.second)
    assert goal.success_measure == chosen.success_measure


def test_general_template_sets_no_topic_but_keeps_a_chosen_one(qtbot, programme):
    dialog = new_goal_dialog(qtbot, programme, pair_id=programme.first, owner="mentee")
    general = [t for t in goals.list_templates("mentee") if t.topic_id is None]
    topical = [t for t in goals.list_templates("mentee") if t.topic_id is not None]
    index = dialog.template_combo.findData(topical[0].id)
    dialog.template_combo.setCurrentIndex(index)
    dialog.template_combo.activated.emit(index)
    assert dialog.topic_combo.currentData() == topical[0].topic_id  # taken from the template
    assert general, "general (topic-less) templates are seeded"
    index = dialog.template_combo.findData(general[0].id)  # offered with every topic
    assert index > 0
    dialog.template_combo.setCurrentIndex(index)
    dialog.template_combo.activated.emit(index)
    assert dialog.title_edit.text() == general[0].title
    assert dialog.topic_combo.currentData() == topical[0].topic_id  # the chosen topic stays


def test_default_target_date_is_inside_the_cycle(qtbot, programme):
    cycle = cycles.get_cycle(programme.cycle)
    dialog = new_goal_dialog(qtbot, programme)
    chosen = dialog.target_edit.date().toPython()
    assert cycle.start_date <= chosen <= cycle.end_date
    assert chosen == default_target(cycle.start_date, cycle.end_date)
    assert default_target(dt.date(2030, 1, 1), dt.date(2030, 9, 1), dt.date(2029, 1, 1)) == (
        dt.date(2030, 4, 1)
    )  # from the start when the cycle has not begun
    assert default_target(dt.date(2030, 1, 1), dt.date(2030, 9, 1), dt.date(2030, 8, 20)) == (
        dt.date(2030, 9, 1)
    )  # never past the end
    dialog.title_edit.setText("No date")
    dialog.target_edit.setDate(dialog.target_edit.minimumDate())
    assert dialog.target_edit.text() == "no target date"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Goal.get(Goal.title == "No date").target_date is None


def test_edit_keeps_an_ended_pair_visible(qtbot, programme):
    dialog = new_goal_dialog(qtbot, programme, goal_id=programme.mentee_goal)
    assert dialog.windowTitle() == "Edit goal"
    assert dialog.title_edit.text() == "Post on LinkedIn twice a month"
    assert dialog.measure_edit.toPlainText() == "Two posts a month"
    assert dialog.target_edit.text() == "no target date"
    assert dialog.status_combo.currentData() == "in_progress"


def test_templates_editor_adds_edits_and_deletes(qtbot, db, monkeypatch):
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent, title, text, *args):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = TemplatesDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    before = GoalTemplate.select().count()
    assert dialog.model.rowCount() == before
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData("mentor"))
    qtbot.keyClicks(dialog.title_edit, "Run one retro with seniors")
    qtbot.keyClicks(dialog.measure_edit, "Held, with three actions agreed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = GoalTemplate.get(GoalTemplate.title == "Run one retro with seniors")
    assert (saved.owner, saved.topic_id) == ("mentor", None)
    assert dialog.selected().id == saved.id  # selected for further edits
    dialog.title_edit.setText("Run two retros with seniors")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert GoalTemplate.get_by_id(saved.id).title == "Run two retros with seniors"
    assert GoalTemplate.select().count() == before + 1
    dialog.title_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "A template needs a title."
    assert GoalTemplate.get_by_id(saved.id).title == "Run two retros with seniors"
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "“Run two retros with seniors”" in asked[0]
    assert GoalTemplate.select().where(GoalTemplate.id == saved.id).exists()  # answered No
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert not GoalTemplate.select().where(GoalTemplate.id == saved.id).exists()
    assert dialog.model.rowCount() == before


def test_progress_dialog_limits_and_history(qtbot, programme):
    goal = goals.get_goal(programme.mentee_goal)
    dialog = ProgressDialog(None, goal)
    qtbot.addWidget(dialog)
    assert dialog.date_edit.maximumDate() == QDate(TODAY)  # no progress in the future
    dialog.slider.setValue(90)
    assert dialog.spin.value() == 90
    dialog.spin.setValue(150)
    assert dialog.spin.value() == 100
    assert dialog.history.rowCount() == 1
    dialog.spin.setValue(100)
    dialog.accept()
    row = goals.get_goal(programme.mentee_goal)
    assert (row.progress, row.status) == (100, "achieved")  # 100 % means achieved


def test_goal_dialog_without_pairs_explains(qtbot, programme):
    goals.create_goal(programme.first, GoalData("mentee", "x"))
    dialog = GoalDialog(None, cycles.get_cycle(programme.cycle), [])
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert "no proposed or active pair" in dialog.error_label.text()


def fill_the_disk() -> None:
    """From now on the database cannot grow: SQLite answers "database or disk is full"."""
    from rmdesk.store.models import database_proxy

    # Free pages (a migration that rebuilt a table leaves some) would take a few more
    # rows: vacuumed, the file has none, and its last page is the limit.
    database_proxy.execute_sql("VACUUM")
    pages = database_proxy.execute_sql("PRAGMA page_count").fetchone()[0]
    database_proxy.execute_sql(f"PRAGMA max_page_count = {pages}")


def make_read_only() -> None:
    """As SQLite sees a read-only folder or mount (``query_only`` holds for root too)."""
    from rmdesk.store.models import database_proxy

    database_proxy.execute_sql("PRAGMA query_only = 1")


@pytest.mark.parametrize("fault", [fill_the_disk, make_read_only], ids=["full", "read-only"])
def test_a_failed_write_keeps_the_goal_dialog_open_with_its_entries(qtbot, programme, fault):
    before = Goal.select().count()
    dialog = new_goal_dialog(qtbot, programme, pair_id=programme.first, owner="mentee")
    qtbot.keyClicks(dialog.title_edit, "Lead a reverse town hall")
    measure = "Everyone hears it. " * 400  # needs new pages, which the full disk refuses
    dialog.measure_edit.setPlainText(measure)
    fault()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "could not be written" in dialog.error_label.text()
    assert "everything saved before is safe" in dialog.error_label.text()
    assert dialog.title_edit.text() == "Lead a reverse town hall"
    assert dialog.measure_edit.toPlainText() == measure
    assert Goal.select().count() == before


def test_a_full_disk_during_a_tab_action_is_a_message_and_changes_nothing(
    qtbot, programme, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from rmdesk.store.models import GoalUpdate
    from rmdesk.ui.common.refusals import attempt

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    updates = GoalUpdate.select().count()
    fill_the_disk()
    note = "a long note " * 500
    assert not attempt(parent, lambda: goals.record_progress(programme.mentee_goal, 70, note))
    assert shown and "could not be written" in shown[0]
    assert GoalUpdate.select().count() == updates
    assert Goal.get_by_id(programme.mentee_goal).progress == 40
