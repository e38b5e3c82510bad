"""Headless commands for documents: pairing agreements and the end-of-cycle report.

``rmdesk clauses [--lang L] [--set FILE | --reset]`` shows or replaces the agreement's
clauses of one language.
``rmdesk agreement PAIR_ID -o FILE.pdf``, ``rmdesk agreements CYCLE -o FILE.pdf`` (or
``-o DIR/`` for one file per pair) and ``rmdesk report CYCLE -o FILE.pdf
[--anonymised] [--no-appendix]``; the pairs' guides: ``rmdesk guide TOPIC -o FILE.pdf``
and a pair's session pack, ``rmdesk pack PAIR_ID -o FILE.pdf``; the mentees' mentor
shortlists, ``rmdesk shortlist CYCLE -o FILE.pdf [--size N]``.  Each prints in the
documents' language (Documents > Document settings), or in ``--lang en|de|fr`` for
this run.  Files are written atomically and readable by the owner only.
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

    clauses = commands.add_parser(
        "clauses", help="show the agreement's clauses, or replace them from a text file"
    )
    add_db_option(clauses, top=False)
    arguments.add_language_option(
        clauses, "whose clauses: each language has its own (default: the documents' language)"
    )
    change = clauses.add_mutually_exclusive_group()
    change.add_argument(
        "--set", type=arguments.path_text, metavar="FILE",
        help="save the clauses in FILE (UTF-8; format: see the comments in the default)",
    )  # fmt: skip
    change.add_argument("--reset", action="store_true", help="go back to the default clauses")
    clauses.set_defaults(handler=_cmd_clauses)

    guide = commands.add_parser("guide", help="print a topic's conversation guide to a PDF")
    add_db_option(guide, top=False)
    guide.add_argument(
        "topic", type=arguments.text, metavar="TOPIC",
        help="a topic's exact name or id, or mentor / mentee for that role's orientation sheet",
    )  # fmt: skip
    _add_output(guide, "the PDF to write (replaced if it exists)")
    guide.set_defaults(handler=_cmd_guide)

    shortlist = commands.add_parser(
        "shortlist", help="print each mentee's best mentors, one page per mentee, for consent"
    )
    add_db_option(shortlist, top=False)
    shortlist.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )
    _add_output(shortlist, "the PDF to write (replaced if it exists)")
    shortlist.add_argument(
        "--size", type=arguments.whole_number(1, 10), default=3, metavar="N",
        help="mentors per mentee (default 3, at most 10)",
    )  # fmt: skip
    shortlist.set_defaults(handler=_cmd_shortlist)

    pack = commands.add_parser(
        "pack", help="print a pair's session pack: orientation, their topics' guides, goals"
    )
    add_db_option(pack, top=False)
    pack.add_argument("pair", type=arguments.record_id, metavar="PAIR_ID", help="the pair's id")
    _add_output(pack, "the PDF to write (replaced if it exists)")
    pack.set_defaults(handler=_cmd_pack)


def _add_output(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``-o FILE``, ``--date`` and ``--lang``: what every printed document takes."""
    parser.add_argument(
        "-o", "--output", required=True, type=arguments.path_text, metavar="FILE", help=help_text
    )
    arguments.add_language_option(
        parser, "the language to print in (default: the one in the document settings)"
    )
    parser.add_argument(
        "--date", type=arguments.day, metavar="YYYY-MM-DD", help="the generation date printed "
        "in the footer (default: today)"
    )  # fmt: skip


def _generated_on(args: argparse.Namespace) -> dt.date:
    return dt.date.today() if args.date is None else args.date


def _document_settings(args: argparse.Namespace) -> DocumentSettings:
    """The saved document settings, in ``--lang`` when given (for this run only)."""
    from rmdesk.documents.settings import load_settings

    settings = load_settings()
    language = getattr(args, "lang", None)
    return settings if language is None else settings._replace(language=language)


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

    target = _pdf_target(args.output)
    generated_on = _generated_on(args)
    with opened(args, create=False, read_only=True):
        data = agreement_for_pair(args.pair)
        settings = _document_settings(args)
    _note_logo(settings)
    _write(target, render_agreements([data], settings, generated_on))
    print(f"Wrote the agreement of {data.mentor.name} and {data.mentee.name} to {target}.")
    return EXIT_OK


def _cmd_agreements(args: argparse.Namespace) -> int:
    from rmdesk.documents.agreement import render_agreements
    from rmdesk.documents.agreement_data import agreements_for_cycle
    from rmdesk.documents.output import agreement_file_name
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
        settings = _document_settings(args)
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


MAX_CLAUSES_BYTES = 200_000


def _cmd_clauses(args: argparse.Namespace) -> int:
    """Print one language's clauses in use, or save new ones through the same checks as
    the window; the other languages' clauses stay as they are."""
    from rmdesk.documents.settings import save_clauses
    from rmdesk.programme.language import NAMES

    if args.set is None and not args.reset:
        with opened(args, create=False, read_only=True):
            print(_document_settings(args).clause_text(), end="")
        return EXIT_OK
    text = ""
    if args.set is not None:
        from rmdesk.store.files import read_bounded

        try:
            text = read_bounded(Path(args.set), MAX_CLAUSES_BYTES, what="text file").decode()
        except UnicodeDecodeError:
            raise UserError(f"{args.set} is not UTF-8 text.") from None
        if not text.strip():
            raise UserError(f"{args.set} is empty; use --reset for the default clauses.")
    with opened(args, create=False):
        language = _document_settings(args).language
        save_clauses(language, text)  # refused whole: nothing saved
    name = NAMES[language]
    if args.reset:
        print(f"Saved the default clauses ({name}).")
    else:
        print(f"Saved the clauses ({name}) from {args.set}.")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from rmdesk.documents.report import render_report
    from rmdesk.documents.report_data import report_data
    from rmdesk.programme.cycles import find_cycle

    target = _pdf_target(args.output)
    generated_on = _generated_on(args)
    with opened(args, create=False, read_only=True):
        cycle = find_cycle(args.cycle)
        data = report_data(cycle.id, anonymised=args.anonymised, appendix=args.appendix)
        settings = _document_settings(args)
    _note_logo(settings)
    _write(target, render_report(data, settings, generated_on))
    kind = "anonymised end-of-cycle report" if args.anonymised else "end-of-cycle report"
    print(f"Wrote the {kind} of {cycle.name} to {target}.")
    return EXIT_OK


def _cmd_guide(args: argparse.Namespace) -> int:
    from rmdesk.documents.guides import render_guides
    from rmdesk.programme.guides import find_guide

    target = _pdf_target(args.output)
    generated_on = _generated_on(args)
    with opened(args, create=False, read_only=True):
        settings = _document_settings(args)
        guide = find_guide(args.topic, settings.language)
    _note_logo(settings)
    _write(target, render_guides([guide], settings, generated_on))
    print(f"Wrote “{guide.title}” to {target}.")
    return EXIT_OK


def _cmd_pack(args: argparse.Namespace) -> int:
    from rmdesk.documents.guides import render_pack
    from rmdesk.documents.pack_data import pack_for_pair

    target = _pdf_target(args.output)
    generated_on = _generated_on(args)
    with opened(args, create=False, read_only=True):
        settings = _document_settings(args)
        pack = pack_for_pair(args.pair, settings.language)
    _note_logo(settings)
    _write(target, render_pack(pack, settings, generated_on))
    guides = counted(len(pack.guides), "topic guide")
    print(f"Wrote the session pack of {pack.mentor_name} and {pack.mentee_name} ({guides}) "
          f"to {target}.")  # fmt: skip
    return EXIT_OK


def _cmd_shortlist(args: argparse.Namespace) -> int:
    from rmdesk.documents.shortlist import render_shortlists
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.programme.matching.shortlist import shortlists_to_print

    target = _pdf_target(args.output)
    generated_on = _generated_on(args)
    with opened(args, create=False, read_only=True):
        cycle = find_cycle(args.cycle)
        found = shortlists_to_print(cycle.id, cycle.name, args.size)
        settings = _document_settings(args)
    _note_logo(settings)
    _write(target, render_shortlists(found, cycle.name, settings, generated_on))
    print(f"Wrote the shortlists of {counted(len(found), 'mentee')} in {cycle.name} to {target}.")
    return EXIT_OK
