"""The Pairs tab driven with qtbot: cycles, pairs by hand, rules, publishing, matching."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
)

from rmdesk.programme import cycles, pairs
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.demo import fill_demo
from rmdesk.store.models import Cycle, Milestone, Pair, Participant
from rmdesk.ui.main_window import TAB_PAIRS
from rmdesk.ui.pairs.model import COL_MENTEE, COL_MENTOR, COL_STATUS
from rmdesk.ui.pairs.tab import PAGE_NO_CYCLE, PAGE_PAIRS


@pytest.fixture
def cycle_window(qtbot, window):
    """Demo people and one cycle, shown in the Pairs tab."""
    fill_demo(participants=30, seed=3)
    cycle_id = cycles.create_cycle(CycleData(name="2027 cohort", start_date=dt.date(2027, 1, 4)))
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle_id)
    window.tabs.setCurrentIndex(TAB_PAIRS)
    return window


def shown_pairs(tab) -> list[tuple[str, str, str]]:
    proxy = tab.proxy
    return [
        (
            proxy.index(r, COL_MENTOR).data(),
            proxy.index(r, COL_MENTEE).data(),
            proxy.index(r, COL_STATUS).data(),
        )
        for r in range(proxy.rowCount())
    ]


def eligible_pair(cycle_id: int) -> tuple[int, int]:
    """A mentor and mentee the rules allow (the domain decides, not the test)."""
    mentors, mentees = pairs.unpaired(cycle_id)
    for mentor in mentors:
        for mentee in mentees:
            try:
                pairs.check_pair(cycle_id, mentor.id, mentee.id)
            except Exception:
                continue
            return mentor.id, mentee.id
    raise AssertionError("no eligible pair in the demo data")


def choose_mentor(dialog, mentor_id: int) -> bool:
    """Select the mentor in the dialog's ranked list; True if it offered them, else the
    test forces the choice (to see the domain's refusal)."""
    candidates = dialog.mentor_list
    for row in range(candidates.count()):
        if candidates.item(row).data(Qt.ItemDataRole.UserRole) == mentor_id:
            candidates.setCurrentRow(row)
            return True
    forced = QListWidgetItem("forced")
    forced.setData(Qt.ItemDataRole.UserRole, mentor_id)
    candidates.addItem(forced)
    candidates.setCurrentItem(forced)
    return False


def test_models_pass_qt_model_tester(cycle_window, qtmodeltester):
    tab = cycle_window.pairs_tab
    mentor, mentee = eligible_pair(tab.cycle_id)
    pairs.create_pair(tab.cycle_id, mentor, mentee)
    tab.reload()
    qtmodeltester.check(tab.model)


def test_first_cycle_from_the_empty_page(window, qtbot, answer_next_dialog):
    tab = window.pairs_tab
    window.tabs.setCurrentIndex(TAB_PAIRS)
    assert tab.pages.currentIndex() == PAGE_NO_CYCLE
    assert not window.cycle_selector.isEnabled()

    def fill(dialog):
        qtbot.keyClicks(dialog.name_edit, "Pilot 2027")
        dialog.start_edit.setDate(QDate(2027, 1, 31))
        assert dialog.end_edit.date() == QDate(2027, 10, 31)  # start + 9 months by default
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    qtbot.mouseClick(tab.findChild(QPushButton, "empty_new_cycle"), Qt.MouseButton.LeftButton)
    cycle = Cycle.get(Cycle.name == "Pilot 2027")
    assert (cycle.start_date, cycle.end_date) == (dt.date(2027, 1, 31), dt.date(2027, 10, 31))
    assert cycle.cadence_days == 14 and cycle.meeting_minutes == 60
    assert Milestone.select().where(Milestone.cycle == cycle).count() == 3
    assert window.cycle_selector.current_cycle_id() == cycle.id
    assert "Pilot 2027" in window.cycle_selector.currentText()
    assert tab.pages.currentIndex() == PAGE_PAIRS
    assert "Pilot 2027" in tab.cycle_label.text()


def test_cycle_dialog_refuses_blank_name_and_end_before_start(window, qtbot, answer_next_dialog):
    def fill(dialog):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.error_label.isVisible()
        qtbot.keyClicks(dialog.name_edit, "Backwards")
        dialog.start_edit.setDate(QDate(2027, 5, 1))
        dialog.end_edit.setDate(QDate(2027, 4, 1))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "after" in dialog.error_label.text().lower()
        dialog.reject()

    answer_next_dialog(fill)
    window.pairs_tab.new_cycle_action.trigger()
    assert Cycle.select().count() == 0


def test_typing_in_a_new_cycle_dialog_goes_into_its_name(window, qtbot, answer_next_dialog):
    focused: list[str] = []

    def type_a_name(dialog):
        qtbot.waitUntil(dialog.isActiveWindow)  # shown and given the keyboard
        focused.append(QApplication.focusWidget().objectName() or "a button")
        qtbot.keyClicks(QApplication.focusWidget(), "2027 cohort")  # as the keyboard would
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Save is the default

    answer_next_dialog(type_a_name)
    window.pairs_tab.new_cycle_action.trigger()

    assert focused == ["cycle_name"]
    assert [cycle.name for cycle in Cycle.select()] == ["2027 cohort"]


def test_new_pair_by_hand_then_publish(cycle_window, qtbot, answer_next_dialog, confirm):
    tab = cycle_window.pairs_tab
    mentor_id, mentee_id = eligible_pair(tab.cycle_id)

    def choose(dialog):
        dialog.mentee_combo.setCurrentIndex(dialog.mentee_combo.findData(mentee_id))
        assert choose_mentor(dialog, mentor_id)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    unpaired_before = tab.unpaired_mentees.count()
    answer_next_dialog(choose)
    qtbot.mouseClick(tab.findChild(QPushButton, "new_pair_button"), Qt.MouseButton.LeftButton)
    pair = Pair.get()
    assert (pair.mentor_id, pair.mentee_id, pair.status) == (mentor_id, mentee_id, "proposed")
    mentor, mentee = Participant.get_by_id(mentor_id), Participant.get_by_id(mentee_id)
    assert shown_pairs(tab) == [(mentor.full_name, mentee.full_name, "Proposed")]
    assert tab.unpaired_mentees.count() == unpaired_before - 1

    publish = tab.findChild(QPushButton, "publish_button")
    assert publish.isEnabled()
    qtbot.mouseClick(publish, Qt.MouseButton.LeftButton)
    # The cycle starts in January 2027: the pair starts then, not today.
    assert confirm == ["Make the 1 proposed pair active from 04/01/2027?"]
    assert Pair.get_by_id(pair.id).started_on == dt.date(2027, 1, 4)
    assert Pair.get_by_id(pair.id).status == "active"
    assert shown_pairs(tab)[0][2] == "Active"
    assert not publish.isEnabled()


def test_publishing_two_proposed_pairs_says_all_2(cycle_window, qtbot, confirm):
    tab = cycle_window.pairs_tab
    for _ in range(2):
        pairs.create_pair(tab.cycle_id, *eligible_pair(tab.cycle_id))
    tab.reload()
    assert "every 14 days" in tab.cycle_label.text()
    qtbot.mouseClick(tab.findChild(QPushButton, "publish_button"), Qt.MouseButton.LeftButton)
    assert confirm == ["Make all 2 proposed pairs active from 04/01/2027?"]
    assert [row[2] for row in shown_pairs(tab)] == ["Active", "Active"]


def test_a_cycle_meeting_every_day_says_so(cycle_window):
    tab = cycle_window.pairs_tab
    cycles.update_cycle(
        tab.cycle_id,
        CycleData(name="2027 cohort", start_date=dt.date(2027, 1, 4), cadence_days=1),
    )
    tab.reload()
    assert "meetings every day," in tab.cycle_label.text()


def test_broken_rule_is_named_in_the_dialog_and_nothing_written(
    cycle_window, qtbot, answer_next_dialog
):
    tab = cycle_window.pairs_tab
    mentor_id, mentee_id = eligible_pair(tab.cycle_id)
    pairs.create_pair(tab.cycle_id, mentor_id, mentee_id)
    tab.reload()
    other_mentee = next(m.id for m in pairs.unpaired(tab.cycle_id)[1] if m.id != mentee_id)
    # The mentor's only place is taken: the dialog cannot offer them, so ask the
    # domain through the dialog by forcing the choice.
    seen: list[str] = []

    def force(dialog):
        dialog.mentee_combo.setCurrentIndex(dialog.mentee_combo.findData(other_mentee))
        assert not choose_mentor(dialog, mentor_id)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        seen.append(dialog.error_label.text())
        assert dialog.isVisible()
        dialog.reject()

    answer_next_dialog(force)
    tab.new_pair_action.trigger()
    assert seen and "capacity" in seen[0].lower()
    assert Pair.select().count() == 1


def test_end_early_needs_a_reason_and_frees_both(cycle_window, qtbot, answer_next_dialog):
    tab = cycle_window.pairs_tab
    mentor_id, mentee_id = eligible_pair(tab.cycle_id)
    pair_id = pairs.create_pair(tab.cycle_id, mentor_id, mentee_id)
    pairs.activate_pair(pair_id)
    tab.reload()
    assert tab.select_pair(pair_id)
    mentee_ids = {
        tab.unpaired_mentees.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(tab.unpaired_mentees.count())
    }
    assert mentee_id not in mentee_ids

    def end(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.error_label.isVisible()
        qtbot.keyClicks(dialog.reason_edit, "Mentee moved abroad")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    answer_next_dialog(end)
    tab.end_action.trigger()
    stored = Pair.get_by_id(pair_id)
    assert (stored.status, stored.end_reason) == ("ended_early", "Mentee moved abroad")
    mentee_ids = {
        tab.unpaired_mentees.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(tab.unpaired_mentees.count())
    }
    assert mentee_id in mentee_ids


def test_suggest_matches_untick_and_accept(cycle_window, qtbot, answer_next_dialog):
    tab = cycle_window.pairs_tab
    outcome: dict[str, object] = {}

    def review(dialog):
        qtbot.waitUntil(lambda: dialog.accept_button.isEnabled(), timeout=20_000)
        proposals = dialog.model.rowCount()
        assert proposals > 0
        assert all(p.reasons for p in dialog.model.proposals)
        # Untick the first proposal by its check box.
        first = dialog.model.index(0, 0)
        dialog.model.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        outcome["proposals"] = proposals
        skipped = dialog.model.proposals[0]
        outcome["skipped"] = (skipped.mentor_id, skipped.mentee_id)
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(review)
    tab.suggest_action.trigger()
    stored = list(Pair.select().where(Pair.cycle == tab.cycle_id))
    assert len(stored) == outcome["proposals"] - 1
    assert all(p.status == "proposed" and p.match_score is not None for p in stored)
    assert all(p.match_reasons for p in stored)
    assert outcome["skipped"] not in {(p.mentor_id, p.mentee_id) for p in stored}
    assert len(shown_pairs(tab)) == len(stored)


def test_discard_proposal_with_delete_key(cycle_window, qtbot, confirm):
    tab = cycle_window.pairs_tab
    mentor_id, mentee_id = eligible_pair(tab.cycle_id)
    pair_id = pairs.create_pair(tab.cycle_id, mentor_id, mentee_id)
    tab.reload()
    tab.select_pair(pair_id)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert confirm and Pair.select().count() == 0


def test_refused_transition_shows_a_message(cycle_window, monkeypatch):
    tab = cycle_window.pairs_tab
    mentor_id, mentee_id = eligible_pair(tab.cycle_id)
    pair_id = pairs.create_pair(tab.cycle_id, mentor_id, mentee_id)
    tab.reload()
    tab.select_pair(pair_id)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    tab.complete_selected()  # a proposed pair cannot be completed
    assert warnings and Pair.get_by_id(pair_id).status == "proposed"


def test_weights_dialog_saves_to_the_database_and_refuses_all_zero(db, qtbot):
    from rmdesk.programme import matching
    from rmdesk.ui.pairs.suggest_dialog import WeightsDialog

    dialog = WeightsDialog(None)
    qtbot.addWidget(dialog)
    for spin in dialog.spins.values():
        spin.setValue(0.0)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert matching.load_weights() == matching.Weights()  # nothing saved
    dialog.spins["level_gap"].setValue(3.0)
    dialog.accept()
    saved = matching.load_weights()
    assert saved.level_gap == 3.0 and saved.topic_fit == 0.0


def test_reporting_line_refusal_named_in_new_pair_dialog(cycle_window, qtbot, answer_next_dialog):
    tab = cycle_window.pairs_tab
    report = (
        Participant.select()
        .where((Participant.role == "mentor") & Participant.manager.is_null(False))
        .first()
    )
    boss = Participant.get_by_id(report.manager_id)
    while boss.role != "mentee" and boss.manager_id is not None:
        boss = Participant.get_by_id(boss.manager_id)
    assert boss.role == "mentee"
    seen: list[str] = []

    def choose(dialog):
        dialog.mentee_combo.setCurrentIndex(dialog.mentee_combo.findData(boss.id))
        assert not choose_mentor(dialog, report.id)  # never offered: forced
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        seen.append(dialog.error_label.text())
        dialog.reject()

    answer_next_dialog(choose)
    tab.new_pair_action.trigger()
    assert seen and ("reporting line" in seen[0] or "manager" in seen[0])
    assert Pair.select().count() == 0


def test_delete_elsewhere_in_the_window_never_discards_the_selected_pair(
    cycle_window, qtbot, confirm
):
    """Del is the list's key: pressed in the toolbar's cycle box it deletes nothing."""
    tab = cycle_window.pairs_tab
    mentor_id, mentee_id = eligible_pair(tab.cycle_id)
    pair_id = pairs.create_pair(tab.cycle_id, mentor_id, mentee_id)
    tab.reload()
    tab.select_pair(pair_id)
    cycle_window.cycle_selector.setFocus()
    qtbot.keyClick(cycle_window.cycle_selector, Qt.Key.Key_Delete)
    assert confirm == []
    assert Pair.select().count() == 1
