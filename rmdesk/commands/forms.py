"""Headless commands for forms to hand out: ``rmdesk form assessment|fit|signup``.

``rmdesk form assessment CYCLE --phase baseline|midpoint|final -o FILE.pdf`` prints one
filled-in page per person of the cycle's active pairs, ``rmdesk form fit CYCLE -o
FILE.pdf`` the pairing-fit check, ``rmdesk form signup -o FILE.pdf`` a blank sign-up
sheet; ``--lang en|de|fr`` prints in that language.  With ``-o FILE.csv`` each writes
its questions one per line instead (in the same language), to paste into an online
form whose answers ``rmdesk import responses`` reads back.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rmdesk.commands import arguments
from rmdesk.commands.common import EXIT_OK, UserError, add_db_option, opened
from rmdesk.commands.documents import (
    _add_output,
    _document_settings,
    _generated_on,
    _note_logo,
    _pdf_target,
    _write,
)
from rmdesk.programme.wording import counted
from rmdesk.store.values import ASSESSMENT_PHASES

_KINDS = (".pdf", ".csv")
_OUTPUT = "the PDF to print, or a .csv of the questions one per line (replaced if it exists)"


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``form`` and its three kinds on the top-level parser."""
    form = commands.add_parser(
        "form", help="print forms to hand out (PDF), or their questions for an online form (CSV)"
    )
    add_db_option(form, top=False)
    kinds = form.add_subparsers(dest="form_kind", metavar="KIND", required=True)
    assessment = kinds.add_parser(
        "assessment", help="a self-assessment page for each person of the cycle's active pairs"
    )
    add_db_option(assessment, top=False)
    _add_cycle(assessment)
    assessment.add_argument("--phase", required=True, choices=ASSESSMENT_PHASES)
    _add_output(assessment, _OUTPUT)
    fit = kinds.add_parser(
        "fit", help="a pairing-fit check page for each person of the cycle's active pairs"
    )
    add_db_option(fit, top=False)
    _add_cycle(fit)
    _add_output(fit, _OUTPUT)
    signup = kinds.add_parser("signup", help="a blank sign-up sheet with the programme's topics")
    add_db_option(signup, top=False)
    _add_output(signup, _OUTPUT)
    for parser in (assessment, fit, signup):
        parser.set_defaults(handler=_cmd_form)


def _add_cycle(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )


def _target(text: str) -> tuple[Path, bool]:
    """The file to write and whether it is the CSV of questions (else a PDF)."""
    suffix = Path(text).suffix.casefold()
    if suffix not in _KINDS:
        raise UserError(
            f"{arguments.shown(text)}: give a file name ending in .pdf (the form) or .csv "
            "(its questions)."
        )
    return _pdf_target(text), suffix == ".csv"


def _cmd_form(args: argparse.Namespace) -> int:
    from rmdesk.documents.forms import assessment_title, form_pdf
    from rmdesk.exchange.csv_format import ExchangeError
    from rmdesk.exchange.form_questions import questions_for, write_questions
    from rmdesk.programme.cycles import find_cycle

    kind, phase = args.form_kind, getattr(args, "phase", "baseline")
    target, questions_only = _target(args.output)
    with opened(args, create=False, read_only=True):
        cycle = find_cycle(args.cycle) if kind != "signup" else None
        settings = _document_settings(args)
        if questions_only:
            try:
                questions = questions_for(kind, settings.language, phase)
                count = write_questions(target, questions, settings.language)
            except ExchangeError as error:
                raise UserError(str(error)) from None
            print(f"Wrote {counted(count, 'question')} to {target}.")
            return EXIT_OK
        pdf, pages = form_pdf(kind, cycle and cycle.id, phase, settings, _generated_on(args))
    _note_logo(settings)
    _write(target, pdf)
    if cycle is None:
        print(f"Wrote the sign-up sheet to {target}.")
        return EXIT_OK
    title = assessment_title(phase).lower() if kind == "assessment" else "pairing-fit"
    print(f"Wrote {counted(pages, title + ' form')} of {cycle.name} to {target}.")
    return EXIT_OK
