"""``rmdesk import responses FILE.csv|FILE.xlsx --cycle CYCLE --phase PHASE`` with
``[--skip-unknown] [--replace] [--map "Header=target"]...``: a form's answers into one
phase of a cycle's self-assessments, all or nothing (``exchange.responses``)."""

from __future__ import annotations

import argparse
import sys

from rmdesk.commands import arguments
from rmdesk.commands.common import EXIT_OK, UserError, add_db_option, opened
from rmdesk.programme.wording import counted
from rmdesk.store.values import ASSESSMENT_PHASES

_PROBLEMS_SHOWN = 50


def add_import_command(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``responses`` among the kinds of ``rmdesk import``."""
    responses = what.add_parser(
        "responses",
        help="self-assessment answers from an online or paper form (CSV or .xlsx, all or nothing)",
    )
    add_db_option(responses, top=False)
    responses.add_argument("file", type=arguments.path, metavar="FILE.csv|FILE.xlsx")
    responses.add_argument(
        "--cycle", required=True, type=arguments.text, metavar="CYCLE",
        help="cycle id or exact name: respondents are the people of its pairs, by e-mail",
    )  # fmt: skip
    responses.add_argument("--phase", required=True, choices=ASSESSMENT_PHASES)
    responses.add_argument(
        "--skip-unknown", action="store_true",
        help="leave out answers from addresses not in the cycle's pairs (else refused)",
    )  # fmt: skip
    responses.add_argument(
        "--replace", action="store_true", help="replace answers already saved for that phase"
    )
    responses.add_argument(
        "--map", action="append", type=_assignment, default=[], metavar="HEADER=TARGET",
        help="fill TARGET (email, timestamp, satisfaction, 'take part again', comment or a "
        "dimension's name) from the column HEADER (repeatable; HEADER= ignores the column)",
    )  # fmt: skip
    responses.add_argument(
        "--dry-run", action="store_true", help="only show what would be saved, write nothing"
    )
    responses.set_defaults(handler=_cmd_import_responses)


def _assignment(text: str) -> tuple[str, str]:
    from rmdesk.exchange.responses import MapError, parse_map

    try:
        return parse_map(arguments.text(text))
    except MapError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _cmd_import_responses(args: argparse.Namespace) -> int:
    from rmdesk.exchange.csv_format import ExchangeError
    from rmdesk.exchange.responses import apply_responses, preview_responses
    from rmdesk.programme.cycles import find_cycle

    with opened(args, create=False, read_only=args.dry_run):
        cycle = find_cycle(args.cycle)
        try:
            preview = preview_responses(
                args.file, cycle.id, args.phase, skip_unknown=args.skip_unknown,
                replace=args.replace, mapping=dict(args.map),
            )  # fmt: skip
        except ExchangeError as error:
            raise UserError(str(error)) from None
        print(f"{args.file.name}: {cycle.name}, {preview.summary()}.")
        if preview.ignored:
            print("Ignored columns: " + ", ".join(f"“{name}”" for name in preview.ignored) + ".")
        for note in preview.notes:
            print(f"Note: {note}")
        if preview.problems:
            for problem in preview.problems[:_PROBLEMS_SHOWN]:
                print(f"  {problem}", file=sys.stderr)
            if len(preview.problems) > _PROBLEMS_SHOWN:
                print(f"  … and {len(preview.problems) - _PROBLEMS_SHOWN} more", file=sys.stderr)
            raise UserError(f"{counted(len(preview.problems), 'problem')}: nothing was imported.")
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        try:
            saved, backup = apply_responses(preview, replace=args.replace)
        except ExchangeError as error:
            raise UserError(str(error)) from None
    print(
        f"Imported the {args.phase} answers of {counted(saved, 'person', 'people')}."
        + (f" Backup before: {backup.name}." if backup else "")
    )
    return EXIT_OK
