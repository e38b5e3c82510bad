"""The employee ID in the window: shown in the profile, found by the filter, edited in
the participant form under the same uniqueness rule as the HR import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from rmdesk.exchange.csv_import import preview_participants
from rmdesk.programme import participants as domain
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import Participant
from rmdesk.ui.participants.dialog import ParticipantDialog
from rmdesk.ui.participants.model import COL_NAME


def shown_names(tab) -> list[str]:
    return [tab.proxy.index(row, COL_NAME).data() for row in range(tab.proxy.rowCount())]


def save(qtbot, dialog: ParticipantDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_profile_shows_the_employee_id_and_the_form_changes_it(
    window, qtbot, answer_next_dialog
):
    ana = domain.create_participant(ParticipantData(full_name="Ana Silva", employee_id="E1"))
    domain.create_participant(ParticipantData(full_name="Bo Lind"))
    tab = window.participants_tab
    tab.reload()
    assert tab.select_participant(ana)
    assert "Employee ID" in tab.detail.toPlainText()
    assert "E1" in tab.detail.toPlainText()
    seen: list[str] = []

    def edit(dialog):
        qtbot.waitUntil(dialog.isActiveWindow)
        seen.append(dialog.employee_id_edit.text())
        dialog.employee_id_edit.clear()
        qtbot.keyClicks(dialog.employee_id_edit, " HR-0042 ")
        save(qtbot, dialog)

    answer_next_dialog(edit)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert seen == ["E1"]
    assert Participant.get_by_id(ana).employee_id == "HR-0042"  # trimmed
    assert "HR-0042" in tab.detail.toPlainText()
    qtbot.keyClicks(tab.filter_edit, "hr-0042")
    qtbot.waitUntil(lambda: shown_names(tab) == ["Ana Silva"])


def test_a_taken_employee_id_is_refused_under_the_field_naming_who_has_it(db, qtbot):
    domain.create_participant(ParticipantData(full_name="Ana Silva", employee_id="E7"))
    dialog = ParticipantDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Bo Lind")
    qtbot.keyClicks(dialog.employee_id_edit, "E7")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.field_errors["employee_id"].isVisible()
    assert "Ana Silva" in dialog.field_errors["employee_id"].text()
    assert "E7" in dialog.field_errors["employee_id"].text()
    assert Participant.select().count() == 1

    dialog.employee_id_edit.clear()  # blank is "no ID": allowed for any number of people
    assert not dialog.field_errors["employee_id"].isVisible()
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert Participant.get(Participant.full_name == "Bo Lind").employee_id is None


def test_editing_keeps_ones_own_employee_id_and_refuses_anothers(db, qtbot):
    ana = domain.create_participant(ParticipantData(full_name="Ana Silva", employee_id="E1"))
    bo = domain.create_participant(ParticipantData(full_name="Bo Lind", employee_id="E2"))
    dialog = ParticipantDialog(None, bo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.job_title_edit, "Analyst")
    save(qtbot, dialog)  # keeping E2, their own, is no clash
    assert not dialog.isVisible()
    assert (Participant.get_by_id(bo).job_title, Participant.get_by_id(bo).employee_id) == (
        "Analyst",
        "E2",
    )

    again = ParticipantDialog(None, bo)
    qtbot.addWidget(again)
    again.show()
    again.employee_id_edit.clear()
    qtbot.keyClicks(again.employee_id_edit, "E1")
    save(qtbot, again)
    assert again.isVisible()
    assert "Ana Silva" in again.field_errors["employee_id"].text()
    assert Participant.get_by_id(bo).employee_id == "E2"
    assert Participant.get_by_id(ana).employee_id == "E1"


def test_the_form_and_the_import_refuse_a_taken_id_in_the_same_words(db, qtbot):
    domain.create_participant(
        ParticipantData(full_name="Ana Silva", email="ana@example.org", employee_id="E1")
    )
    domain.create_participant(ParticipantData(full_name="Bo Lind", email="bo@example.org"))
    data = b"full_name,email,employee_id,role,level\nBo Lind,bo@example.org,E1,mentor,2\n"
    imported = [p.message for p in preview_participants(data).problems]
    dialog = ParticipantDialog(None, Participant.get(Participant.full_name == "Bo Lind").id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.employee_id_edit, "E1")
    save(qtbot, dialog)
    assert imported == [dialog.field_errors["employee_id"].text()]
    assert Participant.get(Participant.full_name == "Bo Lind").employee_id is None
