"""The command line: headless sub-commands, one-line user errors, never a traceback."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rmdesk import __version__
from rmdesk.cli import main
from rmdesk.instance_lock import WINDOW, DatabaseLock
from rmdesk.paths import default_database_path, lock_file_for
from rmdesk.store import close_database, open_database
from tests.exchange.test_full_export import TAMPERED


def query(path: Path, sql: str) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def count(path: Path, table: str = "participant") -> int:
    return query(path, f"SELECT count(*) FROM {table}")[0][0]


def names(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got: {stderr!r}"
    assert lines[0].startswith("rmdesk: ")
    assert "Traceback" not in stderr
    return lines[0]


def run_rmdesk(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m rmdesk ...`` in a real process, with the test's redirected folders."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    assert env["RMDESK_DATA_DIR"], "conftest should redirect the data folder"
    return subprocess.run(
        [sys.executable, "-m", "rmdesk", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


# --- demo ----------------------------------------------------------------------------


@pytest.mark.parametrize("db_first", [True, False], ids=["db-before", "db-after"])
def test_demo_fills_an_empty_database(tmp_path: Path, capsys, db_first: bool):
    path = tmp_path / "demo.rmdesk"
    command = ["demo", "--participants", "12"]
    argv = ["--db", str(path), *command] if db_first else [*command, "--db", str(path)]

    assert main(argv) == 0

    out, err = capsys.readouterr()
    assert err == ""
    assert "Added 12 participants" in out
    assert str(path) in out
    assert count(path) == 12
    assert count(path, "participant_topic") > 0
    assert not default_database_path().exists(), "--db was ignored"
    assert not lock_file_for(path).exists(), "the lock was not released"


def test_demo_with_the_same_seed_gives_the_same_data(tmp_path: Path, capsys):
    first, second = tmp_path / "one.rmdesk", tmp_path / "two.rmdesk"
    for path in (first, second):
        assert main(["demo", "--participants", "25", "--seed", "7", "--db", str(path)]) == 0
    outputs = capsys.readouterr().out.splitlines()
    assert len(outputs) == 2
    assert outputs[0].replace(str(first), "") == outputs[1].replace(str(second), "")

    for sql in (
        "SELECT * FROM participant ORDER BY id",
        "SELECT * FROM participant_topic ORDER BY id",
    ):
        rows = query(first, sql)
        assert rows, sql
        assert rows == query(second, sql)
    assert count(first) == 25

    other = tmp_path / "other-seed.rmdesk"
    assert main(["demo", "--participants", "25", "--seed", "8", "--db", str(other)]) == 0
    assert query(other, "SELECT full_name FROM participant ORDER BY id") != query(
        first, "SELECT full_name FROM participant ORDER BY id"
    )


def test_demo_refuses_a_database_that_already_has_participants(tmp_path: Path, capsys):
    path = tmp_path / "full.rmdesk"
    assert main(["demo", "--participants", "10", "--db", str(path)]) == 0
    capsys.readouterr()
    before = query(path, "SELECT * FROM participant ORDER BY id")

    assert main(["demo", "--participants", "10", "--db", str(path)]) == 1

    out, err = capsys.readouterr()
    assert out == ""
    line = one_error_line(err)
    assert "already holds 10 participants" in line
    assert query(path, "SELECT * FROM participant ORDER BY id") == before


def test_demo_without_db_uses_the_default_path_in_the_data_folder(capsys):
    expected = default_database_path()
    assert expected.is_relative_to(Path(os.environ["RMDESK_DATA_DIR"]))
    assert not expected.exists()

    assert main(["demo", "--participants", "5"]) == 0

    assert expected.is_file()
    assert count(expected) == 5
    assert str(expected) in capsys.readouterr().out


def test_demo_in_a_subprocess_prints_its_summary(tmp_path: Path):
    path = tmp_path / "sub.rmdesk"
    result = run_rmdesk("demo", "--db", str(path), "--participants", "8")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Added 8 participants" in result.stdout
    assert count(path) == 8


# --- check ---------------------------------------------------------------------------


def test_check_prints_ok_on_a_healthy_database(db_path: Path, capsys):
    open_database(db_path)
    close_database()
    assert main(["check", "--db", str(db_path)]) == 0
    out, err = capsys.readouterr()
    assert out == "ok\n"
    assert err == ""


def test_check_leaves_the_folder_as_it_was(db_path: Path, capsys):
    """A check only reads: no -wal/-shm files may be left next to the database."""
    open_database(db_path)
    close_database()
    before = names(db_path.parent)
    assert main(["check", "--db", str(db_path)]) == 0
    assert names(db_path.parent) == before


def test_check_lists_problems_and_exits_1(db_path: Path, capsys):
    open_database(db_path)
    close_database()
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        connection.execute(
            "INSERT INTO participant_topic (participant_id, topic_id, kind, priority) "
            "VALUES (42, 1, 'wants', 1)"
        )  # foreign keys are off by default in a plain sqlite3 connection
        connection.commit()
    assert main(["--db", str(db_path), "check"]) == 1
    out, _err = capsys.readouterr()
    assert "participant_topic" in out
    assert "ok" not in out.splitlines()


def test_check_on_a_missing_file_is_one_line(tmp_path: Path, capsys):
    path = tmp_path / "nowhere.rmdesk"
    assert main(["check", "--db", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    line = one_error_line(err)
    assert "nowhere.rmdesk" in line
    assert "does not exist" in line
    assert not path.exists()


def test_check_on_a_foreign_file_is_one_line_and_leaves_it_untouched(tmp_path: Path):
    path = tmp_path / "accounts.db"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE ledger (amount INTEGER)")
        connection.execute("INSERT INTO ledger VALUES (100)")
        connection.commit()
    digest = sha256(path)

    result = run_rmdesk("check", "--db", str(path))

    assert result.returncode == 1
    assert result.stdout == ""
    line = one_error_line(result.stderr)
    assert "accounts.db is not an rmdesk database" in line
    assert sha256(path) == digest
    assert names(tmp_path) == ["accounts.db"]


# --- one writer per file -------------------------------------------------------------


def test_demo_is_refused_while_another_process_holds_the_lock(tmp_path: Path):
    path = tmp_path / "busy.rmdesk"
    lock = DatabaseLock(path, holder=WINDOW)
    lock.acquire()
    try:
        result = run_rmdesk("--db", str(path), "demo", "--participants", "5")
    finally:
        lock.release()

    assert result.returncode == 1
    line = one_error_line(result.stderr)
    assert "busy.rmdesk is already open" in line
    assert str(os.getpid()) in line
    assert not path.exists(), "the database must not be created without the lock"


def test_reading_commands_run_beside_the_window_and_writing_ones_are_refused(tmp_path: Path):
    path = tmp_path / "busy.rmdesk"
    assert run_rmdesk("--db", str(path), "demo", "--participants", "20").returncode == 0
    lock = DatabaseLock(path, holder=WINDOW)
    lock.acquire()
    # The window's own connection, in the middle of a change it has not saved yet.
    window = sqlite3.connect(path, isolation_level=None)
    window.execute("BEGIN IMMEDIATE")
    window.execute("UPDATE cycle SET name = 'Not saved yet'")
    try:
        listing = run_rmdesk("--db", str(path), "cycle", "list")
        assert listing.returncode == 0, listing.stderr
        assert "Demo cohort" in listing.stdout and "Not saved yet" not in listing.stdout
        exported = run_rmdesk("--db", str(path), "export", "participants", str(tmp_path / "p.csv"))
        assert exported.returncode == 0, exported.stderr
        assert len((tmp_path / "p.csv").read_text("utf-8-sig").splitlines()) == 21
        outcomes = run_rmdesk("--db", str(path), "outcomes", "1", "--json")
        assert outcomes.returncode == 0, outcomes.stderr
        for writing in (("cycle", "create", "Next", "--start", "2027-01-04"),
                        ("match", "1", "--apply")):  # fmt: skip
            refused = run_rmdesk("--db", str(path), *writing)
            assert refused.returncode == 1
            assert "is already open" in one_error_line(refused.stderr)
    finally:
        window.execute("ROLLBACK")
        window.close()
        lock.release()
    assert [row[0] for row in sqlite3.connect(path).execute("SELECT name FROM cycle")] == [
        "Demo cohort 2026–27"
    ]


# --- argparse ------------------------------------------------------------------------


def test_version(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"rmdesk {__version__}"


def test_unknown_command_is_a_usage_error_in_one_line(capsys):
    assert main(["frobnicate"]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert "invalid choice: 'frobnicate'" in line and line.endswith("see rmdesk --help.")


# --- the programme's rules: check and import all ----------------------------------------


@pytest.fixture
def small_programme(db_path: Path) -> Path:
    """Ada (mentee, id 1) and Bo (mentor, id 2) paired (pair 1, score 0.8) in cycle 1,
    with one planned meeting (id 1): every id known, so the lines can be compared whole."""
    import datetime as dt

    from rmdesk.programme.cycles import CycleData, create_cycle
    from rmdesk.programme.meetings import MeetingData, create_meeting
    from rmdesk.programme.pairs import create_pair
    from tests.builders import person

    open_database(db_path)
    try:
        ada, bo = person("Ada Senior", "mentee"), person("Bo Junior", "mentor")
        cycle = create_cycle(CycleData("2026", dt.date(2026, 1, 5)))
        pair = create_pair(cycle, bo, ada, score=0.8)
        create_meeting(MeetingData(pair, dt.datetime(2026, 3, 2, 10, 0)))
        assert (ada, bo, cycle, pair) == (1, 2, 1, 1)
    finally:
        close_database()
    return db_path


MANAGER_HINT = (
    "Edit the participant (Participants tab): the manager shows as (none) there; choose the "
    "right one and save."
)
CHECKED_RULES = {
    "bad date text": (
        "UPDATE meeting SET starts_at = 'yesterday' WHERE id = 1",
        ["Meeting of Bo Junior & Ada Senior – start: “yesterday” is not a date and time "
         "(YYYY-MM-DD HH:MM:SS)."],
    ),
    "non-finite score": (
        "UPDATE pair SET match_score = 9e999 WHERE id = 1",
        ["Pair Bo Junior & Ada Senior – match score: inf is not a finite number."],
    ),
    "own manager": (
        "UPDATE participant SET manager_id = 1 WHERE id = 1",
        [f"Ada Senior – manager: Nobody can be their own manager. {MANAGER_HINT}"],
    ),
    "manager loop": (
        "UPDATE participant SET manager_id = 3 - id",
        [
            "Ada Senior – manager: That manager reports to this person: reporting lines "
            f"cannot loop. {MANAGER_HINT}",
            "Bo Junior – manager: That manager reports to this person: reporting lines "
            f"cannot loop. {MANAGER_HINT}",
        ],
    ),
    "mentor is the mentee": (
        "UPDATE pair SET mentee_id = mentor_id",
        ["Pair Bo Junior & Bo Junior – mentee: The mentor and the mentee are the same "
         "person: a pair needs two people."],
    ),
    "negative duration": (
        "UPDATE meeting SET duration_minutes = -30",
        ["Meeting of Bo Junior & Ada Senior on 2 March 2026, 10:00 – duration: A meeting "
         "lasts 1 to 480 minutes, not -30. Edit the meeting (Calendar tab, on its day)."],
    ),
    "unknown status": (
        "UPDATE pair SET status = 'paused'",
        ["Pair Bo Junior & Ada Senior – status: “paused” is not one of: proposed, active, "
         "completed, ended_early."],
    ),
    "cycle ends as it starts": (
        "UPDATE cycle SET end_date = start_date",
        ["Cycle “2026” – ends on: The end date must be after the start date. Edit the cycle "
         "(choose it, then Programme > Edit cycle)."],
    ),
}  # fmt: skip


def test_check_says_ok_for_a_programme_that_keeps_the_rules(small_programme: Path, capsys):
    assert main(["--db", str(small_programme), "check"]) == 0
    assert capsys.readouterr().out == "ok\n"


@pytest.mark.parametrize("rule", list(CHECKED_RULES))
def test_check_names_each_broken_rule_and_exits_1(small_programme: Path, capsys, rule: str):
    statement, expected = CHECKED_RULES[rule]
    with contextlib.closing(sqlite3.connect(small_programme)) as connection:
        connection.execute("PRAGMA ignore_check_constraints = ON")  # as another tool could
        connection.execute(statement)
        connection.commit()
    before = sha256(small_programme)

    assert main(["--db", str(small_programme), "check"]) == 1

    out, err = capsys.readouterr()
    assert out.splitlines() == expected
    assert err == ""
    assert sha256(small_programme) == before  # reported, never fixed


@pytest.fixture(scope="module")
def full_export_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``rmdesk export all`` of a small demo programme, made once for these tests."""
    folder = tmp_path_factory.mktemp("export-all")
    source = folder / "source.rmdesk"
    assert main(["--db", str(source), "demo", "--participants", "20"]) == 0
    assert main(["--db", str(source), "export", "all", str(folder / "all.json")]) == 0
    return folder / "all.json"


@pytest.mark.parametrize("case", list(TAMPERED))
def test_import_all_of_a_value_that_breaks_a_rule_is_one_line_and_leaves_no_file(
    full_export_file: Path, tmp_path: Path, capsys, case: str
):
    change, table, column, why = TAMPERED[case]
    document = json.loads(full_export_file.read_text("utf-8"))
    row = change(document)
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(document), "utf-8")
    target = tmp_path / "new.rmdesk"
    capsys.readouterr()

    assert main(["--db", str(target), "import", "all", str(tampered)]) == 1

    out, err = capsys.readouterr()
    line = one_error_line(err)
    assert f"tampered.json cannot be imported: {table} row {row}, {column}: {why}" in line
    assert out == ""
    assert names(tmp_path) == ["tampered.json"]  # no database, temporary or backup left
