"""``rmdesk calendar CYCLE -o FILE.ics``: the export, parsed back."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from rmdesk.cli import main


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
