"""``rmdesk agreement``, ``rmdesk agreements`` and ``rmdesk report``: files, modes, errors."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from rmdesk.cli import main
from rmdesk.programme.pairs import end_pair_early
from rmdesk.store import close_database
from tests.documents.sample import build_programme


@pytest.fixture
def db_file(db, db_path: Path) -> Path:
    """The sample programme, closed so the command opens the file itself."""
    build_programme()
    close_database()
    return db_path


def text_of(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(path.read_bytes())).pages)  # fmt: skip


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_agreement_for_one_pair(db_file: Path, tmp_path: Path, capsys):
    target = tmp_path / "one.pdf"
    code = main(["--db", str(db_file), "agreement", "1", "-o", str(target), "--date", "2026-01-15"])
    assert code == 0
    assert capsys.readouterr().out.strip() == (
        f"Wrote the agreement of Zoë Łukasiewicz and Ngô Thị Minh Hằng to {target}."
    )
    assert private(target)
    text = text_of(target)
    assert "Pairing agreement" in text and "Generated 15 January 2026" in text
    assert list(tmp_path.glob(".*.part")) == []


def test_agreements_into_one_file_and_one_file_per_pair(db_file: Path, tmp_path: Path, capsys):
    target = tmp_path / "all.pdf"
    assert main(["--db", str(db_file), "agreements", "Cohort 2025", "-o", str(target)]) == 0
    assert "Wrote 2 agreements of Cohort 2025" in capsys.readouterr().out
    text = text_of(target)
    assert "Aiko Ito" in text and "Zoë Łukasiewicz" in text and "Дмитрий" not in text
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["--db", str(db_file), "agreements", "1", "-o", f"{folder}/"]) == 0
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["agreement-1-zoë-łukasiewicz-ngô-thị-minh-hằng.pdf",
                     "agreement-3-aiko-ito-robert-okafor.pdf"]  # fmt: skip
    assert all(private(p) for p in folder.iterdir())
    assert "Robert Okafor" in text_of(folder / files[1])


def test_one_agreement_is_counted_in_the_singular(db, db_path: Path, tmp_path: Path, capsys):
    programme = build_programme()
    end_pair_early(programme.pairs[2], "Moved abroad")  # one active pair is left
    close_database()
    target = tmp_path / "one.pdf"
    assert main(["--db", str(db_path), "agreements", "Cohort 2025", "-o", str(target)]) == 0
    assert capsys.readouterr().out == f"Wrote 1 agreement of Cohort 2025 to {target}.\n"
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["--db", str(db_path), "agreements", "1", "-o", f"{folder}/"]) == 0
    assert capsys.readouterr().out == (
        f"Wrote 1 agreement of Cohort 2025 to {folder}, one file per pair.\n"
    )


def test_report_named_and_anonymised(db_file: Path, tmp_path: Path, capsys):
    named, anonymous = tmp_path / "r.pdf", tmp_path / "a.pdf"
    assert main(["--db", str(db_file), "report", "1", "-o", str(named)]) == 0
    assert main(["--db", str(db_file), "report", "1", "-o", str(anonymous), "--anonymised"]) == 0
    out = capsys.readouterr().out
    assert "Wrote the anonymised end-of-cycle report of Cohort 2025" in out
    assert "Zoë Łukasiewicz" in text_of(named)
    assert "Pair 1 · Zoë" in text_of(named)
    anonymous_text = text_of(anonymous)
    assert "Zoë" not in anonymous_text and "Pair 1" not in anonymous_text  # nothing per pair
    assert "End-of-cycle report (anonymised)" in anonymous_text
    assert private(named) and private(anonymous)


def test_report_without_the_appendix(db_file: Path, tmp_path: Path, capsys):
    short, full = tmp_path / "short.pdf", tmp_path / "full.pdf"
    assert main(["--db", str(db_file), "report", "1", "-o", str(short), "--no-appendix"]) == 0
    assert main(["--db", str(db_file), "report", "1", "-o", str(full)]) == 0
    text = text_of(short)
    assert "Pair 1 · Zoë" not in text and "Zoë" not in text
    assert "The appendix with a section per pair was left out of this copy." in text
    assert "In brief" in text and "Pair 1 · Zoë" in text_of(full)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["agreement", "99", "-o", "{tmp}/x.pdf"], "No pair with id 99."),
        (["agreement", "1", "-o", "{tmp}/missing/x.pdf"], "is not a folder"),
        (["agreement", "1", "-o", "{tmp}"], "is a folder; give a file name ending in .pdf."),
        (["agreements", "1", "-o", "{tmp}/nowhere/"], "is not a folder; create it first."),
        (["report", "Nope", "-o", "{tmp}/x.pdf"], "Nope"),
        (["report", "1", "-o", "{tmp}/x.pdf", "--date", "15/01/2026"], "is not a date"),
    ],
)
def test_errors_are_one_line_and_write_nothing(db_file, tmp_path, capsys, args, message):
    argv = ["--db", str(db_file), *[a.replace("{tmp}", str(tmp_path)) for a in args]]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("rmdesk: ") and err.count("\n") == 1 and message in err
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_cycle_without_active_pairs_is_refused(db_file, tmp_path, capsys):
    assert main(["--db", str(db_file), "cycle", "create", "Later", "--start", "2027-01-04"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_file), "agreements", "Later", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "Later has no active pairs" in capsys.readouterr().err


def test_guide_and_pack(db_file: Path, tmp_path: Path, capsys):
    guide, pack = tmp_path / "guide.pdf", tmp_path / "pack.pdf"
    assert main(["--db", str(db_file), "guide", "Social media", "-o", str(guide)]) == 0
    assert capsys.readouterr().out == f"Wrote “Social media: a conversation guide” to {guide}.\n"
    assert "Questions the senior colleague can ask" in text_of(guide)
    assert main(["--db", str(db_file), "pack", "1", "-o", str(pack)]) == 0
    assert capsys.readouterr().out == (
        f"Wrote the session pack of Zoë Łukasiewicz and Ngô Thị Minh Hằng (2 topic guides) "
        f"to {pack}.\n"
    )
    text = text_of(pack)
    assert "Orientation for senior mentees" in text and "Post weekly on the intranet" in text
    assert private(guide) and private(pack)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["guide", "Knitting", "-o", "{tmp}/x.pdf"], "No guide for “Knitting”"),
        (["pack", "99", "-o", "{tmp}/x.pdf"], "No pair with id 99."),
        (["pack", "1", "-o", "{tmp}"], "is a folder; give a file name ending in .pdf."),
    ],
)
def test_guide_and_pack_refusals_are_one_line(db_file, tmp_path, capsys, args, message):
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in args]
    assert main(["--db", str(db_file), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()
