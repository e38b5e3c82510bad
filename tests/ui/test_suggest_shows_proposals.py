"""Suggest matches asked from another tab ends on the Pairs tab with the new proposals
selected, so Publish selected is right there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rmdesk.store.models import Pair
from rmdesk.ui.main_window import TAB_PAIRS, TAB_PARTICIPANTS

from .test_pairs_tab import cycle_window

__all__ = ["cycle_window"]  # the fixture, shared


def test_accepting_from_participants_shows_the_proposals_selected_in_pairs(
    cycle_window, qtbot, answer_next_dialog
):
    window = cycle_window
    tab = window.pairs_tab
    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)

    def accept_all(dialog):
        qtbot.waitUntil(lambda: dialog.accept_button.isEnabled(), timeout=20_000)
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(accept_all)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: Pair.select().count() > 0, timeout=20_000)

    stored = {p.id for p in Pair.select().where(Pair.cycle == tab.cycle_id)}
    assert stored and all(p.status == "proposed" for p in Pair.select())
    assert window.tabs.currentIndex() == TAB_PAIRS
    assert {row.id for row in tab.selected_rows()} == stored
    assert tab.activate_action.isEnabled()  # Publish selected, right there
