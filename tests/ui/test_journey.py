"""A coordinator's first programme, end to end through the window: the HR spreadsheet
in, a cycle, suggested pairs published, a goal, the pairing agreement on screen.

Each step has its own tests; this one proves the tabs hand over to each other (an
import reaches the matcher, a published pair reaches the Goals tab and the documents).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from pypdf import PdfReader

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from rmdesk.store.models import Cycle, Goal, Pair, Participant
from rmdesk.ui.main_window import TAB_GOALS, TAB_PAIRS

SPREADSHEET = (
    "Full_Name;Email;Role;Job_Title;Department;Level;Manager_Email;Offers;Wants\r\n"
    "Margaret Okonkwo;margaret@example.org;mentee;Chief Financial Officer;Finance;6;;;"
    '"Social media; Technology & digital tools"\r\n'
    "Henrik Sørensen;henrik@example.org;mentee;Head of Operations;Operations;5;"
    "margaret@example.org;;Generational trends\r\n"
    "Aiko Tanaka;aiko@example.org;mentor;Data Analyst;Digital;1;;"
    '"Social media; Technology & digital tools";\r\n'
    "Léa Dubois;lea@example.org;mentor;Marketing Assistant;Marketing;2;;"
    "Generational trends;\r\n"
)


def test_from_the_hr_spreadsheet_to_a_pairing_agreement(
    qtbot, window, tmp_path: Path, monkeypatch, answer_next_dialog, confirm
):
    # 1. File > Import participants: preview, then import.
    source = tmp_path / "hr.csv"
    source.write_bytes(b"\xef\xbb\xbf" + SPREADSHEET.encode("utf-8"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    window.exchange.import_action.trigger()
    dialog = window.exchange.import_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.counts.text() == "4 new · 0 updated · 0 unchanged"
    with qtbot.waitSignal(window.exchange.participants_imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    people = window.participants_tab.model.rows()
    assert sorted(row.full_name for row in people) == [
        "Aiko Tanaka", "Henrik Sørensen", "Léa Dubois", "Margaret Okonkwo",
    ]  # fmt: skip

    # 2. The first cycle, from the Pairs tab's empty page.
    window.tabs.setCurrentIndex(TAB_PAIRS)
    start = dt.date.today()

    def new_cycle(cycle_dialog):
        qtbot.keyClicks(cycle_dialog.name_edit, "Pilot")
        cycle_dialog.start_edit.setDate(QDate(start.year, start.month, start.day))
        qtbot.mouseClick(cycle_dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(new_cycle)
    new_cycle_button = window.pairs_tab.findChild(QPushButton, "empty_new_cycle")
    qtbot.mouseClick(new_cycle_button, Qt.MouseButton.LeftButton)
    cycle = Cycle.get(Cycle.name == "Pilot")
    assert window.cycle_selector.current_cycle_id() == cycle.id

    # 3. Suggest matches: the imported topics drive the proposals; accept, publish.
    def accept_all(suggestions):
        qtbot.waitUntil(suggestions.accept_button.isEnabled, timeout=20_000)
        assert suggestions.model.rowCount() == 2
        qtbot.mouseClick(suggestions.accept_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(accept_all)
    window.pairs_tab.suggest_action.trigger()
    window.pairs_tab.publish_action.trigger()
    pairs = {
        (p.mentor.full_name, p.mentee.full_name): p
        for p in Pair.select().where(Pair.cycle == cycle.id)
    }
    assert {p.status for p in pairs.values()} == {"active"}
    # Shared topics decided the match (what each mentor offers is what a mentee wants).
    aiko_pair = pairs[("Aiko Tanaka", "Margaret Okonkwo")]
    assert ("Léa Dubois", "Henrik Sørensen") in pairs

    # 4. The Goals tab knows the new pair: add the mentee's first goal.
    window.tabs.setCurrentIndex(TAB_GOALS)
    goals_tab = window.goals_tab
    goals_tab.pair_combo.setCurrentIndex(goals_tab.pair_combo.findData(aiko_pair.id))

    def first_goal(goal_dialog):
        assert "Margaret Okonkwo" in goal_dialog.owner_combo.currentText()
        qtbot.keyClicks(goal_dialog.title_edit, "Post on the intranet twice a month")
        qtbot.keyClicks(goal_dialog.measure_edit, "Six posts by the midpoint")
        qtbot.mouseClick(goal_dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(first_goal)
    qtbot.mouseClick(goals_tab.buttons["add_goal"], Qt.MouseButton.LeftButton)
    goal = Goal.get(Goal.title == "Post on the intranet twice a month")
    assert (goal.pair_id, goal.owner) == (aiko_pair.id, "mentee")

    # 5. Documents > Agreement for this pair, from the Pairs tab's selection.
    window.tabs.setCurrentIndex(TAB_PAIRS)
    window.pairs_tab.select_pair(aiko_pair.id)
    window.documents.update_enabled()
    window.documents.agreement_action.trigger()
    qtbot.waitUntil(lambda: window.documents.preview is not None, timeout=20_000)
    preview = window.documents.preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(preview.isVisible)
    reader = PdfReader(io.BytesIO(preview.pdf_path.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    expected = ("Aiko Tanaka", "Margaret Okonkwo", "Chief Financial Officer",
                "Post on the intranet twice a month", "Six posts by the midpoint")  # fmt: skip
    assert [part for part in expected if part not in text] == []
    preview.accept()
    assert Participant.select().count() == 4  # nothing created twice on the way
