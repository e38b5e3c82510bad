"""``rmdesk form assessment|fit|signup``: PDFs to print, or the questions as CSV."""

from __future__ import annotations

import csv
import io
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from rmdesk.cli import main
from rmdesk.programme.assessments import dimensions
from rmdesk.store import close_database, open_database
from tests.documents.sample import build_programme


@pytest.fixture
def db_file(db, db_path: Path) -> Path:
    build_programme()
    close_database()
    return db_path


def pdf_pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split())
            for p in PdfReader(io.BytesIO(path.read_bytes())).pages]  # fmt: skip


def test_assessment_forms_for_the_cycle(db_file: Path, tmp_path: Path, capsys):
    target = tmp_path / "baseline.pdf"
    code = main(["--db", str(db_file), "form", "assessment", "Cohort 2025", "--phase",
                 "baseline", "-o", str(target), "--date", "2026-01-15"])  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.strip() == (
        f"Wrote 4 baseline self-assessment forms of Cohort 2025 to {target}."
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    printed = pdf_pages(target)
    assert len(printed) == 4
    assert "Baseline self-assessment" in printed[0] and "Generated 15 January 2026" in printed[0]


def test_fit_forms_and_signup_sheet(db_file: Path, tmp_path: Path, capsys):
    fit, signup = tmp_path / "fit.pdf", tmp_path / "signup.pdf"
    assert main(["--db", str(db_file), "form", "fit", "1", "-o", str(fit)]) == 0
    assert main(["--db", str(db_file), "form", "signup", "-o", str(signup)]) == 0
    out = capsys.readouterr().out
    assert f"Wrote 4 pairing-fit forms of Cohort 2025 to {fit}." in out
    assert f"Wrote the sign-up sheet to {signup}." in out
    assert all("How is the pairing working for you?" in page for page in pdf_pages(fit))
    assert len(pdf_pages(signup)) == 1


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))


def test_csv_lists_the_questions_one_per_line(db_file: Path, tmp_path: Path, capsys):
    target = tmp_path / "questions.csv"
    assert main(["--db", str(db_file), "form", "assessment", "1", "--phase", "final",
                 "-o", str(target)]) == 0  # fmt: skip
    open_database(db_file)
    try:
        mentor = [d.name for d in dimensions("mentor")]
        mentee = [d.name for d in dimensions("mentee")]
    finally:
        close_database()
    questions = rows(target)
    assert capsys.readouterr().out.strip() == (f"Wrote {len(questions)} questions to {target}.")
    assert [q["Question"] for q in questions] == [
        "Work e-mail address", *mentor, *mentee,
        "Overall satisfaction with the programme so far",
        "Would you take part in the programme again?", "Any comment for the coordinator",
    ]  # fmt: skip
    assert {q["For"] for q in questions if q["Question"] in mentor} == {"mentors"}
    assert questions[1]["Answer"].startswith("1 to 5")
    assert questions[-2] == {"Question": "Would you take part in the programme again?",
                             "Answer": "one of", "For": "everyone",
                             "Choices": "Yes; Maybe; No"}  # fmt: skip
    midpoint = tmp_path / "midpoint.csv"
    assert main(["--db", str(db_file), "form", "assessment", "1", "--phase", "midpoint",
                 "-o", str(midpoint)]) == 0  # fmt: skip
    assert rows(midpoint) == questions[:-2] + questions[-1:]  # asked in the final only
    signup = tmp_path / "signup.csv"
    assert main(["--db", str(db_file), "form", "signup", "-o", str(signup)]) == 0
    work = [q for q in rows(signup) if q["Question"] == "How I work"]
    assert work == [{"Question": "How I work", "Answer": "one of", "For": "everyone",
                     "Choices": "On site; Hybrid; Remote"}]  # fmt: skip


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["form", "fit", "1", "-o", "{tmp}/form.txt"], "give a file name ending in .pdf"),
        (["form", "fit", "Nope", "-o", "{tmp}/form.pdf"], "No cycle called “Nope”"),
        (["form", "assessment", "1", "-o", "{tmp}/form.pdf"], "required: --phase"),
        (["form", "assessment", "1", "--phase", "later", "-o", "{tmp}/f.pdf"], "invalid choice"),
        (["form", "fit", "1", "-o", "{tmp}/missing/form.pdf"], "is not a folder"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    db_file: Path, tmp_path: Path, capsys, arguments: list[str], message: str
):
    filled = [part.replace("{tmp}", str(tmp_path)) for part in arguments]
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["--db", str(db_file), *filled]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_the_database_itself_is_never_a_target(db_file: Path, tmp_path: Path, capsys):
    before = db_file.read_bytes()
    alias = tmp_path / "programme.pdf"
    alias.symlink_to(db_file)
    assert main(["--db", str(db_file), "form", "signup", "-o", str(alias)]) == 1
    assert db_file.read_bytes() == before


def test_csv_of_questions_in_the_language_asked(db_file: Path, tmp_path: Path, capsys):
    """``--lang fr``: the questions, their answer words and the headings in French; the
    dimensions as typed."""
    target = tmp_path / "questions.csv"
    assert main(["--db", str(db_file), "form", "assessment", "1", "--phase", "final",
                 "--lang", "fr", "-o", str(target)]) == 0  # fmt: skip
    questions = rows(target)
    assert list(questions[0]) == ["Question", "Réponse", "Pour", "Choix"]
    assert questions[0]["Question"] == "Adresse e-mail professionnelle"
    assert questions[-1]["Question"] == "Votre commentaire pour la coordination"
    assert questions[1]["Réponse"] == "de 1 à 5 (1 = pas du tout, 5 = tout à fait)"
    assert questions[1]["Question"] == "Confidence with senior leaders"  # as typed
    fit = tmp_path / "fit.csv"
    assert main(["--db", str(db_file), "form", "fit", "1", "--lang", "de", "-o", str(fit)]) == 0
    assert rows(fit)[1] == {"Frage": "Wie gut passt Ihr Tandem für Sie?",
                            "Antwort": "Einfachauswahl", "Für": "alle",
                            "Auswahl": "Passt gut; Noch unentschieden; Passt nicht"}  # fmt: skip
