"""The Participants tab driven as a coordinator would: keys, clicks and dialogs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from rmdesk.programme import participants as domain
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import Participant
from rmdesk.ui.participants.dialog import ParticipantDialog
from rmdesk.ui.participants.model import (
    COL_DEPARTMENT,
    COL_NAME,
    COL_ROLE,
    COL_STATUS,
    ID_ROLE,
    ParticipantsTableModel,
)
from rmdesk.ui.participants.tab import PAGE_EMPTY, PAGE_TABLE, PAGE_WELCOME


def shown_names(tab) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(row, COL_NAME).data() for row in range(proxy.rowCount())]


def select_name(qtbot, tab, name: str) -> None:
    assert tab.select_participant(Participant.get(Participant.full_name == name).id)
    tab.table.setFocus()


def test_models_pass_qt_model_tester(demo_window, qtmodeltester):
    tab = demo_window.participants_tab
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)


def test_table_lists_every_current_participant_with_their_columns(demo_window):
    tab = demo_window.participants_tab
    assert tab.pages.currentIndex() == PAGE_TABLE
    current = Participant.select().where(~Participant.archived)
    assert sorted(shown_names(tab)) == sorted(p.full_name for p in current)
    assert tab.count_label.text() == f"{current.count():,} of {Participant.select().count():,}"
    someone = current.first()
    row = tab.model.row_of(someone.id)
    assert tab.proxy.mapFromSource(tab.model.index(row, COL_DEPARTMENT)).data() == (
        someone.department
    )
    role_text = tab.model.index(row, COL_ROLE).data()
    assert role_text == someone.role.title()


def departments_shown(tab) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(r, COL_DEPARTMENT).data().casefold() for r in range(proxy.rowCount())]


def test_header_click_sorts_and_toggles(demo_window, qtbot):
    tab = demo_window.participants_tab
    header = tab.table.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(COL_DEPARTMENT) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert header.sortIndicatorSection() == COL_DEPARTMENT
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    first = departments_shown(tab)
    assert first == sorted(first, reverse=not ascending)
    assert len(set(first)) > 1
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert departments_shown(tab) == sorted(first, reverse=ascending)


def test_filter_box_matches_any_column_and_ctrl_f_focuses_it(demo_window, qtbot):
    tab = demo_window.participants_tab
    tab.table.setFocus()
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filter_edit.hasFocus()
    department = Participant.select().where(~Participant.archived).first().department
    qtbot.keyClicks(tab.filter_edit, department.lower())
    expected = Participant.select().where(
        ~Participant.archived
        & (
            Participant.department.contains(department)
            | Participant.job_title.contains(department)
            | Participant.full_name.contains(department)
        )
    )
    assert 0 < tab.proxy.rowCount() < tab.model.rowCount()
    assert tab.proxy.rowCount() >= expected.count()
    for row in range(tab.proxy.rowCount()):
        texts = " ".join(str(tab.proxy.index(row, c).data()) for c in range(8)).casefold()
        assert department.casefold() in texts
    qtbot.keyClicks(tab.filter_edit, "zzzz-nobody")
    assert tab.proxy.rowCount() == 0
    assert tab.count_label.text().startswith("0 of")


def test_filter_finds_accented_names_typed_plainly(window, qtbot):
    for name in ("Łukasz Nowak", "Étienne Blanc", "Søren Dahl", "Luke Evans"):
        domain.create_participant(ParticipantData(full_name=name))
    tab = window.participants_tab
    tab.reload()
    for typed, found in (("lukasz", ["Łukasz Nowak"]), ("etienne", ["Étienne Blanc"]),
                         ("soren", ["Søren Dahl"]), ("łuk", ["Łukasz Nowak"]),
                         ("luk", ["Luke Evans", "Łukasz Nowak"])):  # fmt: skip
        tab.filter_edit.clear()
        tab.filter_edit.insert(typed)  # keyClicks types ASCII only
        assert sorted(shown_names(tab)) == sorted(found), typed


def test_filter_matches_topics_and_several_words(demo_window, qtbot):
    tab = demo_window.participants_tab
    qtbot.keyClicks(tab.filter_edit, "social media mentor")
    assert tab.proxy.rowCount() > 0
    for row in range(tab.proxy.rowCount()):
        participant = tab.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
        assert participant.role == "mentor"
        assert "Social media" in participant.topics


def test_role_and_archived_filters(demo_window, qtbot):
    tab = demo_window.participants_tab
    tab.role_combo.setCurrentIndex(tab.role_combo.findData("mentee"))
    roles = {tab.proxy.index(r, COL_ROLE).data() for r in range(tab.proxy.rowCount())}
    assert roles == {"Mentee"}
    tab.role_combo.setCurrentIndex(0)
    somebody = Participant.select().where(~Participant.archived).first()
    domain.set_archived(somebody.id, True)
    tab.reload()
    assert somebody.full_name not in shown_names(tab) or (
        sum(1 for n in shown_names(tab) if n == somebody.full_name)
        == Participant.select()
        .where((Participant.full_name == somebody.full_name) & ~Participant.archived)
        .count()
    )
    tab.archived_combo.setCurrentIndex(tab.archived_combo.findData("archived"))
    statuses = {tab.proxy.index(r, COL_STATUS).data() for r in range(tab.proxy.rowCount())}
    assert statuses == {"Archived"}
    assert somebody.full_name in shown_names(tab)
    tab.archived_combo.setCurrentIndex(tab.archived_combo.findData("all"))
    assert tab.proxy.rowCount() == Participant.select().count()


def test_empty_database_shows_first_run_page_and_start_goes_to_the_empty_list(window, qtbot):
    tab = window.participants_tab
    assert tab.pages.currentIndex() == PAGE_WELCOME
    texts = {button.text() for button in tab.pages.currentWidget().findChildren(QPushButton)}
    assert texts == {"Start a new programme", "Open a programme file…", "Try the demo"}

    qtbot.mouseClick(tab.findChild(QPushButton, "first_run_start"), Qt.MouseButton.LeftButton)

    assert tab.pages.currentIndex() == PAGE_EMPTY
    assert tab.findChild(QPushButton, "empty_add").isVisible()
    tab.reload()  # still empty: the programme was started, no welcome again
    assert tab.pages.currentIndex() == PAGE_EMPTY


def type_into(qtbot, edit, text: str) -> None:
    """Type like a user; QTest only knows ASCII keys, so other text arrives as a paste."""
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def fill_dialog(qtbot, dialog: ParticipantDialog, name: str, email: str = "") -> None:
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.email_edit, email)


def test_ctrl_n_adds_a_participant_through_the_dialog(window, qtbot, answer_next_dialog):
    tab = window.participants_tab

    def fill(dialog):
        assert isinstance(dialog, ParticipantDialog)
        fill_dialog(qtbot, dialog, "Ngô Thị Minh Hằng", "hang@example.org")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("mentee"))
        dialog.level_spin.setValue(5)
        qtbot.keyClicks(dialog.department_edit, "Finance")
        dialog.day_boxes["Tue"].setChecked(True)
        item = dialog.topics_list.findItems("Innovation", Qt.MatchFlag.MatchExactly)[0]
        item.setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )

    answer_next_dialog(fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    stored = Participant.get(Participant.email == "hang@example.org")
    assert (stored.full_name, stored.role, stored.level) == ("Ngô Thị Minh Hằng", "mentee", 5)
    assert stored.availability == "Tue"
    assert domain.get_participant(stored.id).topics == ["Innovation"]
    assert tab.pages.currentIndex() == PAGE_TABLE
    assert shown_names(tab) == ["Ngô Thị Minh Hằng"]
    assert tab.selected_id() == stored.id
    assert "Ngô Thị Minh Hằng" in tab.detail.toPlainText()


def test_dialog_refuses_invalid_input_and_stays_open(db, qtbot):
    domain.create_participant(ParticipantData(full_name="Taken", email="taken@example.org"))
    dialog = ParticipantDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.field_errors["full_name"].isVisible()  # under the name field
    assert "Name is required" in dialog.said()

    fill_dialog(qtbot, dialog, "New Person", "not-an-email")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "not a valid email" in dialog.said()
    assert "Name is required" not in dialog.said()

    fill_dialog(qtbot, dialog, "New Person", "TAKEN@example.org")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "already used by Taken" in dialog.said()
    assert Participant.select().count() == 1

    fill_dialog(qtbot, dialog, "New Person", "new@example.org")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert Participant.get(Participant.email == "new@example.org").full_name == "New Person"


def test_dialog_manager_list_excludes_self_and_reports(db, qtbot):
    top = domain.create_participant(ParticipantData(full_name="Top", role="mentee", level=6))
    domain.create_participant(ParticipantData(full_name="Below", manager_id=top))
    other = domain.create_participant(ParticipantData(full_name="Other", role="mentee", level=5))
    dialog = ParticipantDialog(None, top)
    qtbot.addWidget(dialog)
    offered = {dialog.manager_combo.itemData(i) for i in range(dialog.manager_combo.count())}
    assert offered == {None, other}


def test_enter_edits_the_selected_participant(demo_window, qtbot, answer_next_dialog):
    tab = demo_window.participants_tab
    someone = Participant.select().where(~Participant.archived).order_by(Participant.id).first()
    select_name(qtbot, tab, someone.full_name)
    tab.select_participant(someone.id)

    def edit(dialog):
        qtbot.waitUntil(dialog.isActiveWindow)  # the keyboard is the dialog's from here
        assert dialog.name_edit.text() == someone.full_name
        assert dialog.level_spin.value() == someone.level
        dialog.job_title_edit.clear()
        qtbot.keyClicks(dialog.job_title_edit, "Head of Reverse Mentoring")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    answer_next_dialog(edit)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert Participant.get_by_id(someone.id).job_title == "Head of Reverse Mentoring"
    assert tab.selected_id() == someone.id
    assert "Head of Reverse Mentoring" in tab.detail.toPlainText()


def edits_opened(monkeypatch) -> list[str]:
    """The names the Edit participant dialog was opened on (answered Cancel at once)."""
    opened: list[str] = []
    monkeypatch.setattr(
        ParticipantDialog, "exec", lambda dialog: opened.append(dialog.name_edit.text()) or 0
    )
    return opened


def test_enter_in_the_filter_goes_to_the_list_and_enter_there_edits(
    demo_window, qtbot, monkeypatch
):
    tab = demo_window.participants_tab
    opened = edits_opened(monkeypatch)
    tab.table.clearSelection()
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filter_edit.hasFocus()
    first = shown_names(tab)[0]
    qtbot.keyClicks(tab.filter_edit, first.split()[0])

    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Return)

    assert tab.table.hasFocus() and opened == []  # moved to the list, edited nothing
    assert tab.selected_id() == tab.proxy.index(0, COL_NAME).data(ID_ROLE)
    expected = shown_names(tab)[0]

    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # as the Help says: Enter edits

    assert opened == [expected]


def test_down_in_the_filter_goes_to_the_first_row_and_edits_nobody(demo_window, qtbot, monkeypatch):
    tab = demo_window.participants_tab
    opened = edits_opened(monkeypatch)
    before = [(p.id, p.full_name, p.archived) for p in Participant.select()]
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    typed = next(name[:2] for name in reversed(shown_names(tab)) if name[:2].isascii())
    qtbot.keyClicks(tab.filter_edit, typed)  # part of a name, as "zo"
    assert tab.proxy.rowCount() > 0

    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Down)

    assert tab.table.hasFocus() and opened == []
    first = tab.proxy.index(0, COL_NAME)
    assert tab.table.currentIndex().row() == 0  # the current row is the one shown selected
    assert tab.selected_id() == first.data(ID_ROLE)
    assert [(p.id, p.full_name, p.archived) for p in Participant.select()] == before


def test_tab_from_the_filter_reaches_the_list_first(demo_window, qtbot):
    tab = demo_window.participants_tab
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filter_edit.hasFocus()
    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Tab)
    assert tab.table.hasFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Tab)
    assert tab.role_combo.hasFocus()


def test_enter_in_the_filter_keeps_the_chosen_row_and_edits_nobody(demo_window, qtbot, monkeypatch):
    tab = demo_window.participants_tab
    opened = edits_opened(monkeypatch)
    someone = Participant.select().where(~Participant.archived).order_by(Participant.id.desc())
    someone = someone.first()
    assert tab.select_participant(someone.id)
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filter_edit.hasFocus()

    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Enter)  # the keypad's Enter too

    assert tab.table.hasFocus() and tab.selected_id() == someone.id
    assert opened == []
    qtbot.keyClick(tab.table, Qt.Key.Key_Enter)
    assert opened == [someone.full_name]


def test_delete_in_the_filter_deletes_text_not_a_person(demo_window, qtbot, confirm):
    tab = demo_window.participants_tab
    tab.select_participant(Participant.select().first().id)
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.filter_edit, "ab")
    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Home)

    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Delete)

    assert tab.filter_edit.text() == "b" and confirm == []
    assert Participant.select().count() == tab.model.rowCount() == 30


def test_delete_key_asks_then_deletes_and_ctrl_z_undoes(demo_window, qtbot, confirm):
    tab = demo_window.participants_tab
    someone = Participant.select().where(~Participant.archived).order_by(Participant.id).first()
    tab.select_participant(someone.id)
    tab.table.setFocus()
    before = tab.model.rowCount()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(confirm) == 1 and someone.full_name in confirm[0]
    assert Participant.get_or_none(Participant.id == someone.id) is None
    assert tab.model.rowCount() == before - 1
    assert "Ctrl+Z" in demo_window.statusBar().currentMessage()
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Participant.get_by_id(someone.id).full_name == someone.full_name
    assert tab.model.rowCount() == before
    assert tab.selected_id() == someone.id


def test_cancelled_confirmation_deletes_nothing(demo_window, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    tab = demo_window.participants_tab
    tab.select_participant(Participant.select().first().id)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert Participant.select().count() == tab.model.rowCount() == 30


def test_participant_with_history_is_archived_then_restored(window, qtbot, confirm):
    import datetime as dt

    from rmdesk.store.models import Cycle, Pair

    tab = window.participants_tab
    mentor = domain.create_participant(ParticipantData(full_name="Junior One"))
    mentee = domain.create_participant(ParticipantData(full_name="Senior", role="mentee", level=5))
    cycle = Cycle.create(name="2026", start_date=dt.date(2026, 1, 1), end_date=dt.date(2026, 9, 1))
    Pair.create(cycle=cycle, mentor=mentor, mentee=mentee, status="completed")
    tab.reload()
    tab.select_participant(mentor)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "archived, not deleted" in confirm[0]
    assert Participant.get_by_id(mentor).archived
    assert "Junior One" not in shown_names(tab)
    tab.archived_combo.setCurrentIndex(tab.archived_combo.findData("archived"))
    assert shown_names(tab) == ["Junior One"]
    tab.select_participant(mentor)
    assert tab.restore_action.isEnabled()
    tab.restore_action.trigger()
    assert not Participant.get_by_id(mentor).archived
    assert tab.selected_id() == mentor


def test_long_names_are_elided_not_wrapped(window, qtbot):
    long_name = "Σοφία Παπαδοπούλου-Βασιλοπούλου de la Cruz y Fernández-Łukasiewicz"
    domain.create_participant(ParticipantData(full_name=long_name))
    tab = window.participants_tab
    tab.reload()
    assert shown_names(tab) == [long_name]
    assert not tab.table.wordWrap()
    tooltip = tab.proxy.index(0, COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert long_name in tooltip


def test_profile_escapes_markup(window):
    domain.create_participant(ParticipantData(full_name="<b>Bold</b> & <img src=x>"))
    tab = window.participants_tab
    tab.reload()
    tab.select_participant(Participant.get().id)
    assert "<b>Bold</b> & <img src=x>" in tab.detail.toPlainText()


def test_model_sort_keeps_selection(demo_window):
    tab = demo_window.participants_tab
    someone = Participant.select().order_by(Participant.id.desc()).first()
    tab.select_participant(someone.id)
    tab.table.sortByColumn(COL_DEPARTMENT, Qt.SortOrder.DescendingOrder)
    assert tab.selected_id() == someone.id
    assert isinstance(tab.model, ParticipantsTableModel)


def test_names_sort_ignoring_accents_and_case(window, qtbot):
    for name in ("Zoë Adams", "étienne Blanc", "Emma Clark", "Ana Silva", "Łukasz Nowak",
                 "Lena Berg", "Øyvind Dahl"):  # fmt: skip
        domain.create_participant(ParticipantData(full_name=name))
    tab = window.participants_tab
    tab.reload()
    tab.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert shown_names(tab) == [
        "Ana Silva", "Emma Clark", "étienne Blanc", "Lena Berg", "Łukasz Nowak",
        "Øyvind Dahl", "Zoë Adams",
    ]  # fmt: skip


def test_disk_full_while_saving_keeps_the_dialog_and_its_entries(db, qtbot, monkeypatch):
    from rmdesk.programme import participants
    from rmdesk.store.errors import WriteFailed

    def disk_full(data):
        raise WriteFailed("database or disk is full", "programme.rmdesk")

    monkeypatch.setattr(participants, "create_participant", disk_full)
    dialog = ParticipantDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_dialog(qtbot, dialog, "Kept Entry", "kept@example.org")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert "disk is full" in dialog.said()
    assert dialog.name_edit.text() == "Kept Entry"
    assert Participant.select().count() == 0


def test_a_real_refused_write_reaches_the_dialog_as_our_error(db, qtbot):
    """SQLite's own failure, through the store's WriteFailed, not the ORM's error."""
    dialog = ParticipantDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_dialog(qtbot, dialog, "Kept Entry", "kept@example.org")
    db.execute_sql("PRAGMA query_only = 1")  # every write now fails, as on a read-only file
    try:
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    finally:
        db.execute_sql("PRAGMA query_only = 0")
    assert dialog.isVisible()
    assert "Could not save (attempt to write a readonly database)" in dialog.said()
    assert dialog.name_edit.text() == "Kept Entry"
    assert Participant.select().count() == 0
