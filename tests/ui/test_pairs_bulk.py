"""Pairs in bulk, safely: several proposals published or discarded together, a warning
when the cycle is nearly over, actions only where they apply, candidates ranked by the
matcher with its reasons, and Suggest matches' "Not matched" following the ticks."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from rmdesk.programme import cycles, pairs
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.demo import fill_demo
from rmdesk.programme.messages import from_stored
from rmdesk.store.models import Pair
from rmdesk.ui.common import local_format
from rmdesk.ui.main_window import TAB_PAIRS

from .test_pairs_tab import eligible_pair


@pytest.fixture
def cycle_window(qtbot, window):
    fill_demo(participants=30, seed=3)
    cycle_id = cycles.create_cycle(CycleData(name="2027 cohort", start_date=dt.date(2027, 1, 4)))
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle_id)
    window.tabs.setCurrentIndex(TAB_PAIRS)
    return window


def proposals(tab, count: int) -> list[int]:
    made = [pairs.create_pair(tab.cycle_id, *eligible_pair(tab.cycle_id)) for _ in range(count)]
    tab.reload()
    return made


def select(tab, pair_ids: list[int]) -> None:
    selection = QItemSelection()
    for pair_id in pair_ids:
        index = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(pair_id), 0))
        selection.select(index, index)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    tab.table.selectionModel().select(selection, flags)


def test_two_selected_proposals_published_together(cycle_window, confirm):
    tab = cycle_window.pairs_tab
    first, second, left = proposals(tab, 3)
    select(tab, [first, second])
    assert tab.activate_action.isEnabled() and tab.discard_action.isEnabled()
    assert not tab.end_action.isEnabled()  # several pairs: no single-pair action
    tab.activate_action.trigger()
    assert confirm == ["Make the 2 selected proposals active from 04/01/2027?"]
    stored = {p.id: (p.status, p.started_on) for p in Pair.select()}
    assert stored == {
        first: ("active", dt.date(2027, 1, 4)),
        second: ("active", dt.date(2027, 1, 4)),
        left: ("proposed", None),
    }
    # A selection mixing an active pair and a proposal publishes nothing.
    select(tab, [first, left])
    assert not tab.activate_action.isEnabled() and not tab.discard_action.isEnabled()


def test_two_selected_proposals_discarded_together(cycle_window, confirm):
    tab = cycle_window.pairs_tab
    first, second, kept = proposals(tab, 3)
    select(tab, [first, second])
    tab.discard_action.trigger()
    assert confirm == ["Discard the 2 selected proposals?"]
    assert [p.id for p in Pair.select()] == [kept]
    assert tab.model.rowCount() == 1


def test_publishing_warns_when_the_cycle_ends_within_one_interval(
    window, qtbot, monkeypatch, confirm
):
    fill_demo(participants=30, seed=3)
    today = dt.date.today()
    cycle_id = cycles.create_cycle(
        CycleData(name="Ending", start_date=today - dt.timedelta(days=200),
                  end_date=today + dt.timedelta(days=5))
    )  # fmt: skip
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle_id)
    window.tabs.setCurrentIndex(TAB_PAIRS)
    tab = window.pairs_tab
    (pair_id,) = proposals(tab, 1)
    warned: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def warning(parent, title, text, *args):
        warned.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    tab.publish_action.trigger()
    assert Pair.get_by_id(pair_id).status == "proposed"  # answered No
    end = local_format.day(today + dt.timedelta(days=5))  # the window's way: 05/12/2026
    assert f"The cycle ends on {end}, within one meeting interval (14 days)" in warned[0]
    assert warned[0].endswith(f"Make the 1 proposed pair active from {local_format.day(today)}?")
    assert confirm == []  # the warning asks instead of the plain question
    tab.publish_action.trigger()
    assert Pair.get_by_id(pair_id).status == "active"


def test_end_early_and_replace_only_for_an_active_pair(cycle_window):
    tab = cycle_window.pairs_tab
    (pair_id,) = proposals(tab, 1)
    tab.select_pair(pair_id)
    assert tab.discard_action.isEnabled()
    assert not tab.end_action.isEnabled() and not tab.replace_action.isEnabled()
    pairs.activate_pair(pair_id)
    tab.reload()
    assert tab.end_action.isEnabled() and tab.replace_action.isEnabled()
    assert not tab.discard_action.isEnabled()


def ranked(dialog) -> list[tuple[float, int]]:
    found = []
    for row in range(dialog.mentor_list.count()):
        item = dialog.mentor_list.item(row)
        found.append((float(item.text().split()[0]), item.data(Qt.ItemDataRole.UserRole)))
    return found


def test_new_pair_lists_mentors_by_match_score_with_reasons(
    cycle_window, qtbot, answer_next_dialog
):
    tab = cycle_window.pairs_tab
    mentee = pairs.unpaired(tab.cycle_id)[1][0]
    seen: dict[str, object] = {}

    def choose(dialog):
        dialog.mentee_combo.setCurrentIndex(dialog.mentee_combo.findData(mentee.id))
        offered = ranked(dialog)
        seen["offered"] = offered
        seen["first_text"] = dialog.mentor_list.item(0).text()
        dialog.mentor_list.setCurrentRow(1)  # the second best, by choice
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    answer_next_dialog(choose)
    tab.new_pair_action.trigger()
    offered = seen["offered"]
    assert len(offered) > 3
    scores = [score for score, _ in offered]
    assert scores == sorted(scores, reverse=True)
    assert "\n    " in str(seen["first_text"])  # the reasons under the name
    pair = Pair.get()
    assert (pair.mentor_id, pair.mentee_id) == (offered[1][1], mentee.id)
    assert round(pair.match_score) == offered[1][0] and pair.match_reasons


def test_replace_lists_mentors_by_match_score_and_keeps_the_new_score(
    cycle_window, qtbot, answer_next_dialog
):
    tab = cycle_window.pairs_tab
    (pair_id,) = proposals(tab, 1)
    pairs.activate_pair(pair_id)
    tab.reload()
    tab.select_pair(pair_id)
    seen: dict[str, object] = {}

    def replace(dialog):
        seen["offered"] = ranked(dialog)
        qtbot.keyClicks(dialog.reason_edit, "Mentor left the company")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    answer_next_dialog(replace)
    tab.replace_action.trigger()
    offered = seen["offered"]
    scores = [score for score, _ in offered]
    assert scores == sorted(scores, reverse=True)
    new = Pair.get(Pair.id != pair_id)
    assert new.mentor_id == offered[0][1]  # the best is chosen by default
    assert round(new.match_score) == offered[0][0]
    assert from_stored(new.match_reasons).startswith("Replaces ")
    assert Pair.get_by_id(pair_id).status == "ended_early"


def test_not_matched_lists_only_free_people_and_follows_the_ticks(
    cycle_window, qtbot, answer_next_dialog
):
    tab = cycle_window.pairs_tab
    # One pair already made: its two people have no free place, so are not "not matched".
    (taken,) = proposals(tab, 1)
    taken_pair = Pair.get_by_id(taken)
    taken_names = {taken_pair.mentor.full_name, taken_pair.mentee.full_name}
    seen: dict[str, object] = {}

    def review(dialog):
        qtbot.waitUntil(lambda: dialog.accept_button.isEnabled(), timeout=20_000)
        texts = [dialog.unmatched_list.item(r).text() for r in range(dialog.unmatched_list.count())]
        seen["before"] = (dialog.unmatched_label.text(), texts)
        first = dialog.model.index(0, 0)
        dialog.model.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        seen["after"] = (dialog.unmatched_label.text(), dialog.unmatched_list.count())
        seen["unticked"] = dialog.model.proposals[0]
        dialog.reject()

    answer_next_dialog(review)
    tab.suggest_action.trigger()
    label, texts = seen["before"]
    assert label == f"<b>Not matched</b> ({len(texts)})"
    assert not any(text.split(" (")[0] in taken_names for text in texts)
    label_after, count_after = seen["after"]
    assert count_after == len(texts) + 2
    assert label_after == f"<b>Not matched</b> ({len(texts) + 2})"
