"""Documents in English, German or French: ``--lang`` per command overrides the document
settings' language; an unknown language is refused in one line and nothing is written;
each language keeps its own clauses."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from rmdesk.cli import main
from rmdesk.documents.clauses import default_clauses
from rmdesk.documents.settings import load_settings, save_settings
from rmdesk.store import close_database, open_database
from tests.documents.sample import build_programme

COMMANDS = {
    "agreement": ["agreement", "1"],
    "agreements": ["agreements", "Cohort 2025"],
    "report": ["report", "Cohort 2025"],
    "form": ["form", "fit", "Cohort 2025"],
    "shortlist": ["shortlist", "Cohort 2025"],
    "guide": ["guide", "mentor"],
    "pack": ["pack", "1"],
}


@pytest.fixture
def db_file(db, db_path: Path) -> Path:
    build_programme()
    close_database()
    return db_path


def text_of(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(path.read_bytes())).pages)  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unknown_language_is_refused_in_one_line(db_file, tmp_path, capsys, command):
    target = tmp_path / "out.pdf"
    code = main(["--db", str(db_file), *COMMANDS[command], "-o", str(target), "--lang", "xx"])
    assert code == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert "Unknown language “xx”: choose one of en, de, fr" in captured.err
    assert not target.exists() and list(tmp_path.glob("*.pdf*")) == []


def test_lang_overrides_the_settings_for_one_run(db_file, tmp_path, capsys):
    open_database(db_file)
    try:
        save_settings(load_settings()._replace(language="fr"))
    finally:
        close_database()
    french, german = tmp_path / "fr.pdf", tmp_path / "de.pdf"
    args = ["--db", str(db_file), "agreement", "1", "--date", "2026-03-02"]
    assert main([*args, "-o", str(french)]) == 0
    assert main([*args, "-o", str(german), "--lang", "DE"]) == 0
    assert "2 mars 2026" in text_of(french)
    assert "2. März 2026" in text_of(german) and "2 mars 2026" not in text_of(german)
    open_database(db_file)
    try:
        assert load_settings().language == "fr"  # --lang changed nothing kept
    finally:
        close_database()


def test_each_language_keeps_its_own_clauses(db_file, tmp_path, capsys):
    ours = tmp_path / "unsere.md"
    ours.write_text("## Unsere Regeln\n- {mentee} trifft {mentor} {cadence}.\n", encoding="utf-8")
    assert main(["--db", str(db_file), "clauses", "--lang", "de", "--set", str(ours)]) == 0
    assert capsys.readouterr().out == f"Saved the clauses (Deutsch) from {ours}.\n"
    open_database(db_file)
    try:
        settings = load_settings()
        assert settings.clauses == "" and settings.clauses_fr == ""  # untouched
        assert settings.clause_text("en") == default_clauses("en")
        assert settings.clause_text("de") == ours.read_text(encoding="utf-8")
    finally:
        close_database()
    german, english = tmp_path / "de.pdf", tmp_path / "en.pdf"
    assert main(["--db", str(db_file), "agreement", "1", "-o", str(german), "--lang", "de"]) == 0
    assert main(["--db", str(db_file), "agreement", "1", "-o", str(english), "--lang", "en"]) == 0
    text = text_of(german)
    assert "Unsere Regeln" in text
    assert "Ngô Thị Minh Hằng trifft Zoë Łukasiewicz alle 2 Wochen." in text
    assert "Unsere Regeln" not in text_of(english)
    assert "What we discuss stays between us." in text_of(english)
    assert main(["--db", str(db_file), "clauses", "--lang", "de", "--reset"]) == 0
    assert main(["--db", str(db_file), "clauses", "--lang", "de"]) == 0
    assert capsys.readouterr().out.endswith(default_clauses("de"))
