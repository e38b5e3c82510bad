"""A form saves through the operation helper: success announces what changed once (as
made by the view that opened it), a refusal announces nothing and stays in the form."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from rmdesk.documents.settings import load_settings
from rmdesk.programme import cycles
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.demo import fill_demo
from rmdesk.store.models import Cycle, Goal, GoalTemplate, Pair, Participant
from rmdesk.ui.common.operations import Changes, change_hub
from rmdesk.ui.goals.assessment_dialog import DimensionsDialog
from rmdesk.ui.goals.dialogs import TemplatesDialog
from rmdesk.ui.goals.tab import GoalsTab
from rmdesk.ui.main_window import TAB_PAIRS

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


def test_a_new_participant_is_announced_once(window, qtbot, answer_next_dialog):
    tab = window.participants_tab
    announcements = heard(window)

    def fill(dialog):
        dialog.name_edit.setText("Nadia Newcomer")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)  # fmt: skip

    answer_next_dialog(fill)
    tab.add_participant()
    stored = Participant.get(Participant.full_name == "Nadia Newcomer")
    assert announcements == [(Changes.PARTICIPANTS, tab)]
    assert tab.selected_id() == stored.id


def test_a_refused_participant_announces_nothing_and_stays_open(window, qtbot, answer_next_dialog):
    announcements = heard(window)

    def fill(dialog):
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # no name
        assert dialog.isVisible()
        assert dialog.field_errors["full_name"].text() == "Name is required."
        assert dialog.field_errors["full_name"].isVisible()  # under the field it is about
        dialog.reject()

    answer_next_dialog(fill)
    window.participants_tab.add_participant()
    assert Participant.select().count() == 0
    assert announcements == []


def test_goal_templates_announce_goals_once_per_save_or_delete(tab, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog = TemplatesDialog(tab)
    qtbot.addWidget(dialog)
    dialog.show()
    announcements = heard(tab)
    dialog.title_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no title
    assert dialog.error_label.text() == "A template needs a title."
    assert announcements == []
    qtbot.keyClicks(dialog.title_edit, "Run one retro with seniors")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = GoalTemplate.get(GoalTemplate.title == "Run one retro with seniors")
    assert announcements == [(Changes.GOALS, tab)]
    assert dialog.selected().id == saved.id
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert not GoalTemplate.select().where(GoalTemplate.id == saved.id).exists()
    assert announcements == [(Changes.GOALS, tab), (Changes.GOALS, tab)]


def test_dimensions_announce_settings_once_and_a_refusal_nothing(tab, qtbot):
    dialog = DimensionsDialog(tab)
    qtbot.addWidget(dialog)
    dialog.show()
    announcements = heard(tab)
    first = dialog.lists["mentor"].item(0).text()
    dialog.lists["mentor"].item(1).setText(first)  # twice
    dialog.accept()
    assert dialog.isVisible() and "twice" in dialog.error_label.text()
    assert announcements == []
    dialog.lists["mentor"].item(1).setText("Coaching")
    dialog.accept()
    assert not dialog.isVisible()
    assert announcements == [(Changes.SETTINGS, tab)]


def test_match_weights_announce_settings_once_and_a_refusal_nothing(tab, qtbot):
    from rmdesk.programme import matching
    from rmdesk.ui.pairs.suggest_dialog import WeightsDialog

    dialog = WeightsDialog(tab)
    qtbot.addWidget(dialog)
    dialog.show()
    announcements = heard(tab)
    for spin in dialog.spins.values():
        spin.setValue(0.0)
    dialog.accept()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert announcements == []
    dialog.spins["level_gap"].setValue(3.0)
    dialog.accept()
    assert matching.load_weights().level_gap == 3.0
    assert announcements == [(Changes.SETTINGS, tab)]


def test_accepted_suggestions_are_announced_once(window, qtbot, answer_next_dialog):
    fill_demo(participants=30, seed=3)
    cycle_id = cycles.create_cycle(CycleData(name="2027 cohort", start_date=dt.date(2027, 1, 4)))
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle_id)
    window.tabs.setCurrentIndex(TAB_PAIRS)
    tab = window.pairs_tab
    announcements = heard(window)

    def review(dialog):
        qtbot.waitUntil(lambda: dialog.accept_button.isEnabled(), timeout=20_000)
        assert announcements == []  # suggesting writes nothing
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(review)
    tab.suggest_action.trigger()
    assert Pair.select().where(Pair.cycle == cycle_id).count() > 0
    assert announcements == [(Changes.PAIRS, tab)]


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
