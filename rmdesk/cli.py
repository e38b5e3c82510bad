"""Command line: ``rmdesk`` opens the window, ``rmdesk COMMAND`` works headless.

Names and options of sub-commands are a contract: scripts rely on them.  User
errors print one line on stderr and exit 1, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from rmdesk import __version__

EXIT_OK, EXIT_USER_ERROR = 0, 1

Handler = Callable[[argparse.Namespace], int]


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 1."""


def _add_db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # SUPPRESS on the sub-parser keeps a --db given before the command from being
    # overwritten by the sub-parser's default, so --db works on either side.
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="database file (default: programme.rmdesk in the user's data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rmdesk",
        description="A desk for a reverse mentoring programme. Without a command, "
        "opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"rmdesk {__version__}")
    _add_db_option(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty database with a demo organisation")
    _add_db_option(demo, top=False)
    demo.add_argument("--participants", type=int, default=60, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(handler=_cmd_demo)

    check = commands.add_parser("check", help="check the database's integrity")
    _add_db_option(check, top=False)
    check.set_defaults(handler=_cmd_check)
    return parser


def _database_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db).expanduser()
    from rmdesk.paths import default_database_path

    return default_database_path()


def _cmd_demo(args: argparse.Namespace) -> int:
    from rmdesk.instance_lock import DatabaseLock
    from rmdesk.programme.demo import fill_demo
    from rmdesk.store import close_database, open_database

    path = _database_path(args)
    with DatabaseLock(path):
        open_database(path)
        try:
            summary = fill_demo(participants=args.participants, seed=args.seed)
        finally:
            close_database()
    print(
        f"Added {summary.participants} participants ({summary.mentors} mentors, "
        f"{summary.mentees} mentees) in {summary.departments} departments to {path}."
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from rmdesk.store import check_integrity

    path = _database_path(args)
    if not path.exists():
        raise UserError(f"{path} does not exist.")
    problems = check_integrity(path)
    if not problems:
        print("ok")
        return EXIT_OK
    for problem in problems:
        print(problem)
    return EXIT_USER_ERROR


def _user_errors() -> tuple[type[BaseException], ...]:
    from rmdesk.instance_lock import AlreadyOpen
    from rmdesk.programme.demo import DemoRefused
    from rmdesk.programme.validation import RuleError, ValidationError
    from rmdesk.store import StoreError

    return (UserError, StoreError, AlreadyOpen, DemoRefused, ValidationError, RuleError)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from rmdesk.app import run_gui

        return run_gui(args.db)
    try:
        return int(args.handler(args))
    except _user_errors() as error:
        print(f"rmdesk: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("rmdesk: interrupted; nothing was changed.", file=sys.stderr)
        return 130
