"""What a user can type never ends in a traceback: every case a tester found is one line
on stderr, exit 1, and nothing changed (issue 11, "never a traceback").

The property test over every command is ``test_cli_fuzz.py``; these are the cases
found by hand, kept as named regressions.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.store import close_database, list_backups, make_backup
from rmdesk.store import database as store_database
from tests.documents.sample import build_programme
from tests.test_cli import one_error_line

BEYOND_64_BITS = [str(2**63), "99999999999999999999"]  # the first id SQLite cannot hold


def dump(path: Path) -> str:
    """The database's logical content (rows and schema), whatever the page layout."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()


@pytest.fixture
def live(db, db_path: Path) -> Path:
    """The sample programme (cycle 1 "Cohort 2025", pairs 1-3, people 1-6), closed."""
    build_programme()
    close_database()
    make_backup(db_path)
    return db_path


def refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run ``rmdesk argv``: exit 1, nothing on stdout, one line on stderr (returned)."""
    assert main(argv) == 1
    out, err = capsys.readouterr()
    assert out == ""
    return one_error_line(err)


def filled(args: list[str], tmp: Path) -> list[str]:
    return [a.replace("{tmp}", str(tmp)) for a in args]


# --- ids beyond SQLite's 64-bit integers ---------------------------------------------
@pytest.mark.parametrize("big", BEYOND_64_BITS)
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["calendar", "1", "-o", "{tmp}/x.ics", "--pair", "{big}"], "is not an id"),
        (["calendar", "1", "-o", "{tmp}/x.ics", "--person", "{big}"], "is not an id"),
        (["goals", "1", "--pair", "{big}"], "is not an id"),
        (["agreement", "{big}", "-o", "{tmp}/x.pdf"], "is not an id"),
        (["pair", "list", "{big}"], "No cycle called"),
        (["pair", "activate", "{big}"], "No cycle called"),
        (["match", "{big}", "--apply"], "No cycle called"),
        (["schedule", "{big}"], "No cycle called"),
        (["report", "{big}", "-o", "{tmp}/x.pdf"], "No cycle called"),
        (["person", "export", "{big}", "-o", "{tmp}/x.json"], "No participant with id"),
        (["person", "erase", "{big}", "--yes"], "No participant with id"),
    ],
)
def test_ids_beyond_64_bits_are_one_line(live, tmp_path, capsys, args, message, big):
    before = dump(live)
    argv = ["--db", str(live), *filled(args, tmp_path)]
    line = refused([a.replace("{big}", big) for a in argv], capsys)
    assert message in line and big in line
    assert dump(live) == before
    assert not list(tmp_path.glob("x.*"))


@pytest.mark.parametrize("odd", ["0", "-1", "²", "١", " ", "1.0", "0x1"])
def test_ids_are_ascii_whole_numbers_from_1(live, tmp_path, capsys, odd):
    """“²” passes str.isdigit but not int(); as a cycle it is a name no cycle has."""
    line = refused(["--db", str(live), "agreement", odd, "-o", str(tmp_path / "x.pdf")], capsys)
    assert "is not an id" in line
    line = refused(["--db", str(live), "pair", "list", odd], capsys)
    assert "No cycle called" in line


# --- dates past the year 9999 --------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["cycle", "create", "X", "--start", "2026-01-01", "--months", "100000"],
         "“100000” is not a whole number from 1 to 60"),
        (["cycle", "create", "X", "--start", "9999-12-31"], "9999-12-31 is outside the dates"),
        (["meetings", "1", "--to", "9999-12-31"], "9999-12-31 is outside the dates"),
        (["meetings", "1", "--from", "0001-01-01"], "0001-01-01 is outside the dates"),
        (["schedule", "1", "--first", "9999-12-31"], "9999-12-31 is outside the dates"),
        (["report", "1", "-o", "{tmp}/x.pdf", "--date", "9999-12-31"], "outside the dates"),
        (["cycle", "create", "X", "--start", "10000-01-01"], "is not a date; use YYYY-MM-DD"),
        (["schedule", "1", "--time", "99999999999999999999:00"], "is not a time; use HH:MM"),
    ],
)  # fmt: skip
def test_far_dates_and_long_cycles_are_one_line(live, tmp_path, capsys, args, message):
    before = dump(live)
    assert message in refused(["--db", str(live), *filled(args, tmp_path)], capsys)
    assert dump(live) == before
    assert not list(tmp_path.glob("x.*"))


def test_the_last_plannable_dates_still_work(live, capsys):
    db = ["--db", str(live)]
    assert main([*db, "cycle", "create", "Far", "--start", "2999-12-31", "--months", "60"]) == 0
    assert "2999-12-31 to 3004-12-31" in capsys.readouterr().out
    assert main([*db, "meetings", "1", "--from", "1900-01-01", "--to", "2999-12-31"]) == 0


# --- bytes that are not UTF-8 --------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["cycle", "create", "\udcff\udcfe", "--start", "2026-01-01"],
        ["pair", "list", "\udcff"],
        ["person", "export", "caf\udce9", "-o", "{tmp}/x.json"],
        ["person", "erase", "caf\udce9@example.org", "--yes"],
        ["export", "participants", "{tmp}/missing-\udcff/x.csv"],
    ],
)
def test_bytes_that_are_not_utf8_are_one_printable_line(live, tmp_path, capsys, args):
    """Such bytes reach Python as surrogates: SQLite cannot store them and a strict
    stream (capsys's, like a terminal's) cannot print them."""
    before = dump(live)
    line = refused(["--db", str(live), *filled(args, tmp_path)], capsys)
    assert "\\xff" in line or "\\udcff" in line or "\\xe9" in line or "\\udce9" in line
    assert dump(live) == before


def test_a_file_name_with_such_bytes_is_written_and_printed(live, tmp_path, capsys):
    target = tmp_path / "liste-\udcff.csv"
    assert main(["--db", str(live), "export", "participants", str(target)]) == 0
    assert "liste-\\udcff.csv" in capsys.readouterr().out
    assert (os.fsencode(tmp_path) + b"/liste-\xff.csv") in [
        os.fsencode(p) for p in tmp_path.iterdir()
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="argv is bytes on POSIX only")
def test_raw_bytes_in_a_real_command_line(live):
    result = subprocess.run(
        [sys.executable, "-m", "rmdesk", b"cycle", b"create", b"Caf\xe9 \xff",
         b"--start", b"2026-01-01", b"--db", os.fsencode(live)],
        capture_output=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    line = one_error_line(result.stderr.decode("utf-8"))
    assert "Caf\\xe9 \\xff" in line and "not UTF-8" in line


# --- odd --db values and file names ---------------------------------------------------
@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("", "an empty name is not a file name"),
        ("{tmp}", "is a folder, not a database file"),
        ("{tmp}/fifo", "is not a regular file"),
        ("/dev/null", "is not a regular file"),
        ("~no-such-user-here/p.rmdesk", "no home folder"),
        ("{tmp}/" + "x" * 300, "File name too long"),
    ],
)
@pytest.mark.parametrize("command", [["cycle", "list"], ["demo"], ["check"], ["backup"]])
def test_odd_databases_are_refused_before_anything_opens(tmp_path, capsys, db, message, command):
    if sys.platform != "win32":
        os.mkfifo(tmp_path / "fifo")  # opening it for reading would block forever
    line = refused([*command, "--db", db.replace("{tmp}", str(tmp_path))], capsys)
    assert "argument --db: " in line and message in line
    assert [p.name for p in tmp_path.iterdir()] == (["fifo"] if sys.platform != "win32" else [])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "1", "-o", "~no-such-user-here/x.pdf"], "no home folder"),
        (["export", "participants", "{tmp}/" + "y" * 300], "File name too long"),
        (["import", "participants", ""], "an empty name is not a file name"),
        (["backup", "-o", "{tmp}/" + "z" * 300 + "/b.rmdesk"], "File name too long"),
    ],
)
def test_file_names_the_system_cannot_use_are_one_line(live, tmp_path, capsys, args, message):
    before = dump(live)
    assert message in refused(["--db", str(live), *filled(args, tmp_path)], capsys)
    assert dump(live) == before


# --- usage errors ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["cycle", "create", "X"], "the following arguments are required: --start"),
        (["report", "1"], "required: -o/--output"),
        (["export", "everything", "x.csv"], "invalid choice: 'everything'"),
        (["cycle", "list", "--colour"], "unrecognized arguments: --colour"),
        (["attention", "1", "--quiet-days", "NaN"], "invalid int value: 'NaN'"),
    ],
)
def test_usage_errors_are_one_line_and_exit_1(capsys, argv, message):
    line = refused(argv, capsys)
    assert message in line and line.endswith("--help.")


# --- a database that cannot be written ---------------------------------------------------
@pytest.fixture
def read_only_storage(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's view of a read-only file or folder: every write fails with "attempt to
    write a readonly database".  Simulated with ``query_only`` because root (CI)
    ignores file permissions; ``test_a_read_only_file_for_real`` covers the rest."""
    monkeypatch.setattr(store_database, "PRAGMAS", (*store_database.PRAGMAS, ("query_only", 1)))


@pytest.mark.parametrize(
    "args",
    [
        ["cycle", "create", "New", "--start", "2026-01-01"],
        ["pair", "activate", "1"],
        ["person", "erase", "1", "--yes"],
        # (match --apply on the sample proposes nothing since pairs are never repeated,
        # so it writes nothing; ending a pair early writes)
        ["pair", "end", "1", "--reason", "Moved abroad"],
    ],
)
def test_a_read_only_database_is_one_line(live, capsys, read_only_storage, args):
    before = dump(live)
    line = refused(["--db", str(live), *args], capsys)
    assert f"Cannot use {live}: attempt to write a readonly database" in line
    assert "read-only" in line
    assert dump(live) == before


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root ignores file permissions"
)
def test_a_read_only_file_for_real(live, capsys):
    before = dump(live)
    live.chmod(0o400)
    try:
        line = refused(["--db", str(live), "cycle", "create", "New", "--start", "2026-01-01"],
                       capsys)  # fmt: skip
    finally:
        live.chmod(0o600)
    assert "readonly" in line or "Permission denied" in line
    assert dump(live) == before


# --- an output folder that cannot be written -------------------------------------------
@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Path:
    """A folder nobody may create files in: a 0555 folder, or for root (who ignores
    permissions) the kernel's /sys, which refuses new files to everyone."""
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir(mode=0o555)
        return folder
    folder = Path("/sys")
    try:
        (folder / "rmdesk-probe").touch()
    except OSError:
        return folder
    pytest.skip("/sys accepted a new file here, so it cannot stand for a read-only folder")


@pytest.mark.parametrize(
    "args",
    [
        ["export", "participants", "{out}/x.csv"],
        ["export", "all", "{out}/x.json"],
        ["calendar", "1", "-o", "{out}/x.ics"],
        ["person", "export", "1", "-o", "{out}/x.json"],
        ["report", "1", "-o", "{out}/x.pdf"],
        ["agreement", "1", "-o", "{out}/x.pdf"],
        ["agreements", "1", "-o", "{out}/x.pdf"],
        ["agreements", "1", "-o", "{out}/"],
        ["backup", "-o", "{out}/x.rmdesk"],
    ],
)
def test_an_unwritable_output_folder_is_one_line(live, unwritable_folder, capsys, args):
    before = dump(live)
    argv = [a.replace("{out}", str(unwritable_folder)) for a in args]
    line = refused(["--db", str(live), *argv], capsys)
    assert str(unwritable_folder) in line
    assert "Permission denied" in line or "Read-only file system" in line
    assert not (unwritable_folder / "x.csv").exists()
    assert dump(live) == before


# --- what a CSV import holds -----------------------------------------------------------
def participants_csv(folder: Path, level: str, capacity: str) -> Path:
    path = folder / "people.csv"
    path.write_text(
        f"full_name,email,role,level,capacity\r\nNew Person,new@example.org,mentor,{level},"
        f"{capacity}\r\n",
        "utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("level", "capacity", "problem"),
    [
        ("²", "1", "line 2, column level: “²” is not a level (1-6 or its name)."),
        ("2", "²", "line 2, column capacity: “²” is not a number."),
        ("2", str(10**23), "line 2, column capacity: Capacity must be between 1 and 10 pairs."),
        ("2", "11", "line 2, column capacity: Capacity must be between 1 and 10 pairs."),
    ],
)
@pytest.mark.parametrize("dry_run", [True, False], ids=["dry-run", "import"])
def test_csv_numbers_are_refused_in_the_preview_not_after_the_backup(
    live, tmp_path, capsys, level, capacity, problem, dry_run
):
    """A capacity of 10**23 passed the dry run and crashed after the import's backup."""
    before, backups = dump(live), list_backups(live)
    path = participants_csv(tmp_path, level, capacity)
    argv = ["--db", str(live), "import", "participants", str(path)]
    assert main([*argv, *(["--dry-run"] if dry_run else [])]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert err.splitlines() == [f"  {problem}", "rmdesk: 1 problem: nothing was imported."]
    assert "1 new" in out
    assert dump(live) == before
    assert list_backups(live) == backups, "no backup is made for an import that cannot run"
