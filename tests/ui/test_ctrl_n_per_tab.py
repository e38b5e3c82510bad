"""Ctrl+N is the shown tab's "new": a participant, a pair, a meeting, a goal; never
New participant from another tab (the Goals tab's empty page promises Add goal)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rmdesk.store.models import Goal, Meeting, Pair, Participant
from rmdesk.ui.main_window import TAB_CALENDAR, TAB_GOALS, TAB_PAIRS, TAB_PARTICIPANTS

from .test_changes import _two_active_pairs


def _title_after_ctrl_n(window, qtbot, answer_next_dialog) -> str:
    seen: list[str] = []

    def note(dialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    bar = window.tabs.tabBar()  # focus on the tab just chosen, as after a click on it
    window.activateWindow()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    answer_next_dialog(note)
    qtbot.keyClick(bar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    return seen[0]


def test_ctrl_n_opens_the_new_of_each_tab(window, qtbot, answer_next_dialog):
    cycle_id, _a, _b = _two_active_pairs()
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle_id)
    counts = (Participant.select().count(), Pair.select().count(),
              Meeting.select().count(), Goal.select().count())  # fmt: skip
    expected = {
        TAB_PARTICIPANTS: "New participant",
        TAB_PAIRS: "New pair",
        TAB_CALENDAR: "New meeting",
        TAB_GOALS: "New goal",
    }
    for index, title in expected.items():
        window.tabs.setCurrentIndex(index)
        assert _title_after_ctrl_n(window, qtbot, answer_next_dialog).startswith(title), title
    # Each dialog was cancelled: nothing written.
    assert counts == (Participant.select().count(), Pair.select().count(),
                      Meeting.select().count(), Goal.select().count())  # fmt: skip
