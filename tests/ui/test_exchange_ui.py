"""Files in and out from the window: import preview, exports, a person's data, erasure."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from rmdesk.programme import participants as domain
from rmdesk.programme.records import ParticipantData
from rmdesk.store import list_backups
from rmdesk.store.models import Participant
from rmdesk.ui.data.exchange_actions import EraseDialog
from rmdesk.ui.main_window import MainWindow

BAD = (
    "full_name,email,role,level\r\n"
    "Good Person,good@example.org,mentor,2\r\n"
    "Bad Email,not-an-email,mentor,2\r\n"
    "Bad Level,level@example.org,mentee,9\r\n"
)
GOOD = (
    "full_name;email;role;level;offers\r\n"
    "Amara Okafor;amara@example.org;mentor;1;Knitting\r\n"
    "Björn Petersen;bjorn@example.org;mentee;5;\r\n"
)


def names(window: MainWindow) -> list[str]:
    return [row.full_name for row in window.participants_tab.model.rows()]


def open_preview(qtbot, window: MainWindow, path: Path):
    dialog = window.exchange.open_import(path)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    return dialog


def test_file_menu_has_the_exchange_actions_before_check_database(window: MainWindow):
    file_menu = window.menus[0]
    texts = [action.text() for action in file_menu.actions()]
    assert texts.index("&Import participants…") < texts.index("&Check database…")
    assert "Export &everything…" in texts and "Import e&verything…" in texts
    export_menu = next(a.menu() for a in file_menu.actions() if a.text() == "E&xport")
    assert [a.text() for a in export_menu.actions()] == [
        "&Participants…", "P&airs…", "&Meetings…", "Meetings with private &notes…", "&Goals…",
    ]  # fmt: skip


def test_preview_lists_every_problem_and_import_stays_disabled(qtbot, window, tmp_path: Path):
    path = tmp_path / "bad.csv"
    path.write_text(BAD, "utf-8")
    dialog = open_preview(qtbot, window, path)
    assert dialog.counts.text() == "3 new · 0 updated · 0 unchanged"
    assert dialog.table.isVisible()
    assert dialog.model.rowCount() == 2
    assert dialog.problem_at(0) == ["3", "email", "“not-an-email” is not a valid email address."]
    assert dialog.problem_at(1) == ["4", "level", "Level must be between 1 and 6."]
    assert dialog.summary.text().startswith("2 problems in the file, listed below with their")
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # does nothing
    dialog.reject()
    assert Participant.select().count() == 0


def test_one_problem_and_one_import_read_in_the_singular(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "one-bad.csv"
    bad.write_text("full_name,email,role,level\r\nBad Email,not-an-email,mentor,2\r\n", "utf-8")
    dialog = open_preview(qtbot, window, bad)
    assert dialog.summary.text().startswith("1 problem in the file, listed below with its line")
    dialog.reject()

    good = tmp_path / "one.csv"
    good.write_text("full_name,email,role,level\r\nAmara Okafor,amara@example.org,mentor,1\r\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    window.exchange.import_action.trigger()
    dialog = window.exchange.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None)
    with qtbot.waitSignal(window.exchange.participants_imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Imported 1 new and 0 updated participants."
    good.write_text("full_name,email,role,level\r\nAmara Okafor,amara@example.org,mentor,2\r\n")
    window.exchange.import_action.trigger()
    dialog = window.exchange.import_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None)
    with qtbot.waitSignal(window.exchange.participants_imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Imported 0 new and 1 updated participant."


def test_a_good_file_is_imported_after_agreeing_to_new_topics(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "good.csv"
    path.write_text(GOOD, "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.exchange.import_action.trigger()
    dialog = window.exchange.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.counts.text() == "2 new · 0 updated · 0 unchanged"
    assert not dialog.table.isVisible()
    assert dialog.topics_label.text() == "Topics rmdesk does not know yet: Knitting."
    assert not dialog.import_button.isEnabled()
    box = dialog.create_topics
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.exchange.participants_imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert sorted(names(window)) == ["Amara Okafor", "Björn Petersen"]
    amara = Participant.get(Participant.email == "amara@example.org")
    assert domain.get_participant(amara.id).topics == ["Knitting"]
    assert "Imported 2 new and 0 updated participants and 1 new topic." in (
        window.statusBar().currentMessage()
    )
    assert [info.reason for info in list_backups(window.database_path)] == ["before-import"]


def add_people(window: MainWindow) -> int:
    domain.create_participant(
        ParticipantData(full_name="=Formula Person", email="f@example.org", role="mentee", level=5)
    )
    pid = domain.create_participant(
        ParticipantData(
            full_name="Zoë Wąsowska",
            email="zoe@example.org",
            role="mentor",
            level=1,
            notes="Prefers mornings, never Fridays",
        )
    )
    window.participants_tab.reload()
    return pid


def wait_idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.exchange.worker is None, timeout=10_000)


def test_export_participants_writes_the_chosen_file(qtbot, window, tmp_path, monkeypatch):
    add_people(window)
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    export = next(
        a for a in window.exchange.export_actions if a.objectName() == "export_participants"
    )
    export.trigger()
    wait_idle(qtbot, window)
    text = target.read_text("utf-8-sig")
    assert "'=Formula Person" in text and "Zoë Wąsowska" in text
    assert window.statusBar().currentMessage() == f"Exported 2 participants to {target}."


def test_export_everything_writes_json(qtbot, window, tmp_path, monkeypatch):
    add_people(window)
    target = tmp_path / "all.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.exchange.export_all_action.trigger()
    wait_idle(qtbot, window)
    document = json.loads(target.read_text("utf-8"))
    assert len(document["tables"]["participant"]["rows"]) == 2


def test_person_actions_follow_the_selection(qtbot, window):
    pid = add_people(window)
    tab = window.participants_tab
    assert window.exchange.person_erase_action in tab.participant_actions
    tab.table.clearSelection()
    assert not window.exchange.person_export_action.isEnabled()
    tab.select_participant(pid)
    assert window.exchange.person_export_action.isEnabled()


def test_export_this_persons_data(qtbot, window, tmp_path, monkeypatch):
    pid = add_people(window)
    window.participants_tab.select_participant(pid)
    target = tmp_path / "zoe.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.exchange.person_export_action.trigger()
    wait_idle(qtbot, window)
    assert json.loads(target.read_text("utf-8"))["participant"]["notes"] == (
        "Prefers mornings, never Fridays"
    )


def test_erase_asks_for_the_typed_name_then_the_person_is_gone(
    qtbot, window, answer_next_dialog, monkeypatch
):
    pid = add_people(window)
    window.participants_tab.select_participant(pid)
    seen: dict[str, bool] = {}

    def confirm_by_typing(dialog) -> None:
        assert isinstance(dialog, EraseDialog)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert "Erase Zoë Wąsowska from rmdesk?" in labels
        qtbot.keyClicks(dialog.name_edit, "Zo")  # QTest types Latin-1 only: the rest as
        seen["partial"] = dialog.erase_button.isEnabled()
        dialog.name_edit.insert("ë  WĄSOWSKA")  # an input method would; case and spaces aside
        seen["full"] = dialog.erase_button.isEnabled()
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    questions: list[str] = []

    def keep_backups(parent, title, text, *args, **kwargs):
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", keep_backups)
    answer_next_dialog(confirm_by_typing)
    window.exchange.person_erase_action.trigger()
    qtbot.waitUntil(lambda: bool(questions), timeout=10_000)
    assert seen == {"partial": False, "full": True}
    assert "Zoë Wąsowska" not in names(window)
    assert Participant.get_or_none(Participant.id == pid) is None
    for (text,) in Participant.select(Participant.full_name).tuples():
        assert "Zoë" not in text
    assert "1 backup made before the erasure still holds Zoë Wąsowska's data" in questions[0]
    assert [info.reason for info in list_backups(window.database_path)] == ["before-erase"]


def test_cancelling_the_erasure_changes_nothing(qtbot, window, answer_next_dialog):
    pid = add_people(window)
    window.participants_tab.select_participant(pid)
    answer_next_dialog(lambda dialog: dialog.reject())
    window.exchange.person_erase_action.trigger()
    assert Participant.get_by_id(pid).full_name == "Zoë Wąsowska"
    assert list_backups(window.database_path) == []


def test_erase_then_delete_the_older_backups(qtbot, window, answer_next_dialog, monkeypatch):
    pid = add_people(window)
    window.participants_tab.select_participant(pid)

    def confirm(dialog) -> None:
        dialog.name_edit.setText("Zoë Wąsowska")
        dialog.erase_button.click()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    answer_next_dialog(confirm)
    window.exchange.person_erase_action.trigger()
    qtbot.waitUntil(
        lambda: [i.reason for i in list_backups(window.database_path)] == ["after-erase"],
        timeout=10_000,
    )
    wait_idle(qtbot, window)
    assert "Deleted 1 older backup;" in window.statusBar().currentMessage()


def test_import_everything_fills_a_new_database_and_offers_a_new_file_for_a_full_one(
    qtbot, window, tmp_path, monkeypatch, answer_next_dialog
):
    from rmdesk.exchange.full_export import build_export

    add_people(window)
    export = tmp_path / "all.json"
    document = build_export()
    export.write_text(json.dumps(document), "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(export), ""))
    offers: list[str] = []
    answer_next_dialog(lambda box: (offers.append(box.text()), box.reject()))
    window.exchange.import_all_action.trigger()  # this database already holds people
    wait_idle(qtbot, window)
    assert "already holds a programme" in offers[0]  # a new file offered; cancelled
    assert Participant.select().count() == 2
    assert window.database_path.name == "programme.rmdesk"

    Participant.delete().execute()  # now empty (seeded rows only)
    window.participants_tab.reload()
    assert names(window) == []
    window.exchange.import_all_action.trigger()
    wait_idle(qtbot, window)
    assert sorted(names(window)) == ["=Formula Person", "Zoë Wąsowska"]
    assert build_export()["tables"] == document["tables"]
    assert window.statusBar().currentMessage().startswith("Imported ")
