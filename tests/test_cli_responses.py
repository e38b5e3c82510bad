"""``rmdesk import responses``: a form's answers into a phase, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.programme.assessments import get_assessment
from rmdesk.store import close_database, open_database
from tests.documents.sample import build_programme


@pytest.fixture
def db_file(db, db_path: Path) -> tuple[Path, object]:
    programme = build_programme()
    close_database()
    return db_path, programme


def test_import_then_refuse_again_then_replace(db_file, tmp_path: Path, capsys):
    db_path, programme = db_file
    answers = tmp_path / "answers.csv"
    answers.write_text(
        "Timestamp;Email;Digital fluency;Satisfaction;Comment\n"
        "2025-05-01 10:00;hang@example.org;4 - Confident;5;Good\n"
        "2025-05-02 10:00;robert@example.org;2;3;\n",
        encoding="cp1252",
    )
    base = ["--db", str(db_path), "import", "responses", str(answers), "--cycle",
            "Cohort 2025", "--phase", "midpoint"]  # fmt: skip
    assert main(base) == 0
    out = capsys.readouterr().out
    assert "answers.csv: Cohort 2025, 2 people's answers for the midpoint phase." in out
    assert "Imported the midpoint answers of 2 people. Backup before:" in out
    assert main(base) == 1
    err = capsys.readouterr().err
    assert "line 2: Their midpoint answers are saved already." in err
    assert err.splitlines()[-1] == "rmdesk: 2 problems: nothing was imported."
    answers.write_text("Email,Digital fluency\nHANG@example.org,1\n", encoding="utf-8")
    assert main([*base, "--replace"]) == 0
    open_database(db_path)
    try:
        saved = get_assessment(programme.pairs[0], programme.ids["ngo"], "midpoint")
    finally:
        close_database()
    assert saved is not None and saved.scores == {"Digital fluency": 1}


def test_map_and_skip_unknown(db_file, tmp_path: Path, capsys):
    db_path, _programme = db_file
    answers = tmp_path / "answers.csv"
    answers.write_text("Who,Fluency\nhang@example.org,3\nstranger@example.org,4\n", "utf-8")
    base = ["--db", str(db_path), "import", "responses", str(answers), "--cycle", "1",
            "--phase", "midpoint", "--map", "Who=email", "--map",
            "Fluency=Digital fluency"]  # fmt: skip
    assert main(base) == 1
    assert "stranger@example.org is not in a pair of this cycle" in capsys.readouterr().err
    assert main([*base, "--skip-unknown", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 person's answers for the midpoint phase, 1 unknown respondent skipped." in out
    assert "Dry run: nothing was written." in out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--map", "nothing"], "“nothing” is not Header=target"),
        (["--phase", "later"], "invalid choice"),
        (["--cycle", "Nope"], "No cycle called “Nope”"),
    ],
)
def test_bad_arguments_are_one_line(db_file, tmp_path: Path, capsys, extra, message):
    db_path, _programme = db_file
    answers = tmp_path / "answers.csv"
    answers.write_text("Email,Digital fluency\nhang@example.org,3\n", "utf-8")
    arguments = ["--db", str(db_path), "import", "responses", str(answers), "--cycle", "1",
                 "--phase", "final", *extra]  # fmt: skip
    assert main(arguments) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
