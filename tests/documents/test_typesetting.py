"""What both documents share: embedded fonts for every script, escaping, reproducible bytes,
the page frame and the clause template."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

from pypdf import PdfReader

from rmdesk.documents import typesetting
from rmdesk.documents.agreement import render_agreements
from rmdesk.documents.agreement_data import agreement_for_pair
from rmdesk.documents.clauses import default_clauses, fill, parse_clauses
from rmdesk.documents.report import render_report
from rmdesk.documents.report_data import report_data
from rmdesk.documents.settings import DocumentSettings, load_settings, save_settings
from rmdesk.documents.text import esc
from rmdesk.paths import resource
from rmdesk.programme.goals import GoalData, create_goal
from rmdesk.store.models import Cycle, Participant
from tests.documents.sample import TODAY, flat, pdf_text

NAMES = ("Zoë Łukasiewicz", "Ngô Thị Minh Hằng", "Дмитрий Соколов", "Σοφία Παπαδοπούλου")


def embedded_fonts(data: bytes) -> set[str]:
    found = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                found.add(str(font["/BaseFont"]).split("+")[-1])
    return found


def test_names_in_four_scripts_print_and_read_back_with_embedded_fonts(programme):
    agreements = [agreement_for_pair(pid) for pid in programme.pairs[:2]]
    data = render_agreements(agreements, load_settings(), TODAY)
    text = pdf_text(data)
    assert all(name in text for name in NAMES)
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded_fonts(data)
    report = render_report(report_data(programme.cycle), load_settings(), TODAY)
    assert all(name in pdf_text(report) for name in NAMES)


def test_fonts_register_once_as_a_family():
    from reportlab.lib.fonts import tt2ps

    typesetting.register_fonts()
    typesetting.register_fonts()
    assert tt2ps(typesetting.FONT, 1, 0) == typesetting.FONT_BOLD
    assert tt2ps(typesetting.FONT, 0, 1) == typesetting.FONT_ITALIC
    assert tt2ps(typesetting.FONT, 1, 1) == typesetting.FONT_BOLD_ITALIC
    assert resource("fonts/LICENSE-DejaVu.txt").is_file()


MARKUP = ('<b>Bold</b> & Co', '<img src="/etc/passwd"/>', "a < b > c &amp; <br/>",
          '<font size="40">big</font>')  # fmt: skip


def test_markup_in_any_field_prints_literally(programme):
    Participant.update(full_name=MARKUP[0], job_title=MARKUP[1], department=MARKUP[2]).where(
        Participant.id == programme.ids["zoe"]
    ).execute()
    Cycle.update(name="Cohort <i>2025</i> & more").execute()
    create_goal(programme.pairs[0], GoalData("mentee", MARKUP[3], success_measure=MARKUP[2]))
    save_settings(
        DocumentSettings(
            organisation="R&D <u>Ltd</u>",
            coordinator="<b>Jo</b>",
            clauses="## Rules & <b>roles</b>\n- Keep {mentor} <safe>\n",
        )
    )
    settings = load_settings()
    agreement = flat(pdf_text(render_agreements([agreement_for_pair(programme.pairs[0])],
                                                settings, TODAY)))  # fmt: skip
    report = flat(pdf_text(render_report(report_data(programme.cycle), settings, TODAY)))
    for text in (agreement, report):
        assert "<b>Bold</b> & Co" in text
        assert "Cohort <i>2025</i> & more" in text
        assert '<font size="40">big</font>' in text
        assert "R&D <u>Ltd</u>" in text
    assert '<img src="/etc/passwd"/>' in agreement
    assert "a < b > c &amp; <br/>" in agreement
    assert "Rules & <b>roles</b>" in agreement and "Keep <b>Bold</b> & Co <safe>" in agreement
    assert "<b>Jo</b>" in agreement


def test_escape_helper():
    assert esc("<b>&") == "&lt;b&gt;&amp;"
    assert esc("one\ntwo\x07") == "one<br/>two"
    assert esc(None) == ""


def test_same_data_and_date_give_byte_identical_pdfs(programme):
    settings = load_settings()

    def both() -> tuple[bytes, bytes]:
        return (
            render_agreements([agreement_for_pair(programme.pairs[0])], settings, TODAY),
            render_report(report_data(programme.cycle, anonymised=True), settings, TODAY),
        )

    first, second = both(), both()
    assert first == second
    assert b"/CreationDate (D:20000101000000" in first[0]  # the invariant date, not "now"
    later = render_agreements([agreement_for_pair(programme.pairs[0])], settings,
                              TODAY + dt.timedelta(days=1))  # fmt: skip
    assert later != first[0]
    assert "Generated 16 January 2026" in pdf_text(later)


def test_another_process_renders_the_same_bytes(programme, db_path):
    """Golden across processes: nothing depends on the process (ids, font order, time)."""
    import subprocess
    import sys

    data = render_agreements([agreement_for_pair(programme.pairs[0])], load_settings(), TODAY)
    code = (
        "import datetime as dt, hashlib, sys\n"
        "from rmdesk.store import open_database\n"
        "from rmdesk.documents.agreement import render_agreements\n"
        "from rmdesk.documents.agreement_data import agreement_for_pair\n"
        "from rmdesk.documents.settings import load_settings\n"
        f"open_database(__import__('pathlib').Path({str(db_path)!r}))\n"
        f"pdf = render_agreements([agreement_for_pair({programme.pairs[0]})], load_settings(), "
        f"dt.date.fromisoformat({TODAY.isoformat()!r}))\n"
        "print(hashlib.sha256(pdf).hexdigest())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == hashlib.sha256(data).hexdigest()


def test_logo_from_settings_is_drawn_and_a_missing_one_is_skipped(programme, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(_tiny_png())
    save_settings(DocumentSettings(organisation="Acme", logo_path=str(logo)))
    settings = load_settings()
    with_logo = render_agreements([agreement_for_pair(programme.pairs[0])], settings, TODAY)
    page = PdfReader(io.BytesIO(with_logo)).pages[0]
    assert any("/Image" in str(x.get_object().get("/Subtype")) for x in
               page["/Resources"].get("/XObject", {}).values())  # fmt: skip
    logo.unlink()  # moved away after it was chosen: the document still prints
    without = render_agreements([agreement_for_pair(programme.pairs[0])], settings, TODAY)
    assert "Acme" in pdf_text(without)


def _tiny_png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    rows = b"".join(b"\x00" + b"\x2f\x5d\x8a" * 8 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))  # fmt: skip


def test_clause_template_parses_headings_bullets_paragraphs_and_comments():
    clauses = parse_clauses(
        "# a comment\n#\n## First\nSome text\nwrapped here.\n\n- one\n- two\n  continued\n"
        "## Second {mentor} {unknown}\nPlain.\n"
    )
    assert [c.title for c in clauses] == ["First", "Second {mentor} {unknown}"]
    assert clauses[0].blocks == (("p", "Some text wrapped here."), ("li", "one"),
                                 ("li", "two continued"))  # fmt: skip
    assert fill(clauses[1].title, {"mentor": "Zoë"}) == "Second Zoë {unknown}"
    defaults = parse_clauses(default_clauses())
    titles = " ".join(c.title for c in defaults)
    for word in ("mentor", "mentee", "Confidentiality", "performance", "Cancelling",
                 "without fault", "Feedback"):  # fmt: skip
        assert word in titles
