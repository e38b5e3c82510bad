"""The cycle and pair sub-commands: stable names, aligned tables, one-line errors."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.programme.cycles import CycleData, create_cycle, set_cycle_status
from rmdesk.programme.pairs import create_pair
from rmdesk.store import close_database, open_database
from rmdesk.store.models import Participant


def query(path: Path, sql: str) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got: {stderr!r}"
    assert lines[0].startswith("rmdesk: ")
    assert "Traceback" not in stderr
    return lines[0]


@pytest.fixture
def programme(db_path: Path) -> Path:
    """A database with one cycle ("2026 cycle", id 1) and two proposed pairs, closed again."""
    open_database(db_path)
    try:
        cycle = create_cycle(CycleData(name="2026 cycle", start_date=dt.date(2026, 1, 31)))
        people = {
            name: Participant.create(
                full_name=name, role=role, level=2 if role == "mentor" else 5, department=dept
            ).id
            for name, role, dept in (
                ("Ana Silva", "mentor", "IT"),
                ("Bruno Costa", "mentor", "Marketing & Communications"),
                ("Carla Mendes", "mentee", "Finance"),
                ("Dora Lind", "mentee", "Sales"),
            )
        }
        create_pair(cycle, people["Ana Silva"], people["Carla Mendes"], score=0.8123)
        create_pair(cycle, people["Bruno Costa"], people["Dora Lind"])
    finally:
        close_database()
    return db_path


# --- cycle create / list -------------------------------------------------------------


@pytest.mark.parametrize("db_first", [True, False], ids=["db-before", "db-after"])
def test_cycle_create_then_list(db_path: Path, capsys, db_first: bool):
    command = ["cycle", "create", "2026 cycle", "--start", "2026-01-31"]
    argv = ["--db", str(db_path), *command] if db_first else [*command, "--db", str(db_path)]

    assert main(argv) == 0

    out, err = capsys.readouterr()
    assert err == ""
    assert out == (
        "Created cycle 2026 cycle (id 1): 2026-01-31 to 2026-10-31, "
        "meetings every 14 days, 60 minutes.\n"
    )
    assert query(db_path, "SELECT name, end_date, cadence_days, meeting_minutes, status FROM cycle")
    assert query(db_path, "SELECT title FROM milestone ORDER BY date") == [
        ("Kickoff",),
        ("Midpoint review",),
        ("Closing",),
    ]

    assert main(["cycle", "list", "--db", str(db_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "NAME", "START", "END", "EVERY", "(DAYS)", "MINUTES",
                                "STATUS", "PAIRS"]  # fmt: skip
    assert lines[1].split() == ["1", "2026", "cycle", "2026-01-31", "2026-10-31", "14", "60",
                                "planning", "0"]  # fmt: skip


def test_cycle_create_options_and_list_alignment(db_path: Path, capsys):
    db = ["--db", str(db_path)]
    assert main(["cycle", "create", "Spring", "--start", "2026-03-01", "--months", "3",
                 "--cadence-days", "7", "--meeting-minutes", "45", *db]) == 0  # fmt: skip
    assert main(["cycle", "create", "A much longer cycle name", "--start", "2027-01-01", *db]) == 0
    assert query(
        db_path, "SELECT end_date, cadence_days, meeting_minutes FROM cycle WHERE id=1"
    ) == [("2026-06-01", 7, 45)]
    capsys.readouterr()

    assert main(["cycle", "list", *db]) == 0

    header, newest, older = capsys.readouterr().out.splitlines()
    assert "A much longer cycle name" in newest, "newest start first"
    assert "Spring" in older
    assert newest.index("2027-01-01") == older.index("2026-03-01") == header.index("START")
    assert newest.index("planning") == older.index("planning") == header.index("STATUS")


def test_cycle_list_on_an_empty_database_says_how_to_start(db_path: Path, capsys):
    open_database(db_path)
    close_database()
    assert main(["cycle", "list", "--db", str(db_path)]) == 0
    assert "rmdesk cycle create NAME --start YYYY-MM-DD" in capsys.readouterr().out


def test_cycle_list_does_not_create_a_missing_database(tmp_path: Path, capsys):
    path = tmp_path / "typo.rmdesk"
    assert main(["cycle", "list", "--db", str(path)]) == 1
    assert "does not exist" in one_error_line(capsys.readouterr().err)
    assert not path.exists()


@pytest.mark.parametrize("start", ["2026-02-30", "31/01/2026", "tomorrow"])
def test_cycle_create_with_a_bad_date_is_one_line(db_path: Path, capsys, start: str):
    assert main(["cycle", "create", "X", "--start", start, "--db", str(db_path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    line = one_error_line(err)
    assert f"“{start}” is not a date; use YYYY-MM-DD" in line
    assert not db_path.exists(), "nothing is opened for a command that cannot run"


def test_cycle_create_with_a_taken_name_or_no_months_is_one_line(programme: Path, capsys):
    db = ["--db", str(programme)]
    assert main(["cycle", "create", "2026 cycle", "--start", "2027-01-01", *db]) == 1
    assert "already a cycle called 2026 cycle" in one_error_line(capsys.readouterr().err)
    assert main(["cycle", "create", "Next", "--start", "2027-01-01", "--months", "0", *db]) == 1
    assert "--months: “0” is not a whole number from 1 to 60" in one_error_line(
        capsys.readouterr().err
    )
    assert query(programme, "SELECT count(*) FROM cycle") == [(1,)]


# --- pair list / activate ------------------------------------------------------------


@pytest.mark.parametrize("cycle", ["1", "2026 cycle"], ids=["by-id", "by-name"])
def test_pair_list_prints_an_aligned_table(programme: Path, capsys, cycle: str):
    assert main(["pair", "list", cycle, "--db", str(programme)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    header, first, second = out.splitlines()
    assert header.split()[:4] == ["ID", "MENTOR", "DEPARTMENT", "MENTEE"]
    assert "Ana Silva" in first and "Carla Mendes" in first and "0.81" in first
    assert "Bruno Costa" in second and "Marketing & Communications" in second
    for row in (first, second):
        assert row.index("proposed") == header.index("STATUS")
    assert first.index("Carla Mendes") == second.index("Dora Lind") == header.index("MENTEE")


def test_counts_of_one_read_in_the_singular(tmp_path: Path, capsys):
    db = ["--db", str(tmp_path / "two.rmdesk")]
    assert main([*db, "demo", "--participants", "2"]) == 0
    assert capsys.readouterr().out.startswith("Added 2 participants (1 mentor, 1 mentee) in ")
    create = ["cycle", "create", "Daily", "--start", "2027-01-04", "--cadence-days", "1"]
    assert main([*db, *create, "--meeting-minutes", "1"]) == 0
    out = capsys.readouterr().out
    assert out.endswith(": 2027-01-04 to 2027-10-04, meetings every day, 1 minute.\n")


def test_pair_list_of_a_cycle_without_pairs(programme: Path, capsys):
    db = ["--db", str(programme)]
    assert main(["cycle", "create", "Empty", "--start", "2027-01-01", *db]) == 0
    capsys.readouterr()
    assert main(["pair", "list", "Empty", *db]) == 0
    assert capsys.readouterr().out == "No pairs in Empty yet.\n"


def test_pair_activate_publishes_the_proposals(programme: Path, capsys):
    assert main(["--db", str(programme), "pair", "activate", "2026 cycle"]) == 0
    today = dt.date.today().isoformat()
    assert capsys.readouterr().out == f"Activated 2 pairs in 2026 cycle, started on {today}.\n"
    assert query(programme, "SELECT status, started_on FROM pair") == [("active", today)] * 2
    assert query(programme, "SELECT status FROM cycle") == [("active",)]

    assert main(["pair", "activate", "1", "--db", str(programme)]) == 0
    assert capsys.readouterr().out == "No proposed pairs to activate in 2026 cycle.\n"

    assert main(["pair", "list", "1", "--db", str(programme)]) == 0
    assert capsys.readouterr().out.count(today) == 2


def test_pair_activate_before_the_cycle_starts_starts_them_on_its_first_day(
    programme: Path, capsys
):
    later = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    db = ["--db", str(programme)]
    assert main(["cycle", "create", "Later", "--start", later, *db]) == 0
    open_database(programme)
    try:
        mentor, mentee = (Participant.get(Participant.full_name == name).id
                          for name in ("Ana Silva", "Dora Lind"))  # fmt: skip
        create_pair(2, mentor, mentee)
    finally:
        close_database()
    capsys.readouterr()
    assert main(["pair", "activate", "Later", *db]) == 0
    assert capsys.readouterr().out == f"Activated 1 pair in Later, started on {later}.\n"
    assert query(programme, "SELECT started_on FROM pair WHERE cycle_id = 2") == [(later,)]


@pytest.mark.parametrize("command", ["list", "activate"])
def test_pair_commands_on_an_unknown_cycle_are_one_line(programme: Path, capsys, command: str):
    before = query(programme, "SELECT * FROM pair")
    assert main(["pair", command, "2025 cycle", "--db", str(programme)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "No cycle called “2025 cycle”" in one_error_line(err)
    assert query(programme, "SELECT * FROM pair") == before


def test_pair_activate_in_a_closed_cycle_is_one_line(programme: Path, capsys):
    open_database(programme)
    try:
        set_cycle_status(1, "closed")
    finally:
        close_database()
    assert main(["pair", "activate", "1", "--db", str(programme)]) == 1
    assert "closed cycle takes no new pairs" in one_error_line(capsys.readouterr().err)
    assert query(programme, "SELECT DISTINCT status FROM pair") == [("proposed",)]


def test_cycle_and_pair_need_an_action(capsys):
    for group in ("cycle", "pair"):
        assert main([group]) == 1
        assert "required: ACTION" in one_error_line(capsys.readouterr().err)
