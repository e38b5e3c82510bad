"""Suggest matches in the window: why not, and the Matching settings (gap, repeats)."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt

from rmdesk.programme import cycles, pairings, settings
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.demo import fill_demo
from rmdesk.store.models import Pair
from rmdesk.ui.main_window import TAB_PAIRS


@pytest.fixture
def second_cycle(qtbot, window):
    """Demo people paired in a first cycle, and a second cycle shown in the Pairs tab."""
    fill_demo(participants=30, seed=3)
    first = cycles.create_cycle(CycleData(name="2026 cohort", start_date=dt.date(2026, 1, 5)))
    second = cycles.create_cycle(CycleData(name="2027 cohort", start_date=dt.date(2027, 1, 4)))
    window.participants_tab.reload()
    window.cycle_selector.reload(second)
    window.tabs.setCurrentIndex(TAB_PAIRS)
    return window, first, second


def test_not_matched_lists_the_best_candidates_and_what_blocked_them(
    second_cycle, qtbot, answer_next_dialog
):
    window, _, _ = second_cycle
    tab = window.pairs_tab
    seen: dict[str, object] = {}

    def review(dialog):
        qtbot.waitUntil(lambda: dialog.match_result is not None, timeout=20_000)
        result = dialog.match_result
        left = [u for u in result.unmatched if u.participant_id in dialog.free_ids]
        items = [dialog.unmatched_list.item(i).text() for i in range(dialog.unmatched_list.count())]
        seen["left"], seen["items"] = left, items
        dialog.reject()

    answer_next_dialog(review)
    tab.suggest_action.trigger()
    left, items = seen["left"], seen["items"]
    assert left, "the demo leaves someone unmatched"
    for person, text in zip(left, items, strict=False):
        assert text.startswith(person.name)
        if person.candidates:
            first = person.candidates[0]
            assert "Best candidates: " in text
            assert f"{first.name} ({first.score:.0f}): {first.blocked}" in text


def test_matching_settings_save_the_gap_and_repeats_for_this_cycle(
    second_cycle, qtbot, answer_next_dialog
):
    window, first, second = second_cycle
    tab = window.pairs_tab
    state: dict[str, object] = {}

    def settings_dialog(dialog):
        assert dialog.windowTitle() == "Matching settings"
        assert dialog.repeats_box.isVisible() and "2027 cohort" in dialog.repeats_box.text()
        assert dialog.gap_spin.value() == 1
        dialog.gap_spin.setValue(0)
        dialog.repeats_box.setChecked(True)
        dialog.accept()
        state["closed"] = not dialog.isVisible()

    def review(dialog):
        qtbot.waitUntil(lambda: dialog.match_result is not None, timeout=20_000)
        answer_next_dialog(settings_dialog)
        qtbot.mouseClick(dialog.weights_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.match_result is not None, timeout=20_000)
        dialog.reject()

    answer_next_dialog(review)
    tab.suggest_action.trigger()
    assert state["closed"]
    assert settings.read(settings.MATCHING_MINIMUM_GAP) == 0
    assert pairings.repeats_allowed(second) and not pairings.repeats_allowed(first)
    assert Pair.select().count() == 0  # settings only, no pair written


def test_shortlists_from_the_pairs_tab_open_one_page_per_mentee_still_looking(second_cycle, qtbot):
    import io

    from pypdf import PdfReader

    from PySide6.QtWidgets import QPushButton

    from rmdesk.programme import pairs
    from rmdesk.programme.matching.shortlist import shortlists

    window, _, second = second_cycle
    button = window.pairs_tab.findChild(QPushButton, "shortlists_button")
    assert button is not None and button.isVisible() and button.isEnabled()
    expected = shortlists(second)
    _, mentees = pairs.unpaired(second)
    assert [s.mentee_id for s in expected] and {s.mentee_id for s in expected} <= {
        m.id for m in mentees
    }
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.documents.preview is not None, timeout=20_000)
    preview = window.documents.preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(preview.isVisible)
    assert "2027 cohort" in preview.windowTitle()
    reader = PdfReader(io.BytesIO(preview.pdf_path.read_bytes()))
    assert preview.document.page_count == len(expected)  # what the coordinator sees
    assert len(reader.pages) == len(expected)
    first_page = reader.pages[0].extract_text()
    assert expected[0].name in first_page
    if expected[0].choices:
        assert expected[0].choices[0].name in first_page
    preview.close()


def test_not_matched_lines_wrap_at_the_list_s_width(second_cycle, qtbot, answer_next_dialog):
    """A reason and its candidates are read whole, wrapped, without scrolling sideways
    (German lines run past any window)."""
    window, _, _ = second_cycle
    seen: dict[str, object] = {}

    def review(dialog):
        qtbot.waitUntil(lambda: dialog.unmatched_list.count() > 0, timeout=20_000)
        listed = dialog.unmatched_list
        dialog.resize(700, dialog.height())  # narrower than a line with candidates
        qtbot.wait(50)
        room = listed.viewport().width()
        metrics = listed.fontMetrics()
        items = [listed.item(i) for i in range(listed.count())]
        long = [
            i for i in items if max(map(metrics.horizontalAdvance, i.text().split("\n"))) > room
        ]
        seen["long"] = len(long)
        seen["rects"] = [(listed.visualItemRect(i), len(i.text().split("\n"))) for i in long]
        seen["room"], seen["line"] = room, metrics.lineSpacing()
        seen["sideways"] = listed.horizontalScrollBar().maximum()
        dialog.reject()

    answer_next_dialog(review)
    window.pairs_tab.suggest_action.trigger()
    assert seen["long"], "the demo has a line longer than the list is wide"
    assert seen["sideways"] == 0
    for rect, lines in seen["rects"]:
        assert rect.width() <= seen["room"]
        assert rect.height() > lines * seen["line"]  # more lines than the text has: wrapped
