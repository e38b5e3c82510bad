"""GUI start-up through ``run_gui``: refusals before any window, and a normal start."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication, QMessageBox

from rmdesk import app as rmdesk_app
from rmdesk.instance_lock import WINDOW, AlreadyOpen, DatabaseLock
from rmdesk.store import close_database, open_database
from rmdesk.ui.main_window import MainWindow
from rmdesk.ui.participants.tab import PAGE_WELCOME


@pytest.fixture
def criticals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.fixture
def _no_excepthook_leak(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def test_foreign_file_is_refused_untouched(qapp, tmp_path: Path, criticals, capsys):
    foreign = tmp_path / "budget.xlsx"
    foreign.write_bytes(b"PK\x03\x04 not a database")
    before = hashlib.sha256(foreign.read_bytes()).hexdigest()
    assert rmdesk_app.run_gui(foreign) == 1
    assert criticals and "not an rmdesk database" in criticals[0]
    assert "budget.xlsx" in criticals[0]
    assert hashlib.sha256(foreign.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["budget.xlsx"]
    assert "rmdesk:" in capsys.readouterr().err


def test_damaged_file_is_refused_right_after_the_first_frame_untouched(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot, criticals, _no_excepthook_leak
):
    """The page check runs after the window's first frame (its cost grows with the
    file); a damaged file is still refused with its reason and left as it was."""
    from rmdesk.store.models import Participant

    path = tmp_path / "damaged.rmdesk"
    open_database(path)
    Participant.insert_many(
        [{"full_name": f"P {i}", "role": "mentor", "level": 2, "notes": "x" * 400}
         for i in range(400)]
    ).execute()  # fmt: skip
    close_database()
    os.truncate(path, path.stat().st_size // 2)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    def fake_exec() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        qtbot.waitUntil(lambda: window.open_failed and not window.isVisible(), timeout=10_000)
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert rmdesk_app.run_gui(path) == 1
    assert criticals and "damaged.rmdesk is damaged" in criticals[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.rmdesk"]


def test_second_instance_is_refused(qapp, tmp_path: Path, criticals):
    path = tmp_path / "programme.rmdesk"
    open_database(path)
    close_database()
    with DatabaseLock(path, holder=WINDOW):
        assert rmdesk_app.run_gui(path) == 1
    assert criticals and "already open" in criticals[0]


def test_normal_start_shows_window_then_opens_store(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot, _no_excepthook_leak
):
    path = tmp_path / "new" / "programme.rmdesk"
    seen: dict[str, object] = {}

    def fake_exec() -> int:
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.database_path == path
        )
        seen["title"] = window.windowTitle()
        seen["ready_at_show"] = window.ready
        qtbot.waitUntil(lambda: window.ready, timeout=10_000)
        qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
        seen["page"] = window.participants_tab.pages.currentIndex()
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert rmdesk_app.run_gui(path) == 0
    assert seen["title"] == "programme.rmdesk — rmdesk"
    assert seen["ready_at_show"] is False  # the window came first, the store after
    assert seen["page"] == PAGE_WELCOME  # the first-run page: no participants yet
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    from rmdesk.store.backups import list_backups

    assert [info.reason for info in list_backups(path)] == ["daily"]  # today's backup


def test_application_icon_ships_in_resources(qapp):
    from rmdesk.paths import resource

    assert resource("icons/rmdesk.svg").exists()
    app = rmdesk_app._application()
    assert not app.windowIcon().isNull()
    assert not app.windowIcon().pixmap(32, 32).isNull()


def test_write_failure_anywhere_is_explained_not_swallowed(qapp, criticals, capsys):
    from rmdesk.store.errors import WriteFailed

    error = WriteFailed("attempt to write a readonly database", "programme.rmdesk")
    rmdesk_app._show_unexpected_error(WriteFailed, error, None)
    assert criticals and "could not be written (attempt to write a readonly" in criticals[0]
    assert "everything before it is safe" in criticals[0]
    assert "readonly database" in capsys.readouterr().err


def test_a_file_opened_later_is_unlocked_when_rmdesk_ends(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot, _no_excepthook_leak
):
    """The window swaps the start file's lock for the opened file's; both are free after."""
    first, second = tmp_path / "first.rmdesk", tmp_path / "second.rmdesk"
    seen: dict[str, bool] = {}

    def locked(path: Path) -> bool:
        try:
            with DatabaseLock(path):
                return False
        except AlreadyOpen:
            return True

    def fake_exec() -> int:
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.database_path == first
        )
        qtbot.waitUntil(lambda: window.ready, timeout=10_000)
        window.wait_for_background_work()
        assert window.files.switch_to(second, create=True)
        window.wait_for_background_work()
        seen["first"], seen["second"] = locked(first), locked(second)
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert rmdesk_app.run_gui(first) == 0
    assert seen == {"first": False, "second": True}  # while open: only the open file
    assert not locked(first) and not locked(second)
