"""A form saves through the operation helper: success announces what changed once (as
made by the view that opened it), a refusal announces nothing and stays in the form."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from rmdesk.documents.settings import load_settings
from rmdesk.store.models import Cycle, Goal
from rmdesk.ui.common.operations import Changes, change_hub
from rmdesk.ui.goals.tab import GoalsTab

from .test_goal_dialogs import fill_the_disk
from .test_goals_tab import Programme, build_programme, select


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


def heard(widget) -> list[tuple[Changes, object]]:
    """Every announcement on ``widget``'s window's change signal, from now on."""
    announcements: list[tuple[Changes, object]] = []
    change_hub(widget).changed.connect(
        lambda changes, origin: announcements.append((changes, origin))
    )
    return announcements


def test_a_saved_goal_is_announced_once_by_the_helper(tab, programme, qtbot, answer_next_dialog):
    announcements = heard(tab)

    def fill(dialog):
        qtbot.keyClicks(dialog.title_edit, "Run one team retro")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    qtbot.mouseClick(tab.findChild(QPushButton, "goals_add_goal_button"), Qt.MouseButton.LeftButton)
    goal = Goal.get(Goal.title == "Run one team retro")
    assert announcements == [(Changes.GOALS, tab)]  # the opening tab, so it reads at once
    assert tab.selected_goal().id == goal.id


def test_recorded_progress_is_announced_once(tab, programme, qtbot, answer_next_dialog):
    select(tab, programme.mentee_goal)
    announcements = heard(tab)

    def fill(dialog):
        dialog.spin.setValue(60)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    tab.record_progress()
    assert Goal.get_by_id(programme.mentee_goal).progress == 60
    assert announcements == [(Changes.GOALS, tab)]


def test_a_refused_goal_announces_nothing_and_keeps_the_form_open(
    tab, programme, qtbot, answer_next_dialog
):
    announcements = heard(tab)
    count = Goal.select().count()

    def fill(dialog):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no title
        assert dialog.isVisible()
        error = dialog.field_errors["title"]
        assert error.isVisible() and error.text() == "A goal needs a title."
        assert announcements == []
        dialog.reject()

    answer_next_dialog(fill)
    qtbot.mouseClick(tab.findChild(QPushButton, "goals_add_goal_button"), Qt.MouseButton.LeftButton)
    assert Goal.select().count() == count
    assert announcements == []


def test_a_failed_write_is_shown_in_the_form_and_announces_nothing(
    tab, programme, qtbot, answer_next_dialog
):
    announcements = heard(tab)

    def fill(dialog):
        qtbot.keyClicks(dialog.title_edit, "Lead a reverse town hall")
        dialog.measure_edit.setPlainText("Everyone hears it. " * 400)  # needs new pages
        fill_the_disk()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.error_label.isVisible()
        assert dialog.error_label.text().startswith("Not saved: the database could not be")
        dialog.reject()

    answer_next_dialog(fill)
    qtbot.mouseClick(tab.findChild(QPushButton, "goals_add_goal_button"), Qt.MouseButton.LeftButton)
    assert announcements == []


def test_a_new_cycle_is_announced_once_to_the_whole_window(window, qtbot, answer_next_dialog):
    announcements = heard(window)

    def fill(dialog):
        qtbot.keyClicks(dialog.name_edit, "Autumn cohort")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    window.pairs_tab.new_cycle()
    cycle = Cycle.get(Cycle.name == "Autumn cohort")
    assert announcements == [(Changes.CYCLES, window.pairs_tab)]
    assert window.cycle_selector.findData(cycle.id) >= 0  # the selector heard it


def test_a_refused_cycle_announces_nothing_and_says_why_in_the_form(
    window, qtbot, answer_next_dialog
):
    announcements = heard(window)

    def fill(dialog):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no name
        assert dialog.isVisible()
        assert dialog.error_label.isVisible() and dialog.error_label.text()
        dialog.reject()

    answer_next_dialog(fill)
    window.pairs_tab.new_cycle()
    assert Cycle.select().count() == 0
    assert announcements == []


def test_document_settings_announce_settings_once(window, qtbot, answer_next_dialog):
    announcements = heard(window)

    def fill(dialog):
        dialog.organisation_edit.setText("Acme Ltd")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    window.documents.edit_settings()
    assert load_settings().organisation == "Acme Ltd"
    assert announcements == [(Changes.SETTINGS, window)]


def test_refused_document_settings_announce_nothing(window, qtbot, answer_next_dialog, tmp_path):
    announcements = heard(window)

    def fill(dialog):
        dialog.organisation_edit.setText("Acme Ltd")
        dialog.logo_edit.setText(str(tmp_path / "no-such-logo.png"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.error_label.isVisible() and dialog.error_label.text()
        dialog.reject()

    answer_next_dialog(fill)
    window.documents.edit_settings()
    assert load_settings().organisation != "Acme Ltd"
    assert announcements == []


def test_every_form_says_what_its_save_changes():
    import rmdesk.ui.calendar.meeting_dialogs
    import rmdesk.ui.documents.settings_dialog
    import rmdesk.ui.goals.assessment_dialog
    import rmdesk.ui.goals.dialogs
    import rmdesk.ui.goals.fit_dialog
    import rmdesk.ui.pairs.cycle_dialog
    import rmdesk.ui.pairs.dialogs  # noqa: F401  (every form defined)
    from rmdesk.ui.common.forms import FormDialog

    forms, waiting = [], [FormDialog]
    while waiting:
        for form in waiting.pop().__subclasses__():
            forms.append(form)
            waiting.append(form)
    assert len(forms) >= 10
    assert all(form.changes != Changes.NONE for form in forms), forms
