"""Headless commands for forms to hand out: ``rmdesk form assessment|fit|signup``.

``rmdesk form assessment CYCLE --phase baseline|midpoint|final -o FILE.pdf`` prints one
filled-in page per person of the cycle's active pairs, ``rmdesk form fit CYCLE -o
FILE.pdf`` the pairing-fit check, ``rmdesk form signup -o FILE.pdf`` a blank sign-up
sheet.  With ``-o FILE.csv`` each writes its questions one per line instead, to paste
into an online form whose answers ``rmdesk import responses`` reads back.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rmdesk.commands import arguments
from rmdesk.commands.common import EXIT_OK, UserError, add_db_option, opened
from rmdesk.commands.documents import _add_output, _generated_on, _note_logo, _pdf_target, _write
from rmdesk.programme.wording import counted
from rmdesk.store.values import ASSESSMENT_PHASES

if TYPE_CHECKING:
    from rmdesk.programme.questionnaires import Question

_KINDS = (".pdf", ".csv")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``form`` and its three kinds on the top-level parser."""
    form = commands.add_parser(
        "form", help="print forms to hand out (PDF), or their questions for an online form (CSV)"
    )
    add_db_option(form, top=False)
    kinds = form.add_subparsers(dest="form_kind", metavar="KIND", required=True)
    output = "the PDF to print, or a .csv of the questions one per line (replaced if it exists)"

    assessment = kinds.add_parser(
        "assessment", help="a self-assessment page for each person of the cycle's active pairs"
    )
    add_db_option(assessment, top=False)
    assessment.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )
    assessment.add_argument("--phase", required=True, choices=ASSESSMENT_PHASES)
    _add_output(assessment, output)
    assessment.set_defaults(handler=_cmd_assessment)

    fit = kinds.add_parser(
        "fit", help="a pairing-fit check page for each person of the cycle's active pairs"
    )
    add_db_option(fit, top=False)
    fit.add_argument("cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name")
    _add_output(fit, output)
    fit.set_defaults(handler=_cmd_fit)

    signup = kinds.add_parser("signup", help="a blank sign-up sheet with the programme's topics")
    add_db_option(signup, top=False)
    _add_output(signup, output)
    signup.set_defaults(handler=_cmd_signup)


def _target(text: str) -> tuple[Path, bool]:
    """The file to write and whether it is the CSV of questions (else a PDF)."""
    suffix = Path(text).suffix.casefold()
    if suffix not in _KINDS:
        raise UserError(
            f"{arguments.shown(text)}: give a file name ending in .pdf (the form) or .csv "
            "(its questions)."
        )
    return _pdf_target(text), suffix == ".csv"


def _write_questions(target: Path, questions: Sequence[Question]) -> None:
    from rmdesk.exchange.csv_format import ExchangeError
    from rmdesk.exchange.form_questions import write_questions

    try:
        count = write_questions(target, questions)
    except ExchangeError as error:
        raise UserError(str(error)) from None
    print(f"Wrote {counted(count, 'question')} to {target}.")


def _cmd_assessment(args: argparse.Namespace) -> int:
    from rmdesk.documents.forms import assessment_title, render_assessment_forms
    from rmdesk.documents.forms_data import form_people
    from rmdesk.documents.settings import load_settings
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.programme.questionnaires import online_assessment_questions

    target, questions_only = _target(args.output)
    with opened(args, create=False, read_only=True):
        cycle = find_cycle(args.cycle)
        if questions_only:
            _write_questions(target, online_assessment_questions())
            return EXIT_OK
        people = form_people(cycle.id)
        settings = load_settings()
        pdf = render_assessment_forms(people, args.phase, settings, _generated_on(args))
    _note_logo(settings)
    _write(target, pdf)
    title = assessment_title(args.phase).lower()
    print(f"Wrote {counted(len(people.people), title + ' form')} of {cycle.name} to {target}.")
    return EXIT_OK


def _cmd_fit(args: argparse.Namespace) -> int:
    from rmdesk.documents.forms import render_fit_forms
    from rmdesk.documents.forms_data import form_people
    from rmdesk.documents.settings import load_settings
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.programme.questionnaires import fit_questions

    target, questions_only = _target(args.output)
    with opened(args, create=False, read_only=True):
        cycle = find_cycle(args.cycle)
        if questions_only:
            _write_questions(target, fit_questions(online=True))
            return EXIT_OK
        people = form_people(cycle.id)
        settings = load_settings()
        pdf = render_fit_forms(people, settings, _generated_on(args))
    _note_logo(settings)
    _write(target, pdf)
    print(f"Wrote {counted(len(people.people), 'pairing-fit form')} of {cycle.name} to {target}.")
    return EXIT_OK


def _cmd_signup(args: argparse.Namespace) -> int:
    from rmdesk.documents.forms import render_signup_sheet
    from rmdesk.documents.settings import load_settings
    from rmdesk.programme.participants import topic_names
    from rmdesk.programme.questionnaires import signup_questions

    target, questions_only = _target(args.output)
    with opened(args, create=False, read_only=True):
        topics = topic_names()
        if questions_only:
            _write_questions(target, signup_questions(topics))
            return EXIT_OK
        settings = load_settings()
        pdf = render_signup_sheet(topics, settings, _generated_on(args))
    _note_logo(settings)
    _write(target, pdf)
    print(f"Wrote the sign-up sheet to {target}.")
    return EXIT_OK
