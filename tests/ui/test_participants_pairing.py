"""The Participants tab and pairs: the Active pair column, "not paired in this cycle",
archiving someone in an open pair; and the filter's Enter, the columns at 1280 px, a
form whose errors clear as fields are corrected."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from rmdesk.programme import participants as domain
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import Cycle, Pair, Participant
from rmdesk.ui.participants.archive_dialog import EndPairsDialog
from rmdesk.ui.participants.dialog import ParticipantDialog
from rmdesk.ui.participants.model import COL_ACTIVE_PAIR, COL_NAME, COL_STATUS, ID_ROLE


def shown_names(tab) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(row, COL_NAME).data() for row in range(proxy.rowCount())]


@pytest.fixture
def paired(window):
    """Two pairs in a running cycle (one active, one proposed) and two people unpaired."""
    people = {
        name: domain.create_participant(ParticipantData(full_name=name, role=role, level=level))
        for name, role, level in (
            ("Ana Junior", "mentor", 2), ("Ben Junior", "mentor", 2), ("Cleo Junior", "mentor", 2),
            ("Dana Senior", "mentee", 5), ("Eli Senior", "mentee", 5), ("Fay Senior", "mentee", 5),
        )
    }  # fmt: skip
    today = dt.date.today()  # running now: a pair can end today
    cycle = Cycle.create(
        name="2026", start_date=today - dt.timedelta(days=60),
        end_date=today + dt.timedelta(days=200), status="active",
    )  # fmt: skip
    Pair.create(
        cycle=cycle, mentor=people["Ana Junior"], mentee=people["Dana Senior"], status="active"
    )
    Pair.create(
        cycle=cycle, mentor=people["Ben Junior"], mentee=people["Eli Senior"], status="proposed"
    )
    window.cycle_selector.reload()
    window.participants_tab.reload()
    return people


def cell(tab, name: str, column: int) -> str:
    row = shown_names(tab).index(name)
    return tab.proxy.index(row, column).data()


def test_the_active_pair_column_names_active_pairs_only(window, paired):
    tab = window.participants_tab
    assert cell(tab, "Ana Junior", COL_ACTIVE_PAIR) == "Dana Senior"
    assert cell(tab, "Dana Senior", COL_ACTIVE_PAIR) == "Ana Junior"
    assert cell(tab, "Ben Junior", COL_ACTIVE_PAIR) == ""  # only proposed
    assert cell(tab, "Eli Senior", COL_ACTIVE_PAIR) == ""


def test_not_paired_in_this_cycle_follows_the_toolbars_cycle(window, paired):
    tab = window.participants_tab
    assert window.cycle_selector.currentText().startswith("2026")
    tab.archived_combo.setCurrentIndex(tab.archived_combo.findText("Not paired in this cycle"))

    assert shown_names(tab) == ["Cleo Junior", "Fay Senior"]

    other = Cycle.create(name="2031", start_date=dt.date(2031, 1, 1), end_date=dt.date(2031, 9, 1))
    window.cycle_selector.reload()
    window.cycle_selector.setCurrentIndex(window.cycle_selector.findData(other.id))
    assert len(shown_names(tab)) == 6  # nobody is paired in 2031 yet


def test_archiving_someone_in_an_open_pair_offers_to_end_it_or_cancel(
    window, paired, qtbot, answer_next_dialog
):
    tab = window.participants_tab
    ana = paired["Ana Junior"]
    tab.select_participant(ana)
    tab.table.setFocus()
    seen: list[str] = []

    def cancel(dialog: EndPairsDialog) -> None:
        seen.append(dialog.findChild(QLabel, "open_pairs").text())
        assert not dialog.end_button.isEnabled()  # no reason yet
        dialog.reject()

    answer_next_dialog(cancel)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)

    assert "Ana Junior is still in an open pair" in seen[0] and "Dana Senior" in seen[0]
    assert not Participant.get_by_id(ana).archived
    assert Pair.get(Pair.mentor == ana).status == "active"  # cancelled: nothing changed

    def end_it(dialog: EndPairsDialog) -> None:
        qtbot.keyClicks(dialog.reason_edit, "Moved to another company")
        assert dialog.end_button.isEnabled()
        qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(end_it)
    tab.remove_action.trigger()  # the menu's Delete or archive this time

    assert Participant.get_by_id(ana).archived
    pair = Pair.get(Pair.mentor == ana)
    assert (pair.status, pair.end_reason) == ("ended_early", "Moved to another company")
    assert "Ana Junior" not in shown_names(tab)
    assert cell(tab, "Dana Senior", COL_ACTIVE_PAIR) == ""
    assert window.statusBar().currentMessage() == ("Ended 1 pair early and archived Ana Junior.")
    assert not tab.undo_action.isEnabled()  # an undo would not restart the pair


def test_enter_in_a_typed_filter_moves_to_its_first_row_and_edits_nobody(
    window, paired, qtbot, monkeypatch
):
    opened: list[str] = []
    monkeypatch.setattr(
        ParticipantDialog, "exec", lambda dialog: opened.append(dialog.name_edit.text()) or 0
    )
    tab = window.participants_tab
    tab.role_combo.setCurrentIndex(tab.role_combo.findData("mentee"))
    tab.select_participant(paired["Fay Senior"])  # chosen before, and still matching
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.filter_edit, "senior")
    assert shown_names(tab) == ["Dana Senior", "Eli Senior", "Fay Senior"]

    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Return)

    assert tab.table.hasFocus() and opened == []
    assert tab.selected_id() == tab.proxy.index(0, COL_NAME).data(ID_ROLE) == paired["Dana Senior"]


def test_active_pair_and_status_are_on_screen_at_1280_px(window, paired, qtbot):
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window.width() == 1280)
    table = window.participants_tab.table
    header = table.horizontalHeader()
    for column in (COL_ACTIVE_PAIR, COL_STATUS):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= table.viewport().width()
    assert header.sectionSize(COL_ACTIVE_PAIR) >= table.fontMetrics().horizontalAdvance(
        "Dana Senior"
    )


def test_errors_under_the_fields_clear_as_soon_as_each_field_is_valid(db, qtbot):
    domain.create_participant(ParticipantData(full_name="Taken", email="taken@example.org"))
    dialog = ParticipantDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.email_edit, "not-an-email")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    name_error, email_error = dialog.field_errors["full_name"], dialog.field_errors["email"]
    assert name_error.text() == "Name is required." and name_error.isVisible()
    assert "not a valid email" in email_error.text() and email_error.isVisible()
    assert name_error.y() > dialog.name_edit.y() and email_error.y() > dialog.email_edit.y()
    assert dialog.name_edit.styleSheet() and dialog.email_edit.styleSheet()

    qtbot.keyClicks(dialog.name_edit, "N")  # the name is valid at its first letter

    assert "Name is required" not in dialog.said()
    assert not dialog.name_edit.styleSheet()
    assert "not a valid email" in dialog.said()  # still wrong, still said

    dialog.email_edit.clear()  # optional: valid when empty

    assert dialog.said() == "" and not dialog.email_edit.styleSheet()
    qtbot.keyClicks(dialog.email_edit, "x")  # a new mistake is said at Save, not while typing
    assert dialog.said() == ""
    assert Participant.select().count() == 1
