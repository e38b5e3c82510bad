"""schedule, meetings and attention sub-commands; demo meeting history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.pairs import activate_pair, create_pair
from rmdesk.store import close_database, open_database
from rmdesk.store.models import Meeting, Participant

START = dt.date(2026, 3, 2)


@pytest.fixture
def programme(db_path: Path) -> Path:
    open_database(db_path)
    try:
        cycle = create_cycle(
            CycleData(name="2026 cycle", start_date=START, end_date=dt.date(2026, 4, 27))
        )
        ana = Participant.create(full_name="Ana Silva", role="mentor", level=2).id
        carla = Participant.create(full_name="Carla Mendes", role="mentee", level=5).id
        activate_pair(create_pair(cycle, ana, carla), started_on=START)
    finally:
        close_database()
    return db_path


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("rmdesk: ")
    return lines[0]


def test_schedule_list_and_attention(programme: Path, capsys):
    db = str(programme)
    assert (
        main(["schedule", "2026 cycle", "--db", db, "--first", "2026-03-02", "--time", "9:30"]) == 0
    )
    assert capsys.readouterr().out == "Scheduled 5 meetings in 2026 cycle.\n"
    assert main(["schedule", "1", "--db", db, "--first", "2026-03-02"]) == 0
    assert "Scheduled 0 meetings in 2026 cycle (5 already planned or recorded)." in (
        capsys.readouterr().out
    )
    assert main(["meetings", "1", "--db", db, "--from", "2026-03-02", "--to", "2026-03-16"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["ID", "DATE", "TIME", "MINUTES", "MENTOR", "MENTEE", "MODE", "STATUS"]
    assert len(out) == 3
    assert "2026-03-16  09:30" in out[2] and "Ana Silva" in out[2] and out[2].endswith("planned")
    assert main(["attention", "1", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["PAIR", "MENTOR", "MENTEE", "SEVERITY", "KIND", "DETAIL"]
    # Most severe first: five overdue meetings (medium), then the quiet pair (medium).
    assert [line.split("Carla Mendes")[1].split()[:2] for line in out[1:]] == (
        [["medium", "overdue"]] * 5 + [["medium", "quiet"]]
    )
    assert "The meeting on 2026-03-02 is still marked planned." in out[1]


def test_attention_all_lists_acknowledged_items_with_their_note(programme: Path, capsys):
    from rmdesk.programme.meetings import acknowledge

    until = dt.date.today() + dt.timedelta(days=7)
    open_database(programme)
    try:
        acknowledge(1, "quiet", until, "Both on a project abroad")
    finally:
        close_database()
    assert main(["attention", "1", "--db", str(programme)]) == 0
    assert capsys.readouterr().out == "No pair in 2026 cycle needs attention.\n"
    assert main(["attention", "1", "--db", str(programme), "--all"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and "medium" in out[1] and "quiet" in out[1]
    assert out[1].endswith(f"[acknowledged until {until}: Both on a project abroad]")


def test_attention_names_a_planned_meeting_on_a_closed_day(programme: Path, capsys):
    """The rule the Calendar's attention list uses, on the command line; the item can be
    acknowledged like any other (migration 13 widened the stored kinds)."""
    from rmdesk.programme.meetings import acknowledge, add_closed_date

    day = dt.date.today() + dt.timedelta(days=3)
    open_database(programme)
    try:
        meeting_id = Meeting.insert(pair=1, starts_at=f"{day} 14:00:00").execute()
        add_closed_date(day, "Strike")
    finally:
        close_database()
    assert main(["attention", "1", "--db", str(programme)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "closed day" in line]
    assert len(lines) == 1 and "medium" in lines[0]
    assert lines[0].endswith(f"The meeting on {day} at 14:00 is planned on a closed day (Strike).")
    open_database(programme)
    try:
        acknowledge(1, "closed_day", day, "Moving it online", meeting_id=meeting_id)
    finally:
        close_database()
    assert main(["attention", "1", "--db", str(programme), "--all"]) == 0
    assert f"[acknowledged until {day}: Moving it online]" in capsys.readouterr().out


def test_one_meeting_scheduled_and_exported_reads_in_the_singular(
    programme: Path, tmp_path: Path, capsys
):
    db = str(programme)
    assert main(["schedule", "1", "--db", db, "--first", "2026-04-27"]) == 0  # the last day
    assert capsys.readouterr().out == "Scheduled 1 meeting in 2026 cycle.\n"
    target = tmp_path / "one.ics"
    assert main(["calendar", "1", "--db", db, "-o", str(target)]) == 0
    assert capsys.readouterr().out == f"Exported 1 meeting of 2026 cycle to {target}.\n"


def test_empty_answers(programme: Path, capsys):
    assert main(["meetings", "1", "--db", str(programme)]) == 0
    assert "No meetings in 2026 cycle" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["schedule", "1", "--time", "25:00"], "--time"),
        (["schedule", "1", "--time", "ten"], "--time"),
        (["schedule", "1", "--first", "2026-13-01"], "--first"),
        (["schedule", "1", "--first", "2027-01-01"], "within the cycle"),
        (["meetings", "nope"], "No cycle"),
        (["attention", "1", "--quiet-days", "0"], "--quiet-days"),
    ],
)
def test_user_errors_are_one_line(programme: Path, capsys, argv, message):
    assert main([*argv, "--db", str(programme)]) == 1
    assert message in one_error_line(capsys.readouterr().err)


def test_demo_has_a_meeting_history(db_path: Path, capsys):
    assert main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    open_database(db_path)
    try:
        statuses = {status for (status,) in Meeting.select(Meeting.status).distinct().tuples()}
        today = dt.date.today()
        if today > dt.date(2026, 3, 20):
            assert {"held", "cancelled"} <= statuses
        if today < dt.date(2026, 12, 1):
            assert "planned" in statuses
        assert (
            Meeting.select()
            .where((Meeting.status == "cancelled") & (Meeting.cancelled_by == ""))
            .count()
            == 0
        )
    finally:
        close_database()
    assert main(["attention", "1", "--db", str(db_path)]) == 0
    assert "PAIR" in capsys.readouterr().out
