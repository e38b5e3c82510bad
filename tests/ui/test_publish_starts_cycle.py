"""Publishing the first pairs starts a planning cycle: the toolbar's cycle selector,
the Pairs header and Programme > Start cycle follow at once, not after reopening."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from rmdesk.store.models import Cycle, Pair

from .test_pairs_bulk import cycle_window, proposals, select

__all__ = ["cycle_window"]  # the fixture, shared


def test_publish_shows_the_cycle_running_in_the_selector_and_stops_offering_start(
    cycle_window, qtbot, confirm
):
    tab = cycle_window.pairs_tab
    selector = cycle_window.cycle_selector
    made = proposals(tab, 2)
    assert selector.currentText() == "2027 cohort (planning)"
    assert tab.start_cycle_action.isEnabled()

    qtbot.mouseClick(tab.findChild(QPushButton, "publish_button"), Qt.MouseButton.LeftButton)

    assert {pair.status for pair in Pair.select()} == {"active"}
    assert [pair.id for pair in Pair.select().order_by(Pair.id)] == made
    assert Cycle.get_by_id(tab.cycle_id).status == "active"
    assert selector.currentText() == "2027 cohort (running)"
    assert selector.currentData() == tab.cycle_id  # the same cycle stays shown
    assert "running" in tab.cycle_label.text()
    assert not tab.start_cycle_action.isEnabled()
    assert tab.close_cycle_action.isEnabled()


def test_publishing_selected_proposals_starts_the_cycle_too(cycle_window, confirm):
    tab = cycle_window.pairs_tab
    first, _second = proposals(tab, 2)
    select(tab, [first])
    tab.activate_action.trigger()
    assert Cycle.get_by_id(tab.cycle_id).status == "active"
    assert cycle_window.cycle_selector.currentText() == "2027 cohort (running)"
    assert not tab.start_cycle_action.isEnabled()


def test_a_closed_cycle_offers_neither_start_nor_close(cycle_window, confirm):
    tab = cycle_window.pairs_tab
    tab.close_cycle_action.trigger()
    assert Cycle.get_by_id(tab.cycle_id).status == "closed"
    assert cycle_window.cycle_selector.currentText() == "2027 cohort (closed)"
    assert not tab.start_cycle_action.isEnabled()
    assert not tab.close_cycle_action.isEnabled()
