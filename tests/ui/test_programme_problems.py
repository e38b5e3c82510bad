"""A file that breaks the programme's rules: the window says what, where, when it opens
it (the same lines as ``rmdesk check``: each record by its name, the field by its label,
and the form that corrects it), and changes nothing."""

from __future__ import annotations

from pathlib import Path

from rmdesk.programme.reporting_lines import SELF_MANAGER
from rmdesk.store.models import Participant, database_proxy
from rmdesk.ui.main_window import MainWindow
from rmdesk.ui.participants.dialog import ParticipantDialog
from tests.builders import person
from tests.ui.conftest import _shown_window

MANAGER_HINT = (
    "Edit the participant (Participants tab): the manager shows as (none) there; choose the "
    "right one and save."
)


def opened_window(qtbot, db_path: Path) -> MainWindow:
    """Shown, and the rules checked (on a worker thread, while the lists were read)."""
    main = _shown_window(qtbot, db_path)
    qtbot.waitUntil(lambda: main.problems_worker is None, timeout=10_000)
    return main


def test_a_healthy_file_opens_without_a_message(qtbot, db, db_path: Path):
    window = opened_window(qtbot, db_path)
    assert window.problems_box is None


def test_a_tampered_file_shows_its_problems_after_the_window_opens(qtbot, db, db_path: Path):
    ada, bo = person("Ada Senior", "mentee"), person("Bo Junior", "mentor")
    # Behind the forms' back (they refuse both): Ada manages herself, a meeting is "yesterday".
    Participant.update(manager=ada).where(Participant.id == ada).execute()
    for sql in (
        "INSERT INTO cycle (id, name, start_date, end_date, cadence_days, meeting_minutes, "
        "status) VALUES (1, 'Spring', '2026-01-05', '2026-10-05', 14, 60, 'active')",
        "INSERT INTO pair (id, cycle_id, mentor_id, mentee_id, status, match_reasons, "
        f"end_reason) VALUES (1, 1, {bo}, {ada}, 'active', '', '')",
        "INSERT INTO meeting (id, pair_id, starts_at, duration_minutes, mode, location, agenda, "
        "status, notes) VALUES (1, 1, 'yesterday', 60, 'video', '', '', 'planned', '')",
    ):
        database_proxy.execute_sql(sql)

    main = opened_window(qtbot, db_path)

    box = main.problems_box
    assert box is not None and box.isVisible() and not box.isModal()
    assert box.text().startswith(
        f"{db_path.name} has 2 problems: data that breaks the programme's rules."
    )
    assert box.informativeText().splitlines() == [
        f"Ada Senior – manager: {SELF_MANAGER} {MANAGER_HINT}",
        "Meeting of Bo Junior & Ada Senior – start: “yesterday” is not a date and time "
        "(YYYY-MM-DD HH:MM:SS).",
    ]
    # Where the line sends the coordinator, the manager does show as (none).
    dialog = ParticipantDialog(main, ada)
    qtbot.addWidget(dialog)
    assert dialog.manager_combo.currentText() == "(none)"
    # Shown as it is, never "fixed"; the lists still load.
    assert Participant.get_by_id(ada).manager_id == ada
    assert database_proxy.execute_sql("SELECT starts_at FROM meeting").fetchone() == ("yesterday",)
    assert main.participants_tab.model.rowCount() == 2


def test_many_problems_show_ten_lines_and_the_count_of_the_rest(qtbot, db, db_path: Path):
    ids = [person(f"Person {n:02}", "mentor") for n in range(13)]
    Participant.update(manager=Participant.id).execute()

    main = opened_window(qtbot, db_path)

    assert main.problems_box is not None
    lines = main.problems_box.informativeText().splitlines()
    assert len(ids) == 13
    assert lines[:10] == [
        f"Person {n:02} – manager: {SELF_MANAGER} {MANAGER_HINT}" for n in range(10)
    ]
    assert lines[10:] == ["… and 3 more"]
    assert "has 13 problems: " in main.problems_box.text()


def test_one_problem_is_one_problem(qtbot, db, db_path: Path):
    ada = person("Ada Senior", "mentee")
    Participant.update(manager=ada).where(Participant.id == ada).execute()

    main = opened_window(qtbot, db_path)

    assert main.problems_box is not None
    assert main.problems_box.text().startswith(f"{db_path.name} has 1 problem: ")


def test_check_database_lists_the_programme_problems_too(qtbot, db, db_path: Path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    main = opened_window(qtbot, db_path)
    ada = person("Ada Senior", "mentee")
    Participant.update(manager=ada).where(Participant.id == ada).execute()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text)
    )

    main.check_database()
    qtbot.waitUntil(lambda: bool(shown))

    assert shown == [f"1 problem found:\nAda Senior – manager: {SELF_MANAGER} {MANAGER_HINT}"]


def test_the_rules_are_checked_on_a_worker_thread_the_window_usable_meanwhile(
    qtbot, db, db_path: Path, monkeypatch
):
    """The check runs on a worker thread: the list is read and the window usable before
    it ends; its problems show when it does."""
    import threading

    from rmdesk.programme import consistency

    ada = person("Ada Senior", "mentee")
    Participant.update(manager=ada).where(Participant.id == ada).execute()
    release, checking = threading.Event(), threading.Event()
    real_check = consistency.check_open_database

    def slow_check():
        checking.set()
        assert release.wait(10)
        return real_check()

    monkeypatch.setattr(consistency, "check_open_database", slow_check)

    main = _shown_window(qtbot, db_path)

    assert checking.wait(10)
    assert main.ready and main.participants_tab.model.rowCount() == 1
    assert main.problems_worker is not None and main.problems_box is None
    release.set()
    qtbot.waitUntil(lambda: main.problems_box is not None, timeout=10_000)
    assert main.problems_box.text().startswith(f"{db_path.name} has 1 problem: ")
    assert main.problems_worker is None
