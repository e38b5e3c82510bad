"""``rmdesk import``, ``rmdesk export`` and ``rmdesk person``: headless files in and out."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.store import close_database, list_backups, open_database
from tests.test_cli import one_error_line


def query(path: Path, sql: str) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


@pytest.fixture
def live(tmp_path: Path) -> Path:
    path = tmp_path / "programme.rmdesk"
    open_database(path)
    close_database()
    return path


GOOD = (
    "full_name;email;role;level;manager_email;offers\r\n"
    "Ada Boss;ada@example.org;mentee;5;;\r\n"
    'Bo Junior;bo@example.org;mentor;1;ada@example.org;"Knitting; Innovation"\r\n'
)


def test_import_participants_dry_run_then_for_real(live: Path, tmp_path: Path, capsys):
    source = tmp_path / "people.csv"
    source.write_text(GOOD, "utf-8")
    assert main(["--db", str(live), "import", "participants", str(source), "--dry-run",
                 "--create-topics"]) == 0  # fmt: skip
    out, _ = capsys.readouterr()
    assert "2 new, 0 updated, 0 unchanged" in out and "Dry run" in out
    assert query(live, "SELECT count(*) FROM participant") == [(0,)]

    # Without consent the unknown topic is a problem, reported with line and column.
    assert main(["--db", str(live), "import", "participants", str(source)]) == 1
    _, err = capsys.readouterr()
    assert "line 3, column offers: unknown topic “Knitting”" in err
    assert "nothing was imported" in err
    assert query(live, "SELECT count(*) FROM participant") == [(0,)]

    assert main(["--db", str(live), "import", "participants", str(source),
                 "--create-topics"]) == 0  # fmt: skip
    out, _ = capsys.readouterr()
    assert "Imported: 2 new" in out
    assert query(live, "SELECT full_name FROM participant ORDER BY id") == [
        ("Ada Boss",), ("Bo Junior",),
    ]  # fmt: skip
    assert [info.reason for info in list_backups(live)] == ["before-import"]


def test_importing_into_a_new_file_creates_the_programme(tmp_path: Path, capsys):
    source = tmp_path / "people.csv"
    source.write_text(GOOD, "utf-8")
    new = tmp_path / "new" / "programme.rmdesk"
    new.parent.mkdir()
    assert main(["--db", str(new), "import", "participants", str(source), "--dry-run"]) == 1
    assert "does not exist" in one_error_line(capsys.readouterr().err)
    assert not new.exists()  # a dry run never creates anything
    assert main(["--db", str(new), "import", "participants", str(source),
                 "--create-topics"]) == 0  # fmt: skip
    assert "Imported: 2 new" in capsys.readouterr().out
    assert query(new, "SELECT count(*) FROM participant") == [(2,)]


def test_import_problems_exit_1_and_write_nothing(live: Path, tmp_path: Path, capsys):
    source = tmp_path / "bad.csv"
    source.write_text("full_name,email,role,level\r\nA,nope,mentor,2\r\nB,b@x.org,chief,7\r\n")
    assert main(["--db", str(live), "import", "participants", str(source)]) == 1
    _, err = capsys.readouterr()
    assert "line 2, column email" in err and "line 3, column role" in err
    assert "line 3, column level" in err and "rmdesk: 3 problems: nothing" in err
    assert query(live, "SELECT count(*) FROM participant") == [(0,)]
    assert list_backups(live) == []


def test_one_import_problem_is_counted_in_the_singular(live: Path, tmp_path: Path, capsys):
    source = tmp_path / "bad.csv"
    source.write_text("full_name,email,role,level\r\nA,nope,mentor,2\r\n")
    assert main(["--db", str(live), "import", "participants", str(source)]) == 1
    assert "rmdesk: 1 problem: nothing was imported." in capsys.readouterr().err


def test_exports_count_in_the_singular_and_the_plural(live: Path, tmp_path: Path, capsys):
    source = tmp_path / "one.csv"
    source.write_text("full_name,email,role,level\r\nAda Junior,ada@example.org,mentor,1\r\n")
    assert main(["--db", str(live), "import", "participants", str(source)]) == 0
    out = tmp_path / "people.csv"
    capsys.readouterr()
    assert main(["--db", str(live), "export", "participants", str(out)]) == 0
    assert capsys.readouterr().out == f"Exported 1 participant to {out}.\n"
    assert main(["--db", str(live), "export", "pairs", str(out)]) == 0
    assert capsys.readouterr().out == f"Exported 0 pairs to {out}.\n"


def test_missing_file_is_one_line(live: Path, tmp_path: Path, capsys):
    assert main(["--db", str(live), "import", "participants", str(tmp_path / "no.csv")]) == 1
    assert "no.csv does not exist." in one_error_line(capsys.readouterr().err)


def test_export_each_kind_and_everything_then_import_all(live: Path, tmp_path: Path, capsys):
    assert main(["--db", str(live), "demo", "--participants", "20"]) == 0
    for kind in ("participants", "pairs", "meetings", "goals"):
        target = tmp_path / f"{kind}.csv"
        assert main(["--db", str(live), "export", kind, str(target)]) == 0
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert main(["--db", str(live), "export", "meetings", str(tmp_path / "m.csv"),
                 "--with-notes"]) == 0  # fmt: skip
    assert b",notes\r\n" in (tmp_path / "m.csv").read_bytes().split(b"\r\n")[0] + b"\r\n"
    assert main(["--db", str(live), "export", "all", str(tmp_path / "all.json")]) == 0
    capsys.readouterr()
    copy = tmp_path / "copy.rmdesk"
    assert main(["--db", str(copy), "import", "all", str(tmp_path / "all.json")]) == 0
    assert "Imported" in capsys.readouterr().out
    for table in ("participant", "pair", "meeting", "topic"):
        sql = f"SELECT * FROM {table} ORDER BY 1"
        assert query(copy, sql) == query(live, sql)
    # A second import into the now-full copy is refused in one line.
    assert main(["--db", str(copy), "import", "all", str(tmp_path / "all.json")]) == 1
    assert "already holds data" in one_error_line(capsys.readouterr().err)


def test_with_notes_only_for_meetings(live: Path, tmp_path: Path, capsys):
    assert (
        main(["--db", str(live), "export", "pairs", str(tmp_path / "p.csv"), "--with-notes"]) == 1
    )
    assert "--with-notes" in one_error_line(capsys.readouterr().err)


def test_person_export_and_erase(live: Path, tmp_path: Path, capsys):
    source = tmp_path / "people.csv"
    source.write_text(GOOD.replace("Knitting; ", ""), "utf-8")
    assert main(["--db", str(live), "import", "participants", str(source)]) == 0
    output = tmp_path / "bo.json"
    assert main(["--db", str(live), "person", "export", "BO@example.org", "-o", str(output)]) == 0
    assert json.loads(output.read_text("utf-8"))["participant"]["full_name"] == "Bo Junior"
    capsys.readouterr()

    assert main(["--db", str(live), "person", "erase", "bo@example.org"]) == 1
    assert "--yes" in one_error_line(capsys.readouterr().err)
    assert query(live, "SELECT count(*) FROM participant") == [(2,)]

    assert main(["--db", str(live), "person", "erase", "bo@example.org", "--yes"]) == 0
    out, _ = capsys.readouterr()
    assert "Bo Junior was erased" in out
    assert "still hold their data" in out and "prune-backups" in out
    assert query(live, "SELECT full_name FROM participant") == [("Ada Boss",)]

    assert main(["--db", str(live), "person", "prune-backups", "--yes"]) == 0
    assert [info.reason for info in list_backups(live)] == ["after-erase"]

    assert main(["--db", str(live), "person", "export", "bo@example.org", "-o", str(output)]) == 1
    assert "No participant" in one_error_line(capsys.readouterr().err)


def test_a_dry_run_reads_beside_the_window_and_a_real_import_is_refused(
    live: Path, tmp_path: Path, capsys
):
    from rmdesk.instance_lock import DatabaseLock
    from tests.test_cli import sha256

    source = tmp_path / "people.csv"
    source.write_text(GOOD, "utf-8")
    before = sha256(live)
    with DatabaseLock(live):  # the window has the file
        assert main(["--db", str(live), "import", "participants", str(source), "--dry-run",
                     "--create-topics"]) == 0  # fmt: skip
        out, _ = capsys.readouterr()
        assert "2 new, 0 updated, 0 unchanged" in out and "Dry run" in out

        assert main(["--db", str(live), "import", "participants", str(source),
                     "--create-topics"]) == 1  # fmt: skip
        _, err = capsys.readouterr()
        one_error_line(err)
    assert sha256(live) == before
    assert query(live, "SELECT count(*) FROM participant") == [(0,)]
