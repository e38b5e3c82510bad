"""Starting rmdesk without --db reopens the programme file last worked in (never the
demo's), else the default file; an explicit --db opens that file as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from rmdesk import app as rmdesk_app
from rmdesk.paths import default_database_path, demo_database_path
from rmdesk.programme import participants
from rmdesk.programme.records import ParticipantData
from rmdesk.store import close_database, open_database
from rmdesk.ui.common import settings
from rmdesk.ui.main_window import MainWindow


@pytest.fixture
def _no_excepthook_leak(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def programme_with(path: Path, name: str) -> Path:
    open_database(path)
    participants.create_participant(ParticipantData(full_name=name))
    close_database()
    return path


def start(database: Path | None, monkeypatch, qtbot) -> tuple[Path, str, list[str]]:
    """Run the app as ``rmdesk [--db database]``: the file its window opened, its
    title, and the people its list shows."""
    seen: list[tuple[Path, str, list[str]]] = []

    def fake_exec() -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        qtbot.waitUntil(lambda: window.ready, timeout=10_000)
        window.wait_for_background_work()
        tab = window.participants_tab
        tab.reload()
        names = [row.full_name for row in tab.model.rows()]
        seen.append((window.database_path, window.windowTitle(), names))
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert rmdesk_app.run_gui(database) == 0
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return seen[0]


def test_no_db_reopens_the_last_programme_file_that_exists(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot, _no_excepthook_leak
):
    first = programme_with(tmp_path / "first.rmdesk", "Ana López")
    second = programme_with(tmp_path / "second.rmdesk", "Ben Okafor")
    # Worked in first, then in second (each opened with --db, as File > Open would).
    assert start(first, monkeypatch, qtbot)[0] == first
    assert start(second, monkeypatch, qtbot)[0] == second

    path, title, names = start(None, monkeypatch, qtbot)
    assert (path, title, names) == (second, "second.rmdesk — rmdesk", ["Ben Okafor"])
    assert not default_database_path().exists()  # the default file was never made

    # An explicit --db is what it says, and becomes the last one.
    assert start(first, monkeypatch, qtbot)[2] == ["Ana López"]
    assert start(None, monkeypatch, qtbot)[0] == first

    # The last file gone (moved, deleted): the newest one still there.
    first.unlink()
    assert start(None, monkeypatch, qtbot)[:2] == (second, "second.rmdesk — rmdesk")


def test_no_db_never_reopens_the_demo_and_falls_back_to_the_default(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot, _no_excepthook_leak
):
    demo = programme_with(demo_database_path(), "Demo Person")
    gone = tmp_path / "moved-away.rmdesk"
    settings.save(settings.RECENT_PROGRAMMES, json.dumps([str(demo), str(gone)]))
    path, _title, names = start(None, monkeypatch, qtbot)
    assert path == default_database_path() and names == []
    assert default_database_path().is_file()
