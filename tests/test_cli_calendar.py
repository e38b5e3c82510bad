"""``rmdesk calendar CYCLE -o FILE.ics``: the export, parsed back."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from icalendar import Calendar

from rmdesk.cli import main
from rmdesk.instance_lock import DatabaseLock
from tests.test_cli import sha256


def test_calendar_export_parses_back_with_every_meeting(tmp_path: Path, capsys):
    path = tmp_path / "demo.rmdesk"
    assert main(["--db", str(path), "demo", "--participants", "30"]) == 0
    target = tmp_path / "cycle.ics"
    assert main(["--db", str(path), "calendar", "1", "-o", str(target)]) == 0
    out = capsys.readouterr().out
    count = int(out.split("Exported ")[1].split()[0])
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == count > 0
    assert any(str(event["STATUS"]) == "CANCELLED" for event in events)


def test_calendar_into_a_missing_folder_is_one_line_exit_1(tmp_path: Path, capsys):
    path = tmp_path / "demo.rmdesk"
    assert main(["--db", str(path), "demo", "--participants", "10"]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "calendar", "1", "-o", str(tmp_path / "no" / "x.ics")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("rmdesk: ") and err.count("\n") == 1


def _demo(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "demo.rmdesk"
    assert main(["--db", str(path), "demo", "--participants", "10"]) == 0
    capsys.readouterr()
    return path


def test_calendar_runs_beside_the_window_and_writes_nothing(tmp_path: Path, capsys):
    path = _demo(tmp_path, capsys)
    alone, beside = tmp_path / "alone.ics", tmp_path / "beside.ics"
    assert main(["--db", str(path), "calendar", "1", "-o", str(alone)]) == 0
    before = sha256(path)

    with DatabaseLock(path):  # the window (or a writing command) holds the file
        assert main(["--db", str(path), "calendar", "1", "-o", str(beside)]) == 0

    assert sha256(path) == before
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # nothing written through the log

    def uids(target: Path) -> list[str]:
        return sorted(str(e["UID"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT"))

    assert uids(alone) == uids(beside) != []


def test_calendar_without_the_window_writes_nothing_either(tmp_path: Path, capsys):
    path = _demo(tmp_path, capsys)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        before = connection.execute("SELECT key, value FROM setting ORDER BY key").fetchall()
    digest = sha256(path)

    assert main(["--db", str(path), "calendar", "1", "-o", str(tmp_path / "x.ics")]) == 0

    assert sha256(path) == digest
    with contextlib.closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT key, value FROM setting ORDER BY key").fetchall() == (
            before
        )
    assert ("database.uuid",) in [row[:1] for row in before]
