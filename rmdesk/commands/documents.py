"""Headless commands for documents: pairing agreements and the end-of-cycle report.

``rmdesk agreement PAIR_ID -o FILE.pdf``, ``rmdesk agreements CYCLE -o FILE.pdf`` (or
``-o DIR/`` for one file per pair) and ``rmdesk report CYCLE -o FILE.pdf
[--anonymised] [--no-appendix]``.  Files are written atomically and readable by the owner only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rmdesk.commands import arguments
from rmdesk.commands.common import EXIT_OK, UserError, add_db_option, opened
from rmdesk.programme.wording import counted

if TYPE_CHECKING:
    from rmdesk.documents.settings import DocumentSettings


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this area's sub-commands on the top-level parser."""
    agreement = commands.add_parser("agreement", help="print one pair's agreement to a PDF")
    add_db_option(agreement, top=False)
    agreement.add_argument(
        "pair", type=arguments.record_id, metavar="PAIR_ID", help="the pair's id"
    )
    _add_output(agreement, "the PDF to write (replaced if it exists)")
    agreement.set_defaults(handler=_cmd_agreement)

    agreements = commands.add_parser(
        "agreements", help="print the agreements of every active pair of a cycle"
    )
    add_db_option(agreements, top=False)
    agreements.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )
    _add_output(
        agreements, "one PDF with all agreements, or a folder (ending in /) for one file per pair"
    )
    agreements.set_defaults(handler=_cmd_agreements)

    report = commands.add_parser("report", help="print a cycle's end-of-cycle report to a PDF")
    add_db_option(report, top=False)
    report.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )
    _add_output(report, "the PDF to write (replaced if it exists)")
    report.add_argument(
        "--anonymised", action="store_true",
        help="figures only (no names, no appendix, small groups hidden), for wider circulation",
    )  # fmt: skip
    report.add_argument(
        "--no-appendix", dest="appendix", action="store_false",
        help="leave out the appendix with a section per pair (the named report has it)",
    )  # fmt: skip
    report.set_defaults(handler=_cmd_report)


def _add_output(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument(
        "-o", "--output", required=True, type=arguments.path_text, metavar="FILE", help=help_text
    )
    parser.add_argument(
        "--date", type=arguments.day, metavar="YYYY-MM-DD", help="the generation date printed "
        "in the footer (default: today)"
    )  # fmt: skip


def _generated_on(args: argparse.Namespace) -> dt.date:
    return dt.date.today() if args.date is None else args.date


def _pdf_target(text: str) -> Path:
    target = Path(text).expanduser()
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name ending in .pdf.")
    if not target.parent.is_dir():
        raise UserError(f"{target.parent} is not a folder.")
    from rmdesk.store.files import check_write_target

    check_write_target(target)  # before the work: not the database, a backup, a device
    return target


def _note_logo(settings: DocumentSettings) -> None:
    """A logo that cannot be used prints none; say why, without failing the command."""
    note = settings.logo_note()
    if note:
        print(f"rmdesk: note: {note}", file=sys.stderr)


def _write(target: Path, data: bytes) -> None:
    from rmdesk.store.files import write_bytes

    try:
        write_bytes(target, data)
    except OSError as error:
        raise UserError(f"Cannot write {target}: {error.strerror or error}.") from None


def _cmd_agreement(args: argparse.Namespace) -> int:
    from rmdesk.documents.agreement import render_agreements
    from rmdesk.documents.agreement_data import agreement_for_pair
    from rmdesk.documents.settings import load_settings

    target = _pdf_target(args.output)
    generated_on = _generated_on(args)
    with opened(args, create=False, read_only=True):
        data = agreement_for_pair(args.pair)
        settings = load_settings()
    _note_logo(settings)
    _write(target, render_agreements([data], settings, generated_on))
    print(f"Wrote the agreement of {data.mentor.name} and {data.mentee.name} to {target}.")
    return EXIT_OK


def _cmd_agreements(args: argparse.Namespace) -> int:
    from rmdesk.documents.agreement import render_agreements
    from rmdesk.documents.agreement_data import agreements_for_cycle
    from rmdesk.documents.output import agreement_file_name
    from rmdesk.documents.settings import load_settings
    from rmdesk.programme.cycles import find_cycle

    folder = args.output.endswith(("/", "\\")) or Path(args.output).expanduser().is_dir()
    if folder:
        target = Path(args.output).expanduser()
        if not target.is_dir():
            raise UserError(f"{target} is not a folder; create it first.")
    else:
        target = _pdf_target(args.output)
    generated_on = _generated_on(args)
    with opened(args, create=False, read_only=True):
        cycle = find_cycle(args.cycle)
        agreements = agreements_for_cycle(cycle.id)
        settings = load_settings()
    _note_logo(settings)
    if not folder:
        _write(target, render_agreements(agreements, settings, generated_on))
        print(f"Wrote {counted(len(agreements), 'agreement')} of {cycle.name} to {target}.")
        return EXIT_OK
    for data in agreements:
        _write(
            target / agreement_file_name(data), render_agreements([data], settings, generated_on)
        )
    print(
        f"Wrote {counted(len(agreements), 'agreement')} of {cycle.name} to {target}, "
        "one file per pair."
    )
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from rmdesk.documents.report import render_report
    from rmdesk.documents.report_data import report_data
    from rmdesk.documents.settings import load_settings
    from rmdesk.programme.cycles import find_cycle

    target = _pdf_target(args.output)
    generated_on = _generated_on(args)
    with opened(args, create=False, read_only=True):
        cycle = find_cycle(args.cycle)
        data = report_data(cycle.id, anonymised=args.anonymised, appendix=args.appendix)
        settings = load_settings()
    _note_logo(settings)
    _write(target, render_report(data, settings, generated_on))
    kind = "anonymised end-of-cycle report" if args.anonymised else "end-of-cycle report"
    print(f"Wrote the {kind} of {cycle.name} to {target}.")
    return EXIT_OK
