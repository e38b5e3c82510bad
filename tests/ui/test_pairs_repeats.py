"""New pair and Replace mentor follow matching's no-repeat rule; a repeat by hand is asked."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from rmdesk.programme import cycles, pairs
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.demo import fill_demo
from rmdesk.programme.pairings import allow_repeats
from rmdesk.programme.validation import RuleError
from rmdesk.store.models import Pair, Participant
from rmdesk.ui.main_window import TAB_PAIRS


@pytest.fixture
def cycle_window(qtbot, window):
    """Demo people and one cycle, shown in the Pairs tab."""
    fill_demo(participants=30, seed=3)
    cycle_id = cycles.create_cycle(CycleData(name="2027 cohort", start_date=dt.date(2027, 1, 4)))
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle_id)
    window.tabs.setCurrentIndex(TAB_PAIRS)
    return window


def offered(candidate_list) -> dict[int, str]:
    """Mentor id -> the text the list shows for them."""
    return {
        candidate_list.item(row).data(Qt.ItemDataRole.UserRole): candidate_list.item(row).text()
        for row in range(candidate_list.count())
    }


def a_free_pair(cycle_id: int) -> tuple[int, int]:
    """A mentee and their best candidate mentor (the domain decides, not the test)."""
    from rmdesk.programme.matching.candidates import candidates

    for mentee in pairs.unpaired(cycle_id)[1]:
        found = candidates(cycle_id, mentee.id)
        if len(found) > 1:
            return found[0].id, mentee.id
    raise AssertionError("no free pair in the demo")


def test_new_pair_hides_a_pair_ended_early_and_asks_before_repeating_it(
    cycle_window, qtbot, answer_next_dialog, monkeypatch
):
    tab = cycle_window.pairs_tab
    cycle_id = tab.cycle_id
    mentor_id, mentee_id = a_free_pair(cycle_id)
    first = pairs.create_pair(cycle_id, mentor_id, mentee_id)
    pairs.activate_pair(first)
    pairs.end_pair_early(first, "Moved to another team")
    tab.reload()
    mentor = Participant.get_by_id(mentor_id).full_name
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    seen: dict[str, object] = {}

    def choose(dialog):
        dialog.mentee_combo.setCurrentIndex(dialog.mentee_combo.findData(mentee_id))
        seen["hidden"] = mentor_id not in offered(dialog.mentor_list)
        seen["best"] = dialog.mentor_list.chosen_id()
        qtbot.mouseClick(dialog.repeats_box, Qt.MouseButton.LeftButton)
        seen["kept"] = dialog.mentor_list.chosen_id()  # not the repeat, though it scores more
        shown = offered(dialog.mentor_list)
        seen["shown"] = shown.get(mentor_id, "")
        row = list(shown).index(mentor_id)
        dialog.mentor_list.setCurrentRow(row)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # asked: No
        seen["open_after_no"] = dialog.isVisible()
        seen["pairs_after_no"] = Pair.select().count()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # asked: Yes

    answer_next_dialog(choose)
    tab.new_pair_action.trigger()
    assert seen["hidden"], "the mentor of the pair that ended early was offered again"
    assert "ended early in 2027 cohort" in str(seen["shown"])
    assert seen["kept"] == seen["best"] != mentor_id
    assert seen["open_after_no"] and seen["pairs_after_no"] == 1
    assert len(asked) == 2
    assert mentor in asked[0]
    assert "paired in 2027 cohort, ended early on" in asked[0]
    assert "Moved to another team" in asked[0]
    again = Pair.select().where(Pair.id != first).get()
    assert (again.mentor_id, again.mentee_id, again.status) == (mentor_id, mentee_id, "proposed")


def test_replace_mentor_never_offers_a_partner_from_an_earlier_cycle(
    cycle_window, qtbot, answer_next_dialog
):
    tab = cycle_window.pairs_tab
    earlier = tab.cycle_id
    old_mentor, mentee_id = a_free_pair(earlier)
    done = pairs.create_pair(earlier, old_mentor, mentee_id)
    pairs.activate_pair(done)
    pairs.end_pair_early(done, "Cycle over for them")
    later = cycles.create_cycle(CycleData(name="2028 cohort", start_date=dt.date(2028, 1, 3)))
    from rmdesk.programme.matching.candidates import candidates

    now = next(c.id for c in candidates(later, mentee_id) if c.id != old_mentor)
    current = pairs.create_pair(later, now, mentee_id)
    pairs.activate_pair(current)
    cycle_window.cycle_selector.reload(later)
    assert tab.select_pair(current)
    lists: list[dict[int, str]] = []

    def look(dialog):
        lists.append(offered(dialog.mentor_list))
        dialog.reject()

    answer_next_dialog(look)
    tab.replace_action.trigger()
    assert lists and old_mentor not in lists[0] and lists[0]
    # The same pair through the domain: refused, naming the earlier cycle.
    with pytest.raises(RuleError, match="paired in 2027 cohort"):
        pairs.replace_mentor(current, old_mentor, "Try the old one")
    assert Pair.get_by_id(current).status == "active"
    # Once the cycle allows repeats, the earlier partner is a candidate again.
    allow_repeats(later, True)
    answer_next_dialog(look)
    tab.replace_action.trigger()
    assert old_mentor in lists[1]
