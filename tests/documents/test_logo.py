"""The logo is read bounded and checked when used: a bad one prints none and says why."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from rmdesk.cli import main
from rmdesk.documents.logo import MAX_PIXELS, load_logo
from rmdesk.documents.settings import DocumentSettings, save_settings
from rmdesk.store import close_database
from rmdesk.store.models import Setting
from tests.documents.sample import build_programme


def png(path: Path, size: tuple[int, int], mode: str = "RGB") -> Path:
    Image.new(mode, size).save(path)
    return path


def set_logo_behind_the_dialog(path: str) -> None:
    """As `import all` or an old setting could: stored without the dialog's check."""
    Setting.replace(key="documents.logo_path", value=path).execute()


def images_on_first_page(pdf: Path) -> int:
    page = PdfReader(io.BytesIO(pdf.read_bytes())).pages[0]
    return len(page.images)


def test_a_good_logo_is_scaled_to_what_the_header_needs(tmp_path: Path):
    logo = load_logo(str(png(tmp_path / "logo.png", (3000, 1000))))
    assert logo.problem == ""
    assert logo.image is not None
    assert logo.image.getSize() == (1200, 400)


def test_unusable_logos_are_refused_in_words(tmp_path: Path):
    fifo = tmp_path / "logo-pipe.png"
    os.mkfifo(fifo)
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    huge = png(tmp_path / "huge.png", (6000, 5000), "L")  # 30 million pixels, small file
    cases = {
        "/dev/zero": "/dev/zero is not a regular file",
        str(fifo): "logo-pipe.png is not a regular file",
        str(tmp_path): "is a folder",
        str(text): "logo.png is not a PNG or JPEG image",
        str(huge): "huge.png is 6000 x 5000 pixels, too large to print",
        str(tmp_path / "gone.png"): "does not exist",
    }
    for path, words in cases.items():
        logo = load_logo(path)
        assert logo.image is None, path
        assert words in logo.problem, (path, logo.problem)
        assert "left out" not in logo.problem  # the plain reason: the dialog shows it too
    assert MAX_PIXELS < 6000 * 5000
    assert load_logo("/dev/zero").problem == (
        "/dev/zero is not a regular file; choose a logo (PNG or JPEG)."
    )


def test_a_documents_note_says_it_was_printed_without_the_logo_and_where_to_change_it():
    assert DocumentSettings(logo_path="/dev/zero").logo_note() == (
        "Printed without the logo: /dev/zero is not a regular file; choose a logo (PNG or "
        "JPEG). Change it in Documents > Document settings."
    )
    assert DocumentSettings().logo_note() == ""  # no logo set: nothing left out


def test_a_decompression_bomb_is_refused_from_its_header(tmp_path: Path):
    bomb = png(tmp_path / "bomb.png", (13000, 13000), "L")  # 169 million pixels, 160 KB
    assert bomb.stat().st_size < 1_000_000
    logo = load_logo(str(bomb))
    assert logo.image is None
    assert "too large to print" in logo.problem


def test_the_settings_dialog_check_is_the_same_check(db, tmp_path: Path):
    from rmdesk.programme.validation import ValidationError

    with pytest.raises(ValidationError) as refused:
        save_settings(DocumentSettings(logo_path="/dev/zero"))
    # Nothing was printed: the reason alone, without "left out" or "printed without".
    assert refused.value.errors == {
        "logo_path": "/dev/zero is not a regular file; choose a logo (PNG or JPEG)."
    }


@pytest.mark.parametrize("logo", ["/dev/zero", "fifo"])
def test_a_document_with_a_device_logo_prints_without_it_under_a_memory_limit(
    db, db_path: Path, tmp_path: Path, logo: str
):
    """In a real process capped at 2 GiB of address space (it once ate 24 GB), and with a
    time limit (a FIFO once hung the command)."""
    build_programme()
    if logo == "fifo":
        logo = str(tmp_path / "logo.png")
        os.mkfifo(logo)
    set_logo_behind_the_dialog(logo)
    close_database()
    target = tmp_path / "report.pdf"
    script = textwrap.dedent(
        f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
        from rmdesk.cli import main
        sys.exit(main(["--db", {str(db_path)!r}, "report", "1", "-o", {str(target)!r}]))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"rmdesk: note: Printed without the logo: {logo} is not a regular file; "
        "choose a logo (PNG or JPEG). Change it in Documents > Document settings."
    ]
    assert images_on_first_page(target) == 0


def test_a_logo_that_went_bad_after_it_was_chosen_prints_none_and_says_why(
    db, db_path: Path, tmp_path: Path, capsys
):
    build_programme()
    logo = png(tmp_path / "logo.png", (200, 100))
    save_settings(DocumentSettings(organisation="Acme", logo_path=str(logo)))
    close_database()
    with_logo, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    assert main(["--db", str(db_path), "agreement", "1", "-o", str(with_logo)]) == 0
    assert capsys.readouterr().err == ""
    assert images_on_first_page(with_logo) == 1
    png(logo, (13000, 13000), "L")  # replaced by a scan since
    assert main(["--db", str(db_path), "agreement", "1", "-o", str(without)]) == 0
    assert "too large to print" in capsys.readouterr().err
    assert images_on_first_page(without) == 0
