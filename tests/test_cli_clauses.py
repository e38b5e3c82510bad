"""``rmdesk clauses``: show the agreement's clauses, replace them from a file, reset them;
an unknown placeholder is refused in one line and nothing is saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.documents.clauses import default_clauses
from rmdesk.documents.settings import load_settings
from rmdesk.store import close_database, open_database


@pytest.fixture
def db_file(db, db_path: Path) -> Path:
    close_database()
    return db_path


def saved_clauses(path: Path) -> str:
    open_database(path)
    try:
        return load_settings().clauses
    finally:
        close_database()


def test_show_set_and_reset(db_file: Path, tmp_path: Path, capsys):
    assert main(["--db", str(db_file), "clauses"]) == 0
    assert capsys.readouterr().out == default_clauses()
    source = tmp_path / "ours.md"
    source.write_text("## Our rules\n- Meet {mentee} every {cadence}.\n", encoding="utf-8")
    assert main(["--db", str(db_file), "clauses", "--set", str(source)]) == 0
    assert capsys.readouterr().out == f"Saved the clauses (English) from {source}.\n"
    assert saved_clauses(db_file) == "## Our rules\n- Meet {mentee} every {cadence}.\n"
    assert main(["--db", str(db_file), "clauses", "--reset"]) == 0
    assert saved_clauses(db_file) == ""


def test_an_unknown_placeholder_is_refused_in_one_line(db_file: Path, tmp_path: Path, capsys):
    source = tmp_path / "typo.md"
    source.write_text("## Our rules\n- Meet {mentee} at {ofice}.\n", encoding="utf-8")
    assert main(["--db", str(db_file), "clauses", "--set", str(source)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "{ofice}" in captured.err
    assert "{organisation} {coordinator} {mentor} {mentee} {cycle} {cadence} {minutes}" in (
        captured.err
    )
    assert saved_clauses(db_file) == ""


@pytest.mark.parametrize("content", [b"\xff\xfe{", b"  \n"])
def test_a_file_that_is_not_clauses_is_refused(db_file: Path, tmp_path: Path, capsys, content):
    source = tmp_path / "bad.md"
    source.write_bytes(content)
    assert main(["--db", str(db_file), "clauses", "--set", str(source)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert saved_clauses(db_file) == ""
