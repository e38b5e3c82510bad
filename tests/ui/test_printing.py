"""Printing from the preview: the document's paper, vectors where the platform allows,
page images only as the fallback, progress and Cancel, the window never waiting."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QPushButton

from rmdesk.documents.report import render_report
from rmdesk.documents.report_data import report_data
from rmdesk.documents.settings import DocumentSettings, load_settings, save_settings
from rmdesk.store.models import Cycle, Goal, Pair, Participant, database_proxy
from rmdesk.ui.documents import printing
from rmdesk.ui.documents.preview import PdfPreviewDialog, write_temporary

PAIRS = 200  # a 34-page report or longer, with its per-pair appendix


def big_cycle() -> int:
    """A cycle of PAIRS active pairs with three goals each, inserted in bulk."""
    with database_proxy.atomic():
        Participant.insert_many([
            {"full_name": f"Person {n} 王秀英", "email": f"p{n}@example.org",
             "role": "mentor" if n < PAIRS else "mentee", "level": 2 if n < PAIRS else 5}
            for n in range(2 * PAIRS)
        ]).execute()  # fmt: skip
        ids = [p for (p,) in Participant.select(Participant.id).order_by(Participant.id).tuples()]
        cycle = Cycle.create(name="Cohort 2026", start_date=dt.date(2026, 1, 5),
                             end_date=dt.date(2026, 10, 5), status="active")  # fmt: skip
        Pair.insert_many([
            {"cycle": cycle.id, "mentor": ids[n], "mentee": ids[PAIRS + n], "status": "active",
             "started_on": dt.date(2026, 1, 5)}
            for n in range(PAIRS)
        ]).execute()  # fmt: skip
        Goal.insert_many([
            {"pair": pair, "owner": "mentee", "title": f"Goal {g}: try the new tools together",
             "status": "open", "progress": 0}
            for (pair,) in Pair.select(Pair.id).tuples() for g in range(3)
        ]).execute()  # fmt: skip
    return int(cycle.id)


@pytest.fixture
def report_preview(qtbot, db):
    save_settings(DocumentSettings(organisation="Acme Ltd", paper="Letter"))
    data = render_report(report_data(big_cycle()), load_settings(), dt.date(2026, 1, 15))
    preview = PdfPreviewDialog(None, write_temporary(data, "report.pdf"), "Report", "report.pdf")
    qtbot.addWidget(preview)
    return preview


def file_printer(path: Path, mode=QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_a_34_page_report_prints_to_a_file_as_vectors_in_its_paper_size(
    qtbot, report_preview, tmp_path
):
    pages = report_preview.document.page_count
    assert pages >= 34
    target = tmp_path / "printed.pdf"
    printed: list[str] = []
    report_preview.printed.connect(printed.append)
    job = report_preview.print_to(file_printer(target))
    assert job.way == "file" and not target.exists()  # nothing done before the window runs
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    assert printed == [f"Printed to {target}."]
    assert target.stat().st_size <= 3_000_000  # a few MB at most (vectors, not page images)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # it names people
    reader = PdfReader(str(target))
    assert len(reader.pages) == pages
    assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages} == {
        (612, 792)  # US Letter, as the document settings say
    }
    assert "Person 7 王秀英" in reader.pages[-1].extract_text() + "".join(
        page.extract_text() for page in reader.pages[1:]
    )  # text, not pictures of text


def test_chosen_pages_print_to_a_file_as_vectors(qtbot, report_preview, tmp_path):
    target = tmp_path / "two.pdf"
    printer = file_printer(target)
    printer.setFromTo(2, 3)
    job = report_preview.print_to(printer)
    assert job.way == "file"
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    printed, whole = PdfReader(str(target)), PdfReader(str(report_preview.pdf_path))
    assert [page.extract_text() for page in printed.pages] == [
        whole.pages[1].extract_text(),
        whole.pages[2].extract_text(),
    ]
    assert target.stat().st_size < report_preview.pdf_path.stat().st_size
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def without_cups(monkeypatch) -> None:
    """A printer where the PDF cannot be handed over as it is (Windows): page images."""
    monkeypatch.setattr(printing.PrintJob, "_choose_way", lambda self: "pages")


def test_elsewhere_pages_are_images_in_the_documents_paper_size(qtbot, report_preview,
                                                                tmp_path, monkeypatch):  # fmt: skip
    without_cups(monkeypatch)
    target = tmp_path / "two.pdf"
    printer = file_printer(target, QPrinter.PrinterMode.ScreenResolution)  # stands for one
    printer.setFromTo(2, 3)
    seen: list[tuple[int, int]] = []
    job = report_preview.print_to(printer)
    job.progressed.connect(lambda done, total: seen.append((done, total)))
    assert job.way == "pages"
    with qtbot.waitSignal(job.finished, timeout=20_000) as finished:
        pass
    assert finished.args == ["Printed 2 pages."]
    assert seen == [(1, 2), (2, 2)]
    reader = PdfReader(str(target))
    assert len(reader.pages) == 2
    assert all((round(p.mediabox.width), round(p.mediabox.height)) == (612, 792)
               for p in reader.pages)  # fmt: skip
    assert reader.pages[0].extract_text().strip() == ""  # pictures of the pages
    assert report_preview.print_job is None  # over: printing again is possible


def test_cancel_stops_page_images_between_bands(qtbot, report_preview, tmp_path, monkeypatch):
    without_cups(monkeypatch)
    monkeypatch.setattr(printing, "BAND_PIXELS", 20_000)  # many small bands
    printer = file_printer(tmp_path / "cancelled.pdf", QPrinter.PrinterMode.ScreenResolution)
    printer.setFromTo(1, 30)
    job = report_preview.print_to(printer)
    done: list[int] = []
    job.progressed.connect(lambda pages, _total: done.append(pages))
    progress = report_preview.findChild(QProgressDialog, "printing")
    assert progress is not None and progress.maximum() == 30
    with qtbot.waitSignal(job.progressed, timeout=20_000):
        pass  # the window went on between bands: the signal was delivered
    with qtbot.waitSignal(job.finished, timeout=20_000) as finished:
        progress.findChild(QPushButton).click()  # its Cancel button
    assert finished.args == [""]
    assert 1 <= max(done) < 30  # stopped part-way
    assert report_preview.print_job is None


def test_a_printer_on_cups_gets_the_pdf_itself(qtbot, report_preview, tmp_path, monkeypatch):
    calls = tmp_path / "lp-args"
    fake_lp = tmp_path / "lp"
    fake_lp.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {calls}\n', encoding="utf-8")
    fake_lp.chmod(0o700)
    monkeypatch.setattr(printing, "spooler", lambda: str(fake_lp))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setCopyCount(2)
    printer.setFromTo(3, 4)
    job = printing.PrintJob(report_preview.pdf_path, report_preview.document, printer)
    job.way = "spooler"
    with qtbot.waitSignal(job.finished, timeout=20_000) as finished:
        job.start()
    assert finished.args[0].startswith("Sent to ")
    args = calls.read_text(encoding="utf-8").split("\n")
    assert args[args.index("-n") + 1] == "2"
    assert args[args.index("-P") + 1] == "3-4"
    assert "media=Letter" in args  # the document's paper, not the printer's default
    assert args[-2:] == [str(report_preview.pdf_path), ""]


def test_a_spooler_that_refuses_says_why(qtbot, report_preview, tmp_path, monkeypatch):
    fake_lp = tmp_path / "lp"
    fake_lp.write_text('#!/bin/sh\necho "lp: The printer or class does not exist." >&2\nexit 1\n',
                       encoding="utf-8")  # fmt: skip
    fake_lp.chmod(0o700)
    monkeypatch.setattr(printing, "spooler", lambda: str(fake_lp))
    job = printing.PrintJob(report_preview.pdf_path, report_preview.document,
                            QPrinter(QPrinter.PrinterMode.HighResolution))  # fmt: skip
    job.way = "spooler"
    with qtbot.waitSignal(job.failed, timeout=20_000) as failed:
        job.start()
    assert failed.args == [
        "The printer refused the document: lp: The printer or class does not exist."
    ]
    assert report_preview.pdf_path.exists()
