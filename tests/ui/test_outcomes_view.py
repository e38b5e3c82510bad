"""The Outcomes sub-tab driven with qtbot, on the small programme of
``tests/programme/test_outcomes.py`` whose figures are worked out there by hand:
lazy computing, the tables' texts, "–" and n = 0, refresh after a goal is achieved,
the empty cycle, Copy as text, and the report button reaching the Documents action."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from rmdesk.programme.goals import mark_achieved
from rmdesk.programme.pairs import create_pair
from rmdesk.store.models import Goal
from rmdesk.ui.common.operations import Changes, operate
from rmdesk.ui.goals.outcomes import PAGE_EMPTY, PAGE_FIGURES, OutcomesView, TextTableModel
from rmdesk.ui.goals.tab import SUB_GOALS, SUB_OUTCOMES, GoalsTab
from rmdesk.ui.main_window import TAB_GOALS
from tests.builders import person
from tests.programme.test_outcomes import cycle, programme  # noqa: F401  (fixtures)


def rows(model: TextTableModel) -> list[tuple[str, ...]]:
    """What the user reads, row by row."""
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


@pytest.fixture
def tab(qtbot, programme) -> GoalsTab:  # noqa: F811
    widget = GoalsTab()
    qtbot.addWidget(widget)
    widget.resize(1250, 650)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_cycle(programme["cycle"])
    return widget


def show_outcomes(tab: GoalsTab) -> OutcomesView:
    tab.sub_tabs.setCurrentIndex(SUB_OUTCOMES)
    view = tab.outcomes_view
    assert view.isVisible()
    return view


def test_figures_are_computed_only_once_shown_and_match_the_hand_count(tab, qtmodeltester):
    view = tab.outcomes_view
    assert tab.sub_tabs.tabText(SUB_OUTCOMES) == "Outcomes"
    assert view.refresh_count == 0  # the Goals sub-tab is showing: nothing computed yet
    show_outcomes(tab)
    assert view.refresh_count == 1
    assert view.pages.currentIndex() == PAGE_FIGURES
    assert "Small" in view.title_label.text()
    for model in view.models:
        qtmodeltester.check(model)
    # 8 people of the 4 started pairs; 2 of them ended early; 5 held, 1 missed, 10 in all.
    assert rows(view.headline_model) == [(
        "8 (4 + 4)", "4", "2 of 4 · 50%", "5 of 10 scheduled meetings", "5 of 6 · 83%",
        "2 of 5 · 40%",
    )]  # fmt: skip
    # Set 5 (G3 dropped, G7 a proposed pair's draft), achieved G1 and G6, progress 290 / 5.
    assert rows(view.goals_model) == [
        ("All goals", "5", "2", "1", "40%", "58%"),
        ("Mentee (senior)", "3", "1", "1", "33%", "50%"),
        ("Mentor (junior)", "2", "1", "0", "50%", "70%"),
        ("By topic", "", "", "", "", ""),
        ("Innovation", "2", "0", "0", "0%", "20%"),
        ("Social media", "2", "1", "0", "50%", "75%"),
        ("No topic", "1", "1", "1", "100%", "100%"),
    ]
    assert view.goals_model.is_heading(3) and not view.goals_model.is_heading(0)
    dims = {row[:2]: row[2:] for row in rows(view.dimensions_model)}
    assert dims[("Mentee (senior)", "Digital fluency")] == ("3", "2.00", "1", "4.00", "1", "+2.00")
    assert dims[("Mentee (senior)", "Inclusive leadership")] == (
        "1",
        "3.00",
        "1",
        "3.00",
        "1",
        "0.00",
    )  # no change carries no sign
    # Nobody answered: n = 0 and "–", never a made-up mean.
    assert dims[("Mentee (senior)", "Openness to challenge")] == ("0", "–", "0", "–", "0", "–")
    assert dims[("Mentor (junior)", "Communication")] == ("1", "2.00", "2", "3.50", "1", "+1.00")
    assert dims[("Mentor (junior)", "Voice in the organisation")] == (
        "0",
        "–",
        "1",
        "5.00",
        "0",
        "–",
    )
    assert "n both" in view.dimension_note.text() and view.dimension_note.isVisible()
    assert rows(view.satisfaction_model) == [("Mentee (senior)", "3", "3.67"),
                                             ("Mentor (junior)", "1", "4.00")]  # fmt: skip
    assert rows(view.fit_model) == [("Good fit", "2"), ("Still deciding", "1"),
                                    ("Not a good fit", "1"), ("Not asked yet", "1")]  # fmt: skip
    assert rows(view.pairs_model) == [
        ("Formed (started)", "4"), ("Completed", "1"), ("Still active", "1"),
        ("Ended early", "2"), ("    Moved away", "1"), ("    Workload", "1"),
        ("Proposed, not started", "1"),
    ]  # fmt: skip
    # Figures right-aligned, names left-aligned.
    right = view.goals_model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    left = view.goals_model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole)
    assert right & Qt.AlignmentFlag.AlignRight and left & Qt.AlignmentFlag.AlignLeft
    # Nothing changed: switching away and back shows the same figures.
    tab.sub_tabs.setCurrentIndex(SUB_GOALS)
    show_outcomes(tab)
    assert rows(view.headline_model)[0][5] == "2 of 5 · 40%"


def test_a_goal_achieved_in_the_goals_sub_tab_shows_when_coming_back(qtbot, tab):
    view = show_outcomes(tab)
    assert rows(view.headline_model)[0][5] == "2 of 5 · 40%"
    tab.sub_tabs.setCurrentIndex(SUB_GOALS)
    computed = view.refresh_count
    goal = Goal.get(Goal.title == "G5")  # the mentee's Innovation goal of the active pair
    assert tab.select_goal(goal.id)
    qtbot.mouseClick(tab.findChild(QPushButton, "goals_achieved_button"), Qt.MouseButton.LeftButton)
    assert Goal.get_by_id(goal.id).status == "achieved"
    assert view.refresh_count == computed  # hidden: marked stale, not computed
    show_outcomes(tab)
    assert rows(view.headline_model)[0][5] == "3 of 5 · 60%"
    assert ("Innovation", "2", "1", "0", "50%", "70%") in rows(view.goals_model)


def test_copy_as_text_puts_the_figures_on_the_clipboard(qtbot, tab):
    view = show_outcomes(tab)
    QApplication.clipboard().clear()
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    assert text.startswith("Outcomes of Small (2026-03-02 to 2026-11-30)")
    assert "Participants\tPairs formed\tRetention" in text
    assert "All goals\t5\t2\t1\t40%\t58%" in text
    assert "Mentee (senior)\tOpenness to challenge\t0\t–\t0\t–\t0\t–" in text
    assert "Not asked yet\t1" in text
    assert "    Workload\t1" in text
    assert "“n both”" in text  # the note travels with the table


def test_an_empty_cycle_says_so(qtbot, cycle):  # noqa: F811
    view = OutcomesView()
    qtbot.addWidget(view)
    view.show()
    view.set_cycle(cycle)
    assert view.pages.currentIndex() == PAGE_EMPTY
    assert view.empty_label.text().startswith("No outcomes yet: no pair of this cycle has started.")
    assert not view.copy_button.isEnabled()
    assert all(model.rowCount() == 0 for model in view.models)
    # One proposed pair: still no outcomes, and the page says what is waiting.
    create_pair(cycle, person("Ana", "mentor"), person("Carla", "mentee"))
    view.mark_stale()  # on screen: recomputed at once
    assert "1 proposed pair waits to be started." in view.empty_label.text()
    view.set_cycle(None)
    assert view.empty_label.text() == "Choose a cycle in the toolbar to see its outcomes."
    assert not view.report_button.isEnabled()


def test_the_report_button_runs_the_documents_report_action(
    qtbot,
    programme,  # noqa: F811
    db_path,
    answer_next_dialog,
):
    from tests.ui.conftest import _shown_window

    window = _shown_window(qtbot, db_path)
    window.cycle_selector.reload(programme["cycle"])
    window.tabs.setCurrentIndex(TAB_GOALS)
    view = show_outcomes(window.goals_tab)
    asked: list[str] = []

    def cancel(dialog) -> None:
        asked.append(dialog.windowTitle())
        dialog.reject()

    answer_next_dialog(cancel)
    with qtbot.waitSignal(window.documents.report_action.triggered, timeout=2000):
        qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: asked == ["End-of-cycle report"], timeout=2000)
    assert window.documents.worker is None  # cancelled at the question: nothing generated


def test_a_change_made_while_the_figures_are_on_screen_shows_at_once(tab):
    goal = Goal.get(Goal.title == "G5")
    assert tab.select_goal(goal.id)  # selected in the Goals sub-tab, then Outcomes opened
    view = show_outcomes(tab)
    assert not tab.achieved_action.isEnabled()  # a goal's action is not the figures'
    # Another view (the pair's detail, a dialog) achieves it through the window's path.
    assert operate(tab, lambda: mark_achieved(goal.id), Changes.GOALS)
    assert Goal.get_by_id(goal.id).status == "achieved"
    assert rows(view.headline_model)[0][5] == "3 of 5 · 60%"
